import { describe, expect, it } from 'vitest';
import { activity, DONE_SCREEN_MAX_SECONDS, doneScreenIdle, secondsLeft, startIdle, tick } from './idle';

const config = { idleMs: 90_000, countdownMs: 30_000 };

describe('inactivity timer', () => {
  it('stays active before the idle period ends', () => {
    const s = tick(startIdle(config, 0), 89_999);
    expect(s.phase).toBe('active');
  });

  it('warns after the idle period and counts down', () => {
    const s = tick(startIdle(config, 0), 90_000);
    expect(s.phase).toBe('warning');
    expect(secondsLeft(s, 90_000)).toBe(30);
    expect(secondsLeft(s, 100_500)).toBe(20);
    expect(secondsLeft(s, 119_001)).toBe(1);
  });

  it('expires when the countdown reaches zero', () => {
    const s = tick(startIdle(config, 0), 120_000);
    expect(s.phase).toBe('expired');
    expect(secondsLeft(s, 120_000)).toBe(0);
  });

  it('a touch during the warning keeps the session and restarts the full idle period', () => {
    let s = tick(startIdle(config, 0), 100_000);
    expect(s.phase).toBe('warning');
    s = activity(s, 110_000);
    expect(s.phase).toBe('active');
    expect(tick(s, 110_000 + 89_000).phase).toBe('active');
    expect(tick(s, 110_000 + 90_000).phase).toBe('warning');
    expect(tick(s, 110_000 + 120_000).phase).toBe('expired');
  });

  it('steady activity never reaches the warning', () => {
    let s = startIdle(config, 0);
    for (let t = 0; t <= 600_000; t += 60_000) {
      s = tick(activity(s, t), t + 59_000);
      expect(s.phase).toBe('active');
    }
  });

  it('expiry is final: a late touch does not revive the session', () => {
    const s = tick(startIdle(config, 0), 200_000);
    expect(activity(s, 200_001)).toBe(s);
    expect(tick(s, 0)).toBe(s);
  });

  it('tick returns the same state when nothing changed', () => {
    const s = startIdle(config, 0);
    expect(tick(s, 1_000)).toBe(s);
  });

  it('a clock going backwards does not expire the session', () => {
    const s = startIdle(config, 1_000_000);
    expect(tick(s, 0).phase).toBe('active');
  });

  it('with no countdown it expires straight after the idle period (done screen)', () => {
    const s = startIdle({ idleMs: 60_000, countdownMs: 0 }, 0);
    expect(tick(s, 59_999).phase).toBe('active');
    expect(tick(s, 60_000).phase).toBe('expired');
    expect(secondsLeft(s, 30_000)).toBe(30);
  });
});

describe('the done screen (QR) timer', () => {
  it('goes after 30 s without a touch, with no warning first', () => {
    let s = startIdle(doneScreenIdle(30), 0);
    expect(tick(s, 29_999).phase).toBe('active');
    s = activity(s, 20_000);
    expect(tick(s, 49_999).phase).toBe('active');
    expect(tick(s, 50_000).phase).toBe('expired');
  });

  it('is capped whatever the shell says, so an old configuration cannot keep the QR up', () => {
    expect(doneScreenIdle(120).idleMs).toBe(DONE_SCREEN_MAX_SECONDS * 1000);
    expect(doneScreenIdle(Number.NaN).idleMs).toBe(DONE_SCREEN_MAX_SECONDS * 1000);
    expect(doneScreenIdle(0).idleMs).toBe(1000);
    expect(doneScreenIdle(30)).toEqual({ idleMs: 30_000, countdownMs: 0 });
    expect(DONE_SCREEN_MAX_SECONDS).toBeLessThanOrEqual(60);
  });
});
