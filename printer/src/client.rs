//! Talking to the receipt printer: over TCP (port 9100, "raw" printing) or a device file
//! (`/dev/usb/lp0`, a serial port), asking its state first and then sending the receipt.
//!
//! The promise: a call returns within its timeouts whatever the printer does — refuses, never
//! answers, answers rubbish, hangs up — with a typed outcome, never a panic. The work runs on a
//! thread of its own and the caller waits on a channel with a deadline, so even a device file
//! that blocks forever (std has no timeout for files) or a name lookup that hangs cannot hold
//! the visitor's screen; such a thread is left to end when its I/O does.
//!
//! It is blocking on purpose: the kiosk calls it from `tokio::task::spawn_blocking`, and the
//! crate needs no runtime of its own.

use std::fmt;
use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::path::PathBuf;
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use madoguchi_core::receipt_print::{
    roll_after_job, state_from_status, PrinterState, RollAfterJob, STATUS_AFTER_JOB, STATUS_QUERIES,
};
use thiserror::Error;

/// Where the printer is: `tcp://host[:port]` (port 9100 when left out) or an absolute path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PrinterAddress {
    Tcp { host: String, port: u16 },
    Device(PathBuf),
}

#[derive(Debug, Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum AddressError {
    #[error(
        "a printer is tcp://host:port or an absolute device path such as /dev/usb/lp0, not {0:?}"
    )]
    Unknown(String),
    #[error("{0:?} is not a TCP port")]
    Port(String),
}

impl PrinterAddress {
    pub fn parse(text: &str) -> Result<PrinterAddress, AddressError> {
        let text = text.trim();
        if let Some(rest) = text.strip_prefix("tcp://") {
            let rest = rest.trim_end_matches('/');
            let (host, port) = match rest.rsplit_once(':') {
                // An IPv6 literal is written [::1]:9100; a bare one has colons of its own.
                Some((host, port))
                    if !port.contains(']') && (!host.contains(':') || host.ends_with(']')) =>
                {
                    let port: u16 = port
                        .parse()
                        .map_err(|_| AddressError::Port(port.to_owned()))?;
                    (host, port)
                }
                _ => (rest, 9100),
            };
            let host = host.trim_start_matches('[').trim_end_matches(']');
            if host.is_empty() {
                return Err(AddressError::Unknown(text.to_owned()));
            }
            return Ok(PrinterAddress::Tcp {
                host: host.to_owned(),
                port,
            });
        }
        if text.starts_with('/') {
            return Ok(PrinterAddress::Device(PathBuf::from(text)));
        }
        Err(AddressError::Unknown(text.to_owned()))
    }
}

impl fmt::Display for PrinterAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PrinterAddress::Tcp { host, port } if host.contains(':') => {
                write!(f, "tcp://[{host}]:{port}")
            }
            PrinterAddress::Tcp { host, port } => write!(f, "tcp://{host}:{port}"),
            PrinterAddress::Device(path) => write!(f, "{}", path.display()),
        }
    }
}

/// How long each step may take.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timeouts {
    /// Reaching the printer (name lookup, TCP connect, opening the device).
    pub connect: Duration,
    /// Each status answer.
    pub answer: Duration,
    /// Sending the whole receipt (about 100 kB for 80 mm paper).
    pub send: Duration,
    /// The slip coming out once sent: a printer that has not printed it by then has stopped.
    pub print: Duration,
}

impl Default for Timeouts {
    fn default() -> Timeouts {
        Timeouts {
            connect: Duration::from_secs(2),
            answer: Duration::from_secs(2),
            send: Duration::from_secs(10),
            // A slip is 10–20 cm of paper: a second or two at a thermal printer's 100–250 mm
            // a second, with room for a slow one.
            print: Duration::from_secs(8),
        }
    }
}

/// What staff mode shows about the printer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PrinterHealth {
    Ready,
    PaperNearEnd,
    PaperOut,
    CoverOpen,
    /// Reached, but it does not answer, answers with something other than a status, or says it
    /// is offline for another reason.
    Offline,
    /// Not reached: nothing listens, the device file is missing, or the connection timed out.
    Unreachable,
}

impl PrinterHealth {
    /// The Fluent id (kiosk.ftl) staff mode shows; `staff-printer-unreachable` takes `$address`.
    pub fn message_id(self) -> &'static str {
        match self {
            PrinterHealth::Ready => "staff-printer-ready",
            PrinterHealth::PaperNearEnd => "staff-printer-near-end",
            PrinterHealth::PaperOut => "staff-printer-paper-out",
            PrinterHealth::CoverOpen => "staff-printer-cover-open",
            PrinterHealth::Offline => "staff-printer-offline",
            PrinterHealth::Unreachable => "staff-printer-unreachable",
        }
    }
}

/// What happened to one receipt.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PrintOutcome {
    /// Every byte was handed to the printer after it said it was ready. `paper_near_end`: staff
    /// should change the roll soon.
    Printed {
        paper_near_end: bool,
    },
    OutOfPaper,
    CoverOpen,
    Offline,
    Unreachable,
    /// The printer took the slip and stopped before it was out (the paper ran out or the cover
    /// was opened on the way): what came out is not the whole slip. Its state now, for staff.
    StoppedMidSlip(PrinterHealth),
}

impl PrintOutcome {
    /// The Fluent id (kiosk.ftl) the done screen shows the visitor.
    pub fn message_id(self) -> &'static str {
        match self {
            PrintOutcome::Printed { .. } => "receipt-printed",
            PrintOutcome::StoppedMidSlip(_) => "receipt-print-incomplete",
            _ => "receipt-print-failed",
        }
    }

    /// The same fact as staff mode names it.
    pub fn health(self) -> PrinterHealth {
        match self {
            PrintOutcome::Printed {
                paper_near_end: true,
            } => PrinterHealth::PaperNearEnd,
            PrintOutcome::Printed { .. } => PrinterHealth::Ready,
            PrintOutcome::OutOfPaper => PrinterHealth::PaperOut,
            PrintOutcome::CoverOpen => PrinterHealth::CoverOpen,
            PrintOutcome::Offline => PrinterHealth::Offline,
            PrintOutcome::Unreachable => PrinterHealth::Unreachable,
            PrintOutcome::StoppedMidSlip(now) => now,
        }
    }
}

/// A configured printer. Cheap to clone; each call opens its own connection and closes it, so a
/// printer switched off and on again between visitors needs nothing from the kiosk.
#[derive(Clone, Debug)]
pub struct Printer {
    address: PrinterAddress,
    timeouts: Timeouts,
}

/// What the worker thread tells the waiting caller, in order.
enum Step {
    Reached,
    Done(PrintOutcome),
}

trait Link: Read + Write + Send {}
impl<T: Read + Write + Send> Link for T {}

impl Printer {
    pub fn new(address: PrinterAddress, timeouts: Timeouts) -> Printer {
        Printer { address, timeouts }
    }

    pub fn address(&self) -> &PrinterAddress {
        &self.address
    }

    /// Asks the printer's state and prints nothing.
    pub fn health(&self) -> PrinterHealth {
        self.run(None).health()
    }

    /// Asks the state, and sends `bytes` only when the printer says it can print.
    pub fn print(&self, bytes: &[u8]) -> PrintOutcome {
        self.run(Some(bytes.to_vec()))
    }

    fn run(&self, bytes: Option<Vec<u8>>) -> PrintOutcome {
        let (tx, rx) = mpsc::channel();
        let (address, timeouts) = (self.address.clone(), self.timeouts);
        let sending = bytes.is_some();
        let spawned = thread::Builder::new()
            .name("receipt-printer".into())
            .spawn(move || {
                let outcome = match open(&address, timeouts) {
                    Some(mut link) => {
                        let _ = tx.send(Step::Reached);
                        job(link.as_mut(), bytes.as_deref(), timeouts)
                    }
                    None => PrintOutcome::Unreachable,
                };
                let _ = tx.send(Step::Done(outcome));
            });
        if spawned.is_err() {
            return PrintOutcome::Offline;
        }
        // The socket timeouts end the thread's own waits; these deadlines are for what they
        // cannot cover, plus a little slack for the thread to notice.
        let slack = Duration::from_millis(500);
        match rx.recv_timeout(timeouts.connect + slack) {
            Ok(Step::Done(outcome)) => return outcome,
            Ok(Step::Reached) => {}
            Err(_) => return PrintOutcome::Unreachable,
        }
        // Sending: the state, the slip, its coming out, and the state again if it did not.
        let rest = timeouts.answer * STATUS_QUERIES.len() as u32
            + if sending {
                timeouts.send + timeouts.print + timeouts.answer * STATUS_QUERIES.len() as u32
            } else {
                Duration::ZERO
            }
            + slack;
        match rx.recv_timeout(rest) {
            Ok(Step::Done(outcome)) => outcome,
            _ => PrintOutcome::Offline,
        }
    }
}

fn open(address: &PrinterAddress, timeouts: Timeouts) -> Option<Box<dyn Link>> {
    match address {
        PrinterAddress::Tcp { host, port } => {
            let deadline = Instant::now() + timeouts.connect;
            let addrs = (host.as_str(), *port).to_socket_addrs().ok()?;
            for addr in addrs {
                let left = deadline.saturating_duration_since(Instant::now());
                if left.is_zero() {
                    return None;
                }
                if let Ok(stream) = TcpStream::connect_timeout(&addr, left) {
                    stream.set_read_timeout(Some(timeouts.answer)).ok()?;
                    stream.set_write_timeout(Some(timeouts.send)).ok()?;
                    let _ = stream.set_nodelay(true);
                    return Some(Box::new(stream));
                }
            }
            None
        }
        PrinterAddress::Device(path) => std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(path)
            .ok()
            .map(|f| Box::new(f) as Box<dyn Link>),
    }
}

fn job(link: &mut dyn Link, bytes: Option<&[u8]>, timeouts: Timeouts) -> PrintOutcome {
    let Some(state) = ask_state(link) else {
        return PrintOutcome::Offline;
    };
    let outcome = match state {
        PrinterState::Ready => PrintOutcome::Printed {
            paper_near_end: false,
        },
        PrinterState::PaperNearEnd => PrintOutcome::Printed {
            paper_near_end: true,
        },
        PrinterState::PaperOut => return PrintOutcome::OutOfPaper,
        PrinterState::CoverOpen => return PrintOutcome::CoverOpen,
        PrinterState::Offline => return PrintOutcome::Offline,
    };
    let Some(bytes) = bytes else {
        return outcome;
    };
    let started = Instant::now();
    // Written in pieces so a printer that takes bytes slowly is given up on at the deadline,
    // not after one write timeout per piece.
    for chunk in bytes.chunks(4096) {
        if started.elapsed() > timeouts.send || link.write_all(chunk).is_err() {
            return PrintOutcome::Offline;
        }
    }
    if link.flush().is_err() {
        return PrintOutcome::Offline;
    }
    came_out(link, timeouts, outcome)
}

/// The slip is in the printer's buffer, not yet on paper: waits for the answer to GS r 1, which
/// the printer gives once the slip is printed. Silence past the deadline means it stopped, and
/// DLE EOT, answered at once even then, says why. A printer that ignores GS r is silent too,
/// but says it is ready: its slip is taken as printed.
fn came_out(link: &mut dyn Link, timeouts: Timeouts, sent: PrintOutcome) -> PrintOutcome {
    if link.write_all(&STATUS_AFTER_JOB).is_err() || link.flush().is_err() {
        return PrintOutcome::Offline;
    }
    let deadline = Instant::now() + timeouts.print;
    let mut byte = [0u8; 1];
    loop {
        match link.read(&mut byte) {
            Ok(1) => {
                return match roll_after_job(byte[0]) {
                    Ok(RollAfterJob::Adequate) => sent,
                    // Out whole; the next visitor's slip would not be.
                    Ok(RollAfterJob::NearEnd | RollAfterJob::Ended) => PrintOutcome::Printed {
                        paper_near_end: true,
                    },
                    Err(_) => PrintOutcome::Offline,
                };
            }
            // Hung up.
            Ok(_) => return PrintOutcome::Offline,
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock
                        | std::io::ErrorKind::TimedOut
                        | std::io::ErrorKind::Interrupted
                ) =>
            {
                if Instant::now() >= deadline {
                    break;
                }
            }
            Err(_) => return PrintOutcome::Offline,
        }
    }
    match ask_state(link) {
        Some(PrinterState::Ready | PrinterState::PaperNearEnd) => sent,
        Some(PrinterState::PaperOut) => PrintOutcome::StoppedMidSlip(PrinterHealth::PaperOut),
        Some(PrinterState::CoverOpen) => PrintOutcome::StoppedMidSlip(PrinterHealth::CoverOpen),
        Some(PrinterState::Offline) | None => PrintOutcome::StoppedMidSlip(PrinterHealth::Offline),
    }
}

/// The three DLE EOT answers read as a state; `None` when the printer is silent, hangs up or
/// answers something else.
fn ask_state(link: &mut dyn Link) -> Option<PrinterState> {
    let mut answers = [0u8; 3];
    for (query, answer) in STATUS_QUERIES.iter().zip(answers.iter_mut()) {
        link.write_all(query).ok()?;
        link.flush().ok()?;
        let mut byte = [0u8; 1];
        link.read_exact(&mut byte).ok()?;
        *answer = byte[0];
    }
    state_from_status(answers[0], answers[1], answers[2]).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_parse_as_the_config_writes_them() {
        let tcp = |host: &str, port| PrinterAddress::Tcp {
            host: host.to_owned(),
            port,
        };
        assert_eq!(
            PrinterAddress::parse("tcp://10.0.0.5:9100"),
            Ok(tcp("10.0.0.5", 9100))
        );
        assert_eq!(
            PrinterAddress::parse("tcp://printer.local"),
            Ok(tcp("printer.local", 9100))
        );
        assert_eq!(
            PrinterAddress::parse("tcp://[::1]:9101"),
            Ok(tcp("::1", 9101))
        );
        assert_eq!(
            PrinterAddress::parse("tcp://[fe80::1]"),
            Ok(tcp("fe80::1", 9100))
        );
        assert_eq!(
            PrinterAddress::parse("/dev/usb/lp0"),
            Ok(PrinterAddress::Device("/dev/usb/lp0".into()))
        );
        assert!(matches!(
            PrinterAddress::parse("tcp://host:http"),
            Err(AddressError::Port(_))
        ));
        assert!(matches!(
            PrinterAddress::parse("lp0"),
            Err(AddressError::Unknown(_))
        ));
        assert!(matches!(
            PrinterAddress::parse("tcp://"),
            Err(AddressError::Unknown(_))
        ));
        assert_eq!(tcp("::1", 9101).to_string(), "tcp://[::1]:9101");
    }

    #[test]
    fn a_missing_device_is_unreachable() {
        let printer = Printer::new(
            PrinterAddress::Device("/nonexistent/madoguchi-lp0".into()),
            Timeouts::default(),
        );
        assert_eq!(printer.print(b"x"), PrintOutcome::Unreachable);
    }

    #[test]
    fn a_device_that_answers_nothing_is_offline() {
        // /dev/null takes every byte and answers EOF: no status, so nothing is printed.
        let printer = Printer::new(
            PrinterAddress::Device("/dev/null".into()),
            Timeouts::default(),
        );
        assert_eq!(printer.print(b"x"), PrintOutcome::Offline);
        assert_eq!(printer.health(), PrinterHealth::Offline);
    }
}
