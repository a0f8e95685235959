//! The kiosk as a whole, without a window: configuration, reference data, the outbox, and what
//! each visitor action does. Tauri commands are one-line calls into this, so all of it is
//! tested without a webview.

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use madoguchi_core::check::{self, Context};
use madoguchi_core::clock::{Clock, SystemClock};

use crate::display::Screen;
use madoguchi_core::contract::SurveyReason;
use madoguchi_core::conversion::{Conversion, Vocabulary};
use madoguchi_core::envelope::{Envelope, PublicKey, SealedApplication};
use madoguchi_core::ink::{Ink, PadScript};
use madoguchi_core::kiosk_api::{
    AssistOpened, CommandError, KioskInfo, OccupationGroup, PostcodeLookup, PrinterState,
    ReceiptPrinted, SpokenLine, StaffCallState, StaffStatus, Submission,
};
use madoguchi_core::my_number_card;
use madoguchi_core::normalize;
use madoguchi_core::occupation::Classification;
use madoguchi_core::receipt::{ContinuationToken, IdempotencyKey, ReceiptNumber};
use madoguchi_core::{Application, Language, Report, Step};
use rand_core::CryptoRng;
use time::OffsetDateTime;

use crate::assist::Assists;
use crate::calls::{CallRelay, StaffCalls};
use crate::card_reader;
use crate::config::KioskConfig;
use crate::courier::Courier;
use crate::enrolment::{Enrolment, EnrolmentError};
use crate::kanji::{KanjiInput, KanjiSources};
use crate::outbox::{Outbox, OutboxError, QueuedApplication, SurveyAnswer};
use crate::postcodes::Postcodes;
use crate::receipt_printer::{ReceiptPrinter, SlipJob};
use crate::speech::Speech;
use crate::staff::{verify_pin, StaffLock};
use crate::sync::{Backoff, SyncStatus, Worker};

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("outbox: {0}")]
    Outbox(#[from] OutboxError),
    #[error("enrolment: {0}")]
    Enrolment(#[from] EnrolmentError),
    /// The replacement occupation table changed or vanished since the configuration was checked.
    #[error("occupation table: {0}")]
    Occupations(String),
}

pub struct Kiosk {
    pub config: KioskConfig,
    pub postcodes: Postcodes,
    /// The bundled table, or the replacement the configuration names.
    pub occupations: Arc<Classification>,
    /// Set when the kiosk has enrolled with its server (`madoguchi-kiosk enroll`).
    pub enrolment: Option<Enrolment>,
    recipient: Option<PublicKey>,
    outbox: Arc<Mutex<Outbox>>,
    /// Woken after each submission so the sync worker sends at once.
    wake: Arc<tokio::sync::Notify>,
    status: Arc<Mutex<SyncStatus>>,
    /// Japan time, as the server judges it: ages, "today" and delivery times come from here.
    clock: Arc<dyn Clock>,
    /// Wrong staff PINs and the lock they earned (in memory only).
    staff_lock: Mutex<StaffLock>,
    /// The writing pad's recogniser and the 変換 dictionaries, opened on first use.
    kanji: KanjiInput,
    /// When the kiosk started (its uptime on the fleet page).
    started: Instant,
    /// One card reading at a time (a second touch waits for the first).
    card: Mutex<()>,
    /// The receipt printer, when the config names one.
    printer: Option<ReceiptPrinter>,
    /// The visitor's call for staff, if any (in memory only), and the relay's bell.
    calls: Arc<Mutex<StaffCalls>>,
    call_wake: Arc<tokio::sync::Notify>,
    /// The office's staff codes (from the heartbeat) and the assists not yet reported.
    assists: Arc<Mutex<Assists>>,
    /// The spoken guidance: its queue, worker and the log of what was said (memory only).
    speech: Speech,
    /// The screen's backlight, dark while the attract screen sleeps in closed hours.
    screen: Screen,
}

/// A card failure as the visitor's message; only its code is logged.
fn card_failed(e: my_number_card::CardError) -> CommandError {
    tracing::info!(code = e.code(), "my number card not read");
    CommandError::from(e)
}

fn storage_failed(e: impl std::fmt::Display) -> CommandError {
    // The detail goes to the log without personal data: envelopes are sealed, ids are random.
    tracing::error!("outbox write failed: {e}");
    CommandError::new("submit-storage-failed")
}

impl Kiosk {
    pub fn start(config: KioskConfig) -> Result<Kiosk, StartError> {
        // Parsed beside the window's opening, not before it.
        let postcodes = Postcodes::open(config.data_updates.clone());
        Kiosk::with_postcodes(config, postcodes)
    }

    pub fn with_postcodes(config: KioskConfig, postcodes: Postcodes) -> Result<Kiosk, StartError> {
        let outbox = Outbox::open_in(&config.data_dir)?;
        // Revoked from the fleet page: 準備中 until enrolled again, whatever the file says.
        let revoked = crate::steering::is_revoked(&config.data_dir);
        let enrolment = Enrolment::load(&config.data_dir)?.filter(|_| !revoked);
        let recipient = enrolment
            .as_ref()
            .and_then(Enrolment::public_key)
            .or_else(|| config.server_public_key.clone())
            .filter(|_| !revoked);
        let depth = outbox.depth().unwrap_or(0);
        let occupations = match &config.occupations {
            Some(path) => {
                Arc::new(crate::config::read_occupations(path).map_err(StartError::Occupations)?)
            }
            None => match config
                .data_updates
                .as_deref()
                .and_then(crate::data_updates::occupations)
            {
                Some(table) => Arc::new(table),
                None => Arc::new(Classification::official().clone()),
            },
        };
        tracing::info!(table = %occupations.label(), "occupation classification");
        let printer = config.printer.clone().map(ReceiptPrinter::new);
        let speech = Speech::start(config.speech.clone());
        let screen = Screen::open(&config.display);
        Ok(Kiosk {
            screen,
            config,
            postcodes,
            occupations,
            enrolment,
            recipient,
            outbox: Arc::new(Mutex::new(outbox)),
            wake: Arc::new(tokio::sync::Notify::new()),
            status: Arc::new(Mutex::new(SyncStatus {
                queue_depth: depth,
                ..SyncStatus::default()
            })),
            clock: Arc::new(SystemClock),
            kanji: KanjiInput::new(KanjiSources::default()),
            staff_lock: Mutex::new(StaffLock::default()),
            started: Instant::now(),
            card: Mutex::new(()),
            printer,
            calls: Arc::new(Mutex::new(StaffCalls::default())),
            call_wake: Arc::new(tokio::sync::Notify::new()),
            assists: Arc::default(),
            speech,
        })
    }

    /// The same kiosk judging time by `clock` (tests, and a kiosk whose own zone is not Japan's
    /// still judges by Japan time: every clock here does).
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Kiosk {
        self.clock = clock;
        self
    }

    /// Now, by the kiosk's clock.
    pub fn now(&self) -> OffsetDateTime {
        self.clock.now()
    }

    /// Today's date at the office (Japan time), whatever the machine's time zone.
    pub fn today(&self) -> time::Date {
        self.clock.today()
    }

    /// The key applications are sealed to: the enrolled server's, else the configured one;
    /// `None` until the kiosk knows its server, and then it takes no application (準備中).
    pub fn recipient(&self) -> Option<&PublicKey> {
        self.recipient.as_ref()
    }

    /// Where the visitor's phone continues.
    pub fn continuation_base_url(&self) -> &str {
        self.enrolment
            .as_ref()
            .map(|e| e.continuation_base_url.as_str())
            .unwrap_or(&self.config.continuation_base_url)
    }

    /// The delivery worker, when the kiosk is enrolled (it needs a kiosk token), obeying the
    /// fleet page's commands with `hands`.
    pub fn worker_with(&self, hands: Arc<dyn crate::steering::Hands>) -> Option<Worker> {
        let mut worker = self.worker()?;
        worker.steering = Some(Arc::new(crate::steering::Steering {
            data_dir: self.config.data_dir.clone(),
            kiosk_id: self.config.kiosk_id.clone(),
            hands,
            wake: Arc::clone(&self.wake),
            catalog: crate::shell_catalog().ok().map(Arc::new),
        }));
        Some(worker)
    }

    /// The delivery worker, when the kiosk is enrolled (it needs a kiosk token).
    pub fn worker(&self) -> Option<Worker> {
        let enrolment = self.enrolment.as_ref()?;
        let courier = Courier::new(&enrolment.server_url, &enrolment.kiosk_token)
            .ok()?
            .with_clock(Arc::clone(&self.clock));
        Some(Worker {
            outbox: Arc::clone(&self.outbox),
            courier,
            status: Arc::clone(&self.status),
            wake: Arc::clone(&self.wake),
            backoff: Backoff::default(),
            tombstone_days: 30,
            clock: Arc::clone(&self.clock),
            steering: None,
            started: self.started,
            assists: Arc::clone(&self.assists),
            occupation_table: self.occupations.label(),
            postcode_book: self.postcodes.clone(),
        })
    }

    /// What carries the visitor's calls for staff to the server, when the kiosk is enrolled.
    pub fn call_relay(&self) -> Option<CallRelay> {
        let enrolment = self.enrolment.as_ref()?;
        let courier = Courier::new(&enrolment.server_url, &enrolment.kiosk_token)
            .ok()?
            .with_clock(Arc::clone(&self.clock));
        Some(CallRelay {
            assists: Arc::clone(&self.assists),
            calls: Arc::clone(&self.calls),
            courier,
            place: self.config.lobby_place.clone(),
            wake: Arc::clone(&self.call_wake),
        })
    }

    fn with_calls<T>(&self, f: impl FnOnce(&mut StaffCalls) -> T) -> T {
        let mut calls = self
            .calls
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        f(&mut calls)
    }

    /// 「係員を呼ぶ」 on `screen`: the call is open at once and leaves for the counter as soon as
    /// the server can be reached.
    pub fn call_staff(
        &self,
        screen: &str,
        rng: &mut impl CryptoRng,
    ) -> Result<StaffCallState, CommandError> {
        let state = self.with_calls(|calls| calls.call(screen, rng))?;
        self.call_wake.notify_one();
        Ok(state)
    }

    pub fn staff_call_state(&self) -> StaffCallState {
        self.with_calls(|calls| calls.state())
    }

    /// The visitor closed the notice, or has gone.
    pub fn end_staff_call(&self) {
        self.with_calls(StaffCalls::end);
    }

    /// The assist layer: a member of staff's personal code, checked at `now` under the lock
    /// wrong codes earn; the visitor's form is not touched. The assist is reported to the server.
    pub fn staff_assist(&self, code: &str, now: Instant) -> Result<AssistOpened, CommandError> {
        let unix = self.clock.now().unix_timestamp();
        let staff_id = self
            .assists
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .open(code, now, unix)?;
        tracing::info!(staff = %staff_id, "assist opened");
        self.call_wake.notify_one();
        Ok(AssistOpened { staff_id })
    }

    /// Staff mode at `now`: checks the PIN against its argon2 hash, under the lock that wrong
    /// PINs earn ([`StaffLock`]), and reports delivery health.
    pub fn staff_status(&self, pin: &str, now: Instant) -> Result<StaffStatus, CommandError> {
        let phc = self
            .config
            .staff_pin
            .as_deref()
            .ok_or_else(|| CommandError::new("staff-disabled"))?;
        // A poisoned lock (a panic while held) keeps counting: the guard's data is still sound.
        let mut lock = self
            .staff_lock
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        lock.attempt(now, || verify_pin(pin, phc))?;
        drop(lock);
        let status = self.sync_status();
        Ok(StaffStatus {
            kiosk_id: self.config.kiosk_id.clone(),
            office_code: self.config.office_code.clone(),
            version: env!("CARGO_PKG_VERSION").to_owned(),
            enrolled: self.enrolment.is_some(),
            server_url: self
                .enrolment
                .as_ref()
                .map(|e| e.server_url.clone())
                .unwrap_or_else(|| self.config.server_url.clone()),
            queue_depth: status.queue_depth,
            refused: status.refused,
            last_success: status.last_success,
            last_error: status.last_error,
        })
    }

    /// Staff mode: asks the sync worker to try now instead of waiting out its backoff.
    pub fn staff_sync_now(&self, pin: &str, now: Instant) -> Result<StaffStatus, CommandError> {
        let status = self.staff_status(pin, now)?;
        self.wake.notify_one();
        Ok(status)
    }

    pub fn sync_status(&self) -> SyncStatus {
        self.status.lock().map(|s| s.clone()).unwrap_or_default()
    }

    pub fn info(&self) -> KioskInfo {
        KioskInfo {
            kiosk_id: self.config.kiosk_id.clone(),
            office_code: self.config.office_code.clone(),
            office_name: self.config.office_name.clone(),
            languages: self.config.languages.clone(),
            idle_seconds: self.config.idle.warning_after_seconds,
            countdown_seconds: self.config.idle.countdown_seconds,
            done_seconds: self.config.idle.done_screen_seconds,
            ready: self.recipient().is_some(),
            printer: self.printer.is_some(),
            sleep_after_seconds: (!self.config.display.sleep_hours.is_never())
                .then_some(self.config.display.sleep_after_seconds),
        }
    }

    /// Whether the office is closed now (`[display] sleep`, `sleep_days`, in Japan time): the
    /// untouched attract screen may sleep.
    pub fn office_closed(&self) -> bool {
        self.config.display.sleep_hours.closed_at(self.now())
    }

    /// The attract screen went dark (or a touch woke it): the backlight follows.
    pub fn set_screen_asleep(&self, asleep: bool) {
        self.screen.set_asleep(asleep);
    }

    /// Whether the attract screen sleeps now.
    pub fn screen_asleep(&self) -> bool {
        self.screen.asleep()
    }

    fn check_with<T>(&self, f: impl FnOnce(&Context) -> T) -> T {
        let postcode_known = |code: &str| self.postcodes.contains(code);
        let occupation_known = |code: &str| self.occupations.is_middle(code);
        let cx = Context {
            today: self.today(),
            postcode_known: &postcode_known,
            occupation_known: &occupation_known,
        };
        f(&cx)
    }

    pub fn check_step(&self, application: &Application, step: Step) -> Report {
        self.check_with(|cx| check::step(application, step, cx))
    }

    pub fn check_all(&self, application: &Application) -> Report {
        self.check_with(|cx| check::application(application, cx))
    }

    /// The writing pad: the likeliest characters for what was written.
    pub fn recognise_handwriting(
        &self,
        ink: &Ink,
        script: PadScript,
    ) -> Result<Vec<String>, CommandError> {
        self.kanji
            .recognise(ink, script)
            .map_err(|e| e.to_command_error())
    }

    /// 変換: spellings of the longest known start of a reading.
    pub fn convert_reading(
        &self,
        reading: &str,
        vocabulary: Vocabulary,
    ) -> Result<Option<Conversion>, CommandError> {
        self.kanji
            .convert(reading, vocabulary)
            .map_err(|e| e.to_command_error())
    }

    /// Readings of a written name, suggested for its フリガナ.
    pub fn name_readings(
        &self,
        written: &str,
        vocabulary: Vocabulary,
    ) -> Result<Vec<String>, CommandError> {
        self.kanji
            .readings(written, vocabulary)
            .map_err(|e| e.to_command_error())
    }

    /// 異体字 of one character.
    pub fn kanji_variants(&self, character: &str) -> Vec<String> {
        KanjiInput::variants(character)
    }

    /// Whether the basic screen may offer the My Number card: the configuration says a reader is
    /// installed and pcscd has one connected now.
    pub fn card_reader_present(&self) -> bool {
        self.config.my_number_card && card_reader::reader_present()
    }

    /// The card's PIN tries left, asked without spending one, so the visitor sees them before
    /// typing.
    pub fn card_tries(&self) -> Result<u8, CommandError> {
        let _one_at_a_time = self.card.lock().unwrap_or_else(|e| e.into_inner());
        let tries =
            card_reader::connect().and_then(|mut link| my_number_card::tries_left(&mut link));
        tries.map_err(card_failed)
    }

    /// Reads the card with the visitor's PIN (zeroed here, whatever happens) and answers the
    /// application with 基本情報 and 住所 filled from it; on any failure the application is not
    /// touched and the error says why.
    pub fn read_my_number_card(
        &self,
        application: &Application,
        pin: &mut String,
    ) -> Result<Application, CommandError> {
        let pin = my_number_card::Pin::take(pin).map_err(card_failed)?;
        let _one_at_a_time = self.card.lock().unwrap_or_else(|e| e.into_inner());
        let reading = card_reader::connect()
            .and_then(|mut link| my_number_card::read_basic_facts(&mut link, pin))
            .map_err(card_failed)?;
        let mut filled = application.clone();
        reading.fill(&mut filled, self.postcodes.book().ok());
        tracing::info!("my number card read");
        Ok(filled)
    }

    /// The first screen is painted: the kanji input opens in the background, and the sync
    /// worker takes a turn, so that its heartbeat tells the fleet page the window's orientation
    /// now rather than a minute later (the first heartbeat may go before the window is open).
    pub fn first_screen_painted(&self) {
        self.kanji.warm();
        self.wake.notify_one();
    }

    pub fn lookup_postcode(&self, input: &str) -> Result<PostcodeLookup, CommandError> {
        let postcode = normalize::digits_only(input);
        if postcode.len() != 7 {
            return Err(CommandError::new("check-postcode-digits"));
        }
        let addresses = self
            .postcodes
            .book()
            .map(|book| book.lookup(&postcode))
            .unwrap_or_default();
        if addresses.is_empty() {
            return Err(CommandError::new("check-postcode-unknown"));
        }
        Ok(PostcodeLookup {
            postcode,
            addresses,
        })
    }

    pub fn occupation_groups(&self) -> Vec<OccupationGroup> {
        self.occupations.groups()
    }

    pub fn search_occupations(&self, query: &str) -> Vec<String> {
        self.occupations.search(query)
    }

    /// Codes of the common licences matching what the visitor typed (`lic-<code>` names them).
    pub fn search_licences(&self, query: &str) -> Vec<String> {
        madoguchi_core::licence::search(query)
    }

    /// 申し込む: checks the whole application, seals it, and writes it durably to the outbox.
    /// Returns only after the row is committed; the visitor sees 完了 only then.
    pub fn submit(
        &self,
        application: &Application,
        now: OffsetDateTime,
        rng: &mut impl CryptoRng,
    ) -> Result<Submission, CommandError> {
        let report = self.check_all(application);
        if !report.passes() {
            return Err(CommandError::new("submit-invalid"));
        }
        let recipient = self
            .recipient()
            .ok_or_else(|| CommandError::new("submit-not-ready"))?;
        let mut outbox = self
            .outbox
            .lock()
            .map_err(|_| CommandError::new("submit-storage-failed"))?;
        let mut receipt = ReceiptNumber::generate(rng);
        while outbox
            .has_receipt(receipt.as_str())
            .map_err(storage_failed)?
        {
            receipt = ReceiptNumber::generate(rng);
        }
        let token = ContinuationToken::generate(rng);
        let idempotency_key = IdempotencyKey::generate(rng);
        let submitted_at = rfc3339(now);
        let payload = SealedApplication {
            application: report.application,
            receipt: receipt.to_string(),
            continuation_token: token.as_str().to_owned(),
            submitted_at: submitted_at.clone(),
            office_code: self.config.office_code.clone(),
        };
        let envelope = Envelope::seal_application(
            recipient,
            &self.config.kiosk_id,
            idempotency_key.as_str(),
            &payload,
            rng,
        )
        .map_err(storage_failed)?;
        let continuation_url = token.url(self.continuation_base_url());
        let qr_svg = madoguchi_core::qr::svg(&continuation_url).map_err(storage_failed)?;
        outbox
            .enqueue(&QueuedApplication {
                idempotency_key: idempotency_key.as_str().to_owned(),
                receipt: receipt.to_string(),
                envelope: envelope.to_bytes(),
                created_at: submitted_at,
            })
            .map_err(storage_failed)?;
        drop(outbox);
        fail::fail_point!("after-commit");
        if let Ok(mut status) = self.status.lock() {
            status.queue_depth += 1;
        }
        self.wake.notify_one();
        if let Some(printer) = &self.printer {
            printer.hold(SlipJob {
                receipt: receipt.clone(),
                continuation_url: continuation_url.clone(),
            });
        }
        Ok(Submission {
            receipt: receipt.to_string(),
            continuation_url,
            qr_svg,
        })
    }

    /// The held slip on the receipt printer (blocking, within the printer's timeouts).
    pub fn print_receipt(&self, language: Language) -> ReceiptPrinted {
        match &self.printer {
            Some(printer) => printer.print(language, self.today()),
            None => ReceiptPrinted {
                printed: false,
                message: "receipt-print-failed".to_owned(),
            },
        }
    }

    /// Staff mode's line about the receipt printer.
    pub fn printer_state(&self) -> PrinterState {
        self.printer
            .as_ref()
            .map_or_else(crate::receipt_printer::no_printer, ReceiptPrinter::state)
    }

    /// The session ended: a slip not printed is forgotten.
    pub fn forget_slip(&self) {
        if let Some(printer) = &self.printer {
            printer.forget();
        }
    }

    pub fn record_survey(
        &self,
        receipt: &str,
        score: u8,
        reason: &str,
        now: OffsetDateTime,
    ) -> Result<(), CommandError> {
        let receipt =
            ReceiptNumber::parse(receipt).ok_or_else(|| CommandError::new("survey-invalid"))?;
        // Only a listed code (or none): free text is never taken, it could hold personal data.
        let reason =
            SurveyReason::from_code(reason).ok_or_else(|| CommandError::new("survey-invalid"))?;
        if !(1..=5).contains(&score) {
            return Err(CommandError::new("survey-invalid"));
        }
        let mut outbox = self
            .outbox
            .lock()
            .map_err(|_| CommandError::new("survey-invalid"))?;
        outbox
            .record_survey(&SurveyAnswer {
                receipt: receipt.to_string(),
                score,
                reason: reason.code().to_owned(),
                created_at: rfc3339(now),
            })
            .map_err(storage_failed)
    }

    /// 音声案内: says `text` in `language`, interrupting what is being said unless `after`.
    /// Returns at once; the sound is made by the speech worker.
    pub fn speak(&self, text: &str, language: Language, after: bool) {
        self.speech.speak(text, language, after);
    }

    /// Silence at once (the visitor turned speech off, or the reset).
    pub fn stop_speaking(&self) {
        self.speech.stop();
    }

    /// What the spoken guidance was asked to say since the last reset.
    pub fn spoken_log(&self) -> Vec<SpokenLine> {
        self.speech.log()
    }

    /// The reset after a visitor: speech stops and its log is forgotten.
    pub fn forget_speech(&self) {
        self.speech.forget();
    }

    pub fn queue_depth(&self) -> u64 {
        self.outbox
            .lock()
            .ok()
            .and_then(|o| o.depth().ok())
            .unwrap_or(0)
    }

    pub fn data_dir(&self) -> &Path {
        &self.config.data_dir
    }
}

fn rfc3339(t: OffsetDateTime) -> String {
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use madoguchi_core::clock::ManualClock;
    use madoguchi_core::{BirthDateInput, Calendar};
    use time::macros::datetime;

    use super::*;

    fn kiosk_at(dir: &Path, at: OffsetDateTime) -> Kiosk {
        let text = format!(
            "kiosk_id = \"clock-kiosk\"\noffice_code = \"13010\"\noffice_name = \"テスト\"\n\
             continuation_base_url = \"https://m.example.test\"\n\
             server_url = \"https://m.example.test\"\ndata_dir = \"{}\"\n",
            dir.display()
        );
        let config = KioskConfig::parse(&text, "test").expect("config");
        Kiosk::start(config)
            .expect("kiosk starts")
            .with_clock(Arc::new(ManualClock::new(at)))
    }

    /// Born on 26 November 2011: fifteen (old enough to apply) from 2026-11-26 in Japan.
    fn too_young(kiosk: &Kiosk) -> bool {
        let mut application = Application::default();
        application.basic.birth_date = BirthDateInput {
            calendar: Calendar::Western,
            year: "2011".into(),
            month: "11".into(),
            day: "26".into(),
        };
        kiosk
            .check_step(&application, Step::Basic)
            .findings
            .iter()
            .any(|f| f.message == "check-birth-date-too-young")
    }

    /// A kiosk whose machine runs on UTC and one on Japan time judge an age the same way near
    /// midnight, and the same way as the server: both by the date in Japan.
    #[test]
    fn an_age_near_midnight_is_judged_by_japan_time_whatever_the_machine_zone() {
        let dir = tempfile::tempdir().expect("tempdir");
        // 23:30 on the 25th and 00:30 on the 26th in Japan (14:30 and 15:30 UTC).
        let before = datetime!(2026-11-25 14:30 UTC);
        let after = datetime!(2026-11-25 15:30 UTC);
        let mut verdicts = Vec::new();
        for zone in ["UTC", "Asia/Tokyo", "America/Los_Angeles"] {
            std::env::set_var("TZ", zone);
            verdicts.push((
                zone,
                too_young(&kiosk_at(dir.path(), before)),
                too_young(&kiosk_at(dir.path(), after)),
            ));
        }
        std::env::remove_var("TZ");
        for (zone, at_2330, at_0030) in verdicts {
            assert!(at_2330, "{zone}: still fourteen at 23:30 in Japan");
            assert!(!at_0030, "{zone}: fifteen at 00:30 in Japan");
        }
        let server_day = ManualClock::new(after).today();
        assert_eq!(kiosk_at(dir.path(), after).today(), server_day);
    }
}
