//! Shared by the integration tests: the real `ant local serve` on an ephemeral loopback port,
//! the scripted fake model from ../shared/fake-model, a small HTTP client for the API, and the
//! real `ant` binary run against the server with a clean environment.
#![allow(dead_code)] // each test binary uses its own subset of these helpers

pub mod console;
pub mod mcp;
pub mod multipart;
pub mod tmux;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use futures::StreamExt;
use serde_json::{Value, json};

pub const ANT: &str = env!("CARGO_BIN_EXE_ant");
pub const KEY: &str = "test-key-0123456789";

/// Variables that would leak the developer's own setup into a test.
const SCRUBBED: [&str; 15] = [
    "ANTHROPIC_API_KEY",
    "ANTHROPIC_AUTH_TOKEN",
    "ANTHROPIC_BASE_URL",
    "ANTHROPIC_PROFILE",
    "ANTHROPIC_CONFIG_DIR",
    "ANTHROPIC_WORKSPACE_ID",
    "ANTHROPIC_CONSOLE_URL",
    "ANTHROPIC_OAUTH_CLIENT_ID",
    "BROWSER",
    "ANT_LOCAL",
    "ANT_LOCAL_API_KEY",
    "ANT_LOCAL_DATA_DIR",
    "NO_COLOR",
    "FORCE_COLOR",
    "RUST_LOG",
];

pub struct Out {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Out {
    /// Asserts success and returns stdout.
    pub fn ok(self) -> String {
        assert_eq!(self.code, 0, "ant failed: {}\nstdout: {}", self.stderr, self.stdout);
        self.stdout
    }

    pub fn json(self) -> serde_json::Value {
        serde_json::from_str(&self.ok()).expect("stdout is one JSON value")
    }
}

/// A failure said in one line on stderr, naming each of `expected`, with exit 1.
pub fn assert_one_line_error(out: &Out, expected: &[&str]) {
    assert_eq!(out.code, 1, "stderr: {}", out.stderr);
    assert_eq!(out.stderr.lines().count(), 1, "not one line: {:?}", out.stderr);
    for piece in expected {
        assert!(out.stderr.contains(piece), "{:?} lacks {piece:?}", out.stderr);
    }
}

/// A command line for `ant`, with a clean environment and an empty config dir.
pub struct Ant {
    cmd: Command,
    stdin: Option<Vec<u8>>,
    _config: tempfile::TempDir,
}

impl Ant {
    pub fn new(args: &[&str]) -> Self {
        let config = tempfile::tempdir().unwrap();
        let mut cmd = Command::new(ANT);
        for name in SCRUBBED {
            cmd.env_remove(name);
        }
        cmd.env("ANTHROPIC_CONFIG_DIR", config.path()).args(args);
        Self {
            cmd,
            stdin: None,
            _config: config,
        }
    }

    pub fn env(mut self, name: &str, value: impl AsRef<std::ffi::OsStr>) -> Self {
        self.cmd.env(name, value);
        self
    }

    pub fn current_dir(mut self, dir: &Path) -> Self {
        self.cmd.current_dir(dir);
        self
    }

    /// Pipes `text` on stdin (from a regular file, so it is seen at once).
    pub fn stdin(self, text: &str) -> Self {
        self.stdin_bytes(text.as_bytes())
    }

    /// Pipes `bytes` on stdin, as [`Ant::stdin`] does.
    pub fn stdin_bytes(mut self, bytes: &[u8]) -> Self {
        self.stdin = Some(bytes.to_vec());
        self
    }

    pub fn spawn(mut self) -> Child {
        self.cmd
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .stdin(Stdio::null());
        self.cmd.spawn().unwrap()
    }

    /// Starts it with stdin, stdout and stderr piped, for a test that talks to it.
    pub fn spawn_piped(mut self) -> Child {
        self.cmd
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .stdin(Stdio::piped());
        self.cmd.spawn().unwrap()
    }

    pub fn run(mut self) -> Out {
        let stdin_file = tempfile::NamedTempFile::new().unwrap();
        match &self.stdin {
            Some(text) => {
                std::fs::write(stdin_file.path(), text).unwrap();
                self.cmd.stdin(std::fs::File::open(stdin_file.path()).unwrap());
            }
            None => {
                self.cmd.stdin(Stdio::null());
            }
        }
        let out = self.cmd.output().unwrap();
        Out {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

/// The scripted model server (Anthropic and OpenAI wire formats), on a free port.
/// The pid of the server that `--local` started in the background for `data_dir`, as its
/// `server.json` records it; `None` when none was started.
pub fn background_server_pid(data_dir: &Path) -> Option<i32> {
    let marker: Value = serde_json::from_str(&std::fs::read_to_string(data_dir.join("server.json")).ok()?).ok()?;
    marker["pid"].as_i64().map(|pid| pid as i32)
}

pub struct FakeModel {
    child: Child,
    pub url: String,
    pub log: PathBuf,
    _dir: tempfile::TempDir,
}

impl FakeModel {
    pub fn start() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("requests.jsonl");
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fake-model/fake_model.py");
        let mut child = Command::new("python3")
            .arg(&script)
            .args(["--port", "0", "--log"])
            .arg(&log)
            .stdout(Stdio::piped())
            .spawn()
            .expect("python3 runs the fake model");
        let mut line = String::new();
        std::io::BufRead::read_line(&mut std::io::BufReader::new(child.stdout.take().unwrap()), &mut line).unwrap();
        let url = line
            .trim()
            .strip_prefix("listening on ")
            .expect("fake model announces its port")
            .to_string();
        Self {
            child,
            url,
            log,
            _dir: dir,
        }
    }

    /// Every request body the model received, oldest first.
    pub fn requests(&self) -> Vec<Value> {
        std::fs::read_to_string(&self.log)
            .unwrap_or_default()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }
}

impl Drop for FakeModel {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Polls `probe` until it holds; panics naming `what` after `wait`.
pub async fn eventually(wait: Duration, what: &str, mut probe: impl FnMut() -> bool) {
    let deadline = std::time::Instant::now() + wait;
    while !probe() {
        assert!(std::time::Instant::now() < deadline, "{what} (waited {wait:?})");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// `ant local serve` on a data dir that outlives restarts.
pub struct Server {
    child: Option<Child>,
    pub dir: tempfile::TempDir,
    pub base_url: String,
    args: Vec<String>,
    /// Where it listens: port 0 at first; `restart_in_place` keeps the port it got.
    addr: String,
    /// The key it requires: `KEY`, given as `--api-key`, or the one it keeps in its data dir.
    pub key: String,
    key_flag: bool,
    /// Variables set for it, besides the test's own.
    env: Vec<(String, String)>,
    /// The soft and hard limits on open files to start the server with (each at most the
    /// test's own hard limit).
    open_files: Option<(u64, u64)>,
    /// Where its stderr goes (appended across restarts); None: the test's own stderr.
    log: Option<PathBuf>,
    pub http: reqwest::Client,
}

impl Server {
    /// Starts a server with `--api-key KEY` and these extra arguments (model flags).
    pub fn start(args: &[&str]) -> Self {
        Self::start_with(args, None)
    }

    /// Starts a server as `start` does, under these soft and hard limits on open files.
    pub fn start_with(args: &[&str], open_files: Option<(u64, u64)>) -> Self {
        Self::launched(
            tempfile::tempdir().unwrap(),
            args,
            &[],
            (KEY.to_string(), true),
            open_files,
        )
    }

    /// Starts a server given no key, with these arguments and variables: it requires its data
    /// dir's key, which the test reads as a user would, with `ant local api-key`.
    pub fn with_key_file(args: &[&str], env: &[(&str, &str)]) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let key = Ant::new(&["local", "api-key", "--data-dir", dir.path().to_str().unwrap()])
            .run()
            .ok();
        Self::launched(dir, args, env, (key.trim().to_string(), false), None)
    }

    /// `key`: the key it requires, and whether it is given as `--api-key`.
    fn launched(
        dir: tempfile::TempDir,
        args: &[&str],
        env: &[(&str, &str)],
        (key, key_flag): (String, bool),
        open_files: Option<(u64, u64)>,
    ) -> Self {
        let mut s = Self {
            child: None,
            dir,
            base_url: String::new(),
            args: args.iter().map(|a| a.to_string()).collect(),
            addr: "127.0.0.1:0".into(),
            key,
            key_flag,
            env: env.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            open_files,
            log: None,
            http: reqwest::Client::new(),
        };
        s.launch();
        s
    }

    /// Starts a server as `start` does, with these variables, its stderr kept in `server.log`
    /// of its data dir (see [`Server::log`]).
    pub fn logged(args: &[&str], env: &[(&str, &str)]) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Self {
            child: None,
            base_url: String::new(),
            args: args.iter().map(|a| a.to_string()).collect(),
            addr: "127.0.0.1:0".into(),
            key: KEY.to_string(),
            key_flag: true,
            env: env.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            open_files: None,
            log: Some(dir.path().join("server.log")),
            dir,
            http: reqwest::Client::new(),
        };
        s.launch();
        s
    }

    /// What the server wrote to stderr, when started with [`Server::logged`].
    pub fn log(&self) -> String {
        self.log
            .as_ref()
            .map(|p| std::fs::read_to_string(p).unwrap_or_default())
            .unwrap_or_default()
    }

    /// The server's process id.
    pub fn pid(&self) -> u32 {
        self.child.as_ref().expect("the server runs").id()
    }

    /// A server whose model is the fake model, over the given wire format.
    pub fn with_model(model: &FakeModel, api: &str) -> Self {
        let url = if api == "openai" {
            format!("{}/v1", model.url)
        } else {
            model.url.clone()
        };
        Self::start(&["--model-url", &url, "--model-api", api])
    }

    /// The same server restarted with more arguments (e.g. `--record FILE`).
    pub fn with_args(mut self, args: &[&str]) -> Self {
        self.stop(true);
        self.args.extend(args.iter().map(|a| a.to_string()));
        self.launch();
        self
    }

    fn launch(&mut self) {
        let marker = self.dir.path().join("server.json");
        let _ = std::fs::remove_file(&marker);
        let mut cmd = Command::new(ANT);
        cmd.args(["local", "serve", "--addr", &self.addr]);
        if self.key_flag {
            cmd.args(["--api-key", &self.key]);
        }
        cmd.arg("--data-dir")
            .arg(self.dir.path())
            .args(&self.args)
            .env("ANT_MODEL_API_KEY", "sk-test-model-key-77aa")
            .env("RUST_LOG", "warn")
            .env_remove("ANT_LOCAL_API_KEY")
            .envs(self.env.iter().map(|(k, v)| (k, v)))
            .stdout(Stdio::null());
        if let Some(log) = &self.log {
            let file = std::fs::OpenOptions::new().create(true).append(true).open(log).unwrap();
            cmd.stderr(file);
        }
        if let Some((soft, hard)) = self.open_files {
            // SAFETY: getrlimit and setrlimit on a stack struct, between fork and exec.
            unsafe {
                std::os::unix::process::CommandExt::pre_exec(&mut cmd, move || {
                    let mut limit = libc::rlimit {
                        rlim_cur: 0,
                        rlim_max: 0,
                    };
                    libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit);
                    limit.rlim_max = hard.min(limit.rlim_max);
                    limit.rlim_cur = soft.min(limit.rlim_max);
                    libc::setrlimit(libc::RLIMIT_NOFILE, &limit);
                    Ok(())
                });
            }
        }
        let mut child = cmd.spawn().unwrap();
        self.base_url = ant::client::local::wait_until_listening(&mut child, &marker, "the test's stderr").unwrap();
        self.child = Some(child);
    }

    /// Sets a variable for the server's next starts (a restart takes it).
    pub fn set_env(&mut self, name: &str, value: &str) {
        self.env.retain(|(k, _)| k != name);
        self.env.push((name.to_string(), value.to_string()));
    }

    /// Stops the server with SIGTERM (or SIGKILL) and starts it again on the same data dir.
    pub fn restart(&mut self, kill: bool) {
        self.stop(kill);
        self.launch();
    }

    /// Restarts on the same port, so clients that know the address can reconnect.
    pub fn restart_in_place(&mut self, kill: bool) {
        self.addr = self.base_url.trim_start_matches("http://").to_string();
        self.restart(kill);
        // Pooled connections went to the old process.
        self.http = reqwest::Client::new();
    }

    pub fn stop(&mut self, kill: bool) {
        if let Some(mut child) = self.child.take() {
            let sig = if kill { libc::SIGKILL } else { libc::SIGTERM };
            unsafe { libc::kill(child.id() as i32, sig) };
            let _ = child.wait();
        }
    }

    /// `ant ARGS` against this server with its key.
    pub fn ant(&self, args: &[&str]) -> Ant {
        Ant::new(args)
            .env("ANTHROPIC_BASE_URL", &self.base_url)
            .env("ANTHROPIC_API_KEY", &self.key)
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }

    pub async fn call(&self, method: &str, path: &str, body: Option<Value>) -> (u16, Value) {
        let mut req = self
            .http
            .request(method.parse().unwrap(), self.url(path))
            .header("x-api-key", &self.key);
        if let Some(b) = body {
            req = req.json(&b);
        }
        let resp = req.send().await.unwrap();
        let status = resp.status().as_u16();
        let text = resp.text().await.unwrap();
        (status, serde_json::from_str(&text).unwrap_or(Value::String(text)))
    }

    /// A successful call's body; panics with the answer otherwise.
    pub async fn ok(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let (status, v) = self.call(method, path, body).await;
        assert_eq!(status, 200, "{method} {path}: {v}");
        v
    }

    pub async fn agent(&self, scenario: &str, tools: Value) -> String {
        let body = json!({"name": scenario, "model": "claude-sonnet-4-6",
                          "system": format!("test agent [scenario:{scenario}]"), "tools": tools});
        self.ok("POST", "/v1/agents", Some(body)).await["id"]
            .as_str()
            .unwrap()
            .to_string()
    }

    /// A new self-hosted environment and a key for its workers, as `ant local environment-key`
    /// issues it: (environment id, key).
    pub async fn self_hosted_environment(&self) -> (String, String) {
        let env = self
            .ok(
                "POST",
                "/v1/environments",
                Some(json!({"name": "hands", "config": {"type": "self_hosted"}})),
            )
            .await;
        let env = env["id"].as_str().unwrap().to_string();
        let data_dir = self.dir.path().to_str().unwrap();
        let key = Ant::new(&["local", "environment-key", &env, "--data-dir", data_dir])
            .run()
            .ok();
        (env, key.trim().to_string())
    }

    pub async fn session(&self, agent: &str) -> String {
        let env = self.ok("POST", "/v1/environments", Some(json!({"name": "e"}))).await;
        let body = json!({"agent": agent, "environment_id": env["id"]});
        self.ok("POST", "/v1/sessions", Some(body)).await["id"]
            .as_str()
            .unwrap()
            .to_string()
    }

    /// Every event of a session, oldest first, following all pages.
    pub async fn history(&self, session: &str) -> Vec<Value> {
        let mut out = Vec::new();
        let mut page: Option<String> = None;
        loop {
            let path = match &page {
                Some(p) => format!("/v1/sessions/{session}/events?limit=100&page={p}"),
                None => format!("/v1/sessions/{session}/events?limit=100"),
            };
            let v = self.ok("GET", &path, None).await;
            out.extend(v["data"].as_array().unwrap().iter().cloned());
            match v["next_page"].as_str() {
                Some(p) => page = Some(p.to_string()),
                None => return out,
            }
        }
    }

    /// Opens the stream, sends events, and collects streamed events until an idle (or `until`).
    pub async fn turn(&self, session: &str, events: Value) -> Vec<Value> {
        self.turn_until(session, events, &["session.status_idle"]).await
    }

    pub async fn turn_until(&self, session: &str, events: Value, until: &[&str]) -> Vec<Value> {
        let mut stream = self.stream(session, "").await;
        self.ok(
            "POST",
            &format!("/v1/sessions/{session}/events"),
            Some(json!({"events": events})),
        )
        .await;
        let mut seen = Vec::new();
        while let Some(e) = stream.next_event(Duration::from_secs(30)).await {
            let done = until.contains(&e["type"].as_str().unwrap_or(""));
            seen.push(e);
            if done {
                break;
            }
        }
        seen
    }

    pub async fn stream(&self, session: &str, query: &str) -> Stream {
        self.stream_at(&format!("/v1/sessions/{session}/events/stream{query}"))
            .await
    }

    /// The live stream at `path` (a session's or a thread's).
    pub async fn stream_at(&self, path: &str) -> Stream {
        let resp = self
            .http
            .get(self.url(path))
            .header("x-api-key", &self.key)
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status().as_u16(), 200);
        Stream {
            inner: Box::pin(eventsource_stream::Eventsource::eventsource(resp.bytes_stream())),
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop(true);
    }
}

type EventStream = std::pin::Pin<
    Box<
        dyn futures::Stream<
                Item = Result<eventsource_stream::Event, eventsource_stream::EventStreamError<reqwest::Error>>,
            > + Send,
    >,
>;

pub struct Stream {
    inner: EventStream,
}

impl Stream {
    /// The next non-ping frame as (event name, id, data), or None at the end or after `wait`.
    pub async fn next_frame(&mut self, wait: Duration) -> Option<(String, String, Value)> {
        loop {
            let frame = tokio::time::timeout(wait, self.inner.next()).await.ok()??.ok()?;
            if frame.event == "ping" {
                continue;
            }
            return Some((frame.event, frame.id, serde_json::from_str(&frame.data).unwrap()));
        }
    }

    pub async fn next_event(&mut self, wait: Duration) -> Option<Value> {
        self.next_frame(wait).await.map(|f| f.2)
    }
}

pub fn user_message(text: &str) -> Value {
    json!([{"type": "user.message", "content": [{"type": "text", "text": text}]}])
}

pub fn types(events: &[Value]) -> Vec<&str> {
    events.iter().map(|e| e["type"].as_str().unwrap()).collect()
}

pub fn text_of(e: &Value) -> String {
    e["content"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|b| b["text"].as_str())
        .collect()
}

pub fn toolset() -> Value {
    json!([{"type": "agent_toolset_20260401"}])
}

/// Insta filters that replace generated ids and timestamps with stable placeholders.
pub fn redactions() -> Vec<(&'static str, &'static str)> {
    vec![
        (r"(agent|env|sesn|req|page)_[0-9A-Za-z_-]{6,}", "[${1}_id]"),
        (r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z", "[time]"),
        (r"127\.0\.0\.1:\d+", "127.0.0.1:[port]"),
    ]
}

/// The command line of the running process `pid`, its arguments joined by spaces.
pub fn cmdline(pid: u32) -> String {
    read_cmdline(pid).unwrap_or_else(|| panic!("process {pid} is gone"))
}

/// The command line of process `pid`, if it still runs and is this user's.
pub fn read_cmdline(pid: u32) -> Option<String> {
    let raw = std::fs::read(format!("/proc/{pid}/cmdline")).ok()?;
    Some(String::from_utf8_lossy(&raw).trim_end_matches('\0').replace('\0', " "))
}

/// The command lines of the live processes whose working directory lies in `dir`: a tool's
/// processes, found by their session's workspace, which only this test uses.
pub fn processes_in(dir: &Path) -> Vec<String> {
    let dir = dir.canonicalize().unwrap();
    std::fs::read_dir("/proc")
        .unwrap()
        .filter_map(|entry| {
            let pid: u32 = entry.ok()?.file_name().to_str()?.parse().ok()?;
            // Unreadable (another user's) or gone (a zombie has no working directory).
            let cwd = std::fs::read_link(format!("/proc/{pid}/cwd")).ok()?;
            if cwd.starts_with(&dir) { read_cmdline(pid) } else { None }
        })
        .collect()
}

/// `ant local doctor` with `path` as PATH: its report and exit code.
pub fn doctor(data: &Path, path: Option<&Path>) -> (String, Option<i32>) {
    let mut cmd = Command::new(ANT);
    cmd.args(["local", "doctor", "--data-dir"]).arg(data);
    if let Some(path) = path {
        cmd.env("PATH", path);
    }
    let out = cmd.output().unwrap();
    (String::from_utf8(out.stdout).unwrap(), out.status.code())
}

/// The confining back ends that work here, as `ant local doctor` reports them.
pub fn working_back_ends() -> Vec<&'static str> {
    let data = tempfile::tempdir().unwrap();
    let (text, _) = doctor(data.path(), None);
    ["bwrap", "landlock"]
        .into_iter()
        .filter(|name| {
            let works = text.contains(&format!("  {name}: ok: "));
            if !works {
                eprintln!("note: skipping the {name} checks: it does not work here");
            }
            works
        })
        .collect()
}

/// Runs the official Python SDK's tests in `dir` (pytest, with the conformance virtualenv, ANT_BIN
/// naming this binary); skipped with a note when tests/run.sh has not made the virtualenv.
pub fn official_sdk_tests(dir: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let python = root.join(".venv-conformance/bin/python");
    if !python.is_file() {
        println!("note: skipped: {} is missing (tests/run.sh makes it)", python.display());
        return;
    }
    let out = Command::new(&python)
        .args(["-m", "pytest", "-q", "-p", "no:cacheprovider", dir])
        .current_dir(root)
        .env("ANT_BIN", ANT)
        .env_remove("ANTHROPIC_API_KEY")
        .env_remove("ANTHROPIC_BASE_URL")
        .output()
        .expect("the virtualenv's python runs");
    assert!(
        out.status.success(),
        "pytest failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
