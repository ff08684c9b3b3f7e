/**
 * Timing. Contenders run in the same process, interleaved round by round with the order rotating,
 * so that whatever else the (shared, two-core) machine does lands on all of them alike; each
 * figure is a median over rounds, which ignores the odd round a GC pause or a neighbour spoils.
 */

/** Runs `count` iterations of one contender's work, carrying its own state between calls. */
export type Runner = (count: number) => void;

export interface RoundOptions {
  /** Measured rounds per contender; odd, so the median is one of them. */
  readonly rounds: number;
  /** Target length of one contender's turn in a round. */
  readonly roundMs: number;
  /** Minimum time each contender runs before measuring, for V8 to optimize the hot code. */
  readonly warmupMs: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function elapsedMs(run: Runner, count: number): number {
  const start = performance.now();
  run(count);
  return performance.now() - start;
}

/**
 * Warms a runner up and returns how many iterations fill about `roundMs`. The count doubles until
 * one call takes half a round, so the rate it is sized from was measured on optimized code rather
 * than on the interpreter's first few iterations.
 */
function warmUp(run: Runner, { roundMs, warmupMs }: RoundOptions): number {
  let count = 1;
  let spent = 0;
  for (;;) {
    const ms = elapsedMs(run, count);
    spent += ms;
    if (ms < roundMs / 2) count *= 2;
    else if (spent >= warmupMs) return Math.max(1, Math.round((count * roundMs) / ms));
  }
}

/** Milliseconds per iteration of each contender, one entry per round. */
export function interleave<K extends string>(
  runners: Record<K, Runner>,
  options: RoundOptions,
): Record<K, number[]> {
  const names = Object.keys(runners) as K[];
  const counts = new Map(names.map((name) => [name, warmUp(runners[name], options)] as const));
  const perIteration = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<
    K,
    number[]
  >;
  for (let round = 0; round < options.rounds; round++) {
    // Rotate who goes first: a contender that always ran second would always inherit the
    // previous one's garbage and any throttling it triggered.
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length];
      const count = counts.get(name) ?? 1;
      perIteration[name].push(elapsedMs(runners[name], count) / count);
    }
  }
  return perIteration;
}
