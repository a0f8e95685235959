//! The memory of a process tree: PSS from `/proc/<pid>/smaps_rollup`, summed over a process and
//! all its descendants (the kiosk with its WebKit processes, Chromium with its renderers).
//! Summed RSS would count shared libraries once per process; PSS shares them out.

pub use madoguchi_test_support::process::{tree, with_arg};

/// A field of `/proc/<pid>/smaps_rollup` in KiB (`Pss:`, `Rss:`).
fn rollup_kib(pid: u32, field: &str) -> Option<u64> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).ok()?;
    text.lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|n| n.parse().ok())
}

/// The memory of a process tree at one moment.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct TreeMemory {
    pub pss_mib: f64,
    pub rss_mib: f64,
    pub processes: usize,
    /// Process names with their PSS in MiB, largest first.
    pub parts: Vec<(String, f64)>,
}

fn name(pid: u32) -> String {
    std::fs::read_to_string(format!("/proc/{pid}/comm"))
        .map(|s| s.trim().to_owned())
        .unwrap_or_else(|_| pid.to_string())
}

/// PSS and RSS summed over `roots` and their descendants.
pub fn memory(roots: &[u32]) -> TreeMemory {
    let mut m = TreeMemory::default();
    for pid in tree(roots) {
        let Some(pss) = rollup_kib(pid, "Pss:") else {
            continue;
        };
        let rss = rollup_kib(pid, "Rss:").unwrap_or(0);
        m.pss_mib += pss as f64 / 1024.0;
        m.rss_mib += rss as f64 / 1024.0;
        m.processes += 1;
        m.parts.push((name(pid), pss as f64 / 1024.0));
    }
    m.parts.sort_by(|a, b| b.1.total_cmp(&a.1));
    m
}
