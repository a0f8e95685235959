//! 求職申込みの受理 at the counter: finding today's kiosk applications by receipt number,
//! recording the identity check, and accepting (a 求職番号 is issued) or returning them.

/// The 求職番号: the office's 5-digit code followed by an 8-digit serial, 13 digits in all.
pub fn job_seeker_number(office_code: &str, serial: i64) -> String {
    format!("{office_code}{serial:08}")
}

/// `13001-00000042`, as printed on the 求職受付票 and shown on My Page.
pub fn display_job_seeker_number(number: &str) -> String {
    if number.len() == 13 && number.is_ascii() {
        format!("{}-{}", &number[..5], &number[5..])
    } else {
        number.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_office_then_serial() {
        assert_eq!(job_seeker_number("13001", 42), "1300100000042");
        assert_eq!(display_job_seeker_number("1300100000042"), "13001-00000042");
        assert_eq!(display_job_seeker_number("odd"), "odd");
    }
}
