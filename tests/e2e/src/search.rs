//! Byte search for a visitor's details left behind: in files (every file under a directory, as
//! UTF-8 and as UTF-16 in both byte orders, which is how WebKit keeps local storage and how
//! SQLite may keep text), and in what a page still holds (DOM, form values, localStorage,
//! sessionStorage, IndexedDB, Cache Storage).

use std::path::{Path, PathBuf};

use serde_json::{json, Value};
use thirtyfour::WebDriver;

/// Encodings a string may be stored in.
fn encodings(secret: &str) -> Vec<(&'static str, Vec<u8>)> {
    let le: Vec<u8> = secret.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = secret.encode_utf16().flat_map(u16::to_be_bytes).collect();
    vec![
        ("UTF-8", secret.as_bytes().to_vec()),
        ("UTF-16LE", le),
        ("UTF-16BE", be),
    ]
}

pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// Every regular file under `dir` (symbolic links not followed).
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                stack.push(entry.path());
            } else if kind.is_file() {
                out.push(entry.path());
            }
        }
    }
    out.sort();
    out
}

/// `(file, secret, encoding)` for each secret found in a file under `dir`.
pub fn find_in_tree(dir: &Path, secrets: &[String]) -> Vec<(PathBuf, String, &'static str)> {
    let mut found = Vec::new();
    for path in files_under(dir) {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        found.extend(
            find_in_bytes(&bytes, secrets)
                .into_iter()
                .map(|(s, e)| (path.clone(), s, e)),
        );
    }
    found
}

/// `(secret, encoding)` for each secret in `bytes`.
pub fn find_in_bytes(bytes: &[u8], secrets: &[String]) -> Vec<(String, &'static str)> {
    let mut found = Vec::new();
    for secret in secrets {
        for (encoding, needle) in encodings(secret) {
            if contains(bytes, &needle) {
                found.push((secret.clone(), encoding));
            }
        }
    }
    found
}

/// Everything the page holds as text: the DOM with every form value, both storages, every
/// IndexedDB database's records and the Cache Storage's keys. Keyed by where it was found.
pub async fn page_text(d: &WebDriver) -> Vec<(String, String)> {
    const SCRIPT: &str = r#"
        const done = arguments[arguments.length - 1];
        const out = {};
        out.dom = document.documentElement.outerHTML;
        out.values = [...document.querySelectorAll('input, textarea, select')].map((e) => e.value).join('\n');
        const dump = (s) => { const o = {}; for (let i = 0; i < s.length; i++) { const k = s.key(i); o[k] = s.getItem(k); } return JSON.stringify(o); };
        try { out.localStorage = dump(window.localStorage); } catch (e) { out.localStorage = 'unavailable: ' + e; }
        try { out.sessionStorage = dump(window.sessionStorage); } catch (e) { out.sessionStorage = 'unavailable: ' + e; }
        const idb = async () => {
            if (!window.indexedDB || !indexedDB.databases) return 'unavailable';
            const parts = [];
            for (const info of await indexedDB.databases()) {
                const db = await new Promise((ok, ko) => { const r = indexedDB.open(info.name); r.onsuccess = () => ok(r.result); r.onerror = () => ko(r.error); });
                for (const name of db.objectStoreNames) {
                    const all = await new Promise((ok, ko) => { const r = db.transaction(name).objectStore(name).getAll(); r.onsuccess = () => ok(r.result); r.onerror = () => ko(r.error); });
                    parts.push(info.name + '/' + name + ': ' + JSON.stringify(all));
                }
                db.close();
            }
            return parts.join('\n');
        };
        const caches_ = async () => {
            if (!window.caches) return 'unavailable';
            const parts = [];
            for (const name of await caches.keys()) {
                const c = await caches.open(name);
                for (const req of await c.keys()) parts.push(name + ': ' + req.url);
            }
            return parts.join('\n');
        };
        Promise.all([idb().catch((e) => 'error: ' + e), caches_().catch((e) => 'error: ' + e)])
            .then(([i, c]) => { out.indexedDB = i; out.cacheStorage = c; done(JSON.stringify(out)); });
    "#;
    let ret = d
        .execute_async(SCRIPT, Vec::new())
        .await
        .unwrap_or_else(|e| panic!("the page cannot be searched: {e}"));
    let text = ret.json().as_str().unwrap_or("{}").to_owned();
    let parsed: Value = serde_json::from_str(&text).unwrap_or_else(|_| json!({}));
    parsed
        .as_object()
        .map(|o| {
            o.iter()
                .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_owned()))
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_utf8_and_utf16() {
        let secrets = vec!["ヤマダ".to_owned()];
        let utf16: Vec<u8> = "xヤマダy"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(
            find_in_bytes(&utf16, &secrets),
            vec![("ヤマダ".to_owned(), "UTF-16LE")]
        );
        assert_eq!(
            find_in_bytes("aヤマダ".as_bytes(), &secrets),
            vec![("ヤマダ".to_owned(), "UTF-8")]
        );
        assert!(find_in_bytes(b"nothing", &secrets).is_empty());
    }
}
