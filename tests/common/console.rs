//! A fake of Anthropic's Console and API for `ant auth login`, on a free loopback port:
//! - `GET /oauth/authorize` issues a code and sends the browser back to `redirect_uri` with it
//!   (and the state), as the Console does once the user approves;
//! - `GET /oauth/code/callback` shows `code#state`, the Console's page for pasting;
//! - `POST /v1/oauth/token` redeems a code only with the PKCE verifier of its challenge, the
//!   same redirect URI, client and state, and a refresh token only with the OAuth beta;
//! - anything else under `/v1/` answers an empty list and is recorded with its headers.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use serde_json::{Value, json};
use sha2::Digest as _;

pub const CLIENT_ID: &str = "41077d10-94b8-4194-be48-d251e9eb21b4";
pub const WORKSPACE: &str = "wrkspc_test01";
pub const ORG: &str = "org-uuid-0001";

/// One request to the API, as the fake saw it.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    pub headers: HashMap<String, Vec<String>>,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<String> {
        self.headers.get(name).map(|v| v.join(","))
    }
}

/// A token request: its content type, `anthropic-beta` and body.
#[derive(Debug, Clone)]
pub struct TokenRequest {
    pub content_type: String,
    pub beta: Option<String>,
    pub body: String,
}

struct Grant {
    challenge: String,
    redirect_uri: String,
    client_id: String,
    state: String,
    scope: String,
}

#[derive(Default)]
struct Inner {
    grants: HashMap<String, Grant>,
    refresh_tokens: HashMap<String, String>,
    issued: u32,
    requests: Vec<Recorded>,
    token_requests: Vec<TokenRequest>,
    access_tokens: Vec<String>,
    /// The token endpoint's answer instead of a token: (status, body).
    fail_token: Option<(u16, String)>,
    expires_in: i64,
}

pub struct Console {
    pub url: String,
    inner: Arc<Mutex<Inner>>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Console {
    pub fn start() -> Self {
        let inner = Arc::new(Mutex::new(Inner {
            expires_in: 3600,
            ..Default::default()
        }));
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let (ready, url) = std::sync::mpsc::channel();
        let state = inner.clone();
        // Its own thread and runtime: tests block on the `ant` processes they run.
        let thread = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
                ready
                    .send(format!("http://{}", listener.local_addr().unwrap()))
                    .unwrap();
                let app = axum::Router::new()
                    .route("/oauth/authorize", axum::routing::get(authorize))
                    .route("/oauth/code/callback", axum::routing::get(code_page))
                    .route("/v1/oauth/token", axum::routing::post(token))
                    .fallback(record)
                    .with_state(state);
                axum::serve(listener, app)
                    .with_graceful_shutdown(async {
                        let _ = stopped.await;
                    })
                    .await
                    .unwrap();
            });
        });
        Self {
            url: url.recv().unwrap(),
            inner,
            stop: Some(stop),
            thread: Some(thread),
        }
    }

    /// The token endpoint answers `status` and `body` from now on.
    pub fn fail_tokens(&self, status: u16, body: &str) {
        self.inner.lock().unwrap().fail_token = Some((status, body.to_string()));
    }

    /// Tokens issued from now on last `secs`.
    pub fn expires_in(&self, secs: i64) {
        self.inner.lock().unwrap().expires_in = secs;
    }

    /// The API requests received, oldest first.
    pub fn requests(&self) -> Vec<Recorded> {
        self.inner.lock().unwrap().requests.clone()
    }

    pub fn token_requests(&self) -> Vec<TokenRequest> {
        self.inner.lock().unwrap().token_requests.clone()
    }

    /// The access tokens issued, oldest first.
    pub fn access_tokens(&self) -> Vec<String> {
        self.inner.lock().unwrap().access_tokens.clone()
    }
}

impl Drop for Console {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

type Shared = State<Arc<Mutex<Inner>>>;

fn error(status: StatusCode, description: &str) -> Response {
    let body = json!({"error": "invalid_request", "error_description": description});
    (status, [("request-id", "req_fake_01")], axum::Json(body)).into_response()
}

async fn authorize(State(inner): Shared, Query(q): Query<HashMap<String, String>>) -> Response {
    let get = |k: &str| q.get(k).cloned().unwrap_or_default();
    if get("response_type") != "code" || get("code_challenge_method") != "S256" || get("code_challenge").is_empty() {
        return error(StatusCode::BAD_REQUEST, "a PKCE S256 code request is required");
    }
    let mut inner = inner.lock().unwrap();
    inner.issued += 1;
    let code = format!("code-{}", inner.issued);
    let redirect_uri = get("redirect_uri");
    inner.grants.insert(
        code.clone(),
        Grant {
            challenge: get("code_challenge"),
            redirect_uri: redirect_uri.clone(),
            client_id: get("client_id"),
            state: get("state"),
            scope: get("scope"),
        },
    );
    let joiner = if redirect_uri.contains('?') { '&' } else { '?' };
    let location = format!(
        "{redirect_uri}{joiner}code={code}&state={}",
        form_urlencoded::byte_serialize(get("state").as_bytes()).collect::<String>()
    );
    (StatusCode::FOUND, [("location", location)]).into_response()
}

async fn code_page(Query(q): Query<HashMap<String, String>>) -> String {
    format!("{}#{}", q["code"], q["state"])
}

async fn token(State(inner): Shared, headers: HeaderMap, body: Bytes) -> Response {
    let content_type = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let beta = headers
        .get("anthropic-beta")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let body = String::from_utf8_lossy(&body).into_owned();
    let mut inner = inner.lock().unwrap();
    inner.token_requests.push(TokenRequest {
        content_type: content_type.clone(),
        beta: beta.clone(),
        body: body.clone(),
    });
    if let Some((status, body)) = inner.fail_token.clone() {
        let status = StatusCode::from_u16(status).unwrap();
        return (status, [("request-id", "req_fake_02")], body).into_response();
    }
    let scope = if content_type == "application/x-www-form-urlencoded" {
        let form: HashMap<String, String> = form_urlencoded::parse(body.as_bytes()).into_owned().collect();
        let get = |k: &str| form.get(k).cloned().unwrap_or_default();
        if get("grant_type") != "authorization_code" {
            return error(StatusCode::BAD_REQUEST, "grant_type");
        }
        let Some(grant) = inner.grants.remove(&get("code")) else {
            return error(StatusCode::BAD_REQUEST, "unknown or used code");
        };
        let challenge = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(sha2::Sha256::digest(get("code_verifier").as_bytes()));
        if challenge != grant.challenge {
            return error(
                StatusCode::BAD_REQUEST,
                "the code_verifier does not match the challenge",
            );
        }
        if get("redirect_uri") != grant.redirect_uri
            || get("client_id") != grant.client_id
            || get("state") != grant.state
        {
            return error(StatusCode::BAD_REQUEST, "redirect_uri, client_id or state differ");
        }
        grant.scope
    } else {
        let request: Value = serde_json::from_str(&body).unwrap_or_default();
        if request["grant_type"] != "refresh_token" || beta.as_deref() != Some("oauth-2025-04-20") {
            return error(StatusCode::BAD_REQUEST, "refresh needs the oauth beta");
        }
        let Some(scope) = inner
            .refresh_tokens
            .get(request["refresh_token"].as_str().unwrap_or(""))
            .cloned()
        else {
            return error(StatusCode::UNAUTHORIZED, "unknown refresh token");
        };
        scope
    };
    inner.issued += 1;
    let n = inner.issued;
    let access = format!("sk-ant-oat01-fake-access-{n}-{}", uuid::Uuid::new_v4().simple());
    let refresh = format!("sk-ant-ort01-fake-refresh-{n}-{}", uuid::Uuid::new_v4().simple());
    inner.access_tokens.push(access.clone());
    inner.refresh_tokens.insert(refresh.clone(), scope.clone());
    let answer = json!({
        "access_token": access,
        "refresh_token": refresh,
        "expires_in": inner.expires_in,
        "token_type": "Bearer",
        "scope": scope,
        "organization": {"uuid": ORG, "name": "Test Org"},
        "account": {"uuid": "acct-1", "email_address": "dev@example.com"},
        "workspace": {"id": WORKSPACE, "name": "Test Workspace"},
    });
    axum::Json(answer).into_response()
}

async fn record(State(inner): Shared, method: Method, uri: Uri, headers: HeaderMap) -> Response {
    let mut seen: HashMap<String, Vec<String>> = HashMap::new();
    for (name, value) in &headers {
        seen.entry(name.to_string())
            .or_default()
            .push(value.to_str().unwrap_or("").to_string());
    }
    inner.lock().unwrap().requests.push(Recorded {
        method: method.to_string(),
        path: uri.path().to_string(),
        headers: seen,
    });
    let items: Vec<Value> = if uri.path() == "/v1/sessions" {
        vec![
            json!({"id": "sesn_completion_01", "title": "first"}),
            json!({"id": "sesn_completion_02", "title": "second"}),
        ]
    } else {
        Vec::new()
    };
    axum::Json(json!({"data": items, "next_page": null})).into_response()
}
