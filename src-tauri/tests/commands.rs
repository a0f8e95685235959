//! The kiosk's commands through Tauri's IPC on the mock runtime: what the web UI sends, what it
//! gets back, and what lands in the outbox.

use madoguchi_core::envelope::{generate_keypair, Envelope, PrivateKey};
use madoguchi_core::kiosk_api::{CommandError, KioskInfo, PostcodeLookup, Submission};
use madoguchi_core::{Application, Report};
use madoguchi_kiosk::config::KioskConfig;
use madoguchi_kiosk::outbox::Outbox;
use madoguchi_kiosk::Kiosk;
use rand_core::{OsRng, TryRngCore as _};
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{mock_builder, mock_context, noop_assets, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{Manager as _, WebviewWindowBuilder};

#[path = "card/reader.rs"]
mod card_reader;

struct Harness {
    _app: tauri::App<tauri::test::MockRuntime>,
    webview: tauri::WebviewWindow<tauri::test::MockRuntime>,
    dir: tempfile::TempDir,
    key: PrivateKey,
}

/// The staff PIN of these tests, hashed as `madoguchi-kiosk hash-pin` does (with cheap
/// parameters: they travel in the PHC string, so verification uses them too).
const STAFF_PIN: &str = "2468";

fn staff_pin_hash() -> String {
    use argon2::password_hash::{PasswordHasher as _, SaltString};
    let params = argon2::Params::new(256, 1, 1, None).expect("params");
    let salt = SaltString::encode_b64(b"madoguchi-tests!").expect("salt");
    argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params)
        .hash_password(STAFF_PIN.as_bytes(), &salt)
        .expect("hash")
        .to_string()
}

fn harness(with_key: bool) -> Harness {
    harness_with(with_key, "")
}

/// A harness whose configuration ends with `extra` lines (top-level keys).
fn harness_with(with_key: bool, extra: &str) -> Harness {
    let dir = tempfile::tempdir().expect("tempdir");
    let (key, public) = generate_keypair(&mut OsRng.unwrap_err());
    let key_line = if with_key {
        format!("server_public_key = \"{}\"\n", public.to_base64())
    } else {
        String::new()
    };
    let text = format!(
        "kiosk_id = \"test-kiosk\"\noffice_code = \"13010\"\noffice_name = \"テスト\"\n\
         continuation_base_url = \"https://m.example.test\"\nserver_url = \"https://m.example.test\"\n\
         data_dir = \"{}\"\nstaff_pin = \"{}\"\n{key_line}{extra}",
        dir.path().display(),
        staff_pin_hash()
    );
    let config = KioskConfig::parse(&text, "test").expect("config");
    let kiosk = Kiosk::start(config).expect("kiosk starts");
    let app = madoguchi_kiosk::with_kiosk(mock_builder(), kiosk)
        .build(mock_context(noop_assets()))
        .expect("app builds");
    let webview = WebviewWindowBuilder::new(&app, "kiosk", Default::default())
        .build()
        .expect("webview");
    Harness {
        _app: app,
        webview,
        dir,
        key,
    }
}

impl Harness {
    fn invoke(&self, cmd: &str, body: Value) -> Result<Value, Value> {
        tauri::test::get_ipc_response(
            &self.webview,
            InvokeRequest {
                cmd: cmd.into(),
                callback: CallbackFn(0),
                error: CallbackFn(1),
                url: "tauri://localhost".parse().expect("url"),
                body: InvokeBody::Json(body),
                headers: Default::default(),
                invoke_key: INVOKE_KEY.to_string(),
            },
        )
        .map(|b| b.deserialize::<Value>().expect("json body"))
    }
}

/// A complete, valid application as the UI would send it after the visitor's taps.
fn complete_application() -> Value {
    json!({
        "language": "ja",
        "basic": {
            "family_name": "山田", "given_name": "花子",
            "family_kana": "やまだ", "given_kana": "ﾊﾅｺ",
            "name_in_kana_only": false,
            "birth_date": { "calendar": "showa", "year": "６０", "month": "4", "day": "1" },
            "sex": null
        },
        "contact": {
            "postcode": "〒100−0001", "prefecture": "東京都", "city": "千代田区", "town": "千代田",
            "street": "1-1", "building": "", "phone": "０９０ー１２３４ー５６７８",
            "email": "hanako@example.jp"
        },
        "disclosure": { "publication": "not-published", "contact_methods": ["phone"], "avoid_times": "" },
        "desired_work": {
            "occupations": ["025"], "employment_types": ["full-time"], "work_locations": ["東京都"],
            "wage": { "kind": "monthly", "amount": "25万" },
            "hours": { "start": "9:00", "end": "18:00", "days": ["mon", "tue"] }
        },
        "situation": { "employment": "not-employed", "unemployment_insurance": "yes" },
        "education": { "final_level": "high-school", "school_name": "", "graduation_year": "", "qualifications": [] },
        "work_history": [],
        "my_page": { "wanted": true },
        "confirmed_warnings": []
    })
}

#[test]
fn kiosk_info_reports_languages_and_idle_times() {
    let h = harness(true);
    let info: KioskInfo =
        serde_json::from_value(h.invoke("kiosk_info", json!({})).expect("ok")).expect("shape");
    assert_eq!(info.idle_seconds, 90);
    assert_eq!(info.countdown_seconds, 30);
    // The harness's configuration names no languages: every language of locales/ is offered.
    assert_eq!(
        info.languages.len(),
        madoguchi_core::Language::all().count()
    );
    assert!(info.ready);
    assert!(!harness(false).kiosk_info_ready());
}

impl Harness {
    fn kiosk_info_ready(&self) -> bool {
        let info: KioskInfo =
            serde_json::from_value(self.invoke("kiosk_info", json!({})).expect("ok"))
                .expect("shape");
        info.ready
    }
}

#[test]
fn check_step_normalises_what_the_visitor_typed() {
    let h = harness(true);
    let report: Report = serde_json::from_value(
        h.invoke(
            "check_step",
            json!({ "application": complete_application(), "step": "basic" }),
        )
        .expect("ok"),
    )
    .expect("shape");
    assert_eq!(report.application.basic.family_kana, "ヤマダ");
    assert_eq!(report.application.basic.given_kana, "ハナコ");
    assert!(report.findings.is_empty(), "{:?}", report.findings);
}

#[test]
fn postcode_lookup_fills_the_address_and_refuses_unknown_codes() {
    let h = harness(true);
    let found: PostcodeLookup = serde_json::from_value(
        h.invoke("lookup_postcode", json!({ "input": "１００－０００１" }))
            .expect("ok"),
    )
    .expect("shape");
    assert_eq!(found.postcode, "1000001");
    assert_eq!(found.addresses[0].prefecture, "東京都");
    let err: CommandError = serde_json::from_value(
        h.invoke("lookup_postcode", json!({ "input": "000-0000" }))
            .expect_err("unknown"),
    )
    .expect("error shape");
    assert_eq!(err.code, "check-postcode-unknown");
}

#[test]
fn occupations_can_be_browsed_and_searched() {
    let h = harness(true);
    let groups = h.invoke("occupation_groups", json!({})).expect("ok");
    assert_eq!(groups.as_array().map(Vec::len), Some(15));
    let hits = h
        .invoke("search_occupations", json!({ "query": "じむ" }))
        .expect("ok");
    assert!(!hits.as_array().expect("array").is_empty());
}

#[test]
fn a_replacement_occupation_table_is_the_one_offered() {
    let tables = tempfile::tempdir().expect("tempdir");
    let path = tables.path().join("occupations.tsv");
    std::fs::write(
        &path,
        "# revision: テスト改定\n# source: a test\n# date: 2027-04-01\ncode\tmajor\tname\treading\n\
         01\t\t管理的職業\tカンリテキショクギョウ\n001\t01\t新しい中分類\tアタラシイチュウブンルイ\n",
    )
    .expect("table written");
    let h = harness_with(true, &format!("occupations = \"{}\"\n", path.display()));
    let groups = h.invoke("occupation_groups", json!({})).expect("ok");
    let groups = groups.as_array().expect("array");
    assert_eq!(groups.len(), 1, "{groups:?}");
    assert_eq!(groups[0]["middles"], json!(["001"]));
    // The locales do not name 001 of this table yet: its own name comes along.
    assert_eq!(groups[0]["names"]["001"], json!("新しい中分類"));
    let hits = h
        .invoke("search_occupations", json!({ "query": "あたらしい" }))
        .expect("ok");
    assert_eq!(hits, json!(["001"]));
}

#[test]
fn licences_are_found_by_their_reading() {
    let h = harness(true);
    let hits = h
        .invoke("search_licences", json!({ "query": "かいご" }))
        .expect("ok");
    assert_eq!(hits.get(0).and_then(Value::as_str), Some("care-worker"));
}

#[test]
fn submitting_writes_one_sealed_row_before_answering() {
    let h = harness(true);
    let submission: Submission = serde_json::from_value(
        h.invoke(
            "submit_application",
            json!({ "application": complete_application() }),
        )
        .expect("submitted"),
    )
    .expect("shape");
    assert_eq!(submission.receipt.len(), 6);
    assert!(submission
        .continuation_url
        .starts_with("https://m.example.test/c/"));
    assert!(submission.qr_svg.contains("<svg"));

    let outbox = Outbox::open_in(h.dir.path()).expect("reopen");
    let rows = outbox.oldest(10).expect("rows");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].receipt, submission.receipt);
    let raw = String::from_utf8_lossy(&rows[0].envelope);
    assert!(!raw.contains("山田") && !raw.contains("hanako"));
    let opened = Envelope::from_bytes(&rows[0].envelope)
        .expect("envelope")
        .open_application(&h.key, "test-kiosk", &rows[0].idempotency_key)
        .expect("opens with the server key");
    assert_eq!(opened.receipt, submission.receipt);
    assert_eq!(opened.application.contact.phone, "09012345678");
    assert!(submission
        .continuation_url
        .ends_with(&opened.continuation_token));

    // Nothing personal on disk in the clear: not in the database, not in its WAL.
    for entry in std::fs::read_dir(h.dir.path()).expect("dir").flatten() {
        let bytes = std::fs::read(entry.path()).expect("read");
        for needle in ["山田", "花子", "hanako@example.jp", "09012345678"] {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle.as_bytes()),
                "{needle} found in {}",
                entry.path().display()
            );
        }
    }
}

#[test]
fn an_invalid_application_is_refused_and_nothing_is_written() {
    let h = harness(true);
    let mut app: Application = serde_json::from_value(complete_application()).expect("app");
    app.contact.phone = "12".into();
    let err: CommandError = serde_json::from_value(
        h.invoke("submit_application", json!({ "application": app }))
            .expect_err("refused"),
    )
    .expect("error shape");
    assert_eq!(err.code, "submit-invalid");
    assert_eq!(
        Outbox::open_in(h.dir.path())
            .expect("open")
            .depth()
            .expect("depth"),
        0
    );
}

#[test]
fn a_kiosk_without_a_server_key_takes_no_application() {
    let h = harness(false);
    let err: CommandError = serde_json::from_value(
        h.invoke(
            "submit_application",
            json!({ "application": complete_application() }),
        )
        .expect_err("not ready"),
    )
    .expect("error shape");
    assert_eq!(err.code, "submit-not-ready");
}

#[test]
fn survey_answers_are_recorded_and_free_text_is_refused() {
    let h = harness(true);
    let submission: Submission = serde_json::from_value(
        h.invoke(
            "submit_application",
            json!({ "application": complete_application() }),
        )
        .expect("submitted"),
    )
    .expect("shape");
    h.invoke(
        "record_survey",
        json!({ "receipt": submission.receipt, "score": 5, "reason": "easy" }),
    )
    .expect("recorded");
    assert!(h
        .invoke(
            "record_survey",
            json!({ "receipt": submission.receipt, "score": 4, "reason": "my name is 山田" }),
        )
        .is_err());
    assert!(h
        .invoke(
            "record_survey",
            json!({ "receipt": submission.receipt, "score": 9, "reason": "" })
        )
        .is_err());
    let outbox = Outbox::open_in(h.dir.path()).expect("open");
    assert_eq!(outbox.surveys().expect("surveys").len(), 1);
}

#[test]
fn malformed_arguments_are_an_error_not_a_crash() {
    let h = harness(true);
    assert!(h
        .invoke("check_step", json!({ "application": 42, "step": "basic" }))
        .is_err());
    assert!(h.invoke("submit_application", json!({})).is_err());
}

#[test]
fn staff_mode_needs_the_pin_and_reports_the_queue() {
    let h = harness(true);
    let err: CommandError = serde_json::from_value(
        h.invoke("staff_status", json!({ "pin": "0000" }))
            .expect_err("wrong"),
    )
    .expect("error shape");
    assert_eq!(err.code, "staff-wrong-pin");
    h.invoke(
        "submit_application",
        json!({ "application": complete_application() }),
    )
    .expect("submitted");
    let status = h
        .invoke("staff_status", json!({ "pin": "2468" }))
        .expect("status");
    assert_eq!(status["queue_depth"], 1);
    assert_eq!(status["enrolled"], false);
    assert!(status["last_success"].is_null());
}

fn command_error(h: &Harness, cmd: &str, pin: &str) -> CommandError {
    serde_json::from_value(h.invoke(cmd, json!({ "pin": pin })).expect_err("refused"))
        .expect("error shape")
}

#[test]
fn five_wrong_pins_lock_staff_mode_even_for_the_right_one() {
    let h = harness(true);
    for left in (1..5).rev() {
        let err = command_error(&h, "staff_status", "1357");
        assert_eq!(err.code, "staff-wrong-pin");
        assert_eq!(err.args["tries-left"], left.to_string());
    }
    let err = command_error(&h, "staff_sync_now", "1357");
    assert_eq!(err.code, "staff-locked");
    assert_eq!(err.args["minutes"], "1");
    // The right PIN, by either command, does not open a locked staff mode.
    for cmd in ["staff_status", "staff_sync_now"] {
        let err = command_error(&h, cmd, STAFF_PIN);
        assert_eq!(err.code, "staff-locked", "{cmd}");
        assert_eq!(err.args["minutes"], "1");
    }
}

#[test]
fn the_ui_never_sees_the_pin_or_its_hash() {
    let h = harness(true);
    let hash = staff_pin_hash();
    let salt_and_hash = hash.rsplit('$').next().unwrap_or_default().to_owned();
    let answers = [
        h.invoke("kiosk_info", json!({})).expect("info"),
        h.invoke("staff_status", json!({ "pin": STAFF_PIN }))
            .expect("status"),
        h.invoke("staff_status", json!({ "pin": "0000" }))
            .expect_err("wrong"),
    ];
    for answer in answers {
        let text = answer.to_string();
        assert!(
            !text.contains("argon2") && !text.contains(&salt_and_hash),
            "{text}"
        );
        assert!(!text.contains(STAFF_PIN), "{text}");
    }
}

// ---------------------------------------------------------------------------------------------
// The systemd unit that runs the kiosk (deploy/systemd): the session it starts has no way out.

/// The words of the unit's `ExecStart=` line.
fn kiosk_unit_exec_start() -> Vec<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../deploy/systemd/madoguchi-kiosk.service");
    let text = std::fs::read_to_string(&path).expect("the kiosk's systemd unit");
    let lines: Vec<&str> = text
        .lines()
        .filter_map(|line| line.trim().strip_prefix("ExecStart="))
        .collect();
    assert_eq!(lines.len(), 1, "one ExecStart= in {}", path.display());
    lines[0].split_whitespace().map(str::to_owned).collect()
}

/// The unit starts `madoguchi-kiosk session`, which becomes cage with the arguments of
/// `display::cage_arguments` (whose unit test proves `-s` is never among them, at any rotation).
#[test]
fn the_kiosk_unit_runs_cage_without_vt_switching() {
    let words = kiosk_unit_exec_start();
    assert!(words[0].ends_with("/madoguchi-kiosk"), "{words:?}");
    assert_eq!(words[1], "session", "{words:?}");
    let config = madoguchi_kiosk::config::KioskConfig::parse(
        &format!("{}[display]\nrotation = 90\n", DEMO_LIKE),
        "kiosk.toml",
    )
    .expect("config");
    let args = madoguchi_kiosk::display::cage_arguments(
        &config.display,
        std::path::Path::new("/usr/bin/madoguchi-kiosk"),
        std::path::Path::new("/etc/madoguchi/kiosk.toml"),
    );
    let words: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let end = words
        .iter()
        .position(|w| w == "--")
        .expect("cage's options end with --");
    for option in &words[..end] {
        // `-s` allows Ctrl+Alt+Fn to another terminal; it may also hide in a group like `-ds`.
        let short_group = option.starts_with('-') && !option.starts_with("--");
        assert!(
            !(short_group && option.contains('s')),
            "cage option {option} allows switching virtual terminals: {words:?}"
        );
    }
    assert_eq!(words[..end], ["-d", "-r"]);
    assert!(words[end + 1].ends_with("/madoguchi-kiosk"), "{words:?}");
}

/// The smallest configuration the kiosk accepts.
const DEMO_LIKE: &str = r#"
kiosk_id = "unit-01"
office_code = "13010"
office_name = "ハローワーク窓口"
continuation_base_url = "https://madoguchi.example.jp"
server_url = "https://madoguchi.example.jp"
data_dir = "/var/lib/madoguchi"
"#;

/// Closed hours through Tauri's IPC: `kiosk_info` says after how long the attract screen may
/// sleep, `office_closed` whether it may now, and `set_screen_asleep` darkens and restores the
/// backlight (a sysfs-shaped folder). A kiosk without closed hours never sleeps.
#[test]
fn the_attract_screen_sleeps_in_closed_hours_with_the_backlight() {
    let lights = tempfile::tempdir().expect("tempdir");
    let folder = lights.path().join("panel");
    std::fs::create_dir_all(&folder).expect("folder");
    std::fs::write(folder.join("max_brightness"), "1000").expect("max");
    std::fs::write(folder.join("brightness"), "1000").expect("level");
    let level = || {
        std::fs::read_to_string(folder.join("brightness"))
            .expect("level")
            .trim()
            .to_owned()
    };
    let every_day =
        "[display]\nsleep_days = [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\", \"sat\", \"sun\"]\n";
    let h = harness_with(
        true,
        &format!(
            "{every_day}sleep_after_seconds = 30\nbrightness = 60\nbacklight = \"{}\"\n",
            folder.display()
        ),
    );
    assert_eq!(level(), "600", "the configured brightness at start");
    let info = h.invoke("kiosk_info", json!({})).expect("info");
    assert_eq!(info["sleep_after_seconds"], json!(30));
    assert_eq!(
        h.invoke("office_closed", json!({})).expect("closed"),
        json!(true)
    );
    h.invoke("set_screen_asleep", json!({ "asleep": true }))
        .expect("asleep");
    assert_eq!(level(), "0");
    h.invoke("set_screen_asleep", json!({ "asleep": false }))
        .expect("awake");
    assert_eq!(level(), "600");
    assert!(
        h.invoke("set_screen_asleep", json!({})).is_err(),
        "asleep is required"
    );

    let open = harness_with(true, "");
    let info = open.invoke("kiosk_info", json!({})).expect("info");
    assert_eq!(info["sleep_after_seconds"], Value::Null);
    assert_eq!(
        open.invoke("office_closed", json!({})).expect("closed"),
        json!(false)
    );
}

/// The names of the command table, sorted.
fn table_names() -> Vec<String> {
    let mut names: Vec<String> = madoguchi_kiosk::commands::names()
        .map(str::to_owned)
        .collect();
    names.sort();
    names
}

#[test]
fn the_table_is_what_build_rs_declares_and_the_capability_grants() {
    let names = table_names();
    assert_eq!(names.len(), 31, "{names:?}");
    // What `build.rs` declared, as tauri-build wrote it down while building this crate.
    let manifests: Value =
        serde_json::from_str(include_str!("../gen/schemas/acl-manifests.json")).expect("json");
    let mut declared: Vec<String> = manifests["__app-acl__"]["permissions"]
        .as_object()
        .expect("the app's permissions")
        .values()
        .flat_map(|p| p["commands"]["allow"].as_array().expect("allowed").clone())
        .map(|c| c.as_str().expect("a command name").to_owned())
        .collect();
    declared.sort();
    assert_eq!(declared, names, "build.rs declares other commands");
    // What the kiosk window is granted.
    let capability: Value =
        serde_json::from_str(include_str!("../capabilities/kiosk.json")).expect("json");
    let mut granted: Vec<String> = capability["permissions"]
        .as_array()
        .expect("permissions")
        .iter()
        .map(|p| {
            let p = p.as_str().expect("a permission name");
            p.strip_prefix("allow-")
                .unwrap_or_else(|| panic!("{p} is not an allow-permission"))
                .replace('-', "_")
        })
        .collect();
    granted.sort();
    assert_eq!(
        granted, names,
        "capabilities/kiosk.json grants other commands"
    );
}

#[test]
fn every_command_of_the_table_reaches_a_tauri_handler() {
    let h = harness(true);
    let unknown = h
        .invoke("no_such_command", json!({}))
        .expect_err("an unknown command is refused");
    for name in table_names() {
        // Arguments may be missing (then the handler refuses them), but the command is found.
        if let Err(e) = h.invoke(&name, json!({})) {
            assert_ne!(
                e.to_string().replace("no_such_command", &name),
                unknown.to_string().replace("no_such_command", &name),
                "{name} is not registered with tauri::generate_handler!"
            );
        }
    }
}

#[test]
fn dispatch_answers_as_the_tauri_commands_do() {
    use madoguchi_kiosk::commands::{dispatch, DispatchError, Reply};
    let h = harness(true);
    let kiosk = h._app.state::<Kiosk>();
    let unknown = dispatch(&kiosk, "no_such_command", json!({}));
    assert!(
        matches!(unknown, Err(DispatchError::Unknown(_))),
        "{unknown:?}"
    );
    for name in table_names() {
        let answer = dispatch(&kiosk, &name, Value::Null);
        assert!(
            !matches!(answer, Err(DispatchError::Unknown(_))),
            "{name} is in the table but not dispatched"
        );
    }
    for (name, args) in [
        ("kiosk_info", json!({})),
        ("occupation_groups", json!({})),
        ("lookup_postcode", json!({ "input": "１００－０００１" })),
        ("search_occupations", json!({ "query": "じむ" })),
        ("search_licences", json!({ "query": "ぼき" })),
        (
            "check_step",
            json!({ "application": complete_application(), "step": "basic" }),
        ),
        (
            "check_all",
            json!({ "application": complete_application() }),
        ),
    ] {
        let through_tauri = h.invoke(name, args.clone()).expect("answered");
        let through_table = dispatch(&kiosk, name, args).expect("answered");
        assert_eq!(through_table, Reply::Value(through_tauri), "{name}");
    }
    let refused = dispatch(&kiosk, "lookup_postcode", json!({ "input": "000-0000" }));
    match refused {
        Err(DispatchError::Refused(e)) => assert_eq!(e.code, "check-postcode-unknown"),
        other => panic!("not refused: {other:?}"),
    }
    let bad = dispatch(
        &kiosk,
        "check_step",
        json!({ "application": 42, "step": "basic" }),
    );
    assert!(
        matches!(bad, Err(DispatchError::BadArguments { .. })),
        "{bad:?}"
    );
    assert_eq!(
        dispatch(&kiosk, "wipe_session", json!({})).expect("wiped"),
        Reply::ForgetVisitor
    );
    assert_eq!(
        dispatch(&kiosk, "ui_ready", json!({})).expect("noted"),
        Reply::Nothing
    );
    let submitted = dispatch(
        &kiosk,
        "submit_application",
        json!({ "application": complete_application() }),
    )
    .expect("submitted");
    let Reply::Value(submission) = submitted else {
        panic!("no submission: {submitted:?}")
    };
    let submission: Submission = serde_json::from_value(submission).expect("shape");
    assert_eq!(submission.receipt.len(), 6);
}

/// The unit restarts a killed or frozen kiosk: the kiosk pings systemd's watchdog
/// (src/watchdog.rs), which only works with these settings.
#[test]
fn the_kiosk_unit_has_a_watchdog_and_always_restarts() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../deploy/systemd/madoguchi-kiosk.service");
    let unit = std::fs::read_to_string(&path).expect("unit");
    let settings: Vec<&str> = unit.lines().map(str::trim).collect();
    for wanted in [
        "Type=notify",
        "NotifyAccess=all",
        "Restart=always",
        "StartLimitIntervalSec=0",
    ] {
        assert!(settings.contains(&wanted), "{wanted} in {}", path.display());
    }
    let watchdog: u64 = settings
        .iter()
        .find_map(|l| l.strip_prefix("WatchdogSec="))
        .and_then(|s| s.parse().ok())
        .expect("WatchdogSec= in seconds");
    let restart: u64 = settings
        .iter()
        .find_map(|l| l.strip_prefix("RestartSec="))
        .and_then(|s| s.parse().ok())
        .expect("RestartSec= in seconds");
    assert!(watchdog + restart < 10, "back within 10 s of a hang");
}

/// The kiosk stays in its unit's cgroup, or systemd drops its READY=1 and WATCHDOG=1 (it takes
/// `NotifyAccess=all` messages from the unit's own processes only): no `PAMName=` (a logind
/// session scope), cage's devices from seatd to the video group, its socket in the unit's own
/// runtime directory.
#[test]
fn the_kiosk_unit_keeps_the_kiosk_in_its_cgroup() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../deploy/systemd/madoguchi-kiosk.service");
    let unit = std::fs::read_to_string(&path).expect("unit");
    let settings: Vec<&str> = unit
        .lines()
        .map(str::trim)
        .filter(|l| !l.starts_with('#'))
        .collect();
    assert!(
        !settings.iter().any(|l| l.starts_with("PAMName=")),
        "no PAMName= in {}",
        path.display()
    );
    let groups = settings
        .iter()
        .find_map(|l| l.strip_prefix("SupplementaryGroups="))
        .unwrap_or_default();
    assert!(groups.split_whitespace().any(|g| g == "video"), "{groups}");
    for wanted in [
        "RuntimeDirectory=madoguchi-kiosk",
        "Environment=XDG_RUNTIME_DIR=/run/madoguchi-kiosk",
        "Environment=LIBSEAT_BACKEND=seatd",
    ] {
        assert!(settings.contains(&wanted), "{wanted} in {}", path.display());
    }
    let wants = settings
        .iter()
        .find_map(|l| l.strip_prefix("Wants="))
        .unwrap_or_default();
    assert!(wants.split_whitespace().any(|u| u == "seatd.service"));
}

/// The .deb brings what a kiosk needs on plain Debian: cage, the fonts, the units and the user.
#[test]
fn the_package_declares_cage_fonts_units_and_user() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let conf: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("tauri.conf.json")).expect("tauri.conf.json"),
    )
    .expect("json");
    let deb = &conf["bundle"]["linux"]["deb"];
    let depends: Vec<&str> = deb["depends"]
        .as_array()
        .map(|d| d.iter().filter_map(|v| v.as_str()).collect())
        .unwrap_or_default();
    for package in ["cage", "seatd", "fonts-noto-cjk", "systemd"] {
        assert!(depends.contains(&package), "{package} in {depends:?}");
    }
    let files = deb["files"].as_object().expect("files");
    for installed in [
        "/usr/lib/systemd/system/madoguchi-kiosk.service",
        "/usr/lib/systemd/system/madoguchi-provision.service",
        "/usr/lib/sysusers.d/madoguchi.conf",
        "/usr/lib/udev/rules.d/70-madoguchi-backlight.rules",
    ] {
        let source = files[installed].as_str().expect("a source");
        assert!(dir.join(source).is_file(), "{source} exists");
    }
    for script in ["postInstallScript", "preRemoveScript"] {
        let source = deb[script].as_str().expect("a script");
        assert!(dir.join(source).is_file(), "{source} exists");
    }
}

/// 音声案内: `speak` answers at once (the sound is the worker's), `spoken_log` reads what was
/// asked in order, through Tauri and through the web host's table alike, and the reset
/// (`wipe_session`) forgets it. The device is `null`: no sound in tests.
#[test]
fn speech_is_logged_in_order_until_the_reset() {
    use madoguchi_kiosk::commands::{dispatch, Reply};
    let h = harness_with(true, "[speech]\ndevice = \"null\"\n");
    let kiosk = h._app.state::<Kiosk>();
    let started = std::time::Instant::now();
    h.invoke(
        "speak",
        json!({ "text": "音声案内をオンにしました。", "language": "ja" }),
    )
    .expect("spoken");
    h.invoke(
        "speak",
        json!({ "text": "Basic information", "language": "en", "queued": true }),
    )
    .expect("queued");
    assert_eq!(
        dispatch(
            &kiosk,
            "speak",
            json!({ "text": "や", "language": "ja-easy" })
        )
        .expect("spoken"),
        Reply::Nothing
    );
    assert!(
        started.elapsed() < std::time::Duration::from_secs(2),
        "speak waited for the sound"
    );
    let bad = h.invoke("speak", json!({ "text": "x", "language": "xx" }));
    assert!(bad.is_err(), "an unknown language is refused: {bad:?}");
    let log = h.invoke("spoken_log", json!({})).expect("log");
    assert_eq!(
        log,
        json!([
            { "text": "音声案内をオンにしました。", "language": "ja" },
            { "text": "Basic information", "language": "en" },
            { "text": "や", "language": "ja-easy" },
        ])
    );
    assert_eq!(
        dispatch(&kiosk, "spoken_log", json!({})).expect("log"),
        Reply::Value(log)
    );
    h.invoke("stop_speaking", json!({})).expect("stopped");
    assert_eq!(
        dispatch(&kiosk, "wipe_session", json!({})).expect("wiped"),
        Reply::ForgetVisitor
    );
    assert_eq!(h.invoke("spoken_log", json!({})).expect("log"), json!([]));
}
