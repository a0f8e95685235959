// The visitor's session: everything on screen, in memory only.
//
// Privacy promise: nothing here is written to localStorage, sessionStorage, IndexedDB or cookies,
// and nothing is logged. `wipe()` puts every field back to its first value (form, language, text
// size, survey) and asks the shell to clear the webview; it is the only way a session ends.

import type { Application } from '../generated/Application';
import type { CommandError } from '../generated/CommandError';
import type { Finding } from '../generated/Finding';
import type { KioskInfo } from '../generated/KioskInfo';
import type { Language } from '../generated/Language';
import type { OccupationGroup } from '../generated/OccupationGroup';
import type { Submission } from '../generated/Submission';
import { platform } from '../platform';
import { toCommandError } from '../platform/transport';
import type { SurveyReason } from '../platform/types';
import { emptyApplication } from './application';
import { judge, withConfirmed } from './gate';
import type { Args } from './l10n';
import { L } from './l10n';
import { rubyPlain } from './ruby';
import { LANGUAGES, REFERENCE_LANGUAGE, languageMeta } from './languages';
import { osk } from './keyboard.svelte';
import { localizer } from './locales';
import type { FormStep, Nav } from './nav';
import { START, backward, edit, forward, reviewFindings, stepOf, stepOfFinding } from './nav';
import { endCall } from './staffcall.svelte';

/** 標準 (100 %), 大 (150 %), 特大 (200 %): the root font size, so everything in rem follows. */
export type TextSize = 'standard' | 'large' | 'xlarge';
/** ふつう; 高コントラスト (WCAG 1.4.6, 7:1 and more); 黒地 (light text on black). */
export type Theme = 'standard' | 'contrast' | 'dark';

/** Every language of locales/, when the shell has not said which this kiosk offers. */
const FALLBACK_LANGUAGES: Language[] = LANGUAGES.map((l) => l.code);

class Session {
  info = $state<KioskInfo | null>(null);
  /** Set when `kiosk_info` itself failed: the kiosk shows 準備中 with the code for staff. */
  infoError = $state<CommandError | null>(null);

  language = $state<Language>(REFERENCE_LANGUAGE);
  textSize = $state<TextSize>('standard');
  theme = $state<Theme>('standard');
  /** 「下に表示」: on a portrait screen, everything to touch sits in the lower half (reach from a
   * wheelchair). */
  reach = $state(false);
  /** 音声案内: the shell reads the screens, fields, findings and keys aloud (lib/speech). */
  speech = $state(false);
  nav = $state<Nav>(START);
  consented = $state(false);
  application = $state<Application>(emptyApplication());
  /** Findings shown on the current screen (red, and orange not yet confirmed). */
  findings = $state<Finding[]>([]);
  /** Keys of the orange findings on screen; the next 次へ confirms them. */
  shownWarnings = $state<string[]>([]);
  /** What `check_all` found on the six form screens, shown on the review (the My Page step's own
   * findings are left to the My Page screen). */
  reviewFindings = $state<Finding[]>([]);
  /** A failed command the visitor must be told about (dialog). */
  failure = $state<CommandError | null>(null);
  submission = $state<Submission | null>(null);
  surveyScore = $state<number | null>(null);
  surveyReason = $state<SurveyReason>('');
  busy = $state(false);
  /** Bumped on every wipe, so components holding local state re-create it. */
  generation = $state(0);

  /** Not personal: kept across sessions. */
  occupationGroups = $state<OccupationGroup[] | null>(null);

  get languages(): Language[] {
    const offered = this.info?.languages ?? [];
    return offered.length > 0 ? offered : FALLBACK_LANGUAGES;
  }

  get pristine(): boolean {
    return this.nav.screen === 'attract' && this.language === this.languages[0] && this.textSize === 'standard' && this.theme === 'standard' && !this.reach && !this.speech;
  }
}

export const session = new Session();

/** The text of a kiosk message in the visitor's language (never the id); furigana as 漢字（よみ）. */
export function t(id: string, args?: Args): string {
  return rubyPlain(tm(id, args));
}

/** As `t`, with the furigana notation kept for `<Ruby text=…>`. */
export function tm(id: string, args?: Args): string {
  return localizer.format(session.language, id, args) ?? localizer.format(session.language, L('text-missing')) ?? '';
}

/** A message named by Rust (finding, command error), with a kiosk fallback when it has no text. */
export function tr(id: string, args: Args | undefined, fallbackId: string): string {
  const text = localizer.format(session.language, id, args);
  return text === null ? t(fallbackId) : rubyPlain(text);
}

export function findingText(f: Finding): string {
  return tr(f.message, f.args, f.severity === 'error' ? L('field-error-generic') : L('field-warning-generic'));
}

export function commandErrorText(e: CommandError): string {
  return tr(e.code, e.args, L('error-generic'));
}

export function occupationName(code: string): string {
  const name = localizer.format(session.language, `occ-${code}`);
  if (name !== null) return rubyPlain(name);
  // A group of an office's newer table that the locales do not name yet: the table's own name.
  const listed = session.occupationGroups?.find((g) => code in g.names)?.names[code];
  return listed ?? t('occ-unknown', { code });
}

/** A listed licence's name (`lic-<code>` in licences.ftl); the code itself if it has none. */
export function licenceName(code: string): string {
  return rubyPlain(localizer.format(session.language, `lic-${code}`) ?? code);
}

/** A status of residence's name (`res-<code>` in residence.ftl); the code itself if it has none. */
export function residenceName(code: string): string {
  return rubyPlain(localizer.format(session.language, `res-${code}`) ?? code);
}

/** The language asked for last: a slower load of one asked for before it must not win. */
let wantedLanguage: Language | null = null;

/** Shows `language` at once when its text is here, else as soon as its chunk has loaded (the
 *  others are fetched after the first paint, so that is rarely more than a moment). */
export function setLanguage(language: Language): Promise<void> {
  wantedLanguage = language;
  if (localizer.ready(language)) {
    showLanguage(language);
    return Promise.resolve();
  }
  return localizer.load(language).then(
    () => {
      if (wantedLanguage === language) showLanguage(language);
    },
    // A chunk of the kiosk's own bundle that cannot load: the screen stays in its language.
    () => undefined,
  );
}

function showLanguage(language: Language): void {
  session.language = language;
  session.application.language = language;
  osk.languageLayout = languageMeta(language).keyboard;
}

function go(nav: Nav): void {
  session.nav = nav;
  session.findings = [];
  session.shownWarnings = [];
  if (nav.screen === 'review') void refreshReview();
}

export function start(): void {
  session.application.language = session.language;
  go(forward(session.nav));
}

export function back(): void {
  go(backward(session.nav));
}

export function editStep(step: FormStep): void {
  go(edit(step));
}

/** The assist layer's 「この画面へ」: staff take the visitor to a step; nothing is cleared. */
export function jumpTo(step: FormStep): void {
  go({ screen: step, editing: false });
}

async function guarded<T>(work: () => Promise<T>): Promise<T | undefined> {
  session.busy = true;
  try {
    return await work();
  } catch (e) {
    session.failure = toCommandError(e);
    return undefined;
  } finally {
    session.busy = false;
  }
}

/** Checks the current screen's step; true when the visitor may go on. */
async function checkHere(): Promise<boolean> {
  const step = stepOf(session.nav.screen);
  if (!step) return true;
  const sent = withConfirmed($state.snapshot(session.application) as Application, session.shownWarnings);
  const report = await platform().checkStep(sent, step);
  session.application = report.application;
  const verdict = judge(report);
  session.findings = verdict.visible;
  session.shownWarnings = verdict.shownWarnings;
  return verdict.pass;
}

/** 次へ (and 確認画面へ戻る) on a form screen. */
export async function next(): Promise<boolean> {
  if (session.busy) return false;
  const passed = await guarded(checkHere);
  if (passed) go(forward(session.nav));
  return passed === true;
}

async function refreshReview(): Promise<void> {
  session.reviewFindings = [];
  try {
    const report = await platform().checkAll($state.snapshot(session.application) as Application);
    if (session.nav.screen !== 'review') return;
    session.application = report.application;
    // What the My Page screen handles (an e-mail address for My Page) must not block the review:
    // the visitor answers it on the next screen.
    session.reviewFindings = reviewFindings(judge(report).visible);
  } catch {
    // The review still shows everything; submit runs the same check and reports failures.
  }
}

/** 申し込む on the My Page screen. */
export async function submit(): Promise<void> {
  if (session.busy) return;
  await guarded(async () => {
    if (!(await checkHere())) return;
    const all = await platform().checkAll($state.snapshot(session.application) as Application);
    session.application = all.application;
    const verdict = judge(all);
    // The e-mail address is on this screen too, so its findings are answered here.
    const elsewhere = verdict.visible.filter((f) => stepOfFinding(f) !== 'my-page' && f.field !== 'contact.email');
    if (!verdict.pass) {
      if (elsewhere.length === 0) {
        session.findings = verdict.visible;
        session.shownWarnings = verdict.shownWarnings;
        return;
      }
      go({ screen: 'review', editing: false });
      return;
    }
    try {
      session.submission = await platform().submitApplication($state.snapshot(session.application) as Application);
    } catch (e) {
      const err = toCommandError(e);
      if (err.code === 'submit-invalid') {
        go({ screen: 'review', editing: false });
        return;
      }
      throw err;
    }
    go({ screen: 'done', editing: false });
  });
}

/** Every piece of the visitor's state back to its first value, in memory only (staff mode
 * calls this when it opens, so nothing a visitor left behind stays while staff look). */
export function clearVisitor(): void {
  const active = globalThis.document?.activeElement as HTMLElement | null | undefined;
  active?.blur?.();
  const first = session.languages[0];
  wantedLanguage = first;
  session.language = first;
  osk.languageLayout = languageMeta(first).keyboard;
  session.textSize = 'standard';
  session.theme = 'standard';
  session.reach = false;
  if (session.speech) {
    session.speech = false;
    // The shell's own wipe also stops it and forgets what was said; staff mode has no wipe.
    void platform()
      .stopSpeaking()
      .catch(() => undefined);
  }
  session.nav = START;
  session.consented = false;
  session.application = emptyApplication(first);
  session.findings = [];
  session.shownWarnings = [];
  session.reviewFindings = [];
  session.failure = null;
  session.submission = null;
  session.surveyScore = null;
  session.surveyReason = '';
  session.busy = false;
  session.generation += 1;
  endCall();
}

/** Ends the session: every piece of state back to its first value, then the shell clears the
 * webview. Called by 終了, by the done screen's timer, by 最初からやり直す, by the idle timer and
 * by closing staff mode. */
export async function wipe(): Promise<void> {
  clearVisitor();
  try {
    await platform().wipeSession();
  } catch {
    // The in-memory state is already gone; the shell's own clean-up is its responsibility.
  }
}

/** Leaves the done screen (終了 or no touch): the QR and the receipt leave the screen at once,
 * before anything is awaited (issue 11: the QR must not stay up for the next person in line);
 * then the survey answer (codes only) goes, then the wipe. */
export async function finish(): Promise<void> {
  const receipt = session.submission?.receipt;
  session.submission = null;
  const score = session.surveyScore;
  if (receipt && score !== null) {
    try {
      await platform().recordSurvey(receipt, score, session.surveyReason);
    } catch {
      // A lost survey answer must not keep the next visitor waiting.
    }
  }
  await wipe();
}

export async function loadInfo(): Promise<void> {
  try {
    const info = await platform().kioskInfo();
    session.info = info;
    const first = session.languages[0];
    await setLanguage(first);
  } catch (e) {
    session.infoError = toCommandError(e);
  }
}

export async function loadOccupationGroups(): Promise<OccupationGroup[]> {
  if (session.occupationGroups) return session.occupationGroups;
  const groups = await platform().occupationGroups();
  session.occupationGroups = groups;
  return groups;
}
