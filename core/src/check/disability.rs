//! 障害について: asked with care and skippable as a whole. Nothing here is ever required, and
//! nothing the visitor did not mean to give is kept: unless support is wanted, the certificate,
//! its grade and the help wanted are cleared, and a grade goes with its certificate.

use crate::application::{Certificate, Disability, DisabilitySupport};
use crate::finding::Finding;
use crate::normalize;

use super::common::dedup;

pub(super) const GRADE: &str = "disability.grade";

pub(super) fn normalize(disability: &mut Disability) {
    if disability.support != Some(DisabilitySupport::Wanted) {
        let support = disability.support;
        *disability = Disability {
            support,
            ..Disability::default()
        };
        return;
    }
    dedup(&mut disability.needs);
    disability.needs_text = normalize::free_text(&disability.needs_text);
    disability.grade = grade(&disability.grade);
    match disability.certificate {
        Some(c) if !c.grades().is_empty() => {}
        _ => disability.grade.clear(),
    }
}

/// A grade as typed or pasted (「２級」, 「a」, 「Ｂ判定」): [`normalize::compact`], upper case,
/// 級 and 判定 dropped. Idempotent; what is left is judged against the certificate's grades.
pub fn grade(text: &str) -> String {
    normalize::compact(text)
        .replace('級', "")
        .replace("判定", "")
        .to_ascii_uppercase()
}

pub(super) fn check(disability: &Disability, out: &mut Vec<Finding>) {
    let Some(certificate) = disability.certificate else {
        return;
    };
    if disability.grade.is_empty() {
        return;
    }
    if !certificate.grades().contains(&disability.grade.as_str()) {
        out.push(
            Finding::error(GRADE, "check-disability-grade")
                .with_arg("grade", &disability.grade)
                .with_arg("certificate", certificate_code(certificate)),
        );
    }
}

fn certificate_code(c: Certificate) -> &'static str {
    match c {
        Certificate::Physical => "physical",
        Certificate::Intellectual => "intellectual",
        Certificate::Mental => "mental",
        Certificate::NoneOrPending => "none-or-pending",
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::application::SupportNeed;

    fn wanted(certificate: Certificate, grade: &str) -> Disability {
        Disability {
            support: Some(DisabilitySupport::Wanted),
            certificate: Some(certificate),
            grade: grade.into(),
            needs: vec![
                SupportNeed::Hours,
                SupportNeed::Hours,
                SupportNeed::Hospital,
            ],
            needs_text: "  週に一度 通院しています\r\n ".into(),
        }
    }

    fn findings(d: &Disability) -> Vec<String> {
        let mut d = d.clone();
        normalize(&mut d);
        let mut out = Vec::new();
        check(&d, &mut out);
        out.into_iter().map(|f| f.message).collect()
    }

    #[test]
    fn skipping_or_leaving_everything_empty_is_fine() {
        assert!(findings(&Disability::default()).is_empty());
        let only_wanted = Disability {
            support: Some(DisabilitySupport::Wanted),
            ..Disability::default()
        };
        assert!(findings(&only_wanted).is_empty());
    }

    #[test]
    fn nothing_is_kept_unless_support_is_wanted() {
        for support in [
            None,
            Some(DisabilitySupport::NotWanted),
            Some(DisabilitySupport::Unstated),
        ] {
            let mut d = wanted(Certificate::Physical, "2");
            d.support = support;
            normalize(&mut d);
            assert_eq!(
                d,
                Disability {
                    support,
                    ..Disability::default()
                }
            );
        }
    }

    #[test]
    fn grades_are_read_forgivingly_and_checked_against_the_certificate() {
        let mut d = wanted(Certificate::Physical, "２級");
        normalize(&mut d);
        assert_eq!(d.grade, "2");
        assert_eq!(d.needs, vec![SupportNeed::Hours, SupportNeed::Hospital]);
        assert_eq!(d.needs_text, "週に一度 通院しています");
        assert!(findings(&wanted(Certificate::Intellectual, "ｂ")).is_empty());
        assert!(findings(&wanted(Certificate::Mental, "3級")).is_empty());
        assert_eq!(
            findings(&wanted(Certificate::Mental, "4")),
            vec!["check-disability-grade"]
        );
        assert_eq!(
            findings(&wanted(Certificate::Physical, "A")),
            vec!["check-disability-grade"]
        );
    }

    #[test]
    fn a_certificate_without_grades_drops_a_stale_grade() {
        let mut d = wanted(Certificate::NoneOrPending, "2");
        normalize(&mut d);
        assert_eq!(d.grade, "");
        assert!(findings(&wanted(Certificate::NoneOrPending, "2")).is_empty());
        let mut none = wanted(Certificate::Physical, "2");
        none.certificate = None;
        normalize(&mut none);
        assert_eq!(none.grade, "");
    }

    proptest! {
        #[test]
        fn grade_is_idempotent_and_never_panics(text in "\\PC{0,12}") {
            let once = grade(&text);
            prop_assert_eq!(grade(&once), once.clone());
            prop_assert!(!once.contains('級'));
            prop_assert!(!once.chars().any(char::is_whitespace));
        }

        #[test]
        fn full_width_grades_read_as_half_width(n in 1u32..=6, suffix in prop::sample::select(vec!["", "級", " 級", "　級"])) {
            let wide = char::from_u32(0xFF10 + n).unwrap_or('0');
            prop_assert_eq!(grade(&format!("{wide}{suffix}")), n.to_string());
        }
    }
}
