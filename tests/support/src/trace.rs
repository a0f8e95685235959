//! Tracing for test binaries and test hosts: `RUST_LOG` when set, else `info`, to stderr (where
//! the harnesses that start them read it); or, for a test suite whose logs are themselves under
//! test, every event at every level appended to a file.

/// Installs the subscriber once; later calls (and a subscriber already set) are ignored.
pub fn init() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

/// When the environment variable `var` names a file, one global subscriber appends every event
/// of every level to it, without colours; otherwise (or when the file cannot be opened, or a
/// subscriber is already set) nothing happens. Safe to call from every test.
pub fn capture_to_file_from(var: &str) {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let Some(path) = std::env::var_os(var) else {
            return;
        };
        let Ok(file) = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
        else {
            return;
        };
        let _ = tracing_subscriber::fmt()
            .with_max_level(tracing_subscriber::filter::LevelFilter::TRACE)
            .with_ansi(false)
            .with_writer(std::sync::Mutex::new(file))
            .try_init();
    });
}
