//! A thermal receipt printer on loopback, for the kiosk's printing tests: a TCP 9100-style
//! listener on a free port that answers DLE EOT status as its [`PrinterMode`] says, reads the
//! ESC/POS stream it is sent, and keeps each cut slip as a picture (PNG on request).
//!
//! The decoder is written from the ESC/POS manual, not from the kiosk's encoder, so a test that
//! reads back what the kiosk sent checks the encoder against the printer's side of the contract.
//! What it understands: ESC @, DLE EOT n, GS r 1 (answered in turn, once what came before it is
//! printed), GS v 0 (all four scalings), ESC d, ESC J, LF, GS V (all cut forms); GS ( k (native
//! QR) is skipped and counted as not drawn. Any other byte is kept in
//! [`VirtualPrinter::unknown`], so a test can insist on none.

use std::io::{ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

/// What the virtual printer is doing, set by the test at any time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrinterMode {
    Ready,
    PaperNearEnd,
    /// Answers "paper end" and drops what it is sent, as a printer without paper does.
    PaperOut,
    CoverOpen,
    /// Hangs up every connection as soon as it is made (a printer in an error state, or a
    /// print server with no printer behind it).
    Offline,
    /// Takes the connection and never answers: the client's timeouts are what end the wait.
    Silent,
    /// Ready, until the slip being printed is this many dots long: then the roll ends there.
    /// What came out is kept (uncut), the rest of the job is dropped, GS r is not answered, and
    /// from then on the printer is [`PrinterMode::PaperOut`].
    RunsOutAfter(u32),
    /// Ready, but knows no GS r (some printers): it never answers it.
    IgnoresGsR,
}

impl PrinterMode {
    /// The answers to DLE EOT 1, 2 and 4 (printer, offline cause, paper sensor), per the manual:
    /// bits 1 and 4 always set; 1·bit 3 offline; 2·bit 2 cover open, 2·bit 5 paper end;
    /// 4·bits 2–3 near end, 4·bits 5–6 paper end.
    fn status(self, n: u8) -> Option<u8> {
        let (printer, cause, paper) = match self {
            PrinterMode::Ready | PrinterMode::RunsOutAfter(_) | PrinterMode::IgnoresGsR => {
                (0x12, 0x12, 0x12)
            }
            PrinterMode::PaperNearEnd => (0x12, 0x12, 0x1E),
            PrinterMode::PaperOut => (0x1A, 0x32, 0x72),
            PrinterMode::CoverOpen => (0x1A, 0x16, 0x12),
            PrinterMode::Offline | PrinterMode::Silent => return None,
        };
        match n {
            1 => Some(printer),
            2 => Some(cause),
            3 => Some(0x12),
            4 => Some(paper),
            _ => None,
        }
    }

    fn prints(self) -> bool {
        matches!(
            self,
            PrinterMode::Ready
                | PrinterMode::PaperNearEnd
                | PrinterMode::RunsOutAfter(_)
                | PrinterMode::IgnoresGsR
        )
    }

    /// The answer to GS r 1 (the roll: bits 0–1 near end, 2–3 end), given in turn; none while
    /// the printer is not printing, to another `n`, or when it does not know GS r.
    fn transmitted(self, n: u8) -> Option<u8> {
        match (self, n) {
            (PrinterMode::IgnoresGsR, _) => None,
            (PrinterMode::PaperNearEnd, 1 | 49) => Some(0x03),
            (_, 1 | 49) if self.prints() => Some(0x00),
            _ => None,
        }
    }
}

/// One printed piece of paper: the dots, row by row, `paper_dots` wide.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slip {
    width: u32,
    rows: Vec<Vec<bool>>,
    /// Whether a cut ended it (a slip the connection ended without a cut is kept too).
    pub cut: bool,
}

impl Slip {
    pub fn width(&self) -> u32 {
        self.width
    }

    pub fn height(&self) -> u32 {
        self.rows.len() as u32
    }

    pub fn black(&self, x: u32, y: u32) -> bool {
        self.rows
            .get(y as usize)
            .and_then(|r| r.get(x as usize))
            .copied()
            .unwrap_or(false)
    }

    /// The rows with any black dot.
    pub fn inked_rows(&self) -> Vec<u32> {
        (0..self.height())
            .filter(|&y| self.rows[y as usize].iter().any(|&b| b))
            .collect()
    }

    /// Bands of consecutive inked rows, as (first row, height): each a line of text, a rule or
    /// the QR.
    pub fn bands(&self) -> Vec<(u32, u32)> {
        let mut bands: Vec<(u32, u32)> = Vec::new();
        for y in self.inked_rows() {
            match bands.last_mut() {
                Some((start, height)) if *start + *height == y => *height += 1,
                _ => bands.push((y, 1)),
            }
        }
        bands
    }

    /// 8-bit grey, 0 = black, row by row: what a QR decoder or a PNG takes.
    pub fn luma(&self) -> Vec<u8> {
        self.rows
            .iter()
            .flat_map(|r| r.iter().map(|&b| if b { 0 } else { 255 }))
            .collect()
    }

    pub fn png(&self) -> Result<Vec<u8>, png::EncodingError> {
        let mut out = Vec::new();
        {
            let mut encoder = png::Encoder::new(&mut out, self.width, self.height().max(1));
            encoder.set_color(png::ColorType::Grayscale);
            encoder.set_depth(png::BitDepth::Eight);
            let mut writer = encoder.write_header()?;
            let mut data = self.luma();
            if data.is_empty() {
                data = vec![255; self.width as usize];
            }
            writer.write_image_data(&data)?;
        }
        Ok(out)
    }

    pub fn save_png(&self, path: &Path) -> std::io::Result<()> {
        let bytes = self.png().map_err(std::io::Error::other)?;
        std::fs::write(path, bytes)
    }
}

#[derive(Default)]
struct Shared {
    mode: Mutex<Option<PrinterMode>>,
    slips: Mutex<Vec<Slip>>,
    unknown: Mutex<Vec<String>>,
    connections: AtomicUsize,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// The printer; stops listening when dropped.
pub struct VirtualPrinter {
    addr: SocketAddr,
    paper_dots: u32,
    shared: Arc<Shared>,
    stop: Arc<AtomicBool>,
    accept: Option<JoinHandle<()>>,
}

/// Dots one line feed moves the paper (ESC 2's default, 1/6 inch at 203 dpi is about 34).
pub const LINE_DOTS: u32 = 30;

impl VirtualPrinter {
    /// Listens on 127.0.0.1 on a free port, ready, with a head `paper_dots` wide.
    pub fn start(paper_dots: u32) -> std::io::Result<VirtualPrinter> {
        let listener = TcpListener::bind(("127.0.0.1", 0))?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared::default());
        *lock(&shared.mode) = Some(PrinterMode::Ready);
        let stop = Arc::new(AtomicBool::new(false));
        let accept = {
            let (shared, stop) = (shared.clone(), stop.clone());
            thread::Builder::new()
                .name("virtual-printer".into())
                .spawn(move || {
                    for stream in listener.incoming() {
                        if stop.load(Ordering::SeqCst) {
                            break;
                        }
                        let Ok(stream) = stream else { continue };
                        shared.connections.fetch_add(1, Ordering::SeqCst);
                        let shared = shared.clone();
                        let _ = thread::Builder::new()
                            .name("virtual-printer-conn".into())
                            .spawn(move || serve(stream, &shared, paper_dots));
                    }
                })?
        };
        Ok(VirtualPrinter {
            addr,
            paper_dots,
            shared,
            stop,
            accept: Some(accept),
        })
    }

    /// `tcp://127.0.0.1:<port>`, as the kiosk's config writes a printer.
    pub fn address(&self) -> String {
        format!("tcp://{}", self.addr)
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    pub fn paper_dots(&self) -> u32 {
        self.paper_dots
    }

    pub fn set_mode(&self, mode: PrinterMode) {
        *lock(&self.shared.mode) = Some(mode);
    }

    /// Connections accepted so far.
    pub fn connections(&self) -> usize {
        self.shared.connections.load(Ordering::SeqCst)
    }

    /// The slips printed so far.
    pub fn slips(&self) -> Vec<Slip> {
        lock(&self.shared.slips).clone()
    }

    /// Waits until `count` slips are printed (a connection is decoded on its own thread, after
    /// the client has already been told "sent"); what there is when `timeout` passes.
    pub fn wait_for_slips(&self, count: usize, timeout: Duration) -> Vec<Slip> {
        let deadline = Instant::now() + timeout;
        loop {
            let slips = self.slips();
            if slips.len() >= count || Instant::now() > deadline {
                return slips;
            }
            thread::sleep(Duration::from_millis(20));
        }
    }

    /// Bytes or commands the decoder did not know, each described.
    pub fn unknown(&self) -> Vec<String> {
        lock(&self.shared.unknown).clone()
    }
}

impl Drop for VirtualPrinter {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wakes the accept loop so it sees the flag.
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_millis(200));
        if let Some(accept) = self.accept.take() {
            let _ = accept.join();
        }
    }
}

/// One connection, read until the client hangs up (or is silent for 10 s).
fn serve(mut stream: TcpStream, shared: &Shared, paper_dots: u32) {
    let mode = || lock(&shared.mode).unwrap_or(PrinterMode::Ready);
    if mode() == PrinterMode::Offline {
        return; // dropping the stream hangs up
    }
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let mut paper = Paper::new(paper_dots);
    let mut buffer: Vec<u8> = Vec::new();
    let mut chunk = [0u8; 8192];
    loop {
        match stream.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => buffer.extend_from_slice(&chunk[..n]),
            Err(e) if e.kind() == ErrorKind::Interrupted => continue,
            Err(_) => break,
        }
        if mode() == PrinterMode::Silent {
            buffer.clear();
            continue;
        }
        let mut at = 0;
        while at < buffer.len() {
            match decode(&buffer[at..]) {
                Decoded::Incomplete => break,
                Decoded::Command(used, command) => {
                    at += used;
                    let current = mode();
                    match command {
                        Command::Status(n) => {
                            if let Some(byte) = current.status(n) {
                                let _ = stream.write_all(&[byte]);
                            } else {
                                return;
                            }
                        }
                        Command::TransmitStatus(n) => {
                            if let Some(byte) = current.transmitted(n) {
                                let _ = stream.write_all(&[byte]);
                            }
                        }
                        Command::Unknown(what) => lock(&shared.unknown).push(what),
                        other if current.prints() => {
                            if let Some(slip) = paper.apply(other) {
                                lock(&shared.slips).push(slip);
                            }
                            if let PrinterMode::RunsOutAfter(dots) = current {
                                if let Some(slip) = paper.run_out_at(dots) {
                                    lock(&shared.slips).push(slip);
                                    *lock(&shared.mode) = Some(PrinterMode::PaperOut);
                                }
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
        buffer.drain(..at);
    }
    if let Some(slip) = paper.finish() {
        lock(&shared.slips).push(slip);
    }
}

enum Command {
    Init,
    Status(u8),
    /// GS r n.
    TransmitStatus(u8),
    /// Width in bytes, height in rows, the scaling `m`, the packed rows.
    Raster {
        bytes_per_row: usize,
        rows: usize,
        m: u8,
        data: Vec<u8>,
    },
    FeedDots(u32),
    Cut,
    Unknown(String),
}

enum Decoded {
    Incomplete,
    Command(usize, Command),
}

fn decode(b: &[u8]) -> Decoded {
    use Decoded::{Command as C, Incomplete};
    let need = |n: usize| b.len() < n;
    match b {
        [0x1B, 0x40, ..] => C(2, Command::Init),
        [0x1B]
        | [0x10]
        | [0x1D]
        | [0x1D, 0x28]
        | [0x1D, 0x72]
        | [0x1D, 0x76]
        | [0x1D, 0x76, 0x30] => Incomplete,
        [0x1D, 0x72, n, ..] => C(3, Command::TransmitStatus(*n)),
        [0x10, 0x04, n, ..] => C(3, Command::Status(*n)),
        [0x10, 0x04] => Incomplete,
        [0x0A, ..] => C(1, Command::FeedDots(LINE_DOTS)),
        [0x1B, 0x64, n, ..] => C(3, Command::FeedDots(*n as u32 * LINE_DOTS)),
        [0x1B, 0x4A, n, ..] => C(3, Command::FeedDots(*n as u32)),
        [0x1B, 0x64] | [0x1B, 0x4A] => Incomplete,
        [0x1D, 0x56, 0 | 1 | 48 | 49, ..] => C(3, Command::Cut),
        [0x1D, 0x56, 65 | 66, ..] => {
            if need(4) {
                Incomplete
            } else {
                C(4, Command::Cut)
            }
        }
        [0x1D, 0x56] => Incomplete,
        [0x1D, 0x76, 0x30, m, ..] => {
            if need(8) {
                return Incomplete;
            }
            let x = u16::from_le_bytes([b[4], b[5]]) as usize;
            let y = u16::from_le_bytes([b[6], b[7]]) as usize;
            let len = 8 + x * y;
            if need(len) {
                return Incomplete;
            }
            C(
                len,
                Command::Raster {
                    bytes_per_row: x,
                    rows: y,
                    m: *m,
                    data: b[8..len].to_vec(),
                },
            )
        }
        [0x1D, 0x28, 0x6B, ..] => {
            if need(5) {
                return Incomplete;
            }
            let len = 5 + u16::from_le_bytes([b[3], b[4]]) as usize;
            if need(len) {
                return Incomplete;
            }
            C(
                len,
                Command::Unknown("GS ( k (native QR, not drawn)".into()),
            )
        }
        [first, ..] => C(1, Command::Unknown(format!("byte {first:#04x}"))),
        [] => Incomplete,
    }
}

/// The paper under the head: rows printed since the last cut.
struct Paper {
    width: u32,
    rows: Vec<Vec<bool>>,
}

impl Paper {
    fn new(width: u32) -> Paper {
        Paper {
            width,
            rows: Vec::new(),
        }
    }

    /// Prints `command`; a cut hands back the slip.
    fn apply(&mut self, command: Command) -> Option<Slip> {
        match command {
            Command::Init
            | Command::Status(_)
            | Command::TransmitStatus(_)
            | Command::Unknown(_) => None,
            Command::FeedDots(n) => {
                self.rows
                    .extend((0..n).map(|_| vec![false; self.width as usize]));
                None
            }
            Command::Raster {
                bytes_per_row,
                rows,
                m,
                data,
            } => {
                let (sx, sy) = (1 + usize::from(m & 1), 1 + usize::from(m & 2 != 0));
                for y in 0..rows {
                    let mut row = vec![false; self.width as usize];
                    for x in 0..bytes_per_row * 8 {
                        let dot = data[y * bytes_per_row + x / 8] & (0x80 >> (x % 8)) != 0;
                        for dx in 0..sx {
                            if let Some(cell) = row.get_mut(x * sx + dx) {
                                *cell |= dot;
                            }
                        }
                    }
                    for _ in 0..sy {
                        self.rows.push(row.clone());
                    }
                }
                None
            }
            Command::Cut => Some(Slip {
                width: self.width,
                rows: std::mem::take(&mut self.rows),
                cut: true,
            }),
        }
    }

    /// The roll ends when the paper under the head is `dots` long: what came out so far, cut
    /// at that length and not cut by the printer, if it has come that far.
    fn run_out_at(&mut self, dots: u32) -> Option<Slip> {
        if self.rows.len() < dots as usize {
            return None;
        }
        let mut rows = std::mem::take(&mut self.rows);
        rows.truncate(dots as usize);
        Some(Slip {
            width: self.width,
            rows,
            cut: false,
        })
    }

    fn finish(self) -> Option<Slip> {
        (!self.rows.is_empty()).then_some(Slip {
            width: self.width,
            rows: self.rows,
            cut: false,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn send(printer: &VirtualPrinter, bytes: &[u8], answers: usize) -> Vec<u8> {
        let mut stream = TcpStream::connect(printer.addr).expect("connect");
        stream
            .set_read_timeout(Some(Duration::from_secs(5)))
            .expect("timeout");
        stream.write_all(bytes).expect("write");
        let mut got = vec![0u8; answers];
        stream.read_exact(&mut got).expect("answers");
        got
    }

    #[test]
    fn answers_status_as_its_mode_says() {
        let printer = VirtualPrinter::start(576).expect("start");
        let ask = [0x10, 0x04, 1, 0x10, 0x04, 2, 0x10, 0x04, 4];
        assert_eq!(send(&printer, &ask, 3), vec![0x12, 0x12, 0x12]);
        printer.set_mode(PrinterMode::PaperOut);
        assert_eq!(send(&printer, &ask, 3), vec![0x1A, 0x32, 0x72]);
        printer.set_mode(PrinterMode::Offline);
        let mut stream = TcpStream::connect(printer.addr).expect("connect");
        let _ = stream.write_all(&ask);
        let mut byte = [0u8; 1];
        assert!(matches!(stream.read(&mut byte), Ok(0) | Err(_)), "hung up");
    }

    #[test]
    fn gs_r_is_answered_after_the_printing_and_not_once_the_roll_ran_out() {
        let printer = VirtualPrinter::start(16).expect("start");
        // Ten dots of feed, then GS r 1: answered, roll adequate.
        assert_eq!(
            send(&printer, &[0x1B, 0x4A, 10, 0x1D, 0x72, 1], 1),
            vec![0x00]
        );
        printer.set_mode(PrinterMode::PaperNearEnd);
        assert_eq!(send(&printer, &[0x1D, 0x72, 1], 1), vec![0x03]);
        // The roll ends 40 dots into a 100-dot job: no answer to GS r, paper end to DLE EOT,
        // and the 40 dots kept as an uncut slip.
        printer.set_mode(PrinterMode::RunsOutAfter(40));
        let mut stream = TcpStream::connect(printer.addr).expect("connect");
        stream
            .set_read_timeout(Some(Duration::from_millis(300)))
            .expect("timeout");
        stream
            .write_all(&[0x1B, 0x4A, 100, 0x1D, 0x56, 1, 0x1D, 0x72, 1])
            .expect("write");
        let mut byte = [0u8; 1];
        assert!(
            stream.read_exact(&mut byte).is_err(),
            "GS r answered: {byte:?}"
        );
        stream.write_all(&[0x10, 0x04, 4]).expect("write");
        stream.read_exact(&mut byte).expect("DLE EOT 4");
        assert_eq!(byte, [0x72]);
        let slips = printer.wait_for_slips(2, Duration::from_secs(5));
        let last = slips.last().expect("a slip");
        assert_eq!((last.height(), last.cut), (40, false));
        printer.set_mode(PrinterMode::IgnoresGsR);
        let mut stream = TcpStream::connect(printer.addr).expect("connect");
        stream
            .set_read_timeout(Some(Duration::from_millis(300)))
            .expect("timeout");
        stream.write_all(&[0x1D, 0x72, 1]).expect("write");
        assert!(stream.read_exact(&mut byte).is_err());
    }

    #[test]
    fn draws_raster_feeds_and_cuts_one_slip() {
        let printer = VirtualPrinter::start(16).expect("start");
        // A 2-byte-wide, 2-row picture: a dot at the far left, then one at the far right,
        // a 3-dot feed, a double-width row, and the feed-and-cut form of GS V.
        let mut bytes = vec![
            0x1B, 0x40, 0x1D, 0x76, 0x30, 0, 2, 0, 2, 0, 0x80, 0, 0, 0x01,
        ];
        bytes.extend_from_slice(&[0x1B, 0x4A, 3]);
        bytes.extend_from_slice(&[0x1D, 0x76, 0x30, 1, 1, 0, 1, 0, 0x80]);
        bytes.extend_from_slice(&[0x1D, 0x56, 66, 0, 0x10, 0x04, 1]);
        assert_eq!(send(&printer, &bytes, 1), vec![0x12]);
        let slips = printer.wait_for_slips(1, Duration::from_secs(5));
        assert_eq!(slips.len(), 1);
        let slip = &slips[0];
        assert!(slip.cut);
        assert_eq!(slip.height(), 2 + 3 + 1);
        assert!(slip.black(0, 0) && slip.black(15, 1) && !slip.black(1, 0));
        assert!(slip.black(0, 5) && slip.black(1, 5) && !slip.black(2, 5));
        assert_eq!(slip.bands(), vec![(0, 2), (5, 1)]);
        assert!(printer.unknown().is_empty(), "{:?}", printer.unknown());
        let png = slip.png().expect("png");
        assert_eq!(&png[1..4], b"PNG");
    }

    #[test]
    fn commands_split_across_reads_decode_the_same() {
        assert!(matches!(
            decode(&[0x1D, 0x76, 0x30, 0, 1, 0]),
            Decoded::Incomplete
        ));
        assert!(matches!(
            decode(&[0x1D, 0x76, 0x30, 0, 1, 0, 2, 0, 0xFF]),
            Decoded::Incomplete
        ));
        assert!(matches!(decode(&[0x1D, 0x56, 65]), Decoded::Incomplete));
        assert!(matches!(
            decode(&[0x7F]),
            Decoded::Command(1, Command::Unknown(_))
        ));
    }
}
