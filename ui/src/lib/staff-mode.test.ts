// Staff mode over a fake platform: the PIN pad, the staff screen's commands, and that neither
// the PIN nor a visitor's data outlives it.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadEveryLanguage } from './locales';
import type { StaffStatus } from '../generated/StaffStatus';
import type { Platform } from '../platform';
import { usePlatform } from '../platform';
import { commandErrorText, session, setLanguage, start } from './session.svelte';
import {
  SYNC_FOLLOW_UP_MS,
  cancelPinPad,
  closeStaff,
  endStaff,
  erasePinDigit,
  holdsPin,
  openPinPad,
  refreshStaff,
  staff,
  submitPin,
  syncNow,
  typePinDigit,
} from './staff.svelte';

// Every language's text: the kiosk fetches the others after its first paint.
beforeAll(loadEveryLanguage);

const PIN = '2468';

function status(over: Partial<StaffStatus> = {}): StaffStatus {
  return {
    kiosk_id: 'kiosk-07', office_code: '13010', version: '0.1.0', enrolled: true,
    server_url: 'https://hw.example', queue_depth: 0n, refused: 0n, last_success: null, last_error: null,
    ...over,
  };
}

function fakePlatform() {
  const calls: string[] = [];
  let depth = 2n;
  const check = (pin: string) => {
    if (pin !== PIN) throw { code: 'staff-wrong-pin', args: {} };
  };
  const p: Platform = {
    kioskInfo: async () => ({
      kiosk_id: 'kiosk-07', office_code: '13010', office_name: 'テスト', languages: ['ja', 'ja-easy', 'en'],
      idle_seconds: 90, countdown_seconds: 30, done_seconds: 60, ready: true, printer: false, sleep_after_seconds: null,
    }),
    checkStep: async (application) => ({ application, findings: [] }),
    checkAll: async (application) => ({ application, findings: [] }),
    lookupPostcode: async () => ({ postcode: '1000001', addresses: [] }),
    occupationGroups: async () => [],
    searchOccupations: async () => [],
    searchLicences: async () => [],
    submitApplication: async () => ({ receipt: 'AB3K7Q', continuation_url: 'https://x/c/t', qr_svg: '<svg/>' }),
    recordSurvey: async () => undefined,
    wipeSession: vi.fn(async () => {
      calls.push('wipe_session');
    }),
    uiReady: async () => undefined,
    staffStatus: async (pin) => {
      calls.push(`staff_status:${pin}`);
      check(pin);
      return status({ queue_depth: depth });
    },
    recogniseHandwriting: async () => [],
    convertReading: async () => null,
    nameReadings: async () => [],
    kanjiVariants: async () => [],
    cardReaderPresent: async () => false,
    cardTries: async () => 3,
    readMyNumberCard: async (a) => a,
    staffSyncNow: async (pin) => {
      calls.push(`staff_sync_now:${pin}`);
      check(pin);
      const before = status({ queue_depth: depth });
      depth = 0n; // the worker delivers after the command has answered
      return before;
    },
    callStaff: async () => 'waiting',
    staffAssist: async () => ({ staff_id: 'sc_test' }),
    staffCallState: async () => 'none',
    endStaffCall: async () => undefined,
    printReceipt: vi.fn(async () => ({ printed: true, message: 'receipt-printed' })),
    printerState: async () => ({ message: 'staff-printer-none', args: {} }),
    officeClosed: async () => false,
    setScreenAsleep: async () => undefined,
    speak: async () => undefined,
    stopSpeaking: async () => undefined,
    spokenLog: async () => [],
  };
  return { p, calls };
}

function type(digits: string) {
  for (const d of digits) typePinDigit(d);
}

let calls: string[];

beforeEach(() => {
  const fake = fakePlatform();
  calls = fake.calls;
  usePlatform(fake.p);
  endStaff();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the PIN pad', () => {
  it('opens from the long press, takes 4 to 8 digits, and OK does nothing before 4', async () => {
    openPinPad();
    expect(staff.phase).toBe('pin');
    type('246');
    await submitPin();
    expect(calls).toEqual([]);
    type('8123456');
    expect(staff.digits).toBe('24681234');
    erasePinDigit();
    expect(staff.digits).toBe('2468123');
  });

  it('a wrong PIN shows staff-wrong-pin, clears the digits and keeps the pad open', async () => {
    openPinPad();
    type('1111');
    await submitPin();
    expect(staff.phase).toBe('pin');
    expect(staff.pinError?.code).toBe('staff-wrong-pin');
    expect(staff.digits).toBe('');
    expect(holdsPin()).toBe(false);
    typePinDigit('2');
    expect(staff.pinError).toBeNull();
  });

  it('a locked staff mode says how many minutes to wait, in the visitor language picked', async () => {
    const fake = fakePlatform();
    usePlatform({
      ...fake.p,
      staffStatus: async () => {
        throw { code: 'staff-locked', args: { minutes: '4' } };
      },
    });
    setLanguage('ja');
    openPinPad();
    type(PIN);
    await submitPin();
    expect(staff.phase).toBe('pin');
    expect(holdsPin()).toBe(false);
    expect(staff.pinError).toEqual({ code: 'staff-locked', args: { minutes: '4' } });
    const error = staff.pinError ?? { code: '', args: {} };
    expect(commandErrorText(error)).toContain('あと 4 分お待ちください');
    setLanguage('en');
    expect(commandErrorText(error)).toContain('wait 4 min.');
  });

  it('やめる closes the pad and keeps nothing', () => {
    openPinPad();
    type('2468');
    cancelPinPad();
    expect(staff.phase).toBe('closed');
    expect(staff.digits).toBe('');
  });

  it('the right PIN opens the staff screen with the status, and clears what a visitor left', async () => {
    setLanguageTo('en');
    start();
    session.consented = true;
    session.application.basic.family_name = '山田';
    session.nav = { screen: 'attract', editing: false }; // 戻る all the way back

    openPinPad();
    type(PIN);
    await submitPin();
    expect(staff.phase).toBe('open');
    expect(staff.status?.queue_depth).toBe(2n);
    expect(staff.digits).toBe('');
    expect(holdsPin()).toBe(true);
    expect(session.application.basic.family_name).toBe('');
    expect(session.consented).toBe(false);
    expect(session.language).toBe('en'); // not personal: staff keep the language they picked
    expect(calls).not.toContain('wipe_session');
  });
});

describe('the staff screen', () => {
  async function openWithPin() {
    openPinPad();
    type(PIN);
    await submitPin();
    calls.length = 0;
  }

  it('更新 reads the status again with the held PIN', async () => {
    await openWithPin();
    await refreshStaff();
    expect(calls).toEqual([`staff_status:${PIN}`]);
  });

  it('今すぐ送信 asks the shell to send, then reads the status again shortly after', async () => {
    vi.useFakeTimers();
    await openWithPin();
    await syncNow();
    expect(calls).toEqual([`staff_sync_now:${PIN}`]);
    expect(staff.syncRequested).toBe(true);
    expect(staff.status?.queue_depth).toBe(2n);
    await vi.advanceTimersByTimeAsync(SYNC_FOLLOW_UP_MS);
    expect(calls).toEqual([`staff_sync_now:${PIN}`, `staff_status:${PIN}`]);
    expect(staff.status?.queue_depth).toBe(0n);
    expect(staff.syncRequested).toBe(false);
  });

  it('閉じる forgets the PIN and the status and ends the session', async () => {
    await openWithPin();
    await closeStaff();
    expect(staff.phase).toBe('closed');
    expect(staff.status).toBeNull();
    expect(holdsPin()).toBe(false);
    expect(calls).toEqual(['wipe_session']);
    expect(session.nav.screen).toBe('attract');
  });

  it('a follow-up read still pending when staff mode closes never runs', async () => {
    vi.useFakeTimers();
    await openWithPin();
    await syncNow();
    await closeStaff();
    calls.length = 0;
    await vi.advanceTimersByTimeAsync(SYNC_FOLLOW_UP_MS * 2);
    expect(calls).toEqual([]);
  });

  it('does nothing once closed (no PIN to send)', async () => {
    await openWithPin();
    endStaff();
    await refreshStaff();
    await syncNow();
    expect(calls).toEqual([]);
  });
});

function setLanguageTo(lang: 'en') {
  setLanguage(lang);
}
