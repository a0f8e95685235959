// When the attract screen sleeps: only while the office is closed (the shell's `[display]` hours,
// asked through `officeClosed`), only on the untouched attract screen (never in the middle of an
// application, never in staff mode), and only after `sleepAfterSeconds` without a touch. A touch
// wakes it at once, at any hour; the same touch does nothing else.
//
// Pure: time comes in as an argument (milliseconds, any monotonic clock).

export interface RestInput {
  /** From the shell's KioskInfo; null: the kiosk has no closed hours. */
  sleepAfterSeconds: number | null;
  /** The office is closed now, as last asked. */
  closed: boolean;
  /** The attract screen, untouched since the last reset, and no staff mode. */
  idleAttract: boolean;
  lastTouch: number;
  now: number;
}

/** Whether the screen should go dark now. */
export function sleepDue(input: RestInput): boolean {
  const { sleepAfterSeconds, closed, idleAttract, lastTouch, now } = input;
  if (sleepAfterSeconds === null || !closed || !idleAttract) return false;
  return now - lastTouch >= sleepAfterSeconds * 1000;
}

/** How often the UI asks whether the office is closed (closed hours change by the minute). */
export const CLOSED_POLL_MS = 15_000;
