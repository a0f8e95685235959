import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KEY_REPEAT, repeater } from './autorepeat';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function counting() {
  let n = 0;
  const r = repeater(() => {
    n += 1;
  });
  return { r, count: () => n };
}

describe('a repeating key', () => {
  it('repeats after about 500 ms, then about every 80 ms', () => {
    expect(KEY_REPEAT).toEqual({ delayMs: 500, intervalMs: 80 });
    const { r, count } = counting();
    r.press();
    expect(count()).toBe(1);
    vi.advanceTimersByTime(499);
    expect(count()).toBe(1);
    vi.advanceTimersByTime(80 + 1);
    expect(count()).toBe(2);
    vi.advanceTimersByTime(80 * 5);
    expect(count()).toBe(7);
    r.release();
    vi.advanceTimersByTime(5000);
    expect(count()).toBe(7);
  });

  it('a short tap acts once, and its click does not act again', () => {
    const { r, count } = counting();
    r.press();
    vi.advanceTimersByTime(100);
    r.release();
    r.click();
    vi.advanceTimersByTime(5000);
    expect(count()).toBe(1);
  });

  it('a click without a press (assistive technology, element.click()) acts once', () => {
    const { r, count } = counting();
    r.click();
    r.click();
    expect(count()).toBe(2);
  });

  it('a press whose click never came does not swallow a later click', () => {
    const { r, count } = counting();
    r.press();
    r.release(); // the finger slid off: no click
    vi.advanceTimersByTime(2000);
    r.click();
    expect(count()).toBe(2);
  });

  it('stops when the key goes away while held', () => {
    const { r, count } = counting();
    r.press();
    vi.advanceTimersByTime(600);
    const before = count();
    r.dispose();
    vi.advanceTimersByTime(5000);
    expect(count()).toBe(before);
    expect(r.held).toBe(false);
  });

  it('a second press restarts the delay rather than doubling the repeat', () => {
    const { r, count } = counting();
    r.press();
    vi.advanceTimersByTime(400);
    r.press();
    vi.advanceTimersByTime(400);
    expect(count()).toBe(2);
    vi.advanceTimersByTime(180);
    expect(count()).toBe(3);
    vi.advanceTimersByTime(80);
    expect(count()).toBe(4);
    r.release();
  });
});
