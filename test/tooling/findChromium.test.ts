import { describe, expect, it } from 'vitest';
import { candidates, findChromium } from '../../scripts/find-chromium.mjs';

const PLAYWRIGHTS = '/home/dev/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';
const CHROME_APP = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
const CHROMIUM_APP = '/Applications/Chromium.app/Contents/MacOS/Chromium';

/** A machine on which exactly `present` exist. */
function machine(
  present: string[],
  {
    env = { PATH: '/home/dev/bin:/usr/local/bin:/usr/bin:/bin' },
    platform = 'linux',
    playwright = PLAYWRIGHTS,
  }: {
    env?: Record<string, string | undefined>;
    platform?: string;
    playwright?: string | undefined;
  } = {},
) {
  const looked: string[] = [];
  return {
    env,
    platform,
    exists: (path: string) => {
      looked.push(path);
      return present.includes(path);
    },
    playwrightChromium: () => playwright,
    looked,
  };
}

/** The path found, or the kind of problem. */
function found(m: ReturnType<typeof machine>): string {
  const finding = findChromium(m);
  return finding.found ? finding.path : `none (${finding.problem})`;
}

describe('findChromium', () => {
  it('takes CHROMIUM_PATH over everything else when it exists', () => {
    const m = machine(['/opt/my/chrome', '/usr/bin/chromium', PLAYWRIGHTS], {
      env: { CHROMIUM_PATH: '/opt/my/chrome', PATH: '/usr/bin' },
    });
    expect(findChromium(m)).toEqual({ found: true, path: '/opt/my/chrome', how: 'CHROMIUM_PATH' });
  });

  it('says so when CHROMIUM_PATH names nothing, instead of driving another browser', () => {
    const m = machine(['/usr/bin/chromium'], {
      env: { CHROMIUM_PATH: '/opt/typo/chrome', PATH: '/usr/bin' },
    });
    const finding = findChromium(m);
    expect(finding.found).toBe(false);
    if (finding.found) return;
    expect(finding.problem).toBe('CHROMIUM_PATH');
    expect(finding.message).toContain('CHROMIUM_PATH is set to /opt/typo/chrome');
    expect(m.looked).toEqual(['/opt/typo/chrome']);
  });

  it('treats an empty CHROMIUM_PATH as unset', () => {
    const m = machine(['/usr/bin/chromium'], { env: { CHROMIUM_PATH: ' ', PATH: '' } });
    expect(found(m)).toBe('/usr/bin/chromium');
  });

  it('looks for chromium, chromium-browser, google-chrome, google-chrome-stable in that order', () => {
    const all = [
      '/usr/bin/google-chrome-stable',
      '/usr/bin/google-chrome',
      '/snap/bin/chromium-browser',
      '/usr/bin/chromium',
    ];
    expect(found(machine(all))).toBe('/usr/bin/chromium');
    expect(found(machine(all.slice(0, 3)))).toBe('/snap/bin/chromium-browser');
    expect(found(machine(all.slice(0, 2)))).toBe('/usr/bin/google-chrome');
    expect(found(machine(all.slice(0, 1)))).toBe('/usr/bin/google-chrome-stable');
  });

  it('looks for each name on PATH, in PATH’s order, before /usr/bin and /snap/bin', () => {
    expect(found(machine(['/usr/bin/chromium', '/home/dev/bin/chromium']))).toBe(
      '/home/dev/bin/chromium',
    );
    expect(found(machine(['/snap/bin/chromium', '/usr/local/bin/chromium']))).toBe(
      '/usr/local/bin/chromium',
    );
    // Ubuntu's snap, with /snap/bin not on PATH (as under sudo or in a service).
    expect(found(machine(['/snap/bin/chromium'], { env: { PATH: '/usr/bin:/bin' } }))).toBe(
      '/snap/bin/chromium',
    );
    // A name earlier in the list wins over a place earlier on PATH.
    expect(found(machine(['/home/dev/bin/google-chrome', '/snap/bin/chromium']))).toBe(
      '/snap/bin/chromium',
    );
  });

  it('looks at each place once, and at none that PATH names relatively', () => {
    const c = candidates({
      env: { PATH: '/usr/bin:/usr/bin/:node_modules/.bin::/snap/bin' },
      platform: 'linux',
      playwrightChromium: () => undefined,
    });
    expect(c.map((x) => x.path).slice(0, 2)).toEqual(['/usr/bin/chromium', '/snap/bin/chromium']);
    expect(c).toHaveLength(4 * 2);
  });

  it('on macOS, takes Chrome and then Chromium in /Applications after the names', () => {
    const mac = { platform: 'darwin', env: { PATH: '/opt/homebrew/bin:/usr/bin:/bin' } };
    expect(found(machine([CHROMIUM_APP, CHROME_APP, PLAYWRIGHTS], mac))).toBe(CHROME_APP);
    expect(found(machine([CHROMIUM_APP, PLAYWRIGHTS], mac))).toBe(CHROMIUM_APP);
    expect(found(machine([CHROME_APP, '/opt/homebrew/bin/chromium'], mac))).toBe(
      '/opt/homebrew/bin/chromium',
    );
    // Not looked for elsewhere.
    expect(found(machine([CHROME_APP]))).toBe('none (none)');
  });

  it('falls back to Playwright’s own Chromium only when it has been downloaded', () => {
    expect(found(machine([PLAYWRIGHTS]))).toBe(PLAYWRIGHTS);
    expect(findChromium(machine([PLAYWRIGHTS]))).toEqual({
      found: true,
      path: PLAYWRIGHTS,
      how: "Playwright's Chromium",
    });
    expect(found(machine([]))).toBe('none (none)');
    expect(found(machine([], { playwright: undefined }))).toBe('none (none)');
    // On Windows only CHROMIUM_PATH and Playwright's are looked for.
    expect(found(machine(['/usr/bin/chromium', PLAYWRIGHTS], { platform: 'win32' }))).toBe(
      PLAYWRIGHTS,
    );
  });

  it('when there is none, gives one message naming every way to get one', () => {
    const finding = findChromium(machine([]));
    expect(finding.found).toBe(false);
    if (finding.found) return;
    expect(finding.problem).toBe('none');
    for (const way of [
      'apt-get install -y --no-install-recommends chromium',
      'snap install chromium',
      'google-chrome',
      'npx playwright install chromium',
      'CHROMIUM_PATH=',
      '/Applications',
    ]) {
      expect(finding.message).toContain(way);
    }
  });
});
