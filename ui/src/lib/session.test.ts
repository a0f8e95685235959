// The visitor's way through the session module, over a fake platform: checks, warnings,
// review-edit-return, submit, survey and wipe.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadEveryLanguage } from './locales';
import type { Application } from '../generated/Application';
import type { Finding } from '../generated/Finding';
import type { Platform } from '../platform';
import { usePlatform } from '../platform';
import type { Step } from '../platform/types';
import { osk } from './keyboard.svelte';
import { back, editStep, finish, next, occupationName, session, setLanguage, start, submit, wipe } from './session.svelte';

// Every language's text: the kiosk fetches the others after its first paint.
beforeAll(loadEveryLanguage);

type Rule = (app: Application, step: Step | 'all') => Finding[];

function fakePlatform(rule: Rule) {
  const calls: string[] = [];
  const p: Platform = {
    kioskInfo: async () => ({
      kiosk_id: 'k', office_code: '13010', office_name: 'テスト', languages: ['ja', 'ja-easy', 'en'],
      idle_seconds: 90, countdown_seconds: 30, done_seconds: 60, ready: true, printer: false, sleep_after_seconds: null,
    }),
    checkStep: async (application, step) => {
      calls.push(`check_step:${step}`);
      // Normalises like Rust would: hiragana → katakana in フリガナ.
      const normalised = structuredClone(application);
      normalised.basic.family_kana = normalised.basic.family_kana.replace(/[\u3041-\u3096]/g, (c) =>
        String.fromCharCode(c.charCodeAt(0) + 0x60),
      );
      return { application: normalised, findings: rule(normalised, step) };
    },
    checkAll: async (application) => {
      calls.push('check_all');
      return { application: structuredClone(application), findings: rule(application, 'all') };
    },
    lookupPostcode: async () => ({ postcode: '1000001', addresses: [] }),
    occupationGroups: async () => [],
    searchOccupations: async () => [],
    searchLicences: async () => [],
    submitApplication: async () => {
      calls.push('submit_application');
      return { receipt: 'AB3K7Q', continuation_url: 'https://x/c/t', qr_svg: '<svg/>' };
    },
    recordSurvey: vi.fn(async () => undefined),
    wipeSession: vi.fn(async () => undefined),
    uiReady: async () => undefined,
    staffStatus: async () => {
      throw { code: 'staff-disabled', args: {} };
    },
    recogniseHandwriting: async () => [],
    convertReading: async () => null,
    nameReadings: async () => [],
    kanjiVariants: async () => [],
    cardReaderPresent: async () => false,
    cardTries: async () => 3,
    readMyNumberCard: async (a) => a,
    staffSyncNow: async () => {
      throw { code: 'staff-disabled', args: {} };
    },
    callStaff: async () => 'waiting',
    staffAssist: async () => ({ staff_id: 'sc_test' }),
    staffCallState: async () => 'none',
    endStaffCall: async () => undefined,
    printReceipt: vi.fn(async () => ({ printed: true, message: 'receipt-printed' })),
    printerState: async () => ({ message: 'staff-printer-none', args: {} }),
    officeClosed: async () => false,
    setScreenAsleep: async () => undefined,
    speak: async () => undefined,
    stopSpeaking: async () => undefined,
    spokenLog: async () => [],
  };
  return { p, calls };
}

const noFindings: Rule = () => [];

async function walkTo(screen: string) {
  start();
  session.consented = true;
  while (session.nav.screen !== screen) {
    const before = session.nav.screen;
    await next();
    if (session.nav.screen === before) throw new Error(`stuck on ${before}`);
  }
}

beforeEach(async () => {
  usePlatform(fakePlatform(noFindings).p);
  await wipe();
});

describe('session flow', () => {
  it('walks from the consent to My Page, one check per form screen', async () => {
    const { p, calls } = fakePlatform(noFindings);
    usePlatform(p);
    await walkTo('my-page');
    expect(calls.filter((c) => c.startsWith('check_step'))).toEqual([
      'check_step:basic', 'check_step:contact', 'check_step:disclosure', 'check_step:desired-work',
      'check_step:situation', 'check_step:education', 'check_step:work-history', 'check_step:disability',
      'check_step:self-pr',
    ]);
  });

  it('replaces the form with the normalised application', async () => {
    await walkTo('basic');
    session.application.basic.family_kana = 'やまだ';
    await next();
    expect(session.application.basic.family_kana).toBe('ヤマダ');
  });

  it('a red finding keeps the visitor on the screen and shows it', async () => {
    usePlatform(fakePlatform((app, step) =>
      step === 'basic' && app.basic.family_name === ''
        ? [{ field: 'basic.family_name', severity: 'error', message: 'check-family-name-required', args: {} }]
        : [],
    ).p);
    await walkTo('basic');
    expect(await next()).toBe(false);
    expect(session.nav.screen).toBe('basic');
    expect(session.findings.map((f) => f.field)).toEqual(['basic.family_name']);
    session.application.basic.family_name = '山田';
    expect(await next()).toBe(true);
    expect(session.nav.screen).toBe('contact');
    expect(session.findings).toEqual([]);
  });

  it('an orange finding is confirmed by pressing 次へ again', async () => {
    const { p } = fakePlatform((_app, step) =>
      step === 'basic' ? [{ field: 'basic.birth_date', severity: 'warning', message: 'check-birth-date-old', args: {} }] : [],
    );
    usePlatform(p);
    await walkTo('basic');
    expect(await next()).toBe(false);
    expect(session.findings).toHaveLength(1);
    expect(await next()).toBe(true);
    expect(session.application.confirmed_warnings).toEqual(['basic.birth_date:check-birth-date-old']);
    expect(session.nav.screen).toBe('contact');
  });

  it('修正する from the review returns to the review with everything else intact', async () => {
    await walkTo('basic');
    session.application.basic.family_name = '山田';
    await walkTo('review');
    session.application.education.school_name = '第一高校';
    editStep('contact');
    expect(session.nav).toEqual({ screen: 'contact', editing: true });
    session.application.contact.phone = '0312345678';
    await next();
    expect(session.nav).toEqual({ screen: 'review', editing: false });
    expect(session.application.basic.family_name).toBe('山田');
    expect(session.application.education.school_name).toBe('第一高校');
    expect(session.application.contact.phone).toBe('0312345678');
  });

  it('戻る while editing returns to the review too', async () => {
    await walkTo('review');
    editStep('education');
    back();
    expect(session.nav.screen).toBe('review');
  });

  it('申し込む submits and shows the receipt; 終了 records the survey and wipes', async () => {
    const { p, calls } = fakePlatform(noFindings);
    usePlatform(p);
    setLanguage('en');
    // Free text starts on the language's keyboard (languages.tsv: en → latin).
    expect(osk.languageLayout).toBe('latin');
    session.textSize = 'xlarge';
    session.theme = 'contrast';
    session.reach = true;
    await walkTo('my-page');
    await submit();
    expect(calls.slice(-3)).toEqual(['check_step:my-page', 'check_all', 'submit_application']);
    expect(session.nav.screen).toBe('done');
    expect(session.submission?.receipt).toBe('AB3K7Q');
    session.surveyScore = 5;
    session.surveyReason = 'easy';
    await finish();
    expect(p.recordSurvey).toHaveBeenCalledWith('AB3K7Q', 5, 'easy');
    expect(p.wipeSession).toHaveBeenCalled();
    expect(session.nav.screen).toBe('attract');
    expect(session.language).toBe('ja');
    expect(osk.languageLayout).toBe('kana');
    expect(session.textSize).toBe('standard');
    expect(session.theme).toBe('standard');
    expect(session.reach).toBe(false);
    expect(session.submission).toBeNull();
    expect(session.application.basic.family_name).toBe('');
  });

  it('終了 takes the QR off the screen before the survey answer is even sent (issue 11)', async () => {
    const { p } = fakePlatform(noFindings);
    let release: () => void = () => undefined;
    let shownWhileSending: unknown = 'not sent';
    p.recordSurvey = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          shownWhileSending = session.submission;
          release = resolve;
        }),
    );
    usePlatform(p);
    await walkTo('my-page');
    await submit();
    expect(session.submission?.qr_svg).toBe('<svg/>');
    session.surveyScore = 3;
    const leaving = finish();
    // The survey is still on its way (a slow or dead link), and the QR is already gone.
    expect(session.submission).toBeNull();
    expect(shownWhileSending).toBeNull();
    release();
    await leaving;
    expect(p.recordSurvey).toHaveBeenCalledWith('AB3K7Q', 3, '');
    expect(session.nav.screen).toBe('attract');
  });

  it('an e-mail address for My Page is asked for on My Page, not at the review', async () => {
    // As core's checks do: the contact step takes an empty address; My Page (wanted by default)
    // needs one; check_all reports both steps.
    const myPageRule: Rule = (app, step) =>
      (step === 'my-page' || step === 'all') && app.my_page.wanted && app.contact.email === ''
        ? [{ field: 'contact.email', severity: 'error', message: 'check-email-required-for-my-page', args: {} }]
        : [];
    const { p, calls } = fakePlatform(myPageRule);
    usePlatform(p);
    await walkTo('contact');
    expect(session.application.contact.email).toBe('');
    await walkTo('review');
    await vi.waitFor(() => expect(calls).toContain('check_all'));
    await new Promise((r) => setTimeout(r, 0));
    // Nothing blocks the review's 次へ (Review.svelte disables it on a red review finding).
    expect(session.reviewFindings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(await next()).toBe(true);
    expect(session.nav.screen).toBe('my-page');
    expect(session.application.my_page.wanted).toBe(true);
    // 申し込む without an address: shown on My Page, at the e-mail field, and nothing is sent.
    await submit();
    expect(session.nav.screen).toBe('my-page');
    expect(session.findings.map((f) => f.message)).toEqual(['check-email-required-for-my-page']);
    expect(calls).not.toContain('submit_application');
    session.application.contact.email = 'taro@example.jp';
    await submit();
    expect(calls.at(-1)).toBe('submit_application');
    expect(session.nav.screen).toBe('done');
  });

  it('「今回は作らない」 needs no e-mail address', async () => {
    const { p, calls } = fakePlatform((app, step) =>
      (step === 'my-page' || step === 'all') && app.my_page.wanted && app.contact.email === ''
        ? [{ field: 'contact.email', severity: 'error', message: 'check-email-required-for-my-page', args: {} }]
        : [],
    );
    usePlatform(p);
    await walkTo('my-page');
    session.application.my_page.wanted = false;
    await submit();
    expect(calls.at(-1)).toBe('submit_application');
    expect(session.nav.screen).toBe('done');
  });

  it('a finding elsewhere at submit sends the visitor to the review', async () => {
    const { p, calls } = fakePlatform((_app, step) =>
      step === 'all' ? [{ field: 'contact.street', severity: 'error', message: 'check-street-required', args: {} }] : [],
    );
    usePlatform(p);
    await walkTo('my-page');
    await submit();
    expect(calls).not.toContain('submit_application');
    expect(session.nav.screen).toBe('review');
  });

  it('a storage failure at submit is shown and keeps the form', async () => {
    const { p } = fakePlatform(noFindings);
    p.submitApplication = async () => {
      throw { code: 'submit-storage-failed', args: {} };
    };
    usePlatform(p);
    await walkTo('basic');
    session.application.basic.family_name = '山田';
    await walkTo('my-page');
    await submit();
    expect(session.failure).toEqual({ code: 'submit-storage-failed', args: {} });
    expect(session.nav.screen).toBe('my-page');
    expect(session.application.basic.family_name).toBe('山田');
  });

  it('no survey answer, no survey record', async () => {
    const { p } = fakePlatform(noFindings);
    usePlatform(p);
    await walkTo('my-page');
    await submit();
    await finish();
    expect(p.recordSurvey).not.toHaveBeenCalled();
    expect(p.wipeSession).toHaveBeenCalled();
  });
});

describe('occupation names', () => {
  it('a group the locales do not name yet shows the replacement table\'s own name', () => {
    session.occupationGroups = [{ code: '01', middles: ['001', '990'], names: { '01': '管理的職業', '001': '役員', '990': '新しい職業' } }];
    expect(occupationName('990')).toBe('新しい職業');
    expect(occupationName('001')).not.toBe('役員');
    expect(occupationName('991')).toContain('991');
  });
});
