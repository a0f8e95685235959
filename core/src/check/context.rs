//! What a check needs from outside, passed in so the rules are tested without data files or a
//! clock.

use time::Date;

/// What a check needs from outside: today's date and the two code lists.
pub struct Context<'a> {
    /// The kiosk's local (Japan) date; ages and "not in the future" are measured against it.
    pub today: Date,
    /// Whether a 7-digit postcode exists in Japan Post's data.
    pub postcode_known: &'a dyn Fn(&str) -> bool,
    /// Whether an occupation code exists in the classification in use.
    pub occupation_known: &'a dyn Fn(&str) -> bool,
}
