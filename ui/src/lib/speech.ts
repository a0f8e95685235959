// 音声案内 (spoken guidance) in the UI: what is said, and when. The shell does the speaking
// (`platform().speak`: Open JTalk for Japanese, eSpeak NG for the other languages, through the
// headphones); this module only decides the words, in the visitor's language:
// - a screen opens: its title, then its instructions (queued after the title);
// - a field takes the focus: its label, then its value (or 「未入力」), the value in Japanese
//   when it is written in kana or kanji;
// - findings appear: the summary's title, then each finding with its field;
// - a key of the on-screen keyboard is pressed: its character (or its name: 1文字消す, 空白).
// Nothing is said while `session.speech` is off. The visitor turns it on on the attract screen
// (SpeechToggle) or with the keypad's ＊ key (`isSpeechShortcut`); the reset turns it off.
//
// Calls to the shell go one after another (`chain`), so the shell hears them in the order they
// were made even over HTTP (the web adapter), and the spoken-text log keeps that order.

import type { Finding } from '../generated/Finding';
import type { Language } from '../generated/Language';
import { platform } from '../platform';
import { fieldMeta, listIndex } from './fields';
import type { Args } from './l10n';
import { L } from './l10n';
import { localizer } from './locales';
import type { Screen } from './nav';
import { isFormStep } from './nav';
import { rubyPieces } from './ruby';
import { session } from './session.svelte';

/** A message's furigana read as their readings: ｛受付番号｜うけつけばんごう｝ → うけつけばんごう. */
export function rubySpoken(text: string): string {
  return rubyPieces(text)
    .map((p) => ('base' in p ? p.reading : p.text))
    .join('');
}

/** A kiosk message as it is said in the visitor's language ('' when it has none). */
export function spoken(id: string, args?: Args, language: Language = session.language): string {
  return rubySpoken(localizer.format(language, id, args) ?? '');
}

/** Each screen's title and, where it has one, its instructions (kiosk.ftl ids). */
export const SCREEN_SPEECH: Record<Screen, { title: string; lead?: string }> = {
  attract: { title: L('attract-title'), lead: L('attract-lead') },
  consent: { title: L('consent-title'), lead: L('consent-lead') },
  basic: { title: L('basic-title') },
  contact: { title: L('contact-title') },
  disclosure: { title: L('disclosure-title'), lead: L('disclosure-lead') },
  'desired-work': { title: L('work-title') },
  situation: { title: L('situation-title') },
  education: { title: L('education-title') },
  'work-history': { title: L('history-title'), lead: L('history-help') },
  disability: { title: L('disability-title'), lead: L('disability-lead') },
  'self-pr': { title: L('selfpr-title'), lead: L('selfpr-lead') },
  review: { title: L('review-title'), lead: L('review-lead') },
  'my-page': { title: L('mypage-title'), lead: L('mypage-lead') },
  done: { title: L('done-title'), lead: L('done-next-counter') },
};

/** The ids said when `screen` opens: its title, then its instructions; a form screen without
 * instructions of its own says how the guidance works there. */
export function screenLines(screen: Screen): string[] {
  const s = SCREEN_SPEECH[screen];
  const lead = s.lead ?? (isFormStep(screen) ? L('speech-form-hint') : undefined);
  return lead ? [s.title, lead] : [s.title];
}

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAN = /\p{Script=Han}/u;

/** The voice for what the visitor typed or pressed: Japanese for kana, and for kanji outside the
 * Chinese languages (a name 山田 is read in Japanese in an English session); else the visitor's. */
export function voiceOf(text: string, language: Language): Language {
  if (language.startsWith('ja')) return language;
  if (KANA.test(text)) return 'ja';
  if (HAN.test(text) && !language.startsWith('zh')) return 'ja';
  return language;
}

let chain: Promise<void> = Promise.resolve();

function send(text: string, language: Language, queued: boolean): Promise<void> {
  const words = text.trim();
  if (words === '') return chain;
  chain = chain.then(() => platform().speak(words, language, queued)).catch(() => undefined);
  return chain;
}

/** Says `text` when the guidance is on: at once, or after what is being said when `queued`. */
export function say(text: string, language: Language = session.language, queued = false): Promise<void> {
  if (!session.speech) return chain;
  return send(text, language, queued);
}

/** A screen has opened. */
export function speakScreen(screen: Screen): Promise<void> {
  const lines = screenLines(screen).map((id) => spoken(id, { office: session.info?.office_name ?? '' }));
  let done = chain;
  lines.forEach((line, i) => {
    done = say(line, session.language, i > 0);
  });
  return done;
}

/** What a focused field says: its label, then its value (or whether it is ticked). */
export interface FieldSpeech {
  label: string;
  value: string;
  /** A checkbox or radio button: its state instead of a value. */
  checked?: boolean;
}

export function speakField(field: FieldSpeech): Promise<void> {
  const language = session.language;
  void say(field.label, language);
  if (field.checked !== undefined) {
    return say(spoken(field.checked ? L('speech-checked') : L('speech-unchecked')), language, true);
  }
  const value = field.value.trim();
  if (value === '') return say(spoken(L('speech-empty')), language, true);
  return say(value, voiceOf(value, language), true);
}

/** A key of the on-screen keyboard was pressed: `face` is its character or its name. */
export function speakKey(face: string): Promise<void> {
  const text = face.trim();
  return say(text, voiceOf(text, session.language));
}

function findingSpoken(f: Finding, language: Language): string {
  const text = localizer.format(language, f.message, f.args);
  const fallback = f.severity === 'error' ? L('field-error-generic') : L('field-warning-generic');
  const said = text === null ? spoken(fallback) : rubySpoken(text);
  const meta = fieldMeta(f.field);
  if (!meta) return said;
  const i = listIndex(f.field);
  const label = spoken(meta.label);
  const named = i === null || !f.field.startsWith('work_history') ? label : `${spoken(L('history-entry'), { n: i + 1 })} ${label}`;
  return `${named}。${said}`;
}

/** Findings have appeared on the screen: the summary's title, then each finding. */
export function speakFindings(findings: Finding[]): Promise<void> {
  if (findings.length === 0) return chain;
  const language = session.language;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const title = errors === 0 ? spoken(L('summary-warnings-title')) : spoken(L('summary-errors-title'), { count: errors });
  let done = say(title, language);
  for (const f of findings) done = say(findingSpoken(f, language), language, true);
  return done;
}

/** The attract screen's toggle and the keypad's ＊: on says so; off says so, then is silent. */
export function toggleSpeech(): Promise<void> {
  if (session.speech) {
    const done = send(spoken(L('speech-off')), session.language, false);
    session.speech = false;
    return done;
  }
  session.speech = true;
  return say(spoken(L('speech-on')));
}

/** The physical key that turns the guidance on and off: ＊ on a numeric keypad (kiosk keypads
 * for audio navigation send the numeric keypad's codes). */
export function isSpeechShortcut(e: { code: string; repeat?: boolean }): boolean {
  return e.code === 'NumpadMultiply' && !e.repeat;
}

/** Waits until every call made so far has reached the shell (tests). */
export function settled(): Promise<void> {
  return chain;
}
