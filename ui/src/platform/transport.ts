// How a command reaches the shell, and how every failure becomes a `CommandError`.
//
// Both transports (Tauri IPC, HTTP) reject with the same shape, so screens handle one kind of
// error: a Fluent id plus arguments. Anything that is not already such an object (a Tauri
// "command not found" string, a network failure, a 500 with an HTML body) becomes one of the
// kiosk's own codes below, whose texts in kiosk.ftl tell the visitor to ask staff.

import type { CommandError } from '../generated/CommandError';

/** Sends one command with its (camelCase) arguments and resolves with the decoded result. */
export type Transport = (command: string, args: Record<string, unknown>) => Promise<unknown>;

/** The shell could not be reached (no server, connection refused). */
export const ERROR_UNREACHABLE = 'error-unreachable';
/** The shell answered with something that is not a CommandError. */
export const ERROR_UNEXPECTED = 'error-unexpected';

export function commandError(code: string, args: Record<string, string> = {}): CommandError {
  return { code, args };
}

/** True for a value shaped like a `CommandError` (a string `code`; `args` optional). */
export function isCommandError(value: unknown): value is CommandError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    (value as { code: string }).code.length > 0
  );
}

/**
 * Maps whatever a transport threw to a `CommandError`. Arguments are kept only when every value
 * is a string or number (Fluent arguments); anything else is dropped rather than shown.
 */
export function toCommandError(thrown: unknown): CommandError {
  if (isCommandError(thrown)) {
    const args: Record<string, string> = {};
    const raw = (thrown as { args?: unknown }).args;
    if (typeof raw === 'object' && raw !== null) {
      for (const [k, v] of Object.entries(raw)) {
        if (typeof v === 'string' || typeof v === 'number') args[k] = String(v);
      }
    }
    return { code: thrown.code, args };
  }
  if (typeof thrown === 'string') {
    // Tauri serialises a Rust error that is a plain string (or its own failures) as a string.
    // A string holding a JSON CommandError is accepted; prose is never passed to the screen.
    try {
      const parsed: unknown = JSON.parse(thrown);
      if (isCommandError(parsed)) return toCommandError(parsed);
    } catch {
      // not JSON: fall through
    }
    return commandError(ERROR_UNEXPECTED);
  }
  if (thrown instanceof TypeError) {
    // fetch() rejects with a TypeError when the server cannot be reached.
    return commandError(ERROR_UNREACHABLE);
  }
  return commandError(ERROR_UNEXPECTED);
}
