//! The live view of session events: rendering snapshots, the stream through the binary, lossless
//! reconnects, `--until-idle` exit codes, and bad input.

mod common;

use ant::output::live::Live;

/// Renders every line of a recorded stream without colour, with the status line after each event.
fn render_fixture(name: &str) -> String {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name),
    )
    .unwrap();
    let mut out = Vec::new();
    let mut statuses = Vec::new();
    {
        let mut live = Live::new(&mut out, false, false);
        for line in text.lines() {
            live.event(line).unwrap();
            statuses.push(live.status());
        }
    }
    let mut shown = String::from_utf8(out).unwrap();
    shown.push_str("\n--- status after each event ---\n");
    for s in statuses {
        shown.push_str(&s);
        shown.push('\n');
    }
    shown
}

#[test]
fn every_event_type_renders() {
    insta::assert_snapshot!(render_fixture("every_event.jsonl"));
}

use std::io::{BufRead, Read, Write};
use std::time::{Duration, Instant};

use common::*;
use serde_json::{Value, json};

/// Waits for a child `ant` and returns (exit code, stdout, stderr).
fn finish(mut child: std::process::Child, within: Duration) -> (i32, String, String) {
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let mut out = String::new();
            let mut err = String::new();
            child.stdout.take().unwrap().read_to_string(&mut out).unwrap();
            child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
            return (status.code().unwrap_or(-1), out, err);
        }
        if started.elapsed() > within {
            let _ = child.kill();
            let out = child.wait_with_output().unwrap();
            panic!(
                "ant did not finish in {within:?}\nstdout: {}\nstderr: {}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Polls the history until an event of `kind` is in it.
async fn wait_for(s: &Server, sid: &str, kind: &str) {
    let started = Instant::now();
    while !s.history(sid).await.iter().any(|e| e["type"] == kind) {
        assert!(started.elapsed() < Duration::from_secs(20), "no {kind} in {sid}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

async fn send(s: &Server, sid: &str, events: Value) {
    s.ok(
        "POST",
        &format!("/v1/sessions/{sid}/events"),
        Some(json!({ "events": events })),
    )
    .await;
}

/// Starts `ant stream` and waits until its stream is open (the server logs nothing per stream,
/// so this waits for the command's own history request, the last step of opening).
fn stream_cmd(s: &Server, args: &[&str]) -> std::process::Child {
    let child = s.ant(args).spawn();
    // Opening is: connect the stream, then list one event; both are quick on loopback.
    std::thread::sleep(Duration::from_millis(700));
    child
}

#[tokio::test]
async fn a_server_restart_mid_turn_loses_and_repeats_nothing() {
    let model = FakeModel::start();
    let mut s = Server::with_model(&model, "anthropic");
    let sid = s.session(&s.agent("nap", toolset()).await).await;
    let child = stream_cmd(&s, &["stream", &sid, "--format", "jsonl", "--until-idle"]);
    send(&s, &sid, user_message("nap")).await;
    wait_for(&s, &sid, "agent.tool_use").await;
    s.restart_in_place(true);
    let (code, out, err) = finish(child, Duration::from_secs(60));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("reconnecting"), "{err}");
    let printed: Vec<String> = out
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let history: Vec<String> = s
        .history(&sid)
        .await
        .iter()
        .map(|e| e["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(printed, history, "every event once, in order");
}

/// Piped output is batched only while more events are already waiting: a quiet stream shows
/// each event at once, while the command is still running.
#[tokio::test]
async fn piped_events_come_out_while_the_stream_is_open() {
    let model = FakeModel::start();
    let s = Server::with_model(&model, "anthropic");
    let sid = s.session(&s.agent("hello", toolset()).await).await;
    let mut child = stream_cmd(&s, &["stream", &sid, "--format", "jsonl"]);
    let (line_tx, lines) = std::sync::mpsc::channel::<String>();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in std::io::BufRead::lines(std::io::BufReader::new(stdout)) {
            let Ok(line) = line else { break };
            if line_tx.send(line).is_err() {
                break;
            }
        }
    });
    send(&s, &sid, user_message("go")).await;
    let started = Instant::now();
    let mut seen = Vec::new();
    while !seen.iter().any(|t| t == "session.status_idle") {
        let line = lines
            .recv_timeout(Duration::from_secs(20).saturating_sub(started.elapsed()))
            .unwrap_or_else(|_| panic!("held back: only {seen:?} came out"));
        seen.push(
            serde_json::from_str::<Value>(&line).unwrap()["type"]
                .as_str()
                .unwrap()
                .to_string(),
        );
    }
    assert!(child.try_wait().unwrap().is_none(), "stream ended by itself");
    assert_eq!(seen.first().map(String::as_str), Some("user.message"), "{seen:?}");
    child.kill().unwrap();
    child.wait().unwrap();
}

#[tokio::test]
async fn until_idle_exit_codes_follow_the_stop_reason() {
    let model = FakeModel::start();
    let s = Server::with_model(&model, "anthropic");
    let ask = json!([{"type": "agent_toolset_20260401", "configs": [{"name": "bash", "permission_policy": {"type": "always_ask"}}]}]);
    for (scenario, tools, code) in [("hello", toolset(), 0), ("confirm", ask, 2)] {
        let sid = s.session(&s.agent(scenario, tools).await).await;
        let child = stream_cmd(&s, &["stream", &sid, "--until-idle", "--format", "human"]);
        send(&s, &sid, user_message("go")).await;
        let (got, out, err) = finish(child, Duration::from_secs(30));
        assert_eq!(got, code, "{scenario}: {out}{err}");
        assert!(out.contains("> go"), "{out}");
        if scenario == "confirm" {
            assert!(
                out.contains("▸ bash: echo approved-$((6*7))  [needs approval]"),
                "{out}"
            );
            assert!(out.contains("— idle: requires_action"), "{out}");
        } else {
            assert!(out.contains("Hello from the fake model."), "{out}");
        }
    }
}

#[tokio::test]
async fn deltas_show_the_text_once() {
    let model = FakeModel::start();
    let s = Server::with_model(&model, "anthropic");
    let sid = s.session(&s.agent("hello", toolset()).await).await;
    let args = [
        "stream",
        &sid,
        "--until-idle",
        "--format",
        "human",
        "--event-delta",
        "agent.message",
    ];
    let child = stream_cmd(&s, &args);
    send(&s, &sid, user_message("go")).await;
    let (code, out, err) = finish(child, Duration::from_secs(30));
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.matches("Hello from the fake model.").count(), 1, "{out}");
}

#[test]
fn a_session_that_does_not_exist_is_one_line_and_exit_1() {
    let s = Server::start(&[]);
    for format in ["human", "jsonl"] {
        let out = s.ant(&["stream", "sesn_01nope", "--format", format]).run();
        assert_eq!(out.code, 1, "{format}: {}", out.stderr);
        if format == "human" {
            assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
            assert!(
                out.stderr.contains("404") && out.stderr.contains("sesn_01nope"),
                "{}",
                out.stderr
            );
        }
    }
    // ant chat says the same in one line, the server's reason included.
    let out = s.ant(&["chat", "sesn_01nope"]).run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("404 Not Found: session sesn_01nope not found"),
        "{}",
        out.stderr
    );
}

#[tokio::test]
async fn a_session_deleted_mid_stream_ends_it_with_exit_1() {
    let s = Server::start(&[]);
    let sid = s.session(&s.agent("x", toolset()).await).await;
    let child = stream_cmd(&s, &["stream", &sid, "--format", "human"]);
    s.ok("DELETE", &format!("/v1/sessions/{sid}"), None).await;
    let (code, out, err) = finish(child, Duration::from_secs(20));
    assert_eq!(code, 1);
    assert!(out.contains("· session deleted"), "{out}");
    assert_eq!(err.trim(), format!("ant: session {sid} was deleted"));
}

#[test]
fn a_server_down_at_start_is_one_line_and_exit_1() {
    let out = Ant::new(&["stream", "sesn_01x", "--max-retries", "0"])
        .env("ANTHROPIC_BASE_URL", "http://127.0.0.1:9")
        .env("ANTHROPIC_API_KEY", KEY)
        .run();
    assert_eq!(out.code, 1);
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    assert!(
        out.stderr.starts_with("ant: cannot connect to http://127.0.0.1:9"),
        "{}",
        out.stderr
    );
}

/// A server that answers each request, one connection at a time: a stream whose frame is not
/// JSON, or an empty list (the history and its newest event alike).
fn malformed_stream_server() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for conn in listener.incoming() {
            let mut conn = conn.unwrap();
            let mut reader = std::io::BufReader::new(conn.try_clone().unwrap());
            let mut request_line = String::new();
            reader.read_line(&mut request_line).unwrap();
            let mut line = String::new();
            while reader.read_line(&mut line).unwrap() > 2 {
                line.clear();
            }
            if request_line.contains("/stream") {
                let body = "event: agent.message\ndata: {\"type\": \"agent.mess\n\n";
                write!(
                    conn,
                    "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ncontent-length: {}\r\n\r\n{body}",
                    body.len()
                )
                .unwrap();
            } else {
                let body = r#"{"data":[],"next_page":null}"#;
                write!(
                    conn,
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
                    body.len()
                )
                .unwrap();
            }
        }
    });
    format!("http://{addr}")
}

#[test]
fn a_malformed_frame_is_one_line_and_exit_1() {
    let url = malformed_stream_server();
    let out = Ant::new(&["stream", "sesn_01x", "--format", "jsonl"])
        .env("ANTHROPIC_BASE_URL", &url)
        .env("ANTHROPIC_API_KEY", KEY)
        .run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert_eq!(
        out.stderr.trim(),
        "ant: the event stream sent a malformed event (not JSON): {\"type\": \"agent.mess"
    );
}
