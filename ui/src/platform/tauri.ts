// The transport inside the Tauri shell: the only file that imports @tauri-apps/api.

import { invoke } from '@tauri-apps/api/core';
import type { KioskInfo } from '../generated/KioskInfo';
import type { Transport } from './transport';
import { toCommandError } from './transport';

export const tauriTransport: Transport = async (command, args) => {
  try {
    return await invoke(command, args);
  } catch (e) {
    throw toCommandError(e);
  }
};

/** The kiosk's info as the shell handed it to this page before it ran (`window::info_script`:
 *  fixed for the shell's life), so the first screen needs no round trip; `null` without it. */
export function givenKioskInfo(): KioskInfo | null {
  const given = (globalThis as { __MADOGUCHI_KIOSK_INFO__?: KioskInfo }).__MADOGUCHI_KIOSK_INFO__;
  return given ?? null;
}
