//! web_fetch: HTTP GET a URL and return it as text, within the session's
//! network policy.

use std::sync::Arc;
use std::time::Duration;

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use reqwest::{Client, Url, header::CONTENT_TYPE, redirect};
use serde_json::{Value, json};

use super::{Input, NetworkPolicy, ToolOutput, ToolSpec, html, truncate_at_char};
use crate::local::network::Blocked;

const TIMEOUT: Duration = Duration::from_secs(30);
const MAX_REDIRECTS: usize = 5;
/// Text returned to the model.
const OUTPUT_CAP: usize = 100 * 1024;
/// Raw HTML read before conversion; markup is usually most of a page.
const HTML_RAW_CAP: usize = 5 * 1024 * 1024;

pub(super) fn spec() -> ToolSpec {
    ToolSpec {
        name: "web_fetch",
        description: "Fetch a URL with HTTP GET and return its content as text (HTML is converted \
            to readable text; at most 100 KiB). Only http and https URLs.",
        input_schema: json!({
            "type": "object",
            "properties": {
                "url": {
                    "type": "string",
                    "description": "The http:// or https:// URL to fetch."
                }
            },
            "required": ["url"]
        }),
    }
}

/// Why a redirect was not followed; found again in the error's source chain.
#[derive(Debug, thiserror::Error)]
enum Refused {
    #[error("redirect to host '{0}' is not allowed by the session's network policy")]
    Host(String),
    #[error("redirect to unsupported URL {0} (only http and https)")]
    Scheme(String),
    #[error("too many redirects (more than {MAX_REDIRECTS})")]
    TooMany,
}

/// Resolves names through the policy, so a permitted name that resolves to
/// this machine is refused here as the sandbox's proxy refuses it.
struct PolicyResolver(NetworkPolicy);

impl Resolve for PolicyResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let policy = self.0.clone();
        Box::pin(async move {
            // Port 0: the connector puts the URL's port on every address.
            let addrs = policy.resolve(name.as_str(), 0).await?;
            Ok(Box::new(addrs.into_iter()) as Addrs)
        })
    }
}

/// A client whose redirect policy re-checks `policy` on every hop and whose
/// resolver applies it to every name.
pub(super) fn client(policy: NetworkPolicy) -> Result<Client, String> {
    let resolver = Arc::new(PolicyResolver(policy.clone()));
    let redirects = redirect::Policy::custom(move |attempt| {
        if attempt.previous().len() > MAX_REDIRECTS {
            return attempt.error(Refused::TooMany);
        }
        let url = attempt.url();
        if !matches!(url.scheme(), "http" | "https") {
            let url = url.to_string();
            return attempt.error(Refused::Scheme(url));
        }
        let host = url.host_str().unwrap_or_default().to_string();
        if !policy.allows(&host) {
            return attempt.error(Refused::Host(host));
        }
        match policy.screen_literal(&host) {
            Ok(()) => attempt.follow(),
            Err(blocked) => attempt.error(blocked),
        }
    });
    Client::builder()
        .timeout(TIMEOUT)
        .redirect(redirects)
        .dns_resolver(resolver)
        .user_agent(concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| format!("cannot create HTTP client: {}", chain(&e)))
}

pub(super) async fn run(
    client: &Client,
    policy: &NetworkPolicy,
    input: &serde_json::Map<String, Value>,
) -> Result<ToolOutput, String> {
    let input = Input::new("web_fetch", input);
    let raw = input.str("url")?;
    let url = Url::parse(raw).map_err(|e| format!("web_fetch: invalid URL '{raw}': {e}"))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(format!(
            "web_fetch: unsupported URL scheme '{}' (only http and https)",
            url.scheme()
        ));
    }
    let host = url.host_str().unwrap_or_default();
    if !policy.allows(host) {
        return Err(format!(
            "web_fetch: host '{host}' is not allowed by the session's network policy"
        ));
    }
    // A host written as an address reaches no resolver: the policy checks it here.
    policy
        .screen_literal(host)
        .map_err(|blocked| format!("web_fetch: {blocked}"))?;
    let mut resp = client.get(url.clone()).send().await.map_err(|e| {
        match (find_source::<Refused>(&e), find_source::<Blocked>(&e)) {
            (Some(refused), _) => format!("web_fetch: {refused}"),
            (None, Some(blocked)) => format!("web_fetch: {blocked}"),
            (None, None) if e.is_timeout() => {
                format!("web_fetch: {url}: timed out after {}s", TIMEOUT.as_secs())
            }
            (None, None) => format!("web_fetch: {url}: {}", chain(&e)),
        }
    })?;
    let status = resp.status();
    if !status.is_success() {
        return Err(format!("web_fetch: {} returned HTTP {status}", resp.url()));
    }
    let content_type = resp
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    let kind = classify(&essence);
    if kind == Kind::Binary {
        return Err(binary(&url, &content_type));
    }
    // A few bytes over the text cap so a cut can land on a char boundary.
    let cap = if kind == Kind::Html {
        HTML_RAW_CAP
    } else {
        OUTPUT_CAP + 4
    };
    let mut body = Vec::new();
    let mut cut = false;
    while let Some(chunk) = resp
        .chunk()
        .await
        .map_err(|e| format!("web_fetch: {url}: reading body: {}", chain(&e)))?
    {
        body.extend_from_slice(&chunk);
        if body.len() > cap {
            body.truncate(cap);
            cut = true;
            break;
        }
    }
    // Unlabelled bodies count as text only if they look like it.
    if kind == Kind::Unknown && (body.contains(&0) || utf8_prefix_len(&body) < body.len().saturating_sub(3)) {
        return Err(binary(&url, &content_type));
    }
    let mut text = String::from_utf8_lossy(&body).into_owned();
    if kind == Kind::Html {
        text = html::to_text(&text);
    }
    if text.len() > OUTPUT_CAP {
        truncate_at_char(&mut text, OUTPUT_CAP);
        cut = true;
    }
    if cut {
        text.push_str(&format!("\n[content truncated at {OUTPUT_CAP} bytes]"));
    }
    Ok(ToolOutput::text(if text.trim().is_empty() {
        "(empty response)".to_string()
    } else {
        text
    }))
}

#[derive(Debug, PartialEq, Eq)]
enum Kind {
    Html,
    Text,
    Unknown,
    Binary,
}

fn classify(essence: &str) -> Kind {
    match essence {
        "" => Kind::Unknown,
        "text/html" | "application/xhtml+xml" => Kind::Html,
        "application/json"
        | "application/xml"
        | "application/javascript"
        | "application/ecmascript"
        | "application/x-javascript"
        | "application/yaml"
        | "application/x-yaml"
        | "application/toml"
        | "application/x-sh" => Kind::Text,
        e if e.starts_with("text/") || e.ends_with("+json") || e.ends_with("+xml") => Kind::Text,
        _ => Kind::Binary,
    }
}

fn binary(url: &Url, content_type: &str) -> String {
    format!("web_fetch: {url} returned binary content ({content_type}), which cannot be shown as text")
}

/// Length of the valid UTF-8 prefix.
fn utf8_prefix_len(bytes: &[u8]) -> usize {
    match std::str::from_utf8(bytes) {
        Ok(_) => bytes.len(),
        Err(e) => e.valid_up_to(),
    }
}

fn find_source<'a, T: std::error::Error + 'static>(e: &'a (dyn std::error::Error + 'static)) -> Option<&'a T> {
    let mut cur = Some(e);
    while let Some(err) = cur {
        if let Some(found) = err.downcast_ref::<T>() {
            return Some(found);
        }
        cur = err.source();
    }
    None
}

/// An error with its causes, which reqwest keeps out of its own message.
fn chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut msg = e.to_string();
    let mut cur = e.source();
    while let Some(err) = cur {
        msg.push_str(": ");
        msg.push_str(&err.to_string());
        cur = err.source();
    }
    msg
}

#[cfg(test)]
mod tests {
    use super::super::SessionTools;
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    /// A tiny HTTP/1.1 server on 127.0.0.1 answering fixed routes; counts
    /// requests so tests can check that a refused fetch never connected.
    async fn server() -> (u16, Arc<AtomicUsize>) {
        crate::local::network::testing::counting_server(|mut sock, port| async move {
            let mut req = Vec::new();
            let mut buf = [0u8; 1024];
            while !req.windows(4).any(|w| w == b"\r\n\r\n") {
                match sock.read(&mut buf).await {
                    Ok(0) | Err(_) => return,
                    Ok(n) => req.extend_from_slice(&buf[..n]),
                }
            }
            let req = String::from_utf8_lossy(&req);
            let path = req.split(' ').nth(1).unwrap_or("/").to_string();
            let (status, headers, body) = route(&path, port);
            let head = format!(
                "HTTP/1.1 {status}\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = sock.write_all(head.as_bytes()).await;
            let _ = sock.write_all(&body).await;
            let _ = sock.shutdown().await;
        })
        .await
    }

    fn route(path: &str, port: u16) -> (&'static str, String, Vec<u8>) {
        let ok = "200 OK";
        let typed = |t: &str| format!("Content-Type: {t}\r\n");
        let redirect = |to: String| ("302 Found", format!("Location: {to}\r\n"), Vec::new());
        match path {
            "/page" => (
                ok,
                typed("text/html; charset=utf-8"),
                b"<html><head><style>p{}</style><script>alert(1)</script></head>\
                  <body><h1>Title</h1><p>Hello &amp; welcome</p></body></html>"
                    .to_vec(),
            ),
            "/plain" => (ok, typed("text/plain"), b"just <b>text</b>\n".to_vec()),
            "/json" => (ok, typed("application/json"), br#"{"a":1}"#.to_vec()),
            "/untyped" => (ok, String::new(), b"untyped text".to_vec()),
            "/bin" => (ok, typed("application/octet-stream"), vec![0, 1, 2, 255]),
            "/untyped-bin" => (ok, String::new(), vec![0, 1, 2, 255]),
            "/big" => (ok, typed("text/plain"), vec![b'a'; 200 * 1024]),
            "/missing" => ("404 Not Found", typed("text/plain"), b"nope".to_vec()),
            "/redirect" => redirect("/plain".into()),
            "/loop" => redirect("/loop".into()),
            "/away" => redirect(format!("http://localhost:{port}/plain")),
            "/ftp" => redirect("ftp://127.0.0.1/x".into()),
            _ => ("500 Internal Server Error", String::new(), Vec::new()),
        }
    }

    async fn fetch(t: &SessionTools, url: String) -> (String, bool) {
        super::super::testing::call(t, "web_fetch", &json!({ "url": url })).await
    }

    fn tools(policy: NetworkPolicy) -> (tempfile::TempDir, SessionTools) {
        let dir = tempfile::tempdir().unwrap();
        let t = SessionTools::new(dir.path().into(), policy, vec![], crate::local::sandbox::test_config());
        (dir, t)
    }

    #[tokio::test]
    async fn content_types() {
        let (port, _) = server().await;
        let (_d, t) = tools(NetworkPolicy::limited(["127.0.0.1"]));
        let base = format!("http://127.0.0.1:{port}");
        assert_eq!(
            fetch(&t, format!("{base}/page")).await,
            ("Title\nHello & welcome".into(), false)
        );
        assert_eq!(
            fetch(&t, format!("{base}/plain")).await,
            ("just <b>text</b>\n".into(), false)
        );
        assert_eq!(fetch(&t, format!("{base}/json")).await, (r#"{"a":1}"#.into(), false));
        assert_eq!(
            fetch(&t, format!("{base}/untyped")).await,
            ("untyped text".into(), false)
        );
        let (msg, err) = fetch(&t, format!("{base}/bin")).await;
        assert!(err && msg.contains("binary content"), "{msg}");
        let (msg, err) = fetch(&t, format!("{base}/untyped-bin")).await;
        assert!(err && msg.contains("binary content"), "{msg}");
        let (msg, err) = fetch(&t, format!("{base}/big")).await;
        assert!(!err);
        assert_eq!(msg, "a".repeat(OUTPUT_CAP) + "\n[content truncated at 102400 bytes]");
    }

    #[tokio::test]
    async fn status_redirects_and_bad_urls() {
        let (port, _) = server().await;
        let (_d, t) = tools(NetworkPolicy::limited(["127.0.0.1"]));
        let base = format!("http://127.0.0.1:{port}");
        assert_eq!(
            fetch(&t, format!("{base}/missing")).await,
            (format!("web_fetch: {base}/missing returned HTTP 404 Not Found"), true)
        );
        assert_eq!(
            fetch(&t, format!("{base}/redirect")).await,
            ("just <b>text</b>\n".into(), false)
        );
        assert_eq!(
            fetch(&t, format!("{base}/loop")).await,
            ("web_fetch: too many redirects (more than 5)".into(), true)
        );
        let (msg, err) = fetch(&t, format!("{base}/ftp")).await;
        assert!(err && msg.contains("only http and https"), "{msg}");
        let (msg, err) = fetch(&t, "file:///etc/passwd".into()).await;
        assert!(err && msg.contains("unsupported URL scheme 'file'"), "{msg}");
        assert!(fetch(&t, "not a url".into()).await.1);
        // Nothing listens on port 9 (discard) here.
        assert!(fetch(&t, "http://127.0.0.1:9/".into()).await.1);
    }

    #[tokio::test]
    async fn policy_refuses_hosts_and_redirects() {
        let (port, hits) = server().await;
        let base = format!("http://127.0.0.1:{port}");
        let (_d, t) = tools(NetworkPolicy::limited(["example.com"]));
        assert_eq!(
            fetch(&t, format!("{base}/plain")).await,
            (
                "web_fetch: host '127.0.0.1' is not allowed by the session's network policy".into(),
                true
            )
        );
        assert_eq!(hits.load(Ordering::SeqCst), 0, "refused fetch must not connect");

        let (_d, t) = tools(NetworkPolicy::limited(["127.0.0.1"]));
        assert_eq!(
            fetch(&t, format!("{base}/plain")).await,
            ("just <b>text</b>\n".into(), false)
        );
        assert_eq!(
            fetch(&t, format!("{base}/away")).await,
            (
                "web_fetch: redirect to host 'localhost' is not allowed by the session's network policy".into(),
                true
            )
        );
    }

    /// Unrestricted means the internet: this machine is refused by address,
    /// by name, and behind a redirect, and nothing connects.
    #[tokio::test]
    async fn unrestricted_never_reaches_this_machine() {
        let (port, hits) = server().await;
        let (_d, t) = tools(NetworkPolicy::Unrestricted);
        for url in [
            format!("http://127.0.0.1:{port}/plain"),
            format!("http://[::1]:{port}/plain"),
            format!("http://localhost:{port}/plain"),
            "http://169.254.169.254/latest/meta-data/".to_string(),
        ] {
            let (msg, is_error) = fetch(&t, url.clone()).await;
            assert!(is_error, "{url}: {msg}");
            assert!(msg.contains("an address of this machine or its link"), "{url}: {msg}");
        }
        assert_eq!(hits.load(Ordering::SeqCst), 0);
    }

    #[tokio::test]
    async fn a_name_resolving_to_loopback_is_refused() {
        let Some(name) = crate::local::network::testing::loopback_hostname().await else {
            return;
        };
        let (port, hits) = server().await;
        let (_d, t) = tools(NetworkPolicy::limited([name.as_str()]));
        let (msg, is_error) = fetch(&t, format!("http://{name}:{port}/plain")).await;
        assert!(is_error, "{msg}");
        assert!(msg.starts_with(&format!("web_fetch: {name} resolves to 127.")), "{msg}");
        assert_eq!(hits.load(Ordering::SeqCst), 0);
    }
}
