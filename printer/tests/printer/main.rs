//! The receipt printed through the client into the virtual printer of
//! `madoguchi-test-support`, read back as a picture: its size, its lines of text, its QR
//! decoded; and every way a printer can fail, each ending in its outcome within the timeouts.
//!
//! `UPDATE_RECEIPTS=1 cargo test -p madoguchi-printer` writes the slips to
//! `docs/screens/receipt/receipt-<lang>.png`.

use std::path::Path;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use madoguchi_core::i18n::Catalog;
use madoguchi_core::language::Language;
use madoguchi_core::receipt::ReceiptNumber;
use madoguchi_printer::slip::{slip_bytes, SlipFacts};
use madoguchi_printer::{
    FontShelf, PrintOutcome, Printer, PrinterAddress, PrinterHealth, Timeouts,
};
use madoguchi_test_support::printer::{PrinterMode, Slip, VirtualPrinter};
use time::{Date, Month};

const PAYLOAD: &str = "https://madoguchi.example.jp/c/q8Yx2Vb0nF5tLk3WmZr7Pd1sHc9GjA4eUoTiRy6NwKa";

/// The slip's bytes in `language`, its words from the catalog the shell uses, with an office's
/// own instruction first.
fn receipt(language: Language, paper_dots: u32) -> Vec<u8> {
    let catalog = Catalog::embedded(|f| f == "shell.ftl").expect("catalog");
    static SHELF: OnceLock<FontShelf> = OnceLock::new();
    let fonts = SHELF
        .get_or_init(FontShelf::new)
        .for_language(language)
        .unwrap_or_else(|e| panic!("{e}"));
    let number = ReceiptNumber::parse("K7AXP3").expect("number");
    let office = match language.code() {
        "ja" => Some("2階の3番窓口（職業相談）へお越しください。"),
        _ => None,
    };
    let facts = SlipFacts {
        language,
        number: &number,
        date: Date::from_calendar_date(2026, Month::December, 5).expect("date"),
        office_instructions: office,
        qr_payload: PAYLOAD,
        paper_dots,
    };
    slip_bytes(&catalog, &fonts, &facts).expect("bytes")
}

fn printer_at(virtual_printer: &VirtualPrinter, timeouts: Timeouts) -> Printer {
    Printer::new(
        PrinterAddress::parse(&virtual_printer.address()).expect("address"),
        timeouts,
    )
}

fn quick() -> Timeouts {
    Timeouts {
        connect: Duration::from_millis(500),
        answer: Duration::from_millis(300),
        send: Duration::from_secs(5),
        print: Duration::from_secs(1),
    }
}

/// The QR's text and the x of its centre.
fn decode_qr(slip: &Slip) -> (String, f32) {
    let luma = slip.luma();
    let w = slip.width() as usize;
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(w, slip.height() as usize, |x, y| {
            luma[y * w + x]
        });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR on the slip");
    let (_, text) = grids[0].decode().expect("the QR decodes");
    let centre = grids[0].bounds.iter().map(|p| p.x as f32).sum::<f32>() / 4.0;
    (text, centre)
}

fn print_and_check(code: &str, paper_dots: u32) -> Slip {
    let language = Language::from_code(code).expect("language");
    let virtual_printer = VirtualPrinter::start(paper_dots).expect("virtual printer");
    let printer = printer_at(&virtual_printer, Timeouts::default());
    let bytes = receipt(language, paper_dots);
    assert_eq!(
        printer.print(&bytes),
        PrintOutcome::Printed {
            paper_near_end: false
        }
    );
    let slips = virtual_printer.wait_for_slips(1, Duration::from_secs(10));
    assert_eq!(slips.len(), 1, "{code}: one slip");
    let slip = slips.into_iter().next().expect("slip");
    assert!(slip.cut, "{code}: the paper is cut");
    assert!(
        virtual_printer.unknown().is_empty(),
        "{code}: {:?}",
        virtual_printer.unknown()
    );
    assert_eq!(slip.width(), paper_dots);
    // 80 mm: about 10–20 cm of paper.
    let (low, high) = (paper_dots * 3 / 2, paper_dots * 4);
    assert!(
        (low..high).contains(&slip.height()),
        "{code}: {} rows",
        slip.height()
    );

    let (text, centre) = decode_qr(&slip);
    assert_eq!(text, PAYLOAD, "{code}");
    let middle = paper_dots as f32 / 2.0;
    assert!(
        (centre - middle).abs() < 6.0,
        "{code}: QR centre at {centre}"
    );

    // Above the QR: title, rule, label, the number, date, rule, then at least three lines of
    // instructions; the number is the tallest of them.
    let bands = slip.bands();
    let qr_top = bands
        .iter()
        .find(|(_, h)| *h > paper_dots / 4)
        .map(|(y, _)| *y)
        .expect("a QR-sized band");
    let text_bands: Vec<&(u32, u32)> = bands.iter().filter(|(y, _)| *y < qr_top).collect();
    let lines = text_bands.iter().filter(|(_, h)| *h >= 8).count();
    assert!(lines >= 8, "{code}: {lines} lines of text: {text_bands:?}");
    let tallest = text_bands.iter().map(|(_, h)| *h).max().unwrap_or(0);
    assert!(
        tallest >= paper_dots / 10,
        "{code}: the number is {tallest} rows tall"
    );
    // Nothing reaches the edges: every line was wrapped to the width.
    for y in 0..slip.height() {
        for x in (0..8).chain(paper_dots - 8..paper_dots) {
            assert!(!slip.black(x, y), "{code}: ink at the edge ({x}, {y})");
        }
    }

    if std::env::var_os("UPDATE_RECEIPTS").is_some() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/screens/receipt");
        std::fs::create_dir_all(&dir).expect("dir");
        let name = if paper_dots == 576 {
            format!("receipt-{code}.png")
        } else {
            format!("receipt-{code}-58mm.png")
        };
        slip.save_png(&dir.join(name)).expect("png");
    }
    slip
}

#[test]
fn a_japanese_receipt_prints_and_reads_back() {
    print_and_check("ja", 576);
}

#[test]
fn a_thai_receipt_prints_and_reads_back() {
    print_and_check("th", 576);
}

#[test]
fn a_nepali_receipt_prints_and_reads_back() {
    print_and_check("ne", 576);
}

#[test]
fn a_vietnamese_receipt_prints_and_reads_back() {
    print_and_check("vi", 576);
}

#[test]
fn narrow_paper_keeps_the_layout() {
    let slip = print_and_check("ja-easy", 384);
    assert_eq!(slip.width(), 384);
}

/// The other nine languages: each slip read back like the three above (lines wrapped inside the
/// paper, the number large, the QR decoded).
#[test]
fn every_other_language_prints_and_reads_back() {
    for language in Language::all() {
        if !["ja", "th", "ne", "vi"].contains(&language.code()) {
            print_and_check(language.code(), 576);
        }
    }
}

#[test]
fn out_of_paper_prints_nothing_and_says_so() {
    let virtual_printer = VirtualPrinter::start(576).expect("virtual printer");
    let printer = printer_at(&virtual_printer, quick());
    for (mode, outcome, health) in [
        (
            PrinterMode::PaperOut,
            PrintOutcome::OutOfPaper,
            PrinterHealth::PaperOut,
        ),
        (
            PrinterMode::CoverOpen,
            PrintOutcome::CoverOpen,
            PrinterHealth::CoverOpen,
        ),
        (
            PrinterMode::Offline,
            PrintOutcome::Offline,
            PrinterHealth::Offline,
        ),
        (
            PrinterMode::Silent,
            PrintOutcome::Offline,
            PrinterHealth::Offline,
        ),
    ] {
        virtual_printer.set_mode(mode);
        let started = Instant::now();
        assert_eq!(printer.print(&[0x1B, 0x40, 0x0A]), outcome, "{mode:?}");
        assert_eq!(printer.health(), health, "{mode:?}");
        assert!(
            started.elapsed() < Duration::from_secs(4),
            "{mode:?} took {:?}",
            started.elapsed()
        );
        assert_eq!(outcome.message_id(), "receipt-print-failed");
    }
    assert!(virtual_printer.slips().is_empty());
}

#[test]
fn paper_near_end_still_prints_and_tells_staff() {
    let virtual_printer = VirtualPrinter::start(576).expect("virtual printer");
    virtual_printer.set_mode(PrinterMode::PaperNearEnd);
    let printer = printer_at(&virtual_printer, quick());
    assert_eq!(printer.health(), PrinterHealth::PaperNearEnd);
    let outcome = printer.print(&[0x1B, 0x40, 0x1B, 0x64, 2, 0x1D, 0x56, 1]);
    assert_eq!(
        outcome,
        PrintOutcome::Printed {
            paper_near_end: true
        }
    );
    assert_eq!(outcome.health(), PrinterHealth::PaperNearEnd);
    assert_eq!(
        virtual_printer
            .wait_for_slips(1, Duration::from_secs(5))
            .len(),
        1
    );
}

#[test]
fn paper_running_out_mid_slip_is_told_and_the_slip_kept_for_another_try() {
    let virtual_printer = VirtualPrinter::start(576).expect("virtual printer");
    let printer = printer_at(&virtual_printer, quick());
    let bytes = receipt(Language::JA, 576);
    // The roll ends 300 dots (about 4 cm) into the slip.
    virtual_printer.set_mode(PrinterMode::RunsOutAfter(300));
    let outcome = printer.print(&bytes);
    assert_eq!(
        outcome,
        PrintOutcome::StoppedMidSlip(PrinterHealth::PaperOut)
    );
    assert_eq!(outcome.message_id(), "receipt-print-incomplete");
    assert_eq!(outcome.health(), PrinterHealth::PaperOut);
    let slips = virtual_printer.wait_for_slips(1, Duration::from_secs(5));
    assert_eq!(slips.len(), 1);
    assert_eq!((slips[0].height(), slips[0].cut), (300, false));
    assert_eq!(printer.health(), PrinterHealth::PaperOut);
    // A new roll: the same slip again, whole.
    virtual_printer.set_mode(PrinterMode::Ready);
    assert_eq!(
        printer.print(&bytes),
        PrintOutcome::Printed {
            paper_near_end: false
        }
    );
    let slips = virtual_printer.wait_for_slips(2, Duration::from_secs(5));
    assert_eq!(slips.len(), 2);
    assert!(slips[1].cut && slips[1].height() > 300);
}

#[test]
fn a_printer_without_gs_r_is_taken_at_its_word() {
    let virtual_printer = VirtualPrinter::start(576).expect("virtual printer");
    virtual_printer.set_mode(PrinterMode::IgnoresGsR);
    let printer = printer_at(&virtual_printer, quick());
    // No answer to GS r within `print`, but ready when asked: printed.
    assert_eq!(
        printer.print(&[0x1B, 0x40, 0x1B, 0x64, 2, 0x1D, 0x56, 1]),
        PrintOutcome::Printed {
            paper_near_end: false
        }
    );
    assert_eq!(
        virtual_printer
            .wait_for_slips(1, Duration::from_secs(5))
            .len(),
        1
    );
}

#[test]
fn an_unreachable_printer_is_told_within_the_timeout() {
    // A port nothing listens on: the connection is refused at once.
    let port = madoguchi_test_support::ports::free_port();
    let printer = Printer::new(
        PrinterAddress::parse(&format!("tcp://127.0.0.1:{port}")).expect("address"),
        quick(),
    );
    let started = Instant::now();
    assert_eq!(printer.print(b"\x1b@"), PrintOutcome::Unreachable);
    assert_eq!(printer.health(), PrinterHealth::Unreachable);
    assert!(started.elapsed() < Duration::from_secs(2));
    // A name that does not resolve.
    let printer = Printer::new(
        PrinterAddress::parse("tcp://no-such-printer.invalid:9100").expect("address"),
        quick(),
    );
    let started = Instant::now();
    assert_eq!(printer.print(b"\x1b@"), PrintOutcome::Unreachable);
    assert!(started.elapsed() < Duration::from_secs(2));
}
