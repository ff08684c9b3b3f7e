// @ts-check
/**
 * Which Chromium the end-to-end tests, the page benchmark and the icon script drive, and what
 * to say when there is none. One search, used by all of them and by .ci/run:
 *
 *   1. CHROMIUM_PATH, if it is set: that binary and no other (if it does not exist, that is
 *      the error, rather than quietly driving some other browser);
 *   2. Chromium or Chrome by name, `chromium`, `chromium-browser`, `google-chrome`,
 *      `google-chrome-stable` in that order, each looked up on PATH, then in /usr/bin and
 *      /snap/bin (Debian's and Ubuntu's packages, Ubuntu's snap, Google's .deb and .rpm);
 *   3. on macOS, Google Chrome, then Chromium, in /Applications;
 *   4. Playwright's own Chromium, if `npx playwright install chromium` has downloaded it.
 *
 * `findChromium` is pure (the environment, the platform and the file checks are passed in),
 * so its order is unit-tested (test/tooling/findChromium.test.ts); `findChromiumHere` asks
 * this machine. Run as a script it prints the path found, or the message and exits non-zero:
 *
 *   node scripts/find-chromium.mjs          exit 0: found; 1: none found; 2: CHROMIUM_PATH is wrong
 *   node scripts/find-chromium.mjs --say    says which browser in a sentence, on stderr
 */
import { accessSync, constants, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import console from 'node:console';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

/** Looked up by name, in this order, on PATH and then in these folders. */
export const BROWSER_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
];
export const BROWSER_DIRS = ['/usr/bin', '/snap/bin'];
/** Where the macOS installers put the browsers. */
export const MACOS_APPS = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/**
 * @typedef {object} Machine
 * @property {Readonly<Record<string, string | undefined>>} env  the environment (CHROMIUM_PATH, PATH)
 * @property {string} platform  as process.platform: 'linux', 'darwin', 'win32', …
 * @property {(path: string) => boolean} exists  whether an executable file is at `path`
 * @property {() => string | undefined} playwrightChromium  where Playwright's own Chromium is
 *   or would be (it need not exist), or undefined when Playwright is not installed
 */

/**
 * @typedef {{ found: true, path: string, how: string }
 *   | { found: false, problem: 'CHROMIUM_PATH' | 'none', message: string }} Finding
 */

/**
 * Every place looked at, in order, with how each would be described; CHROMIUM_PATH not included.
 * @param {Omit<Machine, 'exists'>} machine
 * @returns {{ path: string, how: string }[]}
 */
export function candidates({ env, platform, playwrightChromium }) {
  /** @type {{ path: string, how: string }[]} */
  const list = [];
  if (platform !== 'win32') {
    const onPath = (env.PATH ?? '').split(':').filter((dir) => dir.startsWith('/'));
    const dirs = [...new Set([...onPath.map((dir) => dir.replace(/\/+$/, '')), ...BROWSER_DIRS])];
    for (const name of BROWSER_NAMES) {
      for (const dir of dirs) list.push({ path: `${dir}/${name}`, how: name });
    }
  }
  if (platform === 'darwin') {
    for (const app of MACOS_APPS) list.push({ path: app, how: app.split('/')[2] ?? app });
  }
  const playwrights = playwrightChromium();
  if (playwrights) list.push({ path: playwrights, how: "Playwright's Chromium" });
  // A folder both on PATH and in BROWSER_DIRS is looked at once.
  return list.filter((c, i) => list.findIndex((d) => d.path === c.path) === i);
}

/**
 * The browser to drive, or why there is none.
 * @param {Machine} machine
 * @returns {Finding}
 */
export function findChromium(machine) {
  const chosen = machine.env.CHROMIUM_PATH?.trim();
  if (chosen) {
    if (machine.exists(chosen)) return { found: true, path: chosen, how: 'CHROMIUM_PATH' };
    return {
      found: false,
      problem: 'CHROMIUM_PATH',
      message: [
        `CHROMIUM_PATH is set to ${chosen}, but there is no executable file there.`,
        'Point it at a Chromium or Chrome binary, or unset it to let the tests look for one',
        "(Chromium or Chrome on PATH, in /usr/bin, /snap/bin or /Applications, or Playwright's own).",
      ].join('\n'),
    };
  }
  const looked = candidates(machine);
  const hit = looked.find((c) => machine.exists(c.path));
  if (hit) return { found: true, ...hit };
  return { found: false, problem: 'none', message: noBrowserMessage(machine.platform) };
}

/**
 * The one message for a machine without a browser: every way to get one.
 * @param {string} platform
 */
export function noBrowserMessage(platform) {
  const lines = [
    'No Chromium or Chrome to run the end-to-end tests with. Looked for CHROMIUM_PATH, then',
    `${BROWSER_NAMES.join(', ')} on PATH and in ${BROWSER_DIRS.join(' and ')},`,
  ];
  if (platform === 'darwin') lines.push('Google Chrome and Chromium in /Applications,');
  lines.push(
    "then Playwright's own Chromium. Any one of these will do:",
    '  - Debian:  sudo apt-get install -y --no-install-recommends chromium fonts-liberation',
    '  - Ubuntu:  sudo snap install chromium',
    '  - macOS:   install Google Chrome, or `brew install --cask chromium`, into /Applications',
    '  - Google Chrome from https://www.google.com/chrome/ (found as google-chrome)',
    "  - Playwright's own build: npx playwright install chromium (found without further setup)",
    '  - any other Chromium or Chrome binary: CHROMIUM_PATH=/path/to/chrome npm test',
  );
  return lines.join('\n');
}

/** @param {string} path */
function isExecutableFile(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Where Playwright would keep its Chromium; undefined if Playwright is not installed (yet). */
function playwrightChromiumHere() {
  try {
    /** @type {typeof import('@playwright/test')} */
    const playwright = createRequire(import.meta.url)('@playwright/test');
    return playwright.chromium.executablePath();
  } catch {
    return undefined;
  }
}

/**
 * The search on this machine.
 * @returns {Finding}
 */
export function findChromiumHere() {
  return findChromium({
    env: process.env,
    platform: process.platform,
    exists: isExecutableFile,
    playwrightChromium: playwrightChromiumHere,
  });
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const finding = findChromiumHere();
  if (finding.found) {
    // --say is for people, on stderr, so that a script's stdout (bench:page --json) stays clean.
    if (process.argv.includes('--say')) console.error(`Chromium: ${finding.path} (${finding.how})`);
    else console.log(finding.path);
  } else {
    console.error(finding.message);
    process.exitCode = finding.problem === 'CHROMIUM_PATH' ? 2 : 1;
  }
}
