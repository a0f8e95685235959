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
}

/// A language line with its Fluent files, `(file name, path)` sorted by name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundLanguage {
    pub line: LanguageLine,
    pub files: Vec<(String, PathBuf)>,
}

const COLUMNS: [&str; 8] = [
    "code",
    "endonym",
    "script",
    "direction",
    "tag",
    "fonts",
    "packages",
    "keyboard",
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
                        "locales/{folder}/ has no line in {METADATA_FILE} (add: code, endonym, script, direction, tag, fonts, packages, keyboard)"
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
        if !code
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        {
            problems.push(format!("{at}: code \"{code}\" may hold only letters, digits and -"));
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
                problems.push(format!("{at}: direction \"{other}\" is neither ltr nor rtl"));
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
            problems.push(format!("locales/{code}/{file} has no counterpart in {REFERENCE}"));
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
            "    LanguageInfo {{ code: {:?}, endonym: {:?}, script: {:?}, rtl: {}, tag: {:?}, fonts: &{:?}, packages: &{:?}, keyboard: {:?} }},",
            l.code, l.endonym, l.script, l.rtl, l.tag, l.fonts, l.packages, l.keyboard
        );
    }
    out.push_str("];\n\n/// `(language code, file name, Fluent text)` of every file under `locales/`.\n");
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
