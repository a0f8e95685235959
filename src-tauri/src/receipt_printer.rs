//! The done screen's receipt slip, for kiosks with a thermal printer (`[printer]` in the
//! config): the visitor's receipt number, the date, the office's counter words and the QR, in the
//! visitor's language, sent by `madoguchi-printer`. A printer that is off, out of paper or
//! unreachable never holds the visitor: the answer is a message for the done screen, and staff
//! mode asks the printer's state on its own.
//!
//! The slip's facts (number and link) are the kiosk's own, kept from 申し込む until the slip is
//! printed or the session ends, never taken from the UI.

use std::sync::Mutex;

use madoguchi_core::i18n::Catalog;
use madoguchi_core::kiosk_api::{PrinterState, ReceiptPrinted};
use madoguchi_core::receipt::ReceiptNumber;
use madoguchi_core::Language;
use madoguchi_printer::slip::{slip_bytes, SlipFacts};
use madoguchi_printer::{FontShelf, PrintOutcome, Printer, PrinterHealth, Timeouts};

use crate::config::PrinterConfig;

/// What the slip carries besides its fixed words: kept from 申し込む to the slip.
#[derive(Clone)]
pub struct SlipJob {
    pub receipt: ReceiptNumber,
    pub continuation_url: String,
}

/// The configured printer, its fonts (read once), and the last visitor's slip.
pub struct ReceiptPrinter {
    config: PrinterConfig,
    printer: Printer,
    shelf: FontShelf,
    catalog: Option<Catalog>,
    job: Mutex<Option<SlipJob>>,
}

impl ReceiptPrinter {
    pub fn new(config: PrinterConfig) -> ReceiptPrinter {
        let catalog = crate::shell_catalog()
            .map_err(|e| tracing::error!("the slip's words could not be read: {e}"))
            .ok();
        ReceiptPrinter {
            printer: Printer::new(config.address.clone(), Timeouts::default()),
            config,
            shelf: FontShelf::new(),
            catalog,
            job: Mutex::new(None),
        }
    }

    /// 申し込む succeeded: this is the slip to print.
    pub fn hold(&self, job: SlipJob) {
        if let Ok(mut held) = self.job.lock() {
            *held = Some(job);
        }
    }

    /// The session ended: the slip's facts are forgotten.
    pub fn forget(&self) {
        if let Ok(mut held) = self.job.lock() {
            *held = None;
        }
    }

    /// Prints the held slip in `language` (blocking: call from a blocking task). The slip is
    /// printed at most once; a failure leaves it held, so staff may fix the paper and the done
    /// screen may try again.
    pub fn print(&self, language: Language, today: time::Date) -> ReceiptPrinted {
        let failed = || ReceiptPrinted {
            printed: false,
            message: PrintOutcome::Unreachable.message_id().to_owned(),
        };
        let Some(job) = self.job.lock().ok().and_then(|held| held.clone()) else {
            return failed();
        };
        let Some(catalog) = &self.catalog else {
            return failed();
        };
        let fonts = match self.shelf.for_language(language) {
            Ok(fonts) => fonts,
            Err(e) => {
                tracing::error!("no fonts for the slip in {}: {e}", language.code());
                return failed();
            }
        };
        let facts = SlipFacts {
            language,
            number: &job.receipt,
            date: today,
            office_instructions: self.config.instructions_for(language),
            qr_payload: &job.continuation_url,
            paper_dots: self.config.paper_dots,
        };
        let bytes = match slip_bytes(catalog, &fonts, &facts) {
            Ok(bytes) => bytes,
            Err(e) => {
                tracing::error!("the slip could not be laid out: {e}");
                return failed();
            }
        };
        let outcome = self.printer.print(&bytes);
        // The outcome names no visitor: the printer's state for the log and staff.
        tracing::info!(state = outcome.health().message_id(), "receipt slip");
        if let PrintOutcome::Printed { .. } = outcome {
            self.forget();
        }
        ReceiptPrinted {
            printed: matches!(outcome, PrintOutcome::Printed { .. }),
            message: outcome.message_id().to_owned(),
        }
    }

    /// The printer's state for staff mode (blocking, within the client's timeouts).
    pub fn state(&self) -> PrinterState {
        let health = self.printer.health();
        let mut args = std::collections::BTreeMap::new();
        if health == PrinterHealth::Unreachable {
            args.insert("address".to_owned(), self.config.address.to_string());
        }
        PrinterState {
            message: health.message_id().to_owned(),
            args,
        }
    }
}

/// Staff mode's line when no printer is configured.
pub fn no_printer() -> PrinterState {
    PrinterState {
        message: "staff-printer-none".to_owned(),
        args: std::collections::BTreeMap::new(),
    }
}
