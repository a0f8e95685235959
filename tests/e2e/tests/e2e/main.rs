//! The end-to-end suite: one test binary (one link), a module per concern. Run it alone with
//! `scripts/smoke`, which builds the UI and the kiosk first.

mod smoke;
