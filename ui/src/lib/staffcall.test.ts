// 係員を呼ぶ over a fake shell: the call is made from the screen, asked after until staff
// answer, and ended (in the shell too) when the visitor leaves.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StaffCallState } from '../generated/StaffCallState';
import type { Platform } from '../platform';
import { usePlatform } from '../platform';
import {
  assist,
  call,
  callStaff,
  endCall,
  handBack,
  hideCall,
  openAssistPad,
  POLL_MS,
  submitAssistCode,
  typeAssistDigit,
} from './staffcall.svelte';

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

describe('the assist layer', () => {
  afterEach(() => endCall());

  function shellWithCode(right: string) {
    const typed: string[] = [];
    usePlatform({
      staffAssist: async (code: string) => {
        typed.push(code);
        if (code !== right) throw { code: 'staff-wrong-pin', args: { 'tries-left': '4' } };
        return { staff_id: 'sc_yamada' };
      },
      endStaffCall: async () => undefined,
    } as unknown as Platform);
    return typed;
  }

  it('opens with the right code, forgets the digits, and hands back', async () => {
    const typed = shellWithCode('12345678');
    openAssistPad();
    expect(assist.phase).toBe('code');
    for (const d of '12345678') typeAssistDigit(d);
    typeAssistDigit('9'); // a ninth digit is ignored
    await submitAssistCode();
    expect(typed).toEqual(['12345678']);
    expect(assist.phase).toBe('open');
    expect(assist.digits).toBe('');
    handBack();
    expect(assist.phase).toBe('closed');
  });

  it('a wrong code keeps the pad with the shell\'s error; the visitor leaving closes it', async () => {
    shellWithCode('12345678');
    openAssistPad();
    for (const d of '0000') typeAssistDigit(d);
    await submitAssistCode();
    expect(assist.phase).toBe('code');
    expect(assist.error?.code).toBe('staff-wrong-pin');
    endCall();
    expect(assist.phase).toBe('closed');
    expect(assist.error).toBeNull();
  });
});
