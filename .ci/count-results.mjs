// Prints "N passed, N failed": the unit (Vitest) and end-to-end (Playwright) results added up,
// read from the JSON reports the two runners write (see vite.config.ts and playwright.config.ts).
// A report that is missing counts as nothing run, and says so; a test file that
// could not even load, or a Playwright run that failed before its tests, counts as a failure.
import { existsSync, readFileSync } from 'node:fs';

const VITEST_REPORT = 'test-results/vitest.json';
const PLAYWRIGHT_REPORT = 'test-results/playwright.json';

/** @param {string} path */
function readReport(path) {
  if (!existsSync(path)) {
    console.log(`No ${path}: counting that runner as not run.`);
    return undefined;
  }
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** @returns {{ passed: number, failed: number }} */
function countVitest() {
  const report = readReport(VITEST_REPORT);
  if (!report) return { passed: 0, failed: 0 };
  /** @type {Array<{ status: string, assertionResults: unknown[] }>} */
  const files = report.testResults ?? [];
  const filesThatDidNotLoad = files.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + filesThatDidNotLoad,
  };
}

/** @returns {{ passed: number, failed: number }} */
function countPlaywright() {
  const report = readReport(PLAYWRIGHT_REPORT);
  if (!report) return { passed: 0, failed: 0 };
  const stats = report.stats ?? {};
  // Errors outside any test: a global setup that threw, a web server that did not start.
  const runErrors = Array.isArray(report.errors) ? report.errors.length : 0;
  return {
    // A flaky test failed, then passed on a retry.
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: (stats.unexpected ?? 0) + runErrors,
  };
}

const unit = countVitest();
const e2e = countPlaywright();
// Everything on stdout, so the total stays the last line however the streams are captured.
console.log(`Unit tests: ${unit.passed} passed and ${unit.failed} failed.`);
console.log(`End-to-end tests: ${e2e.passed} passed and ${e2e.failed} failed.`);
console.log(`${unit.passed + e2e.passed} passed, ${unit.failed + e2e.failed} failed`);
