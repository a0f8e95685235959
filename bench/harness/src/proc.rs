//! The memory of a process tree: PSS from `/proc/<pid>/smaps_rollup`, summed over a process and
//! all its descendants (the kiosk with its WebKit processes, Chromium with its renderers).
//! Summed RSS would count shared libraries once per process; PSS shares them out.

use std::collections::{HashMap, HashSet};

/// Every live process as (pid, parent pid).
fn parents() -> HashMap<u32, u32> {
    let mut out = HashMap::new();
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return out;
    };
    for entry in entries.flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|s| s.parse::<u32>().ok())
        else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        let Some((_, rest)) = stat.rsplit_once(')') else {
            continue;
        };
        if let Some(ppid) = rest.split_whitespace().nth(1).and_then(|s| s.parse().ok()) {
            out.insert(pid, ppid);
        }
    }
    out
}

/// `roots` and all their descendants.
pub fn tree(roots: &[u32]) -> Vec<u32> {
    let parents = parents();
    let mut members: HashSet<u32> = roots.iter().copied().collect();
    loop {
        let before = members.len();
        for (&pid, &ppid) in &parents {
            if members.contains(&ppid) {
                members.insert(pid);
            }
        }
        if members.len() == before {
            break;
        }
    }
    let mut v: Vec<u32> = members.into_iter().collect();
    v.sort_unstable();
    v
}

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

/// Processes whose command line has `needle` as one of its arguments.
pub fn with_arg(needle: &str) -> Vec<u32> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return out;
    };
    for entry in entries.flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|s| s.parse::<u32>().ok())
        else {
            continue;
        };
        if let Ok(cmdline) = std::fs::read(entry.path().join("cmdline")) {
            if cmdline.split(|&b| b == 0).any(|a| a == needle.as_bytes()) {
                out.push(pid);
            }
        }
    }
    out
}
