//! Handwriting on the kiosk's writing pad, recognised by libzinnia with the Tegaki models that
//! Debian packages (`tegaki-zinnia-japanese`, `tegaki-zinnia-simplified-chinese`).
//!
//! The strokes a visitor writes are core's [`Ink`](madoguchi_core::ink::Ink), bounded there,
//! handed to the recogniser in memory and dropped; nothing is written anywhere. [`Recognizer`]
//! is the one safe face of the C library; `ffi` is the only module that may use `unsafe`.

mod ffi;
mod recognizer;

pub use recognizer::{Candidate, Recognizer, RecognizerError, Script};
