//! Learns the languages from `locales/` (see `src/locale_set.rs`) and compiles them in: the
//! table of languages and every Fluent file. A language listed without its folder, a folder
//! without its line, or a folder missing message ids of 日本語 stops the build, naming them.

#[path = "src/locale_set.rs"]
#[allow(dead_code)]
mod locale_set;

use std::path::Path;

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    // MADOGUCHI_LOCALES points the build at another folder (the locales README's test).
    println!("cargo::rerun-if-env-changed=MADOGUCHI_LOCALES");
    let locales = std::env::var("MADOGUCHI_LOCALES")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| Path::new(&manifest).join("../locales"));
    println!("cargo::rerun-if-changed={}", locales.display());
    let found = match locale_set::discover(&locales) {
        Ok(found) => found,
        Err(problems) => {
            for problem in problems.lines() {
                println!("cargo::error={problem}");
            }
            return;
        }
    };
    for language in &found {
        println!(
            "cargo::rerun-if-changed={}",
            locales.join(&language.line.code).display()
        );
        for (_, path) in &language.files {
            println!("cargo::rerun-if-changed={}", path.display());
        }
    }
    let target =
        Path::new(&std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into())).join("languages.rs");
    if let Err(e) = std::fs::write(&target, locale_set::generated_source(&found)) {
        println!("cargo::error=cannot write {}: {e}", target.display());
    }
}
