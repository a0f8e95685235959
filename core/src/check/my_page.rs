//! 求職者マイページ: a My Page needs the e-mail address its sign-up code is sent to.

use crate::application::Application;
use crate::finding::Finding;
use crate::normalize;

use super::contact::email_finding;

/// The e-mail address is the one field this screen shows.
pub(super) fn normalize(app: &mut Application) {
    app.contact.email = normalize::email(&app.contact.email);
}

pub(super) fn check(app: &Application, out: &mut Vec<Finding>) {
    if app.my_page.wanted {
        if app.contact.email.is_empty() {
            out.push(Finding::error(
                "contact.email",
                "check-email-required-for-my-page",
            ));
        } else {
            out.extend(email_finding(&app.contact.email));
        }
    }
}
