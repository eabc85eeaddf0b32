//! Escape attempts, each made through the real tools the way a model would
//! make it, and each refused with the refusal visible in the tool result.
//! Every case runs under every confining back end (`escape_tests::bwrap::*`,
//! `escape_tests::landlock::*`) and skips, with a note, where that back end
//! cannot run.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::{NetworkPolicy, SessionTools};
use crate::local::sandbox::{SandboxConfig, test_backend};

/// One test per case and back end, each a call of the case's function with
/// that back end's layout.
macro_rules! escape_cases {
    ([$($backend:ident),*], $cases:tt) => {
        $( escape_cases!(@backend $backend $cases); )*
    };
    (@backend $backend:ident [$($case:ident),*]) => {
        mod $backend {
            $(
                #[tokio::test]
                async fn $case() {
                    if let Some(l) = super::layout(stringify!($backend)) {
                        super::$case(l).await;
                    }
                }
            )*
        }
    };
}

escape_cases!(
    [bwrap, landlock],
    [
        workspace_is_writable_and_shared_with_file_tools,
        home_is_invisible,
        writes_outside_the_workspace_fail,
        other_sessions_and_the_database_are_invisible,
        the_server_cannot_be_signalled,
        limited_network_cannot_reach_host_loopback_or_internet,
        unrestricted_network_reaches_neither_this_machine_nor_its_link,
        web_fetch_allows_only_allowed_hosts
    ]
);

/// How a back end words each refusal: bwrap hides what it does not show,
/// Landlock denies it.
struct Refusals {
    /// A file outside the sandbox.
    hidden: &'static str,
    /// A write to a system directory.
    read_only: &'static str,
    /// A signal to a process outside the sandbox.
    signal: &'static str,
    /// A TCP connection to the host's loopback, offline.
    loopback: &'static str,
    /// A TCP connection to the internet, offline.
    internet: &'static str,
    /// A UDP socket towards the internet, offline.
    udp: &'static str,
    /// A TCP connection to the host's loopback, unrestricted: bwrap's
    /// namespace has a loopback of its own, where nothing listens.
    host_loopback: &'static str,
    /// A TCP connection to this machine's other addresses or its link,
    /// unrestricted: under bwrap slirp4netns is refused, and answers with an
    /// ICMP unreachable.
    host_address: &'static str,
}

const BWRAP: Refusals = Refusals {
    hidden: "No such file",
    read_only: "Read-only file system",
    signal: "No such process",
    loopback: "Connection refused",
    internet: "Network is unreachable",
    udp: "Network is unreachable",
    host_loopback: "Connection refused",
    host_address: "Network is unreachable",
};

const LANDLOCK: Refusals = Refusals {
    hidden: "Permission denied",
    read_only: "Permission denied",
    signal: "Operation not permitted",
    loopback: "Permission denied",
    internet: "Permission denied",
    udp: "Operation not permitted",
    host_loopback: "Permission denied",
    host_address: "Permission denied",
};

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
    says: &'static Refusals,
}

fn layout(backend: &str) -> Option<Layout> {
    let mode = backend.parse().unwrap();
    test_backend(backend)?;
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
    let config = SandboxConfig::select(mode, &[home.clone(), data.clone()]).unwrap();
    let says = if backend == "bwrap" { &BWRAP } else { &LANDLOCK };
    Some(Layout {
        _root: tmp,
        root,
        home,
        data,
        ws_a,
        ws_b,
        config,
        says,
    })
}

impl Layout {
    fn tools(&self, network: NetworkPolicy) -> SessionTools {
        self.tools_in(&self.ws_a, network)
    }

    fn tools_in(&self, workspace: &Path, network: NetworkPolicy) -> SessionTools {
        SessionTools::new(workspace.to_path_buf(), network, vec![], self.config.clone())
    }

    fn is_bwrap(&self) -> bool {
        self.config.name() == "bwrap"
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

async fn workspace_is_writable_and_shared_with_file_tools(l: Layout) {
    let t = l.tools(NetworkPolicy::Unrestricted);
    assert_eq!(bash(&t, "pwd; echo hi > f.txt").await, (p(&l.ws_a), false));
    assert_eq!(call(&t, "read", json!({"file_path": "f.txt"})).await.0, "hi\n");
    call(&t, "write", json!({"file_path": "g.txt", "content": "from write"})).await;
    assert_eq!(bash(&t, "cat g.txt").await, ("from write".into(), false));
    t.shutdown().await;
}

async fn home_is_invisible(l: Layout) {
    let t = l.tools(NetworkPolicy::Unrestricted);
    let secret = l.home.join("id_ed25519");
    refused(
        bash(&t, &format!("cat {}", p(&secret))).await,
        l.says.hidden,
        "home-secret",
    );
    refused(
        call(&t, "read", json!({"file_path": p(&secret)})).await,
        "outside the session's working directory",
        "home-secret",
    );
    t.shutdown().await;
}

async fn writes_outside_the_workspace_fail(l: Layout) {
    let t = l.tools(NetworkPolicy::Unrestricted);
    let target = l.home.join(".bashrc");
    refused(bash(&t, &format!("echo x > {}", p(&target))).await, l.says.hidden, "");
    assert!(!target.exists());
    let stub = l.root.join("escaped");
    let marker = format!("/tmp/ant-escape-{}", std::process::id());
    if l.is_bwrap() {
        // The directories above the workspace exist only as empty stubs inside
        // the sandbox: a file made there never reaches the host.
        assert!(!bash(&t, &format!("echo x > {}", p(&stub))).await.1);
        // /tmp is the sandbox's own, so a write there succeeds but never lands on the host.
        assert!(!bash(&t, &format!("echo x > {marker}")).await.1);
    } else {
        refused(bash(&t, &format!("echo x > {}", p(&stub))).await, l.says.hidden, "");
        // The host's /tmp is shared, so it is closed; TMPDIR is the session's own.
        refused(bash(&t, &format!("echo x > {marker}")).await, l.says.hidden, "");
        assert_eq!(
            bash(&t, "echo x > $TMPDIR/f && cat $TMPDIR/f").await,
            ("x".into(), false)
        );
    }
    assert!(!stub.exists());
    assert!(!Path::new(&marker).exists());
    refused(bash(&t, "touch /usr/escaped").await, l.says.read_only, "");
    assert!(!Path::new("/usr/escaped").exists());
    refused(
        call(&t, "write", json!({"file_path": p(&target), "content": "x"})).await,
        "outside the session's working directory",
        "",
    );
    t.shutdown().await;
}

async fn other_sessions_and_the_database_are_invisible(l: Layout) {
    let t = l.tools(NetworkPolicy::Unrestricted);
    refused(
        bash(&t, &format!("cat {}/notes.txt", p(&l.ws_b))).await,
        l.says.hidden,
        "other-session-secret",
    );
    let listing = bash(&t, &format!("ls {}/workspaces", p(&l.data))).await;
    if l.is_bwrap() {
        assert_eq!(
            listing,
            ("a".into(), false),
            "only the session's own workspace is bound"
        );
    } else {
        refused(listing, l.says.hidden, "a\nb");
    }
    refused(
        bash(&t, &format!("head -c 100 {}/ant.db", p(&l.data))).await,
        l.says.hidden,
        "db-secret",
    );
    // Another session's temp dir (Landlock: its TMPDIR; bwrap: its /tmp).
    let b = l.tools_in(&l.ws_b, NetworkPolicy::Unrestricted);
    let (tmp_b, _) = bash(&b, "d=${TMPDIR:-/tmp}; echo tmp-secret > $d/t; echo $d/t").await;
    refused(bash(&t, &format!("cat {tmp_b}")).await, l.says.hidden, "tmp-secret");
    b.shutdown().await;
    refused(
        call(&t, "grep", json!({"pattern": "secret", "path": p(&l.data)})).await,
        "outside the session's working directory",
        "secret",
    );
    t.shutdown().await;
}

async fn the_server_cannot_be_signalled(l: Layout) {
    let t = l.tools(NetworkPolicy::Unrestricted);
    let server = std::process::id();
    refused(bash(&t, &format!("kill -0 {server}")).await, l.says.signal, "");
    refused(bash(&t, &format!("kill -9 {server}")).await, l.says.signal, "");
    refused(
        bash(&t, &format!("tr '\\0' '\\n' < /proc/{server}/environ")).await,
        l.says.hidden,
        "PATH=",
    );
    if l.is_bwrap() {
        // Only the sandbox's own processes exist in its PID namespace.
        let (out, _) = bash(&t, "ls /proc | grep -c '^[0-9]'").await;
        assert!(out.trim().parse::<u32>().unwrap() < 10, "{out}");
    } else {
        // Without a PID namespace the server is the shell's parent, in plain view.
        assert_eq!(bash(&t, "echo $PPID").await, (server.to_string(), false));
        refused(bash(&t, "kill -9 $PPID").await, l.says.signal, "");
    }
    t.shutdown().await;
}

async fn limited_network_cannot_reach_host_loopback_or_internet(l: Layout) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let connect = format!("exec 3<>/dev/tcp/127.0.0.1/{port} && echo connected");
    let t = l.tools(NetworkPolicy::limited(["127.0.0.1"]));
    refused(bash(&t, &connect).await, l.says.loopback, "connected");
    refused(
        bash(&t, "exec 3<>/dev/tcp/1.1.1.1/80 && echo connected").await,
        l.says.internet,
        "connected",
    );
    refused(
        bash(&t, "exec 3<>/dev/udp/1.1.1.1/53 && echo connected").await,
        l.says.udp,
        "connected",
    );
    t.shutdown().await;
}

/// Unrestricted is the internet, as in the cloud: the host's loopback services
/// (TCP and UDP), the addresses of its interfaces and its link (a metadata
/// service) are out of reach, with the reason in the output; the sandbox's
/// own loopback (bwrap) and, where this machine reaches it, a public
/// registry are not.
async fn unrestricted_network_reaches_neither_this_machine_nor_its_link(l: Layout) {
    let tcp = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let udp = std::net::UdpSocket::bind("127.0.0.1:0").unwrap();
    let everywhere = std::net::TcpListener::bind("0.0.0.0:0").unwrap();
    // Non-blocking, to check that nothing arrived.
    tcp.set_nonblocking(true).unwrap();
    udp.set_nonblocking(true).unwrap();
    everywhere.set_nonblocking(true).unwrap();
    let port = |a: std::io::Result<std::net::SocketAddr>| a.unwrap().port();
    let t = l.tools(NetworkPolicy::Unrestricted);
    let (out, is_error) = bash(
        &t,
        &format!(
            "exec 3<>/dev/tcp/127.0.0.1/{} && echo connected",
            port(tcp.local_addr())
        ),
    )
    .await;
    refused((out.clone(), is_error), l.says.host_loopback, "connected");
    if !l.is_bwrap() {
        assert!(out.contains("is this machine's loopback"), "{out}");
    }
    let (_, _) = bash(
        &t,
        &format!("echo leaked > /dev/udp/127.0.0.1/{}", port(udp.local_addr())),
    )
    .await;
    let mut buf = [0u8; 16];
    assert!(udp.recv(&mut buf).is_err(), "a datagram reached the host's loopback");
    let mine = crate::local::network::egress::host_addresses()
        .into_iter()
        .find(|ip| ip.is_ipv4() && !ip.is_loopback());
    if let Some(ip) = mine {
        let (out, is_error) = bash(
            &t,
            &format!(
                "exec 3<>/dev/tcp/{ip}/{} && echo connected",
                port(everywhere.local_addr())
            ),
        )
        .await;
        refused((out.clone(), is_error), l.says.host_address, "connected");
        assert!(out.contains("is an address of this machine"), "{out}");
    }
    assert!(
        everywhere.accept().is_err() && tcp.accept().is_err(),
        "a connection reached the host"
    );
    let (out, is_error) = bash(&t, "exec 3<>/dev/tcp/169.254.169.254/80 && echo connected").await;
    refused((out.clone(), is_error), l.says.host_address, "connected");
    assert!(out.contains("is a link-local address"), "{out}");
    if l.is_bwrap() {
        // The namespace's loopback is its own, and works.
        let own = "python3 -c 'import socket; s = socket.socket(); s.bind((\"127.0.0.1\", 0)); s.listen(); c = socket.create_connection(s.getsockname()); print(\"own loopback\")'";
        assert_eq!(bash(&t, own).await, ("own loopback".into(), false));
    }
    // Control: the internet, where this machine itself reaches it.
    if std::net::TcpStream::connect_timeout(
        &std::net::ToSocketAddrs::to_socket_addrs("pypi.org:443")
            .ok()
            .and_then(|mut a| a.next())
            .unwrap_or_else(|| "0.0.0.0:1".parse().unwrap()),
        std::time::Duration::from_secs(5),
    )
    .is_ok()
    {
        let (out, is_error) = bash(&t, "exec 3<>/dev/tcp/pypi.org/443 && echo connected").await;
        assert_eq!((out.as_str(), is_error), ("connected", false));
    } else {
        eprintln!("note: pypi.org:443 is out of reach from this machine: skipping the internet control");
    }
    t.shutdown().await;
}

async fn web_fetch_allows_only_allowed_hosts(l: Layout) {
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
