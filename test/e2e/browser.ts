/**
 * Which Chromium the end-to-end tests drive. Playwright's own browser download is not
 * assumed: Debian's package is used by default, and any other binary can be named.
 */
export const chromiumPath: string = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
