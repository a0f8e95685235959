// The inactivity timer: after `idleMs` without a touch the kiosk asks 「操作を続けますか？」 and
// counts down `countdownMs`; at zero the session is wiped.
//
// Pure: time comes in as an argument (milliseconds, any monotonic clock), so the state machine is
// tested without sleeping. Promises:
// - Any activity before expiry returns to `active` and restarts the full idle period (a touch on
//   the warning keeps the session; the known mistake of resetting an active visitor cannot happen
//   while touches keep arriving).
// - `expired` is final: activity after it changes nothing; the caller wipes and makes a new timer.
// - A clock that jumps backwards never expires the session early.

export type IdlePhase = 'active' | 'warning' | 'expired';

export interface IdleConfig {
  idleMs: number;
  /** 0 expires straight after the idle period, with no warning (used on the done screen). */
  countdownMs: number;
}

export interface IdleState {
  readonly config: IdleConfig;
  readonly lastActivity: number;
  readonly phase: IdlePhase;
}

/** The done screen shows the QR: however the shell is configured, it goes after at most this
 * long without a touch (issue 11: the next person in line must not photograph it). */
export const DONE_SCREEN_MAX_SECONDS = 60;

/** The done screen's timer: `doneSeconds` from the shell, capped, and no warning. */
export function doneScreenIdle(doneSeconds: number): IdleConfig {
  const seconds = Number.isFinite(doneSeconds) ? Math.min(Math.max(doneSeconds, 1), DONE_SCREEN_MAX_SECONDS) : DONE_SCREEN_MAX_SECONDS;
  return { idleMs: seconds * 1000, countdownMs: 0 };
}

export function startIdle(config: IdleConfig, now: number): IdleState {
  return { config, lastActivity: now, phase: 'active' };
}

export function activity(state: IdleState, now: number): IdleState {
  if (state.phase === 'expired') return state;
  return { config: state.config, lastActivity: now, phase: 'active' };
}

function phaseAt(state: IdleState, now: number): IdlePhase {
  const elapsed = Math.max(0, now - state.lastActivity);
  const { idleMs, countdownMs } = state.config;
  if (elapsed < idleMs) return 'active';
  if (elapsed < idleMs + countdownMs) return 'warning';
  return 'expired';
}

/** Advances the phase to `now`. Returns the same object when nothing changed. */
export function tick(state: IdleState, now: number): IdleState {
  if (state.phase === 'expired') return state;
  const phase = phaseAt(state, now);
  return phase === state.phase ? state : { ...state, phase };
}

/** Whole seconds left before expiry, rounded up (what the warning shows); 0 once expired. */
export function secondsLeft(state: IdleState, now: number): number {
  if (state.phase === 'expired') return 0;
  const elapsed = Math.max(0, now - state.lastActivity);
  const left = state.config.idleMs + state.config.countdownMs - elapsed;
  return Math.max(0, Math.ceil(left / 1000));
}
