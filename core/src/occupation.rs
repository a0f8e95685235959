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
/// The metadata lines every table begins with, in this order: `# revision: …`, `# source: …`,
/// `# date: YYYY-MM-DD`.
const METADATA: [&str; 3] = ["revision", "source", "date"];

/// Why a classification table could not be read. The bundled table is checked by the tests,
/// so this only reaches a caller that loads a table of its own.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ClassificationError {
    #[error("line {line}: expected `# {key}: …` (a table begins with `# revision: …`, `# source: …` and `# date: YYYY-MM-DD`)")]
    Metadata { line: usize, key: &'static str },
    #[error("line {line}: the date must be YYYY-MM-DD")]
    Date { line: usize },
    #[error(
        "the line after the metadata must be the header `code<TAB>major<TAB>name<TAB>reading`"
    )]
    Header,
    #[error("line {line}: {problem}")]
    Line { line: usize, problem: &'static str },
    #[error("the table has no middle group")]
    Empty,
}

/// Which level of the classification a group is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Level {
    /// 大分類, `06`.
    Major,
    /// 中分類, `033`.
    Middle,
    /// 小分類, `033-01`.
    Minor,
}

/// Which table is in use: its revision, where it comes from, and when it was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    pub revision: String,
    pub source: String,
    pub date: String,
}

#[derive(Debug, Clone)]
struct Group {
    code: String,
    level: Level,
    /// The group above: `None` for a major group, the major for a middle, the middle for a
    /// minor.
    major: Option<String>,
    name: String,
    /// Name and reading folded for search (see [`fold`]).
    folded_name: String,
    folded_reading: String,
}

/// The major, middle and (where the table has them) minor groups, in the official order.
#[derive(Debug, Clone)]
pub struct Classification {
    revision: Revision,
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

    /// Reads a table in the format of `data/occupations.tsv`: the metadata lines (`# revision:
    /// …`, `# source: …`, `# date: YYYY-MM-DD`), a header line, then one line per group with
    /// code, the code of the group above (empty for majors), Japanese name and katakana
    /// reading. A major has two digits, a middle three (under a major), a minor three, a hyphen
    /// and two (under a middle); a group follows the group above it. Errors name the line.
    pub fn from_tsv(text: &str) -> Result<Classification, ClassificationError> {
        let mut lines = text.lines().enumerate();
        let mut values = Vec::new();
        for key in METADATA {
            let (index, raw) = lines.next().unwrap_or((values.len(), ""));
            let line = index + 1;
            let value = raw
                .trim_end_matches('\r')
                .strip_prefix('#')
                .and_then(|rest| rest.trim_start().strip_prefix(key))
                .and_then(|rest| rest.strip_prefix(':'))
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .ok_or(ClassificationError::Metadata { line, key })?;
            if key == "date" && !is_iso_date(value) {
                return Err(ClassificationError::Date { line });
            }
            values.push(value.to_owned());
        }
        let [revision, source, date] =
            <[String; 3]>::try_from(values).map_err(|_| ClassificationError::Header)?;
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
            let level = level_of(code).ok_or(bad(
                "the code must be two digits (major), three (middle) or three, a hyphen and two (minor)",
            ))?;
            let above = match level {
                Level::Major if major.is_empty() => None,
                Level::Major => return Err(bad("a major group has no group above it")),
                Level::Middle | Level::Minor => {
                    let wanted = if level == Level::Middle {
                        Level::Major
                    } else {
                        Level::Middle
                    };
                    let known = groups.iter().any(|g| g.level == wanted && g.code == major);
                    if !known {
                        return Err(bad(if level == Level::Middle {
                            "a middle group must follow its major group"
                        } else {
                            "a minor group must follow its middle group"
                        }));
                    }
                    Some(major.to_owned())
                }
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
                level,
                major: above,
                name: name.to_owned(),
                folded_name: fold(name),
                folded_reading: fold(reading),
            });
        }
        if !groups.iter().any(|g| g.level == Level::Middle) {
            return Err(ClassificationError::Empty);
        }
        Ok(Classification {
            revision: Revision {
                revision,
                source,
                date,
            },
            groups,
        })
    }

    /// Which table this is.
    pub fn revision(&self) -> &Revision {
        &self.revision
    }

    /// The revision and its date, as the fleet page shows it: `2022 (2022-04-01)`.
    pub fn label(&self) -> String {
        format!("{} ({})", self.revision.revision, self.revision.date)
    }

    /// One line for operators: the revision, its date and the count of each level.
    pub fn summary(&self) -> String {
        let count = |level| self.groups.iter().filter(|g| g.level == level).count();
        format!(
            "revision {} ({}), {} major, {} middle and {} minor groups; source: {}",
            self.revision.revision,
            self.revision.date,
            count(Level::Major),
            count(Level::Middle),
            count(Level::Minor),
            self.revision.source
        )
    }

    /// The minor groups (小分類) under a middle group, where the table has them.
    pub fn minors_of(&self, middle: &str) -> Vec<String> {
        self.groups
            .iter()
            .filter(|g| g.level == Level::Minor && g.major.as_deref() == Some(middle))
            .map(|g| g.code.clone())
            .collect()
    }

    /// Every major group with the codes of its middle groups, in the official order.
    pub fn groups(&self) -> Vec<OccupationGroup> {
        self.majors()
            .map(|major| {
                let middles: Vec<&Group> = self
                    .middles()
                    .filter(|m| m.major.as_deref() == Some(major.code.as_str()))
                    .collect();
                OccupationGroup {
                    code: major.code.clone(),
                    middles: middles.iter().map(|m| m.code.clone()).collect(),
                    names: std::iter::once(major)
                        .chain(middles)
                        .map(|g| (g.code.clone(), g.name.clone()))
                        .collect(),
                }
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
        self.groups.iter().filter(|g| g.level == Level::Major)
    }

    fn middles(&self) -> impl Iterator<Item = &Group> {
        self.groups.iter().filter(|g| g.level == Level::Middle)
    }
}

fn level_of(code: &str) -> Option<Level> {
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    match code.split_once('-') {
        None if digits(code, 2) => Some(Level::Major),
        None if digits(code, 3) => Some(Level::Middle),
        Some((middle, minor)) if digits(middle, 3) && digits(minor, 2) => Some(Level::Minor),
        _ => None,
    }
}

fn is_iso_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    matches!(parts[..], [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2)
        && text.bytes().all(|b| b.is_ascii_digit() || b == b'-')
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
        const META: &str = "# revision: test\n# source: a test\n# date: 2026-12-05\n";
        let cases = [
            ("", ClassificationError::Metadata { line: 1, key: "revision" }),
            (
                "code\tmajor\tname\treading\n",
                ClassificationError::Metadata { line: 1, key: "revision" },
            ),
            (
                "# revision: x\n# date: 2026-01-01\n",
                ClassificationError::Metadata { line: 2, key: "source" },
            ),
            (
                "# revision: x\n# source: y\n# date: 1 Jan\n",
                ClassificationError::Date { line: 3 },
            ),
            (
                "# revision: x\n# source: y\n# date: 2026-01-01\ncode,major,name,reading\n",
                ClassificationError::Header,
            ),
            (
                "# revision: x\n# source: y\n# date: 2026-01-01\ncode\tmajor\tname\treading\n01\t\t管理\tカンリ\n",
                ClassificationError::Empty,
            ),
        ];
        for (text, want) in cases {
            assert_eq!(
                Classification::from_tsv(text).map(|c| c.groups.len()),
                Err(want)
            );
        }
        for (body, line) in [
            ("01\t\t管理\tカンリ\textra\n", 5),
            ("001\t01\t役員\tヤクイン\n", 5),
            ("01\t\t管理\tかんり\n", 5),
            ("01\t\t管理\tカンリ\n01\t\t管理\tカンリ\n", 6),
            ("AB\t\t管理\tカンリ\n", 5),
            ("01\t\t\tカンリ\n", 5),
            ("0001\t01\t役員\tヤクイン\n", 5),
            (
                "01\t\t管理\tカンリ\n001\t01\t役員\tヤクイン\n001-01\t01\t役員\tヤクイン\n",
                7,
            ),
            ("01\t\t管理\tカンリ\n001-1\t001\t役員\tヤクイン\n", 6),
        ] {
            let text = format!("{META}code\tmajor\tname\treading\n{body}");
            assert!(
                matches!(
                    Classification::from_tsv(&text),
                    Err(ClassificationError::Line { line: l, .. }) if l == line
                ),
                "{text:?}: {:?}",
                Classification::from_tsv(&text)
            );
        }
        let ok = "# revision: r\r\n# source: s\r\n# date: 2026-12-05\r\ncode\tmajor\tname\treading\r\n01\t\t管理\tカンリ\r\n\r\n001\t01\t役員\tヤクイン\r\n001-01\t001\t会社役員\tカイシャヤクイン\r\n";
        let table = Classification::from_tsv(ok);
        assert_eq!(table.as_ref().map(|c| c.groups().len()), Ok(1));
        assert_eq!(
            table.as_ref().map(|c| c.minors_of("001")),
            Ok(vec!["001-01".to_owned()])
        );
        assert_eq!(table.as_ref().map(|c| c.is_middle("001-01")), Ok(false));
        assert_eq!(
            table.map(|c| c.revision().clone()),
            Ok(Revision {
                revision: "r".into(),
                source: "s".into(),
                date: "2026-12-05".into()
            })
        );
    }

    #[test]
    fn the_bundled_table_names_its_revision() {
        let r = official().revision();
        assert!(r.revision.contains("2022"), "{r:?}");
        assert_eq!(r.date, "2026-11-25");
        assert!(
            official().summary().contains("15 major, 99 middle"),
            "{}",
            official().summary()
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
            .filter(|g| g.level != Level::Minor)
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
