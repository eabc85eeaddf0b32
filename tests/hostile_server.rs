//! Servers that misbehave on purpose, each a raw TCP server in the test writing hand-made
//! answers: whatever they send, `ant` ends with one line and a clear exit code after a bounded
//! number of requests, never aborting, spinning or waiting forever. The time limit on each case
//! is a safety net, not a measurement.

mod common;

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::{Ant, KEY};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// How long any one command may take before the test calls it wedged.
const SAFETY_LIMIT: Duration = Duration::from_secs(60);
/// Connections in a row the follower tries before giving up (client::stream).
const MAX_FAILED_CONNECTIONS: usize = 6;
/// A nesting depth no printer could recurse through on a thread's stack.
const HOSTILE_DEPTH: usize = 300_000;

type Reply = Pin<Box<dyn Future<Output = ()> + Send>>;
/// Answers one request: its number among the requests of its kind (0 for the first), and the
/// connection, whose request head has been read.
type Handler = Arc<dyn Fn(usize, TcpStream) -> Reply + Send + Sync>;

fn handler<F, R>(f: F) -> Handler
where
    F: Fn(usize, TcpStream) -> R + Send + Sync + 'static,
    R: Future<Output = ()> + Send + 'static,
{
    Arc::new(move |n, conn| Box::pin(f(n, conn)))
}

/// The same bytes for every request, then the connection closes.
fn canned(bytes: Vec<u8>) -> Handler {
    let bytes = Arc::new(bytes);
    handler(move |_, mut conn| {
        let bytes = bytes.clone();
        async move {
            let _ = conn.write_all(&bytes).await;
            let _ = conn.shutdown().await;
        }
    })
}

/// Accepts and then says nothing, holding the connection open.
fn silent() -> Handler {
    handler(|_, conn| async move {
        tokio::time::sleep(Duration::from_secs(600)).await;
        drop(conn);
    })
}

fn answer(status: &str, headers: &str, body: &[u8]) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status}\r\n{headers}connection: close\r\n\r\n").into_bytes();
    out.extend_from_slice(body);
    out
}

fn json_answer(status: &str, body: &str) -> Vec<u8> {
    let headers = format!("content-type: application/json\r\ncontent-length: {}\r\n", body.len());
    answer(status, &headers, body.as_bytes())
}

/// An event stream holding `frames`, ended by closing the connection.
fn sse(frames: &str) -> Vec<u8> {
    answer("200 OK", "content-type: text/event-stream\r\n", frames.as_bytes())
}

fn frame(event: &Value) -> String {
    format!(
        "event: {}\nid: {}\ndata: {event}\n\n",
        event["type"].as_str().unwrap(),
        event["id"].as_str().unwrap()
    )
}

fn event(id: &str, kind: &str) -> Value {
    json!({"type": kind, "id": id, "processed_at": "2026-05-01T10:00:00.000000Z"})
}

fn idle(id: &str) -> Value {
    json!({"type": "session.status_idle", "id": id, "processed_at": "2026-05-01T10:00:01.000000Z",
           "stop_reason": {"type": "end_turn"}})
}

fn empty_history() -> Handler {
    canned(json_answer("200 OK", r#"{"data":[],"next_page":null}"#))
}

fn deeply_nested(levels: usize) -> String {
    format!("{}1{}", "[".repeat(levels), "]".repeat(levels))
}

/// One request as the server saw it.
struct Seen {
    at: Duration,
    target: String,
}

impl Seen {
    fn is_stream(&self) -> bool {
        self.target.contains("/events/stream")
    }
}

/// A raw HTTP/1.1 server: stream requests go to `stream`, all others to `other`.
async fn serve(stream: Handler, other: Handler) -> (String, Arc<Mutex<Vec<Seen>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let log = Arc::new(Mutex::new(Vec::<Seen>::new()));
    let seen = log.clone();
    let started = Instant::now();
    tokio::spawn(async move {
        while let Ok((mut conn, _)) = listener.accept().await {
            let (stream, other, seen) = (stream.clone(), other.clone(), seen.clone());
            tokio::spawn(async move {
                let Some(target) = read_head(&mut conn).await else {
                    return;
                };
                let request = Seen {
                    at: started.elapsed(),
                    target,
                };
                let is_stream = request.is_stream();
                let nth = {
                    let mut seen = seen.lock().unwrap();
                    let nth = seen.iter().filter(|s| s.is_stream() == is_stream).count();
                    seen.push(request);
                    nth
                };
                let _ = conn.set_nodelay(true);
                let reply = if is_stream { &stream } else { &other };
                reply(nth, conn).await;
            });
        }
    });
    (url, log)
}

/// The request target of a request head (GET requests only: no body follows).
async fn read_head(conn: &mut TcpStream) -> Option<String> {
    let mut head = Vec::new();
    let mut buf = [0u8; 4096];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 65536 {
        let n = conn.read(&mut buf).await.ok()?;
        if n == 0 {
            return None;
        }
        head.extend_from_slice(&buf[..n]);
    }
    let line = String::from_utf8_lossy(&head).lines().next()?.to_string();
    line.split(' ').nth(1).map(String::from)
}

type Check = Box<dyn Fn(&str) -> Result<(), String> + Send + Sync>;

struct Case {
    name: String,
    args: Vec<String>,
    idle_timeout: Option<&'static str>,
    stream: Handler,
    other: Handler,
    code: i32,
    /// What the one line on stderr says, in pieces.
    stderr: Vec<&'static str>,
    stderr_lines: usize,
    stdout: Option<Check>,
    /// The most stream requests the command may make (and the fewest: retries must happen).
    streams: std::ops::RangeInclusive<usize>,
}

impl Case {
    fn new(name: impl Into<String>, args: &[&str], stream: Handler) -> Self {
        Self {
            name: name.into(),
            args: args.iter().map(|a| a.to_string()).collect(),
            idle_timeout: None,
            stream,
            other: empty_history(),
            code: 1,
            stderr: Vec::new(),
            stderr_lines: 1,
            stdout: None,
            streams: 1..=1,
        }
    }

    /// `ant stream` until the session is idle, one JSON line per event.
    fn stream(name: &str, stream: Handler) -> Self {
        Self::new(name, &["stream", "sesn_x", "--until-idle", "--format", "jsonl"], stream)
    }

    fn fails(mut self, stderr: &[&'static str]) -> Self {
        self.stderr = stderr.to_vec();
        self
    }

    /// A stream that fails on every connection: retried, then given up on.
    fn retried(self) -> Self {
        Self {
            streams: 2..=MAX_FAILED_CONNECTIONS,
            ..self
        }
    }

    /// Runs the command against this case's server and returns what is wrong, if anything.
    async fn run(self) -> Result<(), String> {
        let (url, log) = serve(self.stream, self.other).await;
        let args: Vec<&str> = self.args.iter().map(String::as_str).collect();
        let mut ant = Ant::new(&args)
            .env("ANTHROPIC_BASE_URL", &url)
            .env("ANTHROPIC_API_KEY", KEY);
        if let Some(secs) = self.idle_timeout {
            ant = ant.env("ANT_IDLE_TIMEOUT", secs);
        }
        let child = ant.spawn();
        let pid = child.id() as i32;
        let waited = tokio::time::timeout(
            SAFETY_LIMIT,
            tokio::task::spawn_blocking(move || child.wait_with_output()),
        )
        .await;
        let Ok(out) = waited else {
            unsafe { libc::kill(pid, libc::SIGKILL) };
            return Err(format!("{}: still running after {SAFETY_LIMIT:?}", self.name));
        };
        let out = out.unwrap().unwrap();
        let (stdout, stderr) = (
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr),
        );
        let stdout_start: String = stdout.chars().take(300).collect();
        let mut wrong = Vec::new();
        if out.status.code() != Some(self.code) {
            wrong.push(format!("exit {:?}, expected {}", out.status, self.code));
        }
        if stderr.lines().count() != self.stderr_lines {
            wrong.push(format!("stderr is not {} line(s)", self.stderr_lines));
        }
        for piece in &self.stderr {
            if !stderr.contains(piece) {
                wrong.push(format!("stderr lacks {piece:?}"));
            }
        }
        if let Some(check) = &self.stdout
            && let Err(e) = check(&stdout)
        {
            wrong.push(e);
        }
        let streams = log.lock().unwrap().iter().filter(|s| s.is_stream()).count();
        if !self.streams.contains(&streams) {
            wrong.push(format!("{streams} stream requests, expected {:?}", self.streams));
        }
        if wrong.is_empty() {
            return Ok(());
        }
        Err(format!(
            "{}: {}\n  stderr: {stderr:?}\n  stdout starts: {stdout_start:?}",
            self.name,
            wrong.join("; ")
        ))
    }
}

/// Runs the cases at once (most of their time is backoff) and reports every one that failed.
async fn run_all(cases: Vec<Case>) {
    let runs: Vec<_> = cases.into_iter().map(|c| tokio::spawn(c.run())).collect();
    let mut failures = Vec::new();
    for run in runs {
        if let Err(e) = run.await.unwrap() {
            failures.push(e);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Each line of stdout as JSON: the `id`s of the events printed.
fn printed_ids(stdout: &str) -> Result<Vec<String>, String> {
    stdout
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).map_err(|e| format!("stdout line {l:?}: {e}"))?;
            Ok(v["id"].as_str().unwrap_or_default().to_string())
        })
        .collect()
}

fn prints(ids: &'static [&'static str]) -> Check {
    Box::new(move |stdout| match printed_ids(stdout)? {
        got if got == ids => Ok(()),
        got => Err(format!("printed {got:?}, expected {ids:?}")),
    })
}

#[tokio::test(flavor = "multi_thread")]
async fn broken_streams_end_the_command_after_bounded_retries() {
    let json_instead = canned(json_answer("200 OK", r#"{"data":[]}"#));
    let bad_chunks = canned(answer(
        "200 OK",
        "content-type: text/event-stream\r\ntransfer-encoding: chunked\r\n",
        b"zz\r\nnot a chunk\r\n",
    ));
    let short_body = canned(answer(
        "200 OK",
        "content-type: text/event-stream\r\ncontent-length: 1000\r\n",
        b"event: ping\ndata: {\"type\":\"ping\"}\n\n",
    ));
    let gzip_junk = canned(answer(
        "200 OK",
        "content-type: text/event-stream\r\ncontent-encoding: gzip\r\n",
        b"\x1f\x8b\x08\x00junk that does not inflate",
    ));
    let mut never_answers = Case::stream("a stream request never answered", silent())
        .fails(&["giving up", "no data for 1s"])
        .retried();
    never_answers.idle_timeout = Some("1");
    // The first contact retries as any command does (--max-retries 2), then the follower does.
    never_answers.streams = 2..=MAX_FAILED_CONNECTIONS + 2;
    let mut retrieve_unanswered = Case::new(
        "a retrieve never answered",
        &["agents", "retrieve", "agent_x"],
        silent(),
    )
    .fails(&["GET", "/v1/agents/agent_x", "no data for 1s"]);
    retrieve_unanswered.other = silent();
    retrieve_unanswered.idle_timeout = Some("1");
    retrieve_unanswered.streams = 0..=0;
    run_all(vec![
        Case::stream("JSON instead of SSE", json_instead)
            .fails(&["giving up", "the answer is application/json, not an event stream"])
            .retried(),
        Case::stream("bad chunked encoding", bad_chunks)
            .fails(&["failed 6 times in a row; giving up"])
            .retried(),
        Case::stream("a short content-length", short_body)
            .fails(&["failed 6 times in a row; giving up"])
            .retried(),
        Case::stream("gzip garbage", gzip_junk)
            .fails(&["giving up", "the stream is gzip-encoded"])
            .retried(),
        never_answers,
        retrieve_unanswered,
    ])
    .await;
}

/// Issue #13: a server that accepts the stream and closes it at once, again and again, gets a
/// handful of requests spread out by the backoff, and the command ends.
#[tokio::test(flavor = "multi_thread")]
async fn a_stream_closed_at_once_is_not_reopened_in_a_tight_loop() {
    let (url, log) = serve(canned(sse("")), empty_history()).await;
    let out = tokio::task::spawn_blocking(move || {
        Ant::new(&["beta:sessions:events", "stream", "sesn_x", "--format", "jsonl"])
            .env("ANTHROPIC_BASE_URL", &url)
            .env("ANTHROPIC_API_KEY", KEY)
            .run()
    })
    .await
    .unwrap();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("failed 6 times in a row; giving up: the server closed the stream"),
        "{}",
        out.stderr
    );
    let log = log.lock().unwrap();
    let streams: Vec<Duration> = log.iter().filter(|s| s.is_stream()).map(|s| s.at).collect();
    assert_eq!(streams.len(), MAX_FAILED_CONNECTIONS, "{streams:?}");
    let early = streams.iter().filter(|at| **at < Duration::from_secs(3)).count();
    assert!(early <= 4, "{early} stream requests in the first 3 s: {streams:?}");
    // Each reconnect lists the history once (newest first, one page) besides the first look.
    assert!(log.len() <= 2 * MAX_FAILED_CONNECTIONS, "{} requests", log.len());
}

#[tokio::test(flavor = "multi_thread")]
async fn hostile_bodies_are_refused_in_one_line() {
    let mut over_cap = Case::stream(
        "a 100 MiB event",
        handler(|_, mut conn| async move {
            let head = answer("200 OK", "content-type: text/event-stream\r\n", b"data: ");
            let mut ok = conn.write_all(&head).await.is_ok();
            let mib = vec![b'x'; 1 << 20];
            for _ in 0..100 {
                ok = ok && conn.write_all(&mib).await.is_ok();
            }
            if ok {
                let _ = conn.write_all(b"\n\n").await;
            }
        }),
    )
    .fails(&["the event stream sent an event larger than 64 MiB"]);
    over_cap.stdout = Some(Box::new(|out| match out.is_empty() {
        true => Ok(()),
        false => Err("printed something".into()),
    }));

    let repeating = canned(json_answer("200 OK", r#"{"data":[],"next_page":"page_again"}"#));
    let mut endless_history = Case::stream("a next_page cursor that repeats", canned(sse("")))
        .fails(&["the next_page cursor \"page_again\" came back"]);
    endless_history.other = repeating.clone();
    endless_history.streams = 2..=2;
    let mut endless_list = Case::new(
        "a list whose next_page repeats",
        &["beta:sessions:events", "list", "sesn_x"],
        canned(sse("")),
    )
    .fails(&["the next_page cursor \"page_again\" came back"]);
    endless_list.other = repeating;
    endless_list.streams = 0..=0;
    let mut fresh_cursors =
        Case::stream("a history that pages without end", canned(sse(""))).fails(&["catching up read 1000 pages"]);
    fresh_cursors.other = handler(|n, mut conn| async move {
        let page = format!(r#"{{"data":[],"next_page":"page_{n}"}}"#);
        let _ = conn.write_all(&json_answer("200 OK", &page)).await;
    });
    fresh_cursors.streams = 2..=2;

    let deep = deeply_nested(HOSTILE_DEPTH);
    let deep_event = sse(&format!("event: agent.message\ndata: {deep}\n\n"));
    let mut cases = vec![over_cap, endless_history, endless_list, fresh_cursors];
    for format in ["json", "jsonl", "yaml", "pretty", "raw", "human"] {
        let args = ["stream", "sesn_x", "--format", format];
        cases.push(
            Case::new(
                format!("a deeply nested event as {format}"),
                &args,
                canned(deep_event.clone()),
            )
            .fails(&["the event stream: the JSON is nested deeper than 512 levels"]),
        );
        let args = ["agents", "retrieve", "agent_x", "--format", format];
        let mut retrieve = Case::new(format!("a deeply nested retrieve as {format}"), &args, silent())
            .fails(&["/v1/agents/agent_x", "nested deeper than 512 levels"]);
        retrieve.other = canned(json_answer("200 OK", &deep));
        retrieve.streams = 0..=0;
        cases.push(retrieve);
    }
    let mut deep_transform = Case::new(
        "a deeply nested event with --transform",
        &["stream", "sesn_x", "--format", "yaml", "--transform", "0.0"],
        canned(deep_event),
    )
    .fails(&["nested deeper than 512 levels"]);
    deep_transform.stdout = Some(Box::new(|out| match out.is_empty() {
        true => Ok(()),
        false => Err("printed something".into()),
    }));
    cases.push(deep_transform);
    let mut deep_error = Case::new(
        "a deeply nested error body",
        &["agents", "retrieve", "agent_x"],
        silent(),
    )
    .fails(&["GET", "404 Not Found"]);
    deep_error.other = canned(json_answer("404 Not Found", &deep));
    deep_error.streams = 0..=0;
    cases.push(deep_error);
    run_all(cases).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn odd_but_valid_streams_are_followed() {
    // CR alone ends lines (valid SSE); one CR ends a write and its LF starts the next.
    let cr_only = handler(|_, mut conn| async move {
        let running = event("e1", "session.status_running");
        let first = format!(
            "{}event: agent.message\rid: e2\rdata: {{\"type\":\"agent.message\",\"id\":\"e2\",\r",
            frame(&running).replace('\n', "\r")
        );
        let _ = conn
            .write_all(&answer(
                "200 OK",
                "content-type: text/event-stream\r\n",
                first.as_bytes(),
            ))
            .await;
        tokio::time::sleep(Duration::from_millis(100)).await;
        let rest = format!("\ndata: \"content\":[]}}\r\r{}", frame(&idle("e3")).replace('\n', "\r"));
        let _ = conn.write_all(rest.as_bytes()).await;
    });
    let mut cr = Case::stream("CR-only line endings", cr_only);
    cr.code = 0;
    cr.stderr_lines = 0;
    cr.stdout = Some(prints(&["e1", "e2", "e3"]));

    // Two new events per connection, then a close: --max-items counts across reconnects.
    let pairs = handler(|n, mut conn| async move {
        let body: String = (2 * n..2 * n + 2)
            .map(|i| frame(&event(&format!("e{i}"), "agent.thinking")))
            .collect();
        let _ = conn.write_all(&sse(&body)).await;
    });
    let mut max_items = Case::new(
        "--max-items across reconnects",
        &["stream", "sesn_x", "--format", "jsonl", "--max-items", "3"],
        pairs,
    )
    .fails(&["connection lost (the server closed the stream); reconnecting"]);
    max_items.code = 0;
    max_items.stdout = Some(prints(&["e0", "e1", "e2"]));
    max_items.streams = 2..=2;

    // A connection gone silent is dropped after the idle timeout; the next one finishes.
    let goes_silent = handler(|n, mut conn| async move {
        let body = match n {
            0 => frame(&event("e1", "session.status_running")),
            _ => frame(&idle("e2")),
        };
        let _ = conn
            .write_all(&answer(
                "200 OK",
                "content-type: text/event-stream\r\n",
                body.as_bytes(),
            ))
            .await;
        if n == 0 {
            tokio::time::sleep(Duration::from_secs(600)).await;
        }
    });
    let mut silent_stream =
        Case::stream("a stream gone silent", goes_silent).fails(&["connection lost (no data for 1s); reconnecting"]);
    silent_stream.idle_timeout = Some("1");
    silent_stream.code = 0;
    silent_stream.stdout = Some(prints(&["e1", "e2"]));
    silent_stream.streams = 2..=2;

    // A 404 on reconnecting: the session was deleted.
    let then_gone = handler(|n, mut conn| async move {
        let reply = match n {
            0 => sse(&frame(&event("e1", "session.status_running"))),
            _ => json_answer(
                "404 Not Found",
                r#"{"type":"error","error":{"type":"not_found_error","message":"session sesn_x not found"}}"#,
            ),
        };
        let _ = conn.write_all(&reply).await;
    });
    let mut deleted = Case::stream("a 404 on reconnecting", then_gone).fails(&["ant: session sesn_x was deleted"]);
    deleted.stderr_lines = 2;
    deleted.stdout = Some(prints(&["e1"]));
    deleted.streams = 2..=2;

    let terminated = sse(&frame(&event("e1", "session.status_terminated")));
    let mut terminated =
        Case::stream("a terminated session", canned(terminated)).fails(&["ant: session sesn_x was terminated"]);
    terminated.stdout = Some(prints(&["e1"]));

    run_all(vec![cr, max_items, silent_stream, deleted, terminated]).await;
}

/// The deepest value accepted goes through every format (the human view shows what it can).
#[tokio::test(flavor = "multi_thread")]
async fn values_as_deep_as_the_limit_print_in_every_format() {
    let deep = deeply_nested(512);
    let event = format!(
        "event: agent.message\ndata: {{\"type\":\"agent.message\",\"id\":\"e1\",\"x\":{}}}\n\n",
        deeply_nested(511)
    );
    let mut cases = Vec::new();
    for format in ["json", "jsonl", "yaml", "pretty", "raw", "human"] {
        let args = ["agents", "retrieve", "agent_x", "--format", format];
        let mut retrieve = Case::new(format!("retrieve as {format}"), &args, silent());
        retrieve.other = canned(json_answer("200 OK", &deep));
        retrieve.streams = 0..=0;
        retrieve.code = 0;
        retrieve.stderr_lines = 0;
        retrieve.stdout = Some(Box::new(|out| match out.contains('1') {
            true => Ok(()),
            false => Err("the value is missing".into()),
        }));
        cases.push(retrieve);
        let args = ["stream", "sesn_x", "--format", format, "--max-items", "1"];
        let mut stream = Case::new(format!("an event as {format}"), &args, canned(sse(&event)));
        stream.code = 0;
        stream.stderr_lines = 0;
        cases.push(stream);
    }
    run_all(cases).await;
}
