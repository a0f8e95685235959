// The one door between screens and the machine they run on.
//
// Components call `platform()`; they never see Tauri or fetch. Inside the Tauri shell commands go
// over IPC (tauri.ts); in a plain browser they go over HTTP (web.ts). Every method rejects with a
// `CommandError` only.

import type { Application } from '../generated/Application';
import type { AssistOpened } from '../generated/AssistOpened';
import type { Conversion } from '../generated/Conversion';
import type { Ink } from '../generated/Ink';
import type { PadScript } from '../generated/PadScript';
import type { Vocabulary } from '../generated/Vocabulary';
import type { KioskInfo } from '../generated/KioskInfo';
import type { Language } from '../generated/Language';
import type { OccupationGroup } from '../generated/OccupationGroup';
import type { PageStart } from '../generated/PageStart';
import type { PostcodeLookup } from '../generated/PostcodeLookup';
import type { PrinterState } from '../generated/PrinterState';
import type { ReceiptPrinted } from '../generated/ReceiptPrinted';
import type { Report } from '../generated/Report';
import type { SpokenLine } from '../generated/SpokenLine';
import type { StaffCallState } from '../generated/StaffCallState';
import type { StaffStatus } from '../generated/StaffStatus';
import type { Submission } from '../generated/Submission';
import type { Transport } from './transport';
import type { Step, SurveyReason } from './types';
import { givenKioskInfo, tauriTransport } from './tauri';
import { webTransport } from './web';

export type { Step, SurveyReason } from './types';

export interface Platform {
  kioskInfo(): Promise<KioskInfo>;
  checkStep(application: Application, step: Step): Promise<Report>;
  checkAll(application: Application): Promise<Report>;
  lookupPostcode(input: string): Promise<PostcodeLookup>;
  occupationGroups(): Promise<OccupationGroup[]>;
  searchOccupations(query: string): Promise<string[]>;
  /** Codes of the common licences (免許・資格) matching a name or reading, best first. */
  searchLicences(query: string): Promise<string[]>;
  submitApplication(application: Application): Promise<Submission>;
  recordSurvey(receipt: string, score: number, reason: SurveyReason): Promise<void>;
  /** The writing pad: the likeliest characters for what was written, best first (at least 10);
   *  read as simplified Chinese, the forms Japanese papers use come first (张 → 張). */
  recogniseHandwriting(ink: Ink, script: PadScript): Promise<string[]>;
  /** 変換: spellings of the longest known start of a kana reading; `null` when it has no kana. */
  convertReading(reading: string, vocabulary: Vocabulary): Promise<Conversion | null>;
  /** The フリガナ suggested for a name written in kanji (吉田 → ヨシダ), likeliest first. */
  nameReadings(written: string, vocabulary: Vocabulary): Promise<string[]>;
  /** 異体字: the variant forms of one character (高 → 髙). */
  kanjiVariants(character: string): Promise<string[]>;
  /** Whether the basic screen offers the My Number card (a reader is installed and connected). */
  cardReaderPresent(): Promise<boolean>;
  /** The card's PIN tries left, none spent; rejects with a `card-error-*` code. */
  cardTries(): Promise<number>;
  /** The application with 基本情報 and 住所 filled from the card; rejects with a `card-error-*`
   *  code (the wrong PIN's with `tries`) and then nothing was filled. */
  readMyNumberCard(application: Application, pin: string): Promise<Application>;
  wipeSession(): Promise<void>;
  /** The attract screen has painted; `start` says how the page's start went (the shell logs it). */
  uiReady(start: PageStart): Promise<void>;
  /** Staff mode: delivery health; rejects with `staff-wrong-pin`, `staff-locked` (args: minutes) or `staff-disabled`. */
  staffStatus(pin: string): Promise<StaffStatus>;
  /** Staff mode: asks the delivery worker to send now; resolves with the status as it was. */
  staffSyncNow(pin: string): Promise<StaffStatus>;
  /** 「係員を呼ぶ」 from `screen`: the call leaves for the counter as soon as the server answers. */
  callStaff(screen: string): Promise<StaffCallState>;
  /** The assist layer: a member of staff's personal code; rejects with `staff-wrong-pin`,
   *  `staff-locked` (args: minutes) or `assist-no-codes`. The form is not touched. */
  staffAssist(code: string): Promise<AssistOpened>;
  /** Where the visitor's call stands. */
  staffCallState(): Promise<StaffCallState>;
  /** The call is over on this kiosk (closed, or the visitor has gone). */
  endStaffCall(): Promise<void>;
  /** 音声案内: says `text` in `language` through the headphones, interrupting what is being
   *  said, or after it when `queued`. Resolves before any sound. */
  speak(text: string, language: Language, queued?: boolean): Promise<void>;
  /** Silence at once; what waits to be said is dropped. */
  stopSpeaking(): Promise<void>;
  /** What was asked to be said since the last reset, oldest first (the end-to-end tests). */
  spokenLog(): Promise<SpokenLine[]>;
  /** 完了 with a receipt printer: prints the slip of the last 申し込む in `language`; resolves
   *  with the visitor's message whatever the printer did. */
  printReceipt(language: Language): Promise<ReceiptPrinted>;
  /** Staff mode: the receipt printer's state as a kiosk.ftl id (`staff-printer-*`). */
  printerState(): Promise<PrinterState>;
  /** Whether the office is closed now (`[display]` closed hours): the untouched attract screen
   *  may sleep. */
  officeClosed(): Promise<boolean>;
  /** The attract screen slept or woke: the shell darkens or restores the backlight. */
  setScreenAsleep(asleep: boolean): Promise<void>;
}

/** Builds the platform over a transport; command names are the Rust command names. `given`: the
 *  kiosk's info when the shell handed it to the page already (then it is not asked for). */
export function platformOver(send: Transport, given: KioskInfo | null = null): Platform {
  return {
    kioskInfo: () => (given ? Promise.resolve(given) : (send('kiosk_info', {}) as Promise<KioskInfo>)),
    checkStep: (application, step) =>
      send('check_step', { application, step }) as Promise<Report>,
    checkAll: (application) => send('check_all', { application }) as Promise<Report>,
    lookupPostcode: (input) => send('lookup_postcode', { input }) as Promise<PostcodeLookup>,
    occupationGroups: () => send('occupation_groups', {}) as Promise<OccupationGroup[]>,
    searchOccupations: (query) => send('search_occupations', { query }) as Promise<string[]>,
    searchLicences: (query) => send('search_licences', { query }) as Promise<string[]>,
    submitApplication: (application) =>
      send('submit_application', { application }) as Promise<Submission>,
    recordSurvey: async (receipt, score, reason) => {
      await send('record_survey', { receipt, score, reason });
    },
    recogniseHandwriting: (ink, script) =>
      send('recognise_handwriting', { ink, script }) as Promise<string[]>,
    convertReading: (reading, vocabulary) =>
      send('convert_reading', { reading, vocabulary }) as Promise<Conversion | null>,
    nameReadings: (written, vocabulary) =>
      send('name_readings', { written, vocabulary }) as Promise<string[]>,
    kanjiVariants: (character) => send('kanji_variants', { character }) as Promise<string[]>,
    cardReaderPresent: () => send('card_reader_present', {}) as Promise<boolean>,
    cardTries: () => send('card_tries', {}) as Promise<number>,
    readMyNumberCard: (application, pin) =>
      send('read_my_number_card', { application, pin }) as Promise<Application>,
    wipeSession: async () => {
      await send('wipe_session', {});
    },
    uiReady: async (start) => {
      await send('ui_ready', { start });
    },
    staffStatus: (pin) => send('staff_status', { pin }) as Promise<StaffStatus>,
    staffSyncNow: (pin) => send('staff_sync_now', { pin }) as Promise<StaffStatus>,
    callStaff: (screen) => send('call_staff', { screen }) as Promise<StaffCallState>,
    staffAssist: (code) => send('staff_assist', { code }) as Promise<AssistOpened>,
    staffCallState: () => send('staff_call_state', {}) as Promise<StaffCallState>,
    endStaffCall: async () => {
      await send('end_staff_call', {});
    },
    speak: async (text, language, queued = false) => {
      await send('speak', { text, language, queued });
    },
    stopSpeaking: async () => {
      await send('stop_speaking', {});
    },
    spokenLog: () => send('spoken_log', {}) as Promise<SpokenLine[]>,
    printReceipt: (language) => send('print_receipt', { language }) as Promise<ReceiptPrinted>,
    printerState: () => send('printer_state', {}) as Promise<PrinterState>,
    officeClosed: () => send('office_closed', {}) as Promise<boolean>,
    setScreenAsleep: async (asleep) => {
      await send('set_screen_asleep', { asleep });
    },
  };
}

function insideTauri(): boolean {
  return typeof window !== 'undefined' && '__TAURI_INTERNALS__' in window;
}

let chosen: Platform | null = null;

export function platform(): Platform {
  chosen ??= insideTauri() ? platformOver(tauriTransport, givenKioskInfo()) : platformOver(webTransport());
  return chosen;
}

/** Replaces the platform (unit tests of the session flow). */
export function usePlatform(p: Platform): void {
  chosen = p;
}
