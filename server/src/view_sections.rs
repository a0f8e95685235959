//! How the official form's 求職情報提供等, 障害について and 自己PR screens read on a page.
//!
//! The counter (signed-in staff) sees every answer; the phone pages show the answers about a
//! disability only inside a closed `<details>` the visitor opens, so nobody reads them over a
//! shoulder without the visitor's choice. No JavaScript is needed for either.

use madoguchi_core::{
    Application, Certificate, ContactMethod, DisabilitySupport, Publication, SupportNeed,
};
use maud::{html, Markup};

use crate::i18n::Tr;

fn publication_id(p: Option<Publication>) -> &'static str {
    match p {
        Some(Publication::NotPublished) => "srv-publication-not-published",
        Some(Publication::WithoutEmployerNames) => "srv-publication-without-employer-names",
        Some(Publication::Published) => "srv-publication-published",
        None => "srv-value-none",
    }
}

fn contact_method_id(m: ContactMethod) -> &'static str {
    match m {
        ContactMethod::Phone => "srv-contact-method-phone",
        ContactMethod::Email => "srv-contact-method-email",
        ContactMethod::Post => "srv-contact-method-post",
    }
}

fn support_id(s: Option<DisabilitySupport>) -> &'static str {
    match s {
        Some(DisabilitySupport::Wanted) => "srv-disability-wanted",
        Some(DisabilitySupport::NotWanted) => "srv-disability-not-wanted",
        Some(DisabilitySupport::Unstated) => "srv-disability-unstated",
        None => "srv-value-none",
    }
}

fn certificate_id(c: Certificate) -> &'static str {
    match c {
        Certificate::Physical => "srv-certificate-physical",
        Certificate::Intellectual => "srv-certificate-intellectual",
        Certificate::Mental => "srv-certificate-mental",
        Certificate::NoneOrPending => "srv-certificate-none-or-pending",
    }
}

fn need_id(n: SupportNeed) -> &'static str {
    match n {
        SupportNeed::SpecialistDesk => "srv-need-specialist-desk",
        SupportNeed::Hours => "srv-need-hours",
        SupportNeed::Hospital => "srv-need-hospital",
        SupportNeed::Facilities => "srv-need-facilities",
        SupportNeed::Communication => "srv-need-communication",
        SupportNeed::Instructions => "srv-need-instructions",
    }
}

/// The visitor's own text, or （なし）; line breaks kept.
fn text(tr: Tr, value: &str) -> Markup {
    html! {
        @if value.trim().is_empty() { (tr.t("srv-value-none")) }
        @else { span.lines { (value) } }
    }
}

/// 求職情報の公開, 連絡方法, 連絡を避けてほしい時間帯.
pub fn disclosure_rows(tr: Tr, app: &Application) -> Markup {
    let d = &app.disclosure;
    let methods: Vec<String> = d
        .contact_methods
        .iter()
        .map(|m| tr.t(contact_method_id(*m)))
        .collect();
    html! {
        dt { (tr.m("srv-field-publication")) }
        dd data-field="disclosure.publication" { (tr.t(publication_id(d.publication))) }
        dt { (tr.m("srv-field-contact-methods")) }
        dd data-field="disclosure.contact_methods" {
            @if methods.is_empty() { (tr.t("srv-value-none")) } @else { (methods.join("、")) }
        }
        dt { (tr.m("srv-field-avoid-times")) }
        dd data-field="disclosure.avoid_times" { (text(tr, &d.avoid_times)) }
    }
}

/// 障害について, every answer: for the counter, or inside [`disability_hidden`].
pub fn disability_rows(tr: Tr, app: &Application) -> Markup {
    let d = &app.disability;
    let wanted = d.support == Some(DisabilitySupport::Wanted);
    let needs: Vec<String> = d.needs.iter().map(|n| tr.t(need_id(*n))).collect();
    html! {
        dt { (tr.m("srv-field-disability")) }
        dd data-field="disability.support" { (tr.t(support_id(d.support))) }
        @if wanted {
            dt { (tr.m("srv-field-certificate")) }
            dd data-field="disability.certificate" {
                @match d.certificate {
                    Some(c) => {
                        (tr.t(certificate_id(c)))
                        @if !d.grade.is_empty() {
                            " "
                            @if c == Certificate::Intellectual { (d.grade) }
                            @else { (tr.f("srv-grade-level", &[("grade", &d.grade)])) }
                        }
                    },
                    None => (tr.t("srv-value-none")),
                }
            }
            dt { (tr.m("srv-field-support-needs")) }
            dd data-field="disability.needs" {
                @if needs.is_empty() { (tr.t("srv-value-none")) } @else { (needs.join("、")) }
            }
            dt { (tr.m("srv-field-support-needs-text")) }
            dd data-field="disability.needs_text" { (text(tr, &d.needs_text)) }
        }
    }
}

/// 障害について for a page others might see over the visitor's shoulder: closed until the
/// visitor opens it, and nothing at all when the question was skipped.
pub fn disability_hidden(tr: Tr, app: &Application) -> Markup {
    html! {
        @if app.disability.support.is_some() {
            details.private data-testid="disability-details" {
                summary { (tr.t("srv-disability-show")) }
                dl.summary { (disability_rows(tr, app)) }
            }
        }
    }
}

/// 自己PR and 特記事項.
pub fn self_pr_rows(tr: Tr, app: &Application) -> Markup {
    html! {
        dt { (tr.m("srv-field-self-pr")) }
        dd data-field="self_pr.appeal" { (text(tr, &app.self_pr.appeal)) }
        dt { (tr.m("srv-field-notes")) }
        dd data-field="self_pr.notes" { (text(tr, &app.self_pr.notes)) }
    }
}

#[cfg(test)]
mod tests {
    use madoguchi_core::{Disability, Language};

    use super::*;

    fn app() -> Application {
        let mut app = Application::default();
        app.disclosure.publication = Some(Publication::WithoutEmployerNames);
        app.disclosure.contact_methods = vec![ContactMethod::Phone, ContactMethod::Post];
        app.disability = Disability {
            support: Some(DisabilitySupport::Wanted),
            certificate: Some(Certificate::Mental),
            grade: "2".into(),
            needs: vec![SupportNeed::Hospital],
            needs_text: "月に一度\n通院".into(),
        };
        app.self_pr.appeal = "接客10年".into();
        app
    }

    #[test]
    fn the_counter_reads_every_answer() {
        let tr = Tr::new(Language::JA);
        let page = html! {
            (disclosure_rows(tr, &app())) (disability_rows(tr, &app())) (self_pr_rows(tr, &app()))
        }
        .into_string();
        for want in [
            "事業所名等を除いて公開",
            "電話、郵送",
            "精神障害者保健福祉手帳 2級",
            "通院・服薬への配慮",
            "月に一度\n通院",
            "接客10年",
        ] {
            assert!(page.contains(want), "{want} in {page}");
        }
    }

    #[test]
    fn the_phone_page_keeps_disability_closed_and_shows_nothing_when_skipped() {
        let tr = Tr::new(Language::JA);
        let hidden = disability_hidden(tr, &app()).into_string();
        assert!(hidden.starts_with("<details class=\"private\""), "{hidden}");
        assert!(!hidden.contains(" open"), "{hidden}");
        let mut skipped = app();
        skipped.disability = Disability::default();
        assert_eq!(disability_hidden(tr, &skipped).into_string(), "");
    }
}
