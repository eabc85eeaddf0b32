//! Self-hosted hands: `ant beta:worker poll` against the local server's work queue, with the
//! scripted fake model. Tools run in the worker's workdir, never on the server's side.

mod common;

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::*;
use serde_json::{Value, json};

struct Setup {
    server: Server,
    env: String,
    key: String,
}

async fn setup(model: &FakeModel, extra: &[&str]) -> Setup {
    let mut args = vec!["--model-url", model.url.as_str()];
    args.extend_from_slice(extra);
    let server = Server::start(&args);
    let (env, key) = server.self_hosted_environment().await;
    Setup { server, env, key }
}

impl Setup {
    /// `ant beta:worker poll` for this environment, quiet unless told otherwise.
    fn poll(&self, workdir: &std::path::Path) -> Command {
        let mut cmd = Command::new(ANT);
        cmd.args([
            "beta:worker",
            "poll",
            "--max-idle",
            "1s",
            "--base-url",
            &self.server.base_url,
        ])
        .args([
            "--environment-id",
            &self.env,
            "--environment-key",
            &self.key,
            "--workdir",
        ])
        .arg(workdir)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
        cmd
    }

    fn worker(&self, workdir: &std::path::Path) -> Child {
        self.poll(workdir).spawn().unwrap()
    }

    /// Sends `text` to session `sid` as a user message.
    async fn send(&self, sid: &str, text: &str) {
        self.server
            .ok(
                "POST",
                &format!("/v1/sessions/{sid}/events"),
                Some(json!({"events": user_message(text)})),
            )
            .await;
    }

    /// Asks the "shell" scenario's session `sid` to run `command`, and waits until `marker`
    /// exists: the command has started in some worker's workdir.
    async fn start_call(&self, sid: &str, command: &str, marker: &std::path::Path) {
        self.send(sid, command).await;
        let deadline = Instant::now() + Duration::from_secs(20);
        while !marker.exists() {
            assert!(Instant::now() < deadline, "no worker started the call");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// The environment's work items.
    async fn items(&self) -> Vec<Value> {
        let items = self
            .server
            .ok("GET", &format!("/v1/environments/{}/work", self.env), None)
            .await;
        items["data"].as_array().unwrap().clone()
    }

    /// Waits until every work item is stopped.
    async fn all_stopped(&self) -> Vec<Value> {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let items = self.items().await;
            if !items.is_empty() && items.iter().all(|i| i["state"] == "stopped") {
                return items;
            }
            assert!(Instant::now() < deadline, "items not stopped: {items:?}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    async fn session(&self, scenario: &str) -> String {
        let agent = self.server.agent(scenario, toolset()).await;
        let body = json!({"agent": agent, "environment_id": self.env});
        self.server.ok("POST", "/v1/sessions", Some(body)).await["id"]
            .as_str()
            .unwrap()
            .to_string()
    }

    /// Sends a message and waits until the session has ended its turn.
    async fn turn(&self, sid: &str, text: &str) -> Vec<Value> {
        self.send(sid, text).await;
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let history = self.server.history(sid).await;
            let ended = history
                .last()
                .is_some_and(|e| e["type"] == "session.status_idle" && e["stop_reason"]["type"] != "requires_action");
            if ended {
                return history;
            }
            assert!(Instant::now() < deadline, "the turn did not end: {:?}", types(&history));
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

fn stop(mut child: Child) {
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    let _ = child.wait();
}

/// Every built-in call got exactly one answer, from a worker.
fn answered_once(history: &[Value]) {
    for call in history.iter().filter(|e| e["type"] == "agent.tool_use") {
        let answers = history
            .iter()
            .filter(|e| e["type"] == "user.tool_result" && e["tool_use_id"] == call["id"])
            .count();
        assert_eq!(answers, 1, "{} answered {answers} times", call["name"]);
    }
}

#[tokio::test]
async fn a_worker_runs_the_session_tools_in_its_workdir() {
    let model = FakeModel::start();
    let s = setup(&model, &[]).await;
    let workdir = tempfile::tempdir().unwrap();
    let worker = s.worker(workdir.path());
    let sid = s.session("files").await;
    let history = s.turn(&sid, "work").await;
    stop(worker);
    answered_once(&history);
    assert!(
        history
            .iter()
            .filter(|e| e["type"] == "user.tool_result")
            .all(|e| e["is_error"] == false)
    );
    assert!(text_of(history.iter().rfind(|e| e["type"] == "agent.message").unwrap()).contains("hello agents"));
    assert_eq!(
        std::fs::read_to_string(workdir.path().join("notes/hello.txt")).unwrap(),
        "hello agents\n"
    );
    assert!(
        !s.server.dir.path().join("workspaces").join(&sid).exists(),
        "nothing ran on the server"
    );
    assert_eq!(
        s.items().await[0]["state"],
        "stopped",
        "the worker stopped its item when done"
    );
}

/// The official contract of `--on-work`: the script gets the item's JSON on stdin and the four
/// variables, its output goes to the worker's stderr, and here it serves the item itself with
/// `ant beta:worker run`, as a container's entry point would.
#[tokio::test]
async fn an_on_work_script_gets_the_item_and_serves_it_with_worker_run() {
    let model = FakeModel::start();
    let s = setup(&model, &[]).await;
    let dir = tempfile::tempdir().unwrap();
    let workdir = dir.path().join("work");
    let script = dir.path().join("on-work.sh");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\ncd \"$(dirname \"$0\")\"\ncat > item.json\nenv | grep '^ANTHROPIC_' | sort > env.txt\n\
             echo on-work-output\nexec '{ANT}' beta:worker run --max-idle 1s --workdir '{}'\n",
            workdir.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let worker = s
        .poll(dir.path())
        .arg("--on-work")
        .arg(&script)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let sid = s.session("files").await;
    let history = s.turn(&sid, "work").await;
    answered_once(&history);
    assert_eq!(
        std::fs::read_to_string(workdir.join("notes/hello.txt")).unwrap(),
        "hello agents\n"
    );
    let items = s.all_stopped().await;
    unsafe { libc::kill(worker.id() as i32, libc::SIGTERM) };
    let out = worker.wait_with_output().unwrap();
    assert!(out.status.success(), "{out:?}");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "",
        "the script's output is not on stdout"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("on-work-output"));

    let item: Value = serde_json::from_str(&std::fs::read_to_string(dir.path().join("item.json")).unwrap()).unwrap();
    assert_eq!(item["id"], items[0]["id"]);
    assert_eq!(item["data"], json!({"type": "session", "id": sid}));
    let env = std::fs::read_to_string(dir.path().join("env.txt")).unwrap();
    for line in [
        format!("ANTHROPIC_WORK_ID={}", items[0]["id"].as_str().unwrap()),
        format!("ANTHROPIC_SESSION_ID={sid}"),
        format!("ANTHROPIC_ENVIRONMENT_ID={}", s.env),
        format!("ANTHROPIC_ENVIRONMENT_KEY={}", s.key),
    ] {
        assert!(env.lines().any(|l| l == line), "{line} not in {env}");
    }
}

/// SIGTERM lets the running call finish and post its result, then stops the item; exit 0.
#[tokio::test]
async fn sigterm_finishes_the_current_call_then_stops_the_item() {
    let model = FakeModel::start();
    let s = setup(&model, &[]).await;
    let workdir = tempfile::tempdir().unwrap();
    let worker = s.worker(workdir.path());
    let sid = s.session("shell").await;
    s.start_call(
        &sid,
        "echo started > ran.txt; sleep 2; echo finished",
        &workdir.path().join("ran.txt"),
    )
    .await;
    let held = s.items().await[0]["id"].clone();
    unsafe { libc::kill(worker.id() as i32, libc::SIGTERM) };
    let out = worker.wait_with_output().unwrap();
    assert!(out.status.success(), "{out:?}");
    let history = s.server.history(&sid).await;
    let result = history.iter().find(|e| e["type"] == "user.tool_result").unwrap();
    assert_eq!(result["is_error"], false);
    assert!(text_of(result).contains("finished"), "{result}");
    // The posted result starts the turn's next step, which may queue a new
    // item for some other worker: the one this worker held is what it stops.
    let items = s.items().await;
    let item = items.iter().find(|i| i["id"] == held).unwrap();
    assert_eq!(item["state"], "stopped", "{items:?}");
}

#[tokio::test]
async fn two_workers_never_run_the_same_item() {
    let model = FakeModel::start();
    let s = setup(&model, &[]).await;
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let workers = [s.worker(a.path()), s.worker(b.path())];
    let mut sessions = Vec::new();
    for _ in 0..4 {
        sessions.push(s.session("files").await);
    }
    let turns: Vec<_> = sessions.iter().map(|sid| s.turn(sid, "work")).collect();
    for history in futures::future::join_all(turns).await {
        answered_once(&history);
    }
    for w in workers {
        stop(w);
    }
    let stats = s
        .server
        .ok("GET", &format!("/v1/environments/{}/work/stats", s.env), None)
        .await;
    assert_eq!(stats["depth"], 0);
}

#[tokio::test]
async fn a_killed_worker_s_item_goes_to_another_after_its_lease() {
    let model = FakeModel::start();
    let s = setup(&model, &["--work-lease-seconds", "2"]).await;
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut first = s.worker(a.path());
    let sid = s.session("shell").await;
    s.start_call(
        &sid,
        "echo started >> ran.txt; sleep 3; echo finished",
        &a.path().join("ran.txt"),
    )
    .await;
    first.kill().unwrap();
    first.wait().unwrap();
    let second = s.worker(b.path());
    let deadline = Instant::now() + Duration::from_secs(30);
    let history = loop {
        let h = s.server.history(&sid).await;
        if h.last()
            .is_some_and(|e| e["type"] == "session.status_idle" && e["stop_reason"]["type"] == "end_turn")
        {
            break h;
        }
        assert!(Instant::now() < deadline, "the session did not finish: {:?}", types(&h));
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    stop(second);
    answered_once(&history);
    let result = history.iter().find(|e| e["type"] == "user.tool_result").unwrap();
    assert!(text_of(result).contains("finished"));
    assert_eq!(
        std::fs::read_to_string(b.path().join("ran.txt")).unwrap(),
        "started\n",
        "the second worker ran it"
    );
}

#[tokio::test]
async fn a_wrong_environment_key_is_refused() {
    let model = FakeModel::start();
    let s = setup(&model, &[]).await;
    let workdir = tempfile::tempdir().unwrap();
    let out = Command::new(ANT)
        .args([
            "beta:worker",
            "poll",
            "--base-url",
            &s.server.base_url,
            "--environment-id",
            &s.env,
        ])
        .args(["--environment-key", "sk-ant-env-wrong", "--workdir"])
        .arg(workdir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("poll failed") && err.contains("401"), "{err}");
    let other = s
        .server
        .ok(
            "POST",
            "/v1/environments",
            Some(json!({"name": "other", "config": {"type": "self_hosted"}})),
        )
        .await;
    let resp = s
        .server
        .http
        .get(s.server.url(&format!(
            "/v1/environments/{}/work/stats",
            other["id"].as_str().unwrap()
        )))
        .bearer_auth(&s.key)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 403, "a key reaches only its own environment");
    let resp = s
        .server
        .http
        .get(s.server.url("/v1/agents"))
        .bearer_auth(&s.key)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 403);
}
