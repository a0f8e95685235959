//! The server's words: `locales/*/server.ftl`, plus `check.ftl` (findings shown at the counter),
//! `occupations.ftl` (occupation names), `residence.ftl` (statuses of residence) and
//! `licences.ftl` (the common licences), of every language in `locales/`, compiled in by
//! madoguchi-core's build (`madoguchi_core::language::LOCALE_FILES`).
//!
//! Pages pick their language three ways: the phone uses the language the visitor chose at the
//! kiosk; the counter and sign-in pages use `?lang=`, then a `lang` cookie, then
//! `Accept-Language`, then 日本語.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use madoguchi_core::i18n::Catalog;
use madoguchi_core::Language;

/// The Fluent files the server reads; the kiosk's own (`kiosk.ftl`, `shell.ftl`) stay out.
pub const FILES: [&str; 6] = [
    "server.ftl",
    "counter.ftl",
    "check.ftl",
    "occupations.ftl",
    "residence.ftl",
    "licences.ftl",
];

/// The server's files of every language, as `(code, file, text)`.
pub fn locale_files() -> impl Iterator<Item = &'static (&'static str, &'static str, &'static str)> {
    madoguchi_core::language::LOCALE_FILES
        .iter()
        .filter(|(_, file, _)| FILES.contains(file))
}

static CATALOG: LazyLock<Catalog> = LazyLock::new(|| {
    Catalog::embedded(|file| FILES.contains(&file)).unwrap_or_else(|e| {
        // The unit test below keeps this from shipping; at run time ids stand in for text.
        tracing::error!("embedded locales do not parse: {e}");
        #[allow(clippy::expect_used)]
        Catalog::from_sources([]).expect("an empty catalog always builds")
    })
});

pub fn catalog() -> &'static Catalog {
    &CATALOG
}

/// One language's view of the catalog, handed to page templates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tr {
    pub lang: Language,
}

impl Tr {
    pub fn new(lang: Language) -> Tr {
        Tr { lang }
    }

    /// The `lang` attribute of a page in this language (its BCP 47 tag).
    pub fn html_lang(self) -> &'static str {
        self.lang.info().tag
    }

    /// The `dir` attribute of a page in this language.
    pub fn dir(self) -> &'static str {
        if self.lang.info().rtl {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The message as plain text; furigana read `漢字（よみ）`.
    pub fn t(self, id: &str) -> String {
        catalog().text(self.lang, id)
    }

    /// The message as page content, furigana (`｛漢字｜よみ｝`, used by やさしい日本語) as
    /// `<ruby>`; maud escapes every piece, so no message text is ever parsed as HTML.
    pub fn m(self, id: &str) -> maud::Markup {
        let text = catalog().marked(self.lang, id, &BTreeMap::new());
        maud::html! {
            @for piece in madoguchi_core::i18n::ruby_pieces(&text) {
                @match piece {
                    madoguchi_core::i18n::RubyPiece::Text(t) => (t),
                    madoguchi_core::i18n::RubyPiece::Ruby { base, reading } => {
                        ruby { (base) rp { "（" } rt { (reading) } rp { "）" } }
                    }
                }
            }
        }
    }

    pub fn f(self, id: &str, args: &[(&str, &str)]) -> String {
        let args: BTreeMap<String, String> = args
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        catalog().message(self.lang, id, &args)
    }

    /// What a check's finding says, with its arguments.
    pub fn finding(self, finding: &madoguchi_core::Finding) -> String {
        catalog().message(self.lang, &finding.message, &finding.args)
    }

    /// The name of an occupation code, or the code itself.
    pub fn occupation(self, code: &str) -> String {
        catalog()
            .try_message(self.lang, &format!("occ-{code}"), &BTreeMap::new())
            .unwrap_or_else(|| code.to_owned())
    }
}

/// The language a browser asks for, from `Accept-Language` (first supported tag wins): a tag
/// equal to a language's code or tag, else one with the same primary subtag (Chinese written in
/// Taiwan, Hong Kong or Macao preferring the Hant script). Private-use tags match only exactly.
pub fn from_accept_language(header: &str) -> Option<Language> {
    let mut tags: Vec<(f32, &str)> = header
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next()?.trim();
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            Some((q, tag))
        })
        .collect();
    tags.sort_by(|a, b| b.0.total_cmp(&a.0));
    tags.into_iter().find_map(|(_, tag)| best_language(tag))
}

fn best_language(tag: &str) -> Option<Language> {
    if tag.is_empty() {
        return None;
    }
    let exact = Language::all()
        .find(|l| l.code().eq_ignore_ascii_case(tag) || l.info().tag.eq_ignore_ascii_case(tag));
    if exact.is_some() {
        return exact;
    }
    let subtags: Vec<&str> = tag.split(['-', '_']).collect();
    let primary = subtags.first()?;
    let script = subtags
        .iter()
        .skip(1)
        .find(|s| s.len() == 4)
        .map(|s| s.to_ascii_lowercase())
        .or_else(|| {
            subtags
                .iter()
                .any(|s| ["tw", "hk", "mo"].contains(&s.to_ascii_lowercase().as_str()))
                .then(|| "hant".to_owned())
        });
    let candidates: Vec<Language> = Language::all()
        .filter(|l| !l.info().tag.contains("-x-"))
        .filter(|l| {
            l.info()
                .tag
                .split('-')
                .next()
                .is_some_and(|p| p.eq_ignore_ascii_case(primary))
        })
        .collect();
    script
        .and_then(|script| {
            candidates
                .iter()
                .copied()
                .find(|l| l.info().script.eq_ignore_ascii_case(&script))
        })
        .or_else(|| candidates.first().copied())
}

#[cfg(test)]
mod tests {
    use madoguchi_core::i18n::message_ids;

    use super::*;

    #[test]
    fn embedded_locales_parse_and_server_ids_match_across_languages() {
        let sources: Vec<_> = locale_files()
            .filter_map(|(lang, file, text)| Language::from_code(lang).map(|l| (l, *file, *text)))
            .collect();
        assert!(Catalog::from_sources(sources.iter().copied()).is_ok());
        let ids = |lang: &str| {
            locale_files()
                .find(|(l, f, _)| *l == lang && *f == "server.ftl")
                .map(|(_, _, text)| message_ids(text))
                .unwrap_or_default()
        };
        assert!(!ids("ja").is_empty(), "locales/ja/server.ftl is missing");
        for language in Language::all() {
            assert_eq!(ids("ja"), ids(language.code()), "{language}");
        }
        for id in ids("ja") {
            assert!(id.starts_with("srv-"), "{id}: server ids start with srv-");
        }
    }

    /// Every `srv-` id the code names exists in 日本語 (the parity test covers the others).
    #[test]
    fn every_id_the_code_uses_is_defined() {
        let ja: std::collections::BTreeSet<String> = locale_files()
            .filter(|(l, f, _)| *l == "ja" && matches!(*f, "server.ftl" | "counter.ftl"))
            .flat_map(|(_, _, text)| message_ids(text))
            .collect();
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut missing = Vec::new();
        for entry in std::fs::read_dir(&src).expect("src").filter_map(Result::ok) {
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            for piece in text.split('"').skip(1).step_by(2) {
                let complete = piece.starts_with("srv-")
                    && !piece.ends_with('-')
                    && piece
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
                if complete && !ja.contains(piece) {
                    missing.push(format!("{}: {piece}", entry.path().display()));
                }
            }
        }
        let families: &[(&str, &[&str])] = &[
            (
                "srv-password-",
                &["too-short", "too-long", "common", "personal", "mismatch"],
            ),
            (
                "srv-employment-",
                &[
                    "full-time",
                    "part-time",
                    "dispatch",
                    "contract",
                    "casual",
                    "other",
                ],
            ),
            ("srv-nationality-", &["japanese", "foreign"]),
            (
                "srv-commute-",
                &["walk", "bicycle", "motorbike", "car", "train", "bus"],
            ),
            ("srv-style-", &["full-time", "part-time"]),
            ("srv-holiday-", &["weekends", "weekdays", "shifts", "any"]),
            (
                "srv-weekday-",
                &["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
            ),
            (
                "srv-leaving-",
                &["employer", "own", "contract-end", "retirement", "other"],
            ),
            ("srv-spouse-", &["yes", "no", "unstated"]),
            (
                "srv-completion-",
                &["graduated", "withdrew", "enrolled", "expected"],
            ),
            ("srv-status-", &["provisional", "accepted", "returned"]),
            ("srv-id-doc-", &crate::counter::IDENTITY_DOCUMENTS),
        ];
        for (prefix, ends) in families {
            for end in *ends {
                let id = format!("{prefix}{end}");
                if !ja.contains(&id) {
                    missing.push(id);
                }
            }
        }
        for base in [
            "not-found",
            "forbidden",
            "bad-request",
            "rate-limited",
            "internal",
        ] {
            for id in [
                format!("srv-error-{base}"),
                format!("srv-error-{base}-title"),
            ] {
                if !ja.contains(&id) {
                    missing.push(id);
                }
            }
        }
        assert!(
            missing.is_empty(),
            "undefined message ids:\n{}",
            missing.join("\n")
        );
    }

    #[test]
    fn furigana_render_as_ruby_and_escape_the_rest() {
        let easy = Tr::new(Language::from_code("ja-easy").expect("ja-easy"));
        let html = easy.m("srv-field-card-name").into_string();
        assert!(
            html.contains("<ruby>在留<rp>（</rp><rt>ざいりゅう</rt><rp>）</rp></ruby>カード"),
            "{html}"
        );
        assert_eq!(
            easy.t("srv-field-card-name"),
            "在留（ざいりゅう）カードの なまえ"
        );
        assert_eq!(
            Tr::new(Language::JA).m("srv-field-card-name").into_string(),
            "在留カードの氏名"
        );
    }

    #[test]
    fn accept_language_picks_the_best_supported_tag() {
        let en = Language::from_code("en");
        assert_eq!(from_accept_language("en-US,en;q=0.9,ja;q=0.8"), en);
        assert_eq!(from_accept_language("fr, ja;q=0.5"), Some(Language::JA));
        assert_eq!(from_accept_language("ja-JP"), Some(Language::JA));
        assert_eq!(from_accept_language("ja;q=0.4, en;q=0.6"), en);
        assert_eq!(
            from_accept_language("ja-x-easy"),
            Language::from_code("ja-easy")
        );
        assert_eq!(
            from_accept_language("ja-easy"),
            Language::from_code("ja-easy")
        );
        assert_eq!(from_accept_language("de"), None);
        assert_eq!(from_accept_language(""), None);
    }
}
