//! Shared by the benches: the real `ant local serve` on an ephemeral loopback port.

use std::path::Path;
use std::process::{Child, Command, Stdio};

pub const KEY: &str = "bench-key";
pub const ANT: &str = env!("CARGO_BIN_EXE_ant");

/// `ant ARGS` against the server at `base` with the bench key, and no profile of the user's.
pub fn ant(base: &str, args: &[&str]) -> Command {
    let mut c = Command::new(ANT);
    c.args(args)
        .env("ANTHROPIC_BASE_URL", base)
        .env("ANTHROPIC_API_KEY", KEY)
        .env("ANTHROPIC_CONFIG_DIR", "/nonexistent-config");
    c
}

/// A server on `data`, stopped when dropped.
pub struct LocalServer {
    pub child: Child,
    pub base: String,
}

impl LocalServer {
    pub fn start(data: &Path, args: &[&str]) -> Self {
        let marker = data.join("server.json");
        let _ = std::fs::remove_file(&marker);
        let mut child = Command::new(ANT)
            .args([
                "local",
                "serve",
                "--addr",
                "127.0.0.1:0",
                "--api-key",
                KEY,
                "--data-dir",
            ])
            .arg(data)
            .args(args)
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let base = ant::client::local::wait_until_listening(&mut child, &marker, "(stderr discarded)").unwrap();
        Self { child, base }
    }
}

impl Drop for LocalServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
