/**
 * A write that waits until things have been still for `delayMs`, and that can be forced at once
 * (when the page is left) so nothing scheduled is lost.
 */
export interface Debounced {
  /** (Re)starts the wait; the write happens `delayMs` after the last call. */
  schedule(): void;
  /** Writes now if a write is waiting; otherwise does nothing. */
  flush(): void;
}

export function debounce(write: () => void, delayMs: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    timer = undefined;
    write();
  };
  return {
    schedule() {
      clearTimeout(timer);
      timer = setTimeout(run, delayMs);
    },
    flush() {
      if (timer === undefined) return;
      clearTimeout(timer);
      run();
    },
  };
}

/**
 * A write that happens at once when things have been still for `intervalMs`, and otherwise at most
 * once per `intervalMs` (the last call's state is always written at the end of the interval).
 */
export function throttle(write: () => void, intervalMs: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting = false;
  const run = () => {
    waiting = false;
    write();
    timer = setTimeout(() => {
      timer = undefined;
      if (waiting) run();
    }, intervalMs);
  };
  return {
    schedule() {
      if (timer === undefined) run();
      else waiting = true;
    },
    flush() {
      if (!waiting) return;
      clearTimeout(timer);
      timer = undefined;
      run();
    },
  };
}
