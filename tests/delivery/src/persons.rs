//! The test persons: who applies, and what of them must never be readable on the kiosk's disk.
//!
//! Person `i` is a pure function of `i` (`madoguchi_test_support::sample::numbered`), so a
//! harness knows every person a child process used from the numbers it handed out; names are
//! rare and at least three characters long, phone numbers and email addresses unique per person.

pub use madoguchi_test_support::sample::{application, numbered as person, Person};
