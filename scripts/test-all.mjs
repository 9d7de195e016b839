// `npm test`: every check the project has, in order, with one closing line summed over all of
// them: "N passed, N failed" (", N skipped" when any were). Build, typecheck and lint count as one
// check each; unit and browser tests count per test. Exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

const phases = [];
const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const start = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  phases.push(`${seconds(Date.now() - start).padStart(8)}  ${label}`);
  return result.status === 0;
}

function check(label, ok) {
  totals[ok ? 'passed' : 'failed'] += 1;
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${label}`);
  return ok;
}

function suite(label, ok, counts) {
  if (!counts) return check(`${label} (no report)`, false);
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  // A runner that failed without a failing test (a crash, a config error) still counts as a failure.
  if (!ok && counts.failed === 0) totals.failed += 1;
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${label}: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
  return ok;
}

const readJson = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined);
rmSync('test-results', { recursive: true, force: true });

const built = check('build (chrome and firefox)', run('build', 'npm', ['run', 'build']));
const replicaBuilt = check('build the GitHub page replica', run('replica', 'npm', ['run', 'build:replica']));
check('typecheck', run('typecheck', 'npx', ['tsc', '--noEmit']));
check('lint: typescript-eslint, the layers\' boundaries, knip (unused files and exports)', run('lint', 'npm', ['run', 'lint']));

function vitestSuite(label, name, extraArgs = []) {
  const ok = run(label, 'npx', ['vitest', 'run', ...extraArgs, '--reporter=default', '--reporter=json', `--outputFile=test-results/${name}.json`]);
  const report = readJson(`test-results/${name}.json`);
  suite(label, ok, report && { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests });
}

vitestSuite('unit tests', 'unit');
// Builds twice more and once from the source package; the dist it leaves is the same bytes.
if (built) vitestSuite('reproducible packages', 'reproducible', ['--config', 'scripts/packaging/vitest.reproducible.config.ts']);

if (built) {
  check('web-ext lint dist/firefox (0 errors)', run('lint', 'npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox']));
}

if (built && replicaBuilt) {
  const e2eOk = run('browser tests', 'npx', ['playwright', 'test']);
  const e2e = readJson('test-results/e2e.json');
  // Retries are 0 (playwright.config.ts), so no test can be "flaky": each one passed once or failed.
  suite('browser tests (Chromium and Firefox)', e2eOk, e2e && { passed: e2e.stats.expected, failed: e2e.stats.unexpected + e2e.stats.flaky, skipped: e2e.stats.skipped });
} else {
  check('browser tests (not run: the build failed)', false);
}

console.log(`\nTime per phase:\n${phases.join('\n')}\n${seconds(Date.now() - started).padStart(8)}  in all`);
console.log(`\n${lines.join('\n')}\n`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed ? 1 : 0);
