// 「係員を呼ぶ」: the visitor's call for staff, as the screen shows it.
//
// The shell keeps the call and carries it to the counter (offline, it keeps trying); this module
// only asks the shell where the call stands, every POLL_MS while one is open, until staff have
// answered. Nothing of the visitor's goes with the call: the shell sends the kiosk's place and
// the screen's name. A reset (the visitor leaving, staff mode opening) ends the call here and in
// the shell.

import type { StaffCallState } from '../generated/StaffCallState';
import { platform } from '../platform';

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

/** The visitor has gone: the call ends on screen and in the shell. */
export function endCall(): void {
  stopPolling();
  const open = call.state !== 'none';
  call.state = 'none';
  call.shown = false;
  if (open) void platform().endStaffCall().catch(() => undefined);
}
