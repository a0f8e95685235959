//! Loopback ports: one free now, and waiting until a program listens on one.

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::process::{Child, ExitStatus};
use std::time::{Duration, Instant};

/// A TCP port on 127.0.0.1 free when asked (taken by whoever binds it first); 0 when the
/// system has none to give.
pub fn free_port() -> u16 {
    TcpListener::bind(("127.0.0.1", 0))
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or(0)
}

/// `N` distinct free loopback ports (all bound at once, then released).
pub fn free_ports<const N: usize>() -> [u16; N] {
    let listeners: Vec<Option<TcpListener>> = (0..N)
        .map(|_| TcpListener::bind(("127.0.0.1", 0)).ok())
        .collect();
    std::array::from_fn(|i| {
        listeners[i]
            .as_ref()
            .and_then(|l| l.local_addr().ok())
            .map_or(0, |a| a.port())
    })
}

/// Whether something accepts connections on 127.0.0.1:`port` now.
pub fn listening(port: u16) -> bool {
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok()
}

/// Waits until 127.0.0.1:`port` accepts connections; false when `timeout` passed first.
pub fn wait_for_port(port: u16, timeout: Duration) -> bool {
    let deadline = Instant::now() + timeout;
    loop {
        if listening(port) {
            return true;
        }
        if Instant::now() >= deadline {
            return false;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Why a program started to listen did not.
#[derive(Debug, thiserror::Error)]
pub enum NotListening {
    #[error("it exited ({0}) before listening")]
    Exited(ExitStatus),
    #[error("nothing listens on port {port} after {timeout:?}")]
    Timeout { port: u16, timeout: Duration },
}

/// Waits until `child` listens on every one of `ports` (one deadline for all), failing at once
/// when it exits first.
pub fn wait_for_child(
    child: &mut Child,
    ports: &[u16],
    timeout: Duration,
) -> Result<(), NotListening> {
    let deadline = Instant::now() + timeout;
    for &port in ports {
        while !listening(port) {
            if let Ok(Some(status)) = child.try_wait() {
                return Err(NotListening::Exited(status));
            }
            if Instant::now() >= deadline {
                return Err(NotListening::Timeout { port, timeout });
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bound_port_is_seen_listening_and_ports_are_distinct() {
        let listener = TcpListener::bind(("127.0.0.1", 0)).expect("bind");
        let port = listener.local_addr().expect("addr").port();
        assert!(wait_for_port(port, Duration::from_secs(1)));
        let [a, b, c] = free_ports::<3>();
        assert!(a != b && b != c && a != c && a != 0);
    }
}
