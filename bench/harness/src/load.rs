//! What else the machine was doing: the load average and the CPU time other processes took
//! while a benchmark ran, so the report can say where a figure may be skewed.

use std::time::Instant;

use serde::{Deserialize, Serialize};

/// `/proc/loadavg`'s one-minute figure.
pub fn loadavg() -> f64 {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(f64::NAN)
}

/// Busy and total jiffies of all CPUs (`/proc/stat`).
fn cpu_jiffies() -> (u64, u64) {
    let text = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let Some(line) = text.lines().next() else {
        return (0, 0);
    };
    let v: Vec<u64> = line
        .split_whitespace()
        .skip(1)
        .filter_map(|x| x.parse().ok())
        .collect();
    let total: u64 = v.iter().sum();
    // idle + iowait are not busy.
    let idle = v.get(3).copied().unwrap_or(0) + v.get(4).copied().unwrap_or(0);
    (total.saturating_sub(idle), total)
}

/// How busy the machine was during a measured section.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Busy {
    pub loadavg_before: f64,
    pub loadavg_after: f64,
    /// Share of both CPUs busy over the section, everything included (0–1).
    pub cpu_busy: f64,
    pub seconds: f64,
}

pub struct Meter {
    start: Instant,
    load: f64,
    jiffies: (u64, u64),
}

impl Meter {
    pub fn start() -> Meter {
        Meter {
            start: Instant::now(),
            load: loadavg(),
            jiffies: cpu_jiffies(),
        }
    }

    pub fn stop(&self) -> Busy {
        let (busy, total) = cpu_jiffies();
        let d_total = total.saturating_sub(self.jiffies.1).max(1);
        Busy {
            loadavg_before: self.load,
            loadavg_after: loadavg(),
            cpu_busy: busy.saturating_sub(self.jiffies.0) as f64 / d_total as f64,
            seconds: self.start.elapsed().as_secs_f64(),
        }
    }
}

/// A line for the report: `load 1.2→2.3, CPUs 87 % busy over 12 s`.
pub fn describe(b: &Busy) -> String {
    format!(
        "load average {:.2} → {:.2}, CPUs {:.0} % busy over {:.0} s",
        b.loadavg_before,
        b.loadavg_after,
        b.cpu_busy * 100.0,
        b.seconds
    )
}
