//! The byte-by-byte search of a kiosk's files for the test persons' personal data.
//!
//! Every regular file under the given roots is read whole (SQLite database, `-wal`, `-shm`,
//! `enrolment.json`, logs, anything else) and searched for every name (UTF-8, UTF-16 LE and
//! BE), phone number and email address (UTF-8) of the persons used, with one Aho–Corasick
//! automaton so that ten thousand persons cost one pass per file.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use aho_corasick::AhoCorasick;

use crate::persons::Person;

/// One personal datum found where it must not be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub file: PathBuf,
    pub offset: usize,
    /// What was found, e.g. `phone 09037000012 (UTF-8)`.
    pub what: String,
}

impl std::fmt::Display for Hit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} at byte {}: {}",
            self.file.display(),
            self.offset,
            self.what
        )
    }
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    text.encode_utf16()
        .flat_map(|u| {
            if big_endian {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            }
        })
        .collect()
}

/// What is searched for: (bytes, description).
pub fn needles(persons: &[Person]) -> Vec<(Vec<u8>, String)> {
    let mut names = BTreeSet::new();
    let mut out = Vec::new();
    for p in persons {
        for name in [&p.family_name, &p.given_name, &p.family_kana, &p.given_kana] {
            names.insert(name.clone());
        }
        out.push((
            p.phone.as_bytes().to_vec(),
            format!("phone {} (UTF-8)", p.phone),
        ));
        out.push((
            p.email.as_bytes().to_vec(),
            format!("email {} (UTF-8)", p.email),
        ));
    }
    for name in names {
        out.push((name.as_bytes().to_vec(), format!("name {name} (UTF-8)")));
        out.push((utf16(&name, false), format!("name {name} (UTF-16LE)")));
        out.push((utf16(&name, true), format!("name {name} (UTF-16BE)")));
    }
    out.sort();
    out.dedup();
    out
}

/// Every regular file under `root` (the root itself may be a file), symlinks not followed.
pub fn files_under(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(path) = stack.pop() {
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        if meta.is_dir() {
            if let Ok(entries) = std::fs::read_dir(&path) {
                stack.extend(entries.flatten().map(|e| e.path()));
            }
        } else if meta.is_file() {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// The search for a set of persons, built once and run over as many directories as wanted.
pub struct Scanner {
    needles: Vec<(Vec<u8>, String)>,
    automaton: AhoCorasick,
}

impl Scanner {
    pub fn new(persons: &[Person]) -> Result<Scanner, String> {
        let needles = needles(persons);
        let automaton = AhoCorasick::new(needles.iter().map(|(bytes, _)| bytes))
            .map_err(|e| format!("cannot build the search: {e}"))?;
        Ok(Scanner { needles, automaton })
    }

    /// Searches every file under `roots`; returns the hits and the number of files and bytes
    /// searched. A file that vanishes meanwhile (SQLite removes `-wal` and `-shm` when the last
    /// connection closes) is skipped.
    pub fn scan(&self, roots: &[&Path]) -> Result<(Vec<Hit>, usize, u64), String> {
        let mut hits = Vec::new();
        let mut files = 0;
        let mut bytes = 0u64;
        for root in roots {
            for file in files_under(root) {
                let data = match std::fs::read(&file) {
                    Ok(d) => d,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                    Err(e) => return Err(format!("cannot read {}: {e}", file.display())),
                };
                files += 1;
                bytes += data.len() as u64;
                for m in self.automaton.find_overlapping_iter(&data) {
                    hits.push(Hit {
                        file: file.clone(),
                        offset: m.start(),
                        what: self.needles[m.pattern().as_usize()].1.clone(),
                    });
                }
            }
        }
        Ok((hits, files, bytes))
    }
}

/// Searches every file under `roots` for the personal data of `persons`.
/// Returns the hits and the number of files and bytes searched.
pub fn scan(roots: &[&Path], persons: &[Person]) -> Result<(Vec<Hit>, usize, u64), String> {
    Scanner::new(persons)?.scan(roots)
}
