//! Small helpers the screens' rules share: list folding and character classes.

pub(super) fn dedup<T: PartialEq>(items: &mut Vec<T>) {
    let mut seen: Vec<T> = Vec::with_capacity(items.len());
    for item in items.drain(..) {
        if !seen.contains(&item) {
            seen.push(item);
        }
    }
    *items = seen;
}

pub(super) fn fold_list(items: &mut Vec<String>, fold: fn(&str) -> String) {
    for item in items.iter_mut() {
        *item = fold(item);
    }
    items.retain(|item| !item.is_empty());
    dedup(items);
}

pub(super) fn all_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// The distinct characters of `text` failing `ok`, space-separated for a message argument.
pub(super) fn offending(text: &str, ok: impl Fn(char) -> bool) -> String {
    let mut bad: Vec<char> = Vec::new();
    for c in text.chars() {
        if !ok(c) && !bad.contains(&c) {
            bad.push(c);
        }
    }
    bad.iter()
        .map(char::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}
