//! `madoguchi-server`: parses flags, opens the database and serves [`madoguchi_server::app`];
//! the administrative commands (keygen, office/kiosk/user add) live here too.

use std::io::{BufRead as _, Write as _};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand, ValueEnum};
use madoguchi_core::envelope::{generate_keypair, PrivateKey};
use madoguchi_server::clock::{Clock, SystemClock};
use madoguchi_server::mail::Mailer;
use madoguchi_server::storage::{Db, Role, User};
use madoguchi_server::{auth, demo, enrolment, secret, AppState, Settings};
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
    /// Write a new server key pair: DIR/server.key (mode 0600) and DIR/server.pub; prints the
    /// public key, and its fingerprint for kiosk enrolment (`--server-fingerprint`).
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
    Serve(Serve),
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
    /// Register a kiosk and print its one-time enrolment code (valid 7 days).
    Add {
        #[command(flatten)]
        db: DatabaseArg,
        /// 5-digit office code; the office is created if missing.
        #[arg(long)]
        office: String,
        /// Name shown on the fleet page, e.g. "1F ロビー".
        #[arg(long)]
        name: String,
        /// Name of the office, when it is created now.
        #[arg(long)]
        office_name: Option<String>,
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
    /// Set a user's password (read from standard input, or generated and printed).
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
    /// The private key file written by `keygen`.
    #[arg(long, env = "MADOGUCHI_KEY")]
    key: PathBuf,
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
    /// Days a continuation token (the QR) stays valid.
    #[arg(long, default_value_t = 14)]
    token_ttl_days: i64,
    /// Take the client address from X-Forwarded-For (only behind a trusted reverse proxy).
    #[arg(long)]
    trust_forwarded_for: bool,
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
                },
        } => {
            if !demo::office_code_is_valid(&office) {
                return Err("an office code is 5 digits".into());
            }
            let db = open(&db).await?;
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
            eprintln!(
                "kiosk {} added to office {office}; enrolment code valid until {} (JST):",
                kiosk.id,
                madoguchi_server::clock::format_local(kiosk.expires_at)
            );
            println!("{}", kiosk.code);
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
            let hash = auth::hash_password(password.clone())
                .await
                .map_err(|e| e.to_string())?;
            if !db
                .set_user_password(&login, &hash)
                .await
                .map_err(|e| e.to_string())?
            {
                return Err(format!("no user {login}"));
            }
            if generated {
                println!("{password}");
            }
            Ok(())
        }
        Command::Serve(serve) => run_server(serve).await,
    }
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
    // The public key on stdout (for scripts); the fingerprint for people, who type it at each
    // kiosk's enrolment (`madoguchi-kiosk enroll --server-fingerprint …`) to pin this server.
    eprintln!("fingerprint: {}", public.fingerprint());
    println!("{}", public.to_base64());
    Ok(())
}

fn read_key(path: &Path) -> Result<PrivateKey, String> {
    use std::os::unix::fs::PermissionsExt as _;
    let meta = std::fs::metadata(path)
        .map_err(|e| format!("cannot read the key {}: {e}", path.display()))?;
    if meta.permissions().mode() & 0o077 != 0 {
        tracing::warn!(
            "{} is readable by others; run chmod 600 on it",
            path.display()
        );
    }
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read the key {}: {e}", path.display()))?;
    PrivateKey::from_base64(&text)
        .map_err(|_| format!("{} is not a server private key", path.display()))
}

async fn run_server(serve: Serve) -> Result<(), String> {
    let key = read_key(&serve.key)?;
    let db = open(&serve.db).await?;
    let mut settings = Settings::new(&serve.public_url);
    settings.token_ttl = Duration::days(serve.token_ttl_days.clamp(1, 90));
    settings.trust_forwarded_for = serve.trust_forwarded_for;
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
    let state = AppState::new(db.clone(), key, settings, clock, mailer);
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
    let app = madoguchi_server::app(state).into_make_service_with_connect_info::<SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown())
        .await
        .map_err(|e| format!("server failed: {e}"))?;
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
