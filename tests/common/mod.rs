//! Shared by the integration tests: start a real `ant local serve` on an ephemeral port, and run
//! the real `ant` binary against it with a clean environment.
#![allow(dead_code)] // each test binary uses its own subset of these helpers

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub const ANT: &str = env!("CARGO_BIN_EXE_ant");
pub const KEY: &str = "test-key-0123456789";

/// Variables that would leak the developer's own setup into a test.
const SCRUBBED: [&str; 12] = [
    "ANTHROPIC_API_KEY",
    "ANTHROPIC_AUTH_TOKEN",
    "ANTHROPIC_BASE_URL",
    "ANTHROPIC_PROFILE",
    "ANTHROPIC_CONFIG_DIR",
    "ANTHROPIC_WORKSPACE_ID",
    "ANT_LOCAL",
    "ANT_LOCAL_API_KEY",
    "ANT_LOCAL_DATA_DIR",
    "NO_COLOR",
    "FORCE_COLOR",
    "RUST_LOG",
];

pub struct Out {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Out {
    /// Asserts success and returns stdout.
    pub fn ok(self) -> String {
        assert_eq!(self.code, 0, "ant failed: {}\nstdout: {}", self.stderr, self.stdout);
        self.stdout
    }

    pub fn json(self) -> serde_json::Value {
        serde_json::from_str(&self.ok()).expect("stdout is one JSON value")
    }
}

/// A command line for `ant`, with a clean environment and an empty config dir.
pub struct Ant {
    cmd: Command,
    stdin: Option<String>,
    _config: tempfile::TempDir,
}

impl Ant {
    pub fn new(args: &[&str]) -> Self {
        let config = tempfile::tempdir().unwrap();
        let mut cmd = Command::new(ANT);
        for name in SCRUBBED {
            cmd.env_remove(name);
        }
        cmd.env("ANTHROPIC_CONFIG_DIR", config.path()).args(args);
        Self {
            cmd,
            stdin: None,
            _config: config,
        }
    }

    pub fn env(mut self, name: &str, value: impl AsRef<std::ffi::OsStr>) -> Self {
        self.cmd.env(name, value);
        self
    }

    pub fn current_dir(mut self, dir: &Path) -> Self {
        self.cmd.current_dir(dir);
        self
    }

    /// Pipes `text` on stdin (from a regular file, so it is seen at once).
    pub fn stdin(mut self, text: &str) -> Self {
        self.stdin = Some(text.to_string());
        self
    }

    pub fn spawn(mut self) -> Child {
        self.cmd
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .stdin(Stdio::null());
        self.cmd.spawn().unwrap()
    }

    pub fn run(mut self) -> Out {
        let stdin_file = tempfile::NamedTempFile::new().unwrap();
        match &self.stdin {
            Some(text) => {
                std::fs::write(stdin_file.path(), text).unwrap();
                self.cmd.stdin(std::fs::File::open(stdin_file.path()).unwrap());
            }
            None => {
                self.cmd.stdin(Stdio::null());
            }
        }
        let out = self.cmd.output().unwrap();
        Out {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

/// A running `ant local serve`, stopped when dropped.
pub struct Server {
    child: Child,
    pub base_url: String,
    pub dir: tempfile::TempDir,
}

impl Server {
    pub fn start() -> Self {
        let dir = tempfile::tempdir().unwrap();
        // Port 0: the server picks a free port and records it in server.json, so parallel tests
        // cannot race for one.
        let child = Command::new(ANT)
            .args(["local", "serve", "--addr", "127.0.0.1:0", "--api-key", KEY])
            .args(["--model-url", "http://127.0.0.1:9", "--data-dir"])
            .arg(dir.path())
            .env("RUST_LOG", "warn")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let base_url = wait_for_marker(&dir.path().join("server.json"));
        Self { child, base_url, dir }
    }

    /// `ant ARGS` against this server with its key.
    pub fn ant(&self, args: &[&str]) -> Ant {
        Ant::new(args)
            .env("ANTHROPIC_BASE_URL", &self.base_url)
            .env("ANTHROPIC_API_KEY", KEY)
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Waits for `ant local serve` to record its address, and returns its base URL.
pub fn wait_for_marker(marker: &Path) -> String {
    let started = Instant::now();
    loop {
        if let Ok(text) = std::fs::read_to_string(marker)
            && let Ok(v) = serde_json::from_str::<serde_json::Value>(&text)
        {
            return v["base_url"].as_str().unwrap().to_string();
        }
        assert!(started.elapsed() < Duration::from_secs(20), "the server did not start");
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Insta filters that replace generated ids and timestamps with stable placeholders.
pub fn redactions() -> Vec<(&'static str, &'static str)> {
    vec![
        (r"(agent|env|sesn|req|page)_[0-9A-Za-z_-]{6,}", "[${1}_id]"),
        (r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z", "[time]"),
        (r"127\.0\.0\.1:\d+", "127.0.0.1:[port]"),
    ]
}
