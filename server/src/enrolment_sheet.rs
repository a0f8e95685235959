//! The sheet `madoguchi-server kiosk add --count N --sheet FILE` prints for a batch of kiosks:
//! one card per kiosk with its name, its one-time enrolment code in large type and as a QR code
//! (for a barcode reader at the kiosk, or a phone that copies it to the provisioning file), and
//! the day the code expires.
//!
//! It is a self-contained HTML page (QR codes as inline SVG, A4 print styles) rather than a
//! PDF: an office prints it from any browser, and it needs no fonts on the server. The codes are
//! secrets until used: the file is written readable by its owner only, and the page says to
//! shred it once the kiosks are enrolled.

use maud::{html, PreEscaped, DOCTYPE};

/// One kiosk of the batch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetCard {
    pub name: String,
    pub code: String,
    /// The expiry as the office reads it (JST).
    pub expires: String,
}

/// The names of a batch: `base 01`, `base 02` … (two digits at least, so they sort).
pub fn batch_names(base: &str, count: u32) -> Vec<String> {
    let width = count.to_string().len().max(2);
    (1..=count).map(|n| format!("{base} {n:0width$}")).collect()
}

/// The printable sheet for `cards` of office `office`.
pub fn sheet_html(office: &str, server_url: Option<&str>, cards: &[SheetCard]) -> String {
    let page = html! {
        (DOCTYPE)
        html lang="ja" {
            head {
                meta charset="utf-8";
                title { "端末登録コード " (office) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                header {
                    h1 { "端末登録コード（安定所番号 " (office) "）" }
                    p { "1台に1枚。コードは一度だけ使えます。登録が済んだらこの紙は細断してください。" }
                    @if let Some(url) = server_url { p { "サーバー: " code { (url) } } }
                }
                div.cards {
                    @for card in cards {
                        section.card {
                            h2 { (card.name) }
                            @match madoguchi_core::qr::svg(&card.code) {
                                Ok(svg) => div.qr { (PreEscaped(strip_xml_declaration(&svg))) },
                                Err(_) => {},
                            }
                            p.code { (card.code) }
                            p.expires { "有効期限 " (card.expires) }
                        }
                    }
                }
            }
        }
    };
    page.into_string()
}

/// The SVG without its `<?xml …?>` line, so it can sit inside HTML.
fn strip_xml_declaration(svg: &str) -> &str {
    match svg.find("<svg") {
        Some(start) => &svg[start..],
        None => svg,
    }
}

const STYLE: &str = "
@page { size: A4; margin: 12mm; }
body { font-family: 'Noto Sans CJK JP', sans-serif; color: #000; }
header p { margin: 0.2em 0; }
.cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 6mm; }
.card { border: 1px dashed #555; padding: 4mm; break-inside: avoid; text-align: center; }
.card h2 { font-size: 13pt; margin: 0 0 2mm; }
.qr svg { width: 38mm; height: 38mm; }
.code { font: 600 15pt monospace; letter-spacing: 0.05em; margin: 2mm 0 1mm; }
.expires { font-size: 9pt; margin: 0; }
";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_batch_is_numbered_so_that_it_sorts() {
        assert_eq!(batch_names("1F", 3), vec!["1F 01", "1F 02", "1F 03"]);
        assert_eq!(batch_names("k", 120)[0], "k 001");
    }

    #[test]
    fn every_card_has_its_code_in_type_and_as_a_qr_code() {
        let cards: Vec<SheetCard> = batch_names("ロビー", 20)
            .into_iter()
            .enumerate()
            .map(|(i, name)| SheetCard {
                name,
                code: format!("ABCD-EFGH-{i:04}"),
                expires: "2026-12-12 09:00".into(),
            })
            .collect();
        let html = sheet_html("13010", Some("https://madoguchi.example.lg.jp"), &cards);
        assert_eq!(html.matches("<svg").count(), 20);
        assert_eq!(html.matches("class=\"card\"").count(), 20);
        assert!(html.contains("ABCD-EFGH-0019") && html.contains("ロビー 20"));
        assert!(!html.contains("<?xml"));
    }
}
