//! Spoken guidance (音声案内): the kiosk reads its screens, fields, findings and the keys pressed
//! aloud through its own audio output (the headphone socket), for visitors who cannot read the
//! screen well. Nothing leaves the machine: the engines are local programs, the sound goes to
//! ALSA, and no file is written.
//!
//! Each language's engine is the `speech` column of `locales/languages.tsv`: Japanese (日本語,
//! やさしい日本語) with Open JTalk (Debian's `open-jtalk`, its dictionary
//! `open-jtalk-mecab-naist-jdic`, and the HTS voice 「メイ」 that `scripts/fetch-voice` installs),
//! every other language with eSpeak NG and the voice named there.
//!
//! How an utterance is spoken: the engine runs as a child process with the text on its standard
//! input (never in its arguments, which `ps` shows to every user) and the WAV on its standard
//! output, kept in memory; `aplay` plays it from its standard input. One worker thread does this,
//! so a command only queues and returns: the UI's thread never waits for sound.
//!
//! Promises:
//! - A new utterance interrupts the one being spoken and drops those waiting (the visitor has
//!   moved on), unless it is queued after them ([`Speech::speak`]'s `after`); [`Speech::stop`]
//!   silences at once; [`Speech::forget`] (the reset after each visitor) stops and also clears
//!   the log.
//! - The spoken text is personal data (it reads the values of fields): it is never logged nor
//!   put in an error. Failures are logged by kind only.
//! - A missing engine, voice or sound card is a [`SpeechError`], logged once per kind; the kiosk
//!   goes on without sound. Nothing here panics.
//! - The last [`LOG_LINES`] utterances asked for are kept in memory ([`Speech::log`], the
//!   `spoken_log` command) so the end-to-end suite can check what a walk says; the reset clears
//!   them.

use std::collections::{BTreeSet, VecDeque};
use std::io::{Read as _, Write as _};
use std::path::PathBuf;
use std::process::{Child, ChildStdout, Command, Stdio};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use madoguchi_core::kiosk_api::SpokenLine;
use madoguchi_core::Language;
use serde::Deserialize;

/// Utterances kept for `spoken_log`.
pub const LOG_LINES: usize = 100;

/// Longest text given to an engine, in bytes (a screen's instructions are far shorter); it also
/// keeps the text within one pipe buffer, so writing it never waits on the engine.
pub const MAX_TEXT_BYTES: usize = 4000;

/// Where Open JTalk's voice is installed by `scripts/fetch-voice`.
pub const DEFAULT_VOICE: &str = "/usr/share/madoguchi/voice/mei_normal.htsvoice";
/// Debian's `open-jtalk-mecab-naist-jdic`.
pub const DEFAULT_DICTIONARY: &str = "/var/lib/mecab/dic/open-jtalk/naist-jdic";

/// The `[speech]` table of the kiosk's configuration.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct SpeechConfig {
    /// Open JTalk's HTS voice (`.htsvoice`).
    #[serde(default = "default_voice")]
    pub voice: PathBuf,
    /// Open JTalk's dictionary folder.
    #[serde(default = "default_dictionary")]
    pub dictionary: PathBuf,
    /// The ALSA device `aplay -D` plays on: `default`, a headphone device such as
    /// `plughw:CARD=PCH,DEV=0`, or `null` for silence (test hosts).
    #[serde(default = "default_device")]
    pub device: String,
}

fn default_voice() -> PathBuf {
    PathBuf::from(DEFAULT_VOICE)
}
fn default_dictionary() -> PathBuf {
    PathBuf::from(DEFAULT_DICTIONARY)
}
fn default_device() -> String {
    "default".to_owned()
}

impl Default for SpeechConfig {
    fn default() -> Self {
        SpeechConfig {
            voice: default_voice(),
            dictionary: default_dictionary(),
            device: default_device(),
        }
    }
}

/// The synthesiser of one language, from its `speech` column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    OpenJTalk,
    /// eSpeak NG with this voice (`en`, `cmn`, `pt-br`).
    EspeakNg(&'static str),
}

impl Engine {
    /// The engine `languages.tsv` names for `language` (the build refuses any other value).
    pub fn of(language: Language) -> Engine {
        match language.info().speech.split_once(':') {
            Some(("espeak-ng", voice)) => Engine::EspeakNg(voice),
            _ => Engine::OpenJTalk,
        }
    }

    /// The program run.
    pub fn program(self) -> &'static str {
        match self {
            Engine::OpenJTalk => "open_jtalk",
            Engine::EspeakNg(_) => "espeak-ng",
        }
    }
}

/// Why an utterance was not heard. Never holds the text.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SpeechError {
    #[error("{program} is not installed")]
    Missing { program: &'static str },
    #[error("Open JTalk's {what} is missing at {path} (scripts/setup installs it)")]
    NoVoice { what: &'static str, path: PathBuf },
    #[error("{program} could not run: {source}")]
    Io {
        program: &'static str,
        source: std::io::Error,
    },
    #[error("{program} failed ({status})")]
    Failed {
        program: &'static str,
        status: String,
    },
    #[error("{program} gave no sound")]
    Silent { program: &'static str },
}

impl SpeechError {
    /// A short kind for the log (one warning per kind).
    pub fn kind(&self) -> String {
        match self {
            SpeechError::Missing { program } => format!("missing {program}"),
            SpeechError::NoVoice { what, .. } => format!("no {what}"),
            SpeechError::Io { program, .. } => format!("io {program}"),
            SpeechError::Failed { program, .. } => format!("failed {program}"),
            SpeechError::Silent { program } => format!("silent {program}"),
        }
    }
}

fn io_error(program: &'static str) -> impl Fn(std::io::Error) -> SpeechError {
    move |source| {
        if source.kind() == std::io::ErrorKind::NotFound {
            SpeechError::Missing { program }
        } else {
            SpeechError::Io { program, source }
        }
    }
}

/// The text cut to [`MAX_TEXT_BYTES`] at a character boundary, on one line (Open JTalk reads a
/// line as a sentence).
fn bounded(text: &str) -> String {
    let mut end = text.len().min(MAX_TEXT_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end]
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// The engine's command for `language`, reading the text on stdin and writing a WAV on stdout.
fn engine_command(config: &SpeechConfig, engine: Engine) -> Result<Command, SpeechError> {
    let mut command = Command::new(engine.program());
    match engine {
        Engine::OpenJTalk => {
            if !config.voice.is_file() {
                return Err(SpeechError::NoVoice {
                    what: "voice",
                    path: config.voice.clone(),
                });
            }
            if !config.dictionary.is_dir() {
                return Err(SpeechError::NoVoice {
                    what: "dictionary",
                    path: config.dictionary.clone(),
                });
            }
            command
                .arg("-x")
                .arg(&config.dictionary)
                .arg("-m")
                .arg(&config.voice)
                .args(["-ow", "/dev/stdout"]);
        }
        Engine::EspeakNg(voice) => {
            command.args(["-v", voice, "--stdin", "--stdout"]);
        }
    }
    command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    Ok(command)
}

/// Synthesises `text` in `language` to a WAV in memory (no player, no queue): the tests' way in.
pub fn synthesise(
    config: &SpeechConfig,
    text: &str,
    language: Language,
) -> Result<Vec<u8>, SpeechError> {
    let engine = Engine::of(language);
    let mut child = engine_command(config, engine)?
        .spawn()
        .map_err(io_error(engine.program()))?;
    let stdout = feed(&mut child, &bounded(text), engine.program())?;
    let wav = read_all(stdout, engine.program());
    let status = child.wait().map_err(io_error(engine.program()))?;
    if !status.success() {
        return Err(SpeechError::Failed {
            program: engine.program(),
            status: status.to_string(),
        });
    }
    finished(engine.program(), wav?)
}

/// Writes the text to the child's stdin and closes it; hands back its stdout.
fn feed(child: &mut Child, text: &str, program: &'static str) -> Result<ChildStdout, SpeechError> {
    let mut stdin = child.stdin.take().ok_or(SpeechError::Failed {
        program,
        status: "no stdin".into(),
    })?;
    let written = stdin
        .write_all(text.as_bytes())
        .and_then(|()| stdin.write_all(b"\n"));
    drop(stdin);
    let stdout = child.stdout.take().ok_or(SpeechError::Failed {
        program,
        status: "no stdout".into(),
    });
    if let Err(e) = written {
        let _ = child.kill();
        let _ = child.wait();
        return Err(io_error(program)(e));
    }
    stdout
}

fn read_all(mut stdout: ChildStdout, program: &'static str) -> Result<Vec<u8>, SpeechError> {
    let mut wav = Vec::new();
    stdout
        .read_to_end(&mut wav)
        .map_err(io_error(program))
        .map(|_| wav)
}

/// The engine's output, if it holds any sound, with its header made exact.
fn finished(program: &'static str, mut wav: Vec<u8>) -> Result<Vec<u8>, SpeechError> {
    if wav.len() <= 44 {
        return Err(SpeechError::Silent { program });
    }
    fix_stream_header(&mut wav);
    Ok(wav)
}

/// eSpeak NG writing to a pipe cannot seek back, so its header says "as long as possible"
/// (0x7ffff000): the sizes are written here from the bytes actually read, so every reader (sox,
/// players) takes the WAV as it is. A WAV whose data chunk is not found is left alone.
pub fn fix_stream_header(wav: &mut [u8]) {
    if wav.len() < 12 || &wav[0..4] != b"RIFF" || &wav[8..12] != b"WAVE" {
        return;
    }
    let total = u32::try_from(wav.len() - 8).unwrap_or(u32::MAX);
    wav[4..8].copy_from_slice(&total.to_le_bytes());
    let mut at = 12;
    while at + 8 <= wav.len() {
        let size = u32::from_le_bytes([wav[at + 4], wav[at + 5], wav[at + 6], wav[at + 7]]);
        if &wav[at..at + 4] == b"data" {
            let data = u32::try_from(wav.len() - at - 8).unwrap_or(u32::MAX);
            wav[at + 4..at + 8].copy_from_slice(&data.to_le_bytes());
            return;
        }
        let step = usize::try_from(size).unwrap_or(usize::MAX);
        at = at
            .saturating_add(8)
            .saturating_add(step)
            .saturating_add(step % 2);
    }
}

/// One utterance waiting to be spoken.
struct Job {
    text: String,
    language: Language,
    /// The [`Queue::generation`] it was asked in; a stop or an interruption moves on.
    generation: u64,
}

#[derive(Default)]
struct Queue {
    jobs: VecDeque<Job>,
    generation: u64,
    closed: bool,
}

/// The pipes of the child just started.
struct Pipes {
    stdin: Option<std::process::ChildStdin>,
    stdout: Option<ChildStdout>,
}

struct Shared {
    config: SpeechConfig,
    queue: Mutex<Queue>,
    wake: Condvar,
    /// The engine or player now running, so a stop can kill it.
    current: Mutex<Option<Child>>,
    log: Mutex<VecDeque<SpokenLine>>,
    /// The kinds of failure already logged (a missing engine is said once, not per key).
    reported: Mutex<BTreeSet<String>>,
}

fn locked<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic while holding one of these leaves sound data: go on with it.
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Shared {
    fn generation(&self) -> u64 {
        locked(&self.queue).generation
    }

    /// Spawns `command` as the current child unless `generation` has passed (a stop came first).
    fn start(
        &self,
        command: &mut Command,
        program: &'static str,
        generation: u64,
    ) -> Result<Option<Pipes>, SpeechError> {
        let mut current = locked(&self.current);
        if self.generation() != generation {
            return Ok(None);
        }
        let mut child = command.spawn().map_err(io_error(program))?;
        let pipes = Pipes {
            stdin: child.stdin.take(),
            stdout: child.stdout.take(),
        };
        *current = Some(child);
        Ok(Some(pipes))
    }

    /// Waits for the current child without holding the lock, so a stop can kill it meanwhile.
    fn wait_current(&self, program: &'static str) -> Result<(), SpeechError> {
        loop {
            {
                let mut current = locked(&self.current);
                let Some(child) = current.as_mut() else {
                    return Ok(());
                };
                if let Some(status) = child.try_wait().map_err(io_error(program))? {
                    *current = None;
                    return if status.success() {
                        Ok(())
                    } else {
                        Err(SpeechError::Failed {
                            program,
                            status: status.to_string(),
                        })
                    };
                }
            }
            std::thread::sleep(Duration::from_millis(15));
        }
    }

    fn kill_current(&self) {
        if let Some(mut child) = locked(&self.current).take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Synthesises and plays one job; an interruption ends it quietly.
    fn say(&self, job: &Job) -> Result<(), SpeechError> {
        let engine = Engine::of(job.language);
        let program = engine.program();
        let mut command = engine_command(&self.config, engine)?;
        let Some(Pipes { stdin, stdout }) = self.start(&mut command, program, job.generation)?
        else {
            return Ok(());
        };
        let stdout = stdout.ok_or(SpeechError::Failed {
            program,
            status: "no stdout".into(),
        })?;
        if let Some(mut stdin) = stdin {
            let text = bounded(&job.text);
            let _ = stdin
                .write_all(text.as_bytes())
                .and_then(|()| stdin.write_all(b"\n"));
        }
        let wav = read_all(stdout, program);
        let waited = self.wait_current(program);
        if self.generation() != job.generation {
            return Ok(());
        }
        waited?;
        let wav = finished(program, wav?)?;
        self.play(wav, job.generation)
    }

    fn play(&self, wav: Vec<u8>, generation: u64) -> Result<(), SpeechError> {
        let mut command = Command::new("aplay");
        command
            .args(["-q", "-D", &self.config.device, "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let Some(Pipes { stdin, .. }) = self.start(&mut command, "aplay", generation)? else {
            return Ok(());
        };
        // aplay reads as it plays: the writing runs beside the waiting, and ends (broken pipe)
        // when a stop kills the player.
        let writer = stdin.map(|mut stdin| {
            std::thread::spawn(move || {
                let _ = stdin.write_all(&wav);
            })
        });
        let waited = self.wait_current("aplay");
        if let Some(writer) = writer {
            let _ = writer.join();
        }
        if self.generation() != generation {
            return Ok(());
        }
        waited
    }

    fn report(&self, error: &SpeechError, language: Language) {
        if locked(&self.reported).insert(error.kind()) {
            tracing::warn!(language = language.code(), "spoken guidance: {error}");
        }
    }

    fn run(self: Arc<Self>) {
        loop {
            let job = {
                let mut queue = locked(&self.queue);
                loop {
                    if queue.closed {
                        return;
                    }
                    if let Some(job) = queue.jobs.pop_front() {
                        break job;
                    }
                    queue = self
                        .wake
                        .wait(queue)
                        .unwrap_or_else(PoisonError::into_inner);
                }
            };
            if let Err(e) = self.say(&job) {
                self.report(&e, job.language);
            }
        }
    }
}

/// The kiosk's voice: a queue, one worker thread, and the log of what was asked.
pub struct Speech {
    shared: Arc<Shared>,
}

impl Speech {
    /// Starts the worker (it sleeps until there is something to say).
    pub fn start(config: SpeechConfig) -> Speech {
        let shared = Arc::new(Shared {
            config,
            queue: Mutex::default(),
            wake: Condvar::new(),
            current: Mutex::default(),
            log: Mutex::default(),
            reported: Mutex::default(),
        });
        let worker = Arc::clone(&shared);
        let spawned = std::thread::Builder::new()
            .name("speech".into())
            .spawn(move || worker.run());
        if let Err(e) = spawned {
            tracing::warn!("spoken guidance: no worker thread: {e}");
        }
        Speech { shared }
    }

    /// Says `text` in `language`: at once, interrupting what is being said and dropping what
    /// waits, or, with `after`, when what is queued has been said. Returns at once.
    pub fn speak(&self, text: &str, language: Language, after: bool) {
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        {
            let mut log = locked(&self.shared.log);
            if log.len() == LOG_LINES {
                log.pop_front();
            }
            log.push_back(SpokenLine {
                text: text.to_owned(),
                language,
            });
        }
        let interrupt = {
            let mut queue = locked(&self.shared.queue);
            if !after {
                queue.generation += 1;
                queue.jobs.clear();
            }
            let generation = queue.generation;
            queue.jobs.push_back(Job {
                text: text.to_owned(),
                language,
                generation,
            });
            !after
        };
        if interrupt {
            self.shared.kill_current();
        }
        self.shared.wake.notify_one();
    }

    /// Silence now: what is said stops, what waits is dropped.
    pub fn stop(&self) {
        {
            let mut queue = locked(&self.shared.queue);
            queue.generation += 1;
            queue.jobs.clear();
        }
        self.shared.kill_current();
    }

    /// The reset after a visitor: silence, and the log of what was said forgotten.
    pub fn forget(&self) {
        self.stop();
        locked(&self.shared.log).clear();
    }

    /// What was asked to be said since the last reset, oldest first (at most [`LOG_LINES`]).
    pub fn log(&self) -> Vec<SpokenLine> {
        locked(&self.shared.log).iter().cloned().collect()
    }
}

#[cfg(test)]
impl Speech {
    /// An engine or a player is running.
    fn busy(&self) -> bool {
        locked(&self.shared.current).is_some()
    }
}

impl Drop for Speech {
    fn drop(&mut self) {
        locked(&self.shared.queue).closed = true;
        self.stop();
        self.shared.wake.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn language(code: &str) -> Language {
        Language::from_code(code).expect("a language of the table")
    }

    #[test]
    fn every_language_has_an_engine_and_japanese_has_open_jtalk() {
        assert_eq!(Engine::of(language("ja")), Engine::OpenJTalk);
        assert_eq!(Engine::of(language("ja-easy")), Engine::OpenJTalk);
        assert_eq!(Engine::of(language("en")), Engine::EspeakNg("en"));
        assert_eq!(Engine::of(language("pt-BR")), Engine::EspeakNg("pt-br"));
        for l in Language::all() {
            let engine = Engine::of(l);
            if !l.code().starts_with("ja") {
                assert!(
                    matches!(engine, Engine::EspeakNg(v) if !v.is_empty()),
                    "{}",
                    l.code()
                );
            }
        }
    }

    #[test]
    fn a_streamed_header_gets_the_real_sizes() {
        let mut wav = Vec::new();
        wav.extend_from_slice(b"RIFF");
        wav.extend_from_slice(&0x7fff_f024_u32.to_le_bytes());
        wav.extend_from_slice(b"WAVEfmt ");
        wav.extend_from_slice(&16_u32.to_le_bytes());
        wav.extend_from_slice(&[0; 16]);
        wav.extend_from_slice(b"data");
        wav.extend_from_slice(&0x7fff_f000_u32.to_le_bytes());
        wav.extend_from_slice(&[1, 2, 3, 4, 5, 6]);
        fix_stream_header(&mut wav);
        assert_eq!(u32::from_le_bytes([wav[4], wav[5], wav[6], wav[7]]), 42);
        assert_eq!(u32::from_le_bytes([wav[40], wav[41], wav[42], wav[43]]), 6);
        // Not a WAV: untouched.
        let mut other = b"not a wav at all".to_vec();
        fix_stream_header(&mut other);
        assert_eq!(other, b"not a wav at all");
    }

    #[test]
    fn text_is_bounded_at_a_character_and_kept_on_one_line() {
        let long = "あ".repeat(MAX_TEXT_BYTES);
        let cut = bounded(&long);
        assert!(cut.len() <= MAX_TEXT_BYTES && cut.chars().all(|c| c == 'あ'));
        assert_eq!(bounded("一行目\n二行目"), "一行目 二行目");
    }

    #[test]
    fn a_missing_voice_is_an_error_not_a_panic() {
        let config = SpeechConfig {
            voice: "/nonexistent/voice.htsvoice".into(),
            ..SpeechConfig::default()
        };
        let err = synthesise(&config, "テスト", language("ja")).expect_err("no voice");
        assert!(matches!(err, SpeechError::NoVoice { .. }), "{err}");
        assert!(!err.to_string().contains("テスト"));
    }

    #[test]
    fn a_missing_program_is_named_by_kind() {
        let err = Command::new("madoguchi-no-such-engine")
            .spawn()
            .map_err(io_error("madoguchi-no-such-engine"))
            .expect_err("no such program");
        assert_eq!(err.kind(), "missing madoguchi-no-such-engine");
    }

    /// The queue and the log without sound: the worker may fail (no engine on this machine,
    /// or the null device), the log still holds what was asked, in order, and the reset clears
    /// it.
    #[test]
    fn the_log_keeps_what_was_asked_until_the_reset() {
        let speech = Speech::start(SpeechConfig {
            device: "null".into(),
            ..SpeechConfig::default()
        });
        speech.speak("音声案内をオンにしました。", language("ja"), false);
        speech.speak("  ", language("ja"), false);
        speech.speak("Basic information", language("en"), true);
        speech.stop();
        let log = speech.log();
        assert_eq!(log.len(), 2);
        assert_eq!(log[0].text, "音声案内をオンにしました。");
        assert_eq!(log[1].language, language("en"));
        for n in 0..LOG_LINES + 5 {
            speech.speak(&format!("{n}"), language("en"), true);
        }
        speech.stop();
        assert_eq!(speech.log().len(), LOG_LINES);
        assert_eq!(
            speech.log()[LOG_LINES - 1].text,
            format!("{}", LOG_LINES + 4)
        );
        speech.forget();
        assert!(speech.log().is_empty());
    }

    /// Synthesis through the real engines, checked with sox: long enough and not silent. CI
    /// installs the engines and the voice (`scripts/setup`) and sets `MADOGUCHI_SPEECH_REQUIRED`,
    /// so there an absent engine fails; elsewhere it is skipped, saying so.
    mod synthesis {
        use std::process::Command;

        use super::*;

        /// Seconds and RMS amplitude of a WAV, as sox reads them.
        fn measure(wav: &[u8]) -> (f64, f64) {
            let file = tempfile::Builder::new()
                .suffix(".wav")
                .tempfile()
                .expect("temp file");
            std::fs::write(file.path(), wav).expect("write wav");
            let info = Command::new("sox")
                .args(["--i", "-D"])
                .arg(file.path())
                .output()
                .expect("sox --i (apt install sox)");
            let seconds: f64 = String::from_utf8_lossy(&info.stdout)
                .trim()
                .parse()
                .expect("a duration");
            let stat = Command::new("sox")
                .arg(file.path())
                .args(["-n", "stat"])
                .output()
                .expect("sox stat");
            let report = String::from_utf8_lossy(&stat.stderr).into_owned();
            let rms = report
                .lines()
                .find(|l| l.starts_with("RMS     amplitude:"))
                .and_then(|l| l.split(':').nth(1))
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or_else(|| panic!("no RMS amplitude in {report}"));
            (seconds, rms)
        }

        fn available(config: &SpeechConfig, engine: Engine) -> Result<(), String> {
            let found = Command::new(engine.program())
                .arg("--version")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok();
            if !found {
                return Err(format!("{} is not installed", engine.program()));
            }
            if engine == Engine::OpenJTalk && !config.voice.is_file() {
                return Err(format!("no voice at {}", config.voice.display()));
            }
            Ok(())
        }

        fn config() -> SpeechConfig {
            SpeechConfig {
                voice: std::env::var_os("MADOGUCHI_VOICE")
                    .map(PathBuf::from)
                    .unwrap_or_else(default_voice),
                ..SpeechConfig::default()
            }
        }

        fn check(code: &str, text: &str) {
            let config = config();
            let language = Language::from_code(code).expect("language");
            if let Err(why) = available(&config, Engine::of(language)) {
                assert!(
                    std::env::var_os("MADOGUCHI_SPEECH_REQUIRED").is_none(),
                    "MADOGUCHI_SPEECH_REQUIRED is set but {why} (scripts/setup installs it)"
                );
                eprintln!(
                    "SKIPPED: {why}; scripts/setup installs the speech engines and the voice"
                );
                return;
            }
            let wav = synthesise(&config, text, language).unwrap_or_else(|e| panic!("{code}: {e}"));
            let (seconds, rms) = measure(&wav);
            eprintln!("{code}: {seconds:.2} s, RMS {rms:.4}");
            assert!(seconds > 0.5, "{code}: only {seconds} s");
            assert!(rms > 0.01, "{code}: RMS amplitude {rms}: silent");
        }

        /// A stop silences at once: whatever runs (the engine, then the player) is killed, and
        /// nothing of the stopped utterance starts after it.
        #[test]
        fn a_stop_silences_at_once() {
            let config = SpeechConfig {
                device: "null".into(),
                ..config()
            };
            let language = Language::JA;
            if let Err(why) = available(&config, Engine::of(language)) {
                assert!(
                    std::env::var_os("MADOGUCHI_SPEECH_REQUIRED").is_none(),
                    "MADOGUCHI_SPEECH_REQUIRED is set but {why}"
                );
                eprintln!("SKIPPED: {why}");
                return;
            }
            let speech = Speech::start(config);
            let long = "ハローワークへの求職の申込みを、ここで入力できます。".repeat(20);
            speech.speak(&long, language, false);
            let deadline = std::time::Instant::now() + Duration::from_secs(10);
            while !speech.busy() {
                assert!(std::time::Instant::now() < deadline, "nothing started");
                std::thread::sleep(Duration::from_millis(5));
            }
            speech.stop();
            assert!(!speech.busy(), "still running after the stop");
            std::thread::sleep(Duration::from_millis(300));
            assert!(!speech.busy(), "the stopped utterance went on");
        }

        #[test]
        fn a_japanese_screen_title_is_spoken_by_open_jtalk() {
            check("ja", "基本情報。お名前と生年月日を入力してください。");
        }

        #[test]
        fn an_english_screen_title_is_spoken_by_espeak_ng() {
            check(
                "en",
                "Basic information. Enter your name and date of birth.",
            );
        }

        /// Every language of the table (none listed here) says its own 「音声案内をオンにしました」.
        #[test]
        fn every_language_says_its_own_confirmation() {
            let catalog = madoguchi_core::i18n::Catalog::embedded(|file| file == "kiosk.ftl")
                .expect("the kiosk's messages");
            for language in Language::all() {
                let text = madoguchi_core::i18n::ruby_plain_base(&catalog.marked(
                    language,
                    "speech-on",
                    &Default::default(),
                ));
                check(language.code(), &text);
            }
        }
    }
}
