//! `madoguchi-server`: parses flags, opens the database and serves [`madoguchi_server::app`];
//! the administrative commands (keygen, datakey, rekey, retention, office/kiosk/user add, user
//! disable, kiosk revoke) live here too, each a call into the library.

use std::io::{BufRead as _, Write as _};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand, ValueEnum};
use madoguchi_core::envelope::{generate_keypair, PrivateKey};
use madoguchi_server::clock::{Clock, SystemClock};
use madoguchi_server::mail::Mailer;
use madoguchi_server::retention::{self, Policy};
use madoguchi_server::sealed::{self, DataKey, Keyring};
use madoguchi_server::storage::{Db, Role, User};
use madoguchi_server::{auth, demo, enrolment, enrolment_sheet, secret, AppState, Settings};
use time::Duration;

#[derive(Parser)]
#[command(
    name = "madoguchi-server",
    version,
    about = "Madoguchi's intake server"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write a new server key pair: DIR/server.key (mode 0600) and DIR/server.pub, printing the
    /// public key and its fingerprint for kiosk enrolment (`--server-fingerprint`); and, unless
    /// it exists, a new data key DIR/data.key (mode 0600, never replaced).
    Keygen {
        #[arg(long)]
        out: PathBuf,
        /// Replace existing files.
        #[arg(long)]
        force: bool,
    },
    /// Offices (a 5-digit office code and its name).
    Office {
        #[command(subcommand)]
        action: OfficeAction,
    },
    /// Kiosks.
    Kiosk {
        #[command(subcommand)]
        action: KioskAction,
    },
    /// Counter staff and administrators.
    User {
        #[command(subcommand)]
        action: UserAction,
    },
    /// Run the server.
    Serve(Box<Serve>),
    /// Write a new data key (mode 0600) that seals personal data in the database. An existing
    /// file is never replaced: rotate with `rekey`.
    Datakey {
        #[arg(long)]
        out: PathBuf,
    },
    /// Rotate the data key: seal every value again under --data-key and recompute every keyed
    /// hash. Stop the server first; start it again with the new key.
    Rekey {
        #[command(flatten)]
        db: DatabaseArg,
        /// The key the database is sealed under now.
        #[arg(long)]
        old_data_key: PathBuf,
        /// The new key (`datakey --out FILE`).
        #[arg(long, env = "MADOGUCHI_DATA_KEY")]
        data_key: PathBuf,
    },
    /// Erasure of expired applications (serve runs it every hour).
    Retention {
        #[command(subcommand)]
        action: RetentionAction,
    },
    /// Write one office's applications accepted on one day (Japan time) to a file (mode 0600),
    /// with the columns of docs/export.md.
    Export {
        #[command(flatten)]
        db: DatabaseArg,
        /// The data key the database is sealed under.
        #[arg(long, env = "MADOGUCHI_DATA_KEY")]
        data_key: PathBuf,
        /// 5-digit office code.
        #[arg(long)]
        office: String,
        /// The day of acceptance, YYYY-MM-DD (Japan time).
        #[arg(long)]
        date: String,
        /// csv (UTF-8 with BOM), csv-sjis (Shift_JIS) or json.
        #[arg(long, default_value = "csv")]
        format: String,
        /// The file to write; an existing file is not replaced.
        #[arg(long)]
        out: PathBuf,
    },
    /// The occupation classification (data/occupations.tsv and its replacements).
    Occupations {
        #[command(subcommand)]
        action: OccupationsAction,
    },
}

#[derive(Subcommand)]
enum OccupationsAction {
    /// Check a replacement classification file: prints its revision and counts, or the line
    /// and problem that make it unusable.
    Check { file: PathBuf },
}

#[derive(Subcommand)]
enum RetentionAction {
    /// Erase now what has expired; prints the counts.
    Run {
        #[command(flatten)]
        db: DatabaseArg,
        #[command(flatten)]
        retention: RetentionArg,
    },
}

#[derive(clap::Args)]
struct RetentionArg {
    /// Days an accepted application is kept after acceptance (never-accepted ones are erased
    /// when their validity ends: the end of the month after next).
    #[arg(long, env = "MADOGUCHI_RETAIN_ACCEPTED_DAYS", default_value_t = retention::DEFAULT_RETAIN_ACCEPTED_DAYS)]
    retain_accepted_days: i64,
}

impl RetentionArg {
    fn policy(&self) -> Result<Policy, String> {
        if self.retain_accepted_days < 1 {
            return Err("--retain-accepted-days must be at least 1".into());
        }
        Ok(Policy {
            retain_accepted: Duration::days(self.retain_accepted_days),
        })
    }
}

#[derive(clap::Args)]
struct DatabaseArg {
    /// sqlite://PATH (created if missing) or postgres://…
    #[arg(long, env = "MADOGUCHI_DATABASE")]
    database: String,
}

#[derive(Subcommand)]
enum OfficeAction {
    Add {
        #[command(flatten)]
        db: DatabaseArg,
        /// 5-digit office code.
        #[arg(long)]
        code: String,
        #[arg(long)]
        name: String,
    },
}

#[derive(Subcommand)]
enum KioskAction {
    /// Register a kiosk (or --count of them) and print the one-time enrolment codes (valid 7
    /// days); --sheet also writes them as a printable page with QR codes.
    Add {
        #[command(flatten)]
        db: DatabaseArg,
        /// 5-digit office code; the office is created if missing.
        #[arg(long)]
        office: String,
        /// Name shown on the fleet page, e.g. "1F ロビー"; with --count, numbered "1F ロビー 01"….
        #[arg(long, default_value = "kiosk")]
        name: String,
        /// Name of the office, when it is created now.
        #[arg(long)]
        office_name: Option<String>,
        /// How many kiosks to register (1 to 500).
        #[arg(long, default_value_t = 1)]
        count: u32,
        /// Write the codes as a printable HTML sheet with QR codes to this file (mode 0600).
        #[arg(long)]
        sheet: Option<std::path::PathBuf>,
        /// The server's URL, printed on the sheet.
        #[arg(long)]
        server_url: Option<String>,
    },
    /// Revoke a kiosk (by its configured id, or the id `kiosk add` printed): its token stops
    /// working at once, and an unused enrolment code with it.
    Revoke {
        #[command(flatten)]
        db: DatabaseArg,
        /// The kiosk's id.
        id: String,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum RoleArg {
    Staff,
    Admin,
}

#[derive(Subcommand)]
enum UserAction {
    /// Add a user. Without --password-stdin a strong password is generated and printed once.
    Add {
        #[command(flatten)]
        db: DatabaseArg,
        #[arg(long)]
        login: String,
        #[arg(long, value_enum, default_value = "staff")]
        role: RoleArg,
        /// The user's office (required for staff).
        #[arg(long)]
        office: Option<String>,
        /// Display name; defaults to the login.
        #[arg(long)]
        name: Option<String>,
        /// Read the password from the first line of standard input.
        #[arg(long)]
        password_stdin: bool,
    },
    /// Disable a user: they cannot sign in, and their sessions end at once.
    Disable {
        #[command(flatten)]
        db: DatabaseArg,
        /// The user's login.
        login: String,
    },
    /// Set a user's password (read from standard input, or generated and printed); every
    /// session of the user ends.
    Password {
        #[command(flatten)]
        db: DatabaseArg,
        #[arg(long)]
        login: String,
        #[arg(long)]
        password_stdin: bool,
    },
}

#[derive(clap::Args)]
struct Serve {
    #[command(flatten)]
    db: DatabaseArg,
    /// The private key file written by `keygen` (mode 0600: refused if others may read it).
    #[arg(long, env = "MADOGUCHI_KEY")]
    key: PathBuf,
    /// The data key that seals personal data in the database (`datakey --out FILE`, mode 0600);
    /// by default data.key beside --key.
    #[arg(long, env = "MADOGUCHI_DATA_KEY")]
    data_key: Option<PathBuf>,
    #[command(flatten)]
    retention: RetentionArg,
    #[arg(long, default_value = "127.0.0.1:8080", env = "MADOGUCHI_LISTEN")]
    listen: SocketAddr,
    /// Where phones and kiosks reach this server; the QR encodes <public-url>/c/<token>.
    #[arg(long, env = "MADOGUCHI_PUBLIC_URL")]
    public_url: String,
    /// SMTP server for email codes: smtp://host:25, smtp://host:587?tls=required, smtps://user:pass@host.
    #[arg(long, env = "MADOGUCHI_SMTP_URL")]
    smtp_url: Option<String>,
    /// Sender address of email codes.
    #[arg(
        long,
        env = "MADOGUCHI_MAIL_FROM",
        default_value = "madoguchi@localhost"
    )]
    mail_from: String,
    /// Write mail as .eml files to this directory instead of sending it.
    #[arg(long)]
    mail_dir: Option<PathBuf>,
    /// Minutes after receipt during which a continuation token (the QR) can be proven on a
    /// phone (5 to 1440). A browser that proved it in time keeps it for 30 minutes more.
    #[arg(long, default_value_t = 120)]
    token_ttl_minutes: i64,
    /// A reverse proxy whose X-Forwarded-For is believed (an address or CIDR, e.g. 10.0.0.0/8;
    /// repeat for several). The client is the right-most X-Forwarded-For entry that is not a
    /// trusted proxy; without this flag the header is ignored.
    #[arg(long = "trusted-proxy", value_name = "CIDR", value_parser = parse_proxy)]
    trusted_proxies: Vec<ipnet::IpNet>,
    /// Minutes after which an unused counter session ends.
    #[arg(long, default_value_t = 30)]
    staff_idle_minutes: i64,
    /// Minutes after which an unused My Page session ends.
    #[arg(long, default_value_t = 60)]
    my_page_idle_minutes: i64,
    /// Demo mode: mail to a directory, a demo office with staff and admin (passwords printed),
    /// and the demo kiosk enrolled.
    #[arg(long)]
    demo: bool,
    /// Demo mode: the folder with the demo kiosk's settings.
    #[arg(long, default_value = "deploy/demo")]
    demo_dir: PathBuf,
    /// Demo mode: also write the demo kiosk's enrolment code to this file (mode 0600), for
    /// `madoguchi-kiosk enroll --code "$(cat FILE)"`. Nothing is written when already enrolled.
    #[arg(long)]
    demo_code_file: Option<PathBuf>,
}

/// `10.0.0.0/8`, or a single address (`192.0.2.1`, `::1`) as a one-address network.
fn parse_proxy(text: &str) -> Result<ipnet::IpNet, String> {
    let text = text.trim();
    text.parse::<ipnet::IpNet>()
        .or_else(|_| text.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
        .map_err(|_| format!("{text} is neither an address nor a CIDR"))
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn")),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("madoguchi-server: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn open(db: &DatabaseArg) -> Result<Db, String> {
    Db::open(&db.database)
        .await
        .map_err(|e| format!("cannot open the database: {e}"))
}

fn read_password_line() -> Result<String, String> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| format!("cannot read the password: {e}"))?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}

async fn run(cli: Cli) -> Result<(), String> {
    let clock = SystemClock;
    match cli.command {
        Command::Keygen { out, force } => keygen(&out, force),
        Command::Office {
            action: OfficeAction::Add { db, code, name },
        } => {
            if !demo::office_code_is_valid(&code) {
                return Err("an office code is 5 digits".into());
            }
            let db = open(&db).await?;
            let created = db
                .ensure_office(&code, &name, clock.unix())
                .await
                .map_err(|e| e.to_string())?;
            println!(
                "{}",
                if created {
                    "office added"
                } else {
                    "office already exists"
                }
            );
            Ok(())
        }
        Command::Kiosk {
            action:
                KioskAction::Add {
                    db,
                    office,
                    name,
                    office_name,
                    count,
                    sheet,
                    server_url,
                },
        } => {
            if !demo::office_code_is_valid(&office) {
                return Err("an office code is 5 digits".into());
            }
            if !(1..=500).contains(&count) {
                return Err("--count is 1 to 500".into());
            }
            let names = if count == 1 {
                vec![name]
            } else {
                enrolment_sheet::batch_names(&name, count)
            };
            let db = open(&db).await?;
            let mut cards = Vec::new();
            for name in names {
                let kiosk = enrolment::add_kiosk(
                    &db,
                    &office,
                    office_name.as_deref(),
                    &name,
                    clock.unix(),
                    &mut secret::os_rng(),
                )
                .await
                .map_err(|e| e.to_string())?;
                let expires = madoguchi_server::clock::format_local(kiosk.expires_at);
                eprintln!(
                    "kiosk {} ({name}) added to office {office}; enrolment code valid until {expires} (JST):",
                    kiosk.id,
                );
                if count == 1 {
                    println!("{}", kiosk.code);
                } else {
                    println!("{name}\t{}", kiosk.code);
                }
                cards.push(enrolment_sheet::SheetCard {
                    name,
                    code: kiosk.code,
                    expires,
                });
            }
            if let Some(path) = sheet {
                let html = enrolment_sheet::sheet_html(&office, server_url.as_deref(), &cards);
                write_private_file(&path, html.as_bytes())
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                eprintln!("sheet written to {}", path.display());
            }
            Ok(())
        }
        Command::User {
            action:
                UserAction::Add {
                    db,
                    login,
                    role,
                    office,
                    name,
                    password_stdin,
                },
        } => {
            let role = match role {
                RoleArg::Staff => Role::Staff,
                RoleArg::Admin => Role::Admin,
            };
            if role == Role::Staff && office.is_none() {
                return Err("staff belong to an office: give --office".into());
            }
            let db = open(&db).await?;
            if let Some(code) = &office {
                if db.office(code).await.map_err(|e| e.to_string())?.is_none() {
                    return Err(format!(
                        "no office {code}: add it with `office add` or `kiosk add`"
                    ));
                }
            }
            let (password, generated) = if password_stdin {
                (read_password_line()?, false)
            } else {
                (secret::password(&mut secret::os_rng()), true)
            };
            auth::check_new_password(&password, &password, &[&login])
                .map_err(|p| format!("password refused: {p}"))?;
            let hash = auth::hash_password(password.clone())
                .await
                .map_err(|e| e.to_string())?;
            let user = User {
                id: secret::id("usr", &mut secret::os_rng()),
                login: login.clone(),
                display_name: name.unwrap_or_else(|| login.clone()),
                role,
                office_code: office,
                password_hash: hash,
            };
            db.add_user(&user, clock.unix())
                .await
                .map_err(|e| match e {
                    madoguchi_server::storage::StorageError::Taken => {
                        format!("the login {login} is taken")
                    }
                    other => other.to_string(),
                })?;
            eprintln!("user {login} added");
            if generated {
                println!("{password}");
            }
            Ok(())
        }
        Command::Kiosk {
            action: KioskAction::Revoke { db, id },
        } => {
            let db = open(&db).await?;
            if auth::revoke_kiosk(&db, &id, clock.unix())
                .await
                .map_err(|e| e.to_string())?
            {
                eprintln!("kiosk {id} revoked");
                Ok(())
            } else {
                Err(format!("no active kiosk {id}"))
            }
        }
        Command::User {
            action: UserAction::Disable { db, login },
        } => {
            let db = open(&db).await?;
            if auth::disable_user(&db, &login, clock.unix())
                .await
                .map_err(|e| e.to_string())?
            {
                eprintln!("user {login} disabled; their sessions have ended");
                Ok(())
            } else {
                Err(format!("no active user {login}"))
            }
        }
        Command::User {
            action:
                UserAction::Password {
                    db,
                    login,
                    password_stdin,
                },
        } => {
            let db = open(&db).await?;
            let (password, generated) = if password_stdin {
                (read_password_line()?, false)
            } else {
                (secret::password(&mut secret::os_rng()), true)
            };
            auth::check_new_password(&password, &password, &[&login])
                .map_err(|p| format!("password refused: {p}"))?;
            if !auth::change_staff_password(&db, &login, password.clone())
                .await
                .map_err(|e| e.to_string())?
            {
                return Err(format!("no user {login}"));
            }
            eprintln!("password of {login} set; their sessions have ended");
            if generated {
                println!("{password}");
            }
            Ok(())
        }
        Command::Serve(serve) => run_server(*serve).await,
        Command::Datakey { out } => {
            let key = DataKey::generate(&mut secret::os_rng());
            key.write_new(&out).map_err(|e| e.to_string())?;
            eprintln!("wrote {} (data key, mode 0600)", out.display());
            println!("{}", key.id());
            Ok(())
        }
        Command::Rekey {
            db,
            old_data_key,
            data_key,
        } => {
            let old = DataKey::read(&old_data_key).map_err(|e| e.to_string())?;
            let new = DataKey::read(&data_key).map_err(|e| e.to_string())?;
            if old.id() == new.id() {
                return Err("the old and the new data key are the same".into());
            }
            let (old_id, new_id) = (old.id().to_owned(), new.id().to_owned());
            let db = Db::open_sealed(&db.database, Keyring::new(new).with_old(old))
                .await
                .map_err(|e| format!("cannot open the database: {e}"))?;
            let done = db.rekey().await.map_err(|e| e.to_string())?;
            db.close().await;
            eprintln!(
                "rekeyed from {old_id} to {new_id}: {} rows sealed again, {} rate-limit buckets dropped",
                done.rows, done.rate_buckets
            );
            Ok(())
        }
        Command::Export {
            db,
            data_key,
            office,
            date,
            format,
            out,
        } => export(&db, &data_key, &office, &date, &format, &out).await,
        Command::Occupations {
            action: OccupationsAction::Check { file },
        } => occupations_check(&file),
        Command::Retention {
            action: RetentionAction::Run { db, retention },
        } => {
            let policy = retention.policy()?;
            let db = open(&db).await?;
            let erased = retention::run(&db, &policy, clock.unix())
                .await
                .map_err(|e| e.to_string())?;
            db.close().await;
            println!(
                "erased {} never-accepted and {} accepted applications",
                erased.unaccepted, erased.accepted
            );
            Ok(())
        }
    }
}

/// `export`: the file holds personal data, so it is created new with mode 0600; what is printed
/// is counts, the file name and where Shift_JIS replaced characters, never a value.
async fn export(
    db: &DatabaseArg,
    data_key: &Path,
    office: &str,
    date: &str,
    format: &str,
    out: &Path,
) -> Result<(), String> {
    use std::os::unix::fs::OpenOptionsExt as _;
    let format = madoguchi_server::export::Format::from_code(format)
        .ok_or_else(|| format!("--format must be csv, csv-sjis or json, not {format}"))?;
    let day = time::Date::parse(
        date,
        time::macros::format_description!("[year]-[month]-[day]"),
    )
    .map_err(|_| format!("--date must be YYYY-MM-DD, not {date}"))?;
    let key = DataKey::read(data_key).map_err(|e| e.to_string())?;
    let db = Db::open_sealed(&db.database, Keyring::new(key))
        .await
        .map_err(|e| format!("cannot open the database: {e}"))?;
    if db
        .office(office)
        .await
        .map_err(|e| e.to_string())?
        .is_none()
    {
        return Err(format!("no office {office}"));
    }
    let done = madoguchi_server::export::export(&db, office, day, format)
        .await
        .map_err(|e| e.to_string())?;
    db.close().await;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(out)
        .map_err(|e| format!("cannot create {} (it must not exist): {e}", out.display()))?;
    file.write_all(&done.bytes)
        .and_then(|()| file.sync_all())
        .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    eprintln!(
        "wrote {} applications of office {office} accepted on {day} to {}",
        done.rows,
        out.display()
    );
    if !done.replaced.is_empty() {
        eprintln!(
            "warning: Shift_JIS cannot hold {} characters; they are written as {} in:",
            done.replaced_total(),
            madoguchi_server::export::SJIS_MARKER
        );
        for r in &done.replaced {
            eprintln!("  {r}");
        }
    }
    Ok(())
}

/// `occupations check FILE`.
fn occupations_check(file: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let table = madoguchi_core::occupation::Classification::from_tsv(&text)
        .map_err(|e| format!("{}: {e}", file.display()))?;
    println!("{}: {}", file.display(), table.summary());
    Ok(())
}

fn keygen(out: &Path, force: bool) -> Result<(), String> {
    use std::os::unix::fs::OpenOptionsExt as _;
    std::fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let (private, public) = generate_keypair(&mut secret::os_rng());
    let key_path = out.join("server.key");
    let pub_path = out.join("server.pub");
    let mut options = std::fs::OpenOptions::new();
    options.write(true).mode(0o600);
    if force {
        options.create(true).truncate(true);
        // An existing file keeps its mode on truncate; make sure it is private.
        if key_path.exists() {
            use std::os::unix::fs::PermissionsExt as _;
            std::fs::set_permissions(&key_path, std::fs::Permissions::from_mode(0o600))
                .map_err(|e| format!("cannot restrict {}: {e}", key_path.display()))?;
        }
    } else {
        options.create_new(true);
    }
    let mut file = options.open(&key_path).map_err(|e| {
        format!(
            "cannot write {} (use --force to replace): {e}",
            key_path.display()
        )
    })?;
    writeln!(file, "{}", private.to_base64()).map_err(|e| e.to_string())?;
    file.sync_all().map_err(|e| e.to_string())?;
    std::fs::write(&pub_path, format!("{}\n", public.to_base64())).map_err(|e| e.to_string())?;
    eprintln!(
        "wrote {} (private, mode 0600) and {}",
        key_path.display(),
        pub_path.display()
    );
    let data_path = out.join("data.key");
    if data_path.exists() {
        eprintln!(
            "kept {} (a data key is never replaced)",
            data_path.display()
        );
    } else {
        DataKey::generate(&mut secret::os_rng())
            .write_new(&data_path)
            .map_err(|e| e.to_string())?;
        eprintln!("wrote {} (data key, mode 0600)", data_path.display());
    }
    // The public key on stdout (for scripts); the fingerprint for people, who type it at each
    // kiosk's enrolment (`madoguchi-kiosk enroll --server-fingerprint …`) to pin this server.
    eprintln!("fingerprint: {}", public.fingerprint());
    println!("{}", public.to_base64());
    Ok(())
}

fn read_key(path: &Path) -> Result<PrivateKey, String> {
    sealed::check_private(path).map_err(|e| e.to_string())?;
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read the key {}: {e}", path.display()))?;
    PrivateKey::from_base64(&text)
        .map_err(|_| format!("{} is not a server private key", path.display()))
}

async fn run_server(serve: Serve) -> Result<(), String> {
    let key = read_key(&serve.key)?;
    let policy = serve.retention.policy()?;
    let data_key_path = serve
        .data_key
        .clone()
        .unwrap_or_else(|| serve.key.with_file_name("data.key"));
    let data_key = DataKey::read(&data_key_path).map_err(|e| e.to_string())?;
    let db = Db::open_sealed(&serve.db.database, Keyring::new(data_key))
        .await
        .map_err(|e| format!("cannot open the database: {e}"))?;
    let mut settings = Settings::new(&serve.public_url);
    settings.token_ttl = Duration::minutes(serve.token_ttl_minutes.clamp(5, 24 * 60));
    settings.trusted_proxies = serve.trusted_proxies.clone();
    settings.staff_idle = Duration::minutes(serve.staff_idle_minutes.clamp(1, 24 * 60));
    settings.my_page_idle = Duration::minutes(serve.my_page_idle_minutes.clamp(1, 24 * 60));
    settings.demo = serve.demo;
    let mailer = match (&serve.smtp_url, &serve.mail_dir, serve.demo) {
        (Some(url), _, _) => Mailer::smtp(url, &serve.mail_from),
        (None, Some(dir), _) => Mailer::directory(dir, &serve.mail_from),
        (None, None, true) => Mailer::directory("demo-mail", &serve.mail_from),
        (None, None, false) => {
            return Err("give --smtp-url (or --mail-dir to write mail to files)".into())
        }
    }
    .map_err(|e| e.to_string())?;
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let state = AppState::new(db.clone(), key, settings, clock.clone(), mailer);
    if serve.demo {
        let report = demo::seed(&state, &serve.demo_dir, serve.demo_code_file.as_deref())
            .await
            .map_err(|e| format!("demo setup failed: {e}"))?;
        for line in report {
            println!("{line}");
        }
    }
    let listener = tokio::net::TcpListener::bind(serve.listen)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", serve.listen))?;
    tracing::info!(
        "listening on http://{} (public URL {})",
        serve.listen,
        serve.public_url
    );
    let retention_job = retention::spawn(db.clone(), clock, policy);
    let app = madoguchi_server::app(state).into_make_service_with_connect_info::<SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown())
        .await
        .map_err(|e| format!("server failed: {e}"))?;
    retention_job.abort();
    db.close().await;
    Ok(())
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("shutting down");
}

/// Writes `bytes` to `path`, readable by its owner only (enrolment codes are secrets until used).
fn write_private_file(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write as _;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    options.open(path)?.write_all(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trusted_proxies_are_cidrs_or_single_addresses() {
        let net = |t: &str| parse_proxy(t).map(|n| n.to_string());
        assert_eq!(net("10.0.0.0/8").as_deref(), Ok("10.0.0.0/8"));
        assert_eq!(net(" 192.0.2.1 ").as_deref(), Ok("192.0.2.1/32"));
        assert_eq!(net("::1").as_deref(), Ok("::1/128"));
        assert!(parse_proxy("proxy.example").is_err());
        assert!(parse_proxy("10.0.0.0/33").is_err());
    }

    #[test]
    fn the_revocation_commands_parse() {
        let cli = Cli::try_parse_from([
            "madoguchi-server",
            "user",
            "disable",
            "tanaka",
            "--database",
            "sqlite://x.db",
        ]);
        assert!(matches!(
            cli.map(|c| c.command),
            Ok(Command::User {
                action: UserAction::Disable { .. }
            })
        ));
        let cli = Cli::try_parse_from([
            "madoguchi-server",
            "kiosk",
            "revoke",
            "iidabashi-01",
            "--database",
            "sqlite://x.db",
        ]);
        assert!(matches!(
            cli.map(|c| c.command),
            Ok(Command::Kiosk {
                action: KioskAction::Revoke { .. }
            })
        ));
    }
}
