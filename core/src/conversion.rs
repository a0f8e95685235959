//! Reading → kanji: the 変換 key of the kiosk's kana keyboard.
//!
//! The visitor types a reading in kana; the converter finds the longest start of it that a
//! dictionary knows and offers that part's spellings, likeliest first, with the kana itself last
//! (so a part may stay kana). The rest of the reading waits for the next 変換. Dictionaries are
//! SKK files (Debian's `skkdic` and `skkdic-extra`: `SKK-JISYO.jinmei` for names, `.geo` for
//! places, `.L` for everything), read once into one string and a sorted index: a few megabytes,
//! looked up by binary search.
//!
//! Given names are ranked apart ([`Vocabulary::GivenNames`]): SKK lists a reading's dozen
//! spellings in no order of frequency, and many names are in no dictionary as a whole, so the
//! given-name field asks [`GivenNames`] for attested spellings by frequency and for names
//! composed from their characters (see `given_names.rs`), SKK's names dictionary after them.

use std::ops::Range;

use crate::given_names::GivenNames;
use crate::normalize;

/// Longest reading looked up, in characters: longer input is converted from its start.
pub const MAX_READING: usize = 24;

/// One SKK dictionary: readings (ひらがな) and their spellings in the file's order.
pub struct Dictionary {
    text: String,
    /// (reading, the `/…/` list) as byte ranges of `text`, sorted by reading.
    entries: Vec<(Range<usize>, Range<usize>)>,
}

impl Dictionary {
    /// A dictionary from an SKK file's bytes as Debian ships them (EUC-JP).
    pub fn from_skk_euc_jp(bytes: &[u8]) -> Dictionary {
        let (text, _, _) = encoding_rs::EUC_JP.decode(bytes);
        Dictionary::from_skk(text.into_owned())
    }

    /// A dictionary from an SKK file's text. Comment lines and entries with okurigana
    /// (`かk /書/`) are skipped; a line that is not an entry is ignored.
    pub fn from_skk(text: String) -> Dictionary {
        let mut entries = Vec::new();
        let mut start = 0;
        for line in text.split_inclusive('\n') {
            let range = start..start + line.len();
            start = range.end;
            if line.starts_with(';') {
                continue;
            }
            let Some(space) = line.find(" /") else {
                continue;
            };
            let reading = &line[..space];
            if reading.is_empty() || reading.chars().any(|c| c.is_ascii_alphabetic()) {
                continue;
            }
            let list_start = range.start + space + 1;
            let list_end = range.start + line.trim_end().len();
            entries.push((range.start..range.start + space, list_start..list_end));
        }
        entries.sort_by(|a, b| text[a.0.clone()].cmp(&text[b.0.clone()]));
        Dictionary { text, entries }
    }

    /// How many readings the dictionary knows.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The spellings of exactly this reading (ひらがな), in the dictionary's order, without
    /// annotations; Lisp expressions some entries carry are left out.
    pub fn spellings(&self, reading: &str) -> Vec<&str> {
        let Ok(at) = self
            .entries
            .binary_search_by(|(r, _)| self.text[r.clone()].cmp(reading))
        else {
            return Vec::new();
        };
        let list = &self.text[self.entries[at].1.clone()];
        list.split('/')
            .map(|item| item.split(';').next().unwrap_or_default())
            .filter(|item| !item.is_empty() && !item.starts_with('(') && !item.contains('\\'))
            .collect()
    }
}

/// Which words a field is written in, so 変換 asks the dictionaries that know them first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Vocabulary {
    /// 氏名, 姓: the names dictionary, then the general one.
    Names,
    /// 名 (the given name): spellings by frequency and names composed from their characters,
    /// then the names dictionary; the general one only for a start no name reading matches.
    GivenNames,
    /// 住所, 希望勤務地: place names, then the general dictionary.
    Places,
    /// 学校名, 会社名, 資格: the general dictionary.
    General,
}

/// What one 変換 offers: the start of the reading it converts, its spellings, and the rest.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct Conversion {
    /// The part of the reading the candidates spell, in katakana as the keyboard shows it.
    pub reading: String,
    /// Spellings of `reading`, likeliest first; the reading's hiragana and katakana come last.
    pub candidates: Vec<String>,
    /// What is left of the reading after `reading`, in katakana, for the next 変換.
    pub rest: String,
}

/// Dictionaries asked in order: the first that knows a reading leads its candidates.
pub struct Converter<'a> {
    dictionaries: Vec<&'a Dictionary>,
    /// For the given-name field: asked first, for the whole reading.
    given_names: Option<&'a GivenNames>,
}

impl<'a> Converter<'a> {
    pub fn new(dictionaries: Vec<&'a Dictionary>) -> Converter<'a> {
        Converter {
            dictionaries,
            given_names: None,
        }
    }

    /// A converter for given names: the whole reading is spelled by `given_names` (the first
    /// dictionary's spellings counting as attested ones); a reading it cannot spell is converted
    /// from its longest known start as by [`Converter::new`].
    pub fn for_given_names(
        given_names: &'a GivenNames,
        dictionaries: Vec<&'a Dictionary>,
    ) -> Converter<'a> {
        Converter {
            dictionaries,
            given_names: Some(given_names),
        }
    }

    /// At most `limit` candidates for the longest start of `typed` any dictionary knows (or,
    /// when none knows any start, the whole reading as kana). `None` for a reading with no kana.
    pub fn convert(&self, typed: &str, limit: usize) -> Option<Conversion> {
        let reading: Vec<char> = normalize::hiragana(typed).chars().collect();
        if reading.is_empty() || !reading.iter().copied().any(is_kana) {
            return None;
        }
        let longest = reading.len().min(MAX_READING);
        let (cut, mut candidates) = self
            .given_name(&reading[..longest], limit)
            .or_else(|| {
                (1..=longest).rev().find_map(|n| {
                    let part: String = reading[..n].iter().collect();
                    let found = self.spellings(&part);
                    (!found.is_empty()).then_some((n, found))
                })
            })
            .unwrap_or((reading.len(), Vec::new()));
        let part: String = reading[..cut].iter().collect();
        let rest: String = reading[cut..].iter().collect();
        let kana = [part.clone(), normalize::kana(&part)];
        candidates.retain(|c| !kana.contains(c));
        candidates.truncate(limit.saturating_sub(2).max(1));
        candidates.extend(kana);
        candidates.truncate(limit.max(1));
        Some(Conversion {
            reading: normalize::kana(&part),
            candidates,
            rest: normalize::kana(&rest),
        })
    }

    /// The whole reading spelled as a given name, when this converter is for given names and
    /// the reading is all kana.
    fn given_name(&self, reading: &[char], limit: usize) -> Option<(usize, Vec<String>)> {
        let names = self.given_names?;
        if !reading.iter().copied().all(is_kana) {
            return None;
        }
        let whole: String = reading.iter().collect();
        let also = self
            .dictionaries
            .first()
            .map(|d| d.spellings(&whole))
            .unwrap_or_default();
        let found = names.candidates(&whole, &also, limit);
        (!found.is_empty()).then_some((reading.len(), found))
    }

    fn spellings(&self, reading: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for dictionary in &self.dictionaries {
            for spelling in dictionary.spellings(reading) {
                if !out.iter().any(|s| s == spelling) {
                    out.push(spelling.to_owned());
                }
            }
        }
        out
    }
}

fn is_kana(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{3096}' | 'ー')
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const NAMES: &str = ";; -*- coding: utf-8 -*-\n\
        ;; okuri-nasi entries.\n\
        やまだ /山田;人名&地名 姓/\n\
        はなこ /花子;人名/華子;人名/ハナ子;人名/\n\
        たかはし /高橋;人名, 姓/高階;人名/たかはし;姓/\n";
    const GENERAL: &str = "かk /書/描/\n\
        はな /花/華/鼻/\n\
        こ /子/小/粉/\n\
        やまだ /山田/(concat \"x\")/\n\
        とうきょう /東京/\n";

    fn dicts() -> (Dictionary, Dictionary) {
        (
            Dictionary::from_skk(NAMES.to_owned()),
            Dictionary::from_skk(GENERAL.to_owned()),
        )
    }

    #[test]
    fn a_name_converts_whole_with_annotations_dropped() {
        let (names, general) = dicts();
        let c = Converter::new(vec![&names, &general]);
        let got = c.convert("ハナコ", 10).expect("a reading");
        assert_eq!(got.reading, "ハナコ");
        assert_eq!(
            got.candidates,
            ["花子", "華子", "ハナ子", "はなこ", "ハナコ"]
        );
        assert_eq!(got.rest, "");
    }

    #[test]
    fn the_first_dictionary_leads_and_spellings_are_not_repeated() {
        let (names, general) = dicts();
        let got = Converter::new(vec![&names, &general])
            .convert("やまだ", 10)
            .expect("a reading");
        assert_eq!(got.candidates, ["山田", "やまだ", "ヤマダ"]);
        let got = Converter::new(vec![&names])
            .convert("たかはし", 10)
            .expect("a reading");
        assert_eq!(got.candidates, ["高橋", "高階", "たかはし", "タカハシ"]);
    }

    #[test]
    fn the_longest_known_start_is_converted_and_the_rest_waits() {
        let (_, general) = dicts();
        let got = Converter::new(vec![&general])
            .convert("はなこ", 10)
            .expect("a reading");
        assert_eq!(got.reading, "ハナ");
        assert_eq!(got.candidates[..3], ["花", "華", "鼻"]);
        assert_eq!(got.rest, "コ");
    }

    #[test]
    fn an_unknown_reading_stays_kana_and_okurigana_entries_are_skipped() {
        let (_, general) = dicts();
        let c = Converter::new(vec![&general]);
        let got = c.convert("ぬぬ", 10).expect("a reading");
        assert_eq!(got.candidates, ["ぬぬ", "ヌヌ"]);
        assert!(general.spellings("かk").is_empty());
        assert_eq!(c.convert("ABC", 10), None);
        assert_eq!(c.convert("", 10), None);
    }

    #[test]
    fn the_limit_keeps_the_kana_choices() {
        let (names, _) = dicts();
        let got = Converter::new(vec![&names])
            .convert("はなこ", 3)
            .expect("a reading");
        assert_eq!(got.candidates, ["花子", "はなこ", "ハナコ"]);
    }

    #[test]
    fn euc_jp_files_are_read_as_debian_ships_them() {
        let (bytes, _, _) = encoding_rs::EUC_JP.encode("とうきょう /東京/\n");
        let d = Dictionary::from_skk_euc_jp(&bytes);
        assert_eq!(d.spellings("とうきょう"), ["東京"]);
    }

    const GIVEN: &str = "n\tはなこ\t華子\n\
        c\tはな\t花\t0\t9\t0\t0\n\
        c\tこ\t子\t0\t0\t0\t9\n\
        c\tはな\t華\t0\t3\t0\t0\n";

    #[test]
    fn a_given_name_leads_with_its_commonest_spelling_then_composed_ones() {
        let (names, general) = dicts();
        let given = GivenNames::parse(GIVEN);
        let c = Converter::for_given_names(&given, vec![&names, &general]);
        let got = c.convert("ハナコ", 10).expect("a reading");
        assert_eq!(got.reading, "ハナコ");
        // 華子 is the table's commonest; 花子 composed; SKK's ハナ子 after them.
        assert_eq!(
            got.candidates,
            ["華子", "花子", "ハナ子", "はなこ", "ハナコ"]
        );
        assert_eq!(got.rest, "");
    }

    #[test]
    fn a_given_name_nothing_spells_falls_back_to_the_dictionaries() {
        let (names, general) = dicts();
        let given = GivenNames::parse(GIVEN);
        let c = Converter::for_given_names(&given, vec![&names, &general]);
        let got = c.convert("とうきょうx", 10).expect("a reading");
        assert_eq!(got.reading, "トウキョウ");
        assert_eq!(got.candidates[0], "東京");
        assert_eq!(
            c.convert("ぬぬ", 10).expect("a reading").candidates,
            ["ぬぬ", "ヌヌ"]
        );
    }

    proptest! {
        #[test]
        fn conversion_never_loses_the_reading(typed in "[ぁ-ゖァ-ヶー a-zA-Z0-9]{0,40}") {
            let (names, general) = dicts();
            let given = GivenNames::bundled();
            for c in [
                Converter::new(vec![&names, &general]),
                Converter::for_given_names(given, vec![&names, &general]),
            ] {
                if let Some(got) = c.convert(&typed, 10) {
                    let whole = normalize::kana(&normalize::hiragana(&typed));
                    prop_assert_eq!(format!("{}{}", got.reading, got.rest), whole);
                    prop_assert!(!got.candidates.is_empty() && got.candidates.len() <= 10);
                }
            }
        }
    }
}
