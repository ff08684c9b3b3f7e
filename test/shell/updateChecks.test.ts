import { describe, expect, it } from 'vitest';
import { MIN_GAP_MS, UPDATE_INTERVAL_MS, watchForUpdates } from '../../src/shell/updateChecks';
import type { UpdateCheckHost } from '../../src/shell/updateChecks';

function fakeHost() {
  let now = 0;
  let tick: (() => void) | null = null;
  let interval = 0;
  let back: (() => void) | null = null;
  const state = { visible: true, online: true };
  const host: UpdateCheckHost = {
    now: () => now,
    setInterval: (callback, ms) => {
      tick = callback;
      interval = ms;
      return 1;
    },
    clearInterval: () => (tick = null),
    onReturn: (listener) => {
      back = listener;
      return () => (back = null);
    },
    visible: () => state.visible,
    online: () => state.online,
  };
  return {
    host,
    state,
    advance(ms: number) {
      now += ms;
    },
    tick: () => tick?.(),
    focus: () => back?.(),
    get interval() {
      return interval;
    },
    get listening() {
      return back !== null && tick !== null;
    },
  };
}

function fakeRegistration() {
  const calls = { count: 0 };
  return { calls, registration: { update: () => (calls.count++, Promise.resolve()) } };
}

describe('watchForUpdates (issue 17, item 9)', () => {
  it('asks for an update periodically', () => {
    const fake = fakeHost();
    const { calls, registration } = fakeRegistration();
    watchForUpdates(registration, fake.host);
    expect(fake.interval).toBe(UPDATE_INTERVAL_MS);
    fake.advance(UPDATE_INTERVAL_MS);
    fake.tick();
    fake.advance(UPDATE_INTERVAL_MS);
    fake.tick();
    expect(calls.count).toBe(2);
  });

  it('asks when the page comes back into view, at most once a minute', () => {
    const fake = fakeHost();
    const { calls, registration } = fakeRegistration();
    watchForUpdates(registration, fake.host);
    fake.advance(MIN_GAP_MS);
    fake.focus();
    expect(calls.count).toBe(1);
    fake.advance(1000);
    fake.focus();
    expect(calls.count).toBe(1);
    fake.advance(MIN_GAP_MS);
    fake.focus();
    expect(calls.count).toBe(2);
  });

  it('stays quiet while hidden or offline, and a failed check is harmless', async () => {
    const fake = fakeHost();
    let count = 0;
    watchForUpdates({ update: () => (count++, Promise.reject(new Error('offline'))) }, fake.host);
    fake.advance(UPDATE_INTERVAL_MS);
    fake.state.visible = false;
    fake.tick();
    fake.state.visible = true;
    fake.state.online = false;
    fake.tick();
    expect(count).toBe(0);
    fake.state.online = true;
    fake.tick();
    expect(count).toBe(1);
    await Promise.resolve();
  });

  it('stops when told to', () => {
    const fake = fakeHost();
    const { registration } = fakeRegistration();
    const stop = watchForUpdates(registration, fake.host);
    stop();
    expect(fake.listening).toBe(false);
  });
});
