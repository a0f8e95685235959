//! 自己PR・特記事項: free text in the visitor's words, optional, limited only in length. The
//! text is kept as written, line breaks included; only what a touch keyboard or a paste adds by
//! accident (trailing spaces, runs of empty lines) is folded away.

use crate::application::SelfPr;
use crate::normalize;

pub(super) fn normalize(self_pr: &mut SelfPr) {
    self_pr.appeal = paragraphs(&self_pr.appeal);
    self_pr.notes = paragraphs(&self_pr.notes);
}

/// [`normalize::free_text`], each line without trailing spaces, and at most one empty line
/// between paragraphs. Idempotent, never longer than its input's [`normalize::free_text`].
pub fn paragraphs(text: &str) -> String {
    let folded = normalize::free_text(text);
    let mut out = String::with_capacity(folded.len());
    let mut empty_run = 0;
    for line in folded.split('\n') {
        let line = line.trim_end();
        if line.is_empty() {
            empty_run += 1;
            if empty_run > 1 {
                continue;
            }
        } else {
            empty_run = 0;
        }
        if !out.is_empty() || !line.is_empty() {
            out.push_str(line);
            out.push('\n');
        }
    }
    out.trim_end().to_owned()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn paragraphs_keep_the_visitor_s_lines() {
        for (input, want) in [
            ("", ""),
            ("  接客が得意です。 ", "接客が得意です。"),
            ("一行目  \r\n二行目", "一行目\n二行目"),
            ("段落一\n\n\n\n段落二", "段落一\n\n段落二"),
            ("\n\n  字下げ\n", "字下げ"),
            ("𠮷野家で５年", "𠮷野家で5年"),
            ("A\u{2029}B\u{200B}", "A\nB"),
        ] {
            assert_eq!(paragraphs(input), want, "{input:?}");
        }
    }

    proptest! {
        #[test]
        fn paragraphs_settle_at_once_and_never_grow(text in "[\\PC\n\r\t 　]{0,200}") {
            let once = paragraphs(&text);
            prop_assert_eq!(paragraphs(&once), once.clone());
            prop_assert!(normalize::char_count(&once) <= normalize::char_count(&normalize::free_text(&text)));
            prop_assert!(!once.contains("\n\n\n"));
            prop_assert!(!once.lines().any(|l| l.ends_with(' ')));
        }
    }
}
