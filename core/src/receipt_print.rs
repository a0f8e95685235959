//! The receipt a thermal printer hands the visitor at 完了, as ESC/POS bytes, and what the
//! printer answers when asked how it is (DLE EOT).
//!
//! Why text goes as a picture: no printer code page holds Thai, Devanagari, Vietnamese's stacked
//! accents and Japanese at once, so the whole receipt is one raster image (GS v 0), which every
//! ESC/POS printer prints the same way. The QR is drawn into that image too rather than sent as
//! GS ( k: cheaper printers lack the native QR or size its modules differently, and drawn by us
//! its size and centring are exactly what the tests and the committed pictures show.
//!
//! Why our own encoder: the `escpos` crate (0.20) was weighed; its pictures go through the
//! `image` crate and its drivers own the connection, without the status-first, deadline-bound
//! sending the kiosk needs. What we send is five commands (ESC @, GS v 0, ESC d, GS V, DLE EOT),
//! encoded here with tests and read back by the test harness's decoder, written separately from
//! the manual.
//!
//! Why the shaping is not here: laying text out needs font files and a shaper, which the server
//! and every other user of core would pay for. Core lays the receipt out and encodes it; a
//! [`TextRaster`] (the `madoguchi-printer` crate has the one for real fonts) turns a paragraph
//! into dots. No I/O here: sending bytes and reading the answer is the printer crate's job.

use qrcode::{Color, EcLevel, QrCode};
use thiserror::Error;

use crate::receipt::ReceiptNumber;

/// A 1-bit picture, row by row, `true` = a dot burnt black.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bitmap {
    width: u32,
    height: u32,
    dots: Vec<bool>,
}

impl Bitmap {
    pub fn new(width: u32, height: u32) -> Bitmap {
        Bitmap {
            width,
            height,
            dots: vec![false; width as usize * height as usize],
        }
    }

    pub fn width(&self) -> u32 {
        self.width
    }

    pub fn height(&self) -> u32 {
        self.height
    }

    /// Whether (x, y) is black; outside the picture is white.
    pub fn get(&self, x: u32, y: u32) -> bool {
        x < self.width && y < self.height && self.dots[(y * self.width + x) as usize]
    }

    /// Blackens (x, y); a dot outside the picture is ignored.
    pub fn set(&mut self, x: u32, y: u32) {
        if x < self.width && y < self.height {
            self.dots[(y * self.width + x) as usize] = true;
        }
    }

    /// Whether row `y` has any black dot.
    pub fn row_inked(&self, y: u32) -> bool {
        (0..self.width).any(|x| self.get(x, y))
    }

    /// Copies `other` in with its top-left corner at (x, y), black over white.
    pub fn draw(&mut self, other: &Bitmap, x: u32, y: u32) {
        for oy in 0..other.height {
            for ox in 0..other.width {
                if other.get(ox, oy) {
                    self.set(x + ox, y + oy);
                }
            }
        }
    }

    /// Row `y` packed eight dots a byte, leftmost dot in the high bit, as GS v 0 wants.
    fn packed_row(&self, y: u32, bytes_per_row: usize) -> Vec<u8> {
        let mut row = vec![0u8; bytes_per_row];
        for x in 0..self.width.min(bytes_per_row as u32 * 8) {
            if self.get(x, y) {
                row[(x / 8) as usize] |= 0x80 >> (x % 8);
            }
        }
        row
    }
}

/// Where a paragraph's lines sit across the paper.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Start,
    Centre,
}

/// One paragraph to be turned into dots: wrapped to `width`, each line placed by `align`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextBlock<'a> {
    pub text: &'a str,
    /// The font's em in dots (8 dots = 1 mm on a 203 dpi printer).
    pub size: u32,
    pub bold: bool,
    pub align: Align,
    pub width: u32,
}

/// Turns text into dots: shaping, fonts per script, line breaking. The picture is `block.width`
/// wide; its height is whatever the lines take.
pub trait TextRaster {
    fn paragraph(&self, block: &TextBlock<'_>) -> Bitmap;
}

/// What a printed receipt says, already in the visitor's language. `instructions` are whole
/// paragraphs (the office's counter instructions, what the QR is for); they are wrapped to the
/// paper.
#[derive(Clone, Debug)]
pub struct ReceiptSlip<'a> {
    pub title: &'a str,
    pub number_label: &'a str,
    pub number: &'a ReceiptNumber,
    pub date_label: &'a str,
    /// The date as the visitor reads it (formatted by the caller: 和暦 or not is its choice).
    pub date: &'a str,
    pub instructions: &'a [String],
    /// The continuation URL the QR carries.
    pub qr_payload: &'a str,
    /// The printable width in dots: 576 for 80 mm paper, 384 for 58 mm (203 dpi).
    pub paper_dots: u32,
}

#[derive(Debug, Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum ReceiptPrintError {
    #[error("a paper width of {0} dots is not a multiple of 8 between 256 and 832")]
    PaperWidth(u32),
    #[error("the QR's text does not fit a QR code that the paper can hold")]
    QrTooLarge,
}

/// Side margin, and the gap between blocks, in dots.
const MARGIN: u32 = 16;
const GAP: u32 = 14;
/// A QR module smaller than this is hard to scan off thermal paper; larger is wasted paper.
const MIN_MODULE: u32 = 4;
const MAX_MODULE: u32 = 8;

/// Whether a printer's paper width in dots can be laid out: a whole number of bytes per raster
/// row, from 256 (a 40 mm head) to 832 (a 104 mm head); 384 is 58 mm paper, 576 is 80 mm.
pub fn paper_width_ok(width: u32) -> bool {
    width.is_multiple_of(8) && (256..=832).contains(&width)
}

/// Lays the receipt out as one picture `paper_dots` wide: title, the receipt number large, the
/// date, a rule, the instructions, the QR centred.
pub fn page(slip: &ReceiptSlip<'_>, text: &impl TextRaster) -> Result<Bitmap, ReceiptPrintError> {
    let width = slip.paper_dots;
    if !paper_width_ok(width) {
        return Err(ReceiptPrintError::PaperWidth(width));
    }
    let qr = qr_bitmap(slip.qr_payload, width - 2 * MARGIN)?;
    // Sizes scale with the paper, so 58 mm keeps the same proportions as 80 mm.
    let scale = |dots: u32| dots * width / 576;
    let inner = width - 2 * MARGIN;
    let block = |text, size, bold, align| TextBlock {
        text,
        size: scale(size),
        bold,
        align,
        width: inner,
    };
    let mut parts: Vec<(Bitmap, u32)> = Vec::new();
    let mut push = |bitmap: Bitmap, gap_after: u32| parts.push((bitmap, gap_after));
    push(
        text.paragraph(&block(slip.title, 34, true, Align::Centre)),
        GAP,
    );
    push(rule(inner, 3), GAP);
    push(
        text.paragraph(&block(slip.number_label, 26, false, Align::Centre)),
        4,
    );
    push(
        text.paragraph(&block(slip.number.as_str(), 96, true, Align::Centre)),
        GAP,
    );
    let date = format!("{}　{}", slip.date_label, slip.date);
    push(text.paragraph(&block(&date, 28, false, Align::Centre)), GAP);
    push(rule(inner, 2), GAP);
    for paragraph in slip.instructions {
        push(
            text.paragraph(&block(paragraph, 26, false, Align::Start)),
            GAP,
        );
    }
    push(qr, GAP);

    let height = parts.iter().map(|(b, gap)| b.height() + gap).sum::<u32>() + GAP;
    let mut out = Bitmap::new(width, height);
    let mut y = GAP;
    for (bitmap, gap) in &parts {
        let x = MARGIN + (inner.saturating_sub(bitmap.width())) / 2;
        out.draw(bitmap, x, y);
        y += bitmap.height() + gap;
    }
    Ok(out)
}

fn rule(width: u32, thickness: u32) -> Bitmap {
    let mut b = Bitmap::new(width, thickness);
    for y in 0..thickness {
        for x in 0..width {
            b.set(x, y);
        }
    }
    b
}

/// The QR with its four-module quiet zone, modules as large as fit 60 % of the width (up to
/// 8 dots: 1 mm), never below 4 dots.
pub fn qr_bitmap(payload: &str, max_width: u32) -> Result<Bitmap, ReceiptPrintError> {
    let code = QrCode::with_error_correction_level(payload.as_bytes(), EcLevel::M)
        .map_err(|_| ReceiptPrintError::QrTooLarge)?;
    let modules = code.width() as u32;
    let total_modules = modules + 8;
    let module = (max_width * 3 / 5 / total_modules).min(MAX_MODULE);
    if module < MIN_MODULE {
        return Err(ReceiptPrintError::QrTooLarge);
    }
    let colors = code.to_colors();
    let side = total_modules * module;
    let mut b = Bitmap::new(side, side);
    for (i, color) in colors.iter().enumerate() {
        if *color == Color::Dark {
            let (mx, my) = (i as u32 % modules + 4, i as u32 / modules + 4);
            for dy in 0..module {
                for dx in 0..module {
                    b.set(mx * module + dx, my * module + dy);
                }
            }
        }
    }
    Ok(b)
}

/// ESC @: forget earlier modes.
pub const INIT: [u8; 2] = [0x1B, 0x40];
/// GS v 0 sends at most this many rows at once: printers' receive buffers differ, and every
/// one we know takes 256.
pub const RASTER_BAND: u32 = 256;
/// Lines fed after the picture so the cut falls below it (ESC d n).
pub const FEED_LINES: u8 = 4;

/// The bytes that print `page` and cut the paper: ESC @, the picture in GS v 0 bands, ESC d to
/// clear the cutter, GS V 1 (partial cut, which leaves the slip hanging for the visitor to
/// take).
pub fn escpos(page: &Bitmap) -> Vec<u8> {
    let bytes_per_row = page.width().div_ceil(8) as usize;
    let mut out = Vec::with_capacity(bytes_per_row * page.height() as usize + 64);
    out.extend_from_slice(&INIT);
    let mut y = 0;
    while y < page.height() {
        let rows = RASTER_BAND.min(page.height() - y);
        out.extend_from_slice(&[0x1D, 0x76, 0x30, 0x00]);
        out.extend_from_slice(&(bytes_per_row as u16).to_le_bytes());
        out.extend_from_slice(&(rows as u16).to_le_bytes());
        for row in y..y + rows {
            out.extend_from_slice(&page.packed_row(row, bytes_per_row));
        }
        y += rows;
    }
    out.extend_from_slice(&[0x1B, 0x64, FEED_LINES]);
    out.extend_from_slice(&[0x1D, 0x56, 0x01]);
    out
}

/// The receipt's bytes in one call: [`page`] then [`escpos`].
pub fn receipt_bytes(
    slip: &ReceiptSlip<'_>,
    text: &impl TextRaster,
) -> Result<Vec<u8>, ReceiptPrintError> {
    Ok(escpos(&page(slip, text)?))
}

/// DLE EOT n, the real-time status queries the printer answers at once, even mid-job: `n` = 1
/// printer, 2 offline cause, 4 roll paper sensor. Each answer is one byte.
pub const STATUS_QUERIES: [[u8; 3]; 3] = [[0x10, 0x04, 1], [0x10, 0x04, 2], [0x10, 0x04, 4]];

/// What the printer says it can do now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PrinterState {
    Ready,
    /// Prints, but the roll is nearly done: staff should change it soon.
    PaperNearEnd,
    PaperOut,
    CoverOpen,
    /// Offline for another reason (an error, the feed button held, a cutter jam).
    Offline,
}

#[derive(Debug, Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum StatusError {
    /// Every status byte has bits 1 and 4 set and bits 0 and 7 clear; anything else is not an
    /// answer to DLE EOT (a printer in another mode, or the wrong device).
    #[error("{byte:#04x} is not an answer to DLE EOT {query}")]
    NotStatus { query: u8, byte: u8 },
    /// The answer to GS r 1 has bits 4 and 7 clear (and the reserved bits 5 and 6).
    #[error("{byte:#04x} is not an answer to GS r 1")]
    NotPaperStatus { byte: u8 },
}

/// GS r 1, "transmit paper sensor status". Unlike DLE EOT it waits its turn in the printer's
/// buffer, so the printer answers it only once everything sent before it is on paper: sent
/// after a slip, an answer says the slip came out whole, and silence that the printer stopped
/// on the way (paper ran out, the cover was opened).
pub const STATUS_AFTER_JOB: [u8; 3] = [0x1D, 0x72, 0x01];

/// The roll as the answer to [`STATUS_AFTER_JOB`] gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RollAfterJob {
    Adequate,
    NearEnd,
    /// The slip is out, and the roll ended with it.
    Ended,
}

/// The answer to [`STATUS_AFTER_JOB`]: bits 0–1 the roll's near-end sensor, bits 2–3 its end
/// sensor (each pair both set or both clear, but a printer with one sensor of a pair sets one
/// bit); bits 4–7 clear.
pub fn roll_after_job(byte: u8) -> Result<RollAfterJob, StatusError> {
    if byte & 0xF0 != 0 {
        return Err(StatusError::NotPaperStatus { byte });
    }
    Ok(if byte & 0x0C != 0 {
        RollAfterJob::Ended
    } else if byte & 0x03 != 0 {
        RollAfterJob::NearEnd
    } else {
        RollAfterJob::Adequate
    })
}

fn checked(query: u8, byte: u8) -> Result<u8, StatusError> {
    if byte & 0b1001_0011 == 0b0001_0010 {
        Ok(byte)
    } else {
        Err(StatusError::NotStatus { query, byte })
    }
}

/// The state from the answers to [`STATUS_QUERIES`], in order. Paper out outranks a cover open
/// (changing the roll opens the cover anyway), both outrank a plain offline.
pub fn state_from_status(
    printer: u8,
    offline_cause: u8,
    paper: u8,
) -> Result<PrinterState, StatusError> {
    let printer = checked(1, printer)?;
    let offline_cause = checked(2, offline_cause)?;
    let paper = checked(4, paper)?;
    Ok(if paper & 0x60 != 0 || offline_cause & 0x20 != 0 {
        PrinterState::PaperOut
    } else if offline_cause & 0x04 != 0 {
        PrinterState::CoverOpen
    } else if printer & 0x08 != 0 || offline_cause & 0x48 != 0 {
        PrinterState::Offline
    } else if paper & 0x0C != 0 {
        PrinterState::PaperNearEnd
    } else {
        PrinterState::Ready
    })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// Every character a 12 × `size`/2 block of dots: enough to test the layout without fonts.
    struct Blocks;

    impl TextRaster for Blocks {
        fn paragraph(&self, block: &TextBlock<'_>) -> Bitmap {
            let per_line = (block.width / (block.size / 2).max(1)).max(1) as usize;
            let chars: Vec<char> = block.text.chars().collect();
            let lines = chars.chunks(per_line).count().max(1) as u32;
            let mut b = Bitmap::new(block.width, lines * block.size);
            for (i, _) in chars.iter().enumerate() {
                let (col, line) = ((i % per_line) as u32, (i / per_line) as u32);
                for y in 0..block.size / 2 {
                    b.set(col * block.size / 2, line * block.size + y);
                }
            }
            b
        }
    }

    fn slip<'a>(number: &'a ReceiptNumber, lines: &'a [String], dots: u32) -> ReceiptSlip<'a> {
        ReceiptSlip {
            title: "求職申込み 受付控え",
            number_label: "受付番号",
            number,
            date_label: "受付日",
            date: "2026年12月5日",
            instructions: lines,
            qr_payload:
                "https://madoguchi.example.jp/c/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
            paper_dots: dots,
        }
    }

    #[test]
    fn the_page_is_the_paper_wide_and_the_bytes_frame_it() {
        let number = ReceiptNumber::parse("K7AXP3").expect("number");
        let lines = vec!["窓口でこの紙を見せてください。".to_owned()];
        for dots in [576, 384] {
            let page = page(&slip(&number, &lines, dots), &Blocks).expect("page");
            assert_eq!(page.width(), dots);
            let bytes = escpos(&page);
            assert_eq!(&bytes[..2], &INIT);
            assert_eq!(&bytes[bytes.len() - 6..], &[0x1B, 0x64, 4, 0x1D, 0x56, 1]);
            // Bands: header, then exactly bytes_per_row × rows of data, until the feed.
            let mut at = 2;
            let mut rows = 0;
            while bytes[at..].starts_with(&[0x1D, 0x76, 0x30, 0]) {
                let x = u16::from_le_bytes([bytes[at + 4], bytes[at + 5]]) as usize;
                let y = u16::from_le_bytes([bytes[at + 6], bytes[at + 7]]) as u32;
                assert_eq!(x, dots as usize / 8);
                assert!(y <= RASTER_BAND);
                rows += y;
                at += 8 + x * y as usize;
            }
            assert_eq!(rows, page.height());
            assert_eq!(at, bytes.len() - 6);
        }
    }

    #[test]
    fn rows_pack_leftmost_dot_high() {
        let mut b = Bitmap::new(16, 1);
        b.set(0, 0);
        b.set(9, 0);
        assert_eq!(b.packed_row(0, 2), vec![0x80, 0x40]);
    }

    #[test]
    fn the_qr_is_centred_and_bounded() {
        let qr = qr_bitmap("https://example.jp/c/x", 544).expect("qr");
        assert!(qr.width() <= 544 * 3 / 5);
        assert_eq!(qr.width(), qr.height());
        assert!(!qr.get(0, 0), "quiet zone");
        assert_eq!(
            qr_bitmap(&"x".repeat(2000), 544),
            Err(ReceiptPrintError::QrTooLarge)
        );
    }

    #[test]
    fn odd_paper_is_refused() {
        let number = ReceiptNumber::parse("K7AXP3").expect("number");
        for dots in [0, 100, 577, 2000] {
            assert_eq!(
                page(&slip(&number, &[], dots), &Blocks),
                Err(ReceiptPrintError::PaperWidth(dots))
            );
        }
    }

    #[test]
    fn status_bytes_read_as_the_manual_says() {
        use PrinterState::*;
        let table = [
            ((0x12, 0x12, 0x12), Ready),
            ((0x12, 0x12, 0x1E), PaperNearEnd),
            ((0x1A, 0x32, 0x7E), PaperOut),
            ((0x1A, 0x12, 0x72), PaperOut),
            ((0x1A, 0x16, 0x12), CoverOpen),
            ((0x1A, 0x36, 0x72), PaperOut),
            ((0x1A, 0x12, 0x12), Offline),
            ((0x12, 0x52, 0x12), Offline),
        ];
        for ((a, b, c), want) in table {
            assert_eq!(state_from_status(a, b, c), Ok(want), "{a:#x} {b:#x} {c:#x}");
        }
        assert_eq!(
            state_from_status(0x12, 0xFF, 0x12),
            Err(StatusError::NotStatus {
                query: 2,
                byte: 0xFF
            })
        );
    }

    #[test]
    fn answers_to_gs_r_1_read_as_the_manual_says() {
        for (byte, want) in [
            (0x00, RollAfterJob::Adequate),
            (0x03, RollAfterJob::NearEnd),
            (0x01, RollAfterJob::NearEnd),
            (0x0C, RollAfterJob::Ended),
            (0x0F, RollAfterJob::Ended),
            (0x04, RollAfterJob::Ended),
        ] {
            assert_eq!(roll_after_job(byte), Ok(want), "{byte:#04x}");
        }
        // Answers to DLE EOT (bit 4 set), and anything with a high bit, are not answers to GS r.
        for byte in [0x12, 0x16, 0x72, 0x80, 0x20, 0xFF] {
            assert_eq!(
                roll_after_job(byte),
                Err(StatusError::NotPaperStatus { byte }),
                "{byte:#04x}"
            );
        }
    }

    proptest! {
        #[test]
        fn any_status_bytes_give_a_state_or_an_error(a: u8, b: u8, c: u8) {
            let _ = state_from_status(a, b, c);
        }
    }
}
