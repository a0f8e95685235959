//! Reading → kanji: the 変換 key of the kiosk's kana keyboard.
//!
//! The visitor types a reading in kana; the converter finds the longest start of it that a
//! dictionary knows and offers that part's spellings, likeliest first, with the kana itself last
//! (so a part may stay kana). The rest of the reading waits for the next 変換. Dictionaries are
//! SKK files (Debian's `skkdic` and `skkdic-extra`: `SKK-JISYO.jinmei` for names, `.geo` for
//! places, `.L` for everything), read once into one string and a sorted index: a few megabytes,
//! looked up by binary search.
//!
//! The other way, [`Converter::readings`] reads a written name back (吉田 → ヨシダ): the card
//! reader fills the name in kanji but the card holds no フリガナ, so the kiosk suggests one.
//!
//! Given names are ranked apart ([`Vocabulary::GivenNames`]): SKK lists a reading's dozen
//! spellings in no order of frequency, and many names are in no dictionary as a whole, so the
//! given-name field asks [`GivenNames`] for attested spellings by frequency and for names
//! composed from their characters (see `given_names.rs`), SKK's names dictionary after them.

use std::io::{self, BufRead};

use crate::given_names::GivenNames;
use crate::normalize;

/// Longest reading looked up, in characters: longer input is converted from its start.
pub const MAX_READING: usize = 24;

/// One SKK dictionary: readings (ひらがな) and their spellings in the file's order.
///
/// Kept compact, since the kiosk holds three for its whole life: only the entries a lookup can
/// find are kept, one `reading /spellings/` line each, in one string, with a sorted index of
/// where each line starts (4 bytes an entry).
pub struct Dictionary {
    /// The kept entries, each a line ending in `\n`.
    text: String,
    /// Where each entry starts in `text`, sorted by reading.
    lines: Vec<u32>,
}

impl Dictionary {
    /// A dictionary from an SKK file as Debian ships it (EUC-JP), read a line at a time:
    /// the whole file is never in memory beside the dictionary, which keeps the allocator from
    /// holding on to a copy's worth of freed pages for the kiosk's life.
    pub fn read_skk_euc_jp(mut file: impl BufRead, size_hint: usize) -> io::Result<Dictionary> {
        // EUC-JP's two bytes a character become at most three in UTF-8.
        let mut builder = Builder::with_capacity(size_hint.saturating_mul(3) / 2);
        let mut raw = Vec::new();
        let mut line = String::new();
        loop {
            raw.clear();
            if file.read_until(b'\n', &mut raw)? == 0 {
                break;
            }
            if raw.starts_with(b";") {
                continue;
            }
            line.clear();
            let mut decoder = encoding_rs::EUC_JP.new_decoder_without_bom_handling();
            line.reserve(
                decoder
                    .max_utf8_buffer_length(raw.len())
                    .unwrap_or(raw.len() * 3),
            );
            let _ = decoder.decode_to_string(&raw, &mut line, true);
            if !builder.add(&line) {
                break;
            }
        }
        Ok(builder.finish())
    }

    /// A dictionary from an SKK file's bytes as Debian ships them (EUC-JP).
    pub fn from_skk_euc_jp(bytes: &[u8]) -> Dictionary {
        match Dictionary::read_skk_euc_jp(bytes, bytes.len()) {
            Ok(dictionary) => dictionary,
            // Reading from memory cannot fail.
            Err(_) => Builder::with_capacity(0).finish(),
        }
    }

    /// A dictionary from an SKK file's text. Comment lines and entries with okurigana
    /// (`かk /書/`) are skipped; a line that is not an entry is ignored.
    pub fn from_skk(skk: &str) -> Dictionary {
        let mut builder = Builder::with_capacity(skk.len());
        for line in skk.lines() {
            if !builder.add(line) {
                break;
            }
        }
        builder.finish()
    }

    /// The reading of the entry starting at `start`.
    fn reading_at(text: &str, start: u32) -> &str {
        let line = &text[start as usize..];
        &line[..line.find(' ').unwrap_or(0)]
    }

    /// How many readings the dictionary knows.
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The spellings of exactly this reading (ひらがな), in the dictionary's order, without
    /// annotations; Lisp expressions some entries carry are left out.
    pub fn spellings(&self, reading: &str) -> Vec<&str> {
        let Ok(at) = self
            .lines
            .binary_search_by(|start| Self::reading_at(&self.text, *start).cmp(reading))
        else {
            return Vec::new();
        };
        let line = &self.text[self.lines[at] as usize..];
        let line = &line[..line.find('\n').unwrap_or(line.len())];
        let list = &line[line.find(' ').map_or(line.len(), |space| space + 1)..];
        list.split('/')
            .map(|item| item.split(';').next().unwrap_or_default())
            .filter(|item| !item.is_empty() && !item.starts_with('(') && !item.contains('\\'))
            .collect()
    }

    /// The readings (ひらがな) whose spellings include exactly `spelling`, each with the
    /// spelling's place in that reading's list (0 = first). A scan of the whole file: it runs
    /// once per name filled from a card, not per key.
    pub fn readings_of(&self, spelling: &str) -> Vec<(&str, usize)> {
        let mut found = Vec::new();
        if spelling.is_empty() || spelling.contains(['/', ';', '\n', ' ']) {
            return found;
        }
        let needle = format!("/{spelling}");
        for (at, _) in self.text.match_indices(&needle) {
            let after = &self.text[at + needle.len()..];
            if !after.starts_with(['/', ';']) {
                continue;
            }
            let line_start = self.text[..at].rfind('\n').map_or(0, |n| n + 1);
            // Up to and with the `/` that opens this spelling.
            let line = &self.text[line_start..=at];
            let Some(space) = line.find(" /") else {
                continue;
            };
            let reading = &line[..space];
            if line.starts_with(';')
                || reading.is_empty()
                || reading.chars().any(|c| c.is_ascii_alphabetic())
            {
                continue;
            }
            let rank = line[space + 2..].matches('/').count();
            if !found.iter().any(|(r, _)| *r == reading) {
                found.push((reading, rank));
            }
        }
        found
    }
}

/// A [`Dictionary`] being read: its kept lines in the order of the file.
struct Builder {
    text: String,
    lines: Vec<u32>,
}

impl Builder {
    fn with_capacity(bytes: usize) -> Builder {
        Builder {
            text: String::with_capacity(bytes),
            lines: Vec::new(),
        }
    }

    /// Keeps `line` if it is an entry a lookup can find; false once the index is full (4 GiB
    /// of text), after which the dictionary keeps what fits.
    fn add(&mut self, line: &str) -> bool {
        if line.starts_with(';') {
            return true;
        }
        let line = line.trim_end();
        let Some(space) = line.find(" /") else {
            return true;
        };
        let reading = &line[..space];
        if reading.is_empty() || reading.chars().any(|c| c.is_ascii_alphabetic()) {
            return true;
        }
        let Ok(start) = u32::try_from(self.text.len()) else {
            return false;
        };
        self.lines.push(start);
        self.text.push_str(line);
        self.text.push('\n');
        true
    }

    fn finish(self) -> Dictionary {
        let Builder {
            mut text,
            mut lines,
        } = self;
        text.shrink_to_fit();
        lines.shrink_to_fit();
        lines.sort_by(|a, b| {
            Dictionary::reading_at(&text, *a).cmp(Dictionary::reading_at(&text, *b))
        });
        Dictionary { text, lines }
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
    given_names: Option<&'a GivenNames<'a>>,
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
        given_names: &'a GivenNames<'a>,
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

    /// At most `limit` readings (katakana) of a written name, likeliest first: the readings the
    /// dictionaries (and for given names the attested table) list it under, most dictionaries and
    /// earliest places first; a name no dictionary holds is tried in its characters' 異体字
    /// (𠮷田 as 吉田), and a given name still unread is read character by character. A name in
    /// kana reads as itself; anything else (Latin letters, digits, an empty field) as nothing.
    pub fn readings(&self, written: &str, limit: usize) -> Vec<String> {
        let written: String = written.chars().filter(|c| !c.is_whitespace()).collect();
        if written.is_empty() || limit == 0 || written.chars().count() > MAX_READING {
            return Vec::new();
        }
        let hiragana = normalize::hiragana(&written);
        if hiragana.chars().all(is_kana) {
            return vec![normalize::kana(&hiragana)];
        }
        if !written.chars().any(is_kanji) {
            return Vec::new();
        }
        let mut found = Vec::new();
        for form in written_forms(&written) {
            found = self.listed_readings(&form);
            if !found.is_empty() {
                break;
            }
        }
        if found.is_empty() {
            if let Some(names) = self.given_names {
                found = names.compose_readings(&written, limit);
            }
        }
        let mut out: Vec<String> = Vec::with_capacity(limit);
        for reading in found.iter().map(|r| normalize::kana(r)) {
            if out.len() < limit && !out.contains(&reading) {
                out.push(reading);
            }
        }
        out
    }

    /// The readings the dictionaries list `spelling` under, ranked: listed by more dictionaries
    /// first, then by the sum of its places in their lists, then by the reading.
    fn listed_readings(&self, spelling: &str) -> Vec<String> {
        let mut scores: Vec<(String, usize, usize)> = Vec::new();
        let mut count =
            |reading: &str, rank: usize| match scores.iter_mut().find(|(r, _, _)| r == reading) {
                Some((_, hits, ranks)) => {
                    *hits += 1;
                    *ranks += rank;
                }
                None => scores.push((reading.to_owned(), 1, rank)),
            };
        if let Some(names) = self.given_names {
            for (reading, rank) in names.readings_of(spelling) {
                count(reading, rank);
            }
        }
        for dictionary in &self.dictionaries {
            for (reading, rank) in dictionary.readings_of(spelling) {
                count(reading, rank);
            }
        }
        scores.sort_by(|a, b| {
            b.1.cmp(&a.1)
                .then(a.2.cmp(&b.2))
                .then_with(|| a.0.cmp(&b.0))
        });
        scores.into_iter().map(|(reading, _, _)| reading).collect()
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

/// CJK ideographs (with 々 and the extension planes where 𠮷 lives).
fn is_kanji(c: char) -> bool {
    matches!(c, '々' | '〆' | '\u{3400}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3134F}')
}

/// The written name, then the same name with one character at a time replaced by each of its
/// 異体字 (at most [`MAX_FORMS`] forms in all): the dictionaries hold the common form.
fn written_forms(written: &str) -> Vec<String> {
    let chars: Vec<char> = written.chars().collect();
    let mut forms = vec![written.to_owned()];
    for (i, c) in chars.iter().enumerate() {
        for variant in crate::variants::of(*c) {
            if forms.len() == MAX_FORMS {
                return forms;
            }
            let mut other = chars.clone();
            other[i] = *variant;
            forms.push(other.into_iter().collect());
        }
    }
    forms
}

/// How many spellings of one written name are looked up.
const MAX_FORMS: usize = 12;

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
        (Dictionary::from_skk(NAMES), Dictionary::from_skk(GENERAL))
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
    fn a_written_name_reads_back_from_every_dictionary_that_lists_it() {
        let names = Dictionary::from_skk(
            "よした /吉田;姓/\nよしだ /吉田;姓/葭田;姓/\nさと /里/佐藤/\nさとう /佐藤;姓/\n",
        );
        let general = Dictionary::from_skk("よしだ /吉田/\nさとう /砂糖/佐藤/\n");
        let c = Converter::new(vec![&names, &general]);
        // Listed by both dictionaries beats listed by one.
        assert_eq!(c.readings("吉田", 3), ["ヨシダ", "ヨシタ"]);
        // First in its list beats second: さとう (0 + 1) before さと (1).
        assert_eq!(c.readings("佐藤", 3), ["サトウ", "サト"]);
        assert_eq!(c.readings("佐藤", 1), ["サトウ"]);
        // 𠮷 is no dictionary's: its 異体字 吉 is.
        assert_eq!(c.readings("𠮷田", 1), ["ヨシダ"]);
        // Spaces do not count; a name in kana reads as itself.
        assert_eq!(c.readings(" 吉 田 ", 1), ["ヨシダ"]);
        assert_eq!(c.readings("よしだ", 3), ["ヨシダ"]);
        assert_eq!(c.readings("ヨシダ", 3), ["ヨシダ"]);
        // Not a name the dictionaries hold, Latin letters, nothing: no reading.
        assert!(c.readings("鬱鬱", 3).is_empty());
        assert!(c.readings("YOSHIDA", 3).is_empty());
        assert!(c.readings("", 3).is_empty());
        assert!(c.readings("吉田", 0).is_empty());
        // A spelling is matched whole: 吉 alone is not 吉田.
        assert!(names.readings_of("吉").is_empty());
        assert!(names.readings_of("田/").is_empty());
    }

    #[test]
    fn a_given_name_no_list_holds_is_read_by_its_characters() {
        let (names, general) = dicts();
        let given = GivenNames::parse(GIVEN);
        let c = Converter::for_given_names(&given, vec![&names, &general]);
        // 華子 is attested (and listed in SKK's names): one reading.
        assert_eq!(c.readings("華子", 3)[0], "ハナコ");
        // 花子 is listed by SKK here too; 華小 by nothing, so composed: はな + こ.
        assert_eq!(c.readings("華小", 3), Vec::<String>::new());
        let given = GivenNames::parse("c\tはな\t華\t0\t3\t0\t0\nc\tこ\t小\t0\t0\t0\t2\n");
        let c = Converter::for_given_names(&given, vec![&names]);
        assert_eq!(c.readings("華小", 3), ["ハナコ"]);
    }

    #[test]
    fn the_installed_dictionaries_read_common_names() {
        let dir = std::path::Path::new("/usr/share/skk");
        // scripts/setup installs skkdic, as the kiosk's package depends on it.
        let bytes = std::fs::read(dir.join("SKK-JISYO.jinmei")).expect("skkdic's names dictionary");
        let names = Dictionary::from_skk_euc_jp(&bytes);
        let bytes = std::fs::read(dir.join("SKK-JISYO.L")).expect("skkdic's general dictionary");
        let general = Dictionary::from_skk_euc_jp(&bytes);
        // As the kiosk asks for a family name: the names dictionary, then the general one.
        let c = Converter::new(vec![&names, &general]);
        for (written, reading) in [
            ("吉田", "ヨシダ"),
            ("佐藤", "サトウ"),
            ("高橋", "タカハシ"),
            ("山田", "ヤマダ"),
            ("𠮷田", "ヨシダ"),
            ("髙橋", "タカハシ"),
        ] {
            assert_eq!(
                c.readings(written, 3).first().map(String::as_str),
                Some(reading),
                "{written}"
            );
        }
        let c = Converter::for_given_names(GivenNames::bundled(), vec![&names, &general]);
        for (written, reading) in [("花子", "ハナコ"), ("太郎", "タロウ"), ("愛斗", "アイト")]
        {
            assert!(
                c.readings(written, 3).iter().any(|r| r == reading),
                "{written}: {:?}",
                c.readings(written, 3)
            );
        }
    }

    #[test]
    fn euc_jp_files_are_read_as_debian_ships_them() {
        let (bytes, _, _) = encoding_rs::EUC_JP.encode("とうきょう /東京/\n");
        let d = Dictionary::from_skk_euc_jp(&bytes);
        assert_eq!(d.spellings("とうきょう"), ["東京"]);
    }

    #[test]
    fn a_file_read_a_line_at_a_time_holds_what_the_whole_text_does() {
        let skk = ";; okuri-ari entries.\nかk /書/\n;; okuri-nasi entries.\r\n\
                   さとう /佐藤;姓/砂糖/\r\nあ /亜/\nnot an entry\nよしだ /吉田/";
        let (bytes, _, _) = encoding_rs::EUC_JP.encode(skk);
        let read = Dictionary::read_skk_euc_jp(&bytes[..], 0).expect("read from memory");
        let whole = Dictionary::from_skk(skk);
        assert_eq!(read.len(), 3);
        assert_eq!(whole.len(), 3);
        for reading in ["さとう", "あ", "よしだ", "か"] {
            assert_eq!(
                read.spellings(reading),
                whole.spellings(reading),
                "{reading}"
            );
        }
        assert_eq!(read.spellings("さとう"), ["佐藤", "砂糖"]);
        assert_eq!(read.spellings("よしだ"), ["吉田"]);
        assert_eq!(read.readings_of("吉田"), [("よしだ", 0)]);
        // The last line had no line end; kept lines all have one, so the file's end is found.
        assert!(read.text.ends_with("/吉田/\n"));

        let bytes = std::fs::read("/usr/share/skk/SKK-JISYO.L").expect("skkdic");
        let read = Dictionary::read_skk_euc_jp(&bytes[..], bytes.len()).expect("read");
        let whole = Dictionary::from_skk(&encoding_rs::EUC_JP.decode(&bytes).0);
        assert_eq!(read.len(), whole.len());
        assert!(read.len() > 100_000, "{}", read.len());
        assert_eq!(read.text, whole.text);
        // Only what a lookup can find is kept: no comments, no okurigana entries.
        assert!(!read.text.contains(";; okuri"));
        assert!(read.text.len() < encoding_rs::EUC_JP.decode(&bytes).0.len());
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
        fn any_written_name_reads_without_failing(written in "\\PC{0,30}", limit in 0usize..6) {
            let (names, general) = dicts();
            let given = GivenNames::parse(GIVEN);
            let got = Converter::for_given_names(&given, vec![&names, &general]).readings(&written, limit);
            prop_assert!(got.len() <= limit);
            prop_assert!(got.iter().all(|r| !r.is_empty()));
        }

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
