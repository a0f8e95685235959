//! The kiosk's configuration file (`/etc/madoguchi/kiosk.toml` by default).
//!
//! A bad file must stop the kiosk before a visitor sees anything, with a message that names the
//! key and what is wrong with it, so the administrator can fix it from the message alone.
//!
//! The file holds the staff PIN's hash and names the server the kiosk trusts, so it must not be
//! open to other users: the kiosk refuses a file that others can read or anyone but its owner
//! can change (see [`KioskConfig::load`]). It may be readable by its group, which is how it is
//! installed: owned by root, group `kiosk`, mode 0640, so the unprivileged kiosk user reads it
//! but cannot rewrite its own PIN or server.

use std::path::{Path, PathBuf};

use madoguchi_core::envelope::PublicKey;
use madoguchi_core::occupation::Classification;
use madoguchi_core::sleep_hours::{SleepHours, SleepHoursError};
use madoguchi_core::Language;
use serde::Deserialize;
use thiserror::Error;

use crate::speech::SpeechConfig;

pub const DEFAULT_PATH: &str = "/etc/madoguchi/kiosk.toml";

#[derive(Debug, Error, PartialEq, Eq)]
pub enum ConfigError {
    #[error("cannot read {path}: {reason}")]
    Read { path: String, reason: String },
    /// TOML syntax, an unknown key, a missing key or a value of the wrong type.
    #[error("{path}: {detail}")]
    Syntax { path: String, detail: String },
    #[error("{path}: key `{key}`: {problem}")]
    Invalid {
        path: String,
        key: String,
        problem: String,
    },
    /// `staff_pin` holds the digits themselves instead of `madoguchi-kiosk hash-pin`'s hash.
    #[error(
        "{path}: staff_pin is a plain PIN; put the line `madoguchi-kiosk hash-pin` prints there"
    )]
    PlainPin { path: String },
    /// Others may read the file, or others than its owner may change it.
    #[error("{path} is open to other users (mode {mode}); chmod 0640 or 0600 it")]
    Exposed { path: String, mode: String },
}

impl ConfigError {
    /// The Fluent id that says this to an administrator (locales/*/shell.ftl).
    pub fn message_id(&self) -> &'static str {
        match self {
            ConfigError::Read { .. } => "config-unreadable",
            ConfigError::Syntax { .. } => "config-syntax",
            ConfigError::Invalid { .. } => "config-invalid",
            ConfigError::PlainPin { .. } => "config-staff-pin-plain",
            ConfigError::Exposed { .. } => "config-exposed",
        }
    }

    pub fn args(&self) -> std::collections::BTreeMap<String, String> {
        let pairs: Vec<(&str, &str)> = match self {
            ConfigError::Read { path, reason } => vec![("path", path), ("reason", reason)],
            ConfigError::Syntax { path, detail } => vec![("path", path), ("detail", detail)],
            ConfigError::Invalid { path, key, problem } => {
                vec![("path", path), ("key", key), ("problem", problem)]
            }
            ConfigError::PlainPin { path } => vec![("path", path)],
            ConfigError::Exposed { path, mode } => vec![("path", path), ("mode", mode)],
        };
        pairs
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect()
    }
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct IdleConfig {
    /// Seconds without a touch before the 「操作を続けますか？」 warning.
    #[serde(default = "default_idle")]
    pub warning_after_seconds: u32,
    #[serde(default = "default_countdown")]
    pub countdown_seconds: u32,
    /// Seconds the done screen (QR) stays without a touch before the attract screen returns
    /// (10 to 60; issue 11: the next person in line must not find the QR still up).
    #[serde(default = "default_done")]
    pub done_screen_seconds: u32,
}

fn default_idle() -> u32 {
    90
}
fn default_countdown() -> u32 {
    30
}
fn default_done() -> u32 {
    30
}

impl Default for IdleConfig {
    fn default() -> Self {
        IdleConfig {
            warning_after_seconds: default_idle(),
            countdown_seconds: default_countdown(),
            done_screen_seconds: default_done(),
        }
    }
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    kiosk_id: String,
    office_code: String,
    office_name: String,
    continuation_base_url: String,
    server_url: String,
    /// Base64url X25519 key of the server; until enrolment stores one, this one is used.
    #[serde(default)]
    server_public_key: Option<String>,
    data_dir: PathBuf,
    #[serde(default = "default_languages")]
    languages: Vec<String>,
    #[serde(default)]
    idle: IdleConfig,
    /// The argon2 hash (PHC string, from `madoguchi-kiosk hash-pin`) of the 4 to 8 digits that
    /// open staff mode (long press on the office name); no staff mode without.
    #[serde(default)]
    staff_pin: Option<String>,
    /// Where the kiosk stands in the lobby (e.g. "入口の左"), named on the counter when a
    /// visitor calls staff; up to 64 characters.
    #[serde(default)]
    lobby_place: String,
    /// Demonstrations and tests on one machine: the server may be reached over plain http://.
    #[serde(default)]
    demo: bool,
    /// A card reader for the My Number card is installed (off unless said).
    #[serde(default)]
    my_number_card: bool,
    /// The spoken guidance's voice, dictionary and sound device (`[speech]`).
    #[serde(default)]
    speech: SpeechConfig,
    #[serde(default)]
    printer: Option<RawPrinter>,
    /// A replacement occupation classification (the format of data/occupations.tsv), for an
    /// office whose table is newer than the kiosk's; without it the bundled table is used.
    #[serde(default)]
    occupations: Option<PathBuf>,
    /// The folder signed data updates land in (systemd-sysupdate's `madoguchi-data` component
    /// on the image): its `postcodes.bin` and `occupations.tsv` replace the built-in ones.
    #[serde(default)]
    data_updates: Option<PathBuf>,
    /// The screen: how it is mounted, when it sleeps, how bright it is (`[display]`).
    #[serde(default)]
    display: RawDisplay,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq, Default)]
#[serde(deny_unknown_fields)]
struct RawDisplay {
    #[serde(default)]
    rotation: u16,
    #[serde(default)]
    sleep: Option<String>,
    #[serde(default)]
    sleep_days: Vec<String>,
    #[serde(default)]
    sleep_after_seconds: Option<u32>,
    #[serde(default)]
    brightness: Option<u8>,
    #[serde(default)]
    backlight: Option<PathBuf>,
}

/// `[display]`: the screen as mounted in the lobby.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DisplayConfig {
    /// Degrees clockwise the picture is turned (0, 90, 180, 270): a screen mounted on its side
    /// (cage's output transform, `cage -r`).
    pub rotation: u16,
    /// The office's closed hours: the attract screen goes dark after [`Self::sleep_after`]
    /// without a touch, and a touch wakes it.
    pub sleep_hours: SleepHours,
    /// Seconds without a touch on the attract screen before it sleeps in closed hours.
    pub sleep_after_seconds: u32,
    /// The backlight's level while awake, in percent, where the hardware has one.
    pub brightness: Option<u8>,
    /// The backlight's sysfs folder (default: the first in /sys/class/backlight).
    pub backlight: Option<PathBuf>,
}

impl DisplayConfig {
    /// cage's `-r` turns the output 90° clockwise each time it is given.
    pub fn quarter_turns(&self) -> usize {
        usize::from(self.rotation / 90)
    }
}

fn default_sleep_after() -> u32 {
    120
}

fn default_languages() -> Vec<String> {
    Language::all().map(|l| l.code().to_owned()).collect()
}

/// A configuration that has passed every check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KioskConfig {
    pub kiosk_id: String,
    pub office_code: String,
    pub office_name: String,
    pub continuation_base_url: String,
    pub server_url: String,
    pub server_public_key: Option<PublicKey>,
    pub data_dir: PathBuf,
    pub languages: Vec<Language>,
    pub idle: IdleConfig,
    /// The staff PIN's argon2 PHC string; the PIN itself is never stored.
    pub staff_pin: Option<String>,
    /// Where the kiosk stands in the lobby, for staff answering a call.
    pub lobby_place: String,
    /// Plain http:// to the server is allowed (demo and tests only).
    pub demo: bool,
    /// A PC/SC card reader is installed for the My Number card: the basic screen offers
    /// 「マイナンバーカードで入力」 while a reader is connected.
    pub my_number_card: bool,
    /// The spoken guidance's engines and sound device.
    pub speech: SpeechConfig,
    /// A thermal receipt printer: 完了 prints the receipt slip on it.
    pub printer: Option<PrinterConfig>,
    /// A replacement occupation classification, checked when the file was read.
    pub occupations: Option<PathBuf>,
    /// Where signed data updates land: `postcodes.bin` and `occupations.tsv` there, when present
    /// and readable, are used instead of the built-in ones (an explicit `occupations` file
    /// comes first). Missing files are normal (no update yet).
    pub data_updates: Option<PathBuf>,
    /// The screen's rotation, closed hours and brightness.
    pub display: DisplayConfig,
}

/// `[printer]`: where the receipt printer is, its paper, and the office's counter words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrinterConfig {
    pub address: madoguchi_printer::PrinterAddress,
    /// The printable width in dots (576 for 80 mm paper, 384 for 58 mm).
    pub paper_dots: u32,
    /// `[printer.instructions]`: the office's own words for the counter, per language code,
    /// printed first on the slip (a language without its own line gets the Japanese one).
    pub instructions: std::collections::BTreeMap<String, String>,
}

impl PrinterConfig {
    /// The office's counter words for `language`, else its Japanese ones.
    pub fn instructions_for(&self, language: Language) -> Option<&str> {
        self.instructions
            .get(language.code())
            .or_else(|| self.instructions.get(Language::JA.code()))
            .map(String::as_str)
    }
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
struct RawPrinter {
    address: String,
    #[serde(default = "default_paper_dots")]
    paper_dots: u32,
    #[serde(default)]
    instructions: std::collections::BTreeMap<String, String>,
}

fn default_paper_dots() -> u32 {
    576
}

/// Mode bits a configuration file must not have: anything for others, and write for the group.
pub const FORBIDDEN_MODE: u32 = 0o027;

/// Whether `url` is plain http:// (allowed for the server only in demo mode).
pub fn is_plain_http(url: &str) -> bool {
    url.get(..7)
        .is_some_and(|scheme| scheme.eq_ignore_ascii_case("http://"))
}

fn is_http_url(s: &str) -> bool {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty() && !r.contains(char::is_whitespace)
    })
}

impl KioskConfig {
    /// Reads and checks the file at `path`; refuses it, naming it, when its mode lets other users
    /// read it or anyone but its owner (and group, for reading) change it.
    pub fn load(path: &Path) -> Result<KioskConfig, ConfigError> {
        let read_error = |e: std::io::Error| ConfigError::Read {
            path: path.display().to_string(),
            reason: e.to_string(),
        };
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(path)
                .map_err(read_error)?
                .permissions()
                .mode();
            if mode & FORBIDDEN_MODE != 0 {
                return Err(ConfigError::Exposed {
                    path: path.display().to_string(),
                    mode: format!("{:04o}", mode & 0o7777),
                });
            }
        }
        let text = std::fs::read_to_string(path).map_err(read_error)?;
        KioskConfig::parse(&text, &path.display().to_string())
    }

    /// Parses and checks a configuration; `origin` names the file in messages.
    pub fn parse(text: &str, origin: &str) -> Result<KioskConfig, ConfigError> {
        let raw: RawConfig = toml::from_str(text).map_err(|e| ConfigError::Syntax {
            path: origin.to_owned(),
            detail: e.to_string().trim().to_owned(),
        })?;
        let invalid = |key: &str, problem: &str| ConfigError::Invalid {
            path: origin.to_owned(),
            key: key.to_owned(),
            problem: problem.to_owned(),
        };
        let id_ok = |s: &str| {
            !s.is_empty()
                && s.len() <= 64
                && s.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        };
        if !id_ok(&raw.kiosk_id) {
            return Err(invalid(
                "kiosk_id",
                "use 1 to 64 letters, digits, '-' or '_' (e.g. \"tokyo-01\")",
            ));
        }
        if raw.office_code.len() != 5 || !raw.office_code.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid(
                "office_code",
                "must be the office's 5-digit number (e.g. \"13010\")",
            ));
        }
        if raw.office_name.trim().is_empty() {
            return Err(invalid("office_name", "must not be empty"));
        }
        if !is_http_url(&raw.continuation_base_url) {
            return Err(invalid(
                "continuation_base_url",
                "must be an http:// or https:// URL the visitor's phone can reach",
            ));
        }
        if !is_http_url(&raw.server_url) {
            return Err(invalid("server_url", "must be an https:// URL"));
        }
        if is_plain_http(&raw.server_url) && !raw.demo {
            return Err(invalid(
                "server_url",
                "must be https:// (plain http:// only with `demo = true`, never in an office)",
            ));
        }
        let server_public_key = match raw.server_public_key.as_deref() {
            None | Some("") => None,
            Some(text) => Some(PublicKey::from_base64(text).map_err(|_| {
                invalid(
                    "server_public_key",
                    "is not a base64url X25519 public key (as printed by `madoguchi-server keygen`)",
                )
            })?),
        };
        if raw.data_dir.as_os_str().is_empty() || !raw.data_dir.is_absolute() {
            return Err(invalid("data_dir", "must be an absolute directory path"));
        }
        if raw.languages.is_empty() {
            return Err(invalid(
                "languages",
                &format!("name at least one of {}", Language::codes_listed()),
            ));
        }
        let mut languages = Vec::new();
        for code in &raw.languages {
            let language = Language::from_code(code).ok_or_else(|| {
                invalid(
                    "languages",
                    &format!("\"{code}\" is not one of {}", Language::codes_listed()),
                )
            })?;
            if !languages.contains(&language) {
                languages.push(language);
            }
        }
        let idle = raw.idle;
        if !(15..=3600).contains(&idle.warning_after_seconds) {
            return Err(invalid(
                "idle.warning_after_seconds",
                "must be between 15 and 3600",
            ));
        }
        if !(5..=300).contains(&idle.countdown_seconds) {
            return Err(invalid(
                "idle.countdown_seconds",
                "must be between 5 and 300",
            ));
        }
        if !(10..=60).contains(&idle.done_screen_seconds) {
            return Err(invalid(
                "idle.done_screen_seconds",
                "must be between 10 and 60",
            ));
        }
        let staff_pin = match raw.staff_pin {
            None => None,
            Some(phc) if crate::staff::is_argon2_phc(&phc) => Some(phc),
            Some(pin)
                if !pin.trim().is_empty() && pin.trim().bytes().all(|b| b.is_ascii_digit()) =>
            {
                return Err(ConfigError::PlainPin {
                    path: origin.to_owned(),
                })
            }
            Some(_) => {
                return Err(invalid(
                    "staff_pin",
                    "must be the argon2 hash `madoguchi-kiosk hash-pin` prints",
                ))
            }
        };
        let lobby_place = raw.lobby_place.trim().to_owned();
        if !madoguchi_core::contract::call_place_ok(&lobby_place) {
            return Err(invalid(
                "lobby_place",
                "must be at most 64 characters on one line (e.g. \"入口の左\")",
            ));
        }
        let printer = match raw.printer {
            None => None,
            Some(p) => {
                let address = madoguchi_printer::PrinterAddress::parse(p.address.trim())
                    .map_err(|e| invalid("printer.address", &e.to_string()))?;
                if !madoguchi_core::receipt_print::paper_width_ok(p.paper_dots) {
                    return Err(invalid(
                        "printer.paper_dots",
                        "must be the printer's width in dots, a multiple of 8 from 256 to 832 \
                         (576 for 80 mm paper, 384 for 58 mm)",
                    ));
                }
                for (code, text) in &p.instructions {
                    if Language::from_code(code).is_none() {
                        return Err(invalid(
                            &format!("printer.instructions.{code}"),
                            &format!("\"{code}\" is not one of {}", Language::codes_listed()),
                        ));
                    }
                    if text.chars().count() > 200 {
                        return Err(invalid(
                            &format!("printer.instructions.{code}"),
                            "must be at most 200 characters",
                        ));
                    }
                }
                Some(PrinterConfig {
                    address,
                    paper_dots: p.paper_dots,
                    instructions: p.instructions,
                })
            }
        };
        if let Some(path) = &raw.occupations {
            if !path.is_absolute() {
                return Err(invalid("occupations", "must be an absolute file path"));
            }
            if let Err(problem) = read_occupations(path) {
                return Err(invalid("occupations", &problem));
            }
        }
        if let Some(path) = &raw.data_updates {
            if !path.is_absolute() {
                return Err(invalid(
                    "data_updates",
                    "must be an absolute folder path (e.g. \"/var/lib/madoguchi-data\")",
                ));
            }
        }
        let display =
            display_config(raw.display).map_err(|(key, problem)| invalid(key, &problem))?;
        Ok(KioskConfig {
            display,
            occupations: raw.occupations,
            data_updates: raw.data_updates,
            printer,
            lobby_place,
            staff_pin,
            kiosk_id: raw.kiosk_id,
            office_code: raw.office_code,
            office_name: raw.office_name.trim().to_owned(),
            continuation_base_url: raw.continuation_base_url.trim_end_matches('/').to_owned(),
            server_url: raw.server_url.trim_end_matches('/').to_owned(),
            server_public_key,
            data_dir: raw.data_dir,
            languages,
            idle,
            demo: raw.demo,
            my_number_card: raw.my_number_card,
            speech: raw.speech,
        })
    }
}

/// `[display]` checked: the key and the problem when a value cannot be used.
fn display_config(raw: RawDisplay) -> Result<DisplayConfig, (&'static str, String)> {
    if !matches!(raw.rotation, 0 | 90 | 180 | 270) {
        return Err((
            "display.rotation",
            "must be 0, 90, 180 or 270 (degrees clockwise)".to_owned(),
        ));
    }
    let sleep_hours = SleepHours::parse(raw.sleep.as_deref(), &raw.sleep_days).map_err(|e| {
        let key = match e {
            SleepHoursError::Day(_) => "display.sleep_days",
            _ => "display.sleep",
        };
        (key, e.to_string())
    })?;
    let sleep_after_seconds = raw.sleep_after_seconds.unwrap_or_else(default_sleep_after);
    if !(10..=3600).contains(&sleep_after_seconds) {
        return Err((
            "display.sleep_after_seconds",
            "must be between 10 and 3600".to_owned(),
        ));
    }
    if raw.sleep_after_seconds.is_some() && sleep_hours.is_never() {
        return Err((
            "display.sleep_after_seconds",
            "has no effect without `sleep` or `sleep_days` (the office's closed hours)".to_owned(),
        ));
    }
    if let Some(percent) = raw.brightness {
        if !(1..=100).contains(&percent) {
            return Err((
                "display.brightness",
                "must be a percentage from 1 to 100".to_owned(),
            ));
        }
    }
    if let Some(path) = &raw.backlight {
        if !path.is_absolute() {
            return Err((
                "display.backlight",
                "must be an absolute folder path (e.g. \"/sys/class/backlight/intel_backlight\")"
                    .to_owned(),
            ));
        }
    }
    Ok(DisplayConfig {
        rotation: raw.rotation,
        sleep_hours,
        sleep_after_seconds,
        brightness: raw.brightness,
        backlight: raw.backlight,
    })
}

/// A replacement occupation classification read and checked; what is wrong (the file, the line
/// and the problem) when it cannot be used.
pub fn read_occupations(path: &Path) -> Result<Classification, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Classification::from_tsv(&text).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
kiosk_id = "tokyo-01"
office_code = "13010"
office_name = "ハローワーク飯田橋"
continuation_base_url = "https://madoguchi.example.jp/"
server_url = "https://madoguchi.example.jp"
data_dir = "/var/lib/madoguchi"
"#;

    fn with(extra: &str) -> String {
        format!("{GOOD}{extra}")
    }

    #[test]
    fn a_good_file_gets_defaults() {
        let c = KioskConfig::parse(GOOD, "k.toml").expect("valid");
        assert_eq!(c.idle, IdleConfig::default());
        assert_eq!(c.languages, Language::all().collect::<Vec<_>>());
        assert_eq!(c.continuation_base_url, "https://madoguchi.example.jp");
        assert!(c.server_public_key.is_none());
    }

    #[test]
    fn a_printer_is_read_and_checked() {
        let c = KioskConfig::parse(
            &with(
                "[printer]\naddress = \"tcp://192.0.2.10\"\n[printer.instructions]\nja = \"2階 3番窓口へ\"\n",
            ),
            "k.toml",
        )
        .expect("valid");
        let p = c.printer.expect("a printer");
        assert_eq!(p.paper_dots, 576);
        assert_eq!(p.instructions_for(Language::JA), Some("2階 3番窓口へ"));
        let en = Language::from_code("en").expect("en");
        assert_eq!(
            p.instructions_for(en),
            Some("2階 3番窓口へ"),
            "falls back to ja"
        );
        assert!(KioskConfig::parse(GOOD, "k.toml")
            .expect("valid")
            .printer
            .is_none());

        for (extra, key) in [
            ("[printer]\naddress = \"ftp://x\"\n", "printer.address"),
            (
                "[printer]\naddress = \"tcp://h\"\npaper_dots = 500\n",
                "printer.paper_dots",
            ),
            (
                "[printer]\naddress = \"tcp://h\"\n[printer.instructions]\nxx = \"a\"\n",
                "printer.instructions.xx",
            ),
        ] {
            match KioskConfig::parse(&with(extra), "k.toml") {
                Err(ConfigError::Invalid { key: got, .. }) => assert_eq!(got, key, "{extra}"),
                other => panic!("{extra}: {other:?}"),
            }
        }
    }

    #[test]
    fn a_replacement_occupation_table_is_checked_with_the_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let good = dir.path().join("good.tsv");
        std::fs::write(
            &good,
            "# revision: r2\n# source: s\n# date: 2027-04-01\ncode\tmajor\tname\treading\n\
             01\t\t管理的職業\tカンリ\n001\t01\t役員\tヤクイン\n",
        )
        .expect("written");
        let bad = dir.path().join("bad.tsv");
        std::fs::write(&bad, "code\tmajor\tname\treading\n001\t99\t孤児\tコジ\n").expect("written");
        let line = |p: &Path| format!("occupations = \"{}\"\n", p.display());
        let c = KioskConfig::parse(&with(&line(&good)), "k.toml").expect("valid");
        assert_eq!(c.occupations.as_deref(), Some(good.as_path()));
        for extra in [
            line(&bad),
            line(&dir.path().join("missing.tsv")),
            "occupations = \"relative.tsv\"\n".to_owned(),
        ] {
            match KioskConfig::parse(&with(&extra), "k.toml") {
                Err(ConfigError::Invalid { key, problem, .. }) => {
                    assert_eq!(key, "occupations", "{extra}");
                    assert!(!problem.is_empty());
                }
                other => panic!("{extra}: {other:?}"),
            }
        }
    }

    #[test]
    fn the_demo_file_is_valid() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../deploy/demo/kiosk.toml");
        let text = std::fs::read_to_string(path).expect("demo config present");
        let c = KioskConfig::parse(&text, "demo").expect("demo config valid");
        assert!(c.server_public_key.is_some());
        assert!(c.demo, "the demo talks plain http to 127.0.0.1");
        let phc = c.staff_pin.expect("the demo has staff mode");
        assert!(
            crate::staff::verify_pin("2468", &phc),
            "the demo PIN stays 2468"
        );
    }

    fn invalid_key(text: &str) -> Option<String> {
        match KioskConfig::parse(text, "k.toml") {
            Err(ConfigError::Invalid { key, .. }) => Some(key),
            _ => None,
        }
    }

    #[test]
    fn each_bad_value_names_its_key() {
        let cases = [
            (GOOD.replace("\"13010\"", "\"1301\""), "office_code"),
            (GOOD.replace("tokyo-01", "tokyo 01"), "kiosk_id"),
            (
                GOOD.replace("https://madoguchi.example.jp/", "madoguchi"),
                "continuation_base_url",
            ),
            (
                GOOD.replace("/var/lib/madoguchi", "relative/dir"),
                "data_dir",
            ),
            (with("languages = [\"fr\"]\n"), "languages"),
            (
                with(&format!("lobby_place = \"{}\"\n", "あ".repeat(65))),
                "lobby_place",
            ),
            (with("languages = []\n"), "languages"),
            (with("server_public_key = \"abc\"\n"), "server_public_key"),
            (
                with("[idle]\nwarning_after_seconds = 1\n"),
                "idle.warning_after_seconds",
            ),
            (
                with("[idle]\ncountdown_seconds = 0\n"),
                "idle.countdown_seconds",
            ),
        ];
        for (text, key) in cases {
            assert_eq!(invalid_key(&text).as_deref(), Some(key), "{text}");
        }
    }

    #[test]
    fn unknown_missing_and_mistyped_keys_are_named() {
        for (text, needle) in [
            (with("colour = \"blue\"\n"), "colour"),
            (
                GOOD.replace("office_name = \"ハローワーク飯田橋\"\n", ""),
                "office_name",
            ),
            (
                with("[idle]\ncountdown_seconds = \"ten\"\n"),
                "countdown_seconds",
            ),
            ("kiosk_id = ".to_owned(), "line 1"),
        ] {
            match KioskConfig::parse(&text, "k.toml") {
                Err(ConfigError::Syntax { detail, .. }) => {
                    assert!(detail.contains(needle), "{needle} not in {detail}")
                }
                other => panic!("expected a syntax error naming {needle}, got {other:?}"),
            }
        }
    }

    #[test]
    fn a_plain_staff_pin_is_refused_with_the_way_to_hash_it() {
        let e = KioskConfig::parse(&with("staff_pin = \"2468\"\n"), "k.toml").expect_err("plain");
        assert_eq!(
            e,
            ConfigError::PlainPin {
                path: "k.toml".into()
            }
        );
        assert_eq!(e.message_id(), "config-staff-pin-plain");
        let catalog = crate::shell_catalog().expect("catalog");
        for language in Language::all() {
            let text = catalog.message(language, e.message_id(), &e.args());
            assert!(
                text.contains("hash-pin") && text.contains("k.toml"),
                "{text}"
            );
        }
        assert_eq!(
            invalid_key(&with("staff_pin = \"$5$abc$def\"\n")).as_deref(),
            Some("staff_pin")
        );
    }

    #[test]
    fn a_hashed_staff_pin_is_kept_as_its_hash() {
        let phc = crate::staff::tests::cheap_hash("2468");
        let c = KioskConfig::parse(&with(&format!("staff_pin = \"{phc}\"\n")), "k.toml")
            .expect("hashed PIN");
        assert_eq!(c.staff_pin.as_deref(), Some(phc.as_str()));
        assert!(!format!("{c:?}").contains("2468"));
    }

    #[test]
    fn plain_http_to_the_server_only_in_demo_mode() {
        let http = GOOD.replace(
            "server_url = \"https://madoguchi.example.jp\"",
            "server_url = \"http://madoguchi.example.jp\"",
        );
        assert_eq!(invalid_key(&http).as_deref(), Some("server_url"));
        assert_eq!(
            invalid_key(&http.replace("http://", "HTTP://")).as_deref(),
            Some("server_url")
        );
        let demo = KioskConfig::parse(&format!("{http}demo = true\n"), "k.toml").expect("demo");
        assert!(demo.demo);
        assert!(!KioskConfig::parse(GOOD, "k.toml").expect("good").demo);
    }

    #[cfg(unix)]
    #[test]
    fn a_file_open_to_other_users_is_refused_by_name() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("kiosk.toml");
        std::fs::write(&path, GOOD).expect("write");
        for (mode, refused) in [
            (0o644, true),
            (0o604, true),
            (0o602, true),
            (0o660, true),
            (0o640, false),
            (0o600, false),
            (0o400, false),
        ] {
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).expect("chmod");
            match KioskConfig::load(&path) {
                Err(ConfigError::Exposed {
                    path: named,
                    mode: shown,
                }) => {
                    assert!(refused, "{mode:o} refused");
                    assert_eq!(named, path.display().to_string());
                    assert_eq!(shown, format!("{mode:04o}"));
                }
                Ok(_) => assert!(!refused, "{mode:o} accepted"),
                Err(e) => panic!("{mode:o}: {e}"),
            }
        }
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        let e = KioskConfig::load(&path).expect_err("exposed");
        assert_eq!(e.message_id(), "config-exposed");
        let catalog = crate::shell_catalog().expect("catalog");
        for language in Language::all() {
            let text = catalog.message(language, e.message_id(), &e.args());
            assert!(text.contains(&path.display().to_string()), "{text}");
            assert!(text.contains("0644"), "{text}");
        }
    }

    #[test]
    fn a_missing_file_is_a_read_error() {
        let e = KioskConfig::load(Path::new("/nonexistent/kiosk.toml")).expect_err("missing");
        assert_eq!(e.message_id(), "config-unreadable");
    }

    #[test]
    fn the_display_section_is_read_and_checked_by_key() {
        let config = KioskConfig::parse(&with(""), "kiosk.toml").expect("no [display]");
        assert_eq!(
            config.display,
            DisplayConfig {
                sleep_after_seconds: 120,
                ..DisplayConfig::default()
            }
        );
        let config = KioskConfig::parse(
            &with(
                "[display]\nrotation = 270\nsleep = \"19:00-08:00\"\nsleep_days = [\"sat\", \"sun\"]\n\
                 sleep_after_seconds = 60\nbrightness = 80\nbacklight = \"/sys/class/backlight/acpi_video0\"\n",
            ),
            "kiosk.toml",
        )
        .expect("a full [display]");
        assert_eq!(config.display.quarter_turns(), 3);
        assert_eq!(config.display.sleep_after_seconds, 60);
        assert_eq!(config.display.brightness, Some(80));
        assert!(!config.display.sleep_hours.is_never());
        for (text, key) in [
            ("rotation = 45", "display.rotation"),
            ("sleep = \"7pm\"", "display.sleep"),
            ("sleep = \"08:00-08:00\"", "display.sleep"),
            ("sleep_days = [\"holiday\"]", "display.sleep_days"),
            (
                "sleep = \"19:00-08:00\"\nsleep_after_seconds = 5",
                "display.sleep_after_seconds",
            ),
            ("sleep_after_seconds = 60", "display.sleep_after_seconds"),
            ("brightness = 0", "display.brightness"),
            ("backlight = \"intel_backlight\"", "display.backlight"),
        ] {
            match KioskConfig::parse(&with(&format!("[display]\n{text}\n")), "kiosk.toml") {
                Err(ConfigError::Invalid {
                    key: named,
                    problem,
                    ..
                }) => {
                    assert_eq!(named, key, "{text}: {problem}");
                    assert!(!problem.is_empty());
                }
                other => panic!("{text}: {other:?}"),
            }
        }
        assert!(matches!(
            KioskConfig::parse(&with("[display]\nwake = true\n"), "kiosk.toml"),
            Err(ConfigError::Syntax { .. })
        ));
    }
}
