/**
 * A summary of a DevTools CPU profile (Profiler.stop's `profile`): the functions with the most
 * self time and the most total time (self plus callees, each function counted once per sample),
 * as shares of the sampled time. Enough to say where a page's main thread spends its frames
 * without opening DevTools.
 */

interface ProfileNode {
  readonly id: number;
  readonly callFrame: {
    readonly functionName: string;
    readonly url: string;
    readonly lineNumber: number;
  };
  readonly children?: readonly number[];
}

export interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

const label = (node: ProfileNode): string => {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.split('/').pop() ?? '';
  return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
};

export function summarizeProfile(profile: CpuProfile, top = 25): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let sampled = 0;
  let idle = 0;
  for (let i = 0; i < samples.length; i++) {
    // A sample's time is the gap to the next one.
    const dt = (deltas[i + 1] ?? 0) / 1000;
    const leaf = byId.get(samples[i]);
    if (!leaf) continue;
    sampled += dt;
    const leafName = label(leaf);
    if (leaf.callFrame.functionName === '(idle)') {
      idle += dt;
      continue;
    }
    self.set(leafName, (self.get(leafName) ?? 0) + dt);
    const seen = new Set<string>();
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const node = byId.get(id);
      if (!node) break;
      const name = label(node);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + dt);
    }
  }
  const busy = sampled - idle;
  const table = (title: string, figures: Map<string, number>) => [
    `${title} (ms, % of busy time):`,
    ...[...figures.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(
        ([name, ms]) =>
          `  ${ms.toFixed(0).padStart(7)}  ${((100 * ms) / busy).toFixed(1).padStart(5)}%  ${name}`,
      ),
  ];
  return [
    `Profile: ${sampled.toFixed(0)} ms sampled, ${busy.toFixed(0)} ms busy (${((100 * busy) / sampled).toFixed(1)}%)`,
    ...table('Self time', self),
    ...table('Total time', total),
  ].join('\n');
}

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly args?: { readonly name?: string };
}

export interface TraceFile {
  readonly traceEvents: readonly TraceEvent[];
}

/**
 * The renderer's main thread ("CrRendererMain") in a DevTools trace: the self time of each kind of
 * complete event (time in it minus time in events nested inside it), largest first.
 */
export function summarizeTrace(trace: TraceFile, top = 20): string {
  const events = trace.traceEvents;
  const main = events.find(
    (event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
  );
  if (!main) return 'Trace: no renderer main thread found.';
  const spans = events
    .filter(
      (event) =>
        event.pid === main.pid &&
        event.tid === main.tid &&
        event.ph === 'X' &&
        (event.dur ?? 0) > 0,
    )
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const stack: { end: number; name: string }[] = [];
  let first = Infinity;
  let last = -Infinity;
  for (const event of spans) {
    const end = event.ts + (event.dur ?? 0);
    first = Math.min(first, event.ts);
    last = Math.max(last, end);
    while (stack.length > 0 && stack[stack.length - 1].end <= event.ts) stack.pop();
    const parent = stack[stack.length - 1];
    const ms = (event.dur ?? 0) / 1000;
    self.set(event.name, (self.get(event.name) ?? 0) + ms);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - ms);
    stack.push({ end, name: event.name });
  }
  const wall = (last - first) / 1000;
  return [
    `Trace: renderer main thread over ${wall.toFixed(0)} ms, self time per event (ms, % of the span):`,
    ...[...self.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(
        ([name, ms]) =>
          `  ${ms.toFixed(0).padStart(7)}  ${((100 * ms) / wall).toFixed(1).padStart(5)}%  ${name}`,
      ),
  ].join('\n');
}

/**
 * The renderer main thread's busy time (its top-level tasks: scripting, style, layout, paint) in
 * each interval between successive User Timing marks named `mark` (performance.mark in the page,
 * which the trace records on its own clock), in ms.
 */
export function busyBetween(trace: TraceFile, mark: string): number[] {
  const events = trace.traceEvents;
  const main = events.find(
    (event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
  );
  if (!main) return [];
  const marks = events
    .filter((event) => event.name === mark)
    .map((event) => event.ts)
    .sort((a, b) => a - b);
  const busy = new Array<number>(Math.max(0, marks.length - 1)).fill(0);
  for (const event of events) {
    if (event.pid !== main.pid || event.tid !== main.tid || event.ph !== 'X') continue;
    if (event.name !== 'RunTask' && event.name !== 'ThreadControllerImpl::RunTask') continue;
    for (let k = 0; k + 1 < marks.length; k++) {
      if (event.ts >= marks[k] && event.ts < marks[k + 1]) {
        busy[k] += (event.dur ?? 0) / 1000;
        break;
      }
    }
  }
  return busy;
}
