/**
 * The page's benchmark against docs/design.md's budget: while playing at full speed on 10,000 points,
 * the main thread has no task over 50 ms and draws at least 55 frames a second (docs/design.md says 50;
 * the issue asks 55) in headless Chromium.
 *
 * `npm run bench:page` builds the app, serves dist/ with Vite's preview server on a free port,
 * opens it at 1366 × 768, picks "Two blobs" with 10,000 points and the speed "as fast as
 * possible", and measures two windows of WINDOW_MS each:
 *
 *   idle     the same page, not playing: the machine's baseline (the machines are shared and noisy)
 *   playing  after pressing Play
 *
 * In each it counts requestAnimationFrame callbacks and long tasks (PerformanceObserver, type
 * 'longtask'). Both are installed with page.evaluate before the window starts and only observe:
 * work started inside page.evaluate itself is not reported as a long task (TOOLCHAIN.md).
 *
 * It prints a table; with `-- --json`, only JSON lines {name, n, value, unit, ratio} on stdout
 * (progress goes to stderr). A missed budget is printed, never fails the run.
 */
import { createServer } from 'node:net';
import type { Page } from '@playwright/test';
import { chromium, expect } from '@playwright/test';
import { preview } from 'vite';
import { writeFileSync } from 'node:fs';
import type { TraceFile } from './profile';
import { busyBetween, summarizeProfile, summarizeTrace } from './profile';
import { findChromiumHere } from '../scripts/find-chromium.mjs';

/**
 * `--points=N`, `--seconds=S`, `--rate=η` and `--compare=KIND` measure other runs, e.g. 100 points
 * for 10 s, or two runs side by side.
 */
function option(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? Number(arg.slice(name.length + 3)) : fallback;
}

const N = option('points', 10_000);
/**
 * Small enough that the run is still going after the window: at the default η the two blobs
 * converge within a few hundred iterations, well inside it, and the rest would measure a page at
 * rest. The cost of an iteration does not depend on η.
 */
const LEARNING_RATE = String(option('rate', 0.001));
const WINDOW_MS = option('seconds', 5) * 1000;
/** `--compare=learningRate` (or loss, newton, batch, momentum) plays two runs side by side. */
const COMPARE = process.argv.find((a) => a.startsWith('--compare='))?.slice('--compare='.length);
/**
 * `--throttle=4` slows the page's main thread 4× (Chrome DevTools' CPU throttling, a stand-in
 * for a school laptop) for both windows; the setup before them runs at full speed.
 */
const THROTTLE = option('throttle', 1);
/**
 * `--speed=default` plays at the page's default speed (30 iterations/s) instead of as fast as
 * possible: the budget at 4× has a line for each.
 */
const DEFAULT_SPEED = process.argv.includes('--speed=default');
/** `--dist=DIR` measures another build (say, an earlier commit's) with this same script. */
const DIST = process.argv.find((a) => a.startsWith('--dist='))?.slice('--dist='.length);
/**
 * `--profile=FILE` records a CPU profile of the page (DevTools' Profiler) over the playing window
 * (with `--drag`, over the moves),
 * writes it to FILE (open it in DevTools' Performance panel) and prints the functions with the
 * most self time and the most total time on stderr: where the main thread's time goes.
 */
const PROFILE = process.argv.find((a) => a.startsWith('--profile='))?.slice('--profile='.length);
/**
 * `--trace=FILE` records a DevTools performance trace over the playing window (with `--drag`, the
 * moves' trace, which that mode records anyway) instead and prints
 * the renderer main thread's time per event kind (scripting, style, layout, paint…), which a CPU
 * profile lumps together as "(program)".
 */
/**
 * `--drag` measures dragging a point instead of playing: on N points, paused, a point added in
 * the plot's corner is dragged across it in DRAG_MOVES pointer moves, one per frame. A move's cost
 * is the renderer main thread's busy time (a DevTools trace: its top-level tasks, scripting,
 * style, layout and paint alike) from the move to the next move; the Event Timing API would be
 * the natural tool but does not report pointer moves.
 */
const DRAG = process.argv.includes('--drag');
const DRAG_MOVES = 40;
/** Issue 16: a move on 10,000 points within 16 ms (median), unthrottled. */
const BUDGET_DRAG_MS = 16;
/** The User Timing mark set before each move: it lands in the trace, on the trace's clock. */
const MOVE_MARK = 'bench-drag-move';
const TRACE = process.argv.find((a) => a.startsWith('--trace='))?.slice('--trace='.length);
/**
 * `--hide=SELECTORS` (CSS selectors, comma-separated, e.g. `.derivation,.loss-curve`) takes those
 * parts of the page out of rendering (display: none) for both windows: what is left shows one
 * panel's share of a frame. React still renders them, so their scripting stays in the figures.
 */
const HIDE = process.argv.find((a) => a.startsWith('--hide='))?.slice('--hide='.length);
const SPEED_TEXT = DEFAULT_SPEED ? 'at the default speed' : 'as fast as possible';
/**
 * Issue 16's budgets: unthrottled ≥ 55 fps and no task over 50 ms; 4× throttled (a school laptop)
 * ≥ 50 fps at the default speed, ≥ 30 fps as fast as possible, no task over 100 ms.
 */
const BUDGET_FPS = THROTTLE === 1 ? 55 : DEFAULT_SPEED ? 50 : 30;
const BUDGET_TASK_MS = THROTTLE === 1 ? 50 : 100;
const THROTTLE_TEXT = THROTTLE === 1 ? 'unthrottled' : `throttled ${THROTTLE}×`;
const VIEWPORT = { width: 1366, height: 768 };
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

interface WindowFigures {
  readonly seconds: number;
  readonly fps: number;
  /** Longest long task in the window, in ms (0 if none). */
  readonly longestTaskMs: number;
  /** Long tasks (over 50 ms, the API's own threshold) in the window. */
  readonly longTasks: number;
}

interface Row {
  readonly name: string;
  readonly n: number;
  readonly value: number;
  readonly unit: string;
  readonly ratio: number | null;
}

const json = process.argv.includes('--json');
const progress = (message: string) => process.stderr.write(`${message}\n`);

/** A port nothing listens on now: the OS picks it. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The in-page observers, as source text: tsx compiles this file with esbuild's keepNames, which
 * wraps named functions in a `__name` helper that does not exist in the page.
 *
 * START installs a requestAnimationFrame counter and a long-task observer (buffered, so entries
 * queued before it are seen; STOP keeps only those that began in the window). Both only observe.
 */
const START = `(() => {
  const bench = { start: performance.now(), frames: 0, running: true, tasks: [] };
  window.__bench = bench;
  bench.observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      bench.tasks.push({ start: entry.startTime, duration: entry.duration });
    }
  });
  bench.observer.observe({ type: 'longtask', buffered: true });
  bench.tick = () => {
    if (!bench.running) return;
    bench.frames++;
    requestAnimationFrame(bench.tick);
  };
  requestAnimationFrame(bench.tick);
})()`;

const STOP = `(() => {
  const bench = window.__bench;
  const end = performance.now();
  bench.running = false;
  for (const entry of bench.observer.takeRecords()) {
    bench.tasks.push({ start: entry.startTime, duration: entry.duration });
  }
  bench.observer.disconnect();
  const tasks = bench.tasks.filter((task) => task.start >= bench.start);
  const seconds = (end - bench.start) / 1000;
  return {
    seconds,
    fps: bench.frames / seconds,
    longestTaskMs: tasks.reduce((longest, task) => Math.max(longest, task.duration), 0),
    longTasks: tasks.filter((task) => task.duration > 50).length,
  };
})()`;

async function startObserving(page: Page): Promise<void> {
  await page.evaluate(START);
}

async function stopObserving(page: Page): Promise<WindowFigures> {
  return page.evaluate<WindowFigures>(STOP);
}

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

async function readIteration(page: Page): Promise<number> {
  const value = page.getByRole('definition').and(page.getByLabel('Iteration', { exact: true }));
  return Number(await value.textContent());
}

/**
 * Opens the settings drawer where the page has one (the stage's header button; earlier builds had
 * the settings on the page) and returns how to close it again.
 */
async function openSettings(page: Page): Promise<() => Promise<void>> {
  const toggle = page.getByRole('button', { name: 'Settings', exact: true });
  if ((await toggle.count()) === 0 || (await toggle.getAttribute('aria-expanded')) === 'true') {
    return async () => undefined;
  }
  await toggle.click();
  return async () => {
    await toggle.click();
  };
}

/** Opens the app on Two blobs with N points at full speed, paused at iteration 0. */
async function prepare(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(button(page, 'Play')).toBeEnabled();
  const closeSettings = await openSettings(page);
  const dataSet = page.getByRole('combobox', { name: 'Data set', exact: true });
  await dataSet.selectOption('twoBlobs');
  // The new run is there when the optimum column shows its numbers (they differ from N = 100's).
  const optimum = page.getByRole('table', { name: 'Parameters' }).locator('tbody tr td').nth(1);
  const before = await optimum.textContent();
  const points = page.getByRole('combobox', { name: 'Points', exact: true });
  if ((await points.inputValue()) !== String(N)) {
    await points.selectOption(String(N));
    await expect(optimum).not.toHaveText(before ?? '');
  }
  const learningRate = page.getByRole('spinbutton', { name: 'Learning rate', exact: true });
  await learningRate.fill(LEARNING_RATE);
  await learningRate.press('Enter');
  if (!DEFAULT_SPEED) {
    const speed = page.getByRole('slider', { name: 'Speed', exact: true });
    await speed.focus();
    await speed.press('End');
    await page.getByText('as fast as possible').waitFor();
  }
  if (COMPARE) {
    await page.getByRole('combobox', { name: 'Compare with', exact: true }).selectOption(COMPARE);
    await expect(page.getByText('Iterations to converge', { exact: false }).first()).toBeVisible();
  }
  // Measured as a user watches it: the figures, not the settings over them.
  await closeSettings();
  if (HIDE) {
    // A constructed style sheet: the page's Content Security Policy refuses inline styles.
    await page.evaluate(`{
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(${JSON.stringify(`${HIDE} { display: none !important; }`)});
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }`);
  }
  // Leave the keyboard's focus nowhere in particular, as a user watching would.
  await page.evaluate('document.activeElement?.blur()');
}

/** Drags a point added in the data plot's corner across the plot; the durations of the moves. */
async function measureDrag(page: Page): Promise<Row[]> {
  const area = await page.locator('.data-grid-frame').first().boundingBox();
  if (!area) throw new Error('The data plot is not laid out.');
  const at = (fx: number, fy: number) => ({
    x: area.x + fx * area.width,
    y: area.y + fy * area.height,
  });
  // A point of its own, far from the others: the press lands on it and nothing else.
  const from = at(0.03, 0.03);
  const to = at(0.45, 0.6);
  const count = page.getByText(/^[\d,]+ points?:/).first();
  const before = await count.textContent();
  await page.mouse.click(from.x, from.y);
  await expect(count).not.toHaveText(before ?? '');
  // Let the new run arrive before the drag: what is measured is the drag, not the load.
  await page.waitForTimeout(2000);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  // The first move makes the press a drag; the ones after it are measured.
  await page.mouse.move(from.x + 8, from.y + 8);
  await page.waitForTimeout(500);
  const browser = page.context().browser();
  if (!browser) throw new Error('No browser to trace.');
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'toplevel', 'blink.user_timing'],
  });
  const cdp = PROFILE ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  for (let s = 1; s <= DRAG_MOVES; s++) {
    const f = s / DRAG_MOVES;
    await page.evaluate(`performance.mark('${MOVE_MARK}')`);
    await page.mouse.move(from.x + 8 + (to.x - from.x) * f, from.y + 8 + (to.y - from.y) * f);
    // The frame after the move, and the next: about one move a frame, as a hand gives them.
    await page.evaluate(
      'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve))))',
    );
  }
  await page.evaluate(`performance.mark('${MOVE_MARK}')`);
  if (cdp && PROFILE) {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(PROFILE, JSON.stringify(profile));
    progress(summarizeProfile(profile));
  }
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as TraceFile;
  if (TRACE) progress(summarizeTrace(trace));
  await page.mouse.up();
  const perMove = busyBetween(trace, MOVE_MARK).sort((a, b) => a - b);
  if (perMove.length === 0) throw new Error('The trace holds no moves.');
  const median = perMove[Math.floor(perMove.length / 2)];
  return [
    { name: 'page-drag-move-median', n: N, value: median, unit: 'ms', ratio: null },
    {
      name: 'page-drag-moves-over-16ms',
      n: N,
      value: perMove.filter((ms) => ms > BUDGET_DRAG_MS).length,
      unit: 'moves',
      ratio: null,
    },
    { name: 'page-drag-moves', n: N, value: perMove.length, unit: 'moves', ratio: null },
    {
      name: 'page-drag-move-longest',
      n: N,
      value: perMove[perMove.length - 1],
      unit: 'ms',
      ratio: null,
    },
  ];
}

async function measure(url: string): Promise<Row[]> {
  // The browser the end-to-end tests drive (scripts/find-chromium.mjs).
  const found = findChromiumHere();
  if (!found.found) throw new Error(found.message);
  const browser = await chromium.launch({
    executablePath: found.path,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });

    progress(
      `Preparing: Two blobs, ${N} points, η = ${LEARNING_RATE}, ${SPEED_TEXT}${COMPARE ? `, compared with ${COMPARE}` : ''}…`,
    );
    await prepare(page, url);
    if (DRAG) {
      if (THROTTLE !== 1) {
        const session = await page.context().newCDPSession(page);
        await session.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
      }
      const rows = await measureDrag(page);
      if (errors.length > 0) throw new Error(`The page logged errors:\n${errors.join('\n')}`);
      return rows;
    }
    const cdp = await page.context().newCDPSession(page);
    if (THROTTLE !== 1) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    }

    progress(`Idle for ${WINDOW_MS / 1000} s…`);
    await startObserving(page);
    await page.waitForTimeout(WINDOW_MS);
    const idle = await stopObserving(page);

    progress(`Playing for ${WINDOW_MS / 1000} s…`);
    const startIteration = await readIteration(page);
    if (PROFILE) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    if (TRACE) {
      await browser.startTracing(page, {
        path: TRACE,
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc'],
      });
    }
    await button(page, 'Play').click();
    const playedAt = Date.now();
    // The window starts after the click and ends before the iteration is read: Playwright finds
    // the button and the readout by their roles and names, a search of the whole page that takes
    // tens of milliseconds at 4× and is the benchmark's work, not the page's.
    await startObserving(page);
    await page.waitForTimeout(WINDOW_MS);
    const playing = await stopObserving(page);
    const endIteration = await readIteration(page);
    const playedSeconds = (Date.now() - playedAt) / 1000;
    if (TRACE) {
      const trace = await browser.stopTracing();
      progress(summarizeTrace(JSON.parse(trace.toString('utf8')) as TraceFile));
    }
    if (PROFILE) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(PROFILE, JSON.stringify(profile));
      progress(summarizeProfile(profile));
    }
    const pause = button(page, 'Pause');
    if (!(await pause.isVisible())) {
      throw new Error(
        'The run stopped before the window ended: the figures would not be of a run.',
      );
    }
    await pause.click();

    if (errors.length > 0) throw new Error(`The page logged errors:\n${errors.join('\n')}`);
    if (!(endIteration > startIteration)) {
      throw new Error(`The run did not advance (iteration ${startIteration} → ${endIteration}).`);
    }

    return [
      {
        name: 'page-iterations-per-second',
        n: N,
        value: (endIteration - startIteration) / playedSeconds,
        unit: 'iterations/s',
        ratio: null,
      },
      {
        name: 'page-fps-playing',
        n: N,
        value: playing.fps,
        unit: 'fps',
        ratio: playing.fps / idle.fps,
      },
      {
        name: 'page-longest-task-playing',
        n: N,
        value: playing.longestTaskMs,
        unit: 'ms',
        ratio: null,
      },
      {
        name: 'page-long-tasks-playing',
        n: N,
        value: playing.longTasks,
        unit: 'tasks',
        ratio: null,
      },
      { name: 'page-fps-idle', n: N, value: idle.fps, unit: 'fps', ratio: null },
      { name: 'page-longest-task-idle', n: N, value: idle.longestTaskMs, unit: 'ms', ratio: null },
    ];
  } finally {
    await browser.close();
  }
}

/** Four significant digits: the runs disagree well before the fifth. */
const significant = (x: number): number => Number(x.toPrecision(4));

function report(rows: readonly Row[]): string {
  const cells = [
    ['name', 'n', 'value', 'unit', 'ratio', 'cpu', 'speed'],
    ...rows.map((row) => [
      row.name,
      String(row.n),
      String(significant(row.value)),
      row.unit,
      row.ratio === null ? '' : row.ratio.toFixed(3),
      THROTTLE_TEXT,
      DRAG ? 'paused' : DEFAULT_SPEED ? 'default' : 'full',
    ]),
  ];
  const widths = cells[0].map((_, j) => Math.max(...cells.map((line) => line[j].length)));
  const right = [false, true, true, false, true, false, false];
  const lines = cells.map((line) =>
    line
      .map((cell, j) => (right[j] ? cell.padStart(widths[j]) : cell.padEnd(widths[j])))
      .join('  ')
      .trimEnd(),
  );
  const value = (name: string) => rows.find((row) => row.name === name)?.value ?? NaN;
  if (DRAG) {
    const median = value('page-drag-move-median');
    return [
      `Dragging a point on Two blobs, n = ${N}, paused, ${VIEWPORT.width} × ${VIEWPORT.height}, headless Chromium, ${THROTTLE_TEXT}${DIST ? `, build ${DIST}` : ''}; ` +
        `${DRAG_MOVES} pointer moves, one per frame; per move, the renderer main thread's busy time until the next (a DevTools trace).`,
      '',
      ...lines,
      '',
      `Budget (${THROTTLE_TEXT}): a move within ${BUDGET_DRAG_MS} ms (median): ${median <= BUDGET_DRAG_MS ? 'met' : 'MISSED'}.`,
    ].join('\n');
  }
  const fps = value('page-fps-playing');
  const longest = value('page-longest-task-playing');
  const verdict = [
    fps >= BUDGET_FPS ? `${significant(fps)} fps: met` : `${significant(fps)} fps: MISSED`,
    longest <= BUDGET_TASK_MS
      ? `longest task ${significant(longest)} ms: met`
      : `longest task ${significant(longest)} ms: MISSED`,
  ];
  return [
    `Page while playing ${SPEED_TEXT} on Two blobs, n = ${N}, η = ${LEARNING_RATE}, ${VIEWPORT.width} × ${VIEWPORT.height}, ` +
      `headless Chromium, ${THROTTLE === 1 ? 'unthrottled' : `CPU throttled ${THROTTLE}×`}` +
      `${COMPARE ? `, compared with ${COMPARE}` : ''}${DIST ? `, build ${DIST}` : ''}` +
      `${HIDE ? `, hiding ${HIDE}` : ''}; ${WINDOW_MS / 1000} s per window. Ratio: playing fps ÷ idle fps.`,
    '',
    ...lines,
    '',
    `Budget (${THROTTLE_TEXT}, ${SPEED_TEXT}): at least ${BUDGET_FPS} fps while playing and no task over ${BUDGET_TASK_MS} ms. ` +
      `${verdict.join('; ')}.`,
  ].join('\n');
}

async function main(): Promise<void> {
  const port = await freePort();
  const server = await preview({
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
    ...(DIST ? { build: { outDir: DIST } } : {}),
    logLevel: 'silent',
  });
  try {
    const rows = await measure(`http://127.0.0.1:${port}/`);
    if (json) {
      for (const { name, n, value, unit, ratio } of rows) {
        const rounded = ratio === null ? null : Number(ratio.toFixed(3));
        const line = {
          name,
          n,
          value: significant(value),
          unit,
          ratio: rounded,
          throttle: THROTTLE,
          speed: DRAG ? 'paused' : DEFAULT_SPEED ? 'default' : 'full',
          compare: COMPARE ?? null,
        };
        process.stdout.write(`${JSON.stringify(line)}\n`);
      }
    } else {
      process.stdout.write(`${report(rows)}\n`);
    }
  } finally {
    await new Promise<void>((resolve, reject) =>
      server.httpServer.close((error) => (error ? reject(error) : resolve())),
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
