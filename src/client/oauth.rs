//! OAuth for `ant auth login`, as the official CLI does it: the authorization-code flow with PKCE
//! (S256) against `<console>/oauth/authorize`, the code coming back to a loopback listener or
//! pasted from the Console's code page; the token endpoint (`<base URL>/v1/oauth/token`); and
//! refreshing a profile's access token before a command uses it.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Html;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use tokio::sync::oneshot;

use super::config::{ConfigError, Login, StoredCredentials, USER_OAUTH_BETA, write_credentials};

pub const DEFAULT_CONSOLE_URL: &str = "https://platform.claude.com";
/// The official CLI's OAuth client, the one the Console knows (public, like any native app's).
pub const DEFAULT_CLIENT_ID: &str = "41077d10-94b8-4194-be48-d251e9eb21b4";
pub const DEFAULT_SCOPE: &str = "user:profile user:inference user:developer";
/// A token this close to its expiry is refreshed before use, so it outlives the request (the
/// official SDKs' advisory threshold).
pub const REFRESH_WINDOW: Duration = Duration::from_secs(120);
/// How long the token endpoint may take to answer.
const TOKEN_TIMEOUT: Duration = Duration::from_secs(30);
/// How long a served callback page may take to reach the browser once the code is in.
const CALLBACK_DRAIN: Duration = Duration::from_secs(2);

#[derive(Debug, thiserror::Error)]
pub enum OAuthError {
    #[error("authorization denied: {error}: {description}")]
    Denied { error: String, description: String },
    #[error("state mismatch in the authorization callback (possible CSRF); run `ant auth login` again")]
    StateMismatch,
    #[error("the authorization callback carries no code")]
    NoCode,
    #[error("the pasted state does not match: the code may be from a different login attempt")]
    PastedState,
    #[error("empty code pasted")]
    EmptyCode,
    #[error("cannot read a pasted code from stdin: {0}")]
    Stdin(String),
    #[error("timed out after {0:?} waiting for the authorization (--timeout)")]
    Timeout(Duration),
    #[error("cannot listen for the authorization callback on {addr}: {cause}")]
    Listen { addr: String, cause: String },
    #[error("token endpoint {url} returned {status} (request_id={request_id}): {body}")]
    Token {
        url: String,
        status: String,
        request_id: String,
        body: String,
    },
    #[error("token endpoint {url}: {cause}")]
    Transport { url: String, cause: String },
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error("the access token of profile \"{profile}\" expired at {at} and {why}; run `ant auth login`")]
    Expired { profile: String, at: String, why: String },
}

/// A PKCE verifier and its S256 challenge.
pub struct Pkce {
    pub verifier: String,
    pub challenge: String,
}

impl Pkce {
    pub fn new() -> Self {
        let verifier = random_url_safe::<64>();
        let challenge = challenge_of(&verifier);
        Self { verifier, challenge }
    }
}

impl Default for Pkce {
    fn default() -> Self {
        Self::new()
    }
}

/// The S256 challenge of a verifier: base64url (no padding) of its SHA-256.
pub fn challenge_of(verifier: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()))
}

/// An unguessable `state` for one login.
pub fn new_state() -> String {
    random_url_safe::<32>()
}

fn random_url_safe<const N: usize>() -> String {
    let mut bytes = [0u8; N];
    rand::fill(&mut bytes[..]);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// What the authorize URL asks for.
pub struct Authorize<'a> {
    pub console_url: &'a str,
    pub client_id: &'a str,
    pub scope: &'a str,
    pub state: &'a str,
    pub challenge: &'a str,
    /// Binds the token to a workspace; without it the Console shows a picker.
    pub workspace_id: Option<&'a str>,
    /// Pre-selects the organization (the Console's `orgUUID`).
    pub organization_id: Option<&'a str>,
}

impl Authorize<'_> {
    /// `<console>/oauth/authorize?...` with the code sent to `redirect_uri`.
    pub fn url(&self, redirect_uri: &str) -> String {
        let mut query = form_urlencoded::Serializer::new(String::new());
        query
            .append_pair("client_id", self.client_id)
            .append_pair("redirect_uri", redirect_uri)
            .append_pair("response_type", "code")
            .append_pair("scope", self.scope)
            .append_pair("state", self.state)
            .append_pair("code_challenge", self.challenge)
            .append_pair("code_challenge_method", "S256");
        if let Some(ws) = self.workspace_id {
            query.append_pair("workspace_id", ws);
        }
        if let Some(org) = self.organization_id {
            query.append_pair("orgUUID", org);
        }
        format!("{}/oauth/authorize?{}", self.console_url, query.finish())
    }
}

/// The Console page that shows the code to paste (`code#state`), for a login without a
/// reachable loopback; None when the console URL has no host.
pub fn manual_redirect(console_url: &str) -> Option<String> {
    let parsed = reqwest::Url::parse(console_url).ok()?;
    parsed.host_str()?;
    Some(format!("{console_url}/oauth/code/callback?app=anthropic-cli"))
}

/// The loopback listener the browser is sent back to.
pub struct Callback {
    listener: tokio::net::TcpListener,
    pub redirect_uri: String,
}

type Outcome = Result<String, OAuthError>;

#[derive(Clone)]
struct CallbackState {
    state: Arc<str>,
    /// Taken by the first request to /callback: later ones (a favicon, a reload) change nothing.
    done: Arc<Mutex<Option<oneshot::Sender<Outcome>>>>,
}

#[derive(Deserialize)]
struct CallbackQuery {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
    error_description: Option<String>,
}

impl Callback {
    /// Listens on 127.0.0.1:`port` (0: any free port).
    pub async fn bind(port: u16) -> Result<Self, OAuthError> {
        let addr = format!("127.0.0.1:{port}");
        let listener = tokio::net::TcpListener::bind(&addr)
            .await
            .map_err(|e| OAuthError::Listen {
                addr: addr.clone(),
                cause: e.to_string(),
            })?;
        let port = listener.local_addr().map_err(|e| OAuthError::Listen {
            addr,
            cause: e.to_string(),
        })?;
        Ok(Self {
            listener,
            redirect_uri: format!("http://localhost:{}/callback", port.port()),
        })
    }

    /// Serves `/callback` until it brings a code whose state is `state`, an error, or `timeout`.
    pub async fn wait(self, state: &str, timeout: Duration) -> Outcome {
        let (tx, rx) = oneshot::channel();
        let shared = CallbackState {
            state: state.into(),
            done: Arc::new(Mutex::new(Some(tx))),
        };
        let app = axum::Router::new()
            .route("/callback", axum::routing::get(callback))
            .with_state(shared);
        let (stop, stopped) = oneshot::channel::<()>();
        let server = tokio::spawn(
            axum::serve(self.listener, app)
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .into_future(),
        );
        let outcome = match tokio::time::timeout(timeout, rx).await {
            Ok(Ok(outcome)) => outcome,
            Ok(Err(_)) => Err(OAuthError::NoCode),
            Err(_) => Err(OAuthError::Timeout(timeout)),
        };
        // Let the page that answered reach the browser before the command moves on and exits.
        let _ = stop.send(());
        let _ = tokio::time::timeout(CALLBACK_DRAIN, server).await;
        outcome
    }
}

async fn callback(State(shared): State<CallbackState>, Query(q): Query<CallbackQuery>) -> (StatusCode, Html<String>) {
    let (outcome, status, heading, body) = if let Some(error) = q.error {
        let description = q.error_description.unwrap_or_default();
        let text = format!("{error}: {description}");
        (
            Err(OAuthError::Denied { error, description }),
            StatusCode::BAD_REQUEST,
            "✗ Authorization failed",
            text,
        )
    } else if q.state.as_deref() != Some(&*shared.state) {
        (
            Err(OAuthError::StateMismatch),
            StatusCode::BAD_REQUEST,
            "✗ State mismatch",
            "The callback state did not match this login. Do not retry in this browser session.".into(),
        )
    } else {
        match q.code.filter(|c| !c.is_empty()) {
            Some(code) => (
                Ok(code),
                StatusCode::OK,
                "✓ Authorized",
                "You can close this window and return to the terminal.".into(),
            ),
            None => (
                Err(OAuthError::NoCode),
                StatusCode::BAD_REQUEST,
                "✗ Missing code",
                "The authorization callback did not include a code.".into(),
            ),
        }
    };
    if let Some(tx) = shared.done.lock().expect("callback lock").take() {
        let _ = tx.send(outcome);
    }
    let page = format!(
        "<html><body style=\"font-family:system-ui;text-align:center;padding:4em\"><h2>{}</h2><p>{}</p></body></html>",
        escape_html(heading),
        escape_html(&body)
    );
    (status, Html(page))
}

/// Text for an HTML page: an error description from the server cannot become markup.
fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Reads a pasted code from stdin: `code#state` as the Console's code page shows it (the state
/// must be this login's), or a bare code.
pub async fn read_pasted_code(state: &str) -> Outcome {
    use tokio::io::AsyncBufReadExt;
    let mut line = String::new();
    let read = tokio::io::BufReader::new(tokio::io::stdin())
        .read_line(&mut line)
        .await
        .map_err(|e| OAuthError::Stdin(e.to_string()))?;
    if read == 0 {
        return Err(OAuthError::Stdin("end of input".into()));
    }
    parse_pasted(line.trim(), state)
}

fn parse_pasted(line: &str, state: &str) -> Outcome {
    let (code, pasted_state) = match line.split_once('#') {
        Some((code, pasted)) => (code, Some(pasted)),
        None => (line, None),
    };
    if pasted_state.is_some_and(|s| s != state) {
        return Err(OAuthError::PastedState);
    }
    if code.is_empty() {
        return Err(OAuthError::EmptyCode);
    }
    Ok(code.to_string())
}

/// The token endpoint's answer. `organization`, `account` and `workspace` say what the token
/// was minted for.
#[derive(Debug, Deserialize)]
pub struct TokenResponse {
    pub access_token: String,
    #[serde(default)]
    pub refresh_token: Option<String>,
    #[serde(default)]
    pub expires_in: Option<i64>,
    #[serde(default)]
    pub scope: Option<String>,
    #[serde(default)]
    pub organization: Option<Named>,
    #[serde(default)]
    pub account: Option<Account>,
    #[serde(default)]
    pub workspace: Option<Workspace>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Named {
    #[serde(default)]
    pub uuid: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Account {
    #[serde(default)]
    pub email_address: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Workspace {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
}

impl TokenResponse {
    /// The credentials file for this token; `previous` (on a refresh) fills in what the answer
    /// leaves out.
    pub fn credentials(self, previous: Option<&StoredCredentials>) -> StoredCredentials {
        let mut c = previous.cloned().unwrap_or_default();
        let set = |field: &mut Option<String>, value: Option<String>| {
            if let Some(v) = value.filter(|v| !v.is_empty()) {
                *field = Some(v);
            }
        };
        c.access_token = Some(self.access_token);
        c.expires_at = self.expires_in.map(|secs| unix_now() + secs);
        set(&mut c.refresh_token, self.refresh_token);
        set(&mut c.scope, self.scope);
        let org = self.organization.unwrap_or_default();
        if org.uuid.is_some() {
            c.organization_uuid = org.uuid;
            c.organization_name = org.name;
        }
        set(&mut c.account_email, self.account.and_then(|a| a.email_address));
        let ws = self.workspace.unwrap_or_default();
        if ws.id.is_some() {
            c.workspace_id = ws.id;
            c.workspace_name = ws.name;
        }
        c.oauth()
    }
}

/// `<base URL>/v1/oauth/token`.
pub struct TokenEndpoint {
    http: reqwest::Client,
    url: String,
    /// Print each exchange's status and request id (never a body: it holds tokens).
    debug: bool,
}

impl TokenEndpoint {
    pub fn new(base_url: &str, debug: bool) -> Self {
        Self {
            http: reqwest::Client::builder()
                .timeout(TOKEN_TIMEOUT)
                .build()
                .expect("a client without custom TLS settings builds"),
            url: format!("{}/v1/oauth/token", base_url.trim_end_matches('/')),
            debug,
        }
    }

    /// Redeems an authorization code. Form-encoded and without a beta, as the official CLI does
    /// (the server's code grant expects that, and `state` again as a CSRF check).
    pub async fn exchange(
        &self,
        client_id: &str,
        code: &str,
        verifier: &str,
        redirect_uri: &str,
        state: &str,
    ) -> Result<TokenResponse, OAuthError> {
        let form = form_urlencoded::Serializer::new(String::new())
            .append_pair("grant_type", "authorization_code")
            .append_pair("code", code)
            .append_pair("code_verifier", verifier)
            .append_pair("client_id", client_id)
            .append_pair("redirect_uri", redirect_uri)
            .append_pair("state", state)
            .finish();
        self.post(
            self.http
                .post(&self.url)
                .header("content-type", "application/x-www-form-urlencoded")
                .body(form),
        )
        .await
    }

    /// Redeems a refresh token: JSON with the user OAuth beta, which the server requires there.
    pub async fn refresh(&self, client_id: &str, refresh_token: &str) -> Result<TokenResponse, OAuthError> {
        let body = serde_json::json!({
            "grant_type": "refresh_token",
            "refresh_token": refresh_token,
            "client_id": client_id,
        });
        self.post(
            self.http
                .post(&self.url)
                .header("anthropic-beta", USER_OAUTH_BETA)
                .json(&body),
        )
        .await
    }

    async fn post(&self, request: reqwest::RequestBuilder) -> Result<TokenResponse, OAuthError> {
        let transport = |e: reqwest::Error| OAuthError::Transport {
            url: self.url.clone(),
            cause: super::root_cause(&e),
        };
        let resp = request.send().await.map_err(transport)?;
        let status = resp.status();
        let request_id = resp
            .headers()
            .get("request-id")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string();
        let text = resp.text().await.map_err(transport)?;
        if self.debug {
            eprintln!(
                "[debug] token exchange POST {} -> {status} (request_id={request_id})",
                self.url
            );
        }
        if !status.is_success() {
            return Err(OAuthError::Token {
                url: self.url.clone(),
                status: status.to_string(),
                request_id,
                body: text.split_whitespace().collect::<Vec<_>>().join(" "),
            });
        }
        let token: TokenResponse = serde_json::from_str(&text).map_err(|e| OAuthError::Transport {
            url: self.url.clone(),
            cause: format!("the answer is not a token: {e}"),
        })?;
        if token.access_token.is_empty() {
            return Err(OAuthError::Transport {
                url: self.url.clone(),
                cause: format!("200 with an empty access_token (request_id={request_id})"),
            });
        }
        Ok(token)
    }
}

/// A login's credentials ready for use, and a warning to show when they may not last.
pub struct Fresh {
    pub credentials: StoredCredentials,
    pub warning: Option<String>,
}

/// The login's credentials, refreshed first (and written back) when its token expires within
/// [`REFRESH_WINDOW`]. A token that has expired and cannot be refreshed is an error; one that
/// still works but could not be refreshed comes with a warning.
pub async fn fresh(login: &Login, base_url: &str, debug: bool) -> Result<Fresh, OAuthError> {
    let ok = |warning| {
        Ok(Fresh {
            credentials: login.credentials.clone(),
            warning,
        })
    };
    let Some(expires_at) = login.credentials.expires_at else {
        return ok(None);
    };
    let remaining = expires_at - unix_now();
    if remaining > REFRESH_WINDOW.as_secs() as i64 {
        return ok(None);
    }
    let at = rfc3339(expires_at);
    let (when, expired) = if remaining <= 0 {
        (format!("expired at {at}"), true)
    } else {
        (format!("expires at {at}"), false)
    };
    let why = match login.credentials.refresh_token.as_deref().filter(|t| !t.is_empty()) {
        None => "no refresh_token is stored".to_string(),
        Some(refresh_token) => {
            let client_id = login.client_id.as_deref().unwrap_or(DEFAULT_CLIENT_ID);
            match TokenEndpoint::new(base_url, debug)
                .refresh(client_id, refresh_token)
                .await
            {
                Ok(token) => {
                    let credentials = token.credentials(Some(&login.credentials));
                    write_credentials(&login.path, &credentials)?;
                    return Ok(Fresh {
                        credentials,
                        warning: None,
                    });
                }
                Err(e) => format!("refreshing it failed: {e}"),
            }
        }
    };
    if expired {
        return Err(OAuthError::Expired {
            profile: login.profile.clone(),
            at,
            why,
        });
    }
    ok(Some(format!(
        "warning: the access token of profile \"{}\" {when} and {why}; run `ant auth login`",
        login.profile
    )))
}

pub fn unix_now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// A Unix time as RFC 3339 (UTC).
pub fn rfc3339(unix: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .ok()
        .and_then(|t| t.format(&time::format_description::well_known::Rfc3339).ok())
        .unwrap_or_else(|| unix.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_challenge_is_s256_of_the_verifier() {
        // RFC 7636, appendix B.
        assert_eq!(
            challenge_of("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
        let pkce = Pkce::new();
        assert_eq!(pkce.verifier.len(), 86, "64 random bytes");
        assert_ne!(pkce.verifier, Pkce::new().verifier);
    }

    #[test]
    fn a_pasted_code_must_carry_this_logins_state() {
        assert_eq!(parse_pasted("abc#s1", "s1").unwrap(), "abc");
        assert_eq!(parse_pasted("abc", "s1").unwrap(), "abc");
        assert!(matches!(parse_pasted("abc#s2", "s1"), Err(OAuthError::PastedState)));
        assert!(matches!(parse_pasted("#s1", "s1"), Err(OAuthError::EmptyCode)));
    }

    #[test]
    fn the_authorize_url_asks_for_a_pkce_code() {
        let url = Authorize {
            console_url: "https://console.example",
            client_id: "cid",
            scope: DEFAULT_SCOPE,
            state: "st",
            challenge: "ch",
            workspace_id: Some("wrkspc_1"),
            organization_id: None,
        }
        .url("http://localhost:5/callback");
        assert_eq!(
            url,
            "https://console.example/oauth/authorize?client_id=cid&redirect_uri=http%3A%2F%2Flocalhost%3A5%2Fcallback\
             &response_type=code&scope=user%3Aprofile+user%3Ainference+user%3Adeveloper&state=st&code_challenge=ch\
             &code_challenge_method=S256&workspace_id=wrkspc_1"
        );
        assert_eq!(
            manual_redirect("https://console.example").unwrap(),
            "https://console.example/oauth/code/callback?app=anthropic-cli"
        );
        assert!(manual_redirect("console").is_none());
    }

    #[test]
    fn error_text_cannot_become_markup() {
        assert_eq!(
            escape_html("<b>\"x\" & 'y'</b>"),
            "&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;"
        );
    }
}
