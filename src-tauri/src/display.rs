//! The kiosk's screen as the lobby has it (`[display]` in kiosk.toml): cage started with the
//! picture turned as the screen is mounted (`madoguchi-kiosk session`), and the backlight dimmed
//! while the attract screen sleeps in the office's closed hours, set back when a touch wakes it.
//!
//! The backlight is the kernel's sysfs interface (`/sys/class/backlight/<name>/brightness` and
//! `max_brightness`); the .deb's udev rule lets the video group write it. A kiosk without one
//! (a desktop monitor) only shows the dark attract screen: nothing fails.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use thiserror::Error;

use crate::config::DisplayConfig;

/// Where the kernel lists the backlights.
pub const BACKLIGHTS: &str = "/sys/class/backlight";

/// cage's arguments for the kiosk: no client decorations (`-d`), the output turned 90° clockwise
/// once per quarter turn (`-r`), then the kiosk itself. Never `-s`: a visitor must not switch
/// to another virtual terminal.
pub fn cage_arguments(display: &DisplayConfig, kiosk: &Path, config: &Path) -> Vec<OsString> {
    let mut args: Vec<OsString> = vec!["-d".into()];
    for _ in 0..display.quarter_turns() {
        args.push("-r".into());
    }
    args.extend([
        "--".into(),
        kiosk.as_os_str().to_owned(),
        "--config".into(),
        config.as_os_str().to_owned(),
    ]);
    args
}

#[derive(Debug, Error)]
pub enum BacklightError {
    #[error("no backlight in {0}")]
    NotFound(PathBuf),
    #[error("{path}: {reason}")]
    Io { path: PathBuf, reason: String },
    #[error("{0}: max_brightness is not a positive number")]
    NoRange(PathBuf),
}

/// One backlight: its level file and its range.
#[derive(Debug)]
pub struct Backlight {
    brightness: PathBuf,
    max: u32,
}

impl Backlight {
    /// The backlight in `folder` (a `/sys/class/backlight/<name>` folder).
    pub fn open(folder: &Path) -> Result<Backlight, BacklightError> {
        let max_path = folder.join("max_brightness");
        let text = std::fs::read_to_string(&max_path).map_err(|e| io(&max_path, e))?;
        let max = text
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|m| *m > 0)
            .ok_or_else(|| BacklightError::NoRange(max_path.clone()))?;
        Ok(Backlight {
            brightness: folder.join("brightness"),
            max,
        })
    }

    /// The first backlight under `root` (by name), if the machine has one.
    pub fn first_in(root: &Path) -> Result<Backlight, BacklightError> {
        let mut names: Vec<PathBuf> = std::fs::read_dir(root)
            .map_err(|_| BacklightError::NotFound(root.to_owned()))?
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .collect();
        names.sort();
        let first = names
            .first()
            .ok_or_else(|| BacklightError::NotFound(root.to_owned()))?;
        Backlight::open(first)
    }

    /// The level now, in percent of the range (rounded).
    pub fn percent(&self) -> Result<u8, BacklightError> {
        let text =
            std::fs::read_to_string(&self.brightness).map_err(|e| io(&self.brightness, e))?;
        let level: u64 = text.trim().parse().map_err(|_| BacklightError::Io {
            path: self.brightness.clone(),
            reason: format!("not a level: {:?}", text.trim()),
        })?;
        let percent = (level * 100 + u64::from(self.max) / 2) / u64::from(self.max);
        Ok(u8::try_from(percent.min(100)).unwrap_or(100))
    }

    /// Sets the level to `percent` of the range (0 is dark; any other percentage lights at
    /// least one step). Returns the level written.
    pub fn set_percent(&self, percent: u8) -> Result<u32, BacklightError> {
        let percent = u64::from(percent.min(100));
        let max = u64::from(self.max);
        let mut level = (max * percent + 50) / 100;
        if percent > 0 {
            level = level.max(1);
        }
        let level = u32::try_from(level).unwrap_or(self.max);
        std::fs::write(&self.brightness, level.to_string()).map_err(|e| io(&self.brightness, e))?;
        Ok(level)
    }
}

fn io(path: &Path, e: std::io::Error) -> BacklightError {
    BacklightError::Io {
        path: path.to_owned(),
        reason: e.to_string(),
    }
}

/// The screen's backlight and its level while awake.
#[derive(Debug)]
pub struct Screen {
    backlight: Option<Backlight>,
    awake_percent: Option<u8>,
    asleep: Mutex<bool>,
}

impl Screen {
    /// Finds the backlight (`[display] backlight`, else the first of the machine) and sets the
    /// configured brightness; remembers the level to return to after sleeping.
    pub fn open(display: &DisplayConfig) -> Screen {
        let found = match &display.backlight {
            Some(folder) => Backlight::open(folder),
            None => Backlight::first_in(Path::new(BACKLIGHTS)),
        };
        let backlight = match found {
            Ok(b) => Some(b),
            Err(e) => {
                // A named backlight that is not there is the administrator's to fix; a machine
                // without any is normal (a monitor on a desktop PC).
                if display.backlight.is_some() {
                    tracing::warn!(error = %e, "backlight not usable");
                } else {
                    tracing::debug!(error = %e, "no backlight");
                }
                None
            }
        };
        let awake_percent = match (&backlight, display.brightness) {
            (Some(b), Some(percent)) => {
                if let Err(e) = b.set_percent(percent) {
                    tracing::warn!(error = %e, "brightness not set");
                }
                Some(percent)
            }
            (Some(b), None) => b.percent().ok().filter(|p| *p > 0),
            (None, _) => None,
        };
        Screen {
            backlight,
            awake_percent,
            asleep: Mutex::new(false),
        }
    }

    /// Darkens the backlight (asleep) or lights it at its awake level; a machine without a
    /// backlight only remembers the state.
    pub fn set_asleep(&self, asleep: bool) {
        *self.asleep.lock().unwrap_or_else(|p| p.into_inner()) = asleep;
        let Some(backlight) = &self.backlight else {
            return;
        };
        let percent = if asleep {
            0
        } else {
            self.awake_percent.unwrap_or(100)
        };
        match backlight.set_percent(percent) {
            Ok(level) => tracing::info!(asleep, level, "screen backlight"),
            Err(e) => tracing::warn!(error = %e, "backlight not set"),
        }
    }

    /// Whether the attract screen sleeps now (as the UI last said).
    pub fn asleep(&self) -> bool {
        *self.asleep.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fake_backlight(root: &Path, name: &str, max: &str, level: &str) -> PathBuf {
        let folder = root.join(name);
        std::fs::create_dir_all(&folder).expect("folder");
        std::fs::write(folder.join("max_brightness"), max).expect("max");
        std::fs::write(folder.join("brightness"), level).expect("level");
        folder
    }

    fn level(folder: &Path) -> String {
        std::fs::read_to_string(folder.join("brightness"))
            .expect("level")
            .trim()
            .to_owned()
    }

    #[test]
    fn cage_is_turned_per_quarter_and_never_allows_vt_switching() {
        for (rotation, turns) in [(0, 0), (90, 1), (180, 2), (270, 3)] {
            let display = DisplayConfig {
                rotation,
                ..DisplayConfig::default()
            };
            let args = cage_arguments(
                &display,
                Path::new("/usr/bin/madoguchi-kiosk"),
                Path::new("/etc/madoguchi/kiosk.toml"),
            );
            let words: Vec<&str> = args.iter().filter_map(|a| a.to_str()).collect();
            let end = words.iter().position(|w| *w == "--").expect("--");
            assert_eq!(words[0], "-d");
            assert_eq!(words[..end].iter().filter(|w| **w == "-r").count(), turns);
            assert!(!words[..end].contains(&"-s"), "{words:?}");
            assert_eq!(
                &words[end + 1..],
                [
                    "/usr/bin/madoguchi-kiosk",
                    "--config",
                    "/etc/madoguchi/kiosk.toml"
                ]
            );
        }
    }

    #[test]
    fn sleeping_darkens_the_backlight_and_waking_restores_the_configured_level() {
        let root = tempfile::tempdir().expect("tempdir");
        let folder = fake_backlight(root.path(), "intel_backlight", "19200\n", "9600\n");
        let display = DisplayConfig {
            brightness: Some(80),
            backlight: Some(folder.clone()),
            ..DisplayConfig::default()
        };
        let screen = Screen::open(&display);
        assert_eq!(level(&folder), "15360", "80 % set at start");
        screen.set_asleep(true);
        assert!(screen.asleep());
        assert_eq!(level(&folder), "0");
        screen.set_asleep(false);
        assert_eq!(level(&folder), "15360");
    }

    #[test]
    fn without_a_configured_level_waking_returns_to_the_level_found() {
        let root = tempfile::tempdir().expect("tempdir");
        fake_backlight(root.path(), "b_second", "100", "10");
        let first = fake_backlight(root.path(), "a_first", "255", "128");
        let backlight = Backlight::first_in(root.path()).expect("found");
        assert_eq!(backlight.percent().expect("percent"), 50);
        let display = DisplayConfig {
            backlight: Some(first.clone()),
            ..DisplayConfig::default()
        };
        let screen = Screen::open(&display);
        screen.set_asleep(true);
        assert_eq!(level(&first), "0");
        screen.set_asleep(false);
        assert_eq!(level(&first), "128");
    }

    #[test]
    fn a_low_percentage_still_lights_and_bad_files_are_errors_not_panics() {
        let root = tempfile::tempdir().expect("tempdir");
        let folder = fake_backlight(root.path(), "x", "7", "7");
        let b = Backlight::open(&folder).expect("open");
        assert_eq!(b.set_percent(1).expect("set"), 1);
        assert_eq!(b.set_percent(100).expect("set"), 7);
        let broken = fake_backlight(root.path(), "broken", "none", "3");
        assert!(matches!(
            Backlight::open(&broken),
            Err(BacklightError::NoRange(_))
        ));
        assert!(matches!(
            Backlight::first_in(&root.path().join("missing")),
            Err(BacklightError::NotFound(_))
        ));
        // A missing named backlight: the screen still sleeps and wakes, without light control.
        let screen = Screen::open(&DisplayConfig {
            backlight: Some(root.path().join("gone")),
            ..DisplayConfig::default()
        });
        screen.set_asleep(true);
        assert!(screen.asleep());
    }
}
