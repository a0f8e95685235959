// The transport inside the Tauri shell: the only file that imports @tauri-apps/api.

import { invoke } from '@tauri-apps/api/core';
import type { Transport } from './transport';
import { toCommandError } from './transport';

export const tauriTransport: Transport = async (command, args) => {
  try {
    return await invoke(command, args);
  } catch (e) {
    throw toCommandError(e);
  }
};
