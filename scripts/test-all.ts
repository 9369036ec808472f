// `npm test`: typecheck, lint, unit tests, builds, end-to-end tests in Chromium and in Firefox; ends with one
// summary line that counts both browsers' tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = '.tmp/test-reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

let passed = 0;
let failed = 0;

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0', ...env } });
  return result.status === 0;
}

/** A check with no test count of its own (typecheck, lint, build) counts as one test. */
function check(label: string, command: string, args: string[]): void {
  if (run(label, command, args)) passed++;
  else {
    failed++;
    console.log(`✗ ${label} failed`);
  }
}

function vitest(label: string, config: string, report: string, env: Record<string, string> = {}): void {
  const file = `${REPORTS}/${report}.json`;
  const ok = run(
    label,
    'npx',
    ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`],
    env,
  );
  if (!existsSync(file)) {
    failed++;
    console.log(`✗ ${label} produced no report`);
    return;
  }
  const results = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTestSuites: number;
    success: boolean;
  };
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  // A suite that failed to load has no failed test, yet the run failed: count it.
  if (!ok && results.numFailedTests === 0) failed++;
}

check('typecheck', 'npm', ['run', '--silent', 'typecheck']);
check('lint', 'npm', ['run', '--silent', 'lint']);
check('knowledge base and dataset build', 'npm', ['run', '--silent', 'build:data']);
vitest('unit tests', 'vitest.config.ts', 'unit');
check('extension build', 'npm', ['run', '--silent', 'build']);
// The Firefox build, checked by web-ext lint: no error and no warning.
check('Firefox build and web-ext lint', 'npm', ['run', '--silent', 'build:firefox']);
// The same journeys in each browser (tests/e2e/support/driver.ts): the summary counts both runs.
vitest('end-to-end tests in Chromium', 'vitest.e2e.config.ts', 'e2e-chromium', { E2E_BROWSER: 'chromium' });
vitest('end-to-end tests in Firefox', 'vitest.e2e.config.ts', 'e2e-firefox', { E2E_BROWSER: 'firefox' });

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
