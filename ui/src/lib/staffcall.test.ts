// 係員を呼ぶ over a fake shell: the call is made from the screen, asked after until staff
// answer, and ended (in the shell too) when the visitor leaves.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StaffCallState } from '../generated/StaffCallState';
import type { Platform } from '../platform';
import { usePlatform } from '../platform';
import { call, callStaff, endCall, hideCall, POLL_MS } from './staffcall.svelte';

function shell(answers: StaffCallState[]) {
  const calls: string[] = [];
  const p = {
    callStaff: async (screen: string) => {
      calls.push(`call_staff:${screen}`);
      return 'sent' as StaffCallState;
    },
    staffCallState: async () => {
      calls.push('staff_call_state');
      return answers.shift() ?? 'acknowledged';
    },
    endStaffCall: async () => {
      calls.push('end_staff_call');
    },
  } as unknown as Platform;
  usePlatform(p);
  return calls;
}

describe('係員を呼ぶ', () => {
  afterEach(() => {
    vi.useRealTimers();
    endCall();
  });

  it('asks after the call until staff answer, then stops', async () => {
    vi.useFakeTimers();
    const calls = shell(['sent', 'acknowledged']);
    await callStaff('contact');
    expect(call.state).toBe('sent');
    expect(call.shown).toBe(true);
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(call.state).toBe('sent');
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(call.state).toBe('acknowledged');
    await vi.advanceTimersByTimeAsync(POLL_MS * 3);
    expect(calls).toEqual(['call_staff:contact', 'staff_call_state', 'staff_call_state']);
  });

  it('closing the notice keeps the call; the visitor leaving ends it in the shell', async () => {
    vi.useFakeTimers();
    const calls = shell(['sent']);
    await callStaff('basic');
    hideCall();
    expect(call.shown).toBe(false);
    expect(call.state).toBe('sent');
    endCall();
    expect(call.state).toBe('none');
    await vi.advanceTimersByTimeAsync(POLL_MS * 2);
    expect(calls).toEqual(['call_staff:basic', 'end_staff_call']);
  });

  it('a shell that cannot be asked leaves the visitor told to ask staff nearby', async () => {
    usePlatform({
      callStaff: async () => {
        throw { code: 'call-screen-invalid', args: {} };
      },
      endStaffCall: async () => undefined,
    } as unknown as Platform);
    await callStaff('review');
    expect(call.state).toBe('waiting');
  });
});
