import { describe, expect, it } from 'vitest';
import type { LongPress, LongPressConfig, PointerSample } from './longpress';
import { IDLE, STAFF_LONG_PRESS, down, move, release, remaining, tick } from './longpress';

const cfg: LongPressConfig = { holdMs: 3000, slopPx: 12 };
const at = (x: number, y: number, pointerId = 1, primary = true): PointerSample => ({ pointerId, x, y, primary });

/** Runs a press from t=1000 with the given moves, ticking at `now`. */
function held(now: number, moves: [number, number][] = []): LongPress {
  let s = down(at(100, 100), 1000);
  for (const [x, y] of moves) s = move(s, at(x, y), cfg);
  return tick(s, now, cfg);
}

describe('long press', () => {
  it('staff mode holds for 3 seconds', () => {
    expect(STAFF_LONG_PRESS.holdMs).toBe(3000);
  });

  it('fires once the pointer has been held for holdMs', () => {
    expect(held(3999).phase).toBe('holding');
    expect(held(4000).phase).toBe('fired');
    expect(held(9000).phase).toBe('fired');
  });

  it('tolerates a small drift of the finger', () => {
    expect(held(4000, [[105, 104], [110, 100], [100, 112]]).phase).toBe('fired');
  });

  it('is cancelled by moving beyond the slop, even if the finger comes back', () => {
    expect(held(4000, [[113, 100]]).phase).toBe('cancelled');
    expect(held(4000, [[110, 110], [100, 100]]).phase).toBe('cancelled');
  });

  it('ignores moves of another pointer', () => {
    const s = down(at(100, 100, 1), 0);
    expect(move(s, at(400, 400, 2), cfg)).toBe(s);
  });

  it('is cancelled by a second finger', () => {
    let s = down(at(100, 100, 1), 0);
    s = down(at(300, 100, 2, false), 500);
    expect(tick(s, 5000, cfg).phase).toBe('cancelled');
  });

  it('does not start from a secondary button or pointer', () => {
    expect(tick(down(at(0, 0, 1, false), 0), 5000, cfg).phase).toBe('cancelled');
  });

  it('a release before holdMs means no long press', () => {
    let s = down(at(100, 100), 0);
    s = tick(s, 2999, cfg);
    s = release();
    expect(tick(s, 10_000, cfg)).toEqual(IDLE);
  });

  it('fires only once per press: fired stays until the release', () => {
    const fired = held(4000);
    expect(tick(fired, 8000, cfg)).toBe(fired);
    expect(move(fired, at(500, 500), cfg)).toBe(fired);
    expect(release()).toEqual(IDLE);
  });

  it('a new primary press starts afresh even if a release was missed', () => {
    const s = down(at(10, 10), 20_000);
    expect(tick(s, 22_000, cfg).phase).toBe('holding');
    expect(tick(s, 23_000, cfg).phase).toBe('fired');
  });

  it('never fires early when the clock jumps backwards', () => {
    const s = down(at(0, 0), 10_000);
    expect(tick(s, 2_000, cfg).phase).toBe('holding');
    expect(remaining(s, 2_000, cfg)).toBe(3000);
  });

  it('returns the same state when nothing changed', () => {
    const s = down(at(0, 0), 0);
    expect(tick(s, 100, cfg)).toBe(s);
    expect(tick(IDLE, 100, cfg)).toBe(IDLE);
  });

  it('tells how long until it fires, or null when nothing is pending', () => {
    const s = down(at(0, 0), 1000);
    expect(remaining(s, 1000, cfg)).toBe(3000);
    expect(remaining(s, 3500, cfg)).toBe(500);
    expect(remaining(s, 9000, cfg)).toBe(0);
    expect(remaining(IDLE, 0, cfg)).toBeNull();
    expect(remaining(tick(s, 4000, cfg), 4000, cfg)).toBeNull();
  });
});
