//! Escape attempts, each made through the real tools the way a model would
//! make it, and each refused with the refusal visible in the tool result.
//! They need bubblewrap and skip (with a note) where it cannot run.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::{NetworkPolicy, SessionTools};
use crate::local::sandbox::{Mode, SandboxConfig, test_bwrap};

/// A server's layout in a temp dir: a home with a secret, a data dir with a
/// database and two sessions' workspaces.
struct Layout {
    _root: tempfile::TempDir,
    root: PathBuf,
    home: PathBuf,
    data: PathBuf,
    ws_a: PathBuf,
    ws_b: PathBuf,
    config: SandboxConfig,
}

fn layout() -> Option<Layout> {
    test_bwrap()?;
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().canonicalize().unwrap();
    let home = root.join("home");
    let data = root.join("data");
    let ws_a = data.join("workspaces/a");
    let ws_b = data.join("workspaces/b");
    for d in [&home, &ws_a, &ws_b] {
        std::fs::create_dir_all(d).unwrap();
    }
    std::fs::write(home.join("id_ed25519"), "home-secret").unwrap();
    std::fs::write(ws_b.join("notes.txt"), "other-session-secret").unwrap();
    rusqlite::Connection::open(data.join("ant.db"))
        .unwrap()
        .execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES ('db-secret');")
        .unwrap();
    let config = SandboxConfig::select(Mode::Bwrap, &[home.clone(), data.clone()]).unwrap();
    Some(Layout {
        _root: tmp,
        root,
        home,
        data,
        ws_a,
        ws_b,
        config,
    })
}

impl Layout {
    fn tools(&self, network: NetworkPolicy) -> SessionTools {
        SessionTools::new(self.ws_a.clone(), network, vec![], self.config.clone())
    }
}

async fn call(t: &SessionTools, tool: &str, input: Value) -> (String, bool) {
    super::testing::call(t, tool, &input).await
}

async fn bash(t: &SessionTools, command: &str) -> (String, bool) {
    call(t, "bash", json!({ "command": command })).await
}

/// Asserts the call failed, showed the model `why`, and leaked no `secret`.
fn refused((out, is_error): (String, bool), why: &str, secret: &str) {
    assert!(is_error, "not refused: {out}");
    assert!(out.contains(why), "expected '{why}' in: {out}");
    assert!(secret.is_empty() || !out.contains(secret), "leaked: {out}");
}

fn p(path: &Path) -> String {
    path.display().to_string()
}

#[tokio::test]
async fn workspace_is_writable_and_shared_with_file_tools() {
    let Some(l) = layout() else { return };
    let t = l.tools(NetworkPolicy::Unrestricted);
    assert_eq!(bash(&t, "pwd; echo hi > f.txt").await, (p(&l.ws_a), false));
    assert_eq!(call(&t, "read", json!({"file_path": "f.txt"})).await.0, "hi\n");
    call(&t, "write", json!({"file_path": "g.txt", "content": "from write"})).await;
    assert_eq!(bash(&t, "cat g.txt").await, ("from write".into(), false));
    t.shutdown().await;
}

#[tokio::test]
async fn home_is_invisible() {
    let Some(l) = layout() else { return };
    let t = l.tools(NetworkPolicy::Unrestricted);
    let secret = l.home.join("id_ed25519");
    refused(
        bash(&t, &format!("cat {}", p(&secret))).await,
        "No such file",
        "home-secret",
    );
    refused(
        call(&t, "read", json!({"file_path": p(&secret)})).await,
        "outside the session's working directory",
        "home-secret",
    );
    t.shutdown().await;
}

#[tokio::test]
async fn writes_outside_the_workspace_fail() {
    let Some(l) = layout() else { return };
    let t = l.tools(NetworkPolicy::Unrestricted);
    let target = l.home.join(".bashrc");
    refused(bash(&t, &format!("echo x > {}", p(&target))).await, "No such file", "");
    assert!(!target.exists());
    // The directories above the workspace exist only as empty stubs inside
    // the sandbox: a file made there never reaches the host.
    let stub = l.root.join("escaped");
    assert!(!bash(&t, &format!("echo x > {}", p(&stub))).await.1);
    assert!(!stub.exists());
    refused(bash(&t, "touch /usr/escaped").await, "Read-only file system", "");
    assert!(!Path::new("/usr/escaped").exists());
    // /tmp is the sandbox's own, so a write there succeeds but never lands on the host.
    let marker = format!("/tmp/ant-escape-{}", std::process::id());
    assert!(!bash(&t, &format!("echo x > {marker}")).await.1);
    assert!(!Path::new(&marker).exists());
    refused(
        call(&t, "write", json!({"file_path": p(&target), "content": "x"})).await,
        "outside the session's working directory",
        "",
    );
    t.shutdown().await;
}

#[tokio::test]
async fn other_sessions_and_the_database_are_invisible() {
    let Some(l) = layout() else { return };
    let t = l.tools(NetworkPolicy::Unrestricted);
    refused(
        bash(&t, &format!("cat {}/notes.txt", p(&l.ws_b))).await,
        "No such file",
        "other-session-secret",
    );
    assert_eq!(
        bash(&t, &format!("ls {}/workspaces", p(&l.data))).await,
        ("a".into(), false),
        "only the session's own workspace is bound"
    );
    refused(
        bash(&t, &format!("head -c 100 {}/ant.db", p(&l.data))).await,
        "No such file",
        "db-secret",
    );
    refused(
        call(&t, "grep", json!({"pattern": "secret", "path": p(&l.data)})).await,
        "outside the session's working directory",
        "secret",
    );
    t.shutdown().await;
}

#[tokio::test]
async fn the_server_cannot_be_signalled() {
    let Some(l) = layout() else { return };
    let t = l.tools(NetworkPolicy::Unrestricted);
    refused(
        bash(&t, &format!("kill -0 {}", std::process::id())).await,
        "No such process",
        "",
    );
    // Only the sandbox's own processes exist in its PID namespace.
    let (out, _) = bash(&t, "ls /proc | grep -c '^[0-9]'").await;
    assert!(out.trim().parse::<u32>().unwrap() < 10, "{out}");
    t.shutdown().await;
}

#[tokio::test]
async fn limited_network_cannot_reach_host_loopback_or_internet() {
    let Some(l) = layout() else { return };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let connect = format!("exec 3<>/dev/tcp/127.0.0.1/{port} && echo connected");

    // Control: with the network shared, the same command connects.
    let open = l.tools(NetworkPolicy::Unrestricted);
    assert_eq!(bash(&open, &connect).await, ("connected".into(), false));
    open.shutdown().await;

    let t = l.tools(NetworkPolicy::limited(["127.0.0.1"]));
    refused(bash(&t, &connect).await, "Connection refused", "connected");
    refused(
        bash(&t, "exec 3<>/dev/tcp/1.1.1.1/80 && echo connected").await,
        "Network is unreachable",
        "connected",
    );
    t.shutdown().await;
}

#[tokio::test]
async fn web_fetch_allows_only_allowed_hosts() {
    let Some(l) = layout() else { return };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        while let Ok((mut s, _)) = listener.accept().await {
            let mut buf = [0u8; 1024];
            let _ = s.read(&mut buf).await;
            let _ = s
                .write_all(b"HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: 7\r\nconnection: close\r\n\r\nallowed")
                .await;
        }
    });
    let t = l.tools(NetworkPolicy::limited(["127.0.0.1"]));
    let url = format!("http://127.0.0.1:{port}/");
    assert_eq!(
        call(&t, "web_fetch", json!({ "url": url })).await,
        ("allowed".into(), false)
    );
    let url = format!("http://localhost:{port}/");
    refused(
        call(&t, "web_fetch", json!({ "url": url })).await,
        "not allowed by the session's network policy",
        "allowed\n",
    );
}
