//! Processes a test starts, stopped however the test ends: a process and its descendants
//! (a kiosk with its WebKit processes, Chromium with its renderers) found through `/proc`,
//! asked to stop with SIGTERM, killed after a grace period; [`Guard`] does it on drop.

use std::collections::{HashMap, HashSet};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Every live process: its pid and its `/proc/<pid>` directory.
fn live() -> impl Iterator<Item = (u32, std::path::PathBuf)> {
    std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let pid = entry.file_name().to_str()?.parse::<u32>().ok()?;
            Some((pid, entry.path()))
        })
}

/// Every live process as pid → parent pid.
fn parents() -> HashMap<u32, u32> {
    live()
        .filter_map(|(pid, dir)| {
            let stat = std::fs::read_to_string(dir.join("stat")).ok()?;
            let (_, rest) = stat.rsplit_once(')')?;
            let ppid = rest.split_whitespace().nth(1)?.parse().ok()?;
            Some((pid, ppid))
        })
        .collect()
}

/// `roots` and all their descendants, sorted.
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

/// Processes whose command line has `needle` as one of its arguments (a run's unique
/// `--config` path or browser profile finds what it left behind).
pub fn with_arg(needle: impl AsRef<std::ffi::OsStr>) -> Vec<u32> {
    let needle = needle.as_ref().as_encoded_bytes();
    live()
        .filter(|(_, dir)| {
            std::fs::read(dir.join("cmdline"))
                .map(|cmdline| cmdline.split(|&b| b == 0).any(|a| a == needle))
                .unwrap_or(false)
        })
        .map(|(pid, _)| pid)
        .collect()
}

fn signal(pid: u32, name: &str) {
    let _ = Command::new("kill")
        .arg(format!("-{name}"))
        .arg(pid.to_string())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}

/// Gone, or a zombie waiting for its parent.
fn gone(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|s| {
            s.rsplit_once(')')
                .map(|(_, r)| r.trim_start().starts_with('Z'))
        })
        .unwrap_or(true)
}

/// SIGKILL to each pid at once, as a crash or the out-of-memory killer ends a process.
pub fn kill(pids: &[u32]) {
    for &pid in pids {
        signal(pid, "KILL");
    }
}

/// SIGTERM to each pid, up to `grace` for them to go, then SIGKILL to any left.
pub fn stop(pids: &[u32], grace: Duration) {
    for &pid in pids {
        signal(pid, "TERM");
    }
    let deadline = Instant::now() + grace;
    while Instant::now() < deadline {
        if pids.iter().all(|&p| gone(p)) {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    for &pid in pids {
        if !gone(pid) {
            signal(pid, "KILL");
        }
    }
}

/// SIGTERM to `child`, up to `grace` for it to exit, then SIGKILL; reaped either way.
pub fn terminate(child: &mut Child, grace: Duration) {
    if let Ok(Some(_)) = child.try_wait() {
        return;
    }
    signal(child.id(), "TERM");
    let deadline = Instant::now() + grace;
    while Instant::now() < deadline {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// A started process whose whole tree is stopped (SIGTERM, then SIGKILL after the grace
/// period) when the guard is dropped, also when the test panics.
pub struct Guard {
    child: Option<Child>,
    grace: Duration,
}

impl Guard {
    pub fn new(child: Child, grace: Duration) -> Guard {
        Guard {
            child: Some(child),
            grace,
        }
    }

    pub fn id(&self) -> u32 {
        self.child.as_ref().map_or(0, Child::id)
    }

    pub fn child_mut(&mut self) -> Option<&mut Child> {
        self.child.as_mut()
    }

    /// Stops the tree now (what dropping does).
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let descendants: Vec<u32> = tree(&[child.id()])
                .into_iter()
                .filter(|&p| p != child.id())
                .collect();
            terminate(&mut child, self.grace);
            stop(&descendants, self.grace);
        }
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        self.stop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_guard_stops_a_child_and_its_children() {
        let child = Command::new("sh")
            .args(["-c", "sleep 30 & sleep 30; wait"])
            .spawn()
            .expect("sh starts");
        let root = child.id();
        std::thread::sleep(Duration::from_millis(200));
        let members = tree(&[root]);
        assert!(members.len() >= 3, "{members:?}");
        drop(Guard::new(child, Duration::from_secs(2)));
        assert!(members.iter().all(|&p| gone(p)), "{:?}", tree(&[root]));
    }
}
