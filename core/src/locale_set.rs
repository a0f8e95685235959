//! Which languages exist: `locales/languages.tsv` plus one folder per language beside it.
//!
//! Adding a language is data, not code, so the set is read from `locales/` by `build.rs`, which
//! includes this very file and refuses the build with what [`discover`] returns as an error. The
//! rules live here, std only, so that the library's tests run the same check on a throwaway
//! locales folder. `locales/README.md` tells a translator what the error messages ask for.
//!
//! Refused: a line whose folder is missing, a folder without a line, a folder lacking (or having
//! extra) message ids compared with `ja`, file by file, and malformed lines. `ja` must come first:
//! it is the language every other falls back to.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The metadata file's name inside `locales/`.
pub const METADATA_FILE: &str = "languages.tsv";

/// The language all others fall back to, and whose ids every other must have.
pub const REFERENCE: &str = "ja";

/// The on-screen layouts a language's free-text fields may start on.
pub const KEYBOARDS: [&str; 2] = ["kana", "latin"];

/// The speech engines a language's spoken guidance may use: Open JTalk (Japanese, with the HTS
/// voice `scripts/fetch-voice` installs), or eSpeak NG with one of its voices (`espeak-ng:en`).
pub const SPEECH_ENGINES: [&str; 2] = ["open-jtalk", "espeak-ng"];

/// One line of `languages.tsv`, as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LanguageLine {
    pub code: String,
    pub endonym: String,
    pub script: String,
    pub rtl: bool,
    pub tag: String,
    pub fonts: Vec<String>,
    pub packages: Vec<String>,
    pub keyboard: String,
    /// The engine of its spoken guidance, and for eSpeak NG the voice (`espeak-ng:pt-br`).
    pub speech: String,
}

/// A language line with its Fluent files, `(file name, path)` sorted by name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundLanguage {
    pub line: LanguageLine,
    pub files: Vec<(String, PathBuf)>,
}

const COLUMNS: [&str; 9] = [
    "code",
    "endonym",
    "script",
    "direction",
    "tag",
    "fonts",
    "packages",
    "keyboard",
    "speech",
];

/// Reads `dir/languages.tsv` and every folder beside it; every problem found, one per line.
pub fn discover(dir: &Path) -> Result<Vec<FoundLanguage>, String> {
    let metadata = dir.join(METADATA_FILE);
    let text = std::fs::read_to_string(&metadata)
        .map_err(|e| format!("cannot read {}: {e}", metadata.display()))?;
    let mut problems = Vec::new();
    let lines = parse_metadata(&text, &mut problems);
    if lines.first().map(|l| l.code.as_str()) != Some(REFERENCE) {
        problems.push(format!(
            "{METADATA_FILE}: the first language must be \"{REFERENCE}\", the one the others fall back to"
        ));
    }
    let listed: BTreeSet<String> = lines.iter().map(|l| l.code.clone()).collect();
    let mut found = Vec::new();
    for line in lines {
        let folder = dir.join(&line.code);
        match ftl_files(&folder) {
            Ok(files) if !files.is_empty() => found.push(FoundLanguage { line, files }),
            Ok(_) => problems.push(format!("locales/{}/ has no .ftl files", line.code)),
            Err(e) => problems.push(format!(
                "{METADATA_FILE} lists \"{}\" but locales/{}/ cannot be read: {e}",
                line.code, line.code
            )),
        }
    }
    match std::fs::read_dir(dir) {
        Ok(entries) => {
            let mut folders: Vec<String> = entries
                .filter_map(Result::ok)
                .filter(|e| e.path().is_dir())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect();
            folders.sort();
            for folder in folders {
                if !listed.contains(&folder) {
                    problems.push(format!(
                        "locales/{folder}/ has no line in {METADATA_FILE} (add: code, endonym, script, direction, tag, fonts, packages, keyboard, speech)"
                    ));
                }
            }
        }
        Err(e) => problems.push(format!("cannot list {}: {e}", dir.display())),
    }
    if let Some(reference) = found.iter().find(|f| f.line.code == REFERENCE) {
        let reference = reference.clone();
        for language in found.iter().filter(|f| f.line.code != REFERENCE) {
            compare_ids(&reference, language, &mut problems);
        }
    }
    if problems.is_empty() {
        Ok(found)
    } else {
        Err(problems.join("\n"))
    }
}

fn parse_metadata(text: &str, problems: &mut Vec<String>) -> Vec<LanguageLine> {
    let mut out: Vec<LanguageLine> = Vec::new();
    let mut header_seen = false;
    for (n, raw) in text.lines().enumerate() {
        let at = format!("{METADATA_FILE} line {}", n + 1);
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        let cells: Vec<&str> = raw.split('\t').map(str::trim).collect();
        if !header_seen {
            header_seen = true;
            if cells != COLUMNS {
                problems.push(format!(
                    "{at}: the header must be the columns {}",
                    COLUMNS.join(", ")
                ));
            }
            continue;
        }
        if cells.len() != COLUMNS.len() || cells.iter().any(|c| c.is_empty()) {
            problems.push(format!(
                "{at}: {} cells, none empty, are needed ({}); found {}",
                COLUMNS.len(),
                COLUMNS.join(", "),
                cells.len()
            ));
            continue;
        }
        let code = cells[0];
        if !code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            problems.push(format!(
                "{at}: code \"{code}\" may hold only letters, digits and -"
            ));
            continue;
        }
        if out.iter().any(|l| l.code == code) {
            problems.push(format!("{at}: \"{code}\" is listed twice"));
            continue;
        }
        let rtl = match cells[3] {
            "ltr" => false,
            "rtl" => true,
            other => {
                problems.push(format!(
                    "{at}: direction \"{other}\" is neither ltr nor rtl"
                ));
                continue;
            }
        };
        let script = cells[2];
        if script.len() != 4
            || !script.starts_with(|c: char| c.is_ascii_uppercase())
            || !script.bytes().all(|b| b.is_ascii_alphabetic())
        {
            problems.push(format!(
                "{at}: script \"{script}\" is not an ISO 15924 code (four letters, as Latn)"
            ));
            continue;
        }
        if !KEYBOARDS.contains(&cells[7]) {
            problems.push(format!(
                "{at}: keyboard \"{}\" is not one of {}",
                cells[7],
                KEYBOARDS.join(", ")
            ));
            continue;
        }
        let speech = cells[8];
        let (engine, voice) = speech.split_once(':').unwrap_or((speech, ""));
        let voice_ok = voice
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-');
        let well_formed = match engine {
            "open-jtalk" => voice.is_empty(),
            "espeak-ng" => !voice.is_empty() && voice_ok,
            _ => false,
        };
        if !well_formed {
            problems.push(format!(
                "{at}: speech \"{speech}\" is not one of {} (eSpeak NG with its voice: espeak-ng:en)",
                SPEECH_ENGINES.join(", ")
            ));
            continue;
        }
        let list = |cell: &str| -> Vec<String> {
            cell.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect()
        };
        out.push(LanguageLine {
            code: code.to_owned(),
            endonym: cells[1].to_owned(),
            script: script.to_owned(),
            rtl,
            tag: cells[4].to_owned(),
            fonts: list(cells[5]),
            packages: list(cells[6]),
            keyboard: cells[7].to_owned(),
            speech: speech.to_owned(),
        });
    }
    if !header_seen {
        problems.push(format!("{METADATA_FILE}: no header and no languages"));
    }
    out
}

fn ftl_files(folder: &Path) -> std::io::Result<Vec<(String, PathBuf)>> {
    let mut files: Vec<(String, PathBuf)> = std::fs::read_dir(folder)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .map(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            (name, p)
        })
        .collect();
    files.sort();
    Ok(files)
}

fn compare_ids(reference: &FoundLanguage, language: &FoundLanguage, problems: &mut Vec<String>) {
    let code = &language.line.code;
    for (file, path) in &reference.files {
        let want = ids_of(path);
        let got = language
            .files
            .iter()
            .find(|(f, _)| f == file)
            .map(|(_, p)| ids_of(p))
            .unwrap_or_default();
        let missing: Vec<&String> = want.difference(&got).collect();
        if !missing.is_empty() {
            let mut line = format!(
                "locales/{code}/{file} lacks {} message id(s) of {REFERENCE}:",
                missing.len()
            );
            for id in missing {
                let _ = write!(line, " {id}");
            }
            problems.push(line);
        }
        let extra: Vec<&String> = got.difference(&want).collect();
        if !extra.is_empty() {
            let names: Vec<&str> = extra.iter().map(|s| s.as_str()).collect();
            problems.push(format!(
                "locales/{code}/{file} has id(s) {REFERENCE} lacks: {}",
                names.join(" ")
            ));
        }
    }
    for (file, _) in &language.files {
        if !reference.files.iter().any(|(f, _)| f == file) {
            problems.push(format!(
                "locales/{code}/{file} has no counterpart in {REFERENCE}"
            ));
        }
    }
}

fn ids_of(path: &Path) -> BTreeSet<String> {
    std::fs::read_to_string(path)
        .map(|text| message_ids_by_line(&text))
        .unwrap_or_default()
}

/// The message and term ids a Fluent text defines, read line by line: an entry starts in the
/// first column with its identifier (terms with `-`) and `=`. The library's parity test checks
/// this against the Fluent parser's own reading.
pub fn message_ids_by_line(text: &str) -> BTreeSet<String> {
    text.lines()
        .filter_map(|line| {
            let (id, _) = line.split_once('=')?;
            let id = id.trim_end();
            let name = id.strip_prefix('-').unwrap_or(id);
            let well_formed = name.starts_with(|c: char| c.is_ascii_alphabetic())
                && name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
            well_formed.then(|| id.to_owned())
        })
        .collect()
}

/// Rust source for the table the crate compiles in: the languages and every Fluent file.
pub fn generated_source(found: &[FoundLanguage]) -> String {
    let mut out = String::from("// Generated by core/build.rs from locales/; do not edit.\n\n");
    out.push_str("pub static TABLE: &[LanguageInfo] = &[\n");
    for f in found {
        let l = &f.line;
        let _ = writeln!(
            out,
            "    LanguageInfo {{ code: {:?}, endonym: {:?}, script: {:?}, rtl: {}, tag: {:?}, fonts: &{:?}, packages: &{:?}, keyboard: {:?}, speech: {:?} }},",
            l.code, l.endonym, l.script, l.rtl, l.tag, l.fonts, l.packages, l.keyboard, l.speech
        );
    }
    out.push_str(
        "];\n\n/// `(language code, file name, Fluent text)` of every file under `locales/`.\n",
    );
    out.push_str("pub static LOCALE_FILES: &[(&str, &str, &str)] = &[\n");
    for f in found {
        for (name, path) in &f.files {
            let _ = writeln!(
                out,
                "    ({:?}, {:?}, include_str!({:?})),",
                f.line.code,
                name,
                path.display().to_string()
            );
        }
    }
    out.push_str("];\n");
    out
}

#[cfg(test)]
mod tests {
    //! The rules of `locales/`, run on the real folder and on throwaway copies, as
    //! `locales/README.md` tells a translator to make them.
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast;

    use super::*;

    fn locales() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales")
    }

    /// A scratch copy of `locales/` (the metadata and the `ja` and `en` folders).
    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("madoguchi-locales-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("scratch dir");
        std::fs::copy(locales().join(METADATA_FILE), dir.join(METADATA_FILE)).expect("metadata");
        for code in ["ja", "en"] {
            copy_folder(&locales().join(code), &dir.join(code));
        }
        // Only the languages copied keep their lines.
        let text = std::fs::read_to_string(dir.join(METADATA_FILE)).expect("metadata");
        let kept: Vec<&str> = text
            .lines()
            .filter(|l| {
                let code = l.split('\t').next().unwrap_or_default();
                l.starts_with('#') || code == "code" || code == "ja" || code == "en"
            })
            .collect();
        std::fs::write(dir.join(METADATA_FILE), kept.join("\n") + "\n").expect("metadata");
        dir
    }

    fn copy_folder(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).expect("folder");
        for entry in std::fs::read_dir(from)
            .expect("folder")
            .filter_map(Result::ok)
        {
            std::fs::copy(entry.path(), to.join(entry.file_name())).expect("copy");
        }
    }

    #[test]
    fn the_real_locales_folder_is_accepted_with_japanese_first() {
        let found = discover(&locales()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(found[0].line.code, REFERENCE);
        for language in &found {
            assert!(
                language.files.iter().any(|(f, _)| f == "kiosk.ftl"),
                "{}",
                language.line.code
            );
        }
    }

    /// `locales/README.md`, step by step: copy a folder, add one line, and the set includes it;
    /// take an id away and the build names it.
    #[test]
    fn the_readme_adds_a_fourteenth_language() {
        let dir = scratch("readme");
        // 1. Copy locales/en to locales/xx (then translate every file).
        copy_folder(&dir.join("en"), &dir.join("xx"));
        // Without its line the folder is refused.
        let err = discover(&dir).expect_err("a folder without a line");
        assert!(err.contains("locales/xx/ has no line"), "{err}");
        // 2. Add its line to languages.tsv.
        let mut metadata = std::fs::read_to_string(dir.join(METADATA_FILE)).expect("metadata");
        metadata.push_str(
            "xx\tXxish\tLatn\tltr\txx\tNoto Sans\tfonts-noto-core\tlatin\tespeak-ng:en\n",
        );
        std::fs::write(dir.join(METADATA_FILE), &metadata).expect("metadata");
        let found = discover(&dir).unwrap_or_else(|e| panic!("{e}"));
        let codes: Vec<&str> = found.iter().map(|f| f.line.code.as_str()).collect();
        assert_eq!(codes, ["ja", "en", "xx"]);
        let source = generated_source(&found);
        assert!(
            source.contains("code: \"xx\", endonym: \"Xxish\""),
            "{source}"
        );
        assert!(
            source.contains("(\"xx\", \"kiosk.ftl\", include_str!("),
            "{source}"
        );
        // 3. Half translated: a message left out is named, file by file.
        let kiosk = dir.join("xx/kiosk.ftl");
        let text = std::fs::read_to_string(&kiosk).expect("kiosk.ftl");
        let cut: String = text
            .lines()
            .filter(|l| !l.starts_with("attract-start =") && !l.starts_with("attract-touch ="))
            .map(|l| format!("{l}\n"))
            .collect();
        std::fs::write(&kiosk, cut).expect("write");
        let err = discover(&dir).expect_err("half translated");
        assert!(
            err.contains(
                "locales/xx/kiosk.ftl lacks 2 message id(s) of ja: attract-start attract-touch"
            ),
            "{err}"
        );
        std::fs::remove_file(dir.join("xx/check.ftl")).expect("remove");
        let err = discover(&dir).expect_err("a file missing");
        assert!(err.contains("locales/xx/check.ftl lacks"), "{err}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn bad_metadata_lines_are_refused_with_the_reason() {
        let dir = scratch("bad");
        let good = std::fs::read_to_string(dir.join(METADATA_FILE)).expect("metadata");
        for (line, want) in [
            (
                "en\tEnglish\tLatn\tltr\ten\tNoto Sans\tfonts-noto-core\tlatin\tespeak-ng:en",
                "listed twice",
            ),
            (
                "yy\tY\tLatn\tsideways\tyy\tNoto Sans\tfonts-noto-core\tlatin\tespeak-ng:en",
                "neither ltr nor rtl",
            ),
            (
                "yy\tY\tlatin\tltr\tyy\tNoto Sans\tfonts-noto-core\tlatin\tespeak-ng:en",
                "ISO 15924",
            ),
            (
                "yy\tY\tLatn\tltr\tyy\tNoto Sans\tfonts-noto-core\tmorse\tespeak-ng:en",
                "keyboard \"morse\"",
            ),
            (
                "yy\tY\tLatn\tltr\tyy\tNoto Sans\tfonts-noto-core\tlatin\tespeak-ng",
                "speech \"espeak-ng\"",
            ),
            (
                "yy\tY\tLatn\tltr\tyy\tNoto Sans\tfonts-noto-core\tlatin\tsay:en",
                "speech \"say:en\"",
            ),
            ("yy\tY\tLatn\tltr", "9 cells"),
            (
                "zz\tZ\tLatn\tltr\tzz\tNoto Sans\tfonts-noto-core\tlatin\tespeak-ng:en",
                "lists \"zz\" but locales/zz/",
            ),
        ] {
            std::fs::write(dir.join(METADATA_FILE), format!("{good}{line}\n")).expect("metadata");
            let err = discover(&dir).expect_err(line);
            assert!(err.contains(want), "{line}: {err}");
        }
        let swapped = good.replacen("ja\t", "jx\t", 1);
        std::fs::write(dir.join(METADATA_FILE), swapped).expect("metadata");
        let err = discover(&dir).expect_err("ja not first");
        assert!(err.contains("must be \"ja\""), "{err}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// The text a reader sees in a pattern: its text, every variant's, without placeables'
    /// variables; `｛漢字｜よみ｝` reads as its kanji (furigana are markup).
    fn visible(pattern: &ast::Pattern<&str>, out: &mut String) {
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => out.push_str(value),
                ast::PatternElement::Placeable { expression } => expression_text(expression, out),
            }
        }
    }

    fn expression_text(expression: &ast::Expression<&str>, out: &mut String) {
        match expression {
            ast::Expression::Select { variants, .. } => {
                for variant in variants {
                    out.push(' ');
                    visible(&variant.value, out);
                }
            }
            ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
                out.push_str(value)
            }
            ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
                expression_text(expression, out)
            }
            ast::Expression::Inline(_) => {}
        }
    }

    /// `(language, file, id)` → what the message shows, for every file of every language.
    fn messages() -> BTreeMap<(String, String, String), String> {
        let mut out = BTreeMap::new();
        for language in discover(&locales()).unwrap_or_else(|e| panic!("{e}")) {
            for (file, path) in &language.files {
                let text = std::fs::read_to_string(path).expect("ftl");
                let resource =
                    fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(r, _)| r);
                for entry in &resource.body {
                    if let ast::Entry::Message(m) = entry {
                        let mut shown = String::new();
                        if let Some(value) = &m.value {
                            visible(value, &mut shown);
                        }
                        for attribute in &m.attributes {
                            shown.push(' ');
                            visible(&attribute.value, &mut shown);
                        }
                        out.insert(
                            (
                                language.line.code.clone(),
                                file.clone(),
                                m.id.name.to_owned(),
                            ),
                            crate::i18n::ruby_plain_base(&shown),
                        );
                    }
                }
            }
        }
        out
    }

    /// Each glossary term is used as written: wherever a visitor-facing message says the term in
    /// 日本語, the same message in every other language says that language's word for it.
    #[test]
    fn glossary_terms_are_used_as_written() {
        let text = std::fs::read_to_string(locales().join("GLOSSARY.tsv")).expect("GLOSSARY.tsv");
        let mut rows = text
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
        let header: Vec<&str> = rows
            .next()
            .expect("a header")
            .split('\t')
            .map(str::trim)
            .collect();
        let found = discover(&locales()).unwrap_or_else(|e| panic!("{e}"));
        for language in &found {
            assert!(
                header.contains(&language.line.code.as_str()),
                "GLOSSARY.tsv has no column for {}",
                language.line.code
            );
        }
        let ja_col = header
            .iter()
            .position(|c| *c == REFERENCE)
            .expect("a ja column");
        let messages = messages();
        let visitor_files = ["kiosk.ftl", "check.ftl", "server.ftl", "shell.ftl"];
        let mut problems = BTreeSet::new();
        let mut checked = 0;
        for row in rows {
            let cells: Vec<&str> = row.split('\t').map(str::trim).collect();
            let term = cells.get(ja_col).copied().unwrap_or_default();
            for ((lang, file, id), ja_text) in &messages {
                if lang != REFERENCE
                    || !visitor_files.contains(&file.as_str())
                    || !ja_text.contains(term)
                {
                    continue;
                }
                for language in found.iter().filter(|l| l.line.code != REFERENCE) {
                    let code = &language.line.code;
                    let col = header.iter().position(|c| c == code).expect("column");
                    let want = cells.get(col).copied().unwrap_or_default();
                    assert!(!want.is_empty(), "GLOSSARY.tsv: {term} has no {code}");
                    let Some(text) = messages.get(&(code.clone(), file.clone(), id.clone())) else {
                        continue; // the parity test names missing ids
                    };
                    checked += 1;
                    if !text.to_lowercase().contains(&want.to_lowercase()) {
                        problems.insert(format!(
                            "{code}/{file} {id}: says {term} in ja but not \"{want}\": {text}"
                        ));
                    }
                }
            }
        }
        assert!(checked > 20, "the glossary matched only {checked} messages");
        assert!(
            problems.is_empty(),
            "{} messages:\n{}",
            problems.len(),
            problems.into_iter().collect::<Vec<_>>().join("\n")
        );
    }

    /// The kiosk's package brings every language's fonts, and the setup script installs them.
    #[test]
    fn the_kiosk_package_and_setup_install_every_languages_fonts() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let conf: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(root.join("src-tauri/tauri.conf.json"))
                .expect("tauri.conf.json"),
        )
        .expect("json");
        let depends: Vec<&str> = conf["bundle"]["linux"]["deb"]["depends"]
            .as_array()
            .expect("bundle.linux.deb.depends")
            .iter()
            .filter_map(|v| v.as_str())
            .collect();
        let setup = std::fs::read_to_string(root.join("scripts/setup")).expect("scripts/setup");
        for language in discover(&locales()).unwrap_or_else(|e| panic!("{e}")) {
            for package in &language.line.packages {
                assert!(
                    depends.contains(&package.as_str()),
                    "{}: {package} not in the .deb's depends",
                    language.line.code
                );
                assert!(
                    setup.split_whitespace().any(|w| w == package),
                    "{}: {package} not in scripts/setup",
                    language.line.code
                );
            }
        }
    }

    /// fontconfig's coverage of a family: `(first, last)` code point ranges, from `fc-query` of
    /// the files `fc-list` names for it.
    fn coverage(family: &str) -> Vec<(u32, u32)> {
        let list = std::process::Command::new("fc-list")
            .args([&format!("{family}:style=Regular"), "file"])
            .output()
            .expect("fc-list (fontconfig) is installed");
        let files = String::from_utf8_lossy(&list.stdout);
        let mut ranges = Vec::new();
        for file in files.lines().filter_map(|l| l.trim().strip_suffix(':')) {
            let query = std::process::Command::new("fc-query")
                .args(["--format=%{family}\\t%{charset}\\n", file])
                .output()
                .expect("fc-query");
            for line in String::from_utf8_lossy(&query.stdout).lines() {
                let Some((families, charset)) = line.split_once('\t') else {
                    continue;
                };
                if !families.split(',').any(|f| f == family) {
                    continue;
                }
                for range in charset.split_whitespace() {
                    let (a, b) = range.split_once('-').unwrap_or((range, range));
                    if let (Ok(a), Ok(b)) = (u32::from_str_radix(a, 16), u32::from_str_radix(b, 16))
                    {
                        ranges.push((a, b));
                    }
                }
            }
        }
        ranges
    }

    /// No tofu: every character of every message of a language is in one of the fonts its line
    /// names (the fonts listed in `packages`, which the kiosk's package depends on).
    #[test]
    fn every_character_has_a_glyph_in_the_languages_fonts() {
        let found = discover(&locales()).unwrap_or_else(|e| panic!("{e}"));
        let messages = messages();
        let mut problems = Vec::new();
        for language in &found {
            let line = &language.line;
            let mut ranges = Vec::new();
            for family in &line.fonts {
                let got = coverage(family);
                if got.is_empty() {
                    problems.push(format!(
                        "{}: font \"{family}\" is not installed (packages: {})",
                        line.code,
                        line.packages.join(", ")
                    ));
                }
                ranges.extend(got);
            }
            let used: BTreeSet<char> = messages
                .iter()
                .filter(|((code, _, _), _)| *code == line.code)
                .flat_map(|(_, text)| text.chars())
                .filter(|c| !c.is_control() && !c.is_whitespace())
                .collect();
            let missing: String = used
                .into_iter()
                .filter(|c| {
                    !ranges
                        .iter()
                        .any(|(a, b)| (*a..=*b).contains(&u32::from(*c)))
                })
                .collect();
            if !missing.is_empty() {
                problems.push(format!(
                    "{}: no glyph in {} for: {missing}",
                    line.code,
                    line.fonts.join(", ")
                ));
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}
