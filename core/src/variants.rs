//! Variant forms of kanji (異体字) for names: 高 ↔ 髙, 吉 ↔ 𠮷, 崎 → 﨑, 辺 → 邊 邉, 斎 → 齋.
//!
//! A registered name is often written in a form the dictionaries do not offer; after a kanji is
//! chosen, a long press offers these. The table is `data/variants.tsv` (built by
//! `scripts/build-variants` from SKK's variant lists and Unihan, see `data/SOURCES.md`),
//! compiled in: it is small, and read only on a long press.
//!
//! A visitor writing on the pad in simplified Chinese (张) needs the form Japanese papers use
//! (張): [`japanese_forms`] reads `data/japanese-forms.tsv`, Unihan's traditional forms of each
//! simplified character, built by the same script.

use std::collections::HashMap;
use std::sync::OnceLock;

const TABLE: &str = include_str!("../../data/variants.tsv");
const JAPANESE_FORMS: &str = include_str!("../../data/japanese-forms.tsv");

fn table() -> &'static HashMap<char, Vec<char>> {
    static TABLE_MAP: OnceLock<HashMap<char, Vec<char>>> = OnceLock::new();
    TABLE_MAP.get_or_init(|| parse(TABLE))
}

fn forms_table() -> &'static HashMap<char, Vec<char>> {
    static FORMS_MAP: OnceLock<HashMap<char, Vec<char>>> = OnceLock::new();
    FORMS_MAP.get_or_init(|| parse(JAPANESE_FORMS))
}

/// A tab-separated table of single characters, `#` lines being comments: the first character of
/// each line, then the ones after it.
fn parse(text: &str) -> HashMap<char, Vec<char>> {
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| {
            let mut fields = line.split('\t').filter_map(|f| {
                let mut chars = f.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => Some(c),
                    _ => None,
                }
            });
            let head = fields.next()?;
            Some((head, fields.collect()))
        })
        .collect()
}

/// The variant forms of one character, in the table's order; empty when it has none.
pub fn of(c: char) -> &'static [char] {
    table().get(&c).map(Vec::as_slice).unwrap_or_default()
}

/// The forms Japanese papers use for a simplified Chinese character (张 → 張); empty when the
/// character is not a simplified form.
pub fn japanese_forms(c: char) -> &'static [char] {
    forms_table().get(&c).map(Vec::as_slice).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_forms_names_are_registered_in_are_offered() {
        assert!(of('高').contains(&'髙'));
        assert!(of('吉').contains(&'𠮷'));
        assert!(of('崎').contains(&'﨑'));
        assert!(of('辺').contains(&'邊') && of('辺').contains(&'邉'));
        assert!(of('斎').contains(&'齋'));
        assert!(of('あ').is_empty());
    }

    #[test]
    fn simplified_characters_lead_to_the_forms_japanese_papers_use() {
        assert_eq!(japanese_forms('张'), &['張']);
        assert_eq!(japanese_forms('刘'), &['劉']);
        assert_eq!(japanese_forms('陈'), &['陳']);
        assert!(japanese_forms('边').contains(&'邊'));
        assert!(japanese_forms('張').is_empty());
        assert!(japanese_forms('山').is_empty());
    }

    #[test]
    fn variants_are_mutual() {
        for (c, forms) in table() {
            for f in forms {
                assert!(of(*f).contains(c), "{c} → {f} but not back");
            }
        }
    }
}
