//! The occupation classification visitors pick their wished-for jobs (希望職種) from.
//!
//! Hello Work's systems use the 厚生労働省編職業分類 (2022 revision, in use since March 2023):
//! 15 major groups (two-digit codes such as `06`) and 99 middle groups (three-digit codes such
//! as `033`). The official application asks for middle groups, so the kiosk offers exactly
//! those, grouped under their majors, and lets a visitor find one by typing part of its name or
//! reading in whatever script the keyboard produced (ひらがな, カタカナ, half-width ｶﾀｶﾅ).
//!
//! The table lives in `data/occupations.tsv` (transcribed by hand; see `data/SOURCES.md`) and
//! is compiled in. Only codes cross to the UI: names shown to visitors come from Fluent
//! (`occ-<code>` in `locales/*/occupations.ftl`), so every language names them its own way.

use std::sync::OnceLock;

use thiserror::Error;

use crate::kiosk_api::OccupationGroup;

const OFFICIAL_TSV: &str = include_str!("../../data/occupations.tsv");
const HEADER: &str = "code\tmajor\tname\treading";

/// Why a classification table could not be read. The bundled table is checked by the tests,
/// so this only reaches a caller that loads a table of its own.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ClassificationError {
    #[error("the first line must be the header `code<TAB>major<TAB>name<TAB>reading`")]
    Header,
    #[error("line {line}: {problem}")]
    Line { line: usize, problem: &'static str },
}

#[derive(Debug, Clone)]
struct Group {
    code: String,
    /// `None` for a major group.
    major: Option<String>,
    name: String,
    /// Name and reading folded for search (see [`fold`]).
    folded_name: String,
    folded_reading: String,
}

/// The major and middle groups, in the official order.
#[derive(Debug, Clone)]
pub struct Classification {
    groups: Vec<Group>,
}

impl Classification {
    /// The 2022 revision as shipped in `data/occupations.tsv`, parsed once.
    pub fn official() -> &'static Classification {
        static OFFICIAL: OnceLock<Classification> = OnceLock::new();
        OFFICIAL.get_or_init(|| {
            // The bundled table is part of the build, not input; `bundled_table_is_complete`
            // keeps it valid.
            Classification::from_tsv(OFFICIAL_TSV).expect("data/occupations.tsv is valid")
        })
    }

    /// Reads a table in the format of `data/occupations.tsv`: a header line, then one line per
    /// group with code, major code (empty for majors), Japanese name and katakana reading. A
    /// middle group must follow its major.
    pub fn from_tsv(text: &str) -> Result<Classification, ClassificationError> {
        let mut lines = text.lines().enumerate();
        match lines.next() {
            Some((_, header)) if header.trim_end_matches('\r') == HEADER => {}
            _ => return Err(ClassificationError::Header),
        }
        let mut groups: Vec<Group> = Vec::new();
        for (index, raw) in lines {
            let line = index + 1;
            let bad = |problem| ClassificationError::Line { line, problem };
            let raw = raw.trim_end_matches('\r');
            if raw.trim().is_empty() {
                continue;
            }
            let fields: Vec<&str> = raw.split('\t').collect();
            let [code, major, name, reading] = fields[..] else {
                return Err(bad("expected four tab-separated columns"));
            };
            if !code.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad("the code must be digits"));
            }
            let major = match (code.len(), major) {
                (2, "") => None,
                (3, major) if major.len() == 2 => {
                    let known = groups.iter().any(|g| g.major.is_none() && g.code == major);
                    if !known {
                        return Err(bad("a middle group must follow its major group"));
                    }
                    Some(major.to_owned())
                }
                _ => return Err(bad("a major has two digits and no major; a middle three")),
            };
            if groups.iter().any(|g| g.code == code) {
                return Err(bad("the code appears twice"));
            }
            if name.trim().is_empty() {
                return Err(bad("the name is empty"));
            }
            if reading.is_empty() || !reading.chars().all(is_katakana) {
                return Err(bad("the reading must be katakana"));
            }
            groups.push(Group {
                code: code.to_owned(),
                major,
                name: name.to_owned(),
                folded_name: fold(name),
                folded_reading: fold(reading),
            });
        }
        Ok(Classification { groups })
    }

    /// Every major group with the codes of its middle groups, in the official order.
    pub fn groups(&self) -> Vec<OccupationGroup> {
        self.majors()
            .map(|major| OccupationGroup {
                code: major.code.clone(),
                middles: self
                    .middles()
                    .filter(|m| m.major.as_deref() == Some(major.code.as_str()))
                    .map(|m| m.code.clone())
                    .collect(),
            })
            .collect()
    }

    /// Whether `code` is one of the 99 middle groups, the level the application records.
    pub fn is_middle(&self, code: &str) -> bool {
        self.middles().any(|g| g.code == code)
    }

    /// Whether `code` is one of the 15 major groups.
    pub fn is_major(&self, code: &str) -> bool {
        self.majors().any(|g| g.code == code)
    }

    /// The major group a middle group belongs to.
    pub fn major_of(&self, middle: &str) -> Option<&str> {
        self.middles()
            .find(|g| g.code == middle)
            .and_then(|g| g.major.as_deref())
    }

    /// The official Japanese name, for staff screens and exports. Visitors see the Fluent
    /// message `occ-<code>` instead.
    pub fn official_name(&self, code: &str) -> Option<&str> {
        self.groups
            .iter()
            .find(|g| g.code == code)
            .map(|g| g.name.as_str())
    }

    /// Middle-group codes matching what a visitor typed, best first.
    ///
    /// The query and the table are compared after [`fold`]ing both (ひらがな to カタカナ,
    /// half-width to full-width kana, full-width to ASCII letters and digits, separators
    /// dropped). Ranking: readings that start with the query, names that start with it,
    /// readings that contain it, names that contain it, then every middle group of a major
    /// whose name or reading contains it; ties keep the official order. An empty query finds
    /// nothing.
    pub fn search(&self, query: &str) -> Vec<String> {
        let q = fold(query);
        if q.is_empty() {
            return Vec::new();
        }
        let major_hit = |code: Option<&str>| {
            self.majors().any(|m| {
                Some(m.code.as_str()) == code
                    && (m.folded_reading.contains(&q) || m.folded_name.contains(&q))
            })
        };
        let mut ranked: Vec<(u8, usize, &Group)> = self
            .middles()
            .enumerate()
            .filter_map(|(order, g)| {
                let rank = if g.folded_reading.starts_with(&q) {
                    0
                } else if g.folded_name.starts_with(&q) {
                    1
                } else if g.folded_reading.contains(&q) {
                    2
                } else if g.folded_name.contains(&q) {
                    3
                } else if major_hit(g.major.as_deref()) {
                    4
                } else {
                    return None;
                };
                Some((rank, order, g))
            })
            .collect();
        ranked.sort_by_key(|&(rank, order, _)| (rank, order));
        ranked.into_iter().map(|(_, _, g)| g.code.clone()).collect()
    }

    fn majors(&self) -> impl Iterator<Item = &Group> {
        self.groups.iter().filter(|g| g.major.is_none())
    }

    fn middles(&self) -> impl Iterator<Item = &Group> {
        self.groups.iter().filter(|g| g.major.is_some())
    }
}

fn is_katakana(c: char) -> bool {
    ('\u{30A1}'..='\u{30FA}').contains(&c) || c == 'ー'
}

/// Folds text for matching: ひらがな become カタカナ, half-width ｶﾀｶﾅ (with ﾞ/ﾟ) become
/// full-width, full-width ASCII becomes ASCII, letters become lower case, and spaces and
/// separators (・、，,（）()) are dropped. Folding is idempotent.
pub(crate) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let c = match c {
            // Full-width ASCII block.
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            // ひらがな (ぁ..ゖ, ゝゞ) to カタカナ.
            '\u{3041}'..='\u{3096}' | '\u{309D}'..='\u{309E}' => {
                char::from_u32(u32::from(c) + 0x60).unwrap_or(c)
            }
            '\u{FF61}'..='\u{FF9F}' => {
                let base = half_width_kana(c);
                match chars.peek() {
                    Some('\u{FF9E}') if voiced(base).is_some() => {
                        chars.next();
                        voiced(base).unwrap_or(base)
                    }
                    Some('\u{FF9F}') if semi_voiced(base).is_some() => {
                        chars.next();
                        semi_voiced(base).unwrap_or(base)
                    }
                    _ => base,
                }
            }
            other => other,
        };
        if c.is_whitespace() || matches!(c, '・' | '、' | ',' | '，' | '(' | ')' | '（' | '）')
        {
            continue;
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// Half-width katakana (U+FF61–U+FF9F) to their full-width forms.
fn half_width_kana(c: char) -> char {
    const TABLE: [char; 63] = [
        '。', '「', '」', '、', '・', 'ヲ', 'ァ', 'ィ', 'ゥ', 'ェ', 'ォ', 'ャ', 'ュ', 'ョ', 'ッ',
        'ー', 'ア', 'イ', 'ウ', 'エ', 'オ', 'カ', 'キ', 'ク', 'ケ', 'コ', 'サ', 'シ', 'ス', 'セ',
        'ソ', 'タ', 'チ', 'ツ', 'テ', 'ト', 'ナ', 'ニ', 'ヌ', 'ネ', 'ノ', 'ハ', 'ヒ', 'フ', 'ヘ',
        'ホ', 'マ', 'ミ', 'ム', 'メ', 'モ', 'ヤ', 'ユ', 'ヨ', 'ラ', 'リ', 'ル', 'レ', 'ロ', 'ワ',
        'ン', '゛', '゜',
    ];
    let index = (u32::from(c) - 0xFF61) as usize;
    TABLE.get(index).copied().unwrap_or(c)
}

/// カ→ガ, ハ→バ, ウ→ヴ and so on; `None` where no voiced form exists.
fn voiced(c: char) -> Option<char> {
    match c {
        'ウ' => Some('ヴ'),
        'カ' | 'キ' | 'ク' | 'ケ' | 'コ' | 'サ' | 'シ' | 'ス' | 'セ' | 'ソ' | 'タ' | 'チ'
        | 'ツ' | 'テ' | 'ト' | 'ハ' | 'ヒ' | 'フ' | 'ヘ' | 'ホ' => {
            char::from_u32(u32::from(c) + 1)
        }
        _ => None,
    }
}

/// ハ→パ and so on.
fn semi_voiced(c: char) -> Option<char> {
    match c {
        'ハ' | 'ヒ' | 'フ' | 'ヘ' | 'ホ' => char::from_u32(u32::from(c) + 2),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::Path;

    use proptest::prelude::*;

    use super::*;

    fn official() -> &'static Classification {
        Classification::official()
    }

    #[test]
    fn bundled_table_is_complete() {
        let c = official();
        let majors: Vec<&str> = c.majors().map(|g| g.code.as_str()).collect();
        let middles: Vec<&str> = c.middles().map(|g| g.code.as_str()).collect();
        assert_eq!(majors.len(), 15);
        assert_eq!(middles.len(), 99);
        let expected_majors: Vec<String> = (1..=15).map(|n| format!("{n:02}")).collect();
        assert_eq!(majors, expected_majors);
        let expected_middles: Vec<String> = (1..=99).map(|n| format!("{n:03}")).collect();
        assert_eq!(middles, expected_middles, "middles run 001–099 in order");
        let all: BTreeSet<&str> = c.groups.iter().map(|g| g.code.as_str()).collect();
        assert_eq!(all.len(), 114, "codes are unique");
        for g in c.middles() {
            let major = g.major.as_deref().unwrap_or_default();
            assert!(
                c.is_major(major),
                "{} belongs to unknown major {major}",
                g.code
            );
        }
    }

    #[test]
    fn groups_nest_middles_under_majors() {
        let groups = official().groups();
        assert_eq!(groups.len(), 15);
        assert_eq!(groups.iter().map(|g| g.middles.len()).sum::<usize>(), 99);
        assert!(groups.iter().all(|g| !g.middles.is_empty()));
        let office = groups
            .iter()
            .find(|g| g.code == "06")
            .map(|g| g.middles.clone());
        assert!(office.is_some_and(|m| m.contains(&"038".to_owned())));
        assert_eq!(official().major_of("038"), Some("06"));
        assert_eq!(official().major_of("06"), None);
    }

    #[test]
    fn codes_are_classified() {
        let c = official();
        for (code, middle, major) in [
            ("001", true, false),
            ("099", true, false),
            ("06", false, true),
            ("15", false, true),
            ("100", false, false),
            ("000", false, false),
            ("6", false, false),
            ("033-01", false, false),
            ("", false, false),
        ] {
            assert_eq!(c.is_middle(code), middle, "{code}");
            assert_eq!(c.is_major(code), major, "{code}");
        }
        assert_eq!(c.official_name("01"), Some("管理的職業"));
        assert_eq!(c.official_name("023"), Some("看護師、准看護師"));
    }

    #[test]
    fn search_finds_groups_in_any_script() {
        let c = official();
        let office = c.search("じむ");
        assert!(office.len() >= 10, "{office:?}");
        for code in &office[..10] {
            assert_eq!(c.major_of(code), Some("06"), "{code} in {office:?}");
        }
        for query in ["カンゴ", "かんご", "ｶﾝｺﾞ", "看護", " かん ご "] {
            let found = c.search(query);
            assert_eq!(
                found.first().map(String::as_str),
                Some("023"),
                "{query}: {found:?}"
            );
        }
        assert_eq!(c.search("ﾊﾞｽ").first().map(String::as_str), Some("084"));
        assert_eq!(c.search("ピッキング"), vec!["098".to_owned()]);
        assert!(c
            .search("ソフトウェア")
            .starts_with(&["009".to_owned(), "010".to_owned()]));
        assert!(c.search("").is_empty());
        assert!(c.search("   ").is_empty());
        assert!(c.search("zzzz").is_empty());
    }

    #[test]
    fn search_ranks_reading_prefixes_first() {
        let c = official();
        let found = c.search("きかい");
        let first: Vec<&str> = found.iter().take(3).map(String::as_str).collect();
        assert_eq!(first, ["070", "074", "075"], "{found:?}");
        // Middles of a matching major come last.
        let welfare = c.search("ふくし");
        assert_eq!(welfare.first().map(String::as_str), Some("049"));
        assert!(welfare.contains(&"051".to_owned()));
    }

    #[test]
    fn broken_tables_are_errors() {
        let cases = [
            ("", ClassificationError::Header),
            ("code,major,name,reading\n", ClassificationError::Header),
        ];
        for (text, want) in cases {
            assert_eq!(
                Classification::from_tsv(text).map(|c| c.groups.len()),
                Err(want)
            );
        }
        for text in [
            "code\tmajor\tname\treading\n01\t\t管理\tカンリ\textra\n",
            "code\tmajor\tname\treading\n001\t01\t役員\tヤクイン\n",
            "code\tmajor\tname\treading\n01\t\t管理\tかんり\n",
            "code\tmajor\tname\treading\n01\t\t管理\tカンリ\n01\t\t管理\tカンリ\n",
            "code\tmajor\tname\treading\nAB\t\t管理\tカンリ\n",
            "code\tmajor\tname\treading\n01\t\t\tカンリ\n",
            "code\tmajor\tname\treading\n0001\t01\t役員\tヤクイン\n",
        ] {
            assert!(
                matches!(
                    Classification::from_tsv(text),
                    Err(ClassificationError::Line { .. })
                ),
                "{text:?}"
            );
        }
        let ok =
            "code\tmajor\tname\treading\r\n01\t\t管理\tカンリ\r\n\r\n001\t01\t役員\tヤクイン\r\n";
        assert_eq!(
            Classification::from_tsv(ok).map(|c| c.groups().len()),
            Ok(1)
        );
    }

    fn ftl_messages(locale: &str) -> Vec<(String, String)> {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../locales")
            .join(locale)
            .join("occupations.ftl");
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        text.lines()
            .filter_map(|line| line.split_once(" = "))
            .map(|(id, value)| (id.trim().to_owned(), value.trim().to_owned()))
            .collect()
    }

    #[test]
    fn every_code_has_a_name_in_every_locale() {
        let codes: BTreeSet<String> = official()
            .groups
            .iter()
            .map(|g| format!("occ-{}", g.code))
            .collect();
        for locale in ["ja", "ja-easy", "en"] {
            let messages = ftl_messages(locale);
            let ids: BTreeSet<String> = messages.iter().map(|(id, _)| id.clone()).collect();
            assert_eq!(ids.len(), messages.len(), "{locale}: an id appears twice");
            assert_eq!(
                ids, codes,
                "{locale}/occupations.ftl and data/occupations.tsv differ"
            );
            assert!(
                messages.iter().all(|(_, v)| !v.is_empty()),
                "{locale}: empty name"
            );
        }
        for (id, value) in ftl_messages("ja") {
            let code = id.trim_start_matches("occ-");
            assert_eq!(official().official_name(code), Some(value.as_str()), "{id}");
        }
    }

    #[test]
    fn fold_examples() {
        for (input, want) in [
            ("じむ", "ジム"),
            ("ｶﾞｯｺｳ", "ガッコウ"),
            ("ﾊﾟﾊﾞｳﾞ", "パバヴ"),
            ("ﾞｱ", "゛ア"),
            ("ＳＥ　ｐｃ", "sepc"),
            ("保育・教育（幼児）", "保育教育幼児"),
            ("オペレーター", "オペレーター"),
        ] {
            assert_eq!(fold(input), want, "{input}");
        }
    }

    proptest! {
        #[test]
        fn fold_is_idempotent(s in "\\PC{0,24}") {
            let once = fold(&s);
            prop_assert_eq!(fold(&once), once.clone());
        }

        #[test]
        fn half_width_and_hiragana_fold_like_katakana(s in "[ぁ-ゖ]{0,12}") {
            let katakana: String = s
                .chars()
                .map(|c| char::from_u32(u32::from(c) + 0x60).unwrap_or(c))
                .collect();
            prop_assert_eq!(fold(&s), fold(&katakana));
        }

        #[test]
        fn search_never_panics_and_returns_middles(q in "\\PC{0,8}") {
            for code in official().search(&q) {
                prop_assert!(official().is_middle(&code));
            }
        }
    }
}
