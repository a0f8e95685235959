//! The kiosk's receipt printer, kept out of core because only the kiosk prints: the language's
//! fonts found by fontconfig ([`fonts`]), text shaped and rasterised for core's receipt layout
//! ([`raster`]), the slip's words from the catalog ([`slip`]), and the bytes sent to the printer
//! with its state asked first ([`client`]).
//!
//! The kiosk shell, from a blocking task (`tokio::task::spawn_blocking`):
//! one [`FontShelf`] for the kiosk's life and `shelf.for_language(language)?` (each font file
//! is read once: Noto Sans CJK, 20 MB, backs every language), then
//! `slip::slip_bytes(&catalog, &fonts, &facts)` and `Printer::print(&bytes)`, whose
//! [`PrintOutcome`] names the done screen's message; staff mode shows `Printer::health()`.

pub mod client;
pub mod fonts;
pub mod raster;
pub mod slip;

pub use client::{AddressError, PrintOutcome, Printer, PrinterAddress, PrinterHealth, Timeouts};
pub use fonts::{FontError, FontFile};
pub use raster::{FontShelf, Fonts};
