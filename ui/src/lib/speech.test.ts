// 音声案内 in the UI: what is said when, in which voice and order, over a fake shell.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadEveryLanguage } from './locales';
import type { Language } from '../generated/Language';
import type { Platform } from '../platform';
import { usePlatform } from '../platform';
import { clearVisitor, session, setLanguage } from './session.svelte';
import {
  isSpeechShortcut,
  rubySpoken,
  say,
  screenLines,
  settled,
  speakField,
  speakFindings,
  speakKey,
  speakScreen,
  spoken,
  toggleSpeech,
  voiceOf,
} from './speech';

// Every language's text: the kiosk fetches the others after its first paint.
beforeAll(loadEveryLanguage);

type Heard = { text: string; language: Language; queued: boolean };

/** A shell that hears `speak` (the first call slowly, to show the order is kept anyway). */
function fakeShell() {
  const heard: Heard[] = [];
  const stops: number[] = [];
  let first = true;
  usePlatform({
    speak: async (text: string, language: Language, queued = false) => {
      if (first) {
        first = false;
        await new Promise((r) => setTimeout(r, 20));
      }
      heard.push({ text, language, queued });
    },
    stopSpeaking: async () => {
      stops.push(1);
    },
    spokenLog: async () => [],
    endStaffCall: async () => undefined,
  } as unknown as Platform);
  return { heard, stops };
}

describe('音声案内', () => {
  beforeEach(() => {
    session.speech = false;
    setLanguage('ja');
  });

  it('reads furigana as their readings', () => {
    expect(rubySpoken('さいごに ｛受付番号｜うけつけばんごう｝が でます')).toBe('さいごに うけつけばんごうが でます');
    expect(rubySpoken('基本情報')).toBe('基本情報');
  });

  it('knows each screen’s title and instructions, and explains a form screen without any', () => {
    expect(screenLines('consent')).toEqual(['consent-title', 'consent-lead']);
    expect(screenLines('basic')).toEqual(['basic-title', 'speech-form-hint']);
    expect(screenLines('review')).toEqual(['review-title', 'review-lead']);
    expect(screenLines('attract')).toEqual(['attract-title', 'attract-lead']);
  });

  it('reads kana and kanji in Japanese whatever the language, but Chinese keeps its hanzi', () => {
    expect(voiceOf('山田', 'en')).toBe('ja');
    expect(voiceOf('やまだ', 'zh-Hans')).toBe('ja');
    expect(voiceOf('山田', 'zh-Hant')).toBe('zh-Hant');
    expect(voiceOf('Silva', 'pt-BR')).toBe('pt-BR');
    expect(voiceOf('や', 'ja-easy')).toBe('ja-easy');
  });

  it('says nothing while off', async () => {
    const { heard } = fakeShell();
    await say('基本情報');
    await speakScreen('basic');
    await speakKey('や');
    expect(heard).toEqual([]);
  });

  it('turned on, confirms it, then speaks a screen: title at once, instructions after it', async () => {
    const { heard } = fakeShell();
    await toggleSpeech();
    expect(session.speech).toBe(true);
    await speakScreen('basic');
    expect(heard).toEqual([
      { text: spoken('speech-on'), language: 'ja', queued: false },
      { text: '基本情報', language: 'ja', queued: false },
      { text: spoken('speech-form-hint'), language: 'ja', queued: true },
    ]);
  });

  it('keeps the order of its calls even when the shell answers one slowly', async () => {
    const { heard } = fakeShell();
    session.speech = true;
    void speakKey('や');
    void speakKey('ま');
    await settled();
    expect(heard.map((h) => h.text)).toEqual(['や', 'ま']);
  });

  it('says a field’s label, then its value in the value’s voice, or that it is empty', async () => {
    const { heard } = fakeShell();
    session.speech = true;
    setLanguage('en');
    await speakField({ label: 'Family name', value: '山田' });
    await speakField({ label: 'E-mail', value: '  ' });
    await speakField({ label: 'I agree', value: '', checked: true });
    expect(heard).toEqual([
      { text: 'Family name', language: 'en', queued: false },
      { text: '山田', language: 'ja', queued: true },
      { text: 'E-mail', language: 'en', queued: false },
      { text: 'empty', language: 'en', queued: true },
      { text: 'I agree', language: 'en', queued: false },
      { text: 'checked', language: 'en', queued: true },
    ]);
  });

  it('says the findings: how many, then each with its field', async () => {
    const { heard } = fakeShell();
    session.speech = true;
    await speakFindings([
      { field: 'basic.family_name', severity: 'error', message: 'check-required', args: {} },
    ]);
    expect(heard[0]).toEqual({ text: spoken('summary-errors-title', { count: 1 }), language: 'ja', queued: false });
    expect(heard[1].queued).toBe(true);
    expect(heard[1].text.startsWith(spoken('basic-family-name'))).toBe(true);
  });

  it('やさしい日本語 speaks the readings of its furigana', async () => {
    const { heard } = fakeShell();
    setLanguage('ja-easy');
    await toggleSpeech();
    expect(heard.map((h) => h.language)).toEqual(['ja-easy']);
    expect(heard[0].text).not.toContain('｛');
    expect(heard[0].text).toContain('おんせい');
  });

  it('turned off, says so once and then nothing', async () => {
    const { heard } = fakeShell();
    session.speech = true;
    await toggleSpeech();
    await speakKey('や');
    expect(session.speech).toBe(false);
    expect(heard).toEqual([{ text: spoken('speech-off'), language: 'ja', queued: false }]);
  });

  it('is off again after the visit, and the shell is told to stop', async () => {
    const { stops } = fakeShell();
    session.speech = true;
    clearVisitor();
    expect(session.speech).toBe(false);
    await Promise.resolve();
    expect(stops.length).toBe(1);
    expect(session.pristine).toBe(true);
  });

  it('is toggled by the keypad’s ＊ only', () => {
    expect(isSpeechShortcut({ code: 'NumpadMultiply' })).toBe(true);
    expect(isSpeechShortcut({ code: 'NumpadMultiply', repeat: true })).toBe(false);
    expect(isSpeechShortcut({ code: 'Digit8' })).toBe(false);
  });
});
