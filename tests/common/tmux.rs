//! A program in a real terminal: a detached tmux session whose screen tests read and whose
//! keyboard they type on.

use std::process::Command;
use std::time::{Duration, Instant};

pub struct Tmux {
    name: String,
}

impl Tmux {
    /// `command` in a detached tmux session of its own, or None when tmux is not installed.
    pub fn start(name: &str, command: &str) -> Option<Self> {
        let ok = Command::new("tmux")
            .args(["new-session", "-d", "-s", name, "-x", "200", "-y", "50", command])
            .status()
            .ok()?
            .success();
        assert!(ok, "tmux new-session failed");
        Some(Self { name: name.into() })
    }

    pub fn screen(&self) -> String {
        let out = Command::new("tmux")
            .args(["capture-pane", "-p", "-J", "-S", "-200", "-t", &self.name])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    pub fn wait_for(&self, text: &str) -> String {
        let started = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "no {text:?} on screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn type_line(&self, line: &str) {
        self.type_keys(line);
        self.send_keys("Enter");
    }

    /// Types `text` as it is, without Enter.
    pub fn type_keys(&self, text: &str) {
        Command::new("tmux")
            .args(["send-keys", "-t", &self.name, "-l", "--", text])
            .status()
            .unwrap();
    }

    /// A key by tmux's name for it: `Enter`, `C-c`.
    pub fn send_keys(&self, key: &str) {
        Command::new("tmux")
            .args(["send-keys", "-t", &self.name, key])
            .status()
            .unwrap();
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux").args(["kill-session", "-t", &self.name]).status();
    }
}

pub fn tmux_missing() -> bool {
    let missing = Command::new("tmux").arg("-V").output().is_err();
    if missing {
        eprintln!("skipped: tmux is not installed (apt-get install tmux)");
    }
    missing
}
