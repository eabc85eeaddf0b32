//! The HTTP proxy that is a `limited` sandbox's only way out. One runs per
//! session, in the server process and so in the host's network: it tunnels
//! `CONNECT host:port` and forwards absolute-form `http://` requests to the
//! hosts the session's [`NetworkPolicy`] allows (the check web_fetch makes),
//! and answers anything else with `403 Forbidden` and a one-line reason.
//!
//! It listens on a Unix socket that the bubblewrap back end binds into the
//! sandbox, or on a loopback TCP port for a back end that shares the host's
//! network but can confine connects to one port.

use std::convert::Infallible;
use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::serve::Listener;
use bytes::Bytes;
use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Empty, Full};
use hyper::body::Incoming;
use hyper::header::{CONNECTION, CONTENT_TYPE, HOST, HeaderValue};
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::{Blocked, NetworkPolicy, Refusals};

const CONNECT_TIMEOUT: Duration = Duration::from_secs(30);
/// How long a client may take to send a request's head: an idle connection
/// must not be held open for ever.
const HEAD_TIMEOUT: Duration = Duration::from_secs(30);
/// Connections one session's proxy serves at once (tunnels included); more
/// wait to be accepted, so a runaway loop in the sandbox cannot exhaust the
/// server's file descriptors.
const MAX_CONNECTIONS: usize = 256;

/// Where a proxy listens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Endpoint {
    /// A socket in a private (0700) directory, both removed with the proxy.
    Unix(PathBuf),
    /// A port on 127.0.0.1.
    Tcp(SocketAddr),
}

/// A running proxy; dropping it stops accepting connections.
pub struct Proxy {
    endpoint: Endpoint,
    shared: Arc<Shared>,
    accept: tokio::task::AbortHandle,
}

struct Shared {
    policy: NetworkPolicy,
    refusals: Refusals,
}

impl Proxy {
    /// A proxy on `proxy.sock` in a new private directory under the temp dir
    /// (kept short: a socket path has room for 107 bytes). Call it within a
    /// tokio runtime.
    pub fn unix(policy: NetworkPolicy) -> io::Result<Self> {
        let dir = private_dir()?;
        let path = dir.join("proxy.sock");
        let listener = tokio::net::UnixListener::bind(&path).inspect_err(|_| {
            let _ = std::fs::remove_dir(&dir);
        })?;
        Ok(Self::spawn(policy, listener, Endpoint::Unix(path)))
    }

    /// A proxy on a free port of 127.0.0.1. Call it within a tokio runtime.
    pub fn tcp(policy: NetworkPolicy) -> io::Result<Self> {
        let listener = std::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0))?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        Ok(Self::spawn(
            policy,
            tokio::net::TcpListener::from_std(listener)?,
            Endpoint::Tcp(addr),
        ))
    }

    fn spawn(policy: NetworkPolicy, mut listener: impl Listener, endpoint: Endpoint) -> Self {
        let shared = Arc::new(Shared {
            policy,
            refusals: Refusals::default(),
        });
        let for_loop = shared.clone();
        let slots = Arc::new(Semaphore::new(MAX_CONNECTIONS));
        let accept = tokio::spawn(async move {
            loop {
                let Ok(slot) = slots.clone().acquire_owned().await else {
                    return;
                };
                let (io, _) = listener.accept().await;
                tokio::spawn(serve_connection(for_loop.clone(), io, Arc::new(slot)));
            }
        })
        .abort_handle();
        Self {
            endpoint,
            shared,
            accept,
        }
    }

    pub fn endpoint(&self) -> &Endpoint {
        &self.endpoint
    }

    /// The reasons given for refused connections since the last call, each
    /// once, oldest first: a client may show the model only the status code.
    pub fn take_refusals(&self) -> Vec<String> {
        self.shared.refusals.take()
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.accept.abort();
        if let Endpoint::Unix(path) = &self.endpoint {
            let _ = std::fs::remove_file(path);
            if let Some(dir) = path.parent() {
                let _ = std::fs::remove_dir(dir);
            }
        }
    }
}

/// A new directory only this user can enter, so no other local user can
/// reach the proxy (and through it whatever the policy allows).
fn private_dir() -> io::Result<PathBuf> {
    use std::os::unix::fs::DirBuilderExt;
    let dir = std::env::temp_dir().join(format!("ant-{:016x}", rand::random::<u64>()));
    std::fs::DirBuilder::new().mode(0o700).create(&dir)?;
    Ok(dir)
}

/// Serves one client connection; `slot` is held until it closes and any
/// tunnel it opened ends.
async fn serve_connection(
    shared: Arc<Shared>,
    io: impl AsyncRead + AsyncWrite + Unpin + Send + 'static,
    slot: Arc<OwnedSemaphorePermit>,
) {
    let service = hyper::service::service_fn(move |req| {
        let (shared, slot) = (shared.clone(), slot.clone());
        async move { Ok::<_, Infallible>(handle(&shared, req, slot).await) }
    });
    // An error here is the client's connection failing; it sees that itself.
    let _ = hyper::server::conn::http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(HEAD_TIMEOUT)
        .serve_connection(TokioIo::new(io), service)
        .with_upgrades()
        .await;
}

type Body = BoxBody<Bytes, hyper::Error>;

/// Why a request was not forwarded.
enum Failure {
    Blocked(Blocked),
    BadRequest(String),
    Upstream(String),
}

async fn handle(shared: &Shared, req: Request<Incoming>, slot: Arc<OwnedSemaphorePermit>) -> Response<Body> {
    let failure = match forward(shared, req, slot).await {
        Ok(response) => return response,
        Err(failure) => failure,
    };
    let (status, message) = match failure {
        Failure::Blocked(blocked @ Blocked::Lookup { .. }) => (StatusCode::BAD_GATEWAY, blocked.to_string()),
        Failure::Blocked(blocked) => (StatusCode::FORBIDDEN, blocked.to_string()),
        Failure::BadRequest(message) => (StatusCode::BAD_REQUEST, message),
        Failure::Upstream(message) => (StatusCode::BAD_GATEWAY, message),
    };
    let message = format!("ant sandbox: {message}");
    if status == StatusCode::FORBIDDEN {
        shared.refusals.record(message.clone());
    }
    let body = Full::new(Bytes::from(message + "\n")).map_err(|never| match never {});
    let mut response = Response::new(body.boxed());
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
    response
}

async fn forward(
    shared: &Shared,
    req: Request<Incoming>,
    slot: Arc<OwnedSemaphorePermit>,
) -> Result<Response<Body>, Failure> {
    if req.method() == Method::CONNECT {
        let Some((host, Some(port))) = req.uri().authority().map(|a| (a.host().to_string(), a.port_u16())) else {
            return Err(Failure::BadRequest(format!(
                "CONNECT needs host:port, not {}",
                req.uri()
            )));
        };
        let upstream = connect(&shared.policy, &host, port).await?;
        tokio::spawn(async move {
            tunnel(req, upstream).await;
            drop(slot);
        });
        return Ok(Response::new(Empty::new().map_err(|never| match never {}).boxed()));
    }
    let uri = req.uri().clone();
    let (Some("http"), Some(authority)) = (uri.scheme_str(), uri.authority()) else {
        return Err(Failure::BadRequest(format!(
            "this proxy takes CONNECT and http:// URLs, not {uri}"
        )));
    };
    let port = authority.port_u16().unwrap_or(80);
    let upstream = connect(&shared.policy, authority.host(), port).await?;
    let upstream_failed = |e: hyper::Error| Failure::Upstream(format!("{authority}: {e}"));
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(upstream))
        .await
        .map_err(upstream_failed)?;
    tokio::spawn(connection);
    let (mut parts, body) = req.into_parts();
    // The origin server expects a path, not the absolute URL a proxy gets.
    parts.uri = uri
        .path_and_query()
        .map_or("/", |p| p.as_str())
        .parse()
        .expect("a path is a URI");
    if let Ok(host) = HeaderValue::from_str(authority.as_str()) {
        parts.headers.entry(HOST).or_insert(host);
    }
    parts.headers.remove("proxy-connection");
    parts.headers.remove("proxy-authorization");
    // One request per upstream connection: no pool to manage or leak.
    parts.headers.insert(CONNECTION, HeaderValue::from_static("close"));
    let response = sender
        .send_request(Request::from_parts(parts, body))
        .await
        .map_err(upstream_failed)?;
    Ok(response.map(BodyExt::boxed))
}

async fn connect(policy: &NetworkPolicy, host: &str, port: u16) -> Result<TcpStream, Failure> {
    let addrs = policy.resolve(host, port).await.map_err(Failure::Blocked)?;
    let failed = |why: String| Failure::Upstream(format!("cannot connect to {host}:{port}: {why}"));
    match tokio::time::timeout(CONNECT_TIMEOUT, TcpStream::connect(&addrs[..])).await {
        Ok(Ok(stream)) => Ok(stream),
        Ok(Err(e)) => Err(failed(e.to_string())),
        Err(_) => Err(failed(format!("timed out after {}s", CONNECT_TIMEOUT.as_secs()))),
    }
}

/// Copies bytes both ways once the client has the `200` for its CONNECT.
async fn tunnel(req: Request<Incoming>, mut upstream: TcpStream) {
    if let Ok(upgraded) = hyper::upgrade::on(req).await {
        let _ = tokio::io::copy_bidirectional(&mut TokioIo::new(upgraded), &mut upstream).await;
    }
}

#[cfg(test)]
mod tests {
    use std::pin::Pin;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    use super::*;

    /// A loopback server that answers an HTTP request with the request head
    /// it received, and echoes any other bytes (a tunnel's far end). Counts
    /// connections, so a test can show a refused request never got here.
    async fn upstream() -> (u16, Arc<AtomicUsize>) {
        crate::local::network::testing::counting_server(|mut sock, _| async move {
            let mut buf = vec![0u8; 4096];
            while let Ok(n @ 1..) = sock.read(&mut buf).await {
                let reply = if buf.starts_with(b"GET ") {
                    let head = String::from_utf8_lossy(&buf[..n]).into_owned();
                    format!("HTTP/1.1 200 OK\r\ncontent-length: {}\r\n\r\n{head}", head.len()).into_bytes()
                } else {
                    buf[..n].to_vec()
                };
                if sock.write_all(&reply).await.is_err() {
                    break;
                }
            }
        })
        .await
    }

    trait Io: AsyncRead + AsyncWrite + Unpin + Send {}
    impl<T: AsyncRead + AsyncWrite + Unpin + Send> Io for T {}

    async fn open(proxy: &Proxy) -> Pin<Box<dyn Io>> {
        match proxy.endpoint() {
            Endpoint::Unix(path) => Box::pin(tokio::net::UnixStream::connect(path).await.unwrap()),
            Endpoint::Tcp(addr) => Box::pin(TcpStream::connect(addr).await.unwrap()),
        }
    }

    /// Sends one request (which asks to close the connection) and reads the
    /// whole answer.
    async fn exchange(proxy: &Proxy, request: &str) -> String {
        let mut io = open(proxy).await;
        io.write_all(request.as_bytes()).await.unwrap();
        let mut answer = String::new();
        io.read_to_string(&mut answer).await.unwrap();
        answer
    }

    #[tokio::test]
    async fn connect_tunnels_to_an_allowed_host() {
        let (port, _) = upstream().await;
        let proxy = Proxy::unix(NetworkPolicy::limited(["localhost"])).unwrap();
        let mut io = open(&proxy).await;
        let request = format!("CONNECT localhost:{port} HTTP/1.1\r\nHost: localhost:{port}\r\n\r\n");
        io.write_all(request.as_bytes()).await.unwrap();
        let mut head = Vec::new();
        while !head.ends_with(b"\r\n\r\n") {
            head.push(io.read_u8().await.unwrap());
        }
        assert!(head.starts_with(b"HTTP/1.1 200 "), "{}", String::from_utf8_lossy(&head));
        io.write_all(b"ping through the tunnel").await.unwrap();
        let mut echo = [0u8; 23];
        io.read_exact(&mut echo).await.unwrap();
        assert_eq!(&echo, b"ping through the tunnel");
        assert!(proxy.take_refusals().is_empty());
    }

    /// Past `MAX_CONNECTIONS` open connections (a tunnel counts until it
    /// ends) a new one waits, and is served once one of them closes.
    #[tokio::test]
    async fn connections_beyond_the_cap_wait_for_a_free_slot() {
        let (port, _) = upstream().await;
        let proxy = Proxy::tcp(NetworkPolicy::limited(["localhost"])).unwrap();
        let mut held = Vec::new();
        for _ in 0..MAX_CONNECTIONS {
            held.push(open(&proxy).await);
        }
        let request = format!("GET http://localhost:{port}/ HTTP/1.1\r\nConnection: close\r\n\r\n");
        let waiting = exchange(&proxy, &request);
        tokio::pin!(waiting);
        let early = tokio::time::timeout(Duration::from_millis(300), &mut waiting).await;
        assert!(early.is_err(), "served past the cap: {early:?}");
        held.pop();
        let answer = tokio::time::timeout(Duration::from_secs(10), waiting).await.unwrap();
        assert!(answer.starts_with("HTTP/1.1 200 OK\r\n"), "{answer}");
    }

    #[tokio::test]
    async fn plain_http_is_forwarded_in_origin_form() {
        let (port, _) = upstream().await;
        let proxy = Proxy::tcp(NetworkPolicy::limited(["127.0.0.1"])).unwrap();
        let answer = exchange(
            &proxy,
            &format!(
                "GET http://127.0.0.1:{port}/a/b?c=d HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\
                 Proxy-Connection: keep-alive\r\nConnection: close\r\n\r\n"
            ),
        )
        .await;
        assert!(answer.starts_with("HTTP/1.1 200 OK\r\n"), "{answer}");
        let (_, echoed) = answer.split_once("\r\n\r\n").unwrap();
        assert!(echoed.starts_with("GET /a/b?c=d HTTP/1.1\r\n"), "{echoed}");
        assert!(echoed.contains("connection: close\r\n"), "{echoed}");
        assert!(!echoed.to_lowercase().contains("proxy-connection"), "{echoed}");
    }

    #[tokio::test]
    async fn other_hosts_are_refused_with_the_reason() {
        let (port, hits) = upstream().await;
        let proxy = Proxy::unix(NetworkPolicy::limited(["localhost"])).unwrap();
        let refused = [
            ("CONNECT example.org:443", "example.org"),
            (&format!("GET http://127.0.0.1:{port}/"), "127.0.0.1"),
            (&format!("GET http://[::1]:{port}/"), "::1"),
        ];
        for (line, host) in refused {
            let answer = exchange(&proxy, &format!("{line} HTTP/1.1\r\nConnection: close\r\n\r\n")).await;
            assert!(answer.starts_with("HTTP/1.1 403 Forbidden\r\n"), "{answer}");
            let expected = format!("\r\n\r\nant sandbox: {host} is not in this environment's allowed_hosts\n");
            assert!(answer.ends_with(&expected), "{answer}");
        }
        let answer = exchange(&proxy, "GET /relative HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").await;
        assert!(answer.starts_with("HTTP/1.1 400 Bad Request\r\n"), "{answer}");
        assert_eq!(hits.load(Ordering::SeqCst), 0, "a refused request must not connect");
        let refusals = proxy.take_refusals();
        assert_eq!(refusals.len(), 3, "{refusals:?}");
        assert_eq!(
            refusals[0],
            "ant sandbox: example.org is not in this environment's allowed_hosts"
        );
        assert!(proxy.take_refusals().is_empty());
    }

    #[tokio::test]
    async fn a_name_resolving_to_loopback_is_refused() {
        let Some(name) = crate::local::network::testing::loopback_hostname().await else {
            return;
        };
        let (port, hits) = upstream().await;
        let proxy = Proxy::unix(NetworkPolicy::limited([name.as_str()])).unwrap();
        let request = format!("CONNECT {name}:{port} HTTP/1.1\r\nConnection: close\r\n\r\n");
        let answer = exchange(&proxy, &request).await;
        assert!(answer.starts_with("HTTP/1.1 403 Forbidden\r\n"), "{answer}");
        assert!(
            answer.contains(&format!("ant sandbox: {name} resolves to 127.")),
            "{answer}"
        );
        assert_eq!(hits.load(Ordering::SeqCst), 0);
    }

    #[tokio::test]
    async fn dropping_the_proxy_removes_its_socket_and_directory() {
        let proxy = Proxy::unix(NetworkPolicy::limited(["localhost"])).unwrap();
        let Endpoint::Unix(path) = proxy.endpoint().clone() else {
            unreachable!()
        };
        let dir = path.parent().unwrap().to_path_buf();
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(dir.metadata().unwrap().permissions().mode() & 0o777, 0o700);
        drop(proxy);
        assert!(!path.exists() && !dir.exists());
    }
}
