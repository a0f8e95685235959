//! Tests of delivery that use the real things: the kiosk library's outbox and sync worker, the
//! real `madoguchi-server` binary on loopback with its SQLite database, real processes killed
//! with SIGKILL, a real TCP proxy that misbehaves, a real tiny filesystem that fills up.
//!
//! - [`crash`]: the crash harness behind `scripts/crash-test` and `crash-child`.
//! - [`proxy`]: the fault-injecting proxy.
//! - [`server`]: the server binary under test.
//! - [`site`]: a kiosk's configuration and data directory, and the bookkeeping of lost and
//!   duplicated applications.
//! - [`persons`]: the test persons; [`scan`]: the byte-by-byte search for their data.

pub mod crash;
pub mod persons;
pub mod proxy;
pub mod rng;
pub mod scan;
pub mod server;
pub mod site;
