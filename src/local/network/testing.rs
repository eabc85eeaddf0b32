//! Test support: a loopback server that counts its connections, so a test
//! can show that a refused request never reached it, and a name that leads
//! to loopback through DNS.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use tokio::net::{TcpListener, TcpStream};

/// Listens on 127.0.0.1 and hands each connection, with the server's port,
/// to `serve` on a task of its own. Returns the port and the connection count.
pub async fn counting_server<F, Fut>(serve: F) -> (u16, Arc<AtomicUsize>)
where
    F: Fn(TcpStream, u16) -> Fut + Send + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let hits = Arc::new(AtomicUsize::new(0));
    let counter = hits.clone();
    tokio::spawn(async move {
        while let Ok((sock, _)) = listener.accept().await {
            counter.fetch_add(1, Ordering::SeqCst);
            tokio::spawn(serve(sock, port));
        }
    });
    (port, hits)
}

/// A name other than localhost that resolves only to loopback, to show that
/// DNS does not lead back to this machine: the host's own name usually does
/// (Debian's 127.0.1.1, nss-myhostname). `None`, with a note, where it does not.
pub async fn loopback_hostname() -> Option<String> {
    let name = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()?
        .trim()
        .to_string();
    let addrs: Vec<SocketAddr> = match tokio::net::lookup_host((name.as_str(), 80)).await {
        Ok(addrs) => addrs.collect(),
        Err(_) => Vec::new(),
    };
    if name != "localhost" && !addrs.is_empty() && addrs.iter().all(|a| a.ip().is_loopback()) {
        Some(name)
    } else {
        eprintln!("note: skipping: this host's name {name} does not resolve to loopback only ({addrs:?})");
        None
    }
}
