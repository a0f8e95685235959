//! 住所・連絡先: postcode, address lines, phone and e-mail address.

use crate::application::Contact;
use crate::finding::Finding;
use crate::normalize;

use super::common::{all_digits, count_in, dedup, offending};
use super::context::Context;

/// Longest e-mail address accepted, in characters (the same limit as Hello Work's own sign-up).
pub const MAX_EMAIL_CHARS: usize = 100;

pub(super) fn normalize(contact: &mut Contact) {
    contact.postcode = normalize::digits_only(&contact.postcode);
    contact.prefecture = normalize::line(&contact.prefecture);
    contact.city = normalize::line(&contact.city);
    contact.town = normalize::line(&contact.town);
    contact.street = normalize::line(&contact.street);
    contact.building = normalize::line(&contact.building);
    contact.phone = normalize::digits_only(&contact.phone);
    contact.email = normalize::email(&contact.email);
    contact.nearest_station = normalize::station(&contact.nearest_station);
    dedup(&mut contact.commute);
    contact.commute_minutes = normalize::count(&contact.commute_minutes);
}

/// 通勤時間 beyond this many minutes is queried (a typo of hours for minutes, or a real wish).
pub const COMMUTE_MINUTES_LONG: u32 = 120;

/// 通勤時間: minutes, 1 to 300; more than [`COMMUTE_MINUTES_LONG`] is asked once.
fn check_commute(contact: &Contact, out: &mut Vec<Finding>) {
    const FIELD: &str = "contact.commute_minutes";
    if let Some(minutes) = count_in(&contact.commute_minutes, FIELD, 1, 300, out) {
        if minutes > COMMUTE_MINUTES_LONG {
            out.push(Finding::warning(FIELD, "check-commute-long").with_arg("minutes", minutes));
        }
    }
}

pub(super) fn check(contact: &Contact, cx: &Context, out: &mut Vec<Finding>) {
    check_commute(contact, out);
    let postcode = &contact.postcode;
    if postcode.is_empty() {
        out.push(Finding::error(
            "contact.postcode",
            "check-postcode-required",
        ));
    } else if postcode.len() != 7 || !all_digits(postcode) {
        out.push(Finding::error("contact.postcode", "check-postcode-digits"));
    } else if !(cx.postcode_known)(postcode) {
        out.push(
            Finding::error("contact.postcode", "check-postcode-unknown")
                .with_arg("postcode", format!("{}-{}", &postcode[..3], &postcode[3..])),
        );
    }
    if contact.prefecture.is_empty() {
        out.push(Finding::error("contact.prefecture", "check-address-search"));
    } else if contact.city.is_empty() {
        out.push(Finding::error("contact.city", "check-address-search"));
    }
    if contact.street.is_empty() {
        out.push(Finding::error("contact.street", "check-street-required"));
    }
    if let Some(f) = phone_finding(&contact.phone) {
        out.push(f);
    }
    if !contact.email.is_empty() {
        out.extend(email_finding(&contact.email));
    }
}

/// Mobile, PHS and IP phone numbers: 11 digits after one of these.
const ELEVEN_DIGIT_PREFIXES: [&str; 5] = ["070", "080", "090", "060", "050"];

fn phone_finding(phone: &str) -> Option<Finding> {
    const FIELD: &str = "contact.phone";
    if phone.is_empty() {
        return Some(Finding::error(FIELD, "check-phone-required"));
    }
    if !all_digits(phone) {
        let chars = offending(phone, |c| c.is_ascii_digit());
        return Some(Finding::error(FIELD, "check-phone-digits").with_arg("chars", chars));
    }
    let length = phone.len();
    let free_dial =
        (phone.starts_with("0120") && length == 10) || (phone.starts_with("0800") && length == 11);
    let valid = if phone.starts_with("0120") || phone.starts_with("0800") {
        free_dial
    } else if ELEVEN_DIGIT_PREFIXES.iter().any(|p| phone.starts_with(p)) {
        length == 11
    } else {
        length == 10 && phone.starts_with('0') && !phone.starts_with("00")
    };
    if !valid {
        Some(Finding::error(FIELD, "check-phone-format").with_arg("count", length))
    } else if free_dial {
        Some(Finding::warning(FIELD, "check-phone-free-dial"))
    } else {
        None
    }
}

fn email_local_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-@".contains(c)
}

/// The first thing wrong with a non-empty e-mail address, if any.
pub(super) fn email_finding(email: &str) -> Option<Finding> {
    const FIELD: &str = "contact.email";
    let count = email.chars().count();
    if count > MAX_EMAIL_CHARS {
        return Some(
            Finding::error(FIELD, "check-email-too-long")
                .with_arg("count", count)
                .with_arg("max", MAX_EMAIL_CHARS),
        );
    }
    if !email.chars().all(email_local_char) {
        let chars = offending(email, email_local_char);
        return Some(Finding::error(FIELD, "check-email-chars").with_arg("chars", chars));
    }
    let at_once = email.matches('@').count() == 1;
    let (local, domain) = email.split_once('@').unwrap_or((email, ""));
    if !at_once || local.is_empty() || domain.is_empty() {
        return Some(Finding::error(FIELD, "check-email-at"));
    }
    let domain_ok = domain.contains('.')
        && domain
            .split('.')
            .all(|label| !label.is_empty() && !label.starts_with('-') && !label.ends_with('-'))
        && domain
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
    if !domain_ok {
        return Some(Finding::error(FIELD, "check-email-domain"));
    }
    None
}
