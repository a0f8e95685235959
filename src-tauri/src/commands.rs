//! The kiosk's commands: each one a line that calls [`crate::kiosk::Kiosk`], once as a Tauri
//! command and once in [`TABLE`], the same commands by name with JSON arguments for a host
//! without Tauri's IPC (the web host of the tests and benchmarks, `web_host`).
//!
//! These are the only entry points the web UI has into the shell. Their names are listed once,
//! in `command_list.rs`: `build.rs` declares them, `lib.rs` registers them with Tauri, [`TABLE`]
//! is built from them, and `capabilities/kiosk.json` grants exactly these to the kiosk window (a
//! test checks it). A new command is its Tauri function and its [`table`] entry here, its name
//! in the list, and its grant.

use madoguchi_core::conversion::{Conversion, Vocabulary};
use madoguchi_core::ink::{Ink, PadScript};
use madoguchi_core::kiosk_api::{
    AssistOpened, CommandError, KioskInfo, OccupationGroup, PageStart, PostcodeLookup,
    PrinterState, ReceiptPrinted, SpokenLine, StaffCallState, StaffStatus, Submission,
};
use madoguchi_core::{Application, Language, Report, Step};
use std::time::Instant;

use rand_core::{OsRng, TryRngCore as _};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use tauri::{Runtime, State, WebviewWindow};

use crate::kiosk::Kiosk;

#[tauri::command]
pub fn kiosk_info(kiosk: State<'_, Kiosk>) -> KioskInfo {
    kiosk.info()
}

#[tauri::command]
pub fn check_step(kiosk: State<'_, Kiosk>, application: Application, step: Step) -> Report {
    kiosk.check_step(&application, step)
}

#[tauri::command]
pub fn check_all(kiosk: State<'_, Kiosk>, application: Application) -> Report {
    kiosk.check_all(&application)
}

#[tauri::command]
pub fn lookup_postcode(
    kiosk: State<'_, Kiosk>,
    input: String,
) -> Result<PostcodeLookup, CommandError> {
    kiosk.lookup_postcode(&input)
}

#[tauri::command]
pub fn occupation_groups(kiosk: State<'_, Kiosk>) -> Vec<OccupationGroup> {
    kiosk.occupation_groups()
}

#[tauri::command]
pub fn search_occupations(kiosk: State<'_, Kiosk>, query: String) -> Vec<String> {
    kiosk.search_occupations(&query)
}

#[tauri::command]
pub fn search_licences(kiosk: State<'_, Kiosk>, query: String) -> Vec<String> {
    kiosk.search_licences(&query)
}

#[tauri::command]
pub fn submit_application(
    kiosk: State<'_, Kiosk>,
    application: Application,
) -> Result<Submission, CommandError> {
    kiosk.submit(&application, kiosk.now(), &mut OsRng.unwrap_err())
}

#[tauri::command]
pub fn record_survey(
    kiosk: State<'_, Kiosk>,
    receipt: String,
    score: u8,
    reason: String,
) -> Result<(), CommandError> {
    kiosk.record_survey(&receipt, score, &reason, kiosk.now())
}

/// Forgets the last visitor: the slip not printed, speech and its log, then storage, cache and
/// history of the webview, then a fresh page.
#[tauri::command]
pub fn wipe_session<R: Runtime>(
    kiosk: State<'_, Kiosk>,
    window: WebviewWindow<R>,
) -> Result<(), CommandError> {
    kiosk.forget_slip();
    kiosk.forget_speech();
    crate::window::wipe(&window).map_err(|e| {
        tracing::error!("wiping the webview failed: {e}");
        CommandError::new("wipe-failed")
    })
}

/// The UI has painted the attract screen (start-up benchmarks read this line), with how its
/// start went on the page's clock.
#[tauri::command]
pub fn ui_ready(kiosk: State<'_, Kiosk>, start: Option<PageStart>) {
    painted(&kiosk, start.unwrap_or_default());
}

fn painted(kiosk: &Kiosk, start: PageStart) {
    tracing::info!(
        queue = kiosk.queue_depth(),
        script_ms = start.script_ms.round(),
        evaluated_ms = start.evaluated_ms.round(),
        mounted_ms = start.mounted_ms.round(),
        info_ms = start.info_ms.round(),
        painted_ms = start.painted_ms.round(),
        "attract screen painted"
    );
    kiosk.first_screen_painted();
}

#[tauri::command]
pub fn recognise_handwriting(
    kiosk: State<'_, Kiosk>,
    ink: Ink,
    script: Option<PadScript>,
) -> Result<Vec<String>, CommandError> {
    kiosk.recognise_handwriting(&ink, script.unwrap_or_default())
}

#[tauri::command]
pub fn convert_reading(
    kiosk: State<'_, Kiosk>,
    reading: String,
    vocabulary: Vocabulary,
) -> Result<Option<Conversion>, CommandError> {
    kiosk.convert_reading(&reading, vocabulary)
}

/// The フリガナ suggested for a name written in kanji (吉田 → ヨシダ).
#[tauri::command]
pub fn name_readings(
    kiosk: State<'_, Kiosk>,
    written: String,
    vocabulary: Vocabulary,
) -> Result<Vec<String>, CommandError> {
    kiosk.name_readings(&written, vocabulary)
}

#[tauri::command]
pub fn kanji_variants(kiosk: State<'_, Kiosk>, character: String) -> Vec<String> {
    kiosk.kanji_variants(&character)
}

/// Whether the basic screen offers 「マイナンバーカードで入力」.
#[tauri::command(async)]
pub fn card_reader_present(kiosk: State<'_, Kiosk>) -> bool {
    kiosk.card_reader_present()
}

/// The My Number card's PIN tries left (none spent).
#[tauri::command(async)]
pub fn card_tries(kiosk: State<'_, Kiosk>) -> Result<u8, CommandError> {
    kiosk.card_tries()
}

/// The application with 基本情報 and 住所 filled from the card; the PIN is zeroed in the shell.
#[tauri::command(async)]
pub fn read_my_number_card(
    kiosk: State<'_, Kiosk>,
    application: Application,
    mut pin: String,
) -> Result<Application, CommandError> {
    kiosk.read_my_number_card(&application, &mut pin)
}

/// 完了 on a kiosk with a receipt printer: the slip in the visitor's language.
#[tauri::command(async)]
pub fn print_receipt(kiosk: State<'_, Kiosk>, language: Language) -> ReceiptPrinted {
    kiosk.print_receipt(language)
}

/// Staff mode: the receipt printer's state (asked of the printer, within its timeouts).
#[tauri::command(async)]
pub fn printer_state(kiosk: State<'_, Kiosk>) -> PrinterState {
    kiosk.printer_state()
}

/// Staff mode (long press on the office name, then the PIN): delivery health of this kiosk.
#[tauri::command]
pub fn staff_status(kiosk: State<'_, Kiosk>, pin: String) -> Result<StaffStatus, CommandError> {
    kiosk.staff_status(&pin, Instant::now())
}

/// Staff mode: try delivering now.
#[tauri::command]
pub fn staff_sync_now(kiosk: State<'_, Kiosk>, pin: String) -> Result<StaffStatus, CommandError> {
    kiosk.staff_sync_now(&pin, Instant::now())
}

/// 「係員を呼ぶ」: the call leaves for the counter as soon as the server can be reached.
#[tauri::command]
pub fn call_staff(kiosk: State<'_, Kiosk>, screen: String) -> Result<StaffCallState, CommandError> {
    kiosk.call_staff(&screen, &mut OsRng.unwrap_err())
}

/// Where the visitor's call stands (the UI asks every few seconds while one is open).
#[tauri::command]
pub fn staff_call_state(kiosk: State<'_, Kiosk>) -> StaffCallState {
    kiosk.staff_call_state()
}

#[tauri::command]
pub fn end_staff_call(kiosk: State<'_, Kiosk>) {
    kiosk.end_staff_call()
}

/// The assist layer over the visitor's form: a member of staff's personal code.
#[tauri::command]
pub fn staff_assist(kiosk: State<'_, Kiosk>, code: String) -> Result<AssistOpened, CommandError> {
    kiosk.staff_assist(&code, Instant::now())
}

/// 音声案内: says `text` in `language` through the headphones; `queued` waits for what is being
/// said instead of interrupting it. Returns before any sound.
#[tauri::command]
pub fn speak(kiosk: State<'_, Kiosk>, text: String, language: Language, queued: Option<bool>) {
    kiosk.speak(&text, language, queued.unwrap_or(false))
}

#[tauri::command]
pub fn stop_speaking(kiosk: State<'_, Kiosk>) {
    kiosk.stop_speaking()
}

/// What the spoken guidance said since the last reset (the end-to-end tests read it).
#[tauri::command]
pub fn spoken_log(kiosk: State<'_, Kiosk>) -> Vec<SpokenLine> {
    kiosk.spoken_log()
}

/// Whether the office is closed now: the untouched attract screen may sleep.
#[tauri::command]
pub fn office_closed(kiosk: State<'_, Kiosk>) -> bool {
    kiosk.office_closed()
}

/// The attract screen slept or woke: the backlight follows.
#[tauri::command]
pub fn set_screen_asleep(kiosk: State<'_, Kiosk>, asleep: bool) {
    kiosk.set_screen_asleep(asleep);
}

/// What a command gives its host to send back to the UI.
#[derive(Debug, PartialEq)]
pub enum Reply {
    /// The command's answer, as JSON.
    Value(Value),
    /// Done; nothing to answer.
    Nothing,
    /// The host must forget the visitor: its page's storage, cache and history (`wipe_session`).
    ForgetVisitor,
}

/// Why a host answers a command with something other than its [`Reply`].
#[derive(Debug, thiserror::Error)]
pub enum DispatchError {
    #[error("no kiosk command {0:?}")]
    Unknown(String),
    /// As when a Tauri command's arguments do not deserialise: a bug of the caller.
    #[error("bad arguments for {command}: {detail}")]
    BadArguments {
        command: &'static str,
        detail: String,
    },
    /// The kiosk refused: the UI shows this error's message.
    #[error("refused: {}", .0.code)]
    Refused(CommandError),
}

/// One command of [`TABLE`]: its arguments as the UI sends them (a JSON object).
pub type Handler = fn(&Kiosk, Value) -> Result<Reply, DispatchError>;

macro_rules! table_of {
    ($($name:ident),* $(,)?) => {
        &[$((stringify!($name), table::$name as Handler)),*]
    };
}

/// Every kiosk command by name, in the order of `command_list.rs`.
pub const TABLE: &[(&str, Handler)] = kiosk_commands!(table_of);

/// Runs the command `name` with its JSON arguments.
pub fn dispatch(kiosk: &Kiosk, name: &str, args: Value) -> Result<Reply, DispatchError> {
    let (_, handler) = TABLE
        .iter()
        .find(|(n, _)| *n == name)
        .ok_or_else(|| DispatchError::Unknown(name.to_owned()))?;
    handler(kiosk, args)
}

/// The command names of [`TABLE`].
pub fn names() -> impl Iterator<Item = &'static str> {
    TABLE.iter().map(|(name, _)| *name)
}

fn arguments<T: DeserializeOwned>(command: &'static str, args: Value) -> Result<T, DispatchError> {
    serde_json::from_value(args).map_err(|e| DispatchError::BadArguments {
        command,
        detail: e.to_string(),
    })
}

fn value<T: Serialize>(answer: T) -> Result<Reply, DispatchError> {
    serde_json::to_value(answer)
        .map(Reply::Value)
        .map_err(|e| DispatchError::Refused(unexpected(e)))
}

fn answered<T: Serialize>(answer: Result<T, CommandError>) -> Result<Reply, DispatchError> {
    value(answer.map_err(DispatchError::Refused)?)
}

fn unexpected(e: impl std::fmt::Display) -> CommandError {
    tracing::error!("a command's answer does not serialise: {e}");
    CommandError::new("error-unexpected")
}

#[derive(Deserialize)]
struct StepArgs {
    application: Application,
    step: Step,
}

#[derive(Deserialize)]
struct ApplicationArgs {
    application: Application,
}

#[derive(Deserialize)]
struct InputArgs {
    input: String,
}

#[derive(Deserialize)]
struct ReadyArgs {
    #[serde(default)]
    start: Option<PageStart>,
}

#[derive(Deserialize)]
struct QueryArgs {
    query: String,
}

#[derive(Deserialize)]
struct SurveyArgs {
    receipt: String,
    score: u8,
    reason: String,
}

#[derive(Deserialize)]
struct PinArgs {
    pin: String,
}

#[derive(Deserialize)]
struct AsleepArgs {
    asleep: bool,
}

#[derive(Deserialize)]
struct LanguageArgs {
    language: Language,
}

#[derive(Deserialize)]
struct CardArgs {
    application: Application,
    pin: String,
}

#[derive(Deserialize)]
struct InkArgs {
    ink: Ink,
    #[serde(default)]
    script: PadScript,
}

#[derive(Deserialize)]
struct ReadingArgs {
    reading: String,
    vocabulary: Vocabulary,
}

#[derive(Deserialize)]
struct WrittenArgs {
    written: String,
    vocabulary: Vocabulary,
}

#[derive(Deserialize)]
struct CodeArgs {
    code: String,
}

#[derive(Deserialize)]
struct ScreenArgs {
    screen: String,
}

#[derive(Deserialize)]
struct SpeakArgs {
    text: String,
    language: Language,
    #[serde(default)]
    queued: Option<bool>,
}

#[derive(Deserialize)]
struct CharacterArgs {
    character: String,
}

/// The entries of [`TABLE`], one per command, each doing what its Tauri command does.
mod table {
    use super::*;

    pub fn kiosk_info(kiosk: &Kiosk, _: Value) -> Result<Reply, DispatchError> {
        value(kiosk.info())
    }

    pub fn check_step(kiosk: &Kiosk, args: Value) -> Result<Reply, DispatchError> {
        let a: StepArgs = arguments("check_step", args)?;
        value(kiosk.check_step(&a.application, a.step))
    }

    pub fn check_all(kiosk: &Kiosk, args: Value) -> Result<Reply, DispatchError> {
        let a: ApplicationArgs = arguments("check_all", args)?;
        value(kiosk.check_all(&a.application))
    }

    pub fn lookup_postcode(kiosk: &Kiosk, args: Value) -> Result<Reply, DispatchError> {
        let a: InputArgs = arguments("lookup_postcode", args)?;
        answered(kiosk.lookup_postcode(&a.input))
    }

    pub fn occupation_groups(kiosk: &Kiosk, _: Value) -> Result<Reply, DispatchError> {
        value(kiosk.occupation_groups())
    }

    pub fn search_occupations(kiosk: &Kiosk, args: Value) -> Result<Reply, DispatchError> {
        let a: QueryArgs = arguments("search_occupations", args)?;
        value(kiosk.search_occupations(&a.query))
    }

    pub fn search_licences(kiosk: &Kiosk, args: Value) -> Result<Reply, DispatchError> {
        let a: QueryArgs = arguments("search_licences", args)?;
        value(kiosk.search_licences(&a.query))
    }

    pub fn submit_application(kiosk: &Kiosk, args: Value) -> Result<Reply, DispatchError> {
        let a: ApplicationArgs = arguments("submit_application", args)?;
        answered(kiosk.submit(&a.application, kiosk.now(), &mut OsRng.unwrap_err()))
    }

    pub fn record_survey(kiosk: &Kiosk, args: Value) -> Result<Reply, DispatchError> {
        let a: SurveyArgs = arguments("record_survey", args)?;
        kiosk
            .record_survey(&a.receipt, a.score, &a.reason, kiosk.now())
            .map_err(DispatchError::Refused)?;
        Ok(Reply::Nothing)
    }

    pub fn wipe_session(kiosk: &Kiosk, _: Value) -> Result<Reply, DispatchError> {
        kiosk.forget_slip();
        kiosk.forget_speech();
        Ok(Reply::ForgetVisitor)
    }

    pub fn ui_ready(kiosk: &Kiosk, args: Value) -> Result<Reply, DispatchError> {
        let a: ReadyArgs = arguments("ui_ready", args)?;
        painted(kiosk, a.start.unwrap_or_default());
        Ok(Reply::Nothing)
    }

    pub fn recognise_handwriting(kiosk: &Kiosk, args: Value) -> Result<Reply, DispatchError> {
        let a: InkArgs = arguments("recognise_handwriting", args)?;
        answered(kiosk.recognise_handwriting(&a.ink, a.script))
    }

    pub fn convert_reading(kiosk: &Kiosk, args: Value) -> Result<Reply, DispatchError> {
        let a: ReadingArgs = arguments("convert_reading", args)?;
        answered(kiosk.convert_reading(&a.reading, a.vocabulary))
    }

    pub fn name_readings(kiosk: &Kiosk, args: Value) -> Result<Reply, DispatchError> {
        let a: WrittenArgs = arguments("name_readings", args)?;
        answered(kiosk.name_readings(&a.written, a.vocabulary))
    }

    pub fn kanji_variants(kiosk: &Kiosk, args: Value) -> Result<Reply, DispatchError> {
        let a: CharacterArgs = arguments("kanji_variants", args)?;
        value(kiosk.kanji_variants(&a.character))
    }

    pub fn card_reader_present(kiosk: &Kiosk, _: Value) -> Result<Reply, DispatchError> {
        value(kiosk.card_reader_present())
    }

    pub fn card_tries(kiosk: &Kiosk, _: Value) -> Result<Reply, DispatchError> {
        answered(kiosk.card_tries())
    }

    pub fn read_my_number_card(kiosk: &Kiosk, args: Value) -> Result<Reply, DispatchError> {
        let mut a: CardArgs = arguments("read_my_number_card", args)?;
        answered(kiosk.read_my_number_card(&a.application, &mut a.pin))
    }

    pub fn print_receipt(kiosk: &Kiosk, args: Value) -> Result<Reply, DispatchError> {
        let a: LanguageArgs = arguments("print_receipt", args)?;
        value(kiosk.print_receipt(a.language))
    }

    pub fn printer_state(kiosk: &Kiosk, _: Value) -> Result<Reply, DispatchError> {
        value(kiosk.printer_state())
    }

    pub fn office_closed(kiosk: &Kiosk, _: Value) -> Result<Reply, DispatchError> {
        value(kiosk.office_closed())
    }

    pub fn set_screen_asleep(kiosk: &Kiosk, args: Value) -> Result<Reply, DispatchError> {
        let a: AsleepArgs = arguments("set_screen_asleep", args)?;
        kiosk.set_screen_asleep(a.asleep);
        Ok(Reply::Nothing)
    }

    pub fn staff_status(kiosk: &Kiosk, args: Value) -> Result<Reply, DispatchError> {
        let a: PinArgs = arguments("staff_status", args)?;
        answered(kiosk.staff_status(&a.pin, Instant::now()))
    }

    pub fn staff_sync_now(kiosk: &Kiosk, args: Value) -> Result<Reply, DispatchError> {
        let a: PinArgs = arguments("staff_sync_now", args)?;
        answered(kiosk.staff_sync_now(&a.pin, Instant::now()))
    }

    pub fn call_staff(kiosk: &Kiosk, args: Value) -> Result<Reply, DispatchError> {
        let a: ScreenArgs = arguments("call_staff", args)?;
        answered(kiosk.call_staff(&a.screen, &mut OsRng.unwrap_err()))
    }

    pub fn staff_call_state(kiosk: &Kiosk, _: Value) -> Result<Reply, DispatchError> {
        value(kiosk.staff_call_state())
    }

    pub fn staff_assist(kiosk: &Kiosk, args: Value) -> Result<Reply, DispatchError> {
        let a: CodeArgs = arguments("staff_assist", args)?;
        answered(kiosk.staff_assist(&a.code, Instant::now()))
    }

    pub fn end_staff_call(kiosk: &Kiosk, _: Value) -> Result<Reply, DispatchError> {
        kiosk.end_staff_call();
        Ok(Reply::Nothing)
    }

    pub fn speak(kiosk: &Kiosk, args: Value) -> Result<Reply, DispatchError> {
        let a: SpeakArgs = arguments("speak", args)?;
        kiosk.speak(&a.text, a.language, a.queued.unwrap_or(false));
        Ok(Reply::Nothing)
    }

    pub fn stop_speaking(kiosk: &Kiosk, _: Value) -> Result<Reply, DispatchError> {
        kiosk.stop_speaking();
        Ok(Reply::Nothing)
    }

    pub fn spoken_log(kiosk: &Kiosk, _: Value) -> Result<Reply, DispatchError> {
        value(kiosk.spoken_log())
    }
}
