//! An environment's packages, end to end: the real server installs them once into a cache its
//! sessions see read-only, streams the progress, and ends the turn with a `session.error` naming
//! a package that cannot be installed, without calling the model. Offline: the pip package is a
//! wheel built here and served from loopback.

mod common;

use std::io::BufRead;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Instant;

use common::*;
use serde_json::{Value, json};

/// A tiny wheel, `tinymod` with `X = "tiny-42"`, served over HTTP on loopback.
struct WheelServer {
    child: Child,
    url: String,
    _dir: tempfile::TempDir,
}

impl WheelServer {
    fn start() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let wheel = dir.path().join("tinymod-1.0-py3-none-any.whl");
        let build = r#"
import sys, zipfile
files = {
    "tinymod.py": "X = 'tiny-' + str(6 * 7)\n",
    "tinymod-1.0.dist-info/METADATA": "Metadata-Version: 2.1\nName: tinymod\nVersion: 1.0\n",
    "tinymod-1.0.dist-info/WHEEL": "Wheel-Version: 1.0\nGenerator: hand\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
}
record = "".join(name + ",,\n" for name in files) + "tinymod-1.0.dist-info/RECORD,,\n"
files["tinymod-1.0.dist-info/RECORD"] = record
with zipfile.ZipFile(sys.argv[1], "w") as z:
    for name, text in files.items():
        z.writestr(name, text)
"#;
        let built = Command::new("python3")
            .args(["-c", build])
            .arg(&wheel)
            .status()
            .unwrap();
        assert!(built.success());
        let mut child = Command::new("python3")
            .args(["-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory"])
            .arg(dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        // "Serving HTTP on 127.0.0.1 port 41234 (http://127.0.0.1:41234/) ..."
        let base = line.split(['(', ')']).nth(1).expect("http.server names its address");
        Self {
            child,
            url: format!("{base}tinymod-1.0-py3-none-any.whl"),
            _dir: dir,
        }
    }
}

impl Drop for WheelServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An environment with `packages`, whose network names the host's loopback, where the test's
/// wheel server listens (an unrestricted one reaches the internet, never this machine).
async fn environment(s: &Server, packages: Value) -> String {
    let networking = json!({"type": "limited", "allowed_hosts": ["127.0.0.1"]});
    let body =
        json!({"name": "with packages", "config": {"type": "cloud", "packages": packages, "networking": networking}});
    s.ok("POST", "/v1/environments", Some(body)).await["id"]
        .as_str()
        .unwrap()
        .to_string()
}

async fn session(s: &Server, agent: &str, env: &str) -> String {
    let body = json!({"agent": agent, "environment_id": env});
    s.ok("POST", "/v1/sessions", Some(body)).await["id"]
        .as_str()
        .unwrap()
        .to_string()
}

fn setup_frames(events: &[Value]) -> Vec<&Value> {
    events.iter().filter(|e| e["type"] == "ant.environment_setup").collect()
}

fn statuses<'a>(frames: &[&'a Value]) -> Vec<&'a str> {
    frames.iter().map(|f| f["status"].as_str().unwrap()).collect()
}

fn tool_output(events: &[Value]) -> String {
    text_of(
        events
            .iter()
            .find(|e| e["type"] == "agent.tool_result")
            .expect("a tool result"),
    )
}

fn entries(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

#[tokio::test]
async fn packages_install_once_and_sessions_see_them_read_only() {
    let wheel = WheelServer::start();
    let model = FakeModel::start();
    let s = Server::with_model(&model, "anthropic");
    let env = environment(&s, json!({"pip": [wheel.url]})).await;
    let agent = s.agent("shell", toolset()).await;
    let import = "python3 -c 'import tinymod; print(tinymod.X)'";

    let first = session(&s, &agent, &env).await;
    let started = Instant::now();
    let events = s.turn(&first, user_message(import)).await;
    let install = started.elapsed();
    let frames = setup_frames(&events);
    assert_eq!(statuses(&frames), ["installing", "ready"], "{events:#?}");
    assert_eq!(frames[0]["manager"], "pip");
    assert_eq!(frames[0]["packages"], json!([wheel.url]));
    assert!(frames[1]["elapsed_ms"].is_u64());
    assert!(tool_output(&events).contains("tiny-42"), "{events:#?}");
    assert_eq!(events.last().unwrap()["stop_reason"]["type"], "end_turn");
    let history = s.history(&first).await;
    assert!(setup_frames(&history).is_empty(), "progress is streamed, never stored");

    let writes = s
        .turn(&first, user_message("touch \"${PYTHONPATH%%:*}/new\" 2>&1; echo rc=$?"))
        .await;
    let out = tool_output(&writes);
    assert!(out.contains("Read-only file system") && out.contains("rc=1"), "{out}");

    // Another session of the same packages finds them installed: no progress at all.
    let second = session(&s, &agent, &env).await;
    let started = Instant::now();
    let events = s.turn(&second, user_message(import)).await;
    let reuse = started.elapsed();
    assert!(setup_frames(&events).is_empty(), "{events:#?}");
    assert!(tool_output(&events).contains("tiny-42"));
    let caches = entries(&s.path("packages"));
    assert_eq!(caches.len(), 1, "one cache, no staging dir left: {caches:?}");
    eprintln!("first turn with the install: {install:?}; a turn reusing the cache: {reuse:?}");
}

#[tokio::test]
async fn a_package_that_cannot_be_installed_ends_the_turn_without_the_model() {
    let model = FakeModel::start();
    let s = Server::with_model(&model, "anthropic");
    let env = environment(&s, json!({"pip": ["/nonexistent/x.whl"]})).await;
    let sid = session(&s, &s.agent("hello", toolset()).await, &env).await;
    for _ in 0..2 {
        // Each new message tries again.
        let events = s.turn(&sid, user_message("hi")).await;
        assert_eq!(statuses(&setup_frames(&events)), ["installing", "failed"]);
        let error = events.iter().find(|e| e["type"] == "session.error").unwrap();
        assert_eq!(error["error"]["type"], "unknown_error");
        assert_eq!(error["error"]["retry_status"]["type"], "terminal");
        let message = error["error"]["message"].as_str().unwrap();
        assert!(
            message.starts_with("pip could not install /nonexistent/x.whl: "),
            "{message}"
        );
        assert_eq!(events.last().unwrap()["stop_reason"]["type"], "retries_exhausted");
        assert!(!events.iter().any(|e| e["type"] == "span.model_request_start"));
    }
    assert!(model.requests().is_empty(), "the model is never called");
    assert!(entries(&s.path("packages")).is_empty(), "no half cache is left");

    // The live view of `ant run` says so too, and exits 1.
    let out = s
        .ant(&["run", &s.agent("hello", toolset()).await, "hi", "--environment", &env])
        .run();
    assert_eq!(out.code, 1, "{}\n{}", out.stdout, out.stderr);
    assert!(out.stdout.contains("! packages failed to install ("), "{}", out.stdout);
    assert!(
        out.stdout
            .contains("! unknown_error: pip could not install /nonexistent/x.whl: "),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("— idle: retries_exhausted"), "{}", out.stdout);
}

#[tokio::test]
async fn sessions_of_one_environment_share_one_install() {
    let wheel = WheelServer::start();
    let model = FakeModel::start();
    let s = Server::with_model(&model, "anthropic");
    let env = environment(&s, json!({"pip": [wheel.url]})).await;
    let agent = s.agent("shell", toolset()).await;
    let (a, b) = (session(&s, &agent, &env).await, session(&s, &agent, &env).await);
    let import = user_message("python3 -c 'import tinymod; print(tinymod.X)'");
    let (ea, eb) = tokio::join!(s.turn(&a, import.clone()), s.turn(&b, import.clone()));
    for events in [&ea, &eb] {
        assert!(tool_output(events).contains("tiny-42"), "{events:#?}");
    }
    // Whichever came second waited for the first one's install, or found it done.
    let installs = [&ea, &eb]
        .iter()
        .flat_map(|events| setup_frames(events))
        .filter(|f| f["status"] == "installing")
        .count();
    assert_eq!(installs, 1);
    assert_eq!(entries(&s.path("packages")).len(), 1);
}
