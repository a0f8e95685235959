import { describe, expect, it } from 'vitest';
import { sleepDue } from './rest';

const base = { sleepAfterSeconds: 60, closed: true, idleAttract: true, lastTouch: 1_000, now: 61_000 };

describe('sleepDue', () => {
  it('sleeps on the untouched attract screen once the office is closed and the time has passed', () => {
    expect(sleepDue(base)).toBe(true);
    expect(sleepDue({ ...base, now: 60_999 })).toBe(false);
  });

  it('never sleeps while the office is open, without closed hours, or away from the idle attract screen', () => {
    expect(sleepDue({ ...base, closed: false })).toBe(false);
    expect(sleepDue({ ...base, sleepAfterSeconds: null })).toBe(false);
    expect(sleepDue({ ...base, idleAttract: false })).toBe(false);
  });

  it('a clock that jumps backwards does not put the screen to sleep', () => {
    expect(sleepDue({ ...base, now: 0 })).toBe(false);
  });
});
