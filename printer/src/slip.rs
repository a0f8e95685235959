//! The receipt's words in the visitor's language, from the shell's catalog (`shell.ftl`,
//! `receipt-slip-*`), so the kiosk shell names no message id and no date format of its own.

use madoguchi_core::era::format_western;
use madoguchi_core::i18n::Catalog;
use madoguchi_core::language::Language;
use madoguchi_core::receipt::ReceiptNumber;
use madoguchi_core::receipt_print::{receipt_bytes, ReceiptPrintError, ReceiptSlip};
use time::Date;

use crate::raster::Fonts;

/// What one visitor's slip carries besides its fixed words.
#[derive(Clone, Debug)]
pub struct SlipFacts<'a> {
    pub language: Language,
    pub number: &'a ReceiptNumber,
    /// Today in Japan time (the kiosk's `Clock`).
    pub date: Date,
    /// The office's own counter instructions in this language (from the kiosk's config, e.g.
    /// 「2階 3番窓口へお越しください。」), printed first; `None` when the office has none.
    pub office_instructions: Option<&'a str>,
    /// The continuation URL (`ContinuationToken::url`).
    pub qr_payload: &'a str,
    pub paper_dots: u32,
}

/// The day as the slip prints it: 2026年12月5日 in Japanese and Chinese, 2026년 12월 5일 in
/// Korean, ISO 2026-12-05 elsewhere (day/month order differs between the Latin-script
/// languages; ISO cannot be misread).
pub fn slip_date(language: Language, date: Date) -> String {
    match language.code() {
        "ja" | "ja-easy" | "zh-Hans" | "zh-Hant" => format_western(date),
        "ko" => format!(
            "{}년 {}월 {}일",
            date.year(),
            u8::from(date.month()),
            date.day()
        ),
        _ => date.to_string(),
    }
}

/// The ESC/POS bytes of the slip: its words from `catalog` (furigana as 漢字（よみ）), laid out
/// by core and drawn with `fonts` (the language's, see [`crate::fonts::for_language`]).
pub fn slip_bytes(
    catalog: &Catalog,
    fonts: &Fonts,
    facts: &SlipFacts<'_>,
) -> Result<Vec<u8>, ReceiptPrintError> {
    let t = |id: &str| catalog.text(facts.language, id);
    let mut instructions: Vec<String> = facts
        .office_instructions
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .into_iter()
        .collect();
    instructions.extend(
        [
            "receipt-slip-counter",
            "receipt-slip-qr",
            "receipt-slip-keep",
        ]
        .into_iter()
        .map(t),
    );
    let slip = ReceiptSlip {
        title: &t("receipt-slip-title"),
        number_label: &t("receipt-slip-number"),
        number: facts.number,
        date_label: &t("receipt-slip-date"),
        date: &slip_date(facts.language, facts.date),
        instructions: &instructions,
        qr_payload: facts.qr_payload,
        paper_dots: facts.paper_dots,
    };
    receipt_bytes(&slip, fonts)
}

#[cfg(test)]
mod tests {
    use time::Month;

    use super::*;

    #[test]
    fn dates_are_written_as_each_language_reads_them() {
        let day = Date::from_calendar_date(2026, Month::December, 5).expect("date");
        let of = |code| slip_date(Language::from_code(code).expect("code"), day);
        assert_eq!(of("ja"), "2026年12月5日");
        assert_eq!(of("zh-Hant"), "2026年12月5日");
        assert_eq!(of("ko"), "2026년 12월 5일");
        assert_eq!(of("vi"), "2026-12-05");
        assert_eq!(of("th"), "2026-12-05");
    }
}
