//! `--local`: find the `ant local serve` recorded in the data dir, or start one in the background,
//! and the key it requires.

use std::net::{SocketAddr, TcpListener, TcpStream, ToSocketAddrs};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde::Deserialize;

use super::config::{Credential, Secret};
use crate::local::api_key::{self, KeyFileError};

/// How long a freshly started server may take to listen.
const START_TIMEOUT: Duration = Duration::from_secs(15);

/// Where a server listens when the preferred address is taken: a free loopback port.
const ANY_LOOPBACK_PORT: &str = "127.0.0.1:0";

#[derive(Debug, thiserror::Error)]
pub enum LocalError {
    #[error(transparent)]
    Key(#[from] KeyFileError),
    #[error("cannot start `ant local serve`: {0}")]
    Spawn(String),
    #[error("`ant local serve` did not start within {secs}s; see {log}")]
    Timeout { secs: u64, log: String },
    #[error("`ant local serve` exited ({status}); see {log}")]
    Exited { status: String, log: String },
}

#[derive(Deserialize)]
struct Marker {
    base_url: String,
}

/// The credential for the local server of `data_dir`: `ANT_LOCAL_API_KEY`, else the data dir's
/// key file (made when absent). Never the Anthropic credentials.
pub fn credential(data_dir: &Path) -> Result<Credential, LocalError> {
    if let Some(key) = std::env::var("ANT_LOCAL_API_KEY").ok().filter(|k| !k.is_empty()) {
        return Ok(Credential {
            secret: Secret::ApiKey(key),
            source: "ANT_LOCAL_API_KEY".into(),
        });
    }
    Ok(Credential {
        secret: Secret::ApiKey(api_key::load_or_create(data_dir)?),
        source: api_key::path(data_dir).display().to_string(),
    })
}

/// Held while a command finds or starts the server of a data dir, so that commands starting at
/// once share one server instead of each starting its own on the same data.
pub fn start_lock(data_dir: &Path) -> Result<std::fs::File, LocalError> {
    let failed = |e: std::io::Error| LocalError::Spawn(format!("{}: {e}", data_dir.display()));
    std::fs::create_dir_all(data_dir).map_err(failed)?;
    let file = std::fs::File::create(data_dir.join("start.lock")).map_err(failed)?;
    file.lock().map_err(failed)?;
    Ok(file)
}

/// The base URL of a running local server for `data_dir`, starting one when none answers: on
/// `ANT_LOCAL_ADDR` (default 127.0.0.1:4480), or on a free loopback port when that one is taken.
pub fn ensure_server(data_dir: &Path) -> Result<String, LocalError> {
    let marker = data_dir.join("server.json");
    if let Some(url) = running(&marker) {
        return Ok(url);
    }
    let _starting = start_lock(data_dir)?;
    if let Some(url) = running(&marker) {
        return Ok(url);
    }
    let preferred = std::env::var(crate::local::ADDR_VAR)
        .ok()
        .filter(|a| !a.is_empty())
        .unwrap_or_else(|| crate::local::DEFAULT_ADDR.to_string());
    if is_taken(&preferred) {
        return start(data_dir, ANY_LOOPBACK_PORT);
    }
    match start(data_dir, &preferred) {
        // Taken between the check and the server's start.
        Err(LocalError::Exited { .. }) if is_taken(&preferred) => start(data_dir, ANY_LOOPBACK_PORT),
        started => started,
    }
}

/// Whether something else listens on `addr` (another data dir's server, or any program).
fn is_taken(addr: &str) -> bool {
    TcpListener::bind(addr).is_err_and(|e| e.kind() == std::io::ErrorKind::AddrInUse)
}

/// Starts `ant local serve` for `data_dir` on `addr` in the background; returns its base URL.
fn start(data_dir: &Path, addr: &str) -> Result<String, LocalError> {
    let marker = data_dir.join("server.json");
    // A marker left by a server that died would be mistaken for the new one.
    let _ = std::fs::remove_file(&marker);
    let log_path = data_dir.join("server.log");
    let log =
        std::fs::File::create(&log_path).map_err(|e| LocalError::Spawn(format!("{}: {e}", log_path.display())))?;
    let exe = std::env::current_exe().map_err(|e| LocalError::Spawn(e.to_string()))?;
    let mut child = Command::new(exe)
        .args(["local", "serve", "--addr", addr, "--data-dir"])
        .arg(data_dir)
        .stdin(Stdio::null())
        .stdout(log.try_clone().map_err(|e| LocalError::Spawn(e.to_string()))?)
        .stderr(log)
        // Its own process group, so a Ctrl-C meant for this command does not stop the server.
        .process_group(0)
        .spawn()
        .map_err(|e| LocalError::Spawn(e.to_string()))?;
    wait_until_listening(&mut child, &marker, &log_path.display().to_string())
}

/// Waits until the `ant local serve` in `child` listens at the address it records in `marker`,
/// and returns its base URL; the errors point at `log`, where its output goes.
pub fn wait_until_listening(child: &mut Child, marker: &Path, log: &str) -> Result<String, LocalError> {
    let started = Instant::now();
    loop {
        if let Some(url) = running(marker) {
            return Ok(url);
        }
        if let Ok(Some(status)) = child.try_wait() {
            return Err(LocalError::Exited {
                status: status.to_string(),
                log: log.to_string(),
            });
        }
        if started.elapsed() > START_TIMEOUT {
            return Err(LocalError::Timeout {
                secs: START_TIMEOUT.as_secs(),
                log: log.to_string(),
            });
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// The marker's base URL, if a server is listening there.
pub fn running(marker: &Path) -> Option<String> {
    let text = std::fs::read_to_string(marker).ok()?;
    let marker: Marker = serde_json::from_str(&text).ok()?;
    let hostport = marker.base_url.strip_prefix("http://")?.trim_end_matches('/');
    let addr: SocketAddr = hostport.to_socket_addrs().ok()?.next()?;
    TcpStream::connect_timeout(&addr, Duration::from_millis(200)).ok()?;
    Some(marker.base_url)
}
