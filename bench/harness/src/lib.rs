//! Shared pieces of the benchmarks of issue 6: a realistic sealed application, latency
//! statistics, the memory of a process tree, the machine's load, and the result files that
//! `madoguchi-bench report` turns into `docs/benchmarks.md`.
//!
//! Benchmarks print figures and never assert timings; a benchmark fails only when the thing it
//! measures did not work (a request refused, a screen never shown).

pub mod http;
pub mod load;
pub mod proc;
pub mod results;
pub mod sample;
pub mod stats;
