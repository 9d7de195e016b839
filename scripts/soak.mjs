// `npm run test:soak [-- N [playwright args…]]`: the browser suite N times in a row (3 by
// default), retries 0, then each test's failure rate. A test that fails once in N runs is a flake
// to fix, not to retry. Build first (npm run build && npm run build:replica).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const [first, ...rest] = process.argv.slice(2);
const repeat = /^\d+$/.test(first ?? '') ? Number(first) : 3;
const extra = /^\d+$/.test(first ?? '') ? rest : process.argv.slice(2);
const report = 'test-results/soak.json';
const started = Date.now();
spawnSync('npx', ['playwright', 'test', `--repeat-each=${repeat}`, '--retries=0', '--reporter=dot,json', ...extra], {
  stdio: 'inherit',
  env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: report },
});
const minutes = ((Date.now() - started) / 60_000).toFixed(1);

/** Every test result in the report, by "project › file › title". */
function results(suite, path = []) {
  const here = suite.title ? [...path, suite.title] : path;
  return [
    ...(suite.specs ?? []).flatMap((spec) => spec.tests.map((test) => ({ name: `${test.projectName} › ${[...here, spec.title].join(' › ')}`, runs: test.results }))),
    ...(suite.suites ?? []).flatMap((child) => results(child, here)),
  ];
}

const byTest = new Map();
for (const { name, runs } of JSON.parse(readFileSync(report, 'utf8')).suites.flatMap((suite) => results(suite))) {
  const seen = byTest.get(name) ?? { runs: 0, failed: 0, skipped: 0 };
  for (const run of runs) {
    seen.runs += 1;
    if (run.status === 'skipped') seen.skipped += 1;
    else if (run.status !== 'passed') seen.failed += 1;
  }
  byTest.set(name, seen);
}
const flaky = [...byTest].filter(([, seen]) => seen.failed > 0).sort(([, a], [, b]) => b.failed - a.failed);
const runs = [...byTest.values()].reduce((sum, seen) => sum + seen.runs - seen.skipped, 0);
const failed = flaky.reduce((sum, [, seen]) => sum + seen.failed, 0);
console.log(`\nSoak: ${byTest.size} tests × ${repeat} in ${minutes} min; ${runs} runs, ${failed} failed.`);
for (const [name, seen] of flaky) console.log(`  ${((100 * seen.failed) / seen.runs).toFixed(0).padStart(3)}% (${seen.failed}/${seen.runs})  ${name}`);
if (flaky.length === 0) console.log('  No test failed: flake rate 0 for every test.');
console.log(`${runs - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
