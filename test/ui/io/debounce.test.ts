import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce, throttle } from '../../../src/ui/io/debounce';

describe('debounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes once, delayMs after the last of several calls', () => {
    const write = vi.fn();
    const saver = debounce(write, 300);
    saver.schedule();
    vi.advanceTimersByTime(200);
    saver.schedule();
    vi.advanceTimersByTime(299);
    expect(write).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('flush writes a waiting change at once, and only once', () => {
    const write = vi.fn();
    const saver = debounce(write, 300);
    saver.flush();
    expect(write).not.toHaveBeenCalled(); // nothing waiting
    saver.schedule();
    saver.flush();
    expect(write).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(write).toHaveBeenCalledTimes(1);
  });
});

describe('throttle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes at once when still, then at most once per interval with the last state', () => {
    const write = vi.fn();
    const throttled = throttle(write, 100);
    throttled.schedule();
    expect(write).toHaveBeenCalledTimes(1);
    throttled.schedule();
    throttled.schedule();
    expect(write).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(100);
    expect(write).toHaveBeenCalledTimes(2);
    // Still for a whole interval: the next call writes at once again.
    vi.advanceTimersByTime(100);
    throttled.schedule();
    expect(write).toHaveBeenCalledTimes(3);
  });

  it('flush writes a waiting call now, and nothing when none waits', () => {
    const write = vi.fn();
    const throttled = throttle(write, 100);
    throttled.flush();
    expect(write).not.toHaveBeenCalled();
    throttled.schedule();
    throttled.schedule();
    throttled.flush();
    expect(write).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(500);
    expect(write).toHaveBeenCalledTimes(2);
  });
});
