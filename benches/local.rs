//! Benchmarks of the local runner, from a client's seat on loopback: `cargo bench --bench local`.
//! Every figure is printed with a baseline measured in the same run, and targets from the issues.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use ant::api::events::Event;
use ant::local::store::{SessionRow, Store};
use axum::response::IntoResponse;
use serde_json::{Value, json};

mod support;

use support::{KEY, LocalServer};

/// The local server and an HTTP client for it.
struct Server {
    server: LocalServer,
    http: reqwest::Client,
}

impl Server {
    fn start(data: &Path, args: &[&str]) -> Self {
        Self {
            server: LocalServer::start(data, args),
            http: reqwest::Client::new(),
        }
    }

    fn request(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        self.http
            .request(method, format!("{}{path}", self.server.base))
            .header("x-api-key", KEY)
    }

    /// Sends a request that must succeed; its answer.
    async fn answer(req: reqwest::RequestBuilder) -> Value {
        let resp = req.send().await.unwrap();
        assert!(resp.status().is_success(), "{}: {}", resp.url(), resp.status());
        resp.json().await.unwrap()
    }

    async fn post(&self, path: &str, body: &Value) -> Value {
        Self::answer(self.request(reqwest::Method::POST, path).json(body)).await
    }

    /// Uploads a file (a multipart form with its `file` part); its metadata.
    async fn upload(&self, file: reqwest::multipart::Part) -> Value {
        let form = reqwest::multipart::Form::new().part("file", file);
        Self::answer(self.request(reqwest::Method::POST, "/v1/files").multipart(form)).await
    }

    async fn get(&self, path: &str) -> reqwest::Response {
        self.http
            .get(format!("{}{path}", self.server.base))
            .header("x-api-key", KEY)
            .send()
            .await
            .unwrap()
    }

    fn rss_mb(&self) -> f64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.server.child.id())).unwrap();
        let kb: f64 = status
            .lines()
            .find(|l| l.starts_with("VmRSS:"))
            .unwrap()
            .split_whitespace()
            .nth(1)
            .unwrap()
            .parse()
            .unwrap();
        kb / 1024.0
    }

    fn open_fds(&self) -> usize {
        std::fs::read_dir(format!("/proc/{}/fd", self.server.child.id()))
            .unwrap()
            .count()
    }

    /// How many processes the server has started and not yet reaped (its tools' sandboxes).
    fn child_processes(&self) -> usize {
        let parent = self.server.child.id().to_string();
        std::fs::read_dir("/proc")
            .unwrap()
            .filter_map(|e| std::fs::read_to_string(e.ok()?.path().join("stat")).ok())
            .filter(|stat| {
                let after_name = &stat[stat.rfind(')').unwrap_or(0) + 2..];
                after_name.split(' ').nth(1) == Some(parent.as_str())
            })
            .count()
    }

    /// Sends a user message and waits on the stream until the turn ends; returns the time.
    async fn turn(&self, session: &str, text: &str) -> Duration {
        use futures::StreamExt;
        let resp = self.get(&format!("/v1/sessions/{session}/events/stream")).await;
        let mut events = eventsource_stream::Eventsource::eventsource(resp.bytes_stream());
        let started = Instant::now();
        self.post(
            &format!("/v1/sessions/{session}/events"),
            &json!({"events": [{"type": "user.message", "content": [{"type": "text", "text": text}]}]}),
        )
        .await;
        while let Some(Ok(e)) = events.next().await {
            // A self-hosted session idles while its calls wait for a worker: that is not the end.
            if e.event == "session.status_idle" && !e.data.contains("requires_action") {
                return started.elapsed();
            }
        }
        panic!("the stream ended before idle");
    }

    async fn agent_and_env(&self, scenario: &str) -> (String, String) {
        let agent = self.post("/v1/agents", &json!({"name": "b", "model": "m", "system": format!("[scenario:{scenario}]"), "tools": [{"type": "agent_toolset_20260401"}]})).await;
        let env = self.post("/v1/environments", &json!({"name": "e"})).await;
        (agent["id"].as_str().unwrap().into(), env["id"].as_str().unwrap().into())
    }

    async fn session(&self, agent: &str, env: &str) -> String {
        self.post("/v1/sessions", &json!({"agent": agent, "environment_id": env}))
            .await["id"]
            .as_str()
            .unwrap()
            .into()
    }
}

fn percentile(samples: &mut [Duration], p: f64) -> f64 {
    samples.sort();
    let i = ((samples.len() as f64 - 1.0) * p).round() as usize;
    samples[i].as_secs_f64() * 1e3
}

fn report(name: &str, samples: &mut [Duration]) -> (f64, f64) {
    let (p50, p99) = (percentile(samples, 0.5), percentile(samples, 0.99));
    println!("{name:<44} p50 {p50:8.3} ms   p99 {p99:8.3} ms   (n={})", samples.len());
    (p50, p99)
}

async fn timed<F: std::future::Future>(n: usize, mut f: impl FnMut(usize) -> F) -> Vec<Duration> {
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let t = Instant::now();
        f(i).await;
        out.push(t.elapsed());
    }
    out
}

/// An in-process model that answers every request at once with one streamed sentence, so a
/// turn's time is the engine's own plus one loopback request.
async fn instant_model() -> String {
    async fn messages() -> impl IntoResponse {
        let body = [
            r#"{"type":"message_start","message":{"id":"m","type":"message","role":"assistant","model":"f","content":[],"stop_reason":null,"usage":{"input_tokens":5,"output_tokens":0}}}"#,
            r#"{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}"#,
            r#"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hello."}}"#,
            r#"{"type":"content_block_stop","index":0}"#,
            r#"{"type":"message_delta","delta":{"stop_reason":"end_turn"},"usage":{"output_tokens":2}}"#,
            r#"{"type":"message_stop"}"#,
        ]
        .iter()
        .map(|d| format!("event: x\ndata: {d}\n\n"))
        .collect::<String>();
        ([("content-type", "text/event-stream")], body)
    }
    let app = axum::Router::new().route("/v1/messages", axum::routing::post(messages));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    url
}

fn fake_model() -> (Child, String) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fake-model/fake_model.py");
    let mut child = Command::new("python3")
        .arg(script)
        .args(["--port", "0"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufRead::read_line(&mut std::io::BufReader::new(child.stdout.take().unwrap()), &mut line).unwrap();
    (child, line.trim().trim_start_matches("listening on ").to_string())
}

fn store_appends() {
    let dir = tempfile::tempdir().unwrap();
    let n = 20_000;
    // Baseline: the same rows inserted with plain rusqlite, one durable transaction each.
    let raw = rusqlite::Connection::open(dir.path().join("raw.db")).unwrap();
    raw.pragma_update(None, "journal_mode", "WAL").unwrap();
    raw.pragma_update(None, "synchronous", "NORMAL").unwrap();
    raw.execute_batch("CREATE TABLE t (s TEXT, n INTEGER, body TEXT, PRIMARY KEY (s, n)) WITHOUT ROWID")
        .unwrap();
    let body = serde_json::to_string(&Event::new(
        "agent.message",
        json!({"content": [{"type": "text", "text": "x"}]}),
    ))
    .unwrap();
    let t = Instant::now();
    for i in 0..n {
        raw.execute("INSERT INTO t VALUES ('s', ?1, ?2)", rusqlite::params![i, body])
            .unwrap();
    }
    let raw_rate = n as f64 / t.elapsed().as_secs_f64();
    let store = Store::open(&dir.path().join("ant.db")).unwrap();
    let row = SessionRow {
        id: "sesn_b",
        agent_id: "agent_b",
        agent_version: 1,
        environment_id: "env_b",
        created_at: "t",
        deployment_id: None,
    };
    store.insert_session(&row, "{\"status\":\"idle\"}").unwrap();
    let t = Instant::now();
    for _ in 0..n {
        let mut e = [Event::new(
            "agent.message",
            json!({"content": [{"type": "text", "text": "x"}]}),
        )];
        store.append_events("sesn_b", &mut e, |_| {}).unwrap();
    }
    let rate = n as f64 / t.elapsed().as_secs_f64();
    println!(
        "{:<44} {rate:8.0} /s   baseline raw SQLite insert {raw_rate:8.0} /s   ratio {:.2}   target >= 20000/s",
        "durable event appends (one txn each)",
        rate / raw_rate
    );
}

/// Appends a 10,000-event history to a session, straight into a stopped server's store.
fn seed_history(data: &Path, session: &str) {
    let store = Store::open(&data.join("ant.db")).unwrap();
    for chunk in 0..100 {
        let mut events: Vec<Event> = (0..100)
            .map(|i| Event::new("agent.message", json!({"content": [{"type": "text", "text": format!("message {chunk}-{i} with some words in it")}]})))
            .collect();
        store.append_events(session, &mut events, |_| {}).unwrap();
    }
}

async fn server_benches() {
    let data = tempfile::tempdir().unwrap();
    let model = instant_model().await;
    let first = Server::start(data.path(), &["--model-url", &model]);
    let (agent, env) = first.agent_and_env("hello").await;
    let session = first.session(&agent, &env).await;
    drop(first);
    seed_history(data.path(), &session);
    let s = Server::start(data.path(), &["--model-url", &model]);
    for _ in 0..200 {
        s.get("/v1/nothing").await;
    }
    let (base50, _) = report(
        "baseline: GET of an unknown route (404)",
        &mut timed(2000, |_| async {
            s.get("/v1/nothing").await.bytes().await.unwrap();
        })
        .await,
    );
    let body = json!({"name": "bench", "model": "claude-sonnet-4-6", "system": "s", "tools": [{"type": "agent_toolset_20260401"}]});
    let (c50, _) = report(
        "agents.create (client-observed)",
        &mut timed(2000, |_| s.post("/v1/agents", &body)).await,
    );
    println!(
        "{:<44} ratio to baseline p50 {:.2}   target server-side < 1 ms",
        "",
        c50 / base50
    );
    let path = format!("/v1/sessions/{session}/events?limit=100");
    let (l50, _) = report(
        "events.list, 100 events a page",
        &mut timed(500, |_| async {
            s.get(&path).await.bytes().await.unwrap();
        })
        .await,
    );
    println!("{:<44} ratio to baseline p50 {:.2}", "", l50 / base50);
    for limit in [100, 1000] {
        let t = Instant::now();
        let mut page: Option<String> = None;
        let mut count = 0;
        loop {
            let url = match &page {
                Some(p) => format!("/v1/sessions/{session}/events?limit={limit}&page={p}"),
                None => format!("/v1/sessions/{session}/events?limit={limit}"),
            };
            let v: Value = s.get(&url).await.json().await.unwrap();
            count += v["data"].as_array().unwrap().len();
            match v["next_page"].as_str() {
                Some(p) => page = Some(p.to_string()),
                None => break,
            }
        }
        assert_eq!(count, 10_000);
        println!(
            "{:<44} {:8.1} ms total   target < 50 ms",
            format!("10,000-event history, pages of {limit}"),
            t.elapsed().as_secs_f64() * 1e3
        );
    }
    let before = s.rss_mb();
    for _ in 0..1000 {
        s.session(&agent, &env).await;
    }
    println!(
        "{:<44} {:8.1} MB (at start {before:.1} MB)   target < 100 MB",
        "RSS with 1,000 idle sessions",
        s.rss_mb()
    );

    let hello = s.session(&agent, &env).await;
    let direct = reqwest::Client::new();
    let model_url = format!("{model}/v1/messages");
    let mut model_time = timed(300, |_| async {
        let r = direct
            .post(&model_url)
            .json(&json!({"model": "m", "max_tokens": 10, "messages": [], "stream": true}))
            .send()
            .await
            .unwrap();
        r.bytes().await.unwrap();
    })
    .await;
    let (m50, _) = report("baseline: one request to the in-process model", &mut model_time);
    let mut turns = Vec::new();
    for i in 0..300 {
        turns.push(s.turn(&hello, &format!("hello {i}")).await);
    }
    let (t50, t99) = report("plain turn, user.message to idle", &mut turns);
    println!(
        "{:<44} p50 {:8.3} ms   p99 {:8.3} ms   target p50 < 5 ms",
        "engine overhead (turn minus model request)",
        t50 - m50,
        t99 - m50
    );
}

async fn engine_benches() {
    let (python, url) = fake_model();
    let _python = Reaper(python);
    let data = tempfile::tempdir().unwrap();
    let s = Arc::new(Server::start(data.path(), &["--model-url", &url]));
    let (hello, env) = s.agent_and_env("hello").await;
    let session = s.session(&hello, &env).await;
    let mut base = Vec::new();
    for i in 0..20 {
        base.push(s.turn(&session, &format!("hi {i}")).await);
    }
    let (b50, _) = report("baseline: hello turn on the Python fake model", &mut base);
    let (chatty, _) = s.agent_and_env("chatty").await;
    let mut fifty = Vec::new();
    for _ in 0..5 {
        let sid = s.session(&chatty, &env).await;
        fifty.push(s.turn(&sid, "chat").await);
    }
    let (f50, _) = report("50-tool-call turn (bash), end to end", &mut fifty);
    println!("{:<44} ratio to a hello turn {:.1}   target < 1000 ms", "", f50 / b50);
    let (files, _) = s.agent_and_env("files").await;
    let mut ids = Vec::new();
    for _ in 0..100 {
        ids.push(s.session(&files, &env).await);
    }
    let t = Instant::now();
    let runs: Vec<_> = ids
        .into_iter()
        .map(|sid| {
            let s = s.clone();
            tokio::spawn(async move { s.turn(&sid, "work").await })
        })
        .collect();
    let mut ok = 0;
    for r in runs {
        ok += usize::from(r.await.is_ok());
    }
    println!(
        "{:<44} {ok}/100 completed in {:.2} s (6 tool calls each)   target 100/100",
        "100 sessions at once",
        t.elapsed().as_secs_f64()
    );
}

/// Milliseconds between each tool call and its answer, from the stored timestamps.
fn call_to_result_ms(history: &[Value], answer: &str) -> Vec<Duration> {
    let at = |e: &Value| {
        time::OffsetDateTime::parse(
            e["processed_at"].as_str().unwrap(),
            &time::format_description::well_known::Rfc3339,
        )
        .unwrap()
    };
    history
        .iter()
        .filter(|e| e["type"] == "agent.tool_use")
        .filter_map(|call| {
            let result = history
                .iter()
                .find(|e| e["type"] == answer && e["tool_use_id"] == call["id"])?;
            Some(Duration::from_secs_f64((at(result) - at(call)).as_seconds_f64()))
        })
        .collect()
}

async fn history(s: &Server, session: &str) -> Vec<Value> {
    let v: Value = s
        .get(&format!("/v1/sessions/{session}/events?limit=1000"))
        .await
        .json()
        .await
        .unwrap();
    v["data"].as_array().unwrap().clone()
}

async fn queue_benches() {
    let (python, url) = fake_model();
    let _python = Reaper(python);
    let data = tempfile::tempdir().unwrap();
    let s = Server::start(data.path(), &["--model-url", &url]);
    let (chatty, cloud) = s.agent_and_env("chatty").await;
    let local = s.session(&chatty, &cloud).await;
    s.turn(&local, "chat").await;
    let mut base = call_to_result_ms(&history(&s, &local).await, "agent.tool_result");
    let (b50, _) = report("baseline: bash call run by the server itself", &mut base);
    let hosted = s
        .post(
            "/v1/environments",
            &json!({"name": "hands", "config": {"type": "self_hosted"}}),
        )
        .await;
    let env = hosted["id"].as_str().unwrap();
    let key = Command::new(env!("CARGO_BIN_EXE_ant"))
        .args(["local", "environment-key", env, "--data-dir"])
        .arg(data.path())
        .output()
        .unwrap();
    let key = String::from_utf8(key.stdout).unwrap().trim().to_string();
    let workdir = tempfile::tempdir().unwrap();
    let worker = Command::new(env!("CARGO_BIN_EXE_ant"))
        .args([
            "beta:worker",
            "poll",
            "--base-url",
            &s.server.base,
            "--environment-id",
            env,
            "--environment-key",
            &key,
            "--workdir",
        ])
        .arg(workdir.path())
        .env("RUST_LOG", "error")
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let _worker = Reaper(worker);
    let remote = s.session(&chatty, env).await;
    s.turn(&remote, "chat").await;
    let mut queued = call_to_result_ms(&history(&s, &remote).await, "user.tool_result");
    assert_eq!(queued.len(), 50);
    let (q50, _) = report("bash call through the work queue and a worker", &mut queued);
    println!(
        "{:<44} ratio to the server's own run {:.2}   target p50 < 20 ms",
        "",
        q50 / b50
    );
}

/// A session's log after one finished turn, as the engine writes it.
fn finished_turn() -> Vec<Event> {
    let text = json!({"content": [{"type": "text", "text": "hello"}]});
    vec![
        Event::new("user.message", text.clone()),
        Event::new("session.status_running", json!({})),
        Event::new("span.model_request_start", json!({})),
        Event::new("agent.message", text),
        Event::new("span.model_request_end", json!({"is_error": false})),
        Event::new(
            "session.usage",
            json!({"usage": {"input_tokens": 5, "output_tokens": 2}}),
        ),
        Event::new("session.status_idle", json!({"stop_reason": {"type": "end_turn"}})),
    ]
}

/// Milliseconds from starting the server on `data` to its first answer to an API request
/// (it listens before recovery ends, so a connection alone proves nothing); the median of 5.
async fn start_up_ms(data: &Path, args: &[&str]) -> f64 {
    let mut times = Vec::new();
    for _ in 0..5 {
        let started = Instant::now();
        let s = Server::start(data, args);
        let status = s.get("/v1/sessions?limit=1").await.status();
        times.push(started.elapsed());
        assert!(status.is_success(), "{status}");
    }
    percentile(&mut times, 0.5)
}

/// A server that lives long: start-up with many sessions in its store, and what 1,000 idle
/// sessions whose shells ran once still hold.
async fn long_life_benches() {
    let data = tempfile::tempdir().unwrap();
    let model = instant_model().await;
    let args = ["--model-url", model.as_str()];
    let first = Server::start(data.path(), &args);
    let (agent, env) = first.agent_and_env("hello").await;
    let template = first.session(&agent, &env).await;
    drop(first);
    let base = start_up_ms(data.path(), &args).await;
    println!("{:<44} {base:8.1} ms", "baseline: start-up with 1 session");
    let store = Store::open(&data.path().join("ant.db")).unwrap();
    let body = store.session(&template).unwrap().unwrap();
    for i in 0..2000 {
        let id = format!("sesn_bench{i:05}");
        let row = SessionRow {
            id: &id,
            agent_id: &agent,
            agent_version: 1,
            environment_id: &env,
            created_at: "2026-01-01T00:00:00Z",
            deployment_id: None,
        };
        store.insert_session(&row, &body.replace(&template, &id)).unwrap();
        store.append_events(&id, &mut finished_turn(), |_| {}).unwrap();
    }
    drop(store);
    let many = start_up_ms(data.path(), &args).await;
    println!(
        "{:<44} {many:8.1} ms   added {:6.1} ms   target < 1000 ms",
        "start-up with 2,000 idle sessions",
        many - base
    );

    let (python, url) = fake_model();
    let _python = Reaper(python);
    let data = tempfile::tempdir().unwrap();
    let s = Arc::new(Server::start(
        data.path(),
        &["--model-url", &url, "--shell-idle-seconds", "1"],
    ));
    let (shell, env) = s.agent_and_env("shell").await;
    let at_start = (s.open_fds(), s.child_processes());
    let started = Instant::now();
    let mut runs = tokio::task::JoinSet::new();
    for i in 0..1000 {
        if runs.len() == 32 {
            runs.join_next().await.unwrap().unwrap();
        }
        let (s, shell, env) = (s.clone(), shell.clone(), env.clone());
        runs.spawn(async move {
            let sid = s.session(&shell, &env).await;
            s.turn(&sid, &format!("echo {i}")).await;
        });
    }
    while let Some(run) = runs.join_next().await {
        run.unwrap();
    }
    let busy = (s.open_fds(), s.child_processes(), started.elapsed());
    tokio::time::sleep(Duration::from_secs(5)).await;
    println!(
        "{:<44} fds {} at start, {} after the last turn, {} idle   processes {} after the last turn, {} idle   target <= 100 fds and 0 processes idle   ({:.1} s for the turns)",
        "1,000 sessions after one bash call each",
        at_start.0,
        busy.0,
        s.open_fds(),
        busy.1,
        s.child_processes(),
        busy.2.as_secs_f64()
    );
}

/// Kills a helper process however the bench ends.
struct Reaper(Child);

impl Drop for Reaper {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starting a tool process: p50 of `bash -c true` under each sandbox back end that works here,
/// against the same command unconfined, measured in the same run. Target: under 10 ms added.
/// "open" runs with unrestricted networking (under bwrap: a network namespace of its own that
/// slirp4netns, under the connect guard, carries to the internet; under Landlock: the connect
/// guard), "limited" with limited networking (under bwrap: a network namespace whose way out is
/// the session's proxy, reached through the ant binary as the sandbox's init). Then one call in
/// a session's persistent shell (target: under 1 ms added), and one TCP connect through the
/// connect guard (Landlock, to the session's proxy) against the same connect unconfined. The
/// read tool's cost is measured the same way, against an unconfined read.
async fn sandbox_benches() {
    use ant::local::network::NetworkPolicy;
    use ant::local::sandbox::{Mode, Sandbox, SandboxConfig};

    let dir = tempfile::tempdir().unwrap();
    let p50 = |config: SandboxConfig, network: NetworkPolicy| {
        let sandbox = Sandbox::new(dir.path().to_path_buf(), vec![], config, &network);
        async move {
            let mut times = Vec::new();
            for _ in 0..101 {
                let mut cmd = sandbox.command("/bin/bash").unwrap();
                let started = Instant::now();
                let out = cmd.args(["-c", "true"]).output().await.unwrap();
                assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
                times.push(started.elapsed());
            }
            percentile(&mut times, 0.5)
        }
    };
    // One call in the persistent shell, started before the timing.
    let call_p50 = |config: SandboxConfig, network: NetworkPolicy, command: &'static str| {
        let tools = ant::local::tools::SessionTools::new(dir.path().to_path_buf(), network, vec![], config);
        async move {
            let input = json!({ "command": command });
            let warm = tools.run("bash", &json!({"command": "true"})).await;
            assert!(!warm.is_error, "{warm:?}");
            let mut times = Vec::new();
            for _ in 0..201 {
                let started = Instant::now();
                let out = tools.run("bash", &input).await;
                times.push(started.elapsed());
                assert!(!out.is_error, "{command}: {out:?}");
            }
            tools.shutdown().await;
            percentile(&mut times, 0.5)
        }
    };
    let unconfined = SandboxConfig::select(Mode::None, &[]).unwrap();
    let plain = p50(unconfined.clone(), NetworkPolicy::Unrestricted).await;
    println!("baseline: bash -c true unconfined          p50 {plain:7.2} ms");
    let call_plain = call_p50(unconfined.clone(), NetworkPolicy::Unrestricted, "true").await;
    println!("baseline: shell call `true` unconfined     p50 {call_plain:7.3} ms");
    let connect_plain = {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let to = port.local_addr().unwrap().port();
        std::thread::spawn(move || while port.accept().is_ok() {});
        let command: &'static str = Box::leak(format!("exec 3<>/dev/tcp/127.0.0.1/{to}; exec 3>&-").into_boxed_str());
        call_p50(unconfined.clone(), NetworkPolicy::Unrestricted, command).await
    };
    println!("baseline: shell call TCP connect unconfined p50 {connect_plain:7.3} ms");
    // The file tools run on a thread of the session's that Landlock confines (whatever runs bash).
    let read_p50 = |config: SandboxConfig| {
        let tools =
            ant::local::tools::SessionTools::new(dir.path().to_path_buf(), NetworkPolicy::Unrestricted, vec![], config);
        async move {
            let input = json!({"file_path": "f.txt"});
            let mut times = Vec::new();
            for _ in 0..201 {
                let started = Instant::now();
                let out = tools.run("read", &input).await;
                times.push(started.elapsed());
                assert!(!out.is_error, "{out:?}");
            }
            percentile(&mut times, 0.5)
        }
    };
    std::fs::write(dir.path().join("f.txt"), "hello\n").unwrap();
    let read_plain = read_p50(unconfined).await;
    println!("baseline: read tool unconfined             p50 {read_plain:7.3} ms");
    for (name, mode) in [("bwrap", Mode::Bwrap), ("landlock", Mode::Landlock)] {
        let mut config = match SandboxConfig::select(mode, &[]) {
            Ok(config) => config,
            Err(e) => {
                println!("{name}: skipped ({e})");
                continue;
            }
        };
        config.proxy_bridge = Some(support::ANT.into());
        let read = read_p50(config.clone()).await;
        println!(
            "read tool under {name:<8}                p50 {read:7.3} ms   added {:5.3} ms   ratio {:4.1}",
            read - read_plain,
            read / read_plain
        );
        for (net, network) in [
            ("open", NetworkPolicy::Unrestricted),
            ("limited", NetworkPolicy::limited(["example.com"])),
        ] {
            let boxed = p50(config.clone(), network).await;
            println!(
                "bash -c true under {name:<8} {net:<7}     p50 {boxed:7.2} ms   added {:5.2} ms   ratio {:4.1}   target < 10 ms added",
                boxed - plain,
                boxed / plain
            );
        }
        let call = call_p50(config.clone(), NetworkPolicy::Unrestricted, "true").await;
        println!(
            "shell call `true` under {name:<8} open    p50 {call:7.3} ms   added {:5.3} ms   ratio {:4.1}   target < 1 ms added",
            call - call_plain,
            call / call_plain
        );
        if name == "landlock" {
            let connect = call_p50(
                config.clone(),
                NetworkPolicy::limited(["example.com"]),
                "exec 3<>/dev/tcp/127.0.0.1/${HTTP_PROXY##*:}; exec 3>&-",
            )
            .await;
            println!(
                "shell call TCP connect through the guard  p50 {connect:7.3} ms   added {:5.3} ms   ratio {:4.1}",
                connect - connect_plain,
                connect / connect_plain
            );
        }
    }
}

/// An MCP server (rmcp's own, streamable HTTP) with one tool, `echo`, that answers at once; and
/// how many connections (MCP sessions) it has opened.
mod echo {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use rmcp::handler::server::router::tool::ToolRouter;
    use rmcp::handler::server::wrapper::Parameters;
    use rmcp::model::{ServerCapabilities, ServerConfig};
    use rmcp::transport::streamable_http_server::session::local::LocalSessionManager;
    use rmcp::transport::streamable_http_server::{StreamableHttpServerConfig, StreamableHttpService};
    use rmcp::{ServerHandler, schemars, tool, tool_handler, tool_router};

    #[derive(Debug, serde::Deserialize, schemars::JsonSchema)]
    pub struct EchoRequest {
        text: String,
    }

    #[derive(Clone)]
    pub struct Echo {
        tool_router: ToolRouter<Self>,
    }

    #[tool_router]
    impl Echo {
        #[tool(description = "Echo the text")]
        fn echo(&self, Parameters(EchoRequest { text }): Parameters<EchoRequest>) -> String {
            text
        }
    }

    #[tool_handler(router = self.tool_router)]
    impl ServerHandler for Echo {
        fn get_info(&self) -> ServerConfig {
            ServerConfig::new(ServerCapabilities::builder().enable_tools().build())
        }
    }

    /// Serves it on a free loopback port: (its URL, connections opened so far).
    pub async fn serve() -> (String, Arc<AtomicUsize>) {
        let opened = Arc::new(AtomicUsize::new(0));
        let counter = opened.clone();
        let service: StreamableHttpService<Echo, LocalSessionManager> = StreamableHttpService::new(
            move || {
                counter.fetch_add(1, Ordering::SeqCst);
                Ok(Echo {
                    tool_router: Echo::tool_router(),
                })
            },
            Default::default(),
            StreamableHttpServerConfig::default().with_sse_keep_alive(None),
        );
        let app = axum::Router::new().nest_service("/mcp", service);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/mcp", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await });
        (url, opened)
    }
}

/// One MCP call through the engine (from the stored `agent.mcp_tool_use` to its
/// `agent.mcp_tool_result`: the fold, the call over the session's connection, the result's
/// content and its append) against the same call made directly with rmcp, on loopback.
async fn mcp_benches() {
    use rmcp::ServiceExt;
    use rmcp::model::{CallToolRequestParams, ClientConfig};
    use rmcp::transport::StreamableHttpClientTransport;
    use std::sync::atomic::Ordering;

    let (url, opened) = echo::serve().await;
    let client = ClientConfig::default()
        .serve(StreamableHttpClientTransport::from_uri(url.clone()))
        .await
        .unwrap();
    let args = json!({"text": "ping"}).as_object().unwrap().clone();
    let call = || client.call_tool(CallToolRequestParams::new("echo").with_arguments(args.clone()));
    for _ in 0..50 {
        call().await.unwrap();
    }
    let (d50, _) = report(
        "baseline: echo called directly with rmcp",
        &mut timed(300, |_| async { call().await.unwrap() }).await,
    );
    client.cancel().await.unwrap();
    let direct_connections = opened.load(Ordering::SeqCst);

    let (python, model) = fake_model();
    let _python = Reaper(python);
    let data = tempfile::tempdir().unwrap();
    let s = Server::start(data.path(), &["--model-url", &model]);
    let agent = s
        .post(
            "/v1/agents",
            &json!({"name": "b", "model": "m", "system": "[scenario:use:echo]",
                    "mcp_servers": [{"type": "url", "name": "bench", "url": url}],
                    "tools": [{"type": "mcp_toolset", "mcp_server_name": "bench",
                               "default_config": {"permission_policy": {"type": "always_allow"}}}]}),
        )
        .await;
    let env = s.post("/v1/environments", &json!({"name": "e"})).await;
    let session = s
        .session(agent["id"].as_str().unwrap(), env["id"].as_str().unwrap())
        .await;
    // About 12 events a turn: all of them on the one page `history` reads.
    let turns = 80;
    for _ in 0..turns {
        s.turn(&session, r#"{"text": "ping"}"#).await;
    }
    let mut through = call_to_result_ms(&history(&s, &session).await, "agent.mcp_tool_result");
    assert_eq!(through.len(), turns);
    // The first turn connects; the rest reuse its connection.
    let (e50, _) = report("echo through the engine (use to result)", &mut through[1..]);
    println!(
        "{:<44} engine adds {:.3} ms per call at p50 (ratio {:.2})   target <= 2 ms",
        "",
        e50 - d50,
        e50 / d50
    );
    println!(
        "{:<44} {} connection(s) opened for {turns} calls in {turns} turns   target 1",
        "",
        opened.load(Ordering::SeqCst) - direct_connections
    );
}

/// Text pieces in a streamed answer of [`messages_endpoint`].
const STREAM_PIECES: usize = 2000;

/// An in-process model endpoint that answers at once: Anthropic's `/v1/messages` and OpenAI's
/// `/chat/completions`, whole or streamed in [`STREAM_PIECES`] pieces.
async fn messages_endpoint() -> String {
    fn sse(frames: impl Iterator<Item = String>) -> axum::response::Response {
        ([("content-type", "text/event-stream")], frames.collect::<String>()).into_response()
    }
    async fn anthropic(axum::Json(body): axum::Json<Value>) -> axum::response::Response {
        if body["stream"] != true {
            let message = json!({"id": "msg_b", "type": "message", "role": "assistant", "model": "m",
                "content": [{"type": "text", "text": "Hello."}], "stop_reason": "end_turn",
                "stop_sequence": null, "usage": {"input_tokens": 5, "output_tokens": 2}});
            return axum::Json(message).into_response();
        }
        let start = json!({"type": "message_start", "message": {"id": "msg_b", "type": "message",
            "role": "assistant", "model": "m", "content": [], "stop_reason": null,
            "usage": {"input_tokens": 5, "output_tokens": 0}}});
        let open = json!({"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}});
        let piece =
            json!({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "word "}});
        let end = [
            json!({"type": "content_block_stop", "index": 0}),
            json!({"type": "message_delta", "delta": {"stop_reason": "end_turn"}, "usage": {"output_tokens": 2000}}),
            json!({"type": "message_stop"}),
        ];
        let events = [start, open]
            .into_iter()
            .chain(std::iter::repeat_n(piece, STREAM_PIECES))
            .chain(end);
        sse(events.map(|e| format!("event: {}\ndata: {e}\n\n", e["type"].as_str().unwrap())))
    }
    async fn openai(axum::Json(body): axum::Json<Value>) -> axum::response::Response {
        let usage = json!({"prompt_tokens": 5, "completion_tokens": 2});
        if body["stream"] != true {
            return axum::Json(json!({"id": "c", "model": "m", "usage": usage, "choices": [{"index": 0,
                "message": {"role": "assistant", "content": "Hello."}, "finish_reason": "stop"}]}))
            .into_response();
        }
        let chunk = |delta: Value, finish: Value| json!({"id": "c", "model": "m", "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]});
        let chunks = std::iter::repeat_n(chunk(json!({"content": "word "}), Value::Null), STREAM_PIECES).chain([
            chunk(json!({}), json!("stop")),
            json!({"id": "c", "choices": [], "usage": usage}),
        ]);
        sse(chunks
            .map(|c| format!("data: {c}\n\n"))
            .chain(["data: [DONE]\n\n".to_string()]))
    }
    let app = axum::Router::new()
        .route("/v1/messages", axum::routing::post(anthropic))
        .route("/v1/chat/completions", axum::routing::post(openai));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    url
}

/// The general API through the local server against the same endpoint called directly: a whole
/// message, a stream of 2,000 pieces (passed on, and translated from Chat Completions), and a
/// batch of 500 requests against 500 direct calls made 4 at a time.
async fn messages_benches() {
    use futures::StreamExt;
    let endpoint = messages_endpoint().await;
    let anthropic_data = tempfile::tempdir().unwrap();
    let openai_data = tempfile::tempdir().unwrap();
    let anthropic = Server::start(anthropic_data.path(), &["--model-url", &endpoint, "--sandbox", "none"]);
    let openai = Server::start(
        openai_data.path(),
        &[
            "--model-url",
            &format!("{endpoint}/v1"),
            "--model-api",
            "openai",
            "--sandbox",
            "none",
        ],
    );
    let http = reqwest::Client::new();
    let whole = json!({"model": "m", "max_tokens": 10, "messages": [{"role": "user", "content": "hi"}]});
    let mut streamed = whole.clone();
    streamed["stream"] = json!(true);
    let call = |url: String, body: Value| {
        let http = http.clone();
        async move {
            let resp = http
                .post(url)
                .header("x-api-key", KEY)
                .json(&body)
                .send()
                .await
                .unwrap();
            assert!(resp.status().is_success());
            resp.bytes().await.unwrap().len()
        }
    };
    for (what, body, n) in [
        ("a whole message", &whole, 1000),
        ("a stream of 2,000 pieces", &streamed, 100),
    ] {
        let direct = format!("{endpoint}/v1/messages");
        call(direct.clone(), body.clone()).await;
        let (base, _) = report(
            &format!("baseline: {what}, endpoint direct"),
            &mut timed(n, |_| call(direct.clone(), body.clone())).await,
        );
        for (server, via) in [(&anthropic, "passed on"), (&openai, "from Chat Completions")] {
            let url = format!("{}/v1/messages", server.server.base);
            call(url.clone(), body.clone()).await;
            let (p50, _) = report(
                &format!("{what}, local server ({via})"),
                &mut timed(n, |_| call(url.clone(), body.clone())).await,
            );
            println!("{:<44} ratio to baseline p50 {:.2}", "", p50 / base);
        }
    }
    let direct = format!("{endpoint}/v1/messages");
    let started = Instant::now();
    futures::stream::iter(0..500)
        .map(|_| call(direct.clone(), whole.clone()))
        .buffer_unordered(4)
        .collect::<Vec<_>>()
        .await;
    let base = started.elapsed().as_secs_f64() * 1e3;
    println!("{:<44} {base:8.1} ms", "baseline: 500 direct calls, 4 at a time");
    let requests: Vec<Value> = (0..500)
        .map(|i| json!({"custom_id": format!("r{i}"), "params": whole}))
        .collect();
    let started = Instant::now();
    let batch = anthropic
        .post("/v1/messages/batches", &json!({"requests": requests}))
        .await;
    let path = format!("/v1/messages/batches/{}", batch["id"].as_str().unwrap());
    loop {
        let batch: Value = anthropic.get(&path).await.json().await.unwrap();
        if batch["processing_status"] == "ended" {
            assert_eq!(batch["request_counts"]["succeeded"], 500);
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let batched = started.elapsed().as_secs_f64() * 1e3;
    println!(
        "{:<44} {batched:8.1} ms   ratio to baseline {:.2}",
        "a batch of 500, create to ended",
        batched / base
    );
}

/// `cargo bench --bench local [-- GROUP...]`: groups are store, server, engine, queue, sandbox,
/// longlife, mcp, messages (default all).
/// Seconds for `cp` of `src` to `dst` (the file left behind is removed).
fn cp_secs(src: &Path, dst: &Path) -> f64 {
    let t = Instant::now();
    let status = Command::new("cp").arg(src).arg(dst).status().unwrap();
    let secs = t.elapsed().as_secs_f64();
    assert!(status.success());
    std::fs::remove_file(dst).unwrap();
    secs
}

/// `ant` run against `s` as a user runs it; its output, which must be a success.
fn ant_cli(s: &Server, args: &[&str]) -> std::process::Output {
    let out = support::ant(&s.server.base, args)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "ant {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Uploads `src` with `ant beta:files upload` (streamed from disk); the seconds it took and the
/// file's id.
fn upload_secs(s: &Server, src: &Path) -> (f64, String) {
    let t = Instant::now();
    let out = ant_cli(
        s,
        &[
            "beta:files",
            "upload",
            "--file",
            src.to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    let secs = t.elapsed().as_secs_f64();
    let meta: Value = serde_json::from_slice(&out.stdout).unwrap();
    (secs, meta["id"].as_str().unwrap().to_string())
}

/// Downloads a file's content to `dst` with `ant beta:files download -o`; the seconds it took.
fn download_secs(s: &Server, id: &str, dst: &Path) -> f64 {
    let t = Instant::now();
    ant_cli(s, &["beta:files", "download", id, "-o", dst.to_str().unwrap()]);
    let secs = t.elapsed().as_secs_f64();
    std::fs::remove_file(dst).unwrap();
    secs
}

/// Files API throughput on loopback against `cp` of the same file (through the `ant` CLI, the
/// client users upload and download with), and what mounting 10 files and a memory store adds to
/// a session's first turn.
async fn files_benches() {
    const MIB: u64 = 1 << 20;
    const SIZE: u64 = 512 * MIB;
    let work = tempfile::tempdir().unwrap();
    let src = work.path().join("big.bin");
    {
        use std::io::Write;
        let mut f = std::io::BufWriter::new(std::fs::File::create(&src).unwrap());
        let mut block = vec![0u8; MIB as usize];
        for i in 0..SIZE / MIB {
            block
                .iter_mut()
                .enumerate()
                .for_each(|(j, b)| *b = (i as usize * 31 + j * 7) as u8);
            f.write_all(&block).unwrap();
        }
    }
    let data = tempfile::tempdir().unwrap();
    let s = Server::start(data.path(), &["--max-file-bytes", &(2 * SIZE).to_string()]);
    let dst = work.path().join("copy.bin");
    let (mut cp, mut up, mut down) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..3 {
        cp.push(cp_secs(&src, &dst));
        let (secs, id) = upload_secs(&s, &src);
        up.push(secs);
        down.push(download_secs(&s, &id, &dst));
        Server::answer(s.request(reqwest::Method::DELETE, &format!("/v1/files/{id}"))).await;
    }
    let best = |v: &[f64]| v.iter().cloned().fold(f64::INFINITY, f64::min);
    let mb_s = |secs: f64| SIZE as f64 / MIB as f64 / secs;
    let base = mb_s(best(&cp));
    println!(
        "{:<44} {base:8.0} MB/s   (512 MiB, best of 3)",
        "baseline: cp of the same file"
    );
    for (name, secs) in [
        ("upload (ant beta:files upload)", &up),
        ("download (ant beta:files download -o)", &down),
    ] {
        let rate = mb_s(best(secs));
        println!(
            "{name:<44} {rate:8.0} MB/s   ratio to cp {:.2}   target >= 0.50",
            rate / base
        );
    }
    drop(s);

    // Session start: the first turn of a session with no resources, then of one with 10 files
    // and a memory store of 20 memories to lay out, mount and describe.
    let (python, url) = fake_model();
    let _python = Reaper(python);
    let data = tempfile::tempdir().unwrap();
    let s = Server::start(data.path(), &["--model-url", &url]);
    let (hello, env) = s.agent_and_env("hello").await;
    let mut resources = Vec::new();
    for i in 0..10 {
        let part = reqwest::multipart::Part::bytes(vec![b'x'; 10_000]).file_name(format!("f{i}.txt"));
        let meta = s.upload(part).await;
        resources.push(json!({"type": "file", "file_id": meta["id"], "mount_path": format!("in/f{i}.txt")}));
    }
    let store = s.post("/v1/memory_stores", &json!({"name": "notes"})).await;
    let store_id = store["id"].as_str().unwrap();
    for i in 0..20 {
        let memory = json!({"path": format!("/notes/{i}.md"), "content": "remember this\n".repeat(50)});
        s.post(&format!("/v1/memory_stores/{store_id}/memories"), &memory).await;
    }
    resources.push(json!({"type": "memory_store", "memory_store_id": store_id}));
    let mut plain = Vec::new();
    let mut mounted = Vec::new();
    for i in 0..20 {
        let sid = s.session(&hello, &env).await;
        plain.push(s.turn(&sid, &format!("hi {i}")).await);
        let body = json!({"agent": hello, "environment_id": env, "resources": resources});
        let t = Instant::now();
        let sid = s.post("/v1/sessions", &body).await["id"].as_str().unwrap().to_string();
        let created = t.elapsed();
        mounted.push(created + s.turn(&sid, &format!("hi {i}")).await);
    }
    let (p50, _) = report("baseline: create + first turn, no resources", &mut plain);
    let (m50, _) = report("create + first turn, 10 files + memory store", &mut mounted);
    println!("{:<44} added {:.2} ms at p50   target <= 10 ms", "", m50 - p50);
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let wanted = |group: &str| args.is_empty() || args.iter().any(|a| a == group);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    if wanted("store") {
        store_appends();
    }
    if wanted("server") {
        rt.block_on(server_benches());
    }
    if wanted("engine") {
        rt.block_on(engine_benches());
    }
    if wanted("queue") {
        rt.block_on(queue_benches());
    }
    if wanted("sandbox") {
        rt.block_on(sandbox_benches());
    }
    if wanted("longlife") {
        rt.block_on(long_life_benches());
    }
    if wanted("mcp") {
        rt.block_on(mcp_benches());
    }
    if wanted("messages") {
        rt.block_on(messages_benches());
    }
    if wanted("threads") {
        rt.block_on(thread_benches());
    }
    if wanted("files") {
        rt.block_on(files_benches());
    }
}

/// A scripted in-process model for the thread benches, answering by the marker in the system
/// prompt: `[lead N AGENT]` delegates N times to AGENT and then says done; `[calls N]` makes N
/// glob calls one at a time and then says done; `[pause]` waits 200 ms and says done.
async fn team_model() -> String {
    async fn messages(axum::Json(r): axum::Json<Value>) -> axum::Json<Value> {
        let system = r["system"].as_str().unwrap_or_default().to_string();
        let results = r["messages"].to_string().matches("\"tool_result\"").count();
        let words: Vec<&str> = system
            .trim_matches(|c| c == '[' || c == ']')
            .split_whitespace()
            .collect();
        let call = |name: &str, input: Value| json!({"type": "tool_use", "id": format!("toolu_{results}"), "name": name, "input": input});
        let content = match words.as_slice() {
            ["lead", n, agent] if results == 0 => (0..n.parse::<usize>().unwrap())
                .map(|i| {
                    json!({"type": "tool_use", "id": format!("toolu_d{i}"), "name": "send_to_agent",
                                "input": {"agent": agent.replace('#', &i.to_string()), "message": "work"}})
                })
                .collect(),
            ["calls", n] if results < n.parse::<usize>().unwrap() => vec![call("glob", json!({"pattern": "*"}))],
            ["pause"] => {
                tokio::time::sleep(Duration::from_millis(200)).await;
                vec![json!({"type": "text", "text": "done"})]
            }
            _ => vec![json!({"type": "text", "text": "done"})],
        };
        let stop = if content.iter().any(|b| b["type"] == "tool_use") {
            "tool_use"
        } else {
            "end_turn"
        };
        axum::Json(
            json!({"id": "m", "type": "message", "role": "assistant", "model": "f", "content": content,
                          "stop_reason": stop, "usage": {"input_tokens": 5, "output_tokens": 2}}),
        )
    }
    let app = axum::Router::new().route("/v1/messages", axum::routing::post(messages));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    url
}

/// The server's CPU time so far (user and system), from /proc.
fn cpu_seconds(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    let fields: Vec<&str> = stat.rsplit(')').next().unwrap().split_whitespace().collect();
    let ticks: f64 = fields[11].parse::<f64>().unwrap() + fields[12].parse::<f64>().unwrap();
    ticks / 100.0
}

async fn saved_agent(s: &Server, name: &str, system: &str, extra: Value) -> String {
    let mut body = json!({"name": name, "model": "m", "system": system});
    body.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
    s.post("/v1/agents", &body).await["id"].as_str().unwrap().to_string()
}

/// A coordinator turn that delegates to 10 agents making 5 tool calls each, against the same
/// 60 calls (50 tools and 10 messages' worth of model requests) in one thread; then 25 threads
/// at once across 4 sessions.
async fn thread_benches() {
    let url = team_model().await;
    let data = tempfile::tempdir().unwrap();
    let s = Arc::new(Server::start(
        data.path(),
        &["--model-url", &url, "--model-api", "anthropic"],
    ));
    let pid = s.server.child.id();
    let env = s.post("/v1/environments", &json!({"name": "e"})).await["id"]
        .as_str()
        .unwrap()
        .to_string();
    let toolset = json!({"tools": [{"type": "agent_toolset_20260401"}]});
    let single = saved_agent(&s, "single", "[calls 60]", toolset.clone()).await;
    let mut roster = Vec::new();
    for i in 0..10 {
        roster.push(saved_agent(&s, &format!("w{i}"), "[calls 5]", toolset.clone()).await);
    }
    let lead = saved_agent(
        &s,
        "lead",
        "[lead 10 w#]",
        json!({"multiagent": {"type": "coordinator", "agents": roster}}),
    )
    .await;
    let (mut one, mut many, mut one_cpu, mut many_cpu) = (Vec::new(), Vec::new(), 0.0, 0.0);
    for _ in 0..5 {
        let sid = s.session(&single, &env).await;
        let cpu = cpu_seconds(pid);
        one.push(s.turn(&sid, "go").await);
        one_cpu += cpu_seconds(pid) - cpu;
        let sid = s.session(&lead, &env).await;
        let cpu = cpu_seconds(pid);
        many.push(s.turn(&sid, "go").await);
        many_cpu += cpu_seconds(pid) - cpu;
    }
    let (o50, _) = report("baseline: 60 calls in one thread", &mut one);
    let (m50, _) = report("10 threads x 5 calls, one coordinator turn", &mut many);
    println!(
        "{:<44} wall ratio {:.2}; server CPU {:.2} s vs {:.2} s baseline, ratio {:.2}   target < 1.20",
        "",
        m50 / o50,
        many_cpu / 5.0,
        one_cpu / 5.0,
        many_cpu / one_cpu
    );

    let pauser = saved_agent(&s, "p", "[pause]", json!({})).await;
    let counts = [7, 6, 6, 6];
    let mut leads = Vec::new();
    for (i, n) in counts.iter().enumerate() {
        let lead = saved_agent(
            &s,
            &format!("lead{i}"),
            &format!("[lead {n} p]"),
            json!({"multiagent": {"type": "coordinator", "agents": [pauser]}}),
        )
        .await;
        leads.push(s.session(&lead, &env).await);
    }
    let t = Instant::now();
    let runs: Vec<_> = leads
        .iter()
        .cloned()
        .map(|sid| {
            let s = s.clone();
            tokio::spawn(async move { s.turn(&sid, "go").await })
        })
        .collect();
    for r in runs {
        r.await.unwrap();
    }
    let mut done = 0;
    for sid in &leads {
        let threads: Value = s
            .get(&format!("/v1/sessions/{sid}/threads"))
            .await
            .json()
            .await
            .unwrap();
        done += threads["data"].as_array().unwrap()[1..]
            .iter()
            .filter(|t| t["status"] == "idle")
            .count();
    }
    println!(
        "{:<44} {done}/25 threads finished in {:.2} s (each waits 200 ms)   target 25/25",
        "25 threads at once across 4 sessions",
        t.elapsed().as_secs_f64()
    );
}
