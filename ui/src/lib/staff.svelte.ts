// Staff mode: a long press on the office name, a PIN, then the kiosk's delivery health.
//
// Privacy and safety promises:
// - Staff mode shows no visitor data: the visitor's state is cleared in memory when it opens.
// - The PIN lives only in this module's memory, only while the staff screen is open, and is
//   dropped on 閉じる and when the idle timer ends the session (`closeStaff`). It is never put in
//   the DOM (the pad shows dots), in storage, or in a log.
// - Closing ends a session like any other: the visitor state is wiped and the shell clears the
//   webview.

import type { CommandError } from '../generated/CommandError';
import type { StaffStatus } from '../generated/StaffStatus';
import { platform } from '../platform';
import { toCommandError } from '../platform/transport';
import { hideKeyboard } from './keyboard.svelte';
import { eraseDigit, pinComplete, pressDigit } from './pin';
import { clearVisitor, session, setLanguage, wipe } from './session.svelte';

/** `closed`: not in staff mode; `pin`: the PIN pad is open; `open`: the staff screen. */
export type StaffPhase = 'closed' | 'pin' | 'open';

/** After 今すぐ送信, the status is read again this much later (the worker sends meanwhile). */
export const SYNC_FOLLOW_UP_MS = 2000;

class Staff {
  phase = $state<StaffPhase>('closed');
  /** Digits typed on the pad; only their count is ever shown. */
  digits = $state('');
  /** Why the last PIN was not accepted (`staff-wrong-pin`, `staff-disabled`, …). */
  pinError = $state<CommandError | null>(null);
  status = $state<StaffStatus | null>(null);
  /** When `status` was read (RFC 3339), shown as 「更新：…」. */
  readAt = $state<string | null>(null);
  /** Why the last refresh or 今すぐ送信 failed. */
  error = $state<CommandError | null>(null);
  busy = $state(false);
  /** Set by 今すぐ送信 until the status has been read again. */
  syncRequested = $state(false);
}

export const staff = new Staff();

/** The accepted PIN, held only while the staff screen is open. Not reactive: never rendered. */
let pin: string | null = null;
let followUp: ReturnType<typeof setTimeout> | null = null;

function cancelFollowUp(): void {
  if (followUp !== null) clearTimeout(followUp);
  followUp = null;
}

/** The long press fired: open the PIN pad (from the attract or 準備中 screen). */
export function openPinPad(): void {
  if (staff.phase !== 'closed') return;
  hideKeyboard();
  staff.digits = '';
  staff.pinError = null;
  staff.phase = 'pin';
}

export function typePinDigit(digit: string): void {
  if (staff.phase !== 'pin' || staff.busy) return;
  staff.digits = pressDigit(staff.digits, digit);
  staff.pinError = null;
}

export function erasePinDigit(): void {
  if (staff.phase !== 'pin' || staff.busy) return;
  staff.digits = eraseDigit(staff.digits);
}

/** やめる on the pad: back to where the long press was, nothing kept. */
export function cancelPinPad(): void {
  if (staff.phase !== 'pin') return;
  staff.digits = '';
  staff.pinError = null;
  staff.phase = 'closed';
}

/** OK on the pad: the shell checks the PIN; on success the staff screen opens. */
export async function submitPin(): Promise<void> {
  if (staff.phase !== 'pin' || staff.busy || !pinComplete(staff.digits)) return;
  const typed = staff.digits;
  staff.busy = true;
  try {
    const status = await platform().staffStatus(typed);
    if (staff.phase !== 'pin') return; // closed (idle) while the shell was answering
    // The language, text size and colours are not personal: staff keep what they picked.
    const { language, textSize, theme } = session;
    clearVisitor();
    setLanguage(language);
    session.textSize = textSize;
    session.theme = theme;
    pin = typed;
    staff.status = status;
    staff.readAt = new Date().toISOString();
    staff.error = null;
    staff.syncRequested = false;
    staff.phase = 'open';
  } catch (e) {
    staff.pinError = toCommandError(e);
  } finally {
    staff.digits = '';
    staff.busy = false;
  }
}

async function read(call: (pin: string) => Promise<StaffStatus>): Promise<boolean> {
  const held = pin;
  if (staff.phase !== 'open' || held === null) return false;
  staff.busy = true;
  try {
    const status = await call(held);
    if (pin !== held || staff.phase !== 'open') return false;
    staff.status = status;
    staff.readAt = new Date().toISOString();
    staff.error = null;
    return true;
  } catch (e) {
    if (pin === held) staff.error = toCommandError(e);
    return false;
  } finally {
    staff.busy = false;
  }
}

/** 更新. */
export async function refreshStaff(): Promise<void> {
  if (staff.busy) return;
  cancelFollowUp();
  staff.syncRequested = false;
  await read((p) => platform().staffStatus(p));
}

/** 今すぐ送信: wakes the delivery worker, shows the status, and reads it again shortly after. */
export async function syncNow(): Promise<void> {
  if (staff.busy) return;
  cancelFollowUp();
  const ok = await read((p) => platform().staffSyncNow(p));
  if (!ok) return;
  staff.syncRequested = true;
  followUp = setTimeout(() => {
    followUp = null;
    if (staff.busy) return;
    void read((p) => platform().staffStatus(p)).then((fresh) => {
      if (fresh) staff.syncRequested = false;
    });
  }, SYNC_FOLLOW_UP_MS);
}

/** Forgets everything staff mode held (PIN, status), in memory. */
export function endStaff(): void {
  cancelFollowUp();
  pin = null;
  staff.phase = 'closed';
  staff.digits = '';
  staff.pinError = null;
  staff.status = null;
  staff.readAt = null;
  staff.error = null;
  staff.busy = false;
  staff.syncRequested = false;
}

/** 閉じる, and the idle timer: staff mode ends like any session, back to the attract screen. */
export async function closeStaff(): Promise<void> {
  endStaff();
  await wipe();
}

/** True while the PIN is held (for tests: it must be gone after close and idle). */
export function holdsPin(): boolean {
  return pin !== null;
}
