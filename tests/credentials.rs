//! The local server's own key: required even when none is given (the data dir's key file), never
//! the user's Anthropic credentials, never in a command line; and `--local` finding a port.

mod common;

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::sync::{Arc, Mutex};

use common::*;
use serde_json::{Value, json};

/// What a user of the official CLI has exported.
const USER_KEY: &str = "sk-ant-user-secret";
const USER_TOKEN: &str = "sk-ant-user-token";

/// `--local ARGS` for the data dir `data`, as a user with Anthropic credentials runs it.
fn local(data: &Path, args: &[&str]) -> Ant {
    let mut all = vec!["--local"];
    all.extend_from_slice(args);
    Ant::new(&all)
        .env("ANT_LOCAL_DATA_DIR", data)
        .env("ANTHROPIC_API_KEY", USER_KEY)
        .env("ANTHROPIC_AUTH_TOKEN", USER_TOKEN)
        .env("RUST_LOG", "warn")
}

/// Stops the server that `--local` started for a data dir when the test ends, passed or not.
struct Background(Option<i32>);

impl Drop for Background {
    fn drop(&mut self) {
        if let Some(pid) = self.0 {
            // SAFETY: a signal to the server this test started.
            unsafe { libc::kill(pid, libc::SIGTERM) };
        }
    }
}

fn base_url(data: &Path) -> String {
    let marker: Value = serde_json::from_str(&std::fs::read_to_string(data.join("server.json")).unwrap()).unwrap();
    marker["base_url"].as_str().unwrap().to_string()
}

async fn status(s: &Server, key: Option<&str>) -> u16 {
    let mut req = s.http.get(s.url("/v1/sessions"));
    if let Some(key) = key {
        req = req.header("x-api-key", key);
    }
    req.send().await.unwrap().status().as_u16()
}

#[tokio::test]
async fn a_server_given_no_key_requires_its_data_dir_key_even_from_a_tool() {
    let model = FakeModel::start();
    let s = Server::with_key_file(&["--model-url", &model.url], &[("ANTHROPIC_API_KEY", USER_KEY)]);
    assert!(s.key.starts_with("sk-ant-local-"), "{}", s.key);
    assert_eq!(status(&s, None).await, 401, "no key");
    assert_eq!(
        status(&s, Some(USER_KEY)).await,
        401,
        "ANTHROPIC_API_KEY is not the local key"
    );
    assert_eq!(status(&s, Some(&s.key)).await, 200);

    // Even where a session may reach this machine (a limited environment naming it), its bash
    // reaches the server's port but has no key to offer: the data dir is hidden.
    let networking = json!({"type": "limited", "allowed_hosts": ["127.0.0.1"]});
    let env = json!({"name": "host", "config": {"type": "cloud", "networking": networking}});
    let env = s.ok("POST", "/v1/environments", Some(env)).await;
    let agent = s.agent("shell", toolset()).await;
    let session = json!({"agent": agent, "environment_id": env["id"]});
    let sid = s.ok("POST", "/v1/sessions", Some(session)).await["id"]
        .as_str()
        .unwrap()
        .to_string();
    let key_file = s.path("api-key");
    let command = format!(
        "curl -s -o /dev/null -w '%{{http_code}}\\n' {}/v1/sessions; cat {}",
        s.base_url,
        key_file.display()
    );
    let events = s.turn(&sid, user_message(&command)).await;
    let result = events.iter().find(|e| e["type"] == "agent.tool_result").unwrap();
    let output = result["content"].to_string();
    assert!(output.contains("401"), "{output}");
    assert!(!output.contains(&s.key), "{output}");
}

#[tokio::test]
async fn secret_flags_are_gone_from_command_lines_and_still_work() {
    let model = FakeModel::start();
    let s = Server::start(&["--model-url", &model.url]);
    let server = cmdline(s.pid());
    assert!(server.contains("--api-key ") && !server.contains(KEY), "{server}");
    assert_eq!(status(&s, Some(KEY)).await, 200);

    // A worker's --environment-key=KEY.
    let (env, env_key) = s.self_hosted_environment().await;
    let workdir = tempfile::tempdir().unwrap();
    let mut worker = std::process::Command::new(ANT)
        .args([
            "beta:worker",
            "poll",
            "--base-url",
            &s.base_url,
            "--environment-id",
            &env,
        ])
        .arg(format!("--environment-key={env_key}"))
        .arg("--workdir")
        .arg(workdir.path())
        .env("RUST_LOG", "warn")
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    let polled = loop {
        let stats = s.ok("GET", &format!("/v1/environments/{env}/work/stats"), None).await;
        if stats["workers_polling"] == 1 || started.elapsed().as_secs() > 20 {
            break stats;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    };
    let shown = cmdline(worker.id());
    let _ = worker.kill();
    let _ = worker.wait();
    assert!(
        shown.contains("--environment-key=") && !shown.contains(&env_key),
        "{shown}"
    );
    assert_eq!(polled["workers_polling"], 1, "the worker's key works: {polled}");

    // A client's global --api-key, on a command that runs a while.
    let sid = s.session(&s.agent("hello", toolset()).await).await;
    let mut stream = Ant::new(&[
        "stream",
        &sid,
        "--format",
        "jsonl",
        "--api-key",
        KEY,
        "--transform",
        "type",
        "-r",
    ])
    .env("ANTHROPIC_BASE_URL", &s.base_url)
    .spawn();
    let (line_tx, lines) = std::sync::mpsc::channel();
    let stdout = stream.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in std::io::BufRead::lines(std::io::BufReader::new(stdout)) {
            let _ = line_tx.send(line.unwrap());
        }
    });
    // The stream shows only what happens once it is open: send until it shows a message.
    let started = std::time::Instant::now();
    let first = loop {
        s.ok(
            "POST",
            &format!("/v1/sessions/{sid}/events"),
            Some(json!({"events": user_message("hi")})),
        )
        .await;
        match lines.recv_timeout(std::time::Duration::from_millis(500)) {
            Ok(line) => break line,
            Err(_) => assert!(started.elapsed().as_secs() < 20, "the stream showed nothing"),
        }
    };
    let shown = cmdline(stream.id());
    let _ = stream.kill();
    let _ = stream.wait();
    assert!(shown.contains("--api-key ") && !shown.contains(KEY), "{shown}");
    // Any event shows the key works (which one depends on when the stream opened).
    assert!(
        ["user.", "session.", "agent.", "span."]
            .iter()
            .any(|p| first.starts_with(p)),
        "the stream's key works: {first}"
    );
}

#[tokio::test]
async fn a_tool_under_landlock_finds_no_key_in_the_servers_command_line() {
    let data = tempfile::tempdir().unwrap();
    let doctor = Ant::new(&["local", "doctor", "--data-dir", data.path().to_str().unwrap()]).run();
    if !doctor.stdout.contains("  landlock: ok: ") {
        eprintln!("note: skipped: Landlock does not work here:\n{}", doctor.stdout);
        return;
    }
    let model = FakeModel::start();
    let s = Server::start(&["--model-url", &model.url, "--sandbox", "landlock"]);
    let sid = s.session(&s.agent("shell", toolset()).await).await;
    let command = format!("tr '\\0' ' ' < /proc/{}/cmdline", s.pid());
    let events = s.turn(&sid, user_message(&command)).await;
    let result = events.iter().find(|e| e["type"] == "agent.tool_result").unwrap();
    let output = result["content"].to_string();
    assert!(
        output.contains("local serve --addr"),
        "the server's command line is visible: {output}"
    );
    assert!(!output.contains(KEY), "{output}");
}

/// A loopback relay to `upstream` that keeps every byte clients send through it.
fn recording_relay(upstream: &str) -> (String, Arc<Mutex<Vec<u8>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let sent = Arc::new(Mutex::new(Vec::new()));
    let (upstream, record) = (upstream.to_string(), sent.clone());
    std::thread::spawn(move || {
        for client in listener.incoming() {
            let (mut client, mut server) = (client.unwrap(), TcpStream::connect(&upstream).unwrap());
            let (mut back, mut to_client) = (server.try_clone().unwrap(), client.try_clone().unwrap());
            std::thread::spawn(move || std::io::copy(&mut back, &mut to_client));
            let record = record.clone();
            std::thread::spawn(move || {
                let mut buf = [0; 8192];
                while let Ok(n @ 1..) = client.read(&mut buf) {
                    record.lock().unwrap().extend_from_slice(&buf[..n]);
                    if server.write_all(&buf[..n]).is_err() {
                        break;
                    }
                }
                let _ = server.shutdown(std::net::Shutdown::Write);
            });
        }
    });
    (url, sent)
}

#[test]
fn local_commands_send_the_local_key_and_never_the_users_credentials() {
    let s = Server::with_key_file(&[], &[("ANTHROPIC_API_KEY", USER_KEY)]);
    let (relay, sent) = recording_relay(s.base_url.trim_start_matches("http://"));
    // --local finds the server through its marker: point that at the relay.
    std::fs::write(s.path("server.json"), json!({"base_url": relay}).to_string()).unwrap();
    let profiles = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(profiles.path().join("credentials")).unwrap();
    std::fs::write(
        profiles.path().join("credentials/default.json"),
        json!({"api_key": "sk-ant-user-profile"}).to_string(),
    )
    .unwrap();
    let created = local(s.dir.path(), &["environments", "create", "--name", "here", "--debug"])
        .env("ANTHROPIC_CONFIG_DIR", profiles.path())
        .run();
    let listed = local(s.dir.path(), &["environments", "list", "--transform", "name", "-r"])
        .env("ANTHROPIC_CONFIG_DIR", profiles.path())
        .run();
    assert_eq!(created.code, 0, "{}", created.stderr);
    assert!(created.stderr.contains("x-api-key: <REDACTED>"), "{}", created.stderr);
    assert!(!created.stderr.contains("authorization"), "{}", created.stderr);
    assert_eq!(listed.ok(), "here\n");
    let sent = String::from_utf8(sent.lock().unwrap().clone()).unwrap();
    assert_eq!(sent.matches(&format!("x-api-key: {}\r\n", s.key)).count(), 2, "{sent}");
    for secret in [USER_KEY, USER_TOKEN, "sk-ant-user-profile"] {
        assert!(!sent.contains(secret), "{secret} reached the server: {sent}");
    }
}

#[test]
fn a_refused_local_key_names_its_file_not_anthropic_api_key() {
    // A server started with a key of its own, which --local does not have.
    let s = Server::start(&[]);
    let out = local(s.dir.path(), &["agents", "list"]).run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    let key_file = s.path("api-key");
    assert!(
        out.stderr.contains(&format!(
            "hint: the server refused the credential from {}",
            key_file.display()
        )),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("ANTHROPIC_API_KEY"), "{}", out.stderr);
}

#[test]
fn a_bad_key_file_is_one_line_and_kept() {
    let data = tempfile::tempdir().unwrap();
    let key_file = data.path().join("api-key");
    std::fs::write(&key_file, "sk-ant-local-readable\n").unwrap();
    std::fs::set_permissions(&key_file, std::fs::Permissions::from_mode(0o644)).unwrap();
    let dir = data.path().to_str().unwrap();
    let expected = format!(
        "ant: {}: mode 644 lets other users read the local server's API key (chmod 600 it)\n",
        key_file.display()
    );
    for out in [
        Ant::new(&["local", "serve", "--addr", "127.0.0.1:0", "--data-dir", dir]).run(),
        Ant::new(&["local", "api-key", "--data-dir", dir]).run(),
        local(data.path(), &["agents", "list"]).run(),
    ] {
        assert_eq!((out.code, out.stderr.as_str()), (1, expected.as_str()));
    }
    assert_eq!(std::fs::read_to_string(&key_file).unwrap(), "sk-ant-local-readable\n");
    assert!(!data.path().join("server.json").exists(), "no server started");
}

#[test]
fn local_takes_a_free_port_when_the_preferred_one_is_taken() {
    // Something else listens on the port A prefers.
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let taken = taken.local_addr().unwrap().to_string();
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let create = |data: &Path, preferred: &str| {
        local(
            data,
            &["environments", "create", "--name", "here", "--transform", "name", "-r"],
        )
        .env("ANT_LOCAL_ADDR", preferred)
        .run()
    };
    let first = create(a.path(), &taken);
    let _a_server = Background(background_server_pid(a.path()));
    assert_eq!(first.ok(), "here\n");
    let a_url = base_url(a.path());
    assert_ne!(a_url, format!("http://{taken}"));

    // B prefers the port A's server took: B's own server takes another, and A's is reused.
    let a_addr = a_url.trim_start_matches("http://");
    let second = create(b.path(), a_addr);
    let _b_server = Background(background_server_pid(b.path()));
    assert_eq!(second.ok(), "here\n");
    let b_url = base_url(b.path());
    assert!(b_url != a_url && b_url != format!("http://{taken}"), "{b_url}");
    let again = create(a.path(), a_addr);
    assert_eq!(again.ok(), "here\n");
    assert_eq!(base_url(a.path()), a_url, "A's server is reused");
    let listed = local(a.path(), &["environments", "list", "--transform", "name", "-r"]).run();
    assert_eq!(listed.ok(), "here\nhere\n", "both environments are in A's server");
}

/// The pids of the `ant local serve` processes of the data dir `data`, which only this test uses.
fn servers_of(data: &Path) -> Vec<i32> {
    let data = data.to_str().unwrap();
    std::fs::read_dir("/proc")
        .unwrap()
        .filter_map(|entry| entry.ok()?.file_name().to_str()?.parse().ok())
        .filter(|pid| read_cmdline(*pid).is_some_and(|c| c.contains(" local serve ") && c.contains(data)))
        .map(|pid| pid as i32)
        .collect()
}

#[test]
fn local_commands_starting_at_once_share_one_server() {
    // Both would fall back to a free port, where nothing stops a second server.
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let taken = taken.local_addr().unwrap().to_string();
    let data = tempfile::tempdir().unwrap();
    let racers: Vec<_> = (0..3)
        .map(|_| {
            local(data.path(), &["environments", "list"])
                .env("ANT_LOCAL_ADDR", &taken)
                .spawn()
        })
        .collect();
    let outcomes: Vec<_> = racers.into_iter().map(|r| r.wait_with_output().unwrap()).collect();
    let servers = servers_of(data.path());
    let _stopped: Vec<_> = servers.iter().map(|pid| Background(Some(*pid))).collect();
    for out in outcomes {
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    assert_eq!(servers.len(), 1, "{servers:?}");
    assert_eq!(background_server_pid(data.path()), Some(servers[0]));
}
