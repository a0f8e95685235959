//! Variant forms of kanji (異体字) for names: 高 ↔ 髙, 吉 ↔ 𠮷, 崎 → 﨑, 辺 → 邊 邉, 斎 → 齋.
//!
//! A registered name is often written in a form the dictionaries do not offer; after a kanji is
//! chosen, a long press offers these. The table is `data/variants.tsv` (built by
//! `scripts/build-variants` from SKK's variant lists and Unihan, see `data/SOURCES.md`),
//! compiled in: it is small, and read only on a long press.

use std::collections::HashMap;
use std::sync::OnceLock;

const TABLE: &str = include_str!("../../data/variants.tsv");

fn table() -> &'static HashMap<char, Vec<char>> {
    static TABLE_MAP: OnceLock<HashMap<char, Vec<char>>> = OnceLock::new();
    TABLE_MAP.get_or_init(|| {
        TABLE
            .lines()
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
    })
}

/// The variant forms of one character, in the table's order; empty when it has none.
pub fn of(c: char) -> &'static [char] {
    table().get(&c).map(Vec::as_slice).unwrap_or_default()
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
    fn variants_are_mutual() {
        for (c, forms) in table() {
            for f in forms {
                assert!(of(*f).contains(c), "{c} → {f} but not back");
            }
        }
    }
}
