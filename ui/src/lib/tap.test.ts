// A change that moves the layout (closing the keyboard) waits until the tap that caused it has
// delivered its click, so the button under the finger at the press gets it.
import { describe, expect, it } from 'vitest';
import type { Timers } from './tap';
import { CLICK_WAIT_MS, TapGuard } from './tap';

/** Timers run by hand: `advance(ms)` runs what is due, in order, like the event loop. */
function fakeTimers() {
  let now = 0;
  let seq = 0;
  const queue = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    set(run, ms) {
      seq += 1;
      queue.set(seq, { at: now + ms, run });
      return seq;
    },
    clear(handle) {
      queue.delete(handle as number);
    },
  };
  function advance(ms: number) {
    const until = now + ms;
    for (;;) {
      const due = [...queue.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at || a[0] - b[0]);
      if (due.length === 0) break;
      const [id, t] = due[0];
      queue.delete(id);
      now = t.at;
      t.run();
    }
    now = until;
  }
  return { timers, advance };
}

function setup() {
  const win = new EventTarget();
  const { timers, advance } = fakeTimers();
  const guard = new TapGuard(win, timers);
  guard.attach();
  const log: string[] = [];
  const fire = (type: string, props: Record<string, unknown> = {}) => win.dispatchEvent(Object.assign(new Event(type), props));
  // The tapped button: its handler runs after the guard's capture listener, like a real target.
  win.addEventListener('click', () => log.push('button clicked'));
  return { guard, advance, log, fire };
}

describe('TapGuard', () => {
  it('with no tap going on, runs in the next task (after the focus has landed)', () => {
    const { guard, advance, log } = setup();
    guard.afterTap(() => log.push('hide'));
    expect(log).toEqual([]);
    advance(0);
    expect(log).toEqual(['hide']);
  });

  it('a mouse-like tap: waits for the release and lets the click reach the button first', () => {
    const { guard, advance, log, fire } = setup();
    fire('pointerdown', { pointerId: 1, isPrimary: true });
    fire('mousedown');
    // The field loses the focus here, on the press.
    guard.afterTap(() => log.push('hide'));
    advance(50);
    expect(log).toEqual([]);
    fire('pointerup', { pointerId: 1 });
    advance(0);
    expect(log).toEqual([]);
    fire('mouseup');
    fire('click');
    expect(log).toEqual(['button clicked']);
    advance(0);
    expect(log).toEqual(['button clicked', 'hide']);
  });

  it('a release without a click (the finger slid off) still runs, a moment later', () => {
    const { guard, advance, log, fire } = setup();
    fire('pointerdown', { pointerId: 1, isPrimary: true });
    guard.afterTap(() => log.push('hide'));
    fire('pointerup', { pointerId: 1 });
    advance(CLICK_WAIT_MS - 1);
    expect(log).toEqual([]);
    advance(1);
    expect(log).toEqual(['hide']);
  });

  it('a cancelled press (a scroll) runs without waiting for a click', () => {
    const { guard, advance, log, fire } = setup();
    fire('pointerdown', { pointerId: 3, isPrimary: true });
    guard.afterTap(() => log.push('hide'));
    fire('pointercancel', { pointerId: 3 });
    advance(0);
    expect(log).toEqual(['hide']);
  });

  it('a touch whose click comes from made-up mouse events after touchend', () => {
    const { guard, advance, log, fire } = setup();
    fire('touchstart');
    fire('touchend');
    expect(guard.pressed).toBe(false);
    fire('mousedown');
    guard.afterTap(() => log.push('hide'));
    fire('mouseup');
    advance(10);
    fire('click');
    advance(0);
    expect(log).toEqual(['button clicked', 'hide']);
  });

  it('runs nothing while a second finger is still down', () => {
    const { guard, advance, log, fire } = setup();
    fire('pointerdown', { pointerId: 1, isPrimary: true });
    fire('pointerdown', { pointerId: 2, isPrimary: false });
    guard.afterTap(() => log.push('hide'));
    fire('pointerup', { pointerId: 1 });
    advance(CLICK_WAIT_MS * 2);
    expect(log).toEqual([]);
    fire('pointerup', { pointerId: 2 });
    fire('click');
    advance(0);
    expect(log).toEqual(['button clicked', 'hide']);
  });

  it('a release the window never saw does not hold things up past the next tap', () => {
    const { guard, advance, log, fire } = setup();
    fire('pointerdown', { pointerId: 7, isPrimary: true });
    // Its pointerup went to a removed element.
    guard.afterTap(() => log.push('hide'));
    fire('pointerdown', { pointerId: 8, isPrimary: true });
    fire('pointerup', { pointerId: 8 });
    fire('click');
    advance(0);
    expect(log).toEqual(['button clicked', 'hide']);
  });

  it('a click with nothing waiting changes nothing', () => {
    const { guard, advance, log, fire } = setup();
    fire('pointerdown', { pointerId: 1, isPrimary: true });
    fire('pointerup', { pointerId: 1 });
    fire('click');
    advance(CLICK_WAIT_MS);
    expect(log).toEqual(['button clicked']);
    guard.afterTap(() => log.push('later'));
    advance(0);
    expect(log).toEqual(['button clicked', 'later']);
  });
});
