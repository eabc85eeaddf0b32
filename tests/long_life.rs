//! A server that lives long and under load: it raises its soft limit on open files to the hard
//! one, idle sessions hold no shell and few descriptors, and a request whose body stops coming
//! is answered 408 instead of holding its connection.

mod common;

use std::time::{Duration, Instant};

use common::*;
use futures::StreamExt;
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// The soft and hard limits on open files of a process, as /proc shows them.
fn open_files_limits(pid: u32) -> (String, String) {
    let limits = std::fs::read_to_string(format!("/proc/{pid}/limits")).unwrap();
    let line = limits.lines().find(|l| l.starts_with("Max open files")).unwrap();
    let fields: Vec<&str> = line["Max open files".len()..].split_whitespace().collect();
    (fields[0].to_string(), fields[1].to_string())
}

fn open_fds(pid: u32) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/fd")).unwrap().count()
}

/// The process ids of `pid`'s children (its tool sandboxes), zombies included.
fn children(pid: u32) -> Vec<u32> {
    std::fs::read_dir("/proc")
        .unwrap()
        .filter_map(|e| {
            let child: u32 = e.ok()?.file_name().to_str()?.parse().ok()?;
            let stat = std::fs::read_to_string(format!("/proc/{child}/stat")).ok()?;
            // After the parenthesised command: state, then the parent's pid.
            let ppid = stat[stat.rfind(')')? + 2..].split(' ').nth(1)?;
            (ppid == pid.to_string()).then_some(child)
        })
        .collect()
}

#[tokio::test]
async fn the_soft_limit_on_open_files_is_raised_to_the_hard_one() {
    let s = Server::start_with(&[], Some((256, u64::MAX)));
    let (soft, hard) = open_files_limits(s.pid());
    assert_eq!(soft, hard, "the server started with a soft limit of 256");
}

/// One turn whose bash call echoes a word; panics unless it ends with the word as its result.
async fn echo_turn(s: &Server, agent: &str, env: &str) {
    let body = json!({"agent": agent, "environment_id": env});
    let sid = s.ok("POST", "/v1/sessions", Some(body)).await["id"]
        .as_str()
        .unwrap()
        .to_string();
    s.ok(
        "POST",
        &format!("/v1/sessions/{sid}/events"),
        Some(json!({"events": user_message("echo hi")})),
    )
    .await;
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let history = s.history(&sid).await;
        if history.last().is_some_and(|e| e["type"] == "session.status_idle") {
            let result = history.iter().find(|e| e["type"] == "agent.tool_result").unwrap();
            assert_eq!((text_of(result).as_str(), &result["is_error"]), ("hi", &json!(false)));
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{sid} never went idle: {:?}",
            types(&history)
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn a_thousand_idle_sessions_hold_no_shell_and_few_descriptors() {
    let model = FakeModel::start();
    let s = Server::start_with(
        &["--model-url", &model.url, "--shell-idle-seconds", "1"],
        Some((1024, u64::MAX)),
    );
    let pid = s.pid();
    let agent = s.agent("shell", toolset()).await;
    let env = s.ok("POST", "/v1/environments", Some(json!({"name": "e"}))).await["id"]
        .as_str()
        .unwrap()
        .to_string();
    let at_start = open_fds(pid);
    echo_turn(&s, &agent, &env).await;
    assert!(
        !children(pid).is_empty(),
        "the first session's shell runs right after its turn"
    );
    let started = Instant::now();
    let turns = futures::stream::iter(1..1000)
        .map(|_| echo_turn(&s, &agent, &env))
        .buffer_unordered(32);
    turns.collect::<Vec<()>>().await;
    let busy = (open_fds(pid), children(pid).len());
    eventually(Duration::from_secs(30), "idle shells are still running", || {
        children(pid).is_empty()
    })
    .await;
    eventually(
        Duration::from_secs(30),
        "the server holds more than 100 descriptors",
        || open_fds(pid) <= 100,
    )
    .await;
    eprintln!(
        "1,000 sessions, one bash call each, in {:.1} s: {} fds at start; right after the last turn {} fds and {} child processes; once idle {} fds and 0 child processes",
        started.elapsed().as_secs_f64(),
        at_start,
        busy.0,
        busy.1,
        open_fds(pid)
    );
}

/// With too few descriptors for every session's shell, a call that cannot start its shell is an
/// error result that says why, every turn still ends, and a later call works.
#[tokio::test]
async fn running_out_of_descriptors_is_a_tool_error_and_no_session_is_stuck() {
    let model = FakeModel::start();
    let s = Server::start_with(
        &["--model-url", &model.url, "--shell-idle-seconds", "1"],
        Some((64, 64)),
    );
    let agent = s.agent("shell", toolset()).await;
    let mut sessions = Vec::new();
    for _ in 0..25 {
        let sid = s.session(&agent).await;
        s.ok(
            "POST",
            &format!("/v1/sessions/{sid}/events"),
            Some(json!({"events": user_message("sleep 2; echo done")})),
        )
        .await;
        sessions.push(sid);
    }
    let mut results = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(90);
    for sid in &sessions {
        loop {
            let history = s.history(sid).await;
            if history.last().is_some_and(|e| e["type"] == "session.status_idle") {
                // A model request may fail for want of a descriptor too: the turn then ends
                // retries_exhausted before any call.
                if let Some(result) = history.iter().find(|e| e["type"] == "agent.tool_result") {
                    results.push((sid, text_of(result)));
                }
                break;
            }
            assert!(Instant::now() < deadline, "{sid} is stuck: {:?}", types(&history));
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
    // The shell, or the sandbox's network before it, could not start: either way the result
    // names the shortage.
    let emfile = "too many open files: the server has no file descriptor left (EMFILE)";
    assert!(
        results.iter().all(|(_, r)| r.contains(emfile) || r == "done"),
        "{results:?}"
    );
    let (refused, _) = results
        .iter()
        .find(|(_, r)| r.contains(emfile))
        .expect("some shell could not start");
    eventually(Duration::from_secs(30), "idle shells are still running", || {
        children(s.pid()).is_empty()
    })
    .await;
    let again = s.turn(refused, user_message("echo again")).await;
    let result = again.iter().find(|e| e["type"] == "agent.tool_result").unwrap();
    assert_eq!(text_of(result), "again");
}

/// Sends a request head declaring a 64-byte body, then `body` after `pause`; returns the whole
/// answer (the request asks the server to close the connection after it).
async fn post_slowly(s: &Server, body: &str, pause: Duration) -> String {
    let addr = s.base_url.trim_start_matches("http://");
    let mut tcp = tokio::net::TcpStream::connect(addr).await.unwrap();
    let head = format!(
        "POST /v1/environments HTTP/1.1\r\nhost: {addr}\r\nx-api-key: {KEY}\r\ncontent-type: application/json\r\n\
         content-length: 64\r\nconnection: close\r\n\r\n"
    );
    tcp.write_all(head.as_bytes()).await.unwrap();
    tokio::time::sleep(pause).await;
    tcp.write_all(body.as_bytes()).await.unwrap();
    let mut answer = String::new();
    tokio::time::timeout(Duration::from_secs(30), tcp.read_to_string(&mut answer))
        .await
        .expect("an answer, and the connection closed, within 30 s")
        .unwrap();
    answer
}

#[tokio::test]
async fn a_body_that_stops_coming_is_answered_408_and_a_slow_one_is_served() {
    let s = Server::start(&[]);
    let whole = format!("{:<64}", r#"{"name": "slow"}"#);
    let answer = post_slowly(&s, &whole, Duration::from_secs(1)).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    let answer = post_slowly(&s, r#"{"name": "#, Duration::ZERO).await;
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    let body: serde_json::Value = serde_json::from_str(answer.split_once("\r\n\r\n").unwrap().1).unwrap();
    assert_eq!(body["type"], "error");
    assert_eq!(body["error"]["type"], "timeout_error");
    assert_eq!(
        body["error"]["message"],
        "the request body stopped arriving: nothing for 10 s"
    );
}
