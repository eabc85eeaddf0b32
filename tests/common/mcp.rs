//! The MCP server of the tests: `tests/mcp_server/server.py`, the official Python SDK's server,
//! run by the test venv's python (tests/run.sh makes the venv).

use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

/// The test venv's python, if it has the MCP SDK; otherwise None and a note on stderr.
pub fn venv_python() -> Option<PathBuf> {
    let python = Path::new(env!("CARGO_MANIFEST_DIR")).join(".venv-conformance/bin/python");
    let usable = Command::new(&python)
        .args(["-c", "import mcp, uvicorn, anthropic"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !usable {
        eprintln!(
            "skipped: {} with the mcp, uvicorn and anthropic packages is absent (tests/run.sh installs them)",
            python.display()
        );
    }
    usable.then_some(python)
}

pub fn script(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/mcp_server")
        .join(name)
}

/// `tests/mcp_server/server.py` on a free loopback port.
pub struct McpServer {
    child: Child,
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    sse: bool,
    log: PathBuf,
    _dir: tempfile::TempDir,
}

impl McpServer {
    pub fn start(python: &Path, args: &[&str]) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("calls.jsonl");
        let mut child = Command::new(python)
            .arg(script("server.py"))
            .arg("--log")
            .arg(&log)
            .args(args)
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut lines = std::io::BufReader::new(child.stdout.take().unwrap()).lines();
        let base = loop {
            let line = lines.next().expect("the MCP server announces its port").unwrap();
            if let Some(url) = line.strip_prefix("listening on ") {
                break url.to_string();
            }
        };
        Self {
            child,
            base,
            sse: args.contains(&"--sse"),
            log,
            _dir: dir,
        }
    }

    /// Where it serves MCP: `/mcp`, or `/sse` when started with `--sse`.
    pub fn url(&self) -> String {
        format!("{}/{}", self.base, if self.sse { "sse" } else { "mcp" })
    }

    /// Every tool call and token request the server saw, oldest first.
    pub fn seen(&self) -> Vec<Value> {
        std::fs::read_to_string(&self.log)
            .unwrap_or_default()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }

    pub fn calls_of(&self, tool: &str) -> Vec<Value> {
        self.seen().into_iter().filter(|c| c["tool"] == tool).collect()
    }

    pub fn wait_for_call(&self, tool: &str) {
        let started = Instant::now();
        while self.calls_of(tool).is_empty() {
            assert!(started.elapsed() < Duration::from_secs(20), "{tool} was never called");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for McpServer {
    fn drop(&mut self) {
        self.kill();
    }
}
