// `npm test`: every check the project has, with one closing line summed over all of them:
// "N passed, N failed" (", N skipped" when any were). Build, typecheck and lint count as one check
// each; unit and browser tests count per test. Exits non-zero if anything failed.
//
// The browser tests mostly wait (on GitHub's debounced widgets, the guide's quiet period), so the
// checks that only read the tree (typecheck, lint, unit tests, web-ext lint) run beside them, their
// output shown once each is done. The package check rebuilds dist/, so it runs after them.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
const phases = [];
const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Runs a command; its output goes straight through, or (quiet) is shown in one piece when it ends. */
function run(label, command, args, { quiet = false } = {}) {
  const start = Date.now();
  if (!quiet) console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const child = spawn(command, args, { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
  const output = [];
  child.stdout?.on('data', (chunk) => output.push(chunk));
  child.stderr?.on('data', (chunk) => output.push(chunk));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      if (quiet) console.log(`\n▶ ${label}: ${command} ${args.join(' ')}\n${Buffer.concat(output).toString().trimEnd()}`);
      phases.push(`${seconds(Date.now() - start).padStart(8)}  ${label}`);
      resolve(code === 0);
    });
  });
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
for (const reports of ['test-results', '.cache/reports']) rmSync(reports, { recursive: true, force: true });

async function vitestSuite(label, name, extraArgs = [], options = {}) {
  // Not under test-results/, which Playwright empties when it starts beside this.
  const ok = await run(label, 'npx', ['vitest', 'run', ...extraArgs, '--reporter=default', '--reporter=json', `--outputFile=.cache/reports/${name}.json`], options);
  const report = readJson(`.cache/reports/${name}.json`);
  suite(label, ok, report && { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests });
}

async function browserTests() {
  const ok = await run('browser tests', 'npx', ['playwright', 'test']);
  const e2e = readJson('test-results/e2e.json');
  // Retries are 0 (playwright.config.ts), so no test can be "flaky": each one passed once or failed.
  suite('browser tests (Chromium and Firefox)', ok, e2e && { passed: e2e.stats.expected, failed: e2e.stats.unexpected + e2e.stats.flaky, skipped: e2e.stats.skipped });
}

async function readOnlyChecks(built) {
  check('typecheck', await run('typecheck', 'npx', ['tsc', '--noEmit'], { quiet: true }));
  check('lint: typescript-eslint, the layers\' boundaries, knip (unused files and exports)', await run('lint', 'npm', ['run', 'lint'], { quiet: true }));
  await vitestSuite('unit tests', 'unit', [], { quiet: true });
  if (built) check('web-ext lint dist/firefox (0 errors)', await run('web-ext lint', 'npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox'], { quiet: true }));
}

const built = check('build (chrome and firefox)', await run('build', 'npm', ['run', 'build']));
const replicaBuilt = check('build the GitHub page replica', await run('replica', 'npm', ['run', 'build:replica']));
await Promise.all([
  built && replicaBuilt ? browserTests() : check('browser tests (not run: the build failed)', false),
  readOnlyChecks(built),
]);
// Builds twice more and once from the source package; the dist it leaves is the same bytes.
if (built) await vitestSuite('reproducible packages', 'reproducible', ['--config', 'scripts/packaging/vitest.reproducible.config.ts']);

console.log(`\nTime per phase (the browser tests and the read-only checks ran side by side):\n${phases.join('\n')}\n${seconds(Date.now() - started).padStart(8)}  in all`);
console.log(`\n${lines.join('\n')}\n`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed ? 1 : 0);
