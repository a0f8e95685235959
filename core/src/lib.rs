//! Madoguchi's shared domain, used by the kiosk, the server and the tests alike.
//!
//! Nothing here knows of Tauri, HTTP or SQL: every function is plain data in, plain data out,
//! with time and randomness passed in, so all of it is tested without a window or a socket.

pub mod application;
pub mod check;
pub mod clock;
pub mod contract;
pub mod conversion;
pub mod correction;
pub mod envelope;
pub mod era;
pub mod finding;
pub mod given_names;
pub mod i18n;
pub mod ink;
pub mod kiosk_api;
pub mod language;
pub mod licence;
pub mod locale_set;
pub mod my_number_card;
pub mod normalize;
pub mod occupation;
pub mod postcode;
pub mod qr;
pub mod receipt;
pub mod receipt_print;
pub mod residence;
pub mod sleep_hours;
pub mod variants;

pub use application::*;
pub use finding::{Finding, Report, Severity, Step};
