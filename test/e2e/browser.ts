import { findChromiumHere } from '../../scripts/find-chromium.mjs';

/**
 * Which Chromium the end-to-end tests drive: CHROMIUM_PATH, else the first Chromium or Chrome
 * found on this machine, else Playwright's own if it has been downloaded (the search and its
 * order: scripts/find-chromium.mjs). Playwright's download is never assumed.
 */
export const chromium = findChromiumHere();

/** The binary to launch; undefined when there is none, which global-setup.ts reports. */
export const chromiumPath: string | undefined = chromium.found ? chromium.path : undefined;
