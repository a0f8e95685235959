//! Embeds the server's Fluent files so the binary needs no `locales/` folder at run time.
//!
//! Which files exist is decided here rather than by hand-written `include_str!`s, so a catalog
//! file a colleague adds later (check.ftl, occupations.ftl) is picked up without a code change.

use std::fmt::Write as _;
use std::path::Path;

const LANGUAGES: [&str; 3] = ["ja", "ja-easy", "en"];
const FILES: [&str; 6] = [
    "server.ftl",
    "counter.ftl",
    "check.ftl",
    "occupations.ftl",
    "residence.ftl",
    "licences.ftl",
];

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let locales = Path::new(&manifest).join("../locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut out = String::from("pub static LOCALE_FILES: &[(&str, &str, &str)] = &[\n");
    for language in LANGUAGES {
        for file in FILES {
            let path = locales.join(language).join(file);
            println!("cargo:rerun-if-changed={}", path.display());
            if path.is_file() {
                let _ = writeln!(
                    out,
                    "    ({language:?}, {file:?}, include_str!({:?})),",
                    path.display().to_string()
                );
            }
        }
    }
    out.push_str("];\n");
    let target =
        Path::new(&std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into())).join("locales.rs");
    if let Err(e) = std::fs::write(&target, out) {
        println!("cargo:warning=cannot write {}: {e}", target.display());
        std::process::exit(1);
    }
}
