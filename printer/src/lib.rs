//! The kiosk's receipt printer, kept out of core because only the kiosk prints: the language's
//! fonts found by fontconfig ([`fonts`]), text shaped and rasterised for core's receipt layout
//! ([`raster`]), and the bytes sent to the printer with its state asked first ([`client`]).
//!
//! The kiosk shell calls, from a blocking task:
//! `Fonts::load(&fonts::for_language(lang)?)` once per language, then
//! `receipt_print::receipt_bytes(&slip, &fonts)` and `Printer::print(&bytes)`.

pub mod client;
pub mod fonts;
pub mod raster;

pub use client::{AddressError, PrintOutcome, Printer, PrinterAddress, PrinterHealth, Timeouts};
pub use fonts::{FontError, FontFile};
pub use raster::Fonts;
