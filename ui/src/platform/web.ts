// The transport in a plain browser (headless end-to-end tests, a future server): the same
// command name and JSON arguments, POSTed to `<origin>/kiosk-api/<command>`.
//
// Contract for the server: 2xx with a JSON body (or an empty body / 204 for commands returning
// nothing) on success; on failure any 4xx/5xx whose JSON body is a CommandError `{code, args}`.
// A body that is not a CommandError becomes `error-unexpected` (with the HTTP status as `status`);
// a failed connection becomes `error-unreachable`.

import type { Transport } from './transport';
import { ERROR_UNEXPECTED, commandError, isCommandError, toCommandError } from './transport';

export function webTransport(
  base: string = globalThis.location?.origin ?? '',
  fetchImpl: typeof fetch = (...a) => globalThis.fetch(...a),
): Transport {
  return async (command, args) => {
    let response: Response;
    try {
      response = await fetchImpl(`${base}/kiosk-api/${encodeURIComponent(command)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(args),
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (e) {
      throw toCommandError(e instanceof TypeError ? e : new TypeError('fetch failed'));
    }
    const text = await response.text().catch(() => '');
    let body: unknown = null;
    let parsed = text.trim() === '';
    if (!parsed) {
      try {
        body = JSON.parse(text);
        parsed = true;
      } catch {
        parsed = false;
      }
    }
    if (response.ok) {
      if (!parsed) throw commandError(ERROR_UNEXPECTED, { status: String(response.status) });
      return body;
    }
    if (parsed && isCommandError(body)) throw toCommandError(body);
    throw commandError(ERROR_UNEXPECTED, { status: String(response.status) });
  };
}
