import type { KioskInfo } from '../generated/KioskInfo';
import { describe, expect, it, vi } from 'vitest';
import { emptyApplication } from '../lib/application';
import { platformOver } from './index';
import { ERROR_UNEXPECTED, ERROR_UNREACHABLE, toCommandError } from './transport';
import { webTransport } from './web';

vi.mock('@tauri-apps/api/core', () => ({
  invoke: vi.fn(),
}));

function fakeFetch(status: number, body: string) {
  return vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => new Response(body === '' ? null : body, { status }));
}

describe('command errors', () => {
  it('keeps a CommandError as it is, with string arguments', () => {
    expect(toCommandError({ code: 'check-postcode-unknown', args: { postcode: '1000001' } })).toEqual({
      code: 'check-postcode-unknown',
      args: { postcode: '1000001' },
    });
  });
  it('turns numeric arguments into strings and drops others', () => {
    expect(toCommandError({ code: 'x', args: { n: 3, o: { a: 1 } } })).toEqual({ code: 'x', args: { n: '3' } });
  });
  it('accepts a CommandError without args', () => {
    expect(toCommandError({ code: 'submit-invalid' })).toEqual({ code: 'submit-invalid', args: {} });
  });
  it('accepts a JSON string holding a CommandError', () => {
    expect(toCommandError('{"code":"submit-storage-failed","args":{}}')).toEqual({ code: 'submit-storage-failed', args: {} });
  });
  it('never passes prose on: a plain string becomes error-unexpected', () => {
    expect(toCommandError('command check_step not found')).toEqual({ code: ERROR_UNEXPECTED, args: {} });
  });
  it('maps a network failure to error-unreachable', () => {
    expect(toCommandError(new TypeError('Failed to fetch'))).toEqual({ code: ERROR_UNREACHABLE, args: {} });
  });
  it('maps anything else to error-unexpected', () => {
    expect(toCommandError(undefined).code).toBe(ERROR_UNEXPECTED);
    expect(toCommandError(new Error('boom')).code).toBe(ERROR_UNEXPECTED);
    expect(toCommandError({ code: '' }).code).toBe(ERROR_UNEXPECTED);
  });
});

describe('web transport', () => {
  it('POSTs the command name and JSON args to /kiosk-api/<command>', async () => {
    const f = fakeFetch(200, '{"postcode":"1000001","addresses":[]}');
    const p = platformOver(webTransport('http://kiosk.test', f));
    await expect(p.lookupPostcode('100-0001')).resolves.toEqual({ postcode: '1000001', addresses: [] });
    const [url, init] = f.mock.calls[0];
    expect(url).toBe('http://kiosk.test/kiosk-api/lookup_postcode');
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual({ input: '100-0001' });
    expect(init?.credentials).toBe('omit');
  });

  it('resolves commands without a result on an empty body', async () => {
    const p = platformOver(webTransport('', fakeFetch(204, '')));
    await expect(p.wipeSession()).resolves.toBeUndefined();
  });

  it('rejects with the CommandError in an error response', async () => {
    const p = platformOver(webTransport('', fakeFetch(422, '{"code":"check-postcode-unknown","args":{}}')));
    await expect(p.lookupPostcode('9999999')).rejects.toEqual({ code: 'check-postcode-unknown', args: {} });
  });

  it('rejects with error-unexpected (and the status) when the body is not a CommandError', async () => {
    const p = platformOver(webTransport('', fakeFetch(500, '<html>oops</html>')));
    await expect(p.kioskInfo()).rejects.toEqual({ code: ERROR_UNEXPECTED, args: { status: '500' } });
  });

  it('rejects with error-unexpected when a success body is not JSON', async () => {
    const p = platformOver(webTransport('', fakeFetch(200, 'not json')));
    await expect(p.kioskInfo()).rejects.toEqual({ code: ERROR_UNEXPECTED, args: { status: '200' } });
  });

  it('sends the staff PIN in the body only, never in the address', async () => {
    const status = {
      kiosk_id: 'k1', office_code: '13010', version: '0.1.0', enrolled: true, server_url: 'https://hw.test',
      queue_depth: 2, refused: 0, last_success: null, last_error: null,
    };
    const f = fakeFetch(200, JSON.stringify(status));
    const p = platformOver(webTransport('http://kiosk.test', f));
    await expect(p.staffStatus('13579')).resolves.toEqual(status);
    await expect(p.staffSyncNow('13579')).resolves.toEqual(status);
    const urls = f.mock.calls.map(([url]) => String(url));
    expect(urls).toEqual(['http://kiosk.test/kiosk-api/staff_status', 'http://kiosk.test/kiosk-api/staff_sync_now']);
    expect(urls.join(' ')).not.toContain('13579');
    for (const [, init] of f.mock.calls) {
      expect(JSON.parse(String(init?.body))).toEqual({ pin: '13579' });
      expect(init?.cache).toBe('no-store');
    }
  });

  it('rejects a wrong staff PIN with staff-wrong-pin', async () => {
    const p = platformOver(webTransport('', fakeFetch(403, '{"code":"staff-wrong-pin","args":{}}')));
    await expect(p.staffStatus('0000')).rejects.toEqual({ code: 'staff-wrong-pin', args: {} });
    const q = platformOver(webTransport('', fakeFetch(403, '{"code":"staff-disabled","args":{}}')));
    await expect(q.staffSyncNow('0000')).rejects.toEqual({ code: 'staff-disabled', args: {} });
  });

  it('rejects with error-unreachable when there is no server', async () => {
    const f = vi.fn(async () => {
      throw new TypeError('fetch failed');
    });
    const p = platformOver(webTransport('', f));
    await expect(p.kioskInfo()).rejects.toEqual({ code: ERROR_UNREACHABLE, args: {} });
  });
});

describe('the kiosk info the shell hands to the page', () => {
  it('is answered without asking the shell, and asked for without it', async () => {
    const info: KioskInfo = {
      kiosk_id: 'k-1',
      office_code: '13010',
      office_name: 'ハローワーク窓口',
      languages: ['ja', 'en'],
      idle_seconds: 90,
      countdown_seconds: 30,
      done_seconds: 30,
      ready: true,
      printer: false,
      sleep_after_seconds: null,
    };
    const asked: string[] = [];
    const send = async (command: string) => {
      asked.push(command);
      return info;
    };
    expect(await platformOver(send, info).kioskInfo()).toBe(info);
    expect(asked).toEqual([]);
    expect(await platformOver(send).kioskInfo()).toEqual(info);
    expect(asked).toEqual(['kiosk_info']);
  });
});

describe('command names and argument shapes', () => {
  it('match the Rust commands', async () => {
    const calls: [string, Record<string, unknown>][] = [];
    const p = platformOver(async (command, args) => {
      calls.push([command, args]);
      return null;
    });
    const application = emptyApplication('en');
    await p.kioskInfo();
    await p.checkStep(application, 'desired-work');
    await p.checkAll(application);
    await p.lookupPostcode('1000001');
    await p.occupationGroups();
    await p.searchOccupations('カイゴ');
    await p.searchLicences('かいご');
    await p.submitApplication(application);
    await p.recordSurvey('AB3K7Q', 4, 'quick');
    await p.wipeSession();
    const start = { script_ms: 40, evaluated_ms: 60, mounted_ms: 75, info_ms: 80, painted_ms: 96 };
    await p.uiReady(start);
    await p.staffStatus('2468');
    await p.staffSyncNow('2468');
    expect(calls).toEqual([
      ['kiosk_info', {}],
      ['check_step', { application, step: 'desired-work' }],
      ['check_all', { application }],
      ['lookup_postcode', { input: '1000001' }],
      ['occupation_groups', {}],
      ['search_occupations', { query: 'カイゴ' }],
      ['search_licences', { query: 'かいご' }],
      ['submit_application', { application }],
      ['record_survey', { receipt: 'AB3K7Q', score: 4, reason: 'quick' }],
      ['wipe_session', {}],
      ['ui_ready', { start }],
      ['staff_status', { pin: '2468' }],
      ['staff_sync_now', { pin: '2468' }],
    ]);
  });
});

describe('tauri transport', () => {
  it('calls invoke and maps its rejection to a CommandError', async () => {
    const core = await import('@tauri-apps/api/core');
    const invoke = vi.mocked(core.invoke);
    const { tauriTransport } = await import('./tauri');

    invoke.mockResolvedValueOnce({ receipt: 'AB3K7Q' });
    await expect(tauriTransport('submit_application', { application: 1 })).resolves.toEqual({ receipt: 'AB3K7Q' });
    expect(invoke).toHaveBeenCalledWith('submit_application', { application: 1 });

    invoke.mockRejectedValueOnce({ code: 'submit-storage-failed', args: {} });
    await expect(tauriTransport('submit_application', {})).rejects.toEqual({ code: 'submit-storage-failed', args: {} });

    invoke.mockRejectedValueOnce('Command submit_application not found');
    await expect(tauriTransport('submit_application', {})).rejects.toEqual({ code: ERROR_UNEXPECTED, args: {} });
  });

  it('carries the staff commands and their PIN errors', async () => {
    const core = await import('@tauri-apps/api/core');
    const invoke = vi.mocked(core.invoke);
    const { tauriTransport } = await import('./tauri');
    const p = platformOver(tauriTransport);

    invoke.mockResolvedValueOnce({ kiosk_id: 'k1', queue_depth: 0 });
    await expect(p.staffStatus('2468')).resolves.toEqual({ kiosk_id: 'k1', queue_depth: 0 });
    expect(invoke).toHaveBeenLastCalledWith('staff_status', { pin: '2468' });

    invoke.mockResolvedValueOnce({ kiosk_id: 'k1', queue_depth: 3 });
    await expect(p.staffSyncNow('2468')).resolves.toEqual({ kiosk_id: 'k1', queue_depth: 3 });
    expect(invoke).toHaveBeenLastCalledWith('staff_sync_now', { pin: '2468' });

    invoke.mockRejectedValueOnce({ code: 'staff-wrong-pin', args: {} });
    await expect(p.staffStatus('1111')).rejects.toEqual({ code: 'staff-wrong-pin', args: {} });
    invoke.mockRejectedValueOnce({ code: 'staff-disabled', args: {} });
    await expect(p.staffSyncNow('1111')).rejects.toEqual({ code: 'staff-disabled', args: {} });
  });
});
