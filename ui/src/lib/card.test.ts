import { describe, expect, it } from 'vitest';
import { afterError, afterTries, typeCardDigit } from './card';

const err = (code: string, args: Record<string, string> = {}) => ({ code, args });

describe('the My Number card steps', () => {
  it('asks for the PIN while two or more tries are left', () => {
    expect(afterTries(3)).toEqual({ phase: 'pin', tries: 3, error: null });
    expect(afterTries(2).phase).toBe('pin');
  });

  it('never lets the last try be spent', () => {
    expect(afterTries(1)).toEqual({ phase: 'stopped', tries: 1, error: err('card-error-last-try', { tries: '1' }) });
    expect(afterTries(0).error?.code).toBe('card-error-blocked');
    expect(afterError(err('card-error-wrong-pin', { tries: '1' }), 2)).toEqual({
      phase: 'stopped',
      tries: 1,
      error: err('card-error-last-try', { tries: '1' }),
    });
  });

  it('keeps the pad after a wrong PIN with tries to spare', () => {
    const step = afterError(err('card-error-wrong-pin', { tries: '2' }), 3);
    expect(step.phase).toBe('pin');
    expect(step.tries).toBe(2);
  });

  it('goes back to placing the card when the card or reader failed', () => {
    for (const code of ['card-error-removed', 'card-error-no-card', 'card-error-not-my-number', 'card-error-no-reader']) {
      expect(afterError(err(code), 3)).toEqual({ phase: 'place', tries: null, error: err(code) });
    }
    expect(afterError(err('card-error-blocked'), 3).phase).toBe('stopped');
  });

  it('takes four digits and nothing else', () => {
    let pin = '';
    for (const k of ['1', 'a', '2', '３', '3', '4', '5']) pin = typeCardDigit(pin, k);
    expect(pin).toBe('1234');
  });
});
