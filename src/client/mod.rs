//! HTTP client of the Managed Agents API: headers, credentials, retries, paging, SSE and the
//! `--debug` dump. It knows nothing of flags or output formats; callers hand it a [`Request`]
//! and receive raw JSON text, so the server's bytes (and key order) reach the output untouched.

pub mod config;
mod feeds;
pub mod local;
pub mod oauth;
pub mod stream;
pub mod transfer;

use std::collections::HashSet;
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use reqwest::{Method, StatusCode};

pub use config::{Credential, Secret, Settings};

use crate::api::depth::{MAX_DEPTH, exceeds_max_depth};

/// The Managed Agents beta every resource of this client belongs to.
pub const DEFAULT_BETA: &str = "managed-agents-2026-04-01";
const API_VERSION: &str = "2023-06-01";
/// How long a connection may stay silent, waiting for an answer's head or for the next bytes of
/// a body or stream, unless `ANT_IDLE_TIMEOUT` (seconds) says otherwise. Servers ping streams
/// at least every 15 s, so this is three missed pings.
const DEFAULT_IDLE_TIMEOUT: Duration = Duration::from_secs(45);
pub const IDLE_TIMEOUT_VAR: &str = "ANT_IDLE_TIMEOUT";
/// The largest answer body read (streams are bounded per event instead): far beyond a page of
/// a thousand events, and a bound on what a server can make this client hold.
const MAX_BODY_BYTES: usize = 256 << 20;
/// The longest pause between retries.
const MAX_BACKOFF: Duration = Duration::from_secs(8);

/// One API call, as the command line built it.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: Method,
    /// The path with ids filled in, e.g. `/v1/agents/agent_01.../archive`.
    pub path: String,
    /// Query pairs in order, already in wire form (`types[]`, `created_at[gte]`).
    pub query: Vec<(String, String)>,
    pub body: Option<serde_json::Value>,
    /// `--beta` values; empty means the default beta. The first replaces it, others are added.
    pub betas: Vec<String>,
}

/// The server's `error.message` in an API error body, if it has one.
pub fn error_message(body: &str) -> Option<String> {
    let message = gjson::get(body, "error.message");
    message.exists().then(|| message.str().to_string())
}

#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// The server answered with a non-2xx status (after retries). The body is kept verbatim so
    /// the CLI can print it as the official CLI does.
    #[error("{method} \"{url}\": {status}{}", error_message(.body).map(|m| format!(": {m}")).unwrap_or_default())]
    Api {
        method: Method,
        url: String,
        status: StatusCode,
        body: String,
        /// Which credential was sent, for the hint on a 401.
        credential: Option<String>,
    },
    #[error("cannot connect to {url} ({cause}); start `ant local serve` or check --base-url")]
    Connect { url: String, cause: String },
    #[error("{method} \"{url}\": {cause}")]
    Transport { method: Method, url: String, cause: String },
    #[error("{url}: the response is not valid JSON: {cause}")]
    BadResponse { url: String, cause: String },
    /// A file to upload could not be read.
    #[error("cannot upload {path}: {cause}")]
    Upload { path: String, cause: String },
    /// The event stream reported an error (`event: error`); the data is the error body.
    #[error("the event stream reported an error: {body}")]
    Stream { body: String },
    /// A stream frame whose data is not JSON (the start of it, for the message).
    #[error("the event stream sent a malformed event (not JSON): {data}")]
    BadEvent { data: String },
    #[error(transparent)]
    EventTooLarge(#[from] stream::EventTooLarge),
    /// JSON nested deeper than the printers (and gjson) can recurse into safely.
    #[error("{origin}: the JSON is nested deeper than {MAX_DEPTH} levels, the most this client accepts")]
    TooDeep { origin: String },
    /// A list whose pages would never end.
    #[error("{url}: {cause}")]
    Paging { url: String, cause: String },
    /// The event stream failed this many connections in a row.
    #[error("the event stream failed {attempts} times in a row; giving up: {cause}")]
    GaveUp { attempts: u32, cause: String },
    #[error("{name}={value:?}: {expected}")]
    Setting {
        name: &'static str,
        value: String,
        expected: &'static str,
    },
    /// Writing the output failed; a closed pipe is not an error for the user.
    #[error("cannot write the output: {0}")]
    Output(#[from] std::io::Error),
}

impl ClientError {
    /// True when the reader went away (`ant ... | head`): the command has done its job.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, ClientError::Output(e) if e.kind() == std::io::ErrorKind::BrokenPipe)
    }
}

/// How a list pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paging {
    /// `page=<next_page>` until `next_page` is empty.
    Cursor,
    /// `after_id=<last_id>` (or `before_id=<first_id>` when the request had one) while `has_more`.
    Ids,
}

#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    settings: Settings,
    /// Headers sent on every request besides the standard ones (a worker's id).
    extra: HeaderMap,
    /// The `anthropic-beta` value sent when a request names none.
    default_beta: Option<&'static str>,
    /// Whether paths carry `?beta=true` (the beta API's families).
    beta_query: bool,
    max_retries: u32,
    debug: bool,
    /// How long a connection may stay silent (see [`DEFAULT_IDLE_TIMEOUT`]).
    idle_timeout: Duration,
}

impl Client {
    pub fn new(settings: Settings, max_retries: u32, debug: bool) -> Result<Self, ClientError> {
        let idle_timeout = idle_timeout(std::env::var(IDLE_TIMEOUT_VAR).ok())?;
        let http = reqwest::Client::builder()
            .user_agent(concat!("ant-rs/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(Duration::from_secs(10))
            // Covers the wait for an answer's head and every pause within a body or stream, so
            // a server that accepts and then says nothing cannot hold a command forever.
            .read_timeout(idle_timeout)
            .build()
            .map_err(|e| ClientError::Transport {
                method: Method::GET,
                url: settings.base_url.clone(),
                cause: e.to_string(),
            })?;
        Ok(Self {
            http,
            settings,
            extra: HeaderMap::new(),
            default_beta: Some(DEFAULT_BETA),
            beta_query: true,
            max_retries,
            debug,
            idle_timeout,
        })
    }

    /// Sends `name: value` on every request, replacing a standard header of that name (values
    /// that are not valid header text are dropped).
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        if let (Ok(name), Ok(v)) = (HeaderName::from_bytes(name.as_bytes()), HeaderValue::from_str(value)) {
            self.extra.insert(name, v);
        }
        self
    }

    /// Talks to a family of the API other than the Managed Agents beta: `beta` is the
    /// `anthropic-beta` sent when a request names none, and `beta_query` whether paths carry
    /// `?beta=true`.
    pub fn for_family(self, beta: Option<&'static str>, beta_query: bool) -> Self {
        Self {
            default_beta: beta,
            beta_query,
            ..self
        }
    }

    /// The full URL of a request: base URL, path, `?beta=true` on the beta API (first, as the
    /// official CLI sends it, so other parameters cannot lose it), then the query.
    pub fn url(&self, req: &Request) -> String {
        let mut query = form_urlencoded::Serializer::new(String::new());
        if self.beta_query {
            query.append_pair("beta", "true");
        }
        for (k, v) in &req.query {
            query.append_pair(k, v);
        }
        let query = query.finish();
        let base = self.settings.base_url.trim_end_matches('/');
        if query.is_empty() {
            format!("{base}{}", req.path)
        } else {
            format!("{base}{}?{query}", req.path)
        }
    }

    fn headers(&self, req: &Request, accept: &'static str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert("anthropic-version", HeaderValue::from_static(API_VERSION));
        h.insert("accept", HeaderValue::from_static(accept));
        let mut betas = req.betas.iter().map(String::as_str).collect::<Vec<_>>();
        if betas.is_empty() {
            betas.extend(self.default_beta);
        }
        if let Some(Credential {
            secret: Secret::UserOAuth(_),
            ..
        }) = &self.settings.credential
        {
            betas.push(config::USER_OAUTH_BETA);
        }
        for beta in betas {
            if let Ok(v) = HeaderValue::from_str(beta) {
                h.append("anthropic-beta", v);
            }
        }
        if let Some(ws) = &self.settings.workspace_id
            && let Ok(v) = HeaderValue::from_str(ws)
        {
            h.insert("anthropic-workspace-id", v);
        }
        if let Some(cred) = &self.settings.credential {
            let (name, value) = match &cred.secret {
                Secret::ApiKey(k) => ("x-api-key", k.clone()),
                Secret::Bearer(t) | Secret::UserOAuth(t) => ("authorization", format!("Bearer {t}")),
            };
            if let Ok(mut v) = HeaderValue::from_str(&value) {
                v.set_sensitive(true);
                h.insert(HeaderName::from_static(name), v);
            }
        }
        if req.body.is_some() {
            h.insert("content-type", HeaderValue::from_static("application/json"));
        }
        h.extend(self.extra.clone());
        h
    }

    /// Sends a request, retrying connection failures, timeouts, 408, 429 and 5xx up to `retries`
    /// times, and returns the response once it is a success.
    async fn execute(
        &self,
        req: &Request,
        accept: &'static str,
        retries: u32,
    ) -> Result<reqwest::Response, ClientError> {
        let body = req.body.as_ref().map(|b| b.to_string());
        let attach = |builder: reqwest::RequestBuilder| {
            Ok(match &body {
                Some(b) => builder.body(b.clone()),
                None => builder,
            })
        };
        self.execute_with(req, accept, retries, body.as_deref(), &attach).await
    }

    /// [`Client::execute`] with the body `attach` adds to each attempt; `shown` is what
    /// `--debug` prints of it.
    async fn execute_with(
        &self,
        req: &Request,
        accept: &'static str,
        retries: u32,
        shown: Option<&str>,
        attach: &(dyn Fn(reqwest::RequestBuilder) -> Result<reqwest::RequestBuilder, ClientError> + Send + Sync),
    ) -> Result<reqwest::Response, ClientError> {
        let url = self.url(req);
        let mut attempt = 0;
        loop {
            let headers = self.headers(req, accept);
            if self.debug {
                self.dump_request(&req.method, &url, &headers, shown);
            }
            let builder = attach(self.http.request(req.method.clone(), &url).headers(headers))?;
            let retryable = attempt < retries;
            match builder.send().await {
                Ok(resp) if resp.status().is_success() => {
                    if self.debug {
                        self.dump_response_head(&resp);
                    }
                    return Ok(resp);
                }
                Ok(resp) => {
                    let status = resp.status();
                    let wait = retry_after(resp.headers());
                    if retryable && is_retryable(status) {
                        if self.debug {
                            self.dump_response_head(&resp);
                        }
                        tokio::time::sleep(wait.unwrap_or_else(|| backoff(attempt))).await;
                        attempt += 1;
                        continue;
                    }
                    let head = self.debug.then(|| self.response_head(&resp));
                    let text = self.body(&req.method, resp).await.unwrap_or_default();
                    if let Some(head) = head {
                        self.debug_log(&format!("Response Content:\n{head}\n{}", self.redact(&text)));
                    }
                    return Err(ClientError::Api {
                        method: req.method.clone(),
                        url,
                        status,
                        body: text,
                        credential: self.settings.credential.as_ref().map(|c| c.source.clone()),
                    });
                }
                Err(e) if retryable && (e.is_connect() || e.is_timeout()) => {
                    tokio::time::sleep(backoff(attempt)).await;
                    attempt += 1;
                }
                Err(e) if e.is_connect() => {
                    return Err(ClientError::Connect {
                        url: self.settings.base_url.clone(),
                        cause: root_cause(&e),
                    });
                }
                Err(e) => {
                    return Err(ClientError::Transport {
                        method: req.method.clone(),
                        url,
                        cause: self.cause_of(&e),
                    });
                }
            }
        }
    }

    /// Why a request or a body failed, in words: a timeout says how long nothing came.
    fn cause_of(&self, e: &reqwest::Error) -> String {
        if e.is_timeout() {
            format!("no data for {:?}", self.idle_timeout)
        } else {
            root_cause(e)
        }
    }

    /// The body of an answer as text, refused past [`MAX_BODY_BYTES`].
    async fn body(&self, method: &Method, resp: reqwest::Response) -> Result<String, ClientError> {
        let body = self.body_bytes(method, resp).await?;
        Ok(String::from_utf8(body).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
    }

    /// The body of an answer, refused past [`MAX_BODY_BYTES`].
    async fn body_bytes(&self, method: &Method, mut resp: reqwest::Response) -> Result<Vec<u8>, ClientError> {
        let url = resp.url().to_string();
        let failure = |cause: String| ClientError::Transport {
            method: method.clone(),
            url: url.clone(),
            cause,
        };
        let too_large = || failure(format!("the answer is larger than {} MiB", MAX_BODY_BYTES >> 20));
        if resp.content_length().is_some_and(|n| n > MAX_BODY_BYTES as u64) {
            return Err(too_large());
        }
        let mut body = Vec::new();
        while let Some(chunk) = resp.chunk().await.map_err(|e| failure(self.cause_of(&e)))? {
            if body.len() + chunk.len() > MAX_BODY_BYTES {
                return Err(too_large());
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body)
    }

    /// One request whose answer is bytes (a file, an archive).
    pub async fn send_bytes(&self, req: &Request) -> Result<Vec<u8>, ClientError> {
        let resp = self.execute(req, "application/binary", self.max_retries).await?;
        self.body_bytes(&req.method, resp).await
    }

    /// One request whose answer is a JSON document; returns its text as received.
    pub async fn send(&self, req: &Request) -> Result<String, ClientError> {
        let resp = self.execute(req, "application/json", self.max_retries).await?;
        self.json_text(&req.method, resp).await
    }

    /// One request whose answer is a JSON document, with the organization the server says it
    /// answered for (`anthropic-organization-id`), when it says.
    pub async fn send_for_organization(&self, req: &Request) -> Result<(String, Option<String>), ClientError> {
        let resp = self.execute(req, "application/json", self.max_retries).await?;
        let organization = resp
            .headers()
            .get("anthropic-organization-id")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        Ok((self.json_text(&req.method, resp).await?, organization))
    }

    /// The JSON text of an answer (empty for a 204 or an empty 200), checked before anything
    /// reads it.
    async fn json_text(&self, method: &Method, resp: reqwest::Response) -> Result<String, ClientError> {
        let url = resp.url().to_string();
        let text = self.body(method, resp).await?;
        if self.debug {
            self.debug_log(&self.redact(&text));
        }
        if text.trim().is_empty() {
            // A 204 or empty 200: print nothing rather than fail on empty JSON.
            return Ok(String::new());
        }
        if exceeds_max_depth(&text) {
            return Err(ClientError::TooDeep { origin: url });
        }
        if !gjson::valid(&text) {
            return Err(ClientError::BadResponse {
                url,
                cause: "not JSON".into(),
            });
        }
        Ok(text)
    }

    /// Walks a cursor-paged list (`data`, `next_page`); see [`Client::list_paged`].
    pub async fn list(
        &self,
        req: Request,
        max_items: Option<u64>,
        on_item: impl FnMut(&str) -> std::io::Result<()>,
    ) -> Result<(), ClientError> {
        self.list_paged(req, Paging::Cursor, max_items, on_item).await
    }

    /// Walks a paged list, calling `on_item` with each item's JSON as soon as its page arrives,
    /// and stops after `max_items` items when given.
    pub async fn list_paged(
        &self,
        req: Request,
        paging: Paging,
        max_items: Option<u64>,
        mut on_item: impl FnMut(&str) -> std::io::Result<()>,
    ) -> Result<(), ClientError> {
        let mut items = Items::with_paging(req, paging, max_items);
        while let Some(page) = items.next_page(self).await? {
            for item in &page {
                on_item(item)?;
            }
        }
        Ok(())
    }

    fn dump_request(&self, method: &Method, url: &str, headers: &HeaderMap, body: Option<&str>) {
        let mut out = format!("Request Content:\n{method} {url}\n");
        out.push_str(&render_headers(headers));
        if let Some(b) = body {
            out.push('\n');
            out.push_str(&self.redact(&redact_write_only(b)));
        }
        self.debug_log(&out);
    }

    fn response_head(&self, resp: &reqwest::Response) -> String {
        format!(
            "{:?} {}\n{}",
            resp.version(),
            resp.status(),
            render_headers(resp.headers())
        )
    }

    fn dump_response_head(&self, resp: &reqwest::Response) {
        self.debug_log(&format!("Response Content:\n{}", self.response_head(resp)));
    }

    /// Removes the credential's value wherever it appears (a body may echo it back).
    fn redact(&self, text: &str) -> String {
        match &self.settings.credential {
            Some(c) if !c.secret.value().is_empty() => text.replace(c.secret.value(), "<REDACTED>"),
            _ => text.to_string(),
        }
    }

    fn debug_log(&self, text: &str) {
        eprintln!("{}", text.trim_end());
    }
}

/// Fields the API takes but never shows (a vault credential's tokens and secrets, a
/// repository's token): a request body's values of these show as `<REDACTED>`.
const WRITE_ONLY: [&str; 6] = [
    "token",
    "access_token",
    "refresh_token",
    "client_secret",
    "secret_value",
    "authorization_token",
];

/// A JSON request body with the values of its write-only fields, at any depth, redacted.
fn redact_write_only(body: &str) -> String {
    fn walk(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, v) in m.iter_mut() {
                    if WRITE_ONLY.contains(&k.as_str()) && v.is_string() {
                        *v = serde_json::Value::String("<REDACTED>".into());
                    } else {
                        walk(v);
                    }
                }
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(walk),
            _ => {}
        }
    }
    match serde_json::from_str::<serde_json::Value>(body) {
        Ok(mut v) if WRITE_ONLY.iter().any(|k| body.contains(k)) => {
            walk(&mut v);
            v.to_string()
        }
        _ => body.to_string(),
    }
}

/// Headers one per line; credentials and cookies show as `<REDACTED>` (a bearer keeps its scheme).
fn render_headers(headers: &HeaderMap) -> String {
    let mut out = String::new();
    for (name, value) in headers {
        let shown = match name.as_str() {
            "authorization" => match value.to_str().ok().and_then(|v| v.split_once(' ')) {
                Some((scheme, _)) => format!("{scheme} <REDACTED>"),
                None => "<REDACTED>".into(),
            },
            "x-api-key" | "api-key" | "cookie" | "set-cookie" => "<REDACTED>".into(),
            _ => value.to_str().unwrap_or("<binary>").to_string(),
        };
        out.push_str(&format!("{name}: {shown}\n"));
    }
    out
}

/// The pages of a paged list, one at a time. A cursor that comes back is an error: following
/// it would go round forever.
pub struct Pages {
    req: Request,
    paging: Paging,
    cursors: HashSet<String>,
    done: bool,
}

impl Pages {
    /// The pages of a cursor-paged list (`data`, `next_page`) from `req`'s own `page` cursor, if
    /// it has one, else from the first.
    pub fn new(req: Request) -> Self {
        Self::with_paging(req, Paging::Cursor)
    }

    pub fn with_paging(req: Request, paging: Paging) -> Self {
        let cursor = Self::cursor_param(&req, paging);
        let cursors = req
            .query
            .iter()
            .filter(|(k, _)| *k == cursor)
            .map(|(_, v)| v.clone())
            .collect();
        Self {
            req,
            paging,
            cursors,
            done: false,
        }
    }

    /// The query parameter that moves through the list: `page`; with ids, `before_id` when the
    /// request walks backwards, else `after_id`.
    fn cursor_param(req: &Request, paging: Paging) -> &'static str {
        match paging {
            Paging::Cursor => "page",
            Paging::Ids if req.query.iter().any(|(k, _)| k == "before_id") => "before_id",
            Paging::Ids => "after_id",
        }
    }

    /// The cursor of the page after `page`, or `None` after the last.
    fn next_cursor(&self, page: &str) -> Option<String> {
        let text = |path: &str| {
            let v = gjson::get(page, path);
            (v.kind() == gjson::Kind::String && !v.str().is_empty()).then(|| v.str().to_string())
        };
        match self.paging {
            Paging::Cursor => text("next_page"),
            Paging::Ids => {
                if !gjson::get(page, "has_more").bool() || gjson::get(page, "data.#").i64() == 0 {
                    return None;
                }
                match Self::cursor_param(&self.req, self.paging) {
                    "before_id" => text("first_id"),
                    _ => text("last_id"),
                }
            }
        }
    }

    /// The next page's JSON, or `None` after the last.
    pub async fn next(&mut self, client: &Client) -> Result<Option<String>, ClientError> {
        if self.done {
            return Ok(None);
        }
        let page = client.send(&self.req).await?;
        let param = Self::cursor_param(&self.req, self.paging);
        match self.next_cursor(&page) {
            None => self.done = true,
            Some(next) if !self.cursors.insert(next.clone()) => {
                let field = match self.paging {
                    Paging::Cursor => "next_page",
                    Paging::Ids => param,
                };
                return Err(ClientError::Paging {
                    url: client.url(&self.req),
                    cause: format!("the {field} cursor {next:?} came back; the list would never end"),
                });
            }
            Some(next) => {
                self.req.query.retain(|(k, _)| k != param);
                self.req.query.push((param.into(), next));
                // Keys in order, as the query of the first page.
                self.req.query.sort_by(|a, b| a.0.cmp(&b.0));
            }
        }
        Ok(Some(page))
    }
}

/// A list's items a page at a time, at most `max_items` in all: what [`Client::list`] walks,
/// and what the explore browser pulls as its reader nears the end.
pub struct Items {
    pages: Pages,
    /// How many more items may be handed out; `None` without `--max-items`.
    left: Option<u64>,
}

impl Items {
    /// The items of a cursor-paged list.
    pub fn new(req: Request, max_items: Option<u64>) -> Self {
        Self::with_paging(req, Paging::Cursor, max_items)
    }

    pub fn with_paging(req: Request, paging: Paging, max_items: Option<u64>) -> Self {
        Self {
            pages: Pages::with_paging(req, paging),
            left: max_items,
        }
    }

    /// The next page's items (each item's JSON), or `None` after the last page or once
    /// `max_items` were handed out. A page may be empty.
    pub async fn next_page(&mut self, client: &Client) -> Result<Option<Vec<String>>, ClientError> {
        if self.left == Some(0) {
            return Ok(None);
        }
        let Some(page) = self.pages.next(client).await? else {
            return Ok(None);
        };
        let mut items: Vec<String> = gjson::get(&page, "data")
            .array()
            .iter()
            .map(|item| item.json().to_string())
            .collect();
        if let Some(left) = &mut self.left {
            items.truncate(usize::try_from(*left).unwrap_or(usize::MAX));
            *left -= items.len() as u64;
        }
        Ok(Some(items))
    }
}

/// The idle timeout from `ANT_IDLE_TIMEOUT` (seconds, fractions allowed), or the default.
fn idle_timeout(value: Option<String>) -> Result<Duration, ClientError> {
    let Some(value) = value.filter(|v| !v.is_empty()) else {
        return Ok(DEFAULT_IDLE_TIMEOUT);
    };
    match value.trim().parse::<f64>() {
        Ok(secs) if secs > 0.0 && secs <= 86_400.0 => Ok(Duration::from_secs_f64(secs)),
        _ => Err(ClientError::Setting {
            name: IDLE_TIMEOUT_VAR,
            value,
            expected: "expected a number of seconds above 0 (at most a day)",
        }),
    }
}

fn is_retryable(status: StatusCode) -> bool {
    status == StatusCode::REQUEST_TIMEOUT || status == StatusCode::TOO_MANY_REQUESTS || status.is_server_error()
}

/// The server's `retry-after-ms` or `retry-after` (seconds), when it is reasonable (under a minute).
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let get = |name: &str| headers.get(name)?.to_str().ok()?.trim().parse::<f64>().ok();
    let wait = get("retry-after-ms")
        .map(|ms| ms / 1000.0)
        .or_else(|| get("retry-after"))?;
    (wait > 0.0 && wait <= 60.0).then(|| Duration::from_secs_f64(wait))
}

/// Exponential backoff from 0.5 s, capped at [`MAX_BACKOFF`], with jitter so many clients do not
/// retry in step.
fn backoff(attempt: u32) -> Duration {
    let base = (0.5 * 2f64.powi(attempt.min(16) as i32)).min(MAX_BACKOFF.as_secs_f64());
    Duration::from_secs_f64(base * (0.75 + 0.25 * rand::random::<f64>()))
}

/// The innermost cause of a transport error ("Connection refused (os error 111)").
fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut cause: &dyn std::error::Error = e;
    while let Some(next) = cause.source() {
        cause = next;
    }
    cause.to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn debug_bodies_hide_write_only_fields() {
        let body = r#"{"auth":{"type":"mcp_oauth","mcp_server_url":"https://x.dev","access_token":"at-1",
            "refresh":{"refresh_token":"rt-1","client_id":"c","token_endpoint_auth":{"type":"client_secret_post","client_secret":"cs-1"}}},
            "display_name":"token"}"#;
        let shown = super::redact_write_only(body);
        for secret in ["at-1", "rt-1", "cs-1"] {
            assert!(!shown.contains(secret), "{shown}");
        }
        assert!(
            shown.contains("\"client_id\":\"c\"") && shown.contains("\"display_name\":\"token\""),
            "{shown}"
        );
        assert_eq!(super::redact_write_only("not json token"), "not json token");
    }

    use super::*;

    #[test]
    fn headers_are_redacted_in_dumps() {
        let mut h = HeaderMap::new();
        h.insert("x-api-key", HeaderValue::from_static("sk-secret"));
        h.insert("authorization", HeaderValue::from_static("Bearer tok"));
        h.insert("anthropic-beta", HeaderValue::from_static("b"));
        let out = render_headers(&h);
        assert!(!out.contains("sk-secret") && !out.contains("tok\n"), "{out}");
        assert!(out.contains("authorization: Bearer <REDACTED>"), "{out}");
        assert!(out.contains("anthropic-beta: b"), "{out}");
    }

    #[test]
    fn retry_after_is_honoured_within_a_minute() {
        let mut h = HeaderMap::new();
        h.insert("retry-after", HeaderValue::from_static("2"));
        assert_eq!(retry_after(&h), Some(Duration::from_secs(2)));
        h.insert("retry-after", HeaderValue::from_static("600"));
        assert_eq!(retry_after(&h), None);
        h.insert("retry-after-ms", HeaderValue::from_static("250"));
        assert_eq!(retry_after(&h), Some(Duration::from_millis(250)));
    }

    #[test]
    fn idle_timeout_comes_from_the_environment_or_is_refused_in_one_line() {
        assert_eq!(idle_timeout(None).unwrap(), DEFAULT_IDLE_TIMEOUT);
        assert_eq!(idle_timeout(Some(String::new())).unwrap(), DEFAULT_IDLE_TIMEOUT);
        assert_eq!(idle_timeout(Some("0.5".into())).unwrap(), Duration::from_millis(500));
        for bad in ["0", "-1", "soon", "1e9", "NaN"] {
            let e = idle_timeout(Some(bad.into())).unwrap_err().to_string();
            assert!(e.starts_with(&format!("ANT_IDLE_TIMEOUT={bad:?}: expected")), "{e}");
        }
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        assert!(backoff(0) <= Duration::from_millis(500));
        assert!(backoff(10) <= Duration::from_secs(8));
        assert!(backoff(10) >= Duration::from_secs(6));
    }
}
