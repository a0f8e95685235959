//! Given names (名) for the 変換 key: the spellings a reading has, likeliest first, including
//! names that no dictionary holds whole.
//!
//! A given-name reading has a dozen spellings (たけし: 猛, 威, 毅, 健, 武史, …) and SKK's names
//! dictionary lists them in no order of frequency; many names a visitor brings (蒼人, 咲萌) are
//! in no dictionary at all. `data/given-names.tsv` (built by `scripts/build-given-names` from
//! Mozc's and IPAdic's given names and KANJIDIC's readings, see `data/SOURCES.md`) holds two
//! tables:
//!
//! - `n <reading> <spelling>…`: the attested spellings of a reading, commonest first by Mozc's
//!   word cost (learnt from the web: 陽翔 before 晴人), then IPAdic's;
//! - `c <piece> <character> <only> <first> <mid> <last>`: how many of those given names spell
//!   the piece of a reading with the character, as a name of one character or at the start,
//!   middle or end of a longer one.
//!
//! [`GivenNames::compose`] spells a reading as characters: it cuts the reading into at most
//! [`MAX_PIECES`] pieces of at most [`MAX_PIECE`] kana and scores each spelling as the product of
//! its characters' likelihoods, P(character, piece | place) = count / all counts at that place
//! (with a tenth of the character's counts at other places added, so that 斗 once seen at the
//! start can still end a name). Fewer, commoner pieces win, as in the names people give.
//! [`GivenNames::candidates`] then offers the commonest attested spelling first and alternates
//! composed spellings with the other attested ones, so both kinds reach the first five.
//!
//! The table is compiled in (about 490 kB of text, parsed on first use) rather than read from a
//! package at run time: IPAdic's sources come only with `mecab-ipadic`, whose install compiles a
//! 50 MB dictionary the kiosk does not need, and Mozc's with an 80 MB MeCab dictionary.

use std::collections::HashMap;
use std::sync::OnceLock;

const BUNDLED: &str = include_str!("../../data/given-names.tsv");

/// The most pieces a composed name is cut into (a name of four characters).
pub const MAX_PIECES: usize = 4;
/// The longest piece of a reading one character spells, in kana (しょう, ちから).
pub const MAX_PIECE: usize = 4;
/// How many characters each piece tries, and how many spellings the search keeps.
const PER_PIECE: usize = 8;
const BEAM: usize = 20;
/// The share of a character's counts at other places that is lent to this place.
const LENT: f64 = 0.1;

/// Where in a name a character stands; the table's columns, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Only,
    First,
    Middle,
    Last,
}

impl Place {
    fn of(index: usize, len: usize) -> Place {
        match (index, len) {
            (_, 1) => Place::Only,
            (0, _) => Place::First,
            (i, n) if i + 1 == n => Place::Last,
            _ => Place::Middle,
        }
    }

    fn column(self) -> usize {
        self as usize
    }
}

/// The given-name tables of `data/given-names.tsv`, borrowing the table's text: the bundled
/// table is compiled in, so its readings and spellings are kept as slices of the binary's own
/// bytes and not copied into eleven thousand small allocations.
#[derive(Debug, Default)]
pub struct GivenNames<'a> {
    /// Reading → the rest of its line: its spellings, tab-separated, commonest first
    /// ([`each_spelling`]).
    attested: HashMap<&'a str, &'a str>,
    /// Piece of a reading → the characters that spell it, with counts per [`Place`].
    pieces: HashMap<&'a str, Vec<(char, [u32; 4])>>,
    /// The same counts by character: character → the pieces it spells, for reading a written
    /// name back ([`GivenNames::compose_readings`]).
    by_character: HashMap<char, Vec<(&'a str, [u32; 4])>>,
    /// All counts per place: the denominator of every likelihood.
    totals: [u64; 4],
}

impl GivenNames<'static> {
    /// The tables compiled into the kiosk, parsed once.
    pub fn bundled() -> &'static GivenNames<'static> {
        static BUNDLED_NAMES: OnceLock<GivenNames<'static>> = OnceLock::new();
        BUNDLED_NAMES.get_or_init(|| GivenNames::parse(BUNDLED))
    }
}

impl<'a> GivenNames<'a> {
    /// Reads the format of `scripts/build-given-names`. A line that is not a well-formed `n` or
    /// `c` line is skipped, so a damaged file offers fewer names but never fails.
    pub fn parse(text: &'a str) -> GivenNames<'a> {
        let mut names = GivenNames::default();
        for line in text.lines() {
            let mut fields = line.split('\t');
            match (fields.next(), fields.next()) {
                (Some("n"), Some(reading)) if !reading.is_empty() => {
                    let spellings = &line["n\t".len() + reading.len()..];
                    if each_spelling(spellings).next().is_some() {
                        names.attested.insert(reading, spellings);
                    }
                }
                (Some("c"), Some(piece)) if !piece.is_empty() => {
                    let Some(character) = one_char(fields.next()) else {
                        continue;
                    };
                    let counts: Vec<u32> = fields.filter_map(|f| f.parse().ok()).collect();
                    let Ok(counts) = <[u32; 4]>::try_from(counts) else {
                        continue;
                    };
                    for (total, count) in names.totals.iter_mut().zip(counts) {
                        *total += u64::from(count);
                    }
                    names
                        .pieces
                        .entry(piece)
                        .or_default()
                        .push((character, counts));
                    names
                        .by_character
                        .entry(character)
                        .or_default()
                        .push((piece, counts));
                }
                _ => {}
            }
        }
        names
    }

    /// The attested spellings of a reading (ひらがな), commonest first.
    pub fn attested(&self, reading: &str) -> impl Iterator<Item = &'a str> {
        each_spelling(self.attested.get(reading).copied().unwrap_or_default())
    }

    /// At most `limit` spellings of a reading (ひらがな) composed from characters, likeliest
    /// first; none for a reading longer than [`MAX_PIECES`] × [`MAX_PIECE`] kana or one the
    /// table cannot spell.
    pub fn compose(&self, reading: &str, limit: usize) -> Vec<String> {
        let reading: Vec<char> = reading.chars().collect();
        if reading.is_empty() || reading.len() > MAX_PIECES * MAX_PIECE {
            return Vec::new();
        }
        let mut best: HashMap<String, f64> = HashMap::new();
        let mut cut = Vec::with_capacity(MAX_PIECES);
        self.each_cut(&reading, &mut cut, &mut |pieces| {
            for (spelling, score) in self.spell(pieces) {
                let kept = best.entry(spelling).or_insert(f64::NEG_INFINITY);
                *kept = kept.max(score);
            }
        });
        let mut ranked: Vec<(String, f64)> = best.into_iter().collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        ranked.into_iter().take(limit).map(|(s, _)| s).collect()
    }

    /// What 変換 offers for a given name: the commonest attested spelling, then composed
    /// spellings alternating with the other attested ones (`also`, e.g. SKK's names dictionary,
    /// after this table's own), without repeats; at most `limit`.
    pub fn candidates(&self, reading: &str, also: &[&str], limit: usize) -> Vec<String> {
        let mut attested: Vec<&str> = self.attested(reading).collect();
        attested.extend(also);
        let composed = self.compose(reading, limit);
        let mut out: Vec<String> = Vec::with_capacity(limit);
        let push = |s: &str, out: &mut Vec<String>| {
            if out.len() < limit && !out.iter().any(|o| o == s) {
                out.push(s.to_owned());
            }
        };
        let (head, rest) = attested.split_at(attested.len().min(1));
        for s in head {
            push(s, &mut out);
        }
        let longest = composed.len().max(rest.len());
        for i in 0..longest {
            if let Some(s) = composed.get(i) {
                push(s, &mut out);
            }
            if let Some(s) = rest.get(i) {
                push(s, &mut out);
            }
        }
        out
    }

    /// The readings (ひらがな) this table attests for a written name, each with the spelling's
    /// rank among the reading's spellings (0 = its commonest spelling).
    pub fn readings_of(&self, spelling: &str) -> Vec<(&'a str, usize)> {
        let mut found: Vec<(&'a str, usize)> = self
            .attested
            .iter()
            .filter_map(|(&reading, spellings)| {
                let rank = each_spelling(spellings).position(|s| s == spelling)?;
                Some((reading, rank))
            })
            .collect();
        found.sort_by(|a, b| a.1.cmp(&b.1).then_with(|| a.0.cmp(b.0)));
        found
    }

    /// At most `limit` readings (ひらがな) of a written name composed character by character,
    /// likeliest first, as [`GivenNames::compose`] spells a reading the other way; none when a
    /// character is not in the table or the name is longer than [`MAX_PIECES`] characters.
    pub fn compose_readings(&self, spelling: &str, limit: usize) -> Vec<String> {
        let characters: Vec<char> = spelling.chars().collect();
        if characters.is_empty() || characters.len() > MAX_PIECES {
            return Vec::new();
        }
        let mut beam: Vec<(String, f64)> = vec![(String::new(), 0.0)];
        for (i, c) in characters.iter().enumerate() {
            let place = Place::of(i, characters.len());
            let total = self.totals[place.column()];
            let Some(known) = self.by_character.get(c).filter(|_| total > 0) else {
                return Vec::new();
            };
            let mut pieces: Vec<(&str, f64)> = known
                .iter()
                .filter_map(|(piece, counts)| {
                    let weight = likelihood_weight(counts, place);
                    (weight > 0.0).then(|| (*piece, (weight / total as f64).ln()))
                })
                .collect();
            pieces.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(b.0)));
            pieces.truncate(PER_PIECE);
            let mut next: Vec<(String, f64)> = Vec::with_capacity(beam.len() * pieces.len());
            for (reading, score) in &beam {
                for (piece, s) in &pieces {
                    next.push((format!("{reading}{piece}"), score + s));
                }
            }
            next.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            next.dedup_by(|a, b| a.0 == b.0);
            next.truncate(BEAM);
            beam = next;
        }
        let mut out: Vec<String> = Vec::with_capacity(limit);
        for (reading, _) in beam {
            if out.len() == limit {
                break;
            }
            if !out.contains(&reading) {
                out.push(reading);
            }
        }
        out
    }

    /// Calls `found` with every cut of `reading` into pieces the table knows.
    fn each_cut(&self, reading: &[char], cut: &mut Vec<String>, found: &mut dyn FnMut(&[String])) {
        if reading.is_empty() {
            if !cut.is_empty() {
                found(cut);
            }
            return;
        }
        if cut.len() == MAX_PIECES {
            return;
        }
        for len in 1..=reading.len().min(MAX_PIECE) {
            let piece: String = reading[..len].iter().collect();
            if self.pieces.contains_key(piece.as_str()) {
                cut.push(piece);
                self.each_cut(&reading[len..], cut, found);
                cut.pop();
            }
        }
    }

    /// The likeliest spellings of one cut, with their log-likelihoods.
    fn spell(&self, pieces: &[String]) -> Vec<(String, f64)> {
        let mut beam: Vec<(String, f64)> = vec![(String::new(), 0.0)];
        for (i, piece) in pieces.iter().enumerate() {
            let choices = self.characters(piece, Place::of(i, pieces.len()));
            if choices.is_empty() {
                return Vec::new();
            }
            let mut next: Vec<(String, f64)> = Vec::with_capacity(beam.len() * choices.len());
            for (spelling, score) in &beam {
                for (c, s) in &choices {
                    let mut longer = spelling.clone();
                    longer.push(*c);
                    next.push((longer, score + s));
                }
            }
            next.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            next.truncate(BEAM);
            beam = next;
        }
        beam
    }

    /// The likeliest characters for a piece at a place, with log-likelihoods.
    fn characters(&self, piece: &str, place: Place) -> Vec<(char, f64)> {
        let total = self.totals[place.column()];
        let Some(known) = self.pieces.get(piece).filter(|_| total > 0) else {
            return Vec::new();
        };
        let mut scored: Vec<(char, f64)> = known
            .iter()
            .filter_map(|(c, counts)| {
                let weight = likelihood_weight(counts, place);
                (weight > 0.0).then(|| (*c, (weight / total as f64).ln()))
            })
            .collect();
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        scored.truncate(PER_PIECE);
        scored
    }
}

/// A character's count for a piece at a place, with [`LENT`] of its counts at every place added.
fn likelihood_weight(counts: &[u32; 4], place: Place) -> f64 {
    let here = f64::from(counts[place.column()]);
    let all: f64 = counts.iter().map(|&n| f64::from(n)).sum();
    here + LENT * all
}

/// The spellings of an `n` line's tail (tab-separated, empty fields skipped), in its order.
fn each_spelling(tail: &str) -> impl Iterator<Item = &str> {
    tail.split('\t').filter(|s| !s.is_empty())
}

fn one_char(field: Option<&str>) -> Option<char> {
    let mut chars = field?.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const TABLE: &str = "# a comment\n\
        n\tはなこ\t花子\t華子\n\
        n\tあいと\t藍人\n\
        c\tあい\t愛\t1\t20\t0\t0\n\
        c\tあい\t藍\t0\t5\t0\t0\n\
        c\tと\t斗\t0\t0\t0\t8\n\
        c\tと\t人\t0\t0\t0\t6\n\
        c\tと\t登\t0\t1\t0\t1\n\
        c\tあ\t亜\t0\t9\t0\t0\n\
        c\tい\t衣\t0\t0\t3\t2\n\
        c\tな\t奈\t0\t0\t40\t0\n\
        c\tはな\t花\t2\t30\t0\t0\n\
        c\tこ\t子\t0\t0\t0\t50\n\
        c\tこ\t小\t0\t4\t0\t0\n\
        c\tbad\t\t1\t2\t3\t4\n\
        c\tこ\t粉\t1\t2\n\
        x\tnonsense\n";

    #[test]
    fn attested_spellings_keep_the_files_order() {
        let names = GivenNames::parse(TABLE);
        assert_eq!(
            names.attested("はなこ").collect::<Vec<_>>(),
            ["花子", "華子"]
        );
        assert_eq!(names.attested("たろう").count(), 0);
    }

    #[test]
    fn names_no_dictionary_holds_are_composed_likeliest_first() {
        let names = GivenNames::parse(TABLE);
        let got = names.compose("あいと", 10);
        assert_eq!(got[..4], ["愛斗", "愛人", "藍斗", "藍人"]);
        // Three pieces are less likely than two, but still offered.
        assert!(got.contains(&"亜衣斗".to_owned()), "{got:?}");
        assert!(got.iter().position(|s| s == "亜衣斗") > Some(3));
        assert_eq!(names.compose("はなこ", 1), ["花子"]);
    }

    #[test]
    fn a_characters_place_in_the_name_counts() {
        let names = GivenNames::parse(TABLE);
        // 小 is seen at the start only, 子 at the end: こ ends a name as 子.
        assert_eq!(names.compose("はなこ", 2), ["花子", "花小"]);
        // A damaged line (粉 without all four counts) is skipped.
        assert!(!names.compose("はなこ", 10).contains(&"花粉".to_owned()));
    }

    #[test]
    fn unknown_or_overlong_readings_compose_nothing() {
        let names = GivenNames::parse(TABLE);
        assert!(names.compose("ぬ", 10).is_empty());
        assert!(names.compose("", 10).is_empty());
        assert!(names.compose(&"あい".repeat(9), 10).is_empty());
        assert!(GivenNames::parse("").compose("あいと", 10).is_empty());
    }

    #[test]
    fn the_commonest_attested_name_leads_then_composed_and_attested_alternate() {
        let names = GivenNames::parse(TABLE);
        let got = names.candidates("あいと", &["相人", "藍人"], 5);
        assert_eq!(got, ["藍人", "愛斗", "相人", "愛人", "藍斗"]);
        let got = names.candidates("はなこ", &[], 3);
        assert_eq!(got, ["花子", "華子", "花小"]);
    }

    #[test]
    fn a_written_name_reads_back_by_attestation_and_by_its_characters() {
        let names = GivenNames::parse(TABLE);
        assert_eq!(names.readings_of("華子"), [("はなこ", 1)]);
        assert!(names.readings_of("太郎").is_empty());
        // 愛斗 is attested nowhere: あい (愛 at the start) then と (斗 at the end).
        assert_eq!(names.compose_readings("愛斗", 3)[0], "あいと");
        // A character the table does not know, or too many, reads as nothing.
        assert!(names.compose_readings("愛X", 3).is_empty());
        assert!(names.compose_readings("愛愛愛愛愛", 3).is_empty());
        assert!(names.compose_readings("", 3).is_empty());
    }

    #[test]
    fn the_bundled_table_knows_common_given_names() {
        let names = GivenNames::bundled();
        assert!(names.attested("たけし").any(|s| s == "毅"));
        let got = names.candidates("はなこ", &[], 5);
        assert!(got.iter().any(|s| s == "花子"), "{got:?}");
        // Ranked by today's names (Mozc's costs), not the 1990s' alone: 陽翔 and 結衣 come first.
        assert_eq!(names.attested("はると").next(), Some("陽翔"));
        assert_eq!(names.attested("ゆい").next(), Some("結衣"));
        // 蒼人 is in no dictionary: it is composed from 蒼 (あお) and 人 (と).
        assert_eq!(names.attested("あおと").count(), 0);
        let got = names.compose("あおと", 10);
        assert!(got.iter().any(|s| s == "蒼人"), "{got:?}");
    }

    proptest! {
        #[test]
        fn any_text_parses_without_failing(text in "([nc]\t[ぁ-ゖ]{0,3}\t[一-龠ぁ-ゖ]{0,2}(\t[0-9]{0,3}){0,5}\n|.{0,12}\n){0,20}") {
            let names = GivenNames::parse(&text);
            let _ = names.compose("あいと", 10);
        }

        #[test]
        fn composed_readings_are_kana_within_the_limit(written in "[一-龠ぁ-ゖA-Z]{0,6}", limit in 0usize..10) {
            let names = GivenNames::bundled();
            let got = names.compose_readings(&written, limit);
            prop_assert!(got.len() <= limit);
            for reading in &got {
                prop_assert!(reading.chars().all(|c| ('\u{3041}'..='\u{3096}').contains(&c) || c == 'ー'), "{reading}");
            }
        }

        #[test]
        fn composed_names_have_one_character_per_piece_and_no_repeats(reading in "[ぁ-ゖ]{0,8}", limit in 0usize..30) {
            let names = GivenNames::bundled();
            let got = names.compose(&reading, limit);
            prop_assert!(got.len() <= limit);
            let mut seen = std::collections::HashSet::new();
            for spelling in &got {
                let n = spelling.chars().count();
                prop_assert!((1..=MAX_PIECES).contains(&n) && n <= reading.chars().count());
                prop_assert!(seen.insert(spelling.clone()));
            }
            let offered = names.candidates(&reading, &["某"], limit);
            prop_assert!(offered.len() <= limit);
        }
    }
}
