//! `--local`: find the `ant local serve` recorded in the data dir, or start one in the background,
//! and the key it requires.

use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde::Deserialize;

use super::config::{Credential, Secret};
use crate::local::api_key::{self, KeyFileError};

/// How long a freshly started server may take to listen.
const START_TIMEOUT: Duration = Duration::from_secs(15);

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

/// The base URL of a running local server for `data_dir`, starting one when none answers.
pub fn ensure_server(data_dir: &Path) -> Result<String, LocalError> {
    let marker = data_dir.join("server.json");
    if let Some(url) = running(&marker) {
        return Ok(url);
    }
    std::fs::create_dir_all(data_dir).map_err(|e| LocalError::Spawn(format!("{}: {e}", data_dir.display())))?;
    // A marker left by a server that died would be mistaken for the new one.
    let _ = std::fs::remove_file(&marker);
    let log_path = data_dir.join("server.log");
    let log =
        std::fs::File::create(&log_path).map_err(|e| LocalError::Spawn(format!("{}: {e}", log_path.display())))?;
    let exe = std::env::current_exe().map_err(|e| LocalError::Spawn(e.to_string()))?;
    let mut child = Command::new(exe)
        .args(["local", "serve", "--data-dir"])
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
