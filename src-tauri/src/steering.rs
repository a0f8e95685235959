//! What the kiosk does with the commands its server sends in heartbeat answers (the fleet
//! page's restart, reboot, wipe the screen, send the queue, apply a configuration, revoke), and
//! how it says what became of each.
//!
//! Acknowledgements are written to the state directory before anything drastic happens, and
//! sent with the next heartbeat: a restart or reboot ends the process that received the command,
//! so the answer has to survive it. A configuration is checked by the same code as
//! `madoguchi-kiosk check-config`; a refused one is answered with the message `check-config`
//! would print (in Japanese, for the office's staff), and the kiosk keeps its file. An accepted
//! one is kept in the state directory and used from the next start: `/etc/madoguchi` stays
//! root's, and on the kiosk image it is read-only anyway. A revoke deletes the kiosk token and
//! leaves a mark so that the kiosk shows 準備中 even when its file names the server's key,
//! until it is enrolled again.
//!
//! What touches the window or the machine goes through [`Hands`], so that all of this is tested
//! without a webview; the real hands are in `lib.rs`.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use madoguchi_core::contract::{CommandAck, CommandAction, KioskCommand};
use madoguchi_core::Language;

use crate::config::KioskConfig;

/// The acknowledgements waiting for the next heartbeat.
pub const ACKS_FILE: &str = "command-acks.json";
/// A configuration sent from the fleet page, used instead of the installed one.
pub const FLEET_CONFIG_FILE: &str = "fleet-config.toml";
/// Present after a revoke, until the kiosk is enrolled again.
pub const REVOKED_FILE: &str = "revoked";

/// What touches the window or the machine.
pub trait Hands: Send + Sync {
    /// Ends the visitor's session and shows the attract screen (as the idle timeout does).
    fn wipe_screen(&self) -> Result<(), String>;
    /// Ends the kiosk program; systemd starts it again (`Restart=always`).
    fn restart(&self);
    /// Restarts the machine.
    fn reboot(&self) -> Result<(), String>;
    /// `portrait` or `landscape`, as the window is now.
    fn orientation(&self) -> Option<String>;
}

/// Hands without a window (`madoguchi-kiosk sync`): there is no screen to wipe, and the
/// process ends by itself.
pub struct Headless;

impl Hands for Headless {
    fn wipe_screen(&self) -> Result<(), String> {
        Err("no window: the kiosk runs without its screen".into())
    }
    fn restart(&self) {}
    fn reboot(&self) -> Result<(), String> {
        reboot_machine()
    }
    fn orientation(&self) -> Option<String> {
        None
    }
}

/// Asks systemd-logind to reboot (allowed to the user of the active seat, the kiosk's session).
pub fn reboot_machine() -> Result<(), String> {
    let status = std::process::Command::new("systemctl")
        .arg("reboot")
        .status()
        .map_err(|e| format!("systemctl reboot: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("systemctl reboot: {status}"))
    }
}

/// What to do once the acknowledgements are safe on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Then {
    Nothing,
    Restart,
    Reboot,
}

/// The kiosk's side of steering.
pub struct Steering {
    pub data_dir: PathBuf,
    /// The configuration the kiosk runs with: an applied one must keep its id and state.
    pub kiosk_id: String,
    pub hands: Arc<dyn Hands>,
    /// Wakes the sync worker (send the queue now).
    pub wake: Arc<tokio::sync::Notify>,
    /// Messages for refusals (the shell's catalog).
    pub catalog: Option<Arc<madoguchi_core::i18n::Catalog>>,
}

impl Steering {
    /// The acknowledgements not yet taken by the server.
    pub fn pending_acks(&self) -> Vec<CommandAck> {
        std::fs::read(self.data_dir.join(ACKS_FILE))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }

    /// The server took `sent`: they leave the file (others written since stay).
    pub fn acks_taken(&self, sent: &[CommandAck]) {
        if sent.is_empty() {
            return;
        }
        let left: Vec<CommandAck> = self
            .pending_acks()
            .into_iter()
            .filter(|a| !sent.iter().any(|s| s.id == a.id))
            .collect();
        if let Err(e) = self.store_acks(&left) {
            tracing::warn!("command acknowledgements not written: {e}");
        }
    }

    fn store_acks(&self, acks: &[CommandAck]) -> std::io::Result<()> {
        let json = serde_json::to_vec(acks).map_err(std::io::Error::other)?;
        write_private(&self.data_dir, ACKS_FILE, &json)
    }

    /// Carries out `commands` in order, writes their acknowledgements, and then restarts or
    /// reboots if one asked for it (the return value says which; the hands have been called).
    pub fn obey_all(&self, commands: &[KioskCommand]) -> Then {
        if commands.is_empty() {
            return Then::Nothing;
        }
        let mut acks = self.pending_acks();
        let mut then = Then::Nothing;
        for command in commands {
            let (ack, after) = self.obey(command);
            tracing::info!(command = %command.id, action = command.action.code(), done = ack.done, "fleet command");
            acks.push(ack);
            then = then.max(after);
        }
        if let Err(e) = self.store_acks(&acks) {
            tracing::warn!("command acknowledgements not written: {e}");
        }
        match then {
            Then::Nothing => {}
            Then::Restart => self.hands.restart(),
            Then::Reboot => {
                if let Err(e) = self.hands.reboot() {
                    tracing::warn!("reboot failed, restarting instead: {e}");
                    self.hands.restart();
                }
            }
        }
        then
    }

    /// One command: its acknowledgement, and whether a restart or reboot must follow.
    pub fn obey(&self, command: &KioskCommand) -> (CommandAck, Then) {
        let ack = |result: Result<(), String>| CommandAck {
            id: command.id.clone(),
            done: result.is_ok(),
            reason: result.err(),
        };
        match &command.action {
            CommandAction::WipeScreen => (ack(self.hands.wipe_screen()), Then::Nothing),
            CommandAction::SendQueue => {
                self.wake.notify_one();
                (ack(Ok(())), Then::Nothing)
            }
            CommandAction::Restart => (ack(Ok(())), Then::Restart),
            CommandAction::Reboot => (ack(Ok(())), Then::Reboot),
            CommandAction::ApplyConfig { config } => match self.apply_config(config) {
                Ok(()) => (ack(Ok(())), Then::Restart),
                Err(reason) => (ack(Err(reason)), Then::Nothing),
            },
            CommandAction::Revoke => match self.revoke() {
                Ok(()) => (ack(Ok(())), Then::Restart),
                Err(reason) => (ack(Err(reason)), Then::Nothing),
            },
        }
    }

    fn say(&self, id: &str, args: &std::collections::BTreeMap<String, String>) -> String {
        match &self.catalog {
            Some(c) => c.message(Language::JA, id, args),
            None => format!("{id} {args:?}"),
        }
    }

    /// Checks `text` as `check-config` would and keeps it for the next start; the reason when
    /// refused.
    pub fn apply_config(&self, text: &str) -> Result<(), String> {
        let config = KioskConfig::parse(text, FLEET_CONFIG_FILE)
            .map_err(|e| self.say(e.message_id(), &e.args()))?;
        if config.kiosk_id != self.kiosk_id {
            let args = [("key".to_owned(), "kiosk_id".to_owned())].into();
            return Err(self.say("fleet-config-keeps", &args));
        }
        if config.data_dir != self.data_dir {
            let args = [("key".to_owned(), "data_dir".to_owned())].into();
            return Err(self.say("fleet-config-keeps", &args));
        }
        write_private(&self.data_dir, FLEET_CONFIG_FILE, text.as_bytes())
            .map_err(|e| format!("{FLEET_CONFIG_FILE}: {e}"))
    }

    /// Forgets the kiosk token and marks the kiosk revoked.
    pub fn revoke(&self) -> Result<(), String> {
        write_private(
            &self.data_dir,
            REVOKED_FILE,
            b"revoked from the fleet page\n",
        )
        .map_err(|e| format!("{REVOKED_FILE}: {e}"))?;
        for file in [
            crate::enrolment::path_in(&self.data_dir),
            self.data_dir.join(ACKS_FILE),
        ] {
            match std::fs::remove_file(&file) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(format!("{}: {e}", file.display())),
            }
        }
        Ok(())
    }
}

/// Whether the kiosk was revoked from the fleet page and not enrolled since.
pub fn is_revoked(data_dir: &Path) -> bool {
    data_dir.join(REVOKED_FILE).exists()
}

/// A new enrolment lifts the revoke.
pub fn clear_revoked(data_dir: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(data_dir.join(REVOKED_FILE)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// The configuration to run with: the one applied from the fleet page when there is one and it
/// still passes every check (with the same id and state directory), else `installed`.
pub fn effective_config(installed: KioskConfig) -> KioskConfig {
    let path = installed.data_dir.join(FLEET_CONFIG_FILE);
    let Ok(text) = std::fs::read_to_string(&path) else {
        return installed;
    };
    match KioskConfig::parse(&text, &path.display().to_string()) {
        Ok(fleet)
            if fleet.kiosk_id == installed.kiosk_id && fleet.data_dir == installed.data_dir =>
        {
            fleet
        }
        Ok(_) => {
            tracing::warn!("the fleet configuration changes kiosk_id or data_dir: not used");
            installed
        }
        Err(e) => {
            tracing::warn!("the fleet configuration is not valid, not used: {e}");
            installed
        }
    }
}

/// The image slot this kiosk booted from: `madoguchi.slot=` on the kernel command line.
pub fn boot_slot() -> Option<String> {
    slot_in(&std::fs::read_to_string("/proc/cmdline").ok()?)
}

fn slot_in(cmdline: &str) -> Option<String> {
    cmdline
        .split_whitespace()
        .find_map(|w| w.strip_prefix("madoguchi.slot="))
        .filter(|s| !s.is_empty() && s.len() <= 16)
        .map(str::to_owned)
}

/// Writes `dir/name` atomically with mode 0600.
fn write_private(dir: &Path, name: &str, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let tmp = dir.join(format!(".{name}.tmp"));
    {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt as _;
            options.mode(0o600);
        }
        let mut file = options.open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
    }
    std::fs::rename(&tmp, dir.join(name))
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;

    /// Records what it was asked to do.
    #[derive(Default)]
    struct Recorder {
        done: Mutex<Vec<&'static str>>,
        wipe_fails: bool,
    }

    impl Hands for Recorder {
        fn wipe_screen(&self) -> Result<(), String> {
            self.done.lock().expect("lock").push("wipe");
            if self.wipe_fails {
                Err("webview gone".into())
            } else {
                Ok(())
            }
        }
        fn restart(&self) {
            self.done.lock().expect("lock").push("restart");
        }
        fn reboot(&self) -> Result<(), String> {
            self.done.lock().expect("lock").push("reboot");
            Ok(())
        }
        fn orientation(&self) -> Option<String> {
            Some("portrait".into())
        }
    }

    fn steering(dir: &Path, hands: Arc<Recorder>) -> Steering {
        Steering {
            data_dir: dir.to_owned(),
            kiosk_id: "iidabashi-01".into(),
            hands,
            wake: Arc::default(),
            catalog: crate::shell_catalog().ok().map(Arc::new),
        }
    }

    fn command(id: &str, action: CommandAction) -> KioskCommand {
        KioskCommand {
            id: id.into(),
            action,
        }
    }

    fn good_config(dir: &Path, idle: u32) -> String {
        let demo = include_str!("../../deploy/demo/kiosk.toml");
        let mut text: String = demo
            .lines()
            .filter(|l| !l.starts_with("data_dir") && !l.starts_with("kiosk_id"))
            .map(|l| format!("{l}\n"))
            .collect();
        text = format!(
            "kiosk_id = \"iidabashi-01\"\ndata_dir = \"{}\"\n{text}",
            dir.display()
        );
        text.replace(
            "warning_after_seconds = 90",
            &format!("warning_after_seconds = {idle}"),
        )
    }

    #[test]
    fn a_wipe_and_a_restart_are_done_and_acknowledged_before_the_restart() {
        let dir = tempfile::tempdir().expect("tempdir");
        let hands = Arc::new(Recorder::default());
        let s = steering(dir.path(), Arc::clone(&hands));
        let then = s.obey_all(&[
            command("cmd-1", CommandAction::WipeScreen),
            command("cmd-2", CommandAction::Restart),
            command("cmd-3", CommandAction::SendQueue),
        ]);
        assert_eq!(then, Then::Restart);
        assert_eq!(*hands.done.lock().expect("lock"), vec!["wipe", "restart"]);
        let acks = s.pending_acks();
        assert_eq!(
            acks.iter()
                .map(|a| (a.id.as_str(), a.done))
                .collect::<Vec<_>>(),
            vec![("cmd-1", true), ("cmd-2", true), ("cmd-3", true)],
            "written before the restart, for the next heartbeat"
        );
        s.acks_taken(&acks[..2]);
        assert_eq!(s.pending_acks().len(), 1);
    }

    #[test]
    fn a_failed_wipe_is_refused_with_its_reason() {
        let dir = tempfile::tempdir().expect("tempdir");
        let hands = Arc::new(Recorder {
            wipe_fails: true,
            ..Recorder::default()
        });
        let s = steering(dir.path(), hands);
        let (ack, then) = s.obey(&command("cmd-1", CommandAction::WipeScreen));
        assert!(!ack.done);
        assert_eq!(ack.reason.as_deref(), Some("webview gone"));
        assert_eq!(then, Then::Nothing);
    }

    #[test]
    fn a_reboot_wins_over_a_restart() {
        let dir = tempfile::tempdir().expect("tempdir");
        let hands = Arc::new(Recorder::default());
        let s = steering(dir.path(), Arc::clone(&hands));
        let then = s.obey_all(&[
            command("a", CommandAction::Restart),
            command("b", CommandAction::Reboot),
        ]);
        assert_eq!(then, Then::Reboot);
        assert_eq!(*hands.done.lock().expect("lock"), vec!["reboot"]);
    }

    #[test]
    fn a_bad_configuration_is_refused_with_check_config_s_message_and_not_kept() {
        let dir = tempfile::tempdir().expect("tempdir");
        let s = steering(dir.path(), Arc::new(Recorder::default()));
        let bad = good_config(dir.path(), 0);
        let (ack, then) = s.obey(&command(
            "cmd-1",
            CommandAction::ApplyConfig { config: bad },
        ));
        assert!(!ack.done);
        let reason = ack.reason.expect("a reason");
        assert!(reason.contains("warning_after_seconds"), "{reason}");
        assert_eq!(then, Then::Nothing);
        assert!(!dir.path().join(FLEET_CONFIG_FILE).exists());

        let (ack, _) = s.obey(&command(
            "cmd-2",
            CommandAction::ApplyConfig {
                config: "kiosk_id = 3".into(),
            },
        ));
        assert!(!ack.done && ack.reason.is_some());
    }

    #[test]
    fn a_configuration_may_not_change_the_kiosk_s_id() {
        let dir = tempfile::tempdir().expect("tempdir");
        let s = steering(dir.path(), Arc::new(Recorder::default()));
        let other = good_config(dir.path(), 90).replace("iidabashi-01", "shinjuku-01");
        let (ack, _) = s.obey(&command(
            "cmd-1",
            CommandAction::ApplyConfig { config: other },
        ));
        assert!(!ack.done);
        assert!(ack.reason.unwrap_or_default().contains("kiosk_id"));
    }

    #[test]
    fn a_good_configuration_is_used_from_the_next_start() {
        let dir = tempfile::tempdir().expect("tempdir");
        let hands = Arc::new(Recorder::default());
        let s = steering(dir.path(), Arc::clone(&hands));
        let text = good_config(dir.path(), 95);
        let installed = KioskConfig::parse(&good_config(dir.path(), 60), "installed").expect("ok");
        assert_eq!(installed.idle.warning_after_seconds, 60);
        let then = s.obey_all(&[command(
            "cmd-1",
            CommandAction::ApplyConfig { config: text },
        )]);
        assert_eq!(then, Then::Restart);
        assert!(s.pending_acks()[0].done);
        let used = effective_config(installed);
        assert_eq!(used.idle.warning_after_seconds, 95);
    }

    #[test]
    fn a_revoke_forgets_the_token_and_marks_the_kiosk() {
        let dir = tempfile::tempdir().expect("tempdir");
        let hands = Arc::new(Recorder::default());
        let s = steering(dir.path(), Arc::clone(&hands));
        std::fs::write(crate::enrolment::path_in(dir.path()), b"{}").expect("token");
        assert!(!is_revoked(dir.path()));
        assert_eq!(
            s.obey_all(&[command("r", CommandAction::Revoke)]),
            Then::Restart
        );
        assert!(!crate::enrolment::path_in(dir.path()).exists());
        assert!(is_revoked(dir.path()));
        clear_revoked(dir.path()).expect("cleared");
        assert!(!is_revoked(dir.path()));
    }

    #[test]
    fn the_slot_comes_from_the_kernel_command_line() {
        assert_eq!(
            slot_in("BOOT_IMAGE=/x ro madoguchi.slot=b quiet").as_deref(),
            Some("b")
        );
        assert_eq!(slot_in("ro quiet"), None);
    }
}
