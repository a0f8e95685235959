//! What the test and benchmark hosts of Madoguchi share, written once: a private X server
//! ([`xvfb`]), free loopback ports ([`ports`]), the intake server binary found, started and
//! waited for ([`server`]), tracing for test binaries ([`trace`]), process trees stopped when
//! their guard is dropped ([`process`]), the sample persons and complete applications
//! ([`sample`]), the virtual receipt printer ([`printer`]), scripts run in the kiosk's page
//! ([`page`]), and the virtual My Number card (`card`, feature `card`).
//!
//! Why a crate of its own: `tests/e2e`, `tests/delivery`, `bench/`, the server's and the kiosk's
//! integration tests all need these. It depends on `madoguchi-core` only (plus small utility
//! crates), never on the server or the kiosk, so either can take it as a dev-dependency.

#[cfg(feature = "card")]
pub mod card;
pub mod page;
pub mod ports;
pub mod printer;
pub mod process;
pub mod sample;
pub mod server;
pub mod trace;
pub mod xvfb;
