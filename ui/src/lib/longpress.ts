// Long-press detection (staff mode opens after holding the office name for 3 s).
//
// Pure: pointer events and time come in as arguments (milliseconds, any monotonic clock), so the
// rules are tested without a screen or a clock. Rules:
// - A press starts with one primary pointer going down. A second pointer (two fingers), the
//   pointer moving further than `slopPx` from where it went down, a release or a cancel ends it.
// - It fires once `holdMs` have passed since the press began, and only once: `fired` stays until
//   the pointer is released, so holding longer never opens a second dialog.
// - A clock that jumps backwards never fires early.

export interface LongPressConfig {
  /** How long the pointer must stay down. */
  holdMs: number;
  /** How far (CSS px) a finger may drift and still count as held still. */
  slopPx: number;
}

export const STAFF_LONG_PRESS: LongPressConfig = { holdMs: 3000, slopPx: 12 };
/** A key held for other forms of its letter (é, 髙): half a second, as phone keyboards do. */
export const KEY_LONG_PRESS: LongPressConfig = { holdMs: 500, slopPx: 14 };

export type LongPress =
  | { readonly phase: 'idle' }
  | { readonly phase: 'holding'; readonly pointerId: number; readonly x: number; readonly y: number; readonly since: number }
  /** Fired for this press; waits for the release. */
  | { readonly phase: 'fired'; readonly pointerId: number }
  /** Ended without firing (moved, second finger); waits for the release. */
  | { readonly phase: 'cancelled' };

export const IDLE: LongPress = { phase: 'idle' };

export interface PointerSample {
  pointerId: number;
  x: number;
  y: number;
  /** False for a non-primary pointer (a second finger) or a button other than the main one. */
  primary: boolean;
}

/**
 * A pointer went down on the target. A primary pointer always starts a new press (a release we
 * never saw cannot block the next one); any other pointer cancels the press under way.
 */
export function down(p: PointerSample, now: number): LongPress {
  if (!p.primary) return { phase: 'cancelled' };
  return { phase: 'holding', pointerId: p.pointerId, x: p.x, y: p.y, since: now };
}

/** The pointer moved; beyond the slop the press is no longer a long press. */
export function move(state: LongPress, p: PointerSample, config: LongPressConfig): LongPress {
  if (state.phase !== 'holding' || p.pointerId !== state.pointerId) return state;
  const dx = p.x - state.x;
  const dy = p.y - state.y;
  return dx * dx + dy * dy > config.slopPx * config.slopPx ? { phase: 'cancelled' } : state;
}

/** Every pointer is up (or the browser took the pointer away): ready for the next press. */
export function release(): LongPress {
  return IDLE;
}

/** Advances to `now`; returns the same object when nothing changed. */
export function tick(state: LongPress, now: number, config: LongPressConfig): LongPress {
  if (state.phase !== 'holding') return state;
  return now - state.since >= config.holdMs ? { phase: 'fired', pointerId: state.pointerId } : state;
}

/** Milliseconds until a held press fires (for a timer); `null` when nothing is pending. */
export function remaining(state: LongPress, now: number, config: LongPressConfig): number | null {
  if (state.phase !== 'holding') return null;
  const elapsed = Math.max(0, now - state.since);
  return Math.max(0, config.holdMs - elapsed);
}
