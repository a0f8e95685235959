//! Which font files a language prints with: the families `locales/languages.tsv` lists for it
//! (main first), found by fontconfig as the kiosk's webview finds them, so the slip looks like
//! the screen.

use std::path::PathBuf;
use std::process::Command;

use madoguchi_core::language::Language;
use thiserror::Error;

/// A font file and the face in it (a `.ttc` holds several: Noto Sans CJK's JP, KR, SC…).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FontFile {
    pub path: PathBuf,
    pub index: u32,
}

#[derive(Debug, Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum FontError {
    #[error("fontconfig (fc-match) could not be run: {0}")]
    NoFontconfig(String),
    #[error("no font of the family {family} is installed (fontconfig offers {offered} instead)")]
    Missing { family: String, offered: String },
    #[error("cannot read the font {path}: {reason}")]
    Unreadable { path: String, reason: String },
    #[error("{path} is not a font this printer can use")]
    NotAFont { path: String },
    #[error("no font was given")]
    NoFonts,
}

/// The files of `language`'s fonts, in the order `languages.tsv` gives them.
pub fn for_language(language: Language) -> Result<Vec<FontFile>, FontError> {
    for_families(language.info().fonts)
}

/// The files of these fontconfig families. A family fontconfig only substitutes (it always
/// answers with something) is an error naming what it offered instead.
pub fn for_families(families: &[&str]) -> Result<Vec<FontFile>, FontError> {
    families.iter().map(|family| resolve(family)).collect()
}

fn resolve(family: &str) -> Result<FontFile, FontError> {
    let out = Command::new("fc-match")
        .arg("--format=%{file}\n%{index}\n%{family}\n")
        .arg(format!("{family}:style=Regular"))
        .output()
        .map_err(|e| FontError::NoFontconfig(e.to_string()))?;
    if !out.status.success() {
        return Err(FontError::NoFontconfig(format!("exit {}", out.status)));
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let mut lines = text.lines();
    let (path, index, families) = (
        lines.next().unwrap_or_default(),
        lines.next().unwrap_or_default(),
        lines.next().unwrap_or_default(),
    );
    if !families.split(',').any(|f| f.trim() == family) {
        return Err(FontError::Missing {
            family: family.to_owned(),
            offered: families.to_owned(),
        });
    }
    Ok(FontFile {
        path: PathBuf::from(path),
        index: index.parse().unwrap_or(0),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_its_fonts_installed() {
        for language in Language::all() {
            let files =
                for_language(language).unwrap_or_else(|e| panic!("{}: {e}", language.code()));
            assert_eq!(files.len(), language.info().fonts.len());
        }
    }

    #[test]
    fn a_family_fontconfig_only_substitutes_is_named() {
        assert!(matches!(
            for_families(&["No Such Family Madoguchi"]),
            Err(FontError::Missing { .. })
        ));
    }
}
