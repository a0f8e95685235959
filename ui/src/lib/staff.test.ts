// Staff mode's pure parts: the PIN pad's rules and how times are shown.
import { describe, expect, it } from 'vitest';
import { formatLocalTime } from './localtime';
import { PIN_KEYS, dotSlots, eraseDigit, pinComplete, pressDigit } from './pin';

describe('PIN pad', () => {
  it('offers the ten digits once each', () => {
    expect([...PIN_KEYS].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('takes digits up to eight', () => {
    let pin = '';
    for (const d of '1234567890') pin = pressDigit(pin, d);
    expect(pin).toBe('12345678');
  });

  it('ignores anything that is not one ASCII digit', () => {
    expect(pressDigit('12', 'a')).toBe('12');
    expect(pressDigit('12', '１')).toBe('12');
    expect(pressDigit('12', '34')).toBe('12');
    expect(pressDigit('12', '')).toBe('12');
  });

  it('erases the last digit, and nothing from an empty PIN', () => {
    expect(eraseDigit('123')).toBe('12');
    expect(eraseDigit('')).toBe('');
  });

  it('is complete with four to eight digits', () => {
    expect(pinComplete('123')).toBe(false);
    expect(pinComplete('1234')).toBe(true);
    expect(pinComplete('12345678')).toBe(true);
    expect(pinComplete('123456789')).toBe(false);
    expect(pinComplete('12a4')).toBe(false);
  });

  it('shows a dot per digit and at least four places, never more than eight', () => {
    expect(dotSlots('')).toEqual([false, false, false, false]);
    expect(dotSlots('12')).toEqual([true, true, false, false]);
    expect(dotSlots('1234')).toEqual([true, true, true, true, false]);
    expect(dotSlots('12345678')).toEqual(Array(8).fill(true));
  });
});

describe('staff times', () => {
  it('shows an RFC 3339 instant as local wall-clock time', () => {
    const local = new Date(2025, 4, 1, 14, 3, 22);
    expect(formatLocalTime(local.toISOString())).toBe('2025/05/01 14:03:22');
  });

  it('accepts an offset as Rust writes it', () => {
    const instant = '2025-12-31T23:59:59+09:00';
    const d = new Date(instant);
    const p = (n: number) => String(n).padStart(2, '0');
    const want = `${d.getFullYear()}/${p(d.getMonth() + 1)}/${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:59`;
    expect(formatLocalTime(instant)).toBe(want);
  });

  it('leaves text that is not a time as it is', () => {
    expect(formatLocalTime('yesterday')).toBe('yesterday');
    expect(formatLocalTime('2025-13-45T99:00:00Z')).toBe('2025-13-45T99:00:00Z');
  });
});
