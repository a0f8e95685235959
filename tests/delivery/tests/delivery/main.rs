//! Delivery, proven against the real server binary on loopback and the real outbox: crashes,
//! network faults, an outage of hours, a full disk, and no personal data on the kiosk's disk.
//!
//! Sizes can be raised through the environment: `MADOGUCHI_CRASH_TRIALS` (default 20),
//! `MADOGUCHI_NETWORK_APPLICATIONS` (default 1,000; the full proof is 10,000, which
//! `scripts/crash-test --network 10000` runs).

mod crash;
mod disk;
mod network;
mod outage;
mod scan;
mod support;
