// Staff beside the visitor: 「係員を呼ぶ」 (the visitor's call for staff, as the screen shows
// it) and the assist layer that a member of staff opens with their own code over the visitor's
// form, which stays as it is.
//
// The shell keeps the call and carries it to the counter (offline, it keeps trying); this module
// only asks the shell where the call stands, every POLL_MS while one is open, until staff have
// answered. Nothing of the visitor's goes with the call: the shell sends the kiosk's place and
// the screen's name. A reset (the visitor leaving, staff mode opening) ends the call here and in
// the shell.

import type { CommandError } from '../generated/CommandError';
import type { StaffCallState } from '../generated/StaffCallState';
import { platform } from '../platform';
import { toCommandError } from '../platform/transport';
import { eraseDigit, pinComplete, pressDigit } from './pin';

export const POLL_MS = 2000;

class Call {
  state = $state<StaffCallState>('none');
  /** The notice is on screen (closing it keeps the call). */
  shown = $state(false);
}

export const call = new Call();

let timer: ReturnType<typeof setInterval> | null = null;

function stopPolling(): void {
  if (timer !== null) clearInterval(timer);
  timer = null;
}

async function refresh(): Promise<void> {
  try {
    call.state = await platform().staffCallState();
  } catch {
    // The shell always answers; a failure leaves the last state on screen.
  }
  if (call.state === 'acknowledged' || call.state === 'none') stopPolling();
}

/** The button: calls staff from `screen` and shows the notice. */
export async function callStaff(screen: string): Promise<void> {
  call.shown = true;
  try {
    call.state = await platform().callStaff(screen);
  } catch {
    call.state = 'waiting';
  }
  if (timer === null && call.state !== 'acknowledged') {
    timer = setInterval(() => void refresh(), POLL_MS);
  }
}

export function hideCall(): void {
  call.shown = false;
}

/** `closed`; `code`: the code pad is open; `open`: the assist layer is over the form. */
export type AssistPhase = 'closed' | 'code' | 'open';

class Assist {
  phase = $state<AssistPhase>('closed');
  /** Digits typed on the pad; only their count is shown. */
  digits = $state('');
  error = $state<CommandError | null>(null);
  busy = $state(false);
  /** The field whose explanation is shown, if any. */
  explained = $state<string | null>(null);
}

export const assist = new Assist();

/** 係員の操作: the code pad. */
export function openAssistPad(): void {
  call.shown = false;
  assist.digits = '';
  assist.error = null;
  assist.phase = 'code';
}

export function typeAssistDigit(d: string): void {
  assist.digits = pressDigit(assist.digits, d);
}

export function eraseAssistDigit(): void {
  assist.digits = eraseDigit(assist.digits);
}

export function cancelAssistPad(): void {
  assist.digits = '';
  assist.error = null;
  assist.phase = 'closed';
}

/** OK on the pad: the shell checks the code; the layer opens over the form. */
export async function submitAssistCode(): Promise<void> {
  if (!pinComplete(assist.digits) || assist.busy) return;
  assist.busy = true;
  const code = assist.digits;
  assist.digits = '';
  try {
    await platform().staffAssist(code);
    assist.error = null;
    assist.phase = 'open';
  } catch (e) {
    assist.error = toCommandError(e);
  } finally {
    assist.busy = false;
  }
}

/** お客様に戻す: the layer closes; the form is where staff left it. */
export function handBack(): void {
  assist.explained = null;
  assist.phase = 'closed';
}

/** The visitor has gone: the call ends on screen and in the shell, and any assist with it. */
export function endCall(): void {
  cancelAssistPad();
  assist.explained = null;
  stopPolling();
  const open = call.state !== 'none';
  call.state = 'none';
  call.shown = false;
  if (open) void platform().endStaffCall().catch(() => undefined);
}
