//! Every user-facing string, from the Fluent files under `locales/<lang>/`.
//!
//! The kiosk UI, the shell and the server read the same files. One concurrent bundle per
//! language; Unicode isolation marks are off, since they would land in Japanese screens.
//! A message missing in a language falls back to 日本語, never to the bare id in front of a
//! visitor (the parity test keeps that from happening at all).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use thiserror::Error;
use unic_langid::LanguageIdentifier;

use crate::application::Language;

#[derive(Debug, Error)]
#[non_exhaustive]
pub enum I18nError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("{file}: Fluent syntax error: {detail}")]
    Syntax { file: String, detail: String },
    #[error("{file}: message {id} is defined twice")]
    Duplicate { file: String, id: String },
}

pub struct Catalog {
    bundles: BTreeMap<&'static str, FluentBundle<FluentResource>>,
}

/// Fluent's language for plural rules: the tag without its private-use part (`ja-x-easy` → `ja`).
fn langid(language: Language) -> LanguageIdentifier {
    let tag = language.info().tag;
    let tag = tag.split_once("-x-").map_or(tag, |(base, _)| base);
    tag.parse().unwrap_or_default()
}

impl Catalog {
    /// Builds the catalog from `(language, file name, Fluent text)` triples.
    pub fn from_sources<'a>(
        sources: impl IntoIterator<Item = (Language, &'a str, &'a str)>,
    ) -> Result<Catalog, I18nError> {
        let mut bundles = BTreeMap::new();
        for language in Language::all() {
            let mut bundle = FluentBundle::new_concurrent(vec![langid(language)]);
            bundle.set_use_isolating(false);
            bundles.insert(language.code(), bundle);
        }
        for (language, file, text) in sources {
            let resource = FluentResource::try_new(text.to_owned()).map_err(|(_, errors)| {
                I18nError::Syntax {
                    file: format!("{}/{file}", language.code()),
                    detail: errors
                        .iter()
                        .map(|e| e.to_string())
                        .collect::<Vec<_>>()
                        .join("; "),
                }
            })?;
            if let Some(bundle) = bundles.get_mut(language.code()) {
                bundle.add_resource(resource).map_err(|errors| {
                    let id = errors.first().map(|e| format!("{e:?}")).unwrap_or_default();
                    I18nError::Duplicate {
                        file: format!("{}/{file}", language.code()),
                        id,
                    }
                })?;
            }
        }
        Ok(Catalog { bundles })
    }

    /// Every Fluent file compiled in (see [`crate::language::LOCALE_FILES`]) whose name
    /// `wanted` accepts: the shell takes `shell.ftl`, the server its own few.
    pub fn embedded(wanted: impl Fn(&str) -> bool) -> Result<Catalog, I18nError> {
        Catalog::from_sources(
            crate::language::LOCALE_FILES
                .iter()
                .filter(|(_, file, _)| wanted(file))
                .filter_map(|(code, file, text)| {
                    Language::from_code(code).map(|l| (l, *file, *text))
                }),
        )
    }

    /// Reads every `*.ftl` under `dir/<lang>/`.
    pub fn from_dir(dir: &Path) -> Result<Catalog, I18nError> {
        let files = read_locale_dir(dir)?;
        Catalog::from_sources(
            files
                .iter()
                .map(|(lang, name, text)| (*lang, name.as_str(), text.as_str())),
        )
    }

    /// The message in `language`, falling back to 日本語; `None` only when no bundle has it.
    pub fn try_message(
        &self,
        language: Language,
        id: &str,
        args: &BTreeMap<String, String>,
    ) -> Option<String> {
        let fluent_args: FluentArgs = args
            .iter()
            .map(|(k, v)| (k.as_str(), FluentValue::from(v.as_str())))
            .collect();
        [language.code(), Language::JA.code()]
            .into_iter()
            .filter_map(|code| self.bundles.get(code))
            .find_map(|bundle| {
                let pattern = bundle.get_message(id)?.value()?;
                let mut errors = Vec::new();
                Some(
                    bundle
                        .format_pattern(pattern, Some(&fluent_args), &mut errors)
                        .into_owned(),
                )
            })
    }

    /// As [`Catalog::try_message`], with the id itself as the last resort (for logs and admins).
    /// Furigana come out as `漢字（よみ）` (see [`ruby_plain`]); [`Catalog::marked`] keeps them.
    pub fn message(&self, language: Language, id: &str, args: &BTreeMap<String, String>) -> String {
        ruby_plain(&self.marked(language, id, args))
    }

    /// As [`Catalog::message`] with the furigana notation kept, for pages that render `<ruby>`.
    pub fn marked(&self, language: Language, id: &str, args: &BTreeMap<String, String>) -> String {
        self.try_message(language, id, args)
            .unwrap_or_else(|| id.to_owned())
    }

    pub fn text(&self, language: Language, id: &str) -> String {
        self.message(language, id, &BTreeMap::new())
    }
}

/// `(language, file name, text)` for every `*.ftl` of every known language under `dir`.
pub fn read_locale_dir(dir: &Path) -> Result<Vec<(Language, String, String)>, I18nError> {
    let mut out = Vec::new();
    for language in Language::all() {
        let sub = dir.join(language.code());
        let entries = std::fs::read_dir(&sub).map_err(|source| I18nError::Read {
            path: sub.display().to_string(),
            source,
        })?;
        let mut names: Vec<_> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        names.sort();
        for path in names {
            let text = std::fs::read_to_string(&path).map_err(|source| I18nError::Read {
                path: path.display().to_string(),
                source,
            })?;
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            out.push((language, name, text));
        }
    }
    Ok(out)
}

/// The message and term ids a Fluent text defines.
pub fn message_ids(text: &str) -> BTreeSet<String> {
    let resource = match FluentResource::try_new(text.to_owned()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            fluent_syntax::ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locales() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales")
    }

    /// Every locale has exactly the message ids of 日本語, file by file.
    #[test]
    fn every_locale_has_every_message_of_japanese() {
        let files = read_locale_dir(&locales()).expect("locales readable");
        let mut by_lang: BTreeMap<(&str, &str), BTreeSet<String>> = BTreeMap::new();
        for (lang, name, text) in &files {
            by_lang.insert((lang.code(), name.as_str()), message_ids(text));
        }
        let ja: Vec<_> = by_lang
            .iter()
            .filter(|((lang, _), _)| *lang == "ja")
            .map(|((_, file), ids)| (*file, ids.clone()))
            .collect();
        assert!(!ja.is_empty(), "locales/ja has no .ftl files");
        let mut problems = Vec::new();
        for language in Language::all().filter(|l| *l != Language::JA) {
            for (file, want) in &ja {
                let got = by_lang
                    .get(&(language.code(), file))
                    .cloned()
                    .unwrap_or_default();
                for id in want.difference(&got) {
                    problems.push(format!("{}/{file} lacks {id}", language.code()));
                }
                for id in got.difference(want) {
                    problems.push(format!(
                        "{}/{file} has {id}, which ja lacks",
                        language.code()
                    ));
                }
            }
            for ((lang, file), _) in by_lang.iter().filter(|((l, _), _)| *l == language.code()) {
                if !ja.iter().any(|(f, _)| f == file) {
                    problems.push(format!("{lang}/{file} has no counterpart in ja"));
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// The build's quick reading of ids (`locale_set`) agrees with the Fluent parser's.
    #[test]
    fn the_build_reads_the_same_ids_as_fluent() {
        for (lang, name, text) in read_locale_dir(&locales()).expect("locales readable") {
            assert_eq!(
                crate::locale_set::message_ids_by_line(&text),
                message_ids(&text),
                "{lang}/{name}"
            );
        }
    }

    #[test]
    fn every_locale_parses_and_formats_without_isolation_marks() {
        let catalog = Catalog::from_dir(&locales()).expect("locales parse");
        let sources = read_locale_dir(&locales()).expect("locales readable");
        for (lang, _, text) in &sources {
            for id in message_ids(text).iter().filter(|id| !id.starts_with('-')) {
                let out = catalog.text(*lang, id);
                assert!(
                    !out.contains('\u{2068}') && !out.contains('\u{2069}'),
                    "{id}"
                );
            }
        }
    }

    #[test]
    fn falls_back_to_japanese_then_to_the_id() {
        let en = Language::from_code("en").expect("en is listed");
        let catalog = Catalog::from_sources([
            (
                Language::JA,
                "t.ftl",
                "hello = こんにちは { $name }\nonly-ja = 日本語だけ\n",
            ),
            (en, "t.ftl", "hello = Hello { $name }\n"),
        ])
        .expect("catalog");
        let args = BTreeMap::from([("name".to_owned(), "太郎".to_owned())]);
        assert_eq!(catalog.message(en, "hello", &args), "Hello 太郎");
        assert_eq!(
            catalog.message(Language::JA, "hello", &args),
            "こんにちは 太郎"
        );
        assert_eq!(catalog.text(en, "only-ja"), "日本語だけ");
        assert_eq!(catalog.text(en, "nope"), "nope");
        assert!(Catalog::from_sources([(Language::JA, "bad.ftl", "= = =")]).is_err());
    }
}

/// Furigana written in a message as `｛雇用保険｜こようほけん｝` (full-width brace and bar,
/// which Fluent leaves alone): the kanji a visitor meets on the office's signs, with its reading
/// above. Screens render the pieces as `<ruby>` elements (never as HTML parsed from a message);
/// plain-text places get `雇用保険（こようほけん）`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RubyPiece<'a> {
    Text(&'a str),
    Ruby { base: &'a str, reading: &'a str },
}

/// Splits a message into text and ruby; a brace without its bar or closing brace stays text.
pub fn ruby_pieces(text: &str) -> Vec<RubyPiece<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('｛') {
        let after = &rest[open + '｛'.len_utf8()..];
        let Some(close) = after.find('｝') else {
            break;
        };
        let inner = &after[..close];
        let Some((base, reading)) = inner.split_once('｜') else {
            out.push(RubyPiece::Text(&rest[..open + '｛'.len_utf8()]));
            rest = after;
            continue;
        };
        if open > 0 {
            out.push(RubyPiece::Text(&rest[..open]));
        }
        out.push(RubyPiece::Ruby { base, reading });
        rest = &after[close + '｝'.len_utf8()..];
    }
    if !rest.is_empty() {
        out.push(RubyPiece::Text(rest));
    }
    out
}

/// The message for plain-text places (attributes, mail, logs): `雇用保険（こようほけん）`.
pub fn ruby_plain(text: &str) -> String {
    ruby_pieces(text)
        .into_iter()
        .map(|piece| match piece {
            RubyPiece::Text(t) => t.to_owned(),
            RubyPiece::Ruby { base, reading } => format!("{base}（{reading}）"),
        })
        .collect()
}

/// Only the base text, as it reads on a sign (`雇用保険`): for comparing wording.
pub fn ruby_plain_base(text: &str) -> String {
    ruby_pieces(text)
        .into_iter()
        .map(|piece| match piece {
            RubyPiece::Text(t) | RubyPiece::Ruby { base: t, .. } => t,
        })
        .collect()
}

#[cfg(test)]
mod ruby_tests {
    use super::*;

    #[test]
    fn furigana_notation_splits_and_flattens() {
        let text = "｛雇用保険｜こようほけん｝の お金";
        assert_eq!(
            ruby_pieces(text),
            [
                RubyPiece::Ruby {
                    base: "雇用保険",
                    reading: "こようほけん"
                },
                RubyPiece::Text("の お金"),
            ]
        );
        assert_eq!(ruby_plain(text), "雇用保険（こようほけん）の お金");
        assert_eq!(ruby_plain_base(text), "雇用保険の お金");
        assert_eq!(
            ruby_plain("｛ただの かっこ｝ と ｛"),
            "｛ただの かっこ｝ と ｛"
        );
        assert_eq!(ruby_plain("no ruby"), "no ruby");
    }
}
