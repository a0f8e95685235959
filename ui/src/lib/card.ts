// The My Number card's steps on the basic screen, as pure rules: where an answer of the shell
// leads. The shell reads the card; the UI never sees its commands, only tries and errors.

import type { CommandError } from '../generated/CommandError';

/** place: put the card on the reader · pin: type the PIN · stopped: go to the counter. */
export type CardPhase = 'closed' | 'place' | 'pin' | 'stopped';

export interface CardStep {
  phase: CardPhase;
  /** The card's PIN tries left, once known. */
  tries: number | null;
  error: CommandError | null;
}

export const CARD_PIN_LENGTH = 4;

/** The kiosk never spends the card's last try: at one left (or none) it sends to the counter. */
export function stoppedByTries(tries: number): boolean {
  return tries <= 1;
}

/** After `card_tries` answered. */
export function afterTries(tries: number): CardStep {
  if (stoppedByTries(tries)) {
    const error: CommandError =
      tries <= 0
        ? { code: 'card-error-blocked', args: {} }
        : { code: 'card-error-last-try', args: { tries: String(tries) } };
    return { phase: 'stopped', tries, error };
  }
  return { phase: 'pin', tries, error: null };
}

/** After a command refused: a wrong PIN stays on the pad (or stops at the last try), a blocked
 * card or the last try stops, anything else goes back to placing the card. */
export function afterError(error: CommandError, tries: number | null): CardStep {
  switch (error.code) {
    case 'card-error-wrong-pin': {
      const left = Number(error.args.tries ?? NaN);
      if (Number.isFinite(left) && stoppedByTries(left)) {
        return { phase: 'stopped', tries: left, error: { code: 'card-error-last-try', args: { tries: String(left) } } };
      }
      return { phase: 'pin', tries: Number.isFinite(left) ? left : tries, error };
    }
    case 'card-error-last-try':
    case 'card-error-blocked':
      return { phase: 'stopped', tries, error };
    case 'card-error-pin-format':
      return { phase: 'pin', tries, error };
    default:
      return { phase: 'place', tries: null, error };
  }
}

/** Appends one digit to the PIN; anything else, or a fifth digit, is ignored. */
export function typeCardDigit(pin: string, digit: string): string {
  if (!/^[0-9]$/.test(digit) || pin.length >= CARD_PIN_LENGTH) return pin;
  return pin + digit;
}
