//! 求職情報の提供等: whether employers may see the visitor's job-seeker information, and how
//! the office may get in touch. A way of contact needs its address: e-mail needs the address
//! given on 住所・連絡先, so this screen reads that one field of another.

use crate::application::{Application, ContactMethod, Disclosure};
use crate::finding::Finding;
use crate::normalize;

use super::common::dedup;

pub(super) const PUBLICATION: &str = "disclosure.publication";
pub(super) const CONTACT_METHODS: &str = "disclosure.contact_methods";

/// Each way of contact once, in the order the screen offers them (電話, メール, 郵送).
pub(super) fn normalize(disclosure: &mut Disclosure) {
    dedup(&mut disclosure.contact_methods);
    disclosure.contact_methods.sort_by_key(|m| match m {
        ContactMethod::Phone => 0,
        ContactMethod::Email => 1,
        ContactMethod::Post => 2,
    });
    disclosure.avoid_times = normalize::line(&disclosure.avoid_times);
}

pub(super) fn check(app: &Application, out: &mut Vec<Finding>) {
    let disclosure = &app.disclosure;
    if disclosure.publication.is_none() {
        out.push(Finding::error(PUBLICATION, "check-publication-required"));
    }
    if disclosure.contact_methods.is_empty() {
        out.push(Finding::error(
            CONTACT_METHODS,
            "check-contact-method-required",
        ));
    } else if disclosure.contact_methods.contains(&ContactMethod::Email)
        && normalize::email(&app.contact.email).is_empty()
    {
        out.push(Finding::error(
            CONTACT_METHODS,
            "check-contact-method-email-missing",
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::application::Publication;

    fn answered() -> Application {
        let mut app = Application::default();
        app.disclosure.publication = Some(Publication::WithoutEmployerNames);
        app.disclosure.contact_methods = vec![ContactMethod::Phone];
        app
    }

    fn findings(app: &Application) -> Vec<(String, String)> {
        let mut out = Vec::new();
        check(app, &mut out);
        out.into_iter().map(|f| (f.field, f.message)).collect()
    }

    #[test]
    fn publication_and_one_way_of_contact_are_required() {
        assert_eq!(findings(&answered()), vec![]);
        let empty = Application::default();
        assert_eq!(
            findings(&empty),
            vec![
                (PUBLICATION.into(), "check-publication-required".into()),
                (
                    CONTACT_METHODS.into(),
                    "check-contact-method-required".into()
                ),
            ]
        );
    }

    #[test]
    fn the_times_to_avoid_are_optional() {
        let mut app = answered();
        app.disclosure.avoid_times = "平日の　9時～17時".into();
        normalize(&mut app.disclosure);
        assert_eq!(app.disclosure.avoid_times, "平日の 9時~17時");
        assert_eq!(findings(&app), vec![]);
    }

    #[test]
    fn email_contact_needs_an_address() {
        let mut app = answered();
        app.disclosure.contact_methods = vec![ContactMethod::Email];
        assert_eq!(
            findings(&app),
            vec![(
                CONTACT_METHODS.into(),
                "check-contact-method-email-missing".into()
            )]
        );
        app.contact.email = "ｈａｒｕｏ@example.jp".into();
        assert_eq!(findings(&app), vec![]);
    }

    #[test]
    fn ways_of_contact_are_kept_once_in_the_offered_order() {
        let mut d = answered().disclosure;
        d.contact_methods = vec![
            ContactMethod::Post,
            ContactMethod::Phone,
            ContactMethod::Post,
            ContactMethod::Email,
        ];
        normalize(&mut d);
        assert_eq!(
            d.contact_methods,
            vec![
                ContactMethod::Phone,
                ContactMethod::Email,
                ContactMethod::Post
            ]
        );
    }
}
