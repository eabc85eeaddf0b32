//! `ant chat` in a real terminal (tmux): approving one tool call and denying another.

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::*;
use serde_json::json;

struct Tmux {
    name: String,
}

impl Tmux {
    /// `command` in a detached tmux session of its own, or None when tmux is not installed.
    fn start(name: &str, command: &str) -> Option<Self> {
        let ok = Command::new("tmux")
            .args(["new-session", "-d", "-s", name, "-x", "200", "-y", "50", command])
            .status()
            .ok()?
            .success();
        assert!(ok, "tmux new-session failed");
        Some(Self { name: name.into() })
    }

    fn screen(&self) -> String {
        let out = Command::new("tmux")
            .args(["capture-pane", "-p", "-J", "-S", "-200", "-t", &self.name])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn wait_for(&self, text: &str) -> String {
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

    fn type_line(&self, line: &str) {
        Command::new("tmux")
            .args(["send-keys", "-t", &self.name, "-l", line])
            .status()
            .unwrap();
        Command::new("tmux")
            .args(["send-keys", "-t", &self.name, "Enter"])
            .status()
            .unwrap();
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux").args(["kill-session", "-t", &self.name]).status();
    }
}

#[tokio::test]
async fn chat_approves_one_call_and_denies_another() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("skipped: tmux is not installed (apt-get install tmux)");
        return;
    }
    let model = FakeModel::start();
    let s = Server::with_model(&model, "anthropic");
    let ask = json!([{"type": "agent_toolset_20260401", "configs": [{"name": "bash", "permission_policy": {"type": "always_ask"}}]}]);
    let agent = s.agent("confirm", ask).await;
    let config = tempfile::tempdir().unwrap();
    for (verdict, expect) in [("y", "result: approved-42"), ("n not today", "denied: not today")] {
        let sid = s.session(&agent).await;
        let command = format!(
            "env -u ANTHROPIC_PROFILE ANTHROPIC_CONFIG_DIR={} ANTHROPIC_BASE_URL={} ANTHROPIC_API_KEY={KEY} {ANT} chat {sid}",
            config.path().display(),
            s.base_url
        );
        let name = format!("ant-chat-{}", std::process::id());
        let tmux = Tmux::start(&name, &command).expect("tmux runs");
        tmux.wait_for("type a message");
        tmux.type_line("run it");
        tmux.wait_for("? y, or n and a reason");
        tmux.type_line(verdict);
        let screen = tmux.wait_for("— idle: end_turn");
        let history = s.history(&sid).await;
        let confirmation = history.iter().find(|e| e["type"] == "user.tool_confirmation").unwrap();
        if verdict == "y" {
            assert_eq!(confirmation["result"], "allow");
            assert!(screen.contains(expect), "{screen}");
        } else {
            assert_eq!(confirmation["result"], "deny");
            assert_eq!(confirmation["deny_message"], "not today");
            assert!(screen.contains(expect), "{screen}");
        }
    }
}
