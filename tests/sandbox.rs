//! `ant local doctor` and `ant local serve --sandbox` through the real binary,
//! and limited networking end to end (its proxy bridge is that binary). The
//! other escape tests live beside the tools (`src/local/tools/escape_tests.rs`).

mod common;

use std::process::Command;

use common::{ANT, FakeModel, KEY, Server, doctor, text_of, toolset, user_message, working_back_ends};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[test]
fn doctor_names_the_active_back_end() {
    let data = tempfile::tempdir().unwrap();
    let (text, code) = doctor(data.path(), None);
    assert!(text.contains("\n  none: only with --sandbox none"), "{text}");
    let bwrap = text.contains("  bwrap: ok: bubblewrap ");
    let landlock = text.contains("  landlock: ok: Landlock ABI ");
    assert!(bwrap || text.contains("  bwrap: unavailable: "), "{text}");
    assert!(landlock || text.contains("  landlock: unavailable: "), "{text}");
    // Landlock for the file tools needs only ABI 1, so it works wherever the back end does.
    let files = text.contains("\nfile tools: confined by Landlock ABI ");
    assert!(
        files || text.contains("\nfile tools: path checks only (Landlock unavailable: "),
        "{text}"
    );
    assert!(files || !landlock, "{text}");
    if bwrap {
        assert!(text.starts_with("sandbox: bwrap"), "{text}");
    } else if landlock {
        assert!(text.starts_with("sandbox: landlock"), "{text}");
    } else {
        eprintln!("note: no back end works here; only the failure report is checked");
        assert!(text.starts_with("sandbox: none works here"), "{text}");
    }
    assert_eq!(code, Some(i32::from(!bwrap && !landlock)));
}

#[test]
fn doctor_and_serve_explain_a_missing_bwrap() {
    let data = tempfile::tempdir().unwrap();
    let (text, code) = doctor(data.path(), Some(data.path()));
    assert!(
        text.contains("  bwrap: unavailable: bwrap not found on PATH (install the bubblewrap package)"),
        "{text}"
    );
    let landlock = text.contains("  landlock: ok: ");
    assert_eq!(code, Some(i32::from(!landlock)), "{text}");

    // Without bwrap, `auto` runs under Landlock where it works (a server that
    // would keep running) and otherwise refuses to start, naming both.
    let modes: &[&str] = if landlock {
        &["bwrap"]
    } else {
        &["auto", "bwrap", "landlock"]
    };
    for mode in modes {
        let out = Command::new(ANT)
            .args([
                "local",
                "serve",
                "--addr",
                "127.0.0.1:0",
                "--sandbox",
                mode,
                "--data-dir",
            ])
            .arg(data.path())
            .env("PATH", data.path())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "--sandbox {mode}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(*mode == "landlock" || err.contains("bwrap not found on PATH"), "{err}");
        assert!(err.lines().count() == 1, "one line: {err}");
    }
}

/// Without slirp4netns, bwrap's unrestricted sessions fail with one line naming the package
/// (never falling back to the host's network), doctor says so, and `auto` prefers Landlock,
/// whose connect guard closes the same hole.
#[tokio::test]
async fn a_missing_slirp4netns_fails_unrestricted_sessions_in_one_line() {
    let data = tempfile::tempdir().unwrap();
    if !doctor(data.path(), None).0.contains("  bwrap: ok: ") {
        eprintln!("note: skipped: bwrap does not work here");
        return;
    }
    let bin = tempfile::tempdir().unwrap();
    let bwrap = which("bwrap");
    std::os::unix::fs::symlink(&bwrap, bin.path().join("bwrap")).unwrap();
    let path = bin.path().to_str().unwrap();
    let (text, _) = doctor(data.path(), Some(bin.path()));
    let missing = "slirp4netns not found on PATH (install the slirp4netns package";
    assert!(
        text.contains(&format!(
            "    unrestricted networking: unavailable (such sessions fail): {missing}"
        )),
        "{text}"
    );
    if text.contains("  landlock: ok: ") {
        assert!(
            text.starts_with("sandbox: landlock"),
            "auto prefers the back end that closes it: {text}"
        );
    }

    let model = FakeModel::start();
    let s = Server::with_key_file(
        &["--model-url", &model.url, "--sandbox", "bwrap"],
        &[("PATH", path), ("ANT_MODEL_API_KEY", "sk-test-model-key-77aa")],
    );
    let sid = s.session(&s.agent("shell", toolset()).await).await;
    let events = s.turn(&sid, user_message("echo reached")).await;
    let result: &Value = events.iter().find(|e| e["type"] == "agent.tool_result").unwrap();
    let out = text_of(result);
    assert!(result["is_error"] == true && out.contains(missing), "{out}");
    assert_eq!(out.lines().count(), 1, "{out}");
}

fn which(program: &str) -> std::path::PathBuf {
    std::env::split_paths(&std::env::var_os("PATH").unwrap())
        .map(|dir| dir.join(program))
        .find(|p| p.is_file())
        .unwrap_or_else(|| panic!("{program} is not on PATH"))
}

/// A session whose environment allows only `localhost`, with bash driven by
/// the scripted model (each message is run as a command), under each back end.
#[tokio::test]
async fn limited_networking_reaches_only_allowed_hosts_through_the_proxy() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        while let Ok((mut sock, _)) = listener.accept().await {
            let mut buf = [0u8; 4096];
            let _ = sock.read(&mut buf).await;
            let reply = "HTTP/1.1 200 OK\r\ncontent-length: 17\r\nconnection: close\r\n\r\nhello from host\r\n";
            let _ = sock.write_all(reply.as_bytes()).await;
        }
    });
    let model = FakeModel::start();
    for back_end in working_back_ends() {
        let s = Server::with_model(&model, "anthropic").with_args(&["--sandbox", back_end]);
        let networking = json!({"type": "limited", "allowed_hosts": ["localhost"]});
        let env = json!({"name": "limited", "config": {"type": "cloud", "networking": networking}});
        let env = s.ok("POST", "/v1/environments", Some(env)).await;
        let agent = s.agent("shell", toolset()).await;
        let session = json!({"agent": agent, "environment_id": env["id"]});
        let sid = s.ok("POST", "/v1/sessions", Some(session)).await["id"]
            .as_str()
            .unwrap()
            .to_string();
        let bash = |command: String| {
            let (s, sid) = (&s, &sid);
            async move {
                let events = s.turn(sid, user_message(&command)).await;
                let result: &Value = events.iter().find(|e| e["type"] == "agent.tool_result").unwrap();
                (text_of(result), result["is_error"] == true)
            }
        };

        let (out, is_error) = bash(format!("curl -sS --fail-with-body http://localhost:{port}/")).await;
        assert_eq!((out.as_str(), is_error), ("hello from host", false), "{back_end}");
        // The same through a CONNECT tunnel, as an https:// URL would go.
        let (out, is_error) = bash(format!("curl -sS --proxytunnel http://localhost:{port}/")).await;
        assert_eq!((out.as_str(), is_error), ("hello from host", false), "{back_end}");

        let (out, is_error) = bash(format!("curl -sS --fail-with-body http://127.0.0.1:{port}/")).await;
        assert!(is_error, "{back_end}: {out}");
        assert!(
            out.contains("ant sandbox: 127.0.0.1 is not in this environment's allowed_hosts"),
            "{back_end}: {out}"
        );

        let (out, is_error) = bash("curl -sS https://example.org/".into()).await;
        assert!(is_error, "{back_end}: {out}");
        assert!(out.contains("403"), "{back_end}: {out}");
        assert!(
            out.contains("ant sandbox: example.org is not in this environment's allowed_hosts"),
            "{back_end}: {out}"
        );

        // Around the proxy there is no way out: under bwrap the host's loopback is another
        // network; under Landlock no TCP port but the proxy's may be connected to.
        let (out, is_error) = bash(format!("exec 3<>/dev/tcp/127.0.0.1/{port} && echo connected")).await;
        let refusal = if back_end == "bwrap" {
            "Connection refused"
        } else {
            "Permission denied"
        };
        assert!(is_error && out.contains(refusal), "{back_end}: {out}");
    }
}

/// Unrestricted networking is the internet, not this machine: under each back end, a session's
/// bash cannot reach the local API's port (nor any host loopback service), and no key of the
/// server's or the model's is in its environment or in any command line it can read.
#[tokio::test]
async fn an_unrestricted_session_cannot_reach_the_local_api_or_read_its_keys() {
    let model = FakeModel::start();
    for back_end in working_back_ends() {
        let s = Server::with_model(&model, "anthropic").with_args(&["--sandbox", back_end]);
        let sid = s.session(&s.agent("shell", toolset()).await).await;
        let bash = |command: String| {
            let (s, sid) = (&s, &sid);
            async move {
                let events = s.turn(sid, user_message(&command)).await;
                let result: &Value = events.iter().find(|e| e["type"] == "agent.tool_result").unwrap();
                (text_of(result), result["is_error"] == true)
            }
        };
        let port = s.base_url.rsplit(':').next().unwrap().to_string();
        let (out, is_error) = bash(format!("exec 3<>/dev/tcp/127.0.0.1/{port} && echo connected")).await;
        assert!(is_error && !out.contains("connected"), "{back_end}: {out}");
        if back_end == "landlock" {
            assert!(out.contains("is this machine's loopback"), "{back_end}: {out}");
        }
        let (out, is_error) = bash(format!("curl -sS -m 5 {}/v1/sessions", s.base_url)).await;
        assert!(is_error && !out.contains("\"data\""), "{back_end}: {out}");

        // The tool's environment, and the server's command line (in view without a PID namespace).
        let command = format!("env; tr '\\0' ' ' < /proc/{}/cmdline", s.pid());
        let (out, _) = bash(command).await;
        for secret in [KEY, "sk-test-model-key-77aa"] {
            assert!(!out.contains(secret), "{back_end}: a key is visible: {out}");
        }
        if back_end == "landlock" {
            assert!(out.contains("local serve --addr"), "{back_end}: {out}");
        }
    }
}
