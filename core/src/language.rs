//! The languages Madoguchi speaks, learnt from `locales/` when the crate is built.
//!
//! Adding a language is a folder plus one line of `locales/languages.tsv`; `build.rs` reads
//! them (the rules in [`crate::locale_set`]) and compiles in [`LanguageInfo`] for each and every
//! Fluent file ([`LOCALE_FILES`]), so the kiosk, its shell and the server need no list of their
//! own. A [`Language`] is always one of the table: it is made only from a listed code, and it
//! travels (serde, the UI's TypeScript) as that code, `"ja"`, `"ja-easy"`, `"en"`, as before.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use ts_rs::TS;

/// One language's line of `locales/languages.tsv`.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct LanguageInfo {
    /// The folder under `locales/`, and what applications store.
    pub code: &'static str,
    /// Its name in its own script (日本語, English, Tiếng Việt).
    pub endonym: &'static str,
    /// ISO 15924 (Jpan, Latn, Hang, Thai, Deva).
    pub script: &'static str,
    /// Written right to left.
    pub rtl: bool,
    /// The BCP 47 tag for `lang=""`, `Intl` and Fluent's plural rules.
    pub tag: &'static str,
    /// fontconfig families that cover its messages, the first the main one.
    pub fonts: &'static [&'static str],
    /// The Debian packages that provide those fonts.
    pub packages: &'static [&'static str],
    /// The on-screen layout free-text fields start on (`kana`, `latin`).
    pub keyboard: &'static str,
    /// The spoken guidance's engine: `open-jtalk`, or `espeak-ng:<voice>`.
    pub speech: &'static str,
}

mod generated {
    use super::LanguageInfo;
    include!(concat!(env!("OUT_DIR"), "/languages.rs"));
}

/// `(language code, file name, Fluent text)` for every `.ftl` file of every language.
pub use generated::LOCALE_FILES;

/// A language of the table; its first is 日本語, which every other falls back to.
#[derive(TS, Clone, Copy, PartialEq, Eq, Hash)]
#[ts(type = "string")]
pub struct Language(&'static LanguageInfo);

impl Language {
    /// 日本語: the reference language and the default.
    pub const JA: Language = Language(&generated::TABLE[0]);

    /// Every language, in the order of `languages.tsv`.
    pub fn all() -> impl ExactSizeIterator<Item = Language> + Clone {
        generated::TABLE.iter().map(Language)
    }

    pub fn from_code(code: &str) -> Option<Language> {
        generated::TABLE
            .iter()
            .find(|l| l.code == code)
            .map(Language)
    }

    /// The folder name under `locales/`.
    pub fn code(self) -> &'static str {
        self.0.code
    }

    pub fn info(self) -> &'static LanguageInfo {
        self.0
    }

    /// The codes of every language, quoted and comma-separated, for messages naming the set.
    pub fn codes_listed() -> String {
        Language::all()
            .map(|l| format!("\"{}\"", l.code()))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

impl Default for Language {
    fn default() -> Language {
        Language::JA
    }
}

impl fmt::Debug for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Language({})", self.0.code)
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.code)
    }
}

impl PartialOrd for Language {
    fn partial_cmp(&self, other: &Language) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Language {
    fn cmp(&self, other: &Language) -> std::cmp::Ordering {
        self.0.code.cmp(other.0.code)
    }
}

impl Serialize for Language {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0.code)
    }
}

impl<'de> Deserialize<'de> for Language {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Language, D::Error> {
        let code = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        Language::from_code(&code).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "unknown language \"{code}\", expected one of {}",
                Language::codes_listed()
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_as_its_code_and_refuses_unknown_codes() {
        for language in Language::all() {
            let json = serde_json::to_string(&language).expect("serialise");
            assert_eq!(json, format!("\"{}\"", language.code()));
            let back: Language = serde_json::from_str(&json).expect("deserialise");
            assert_eq!(back, language);
        }
        let ja: Language = serde_json::from_str("\"ja\"").expect("ja");
        assert_eq!(ja, Language::JA);
        assert_eq!(Language::default().code(), "ja");
        let err = serde_json::from_str::<Language>("\"xx\"").expect_err("xx is unknown");
        assert!(err.to_string().contains("\"ja\""), "{err}");
    }

    #[test]
    fn the_table_matches_the_folders() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
        let found = crate::locale_set::discover(&dir).expect("locales/ as the build saw it");
        let codes: Vec<&str> = found.iter().map(|f| f.line.code.as_str()).collect();
        let table: Vec<&str> = Language::all().map(Language::code).collect();
        assert_eq!(codes, table, "rebuild after changing locales/");
        for language in Language::all() {
            assert!(
                LOCALE_FILES.iter().any(|(l, _, _)| *l == language.code()),
                "{language} has no files compiled in"
            );
        }
    }
}
