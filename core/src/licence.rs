//! The common licences and qualifications (免許・資格) a visitor can pick instead of typing.
//!
//! Most visitors hold one of a few dozen licences — a driving licence, 簿記, 介護 and nursing
//! qualifications, 日本語能力試験 — and typing 「普通自動車第一種運転免許」 by touch is slow and
//! error-prone. `data/licences.tsv` lists them (source and date in `data/SOURCES.md`) with their
//! readings, so typing 「かいご」 finds 介護福祉士; anything else is written as free text. Names
//! come from Fluent (`lic-<code>` in `locales/*/licences.ftl`); only codes travel.

use std::sync::OnceLock;

use crate::occupation::fold;

const TSV: &str = include_str!("../../data/licences.tsv");
const HEADER: &str = "code\tname\treadings\tscore";

/// One licence of the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Licence {
    pub code: String,
    /// The Japanese name, as the awarding body writes it.
    pub name: String,
    /// Whether a score goes with it (TOEIC).
    pub scored: bool,
    folded_name: String,
    /// The full reading and common short names (ボキ, タッケン), folded.
    folded_readings: Vec<String>,
}

/// Every licence, in the list's order, parsed once from the bundled table.
pub fn licences() -> &'static [Licence] {
    static ALL: OnceLock<Vec<Licence>> = OnceLock::new();
    ALL.get_or_init(|| parse(TSV))
}

/// The licence with this code, if the list has it.
pub fn licence(code: &str) -> Option<&'static Licence> {
    licences().iter().find(|l| l.code == code)
}

/// Codes of the licences matching what a visitor typed, best first: readings that start with
/// it, names that start with it, readings that contain it, names that contain it; ties keep the
/// list's order. Query and list are folded alike (ひらがな and half-width ｶﾅ as カタカナ,
/// full-width letters as ASCII, separators dropped). An empty query finds nothing.
pub fn search(query: &str) -> Vec<String> {
    let q = fold(query);
    if q.is_empty() {
        return Vec::new();
    }
    let mut ranked: Vec<(u8, usize, &Licence)> = licences()
        .iter()
        .enumerate()
        .filter_map(|(order, l)| {
            let rank = if l.folded_readings.iter().any(|r| r.starts_with(&q)) {
                0
            } else if l.folded_name.starts_with(&q) {
                1
            } else if l.folded_readings.iter().any(|r| r.contains(&q)) {
                2
            } else if l.folded_name.contains(&q) {
                3
            } else {
                return None;
            };
            Some((rank, order, l))
        })
        .collect();
    ranked.sort_by_key(|&(rank, order, _)| (rank, order));
    ranked.into_iter().map(|(_, _, l)| l.code.clone()).collect()
}

/// Lines that do not parse are skipped; `bundled_list_parses_whole` keeps the shipped list
/// from losing any.
fn parse(text: &str) -> Vec<Licence> {
    let mut lines = text.lines();
    if lines.next().map(str::trim_end) != Some(HEADER) {
        return Vec::new();
    }
    lines
        .filter_map(|line| {
            let mut cols = line.trim_end().split('\t');
            let (code, name, readings, score) =
                (cols.next()?, cols.next()?, cols.next()?, cols.next()?);
            Some(Licence {
                code: code.to_owned(),
                name: name.to_owned(),
                scored: score == "yes",
                folded_name: fold(name),
                folded_readings: readings.split('|').map(fold).collect(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::Path;

    use proptest::prelude::*;

    use super::*;

    #[test]
    fn bundled_list_parses_whole() {
        let rows = TSV.lines().skip(1).filter(|l| !l.trim().is_empty()).count();
        assert_eq!(licences().len(), rows);
        assert!(rows >= 40, "the list promises about forty common licences");
        let codes: BTreeSet<&str> = licences().iter().map(|l| l.code.as_str()).collect();
        assert_eq!(codes.len(), rows, "a code appears twice");
    }

    #[test]
    fn kana_finds_the_licence() {
        assert_eq!(
            search("かいご").first().map(String::as_str),
            Some("care-worker")
        );
        assert!(search("ｶｲｺﾞ").contains(&"care-initial-training".to_owned()));
        assert_eq!(search("ほいくし"), vec!["nursery-teacher".to_owned()]);
        assert!(search("ぼき").starts_with(&[
            "bookkeeping-1".to_owned(),
            "bookkeeping-2".to_owned(),
            "bookkeeping-3".to_owned()
        ]));
        assert!(search("うんてんめんきょ").contains(&"driving-ordinary".to_owned()));
        assert_eq!(search("たっけん"), vec!["real-estate-broker".to_owned()]);
    }

    #[test]
    fn names_and_letters_find_it_too() {
        assert_eq!(search("看護").first().map(String::as_str), Some("nurse"));
        assert!(search("准看護").contains(&"assistant-nurse".to_owned()));
        assert_eq!(search("ＴＯＥＩＣ"), vec!["toeic".to_owned()]);
        assert!(search("n2").contains(&"jlpt-n2".to_owned()));
        assert!(search("").is_empty());
        assert!(search("　").is_empty());
        assert!(search("ぴゅぴゅぴゅ").is_empty());
    }

    #[test]
    fn only_toeic_takes_a_score() {
        let scored: Vec<&str> = licences()
            .iter()
            .filter(|l| l.scored)
            .map(|l| l.code.as_str())
            .collect();
        assert_eq!(scored, vec!["toeic"]);
    }

    #[test]
    fn every_licence_has_a_name_in_every_locale() {
        let want: BTreeSet<String> = licences()
            .iter()
            .map(|l| format!("lic-{}", l.code))
            .collect();
        for locale in ["ja", "ja-easy", "en"] {
            let path = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../locales")
                .join(locale)
                .join("licences.ftl");
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            let named: Vec<(&str, &str)> = text
                .lines()
                .filter_map(|l| l.split_once(" = "))
                .map(|(id, v)| (id.trim(), v.trim()))
                .collect();
            let ids: BTreeSet<String> = named.iter().map(|(id, _)| (*id).to_owned()).collect();
            assert_eq!(
                ids, want,
                "{locale}/licences.ftl and data/licences.tsv differ"
            );
            if locale == "ja" {
                for (id, value) in named {
                    let code = id.trim_start_matches("lic-");
                    assert_eq!(licence(code).map(|l| l.name.as_str()), Some(value), "{id}");
                }
            }
        }
    }

    proptest! {
        #[test]
        fn search_finds_only_listed_codes_without_duplicates(q in "\\PC{0,8}") {
            let found = search(&q);
            let distinct: BTreeSet<&String> = found.iter().collect();
            prop_assert_eq!(distinct.len(), found.len());
            for code in &found {
                prop_assert!(licence(code).is_some());
            }
        }

        #[test]
        fn hiragana_and_katakana_search_alike(s in "[ぁ-ゖ]{1,6}") {
            let katakana: String = s
                .chars()
                .map(|c| char::from_u32(u32::from(c) + 0x60).unwrap_or(c))
                .collect();
            prop_assert_eq!(search(&s), search(&katakana));
        }

        #[test]
        fn every_prefix_of_a_reading_finds_its_licence(i in 0usize..54, len in 1usize..6) {
            let list = licences();
            let l = &list[i % list.len()];
            let reading: String = l.folded_readings[0].chars().take(len).collect();
            prop_assert!(search(&reading).contains(&l.code));
        }
    }
}
