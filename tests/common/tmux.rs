//! A real terminal for tests of full-screen and interactive commands: a tmux server of the
//! test's own (its own socket, so other tmux users on the machine neither see nor disturb it),
//! one window running a command, keys sent to it and its screen read back.

use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

pub struct Tmux {
    socket: String,
}

impl Tmux {
    /// `command` (run by `sh -c`) in a detached terminal of `(width, height)` cells, or None when
    /// tmux is not installed.
    pub fn start(name: &str, (width, height): (u16, u16), command: &str) -> Option<Self> {
        // Tests of one binary run at once in one process: each terminal needs a name of its own.
        static STARTED: AtomicUsize = AtomicUsize::new(0);
        let socket = format!(
            "{name}-{}-{}",
            std::process::id(),
            STARTED.fetch_add(1, Ordering::Relaxed)
        );
        let ok = Command::new("tmux")
            .args(["-L", &socket, "-f", "/dev/null", "new-session", "-d", "-s", "test"])
            .args(["-x", &width.to_string(), "-y", &height.to_string(), command])
            .status()
            .ok()?
            .success();
        assert!(ok, "tmux new-session failed");
        Some(Self { socket })
    }

    fn tmux(&self) -> Command {
        let mut cmd = Command::new("tmux");
        cmd.args(["-L", &self.socket]);
        cmd
    }

    /// The visible screen and the lines scrolled off it, wrapped lines joined.
    pub fn screen(&self) -> String {
        let out = self
            .tmux()
            .args(["capture-pane", "-p", "-J", "-S", "-200", "-t", "test"])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits (up to 20 s) until the screen holds `text`, and returns it.
    pub fn wait_for(&self, text: &str) -> String {
        self.wait_until(&format!("{text:?} on screen"), |screen| screen.contains(text))
    }

    /// Waits (up to 20 s) until `ready` holds for the screen, and returns it.
    pub fn wait_until(&self, what: &str, ready: impl Fn(&str) -> bool) -> String {
        let started = Instant::now();
        loop {
            let screen = self.screen();
            if ready(&screen) {
                return screen;
            }
            assert!(started.elapsed() < Duration::from_secs(20), "no {what}:\n{screen}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn type_line(&self, line: &str) {
        self.type_keys(line);
        self.send_keys("Enter");
    }

    /// Types `text` as it is, without Enter (after `--`, so text starting with `-` is not
    /// read as a flag of tmux's).
    pub fn type_keys(&self, text: &str) {
        self.tmux()
            .args(["send-keys", "-t", "test", "-l", "--", text])
            .status()
            .unwrap();
    }

    /// A key by tmux's name for it: `Enter`, `C-c`, `G`.
    pub fn send_keys(&self, key: &str) {
        self.tmux().args(["send-keys", "-t", "test", key]).status().unwrap();
    }

    /// Whether the window shows the alternate screen (a full-screen program's).
    pub fn alternate_screen(&self) -> bool {
        self.display("#{alternate_on}") == "1"
    }

    /// The process id of the window's shell.
    pub fn shell_pid(&self) -> u32 {
        self.display("#{pane_pid}").parse().unwrap()
    }

    /// A tmux format (`#{pane_pid}`) expanded for the window.
    fn display(&self, format: &str) -> String {
        let out = self
            .tmux()
            .args(["display-message", "-p", "-t", "test", format])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.tmux().arg("kill-server").status();
    }
}

pub fn tmux_missing() -> bool {
    let missing = Command::new("tmux").arg("-V").output().is_err();
    if missing {
        eprintln!("skipped: tmux is not installed (apt-get install tmux)");
    }
    missing
}
