//! Which credential an MCP server is called with, OAuth refreshes, and `mcp_oauth_validate`.
//! A session's vaults are searched in the order of its `vault_ids`; the first active
//! credential whose normalised server URL equals the server's wins. Tokens leave this module
//! only toward the MCP server or token endpoint they belong to, never into a log or a response.

use std::time::Duration;

use serde_json::{Value, json};

use super::McpError;
use crate::api::vaults::{Auth, Credential, EndpointAuth, OauthRefresh, normalize_url};
use crate::local::store::{CredentialRecord, Store, StoreError};

/// An access token is refreshed when it expires within this margin.
const EXPIRY_MARGIN: time::Duration = time::Duration::seconds(30);

/// How long a token endpoint or a validation probe may take.
const HTTP_TIMEOUT: Duration = Duration::from_secs(20);

/// At most this much of an answer's body is shown by a validation.
const SHOWN_BODY: usize = 2048;

/// The token a server is called with, and the credential it came from.
#[derive(Clone, PartialEq)]
pub struct Bearer {
    pub token: String,
    pub credential_id: String,
    pub vault_id: String,
}

/// The first active credential of the session's vaults for `url`: its bearer token, refreshed
/// first when it is an expired OAuth token with a refresh. None when no vault has one (the
/// server is then called without credentials).
pub async fn bearer_for(store: &Store, vault_ids: &[String], url: &str) -> Result<Option<Bearer>, McpError> {
    let Ok(key) = normalize_url(url) else {
        return Ok(None);
    };
    for vault_id in vault_ids {
        let found = store.active_credential(vault_id, &key).map_err(store_failure)?;
        let Some((credential_id, secret)) = found else {
            continue;
        };
        let auth: Auth = serde_json::from_str(&secret).map_err(|e| store_failure(e.into()))?;
        let auth = match &auth {
            Auth::McpOauth {
                expires_at,
                refresh: Some(_),
                ..
            } if expired(expires_at.as_deref()) => refresh(store, vault_id, &credential_id, auth)
                .await
                .map_err(|f| {
                    McpError::Authentication(format!(
                        "the access token of credential {credential_id} (vault {vault_id}) expired and could not be refreshed: {}",
                        f.describe()
                    ))
                })?,
            _ => auth,
        };
        let token = match auth {
            Auth::StaticBearer { token, .. }
            | Auth::McpOauth {
                access_token: token, ..
            } => token,
            Auth::EnvironmentVariable { .. } => continue,
        };
        return Ok(Some(Bearer {
            token,
            credential_id,
            vault_id: vault_id.clone(),
        }));
    }
    Ok(None)
}

fn store_failure(e: StoreError) -> McpError {
    tracing::error!("store: {e}");
    McpError::Connection("the local store failed while looking up the server's credential".into())
}

fn expired(expires_at: Option<&str>) -> bool {
    let Some(at) =
        expires_at.and_then(|t| time::OffsetDateTime::parse(t, &time::format_description::well_known::Rfc3339).ok())
    else {
        return false;
    };
    at <= time::OffsetDateTime::now_utc() + EXPIRY_MARGIN
}

/// Why a refresh failed.
enum RefreshFailure {
    /// The token endpoint could not be reached.
    Connect(String),
    /// It answered, but not with a token.
    Refused { response: Value },
}

impl RefreshFailure {
    fn describe(&self) -> String {
        match self {
            Self::Connect(e) => e.clone(),
            Self::Refused { response } => format!(
                "the token endpoint answered HTTP {}",
                response["status_code"].as_u64().unwrap_or_default()
            ),
        }
    }
}

/// Asks the credential's token endpoint for a new access token, stores the new tokens (and the
/// new `expires_at`) and returns the auth that holds them.
async fn refresh(store: &Store, vault_id: &str, credential_id: &str, auth: Auth) -> Result<Auth, RefreshFailure> {
    let Auth::McpOauth {
        mcp_server_url,
        refresh: Some(r),
        ..
    } = auth
    else {
        return Ok(auth);
    };
    let answer = request_token(&r).await?;
    let access_token = answer["access_token"].as_str().unwrap_or_default().to_string();
    let expires_at = answer["expires_in"]
        .as_i64()
        .map(|s| crate::api::format_time(time::OffsetDateTime::now_utc() + time::Duration::seconds(s)));
    let refresh_token = answer["refresh_token"]
        .as_str()
        .map_or(r.refresh_token.clone(), str::to_string);
    let renewed = Auth::McpOauth {
        mcp_server_url,
        access_token,
        expires_at,
        refresh: Some(OauthRefresh { refresh_token, ..r }),
    };
    if let Err(e) = save(store, vault_id, credential_id, &renewed) {
        tracing::error!("credential {credential_id}: cannot store its refreshed token: {e}");
    }
    Ok(renewed)
}

/// POSTs a `refresh_token` grant; the answer must carry an `access_token`.
async fn request_token(r: &OauthRefresh) -> Result<Value, RefreshFailure> {
    let mut form = vec![
        ("grant_type", "refresh_token"),
        ("refresh_token", r.refresh_token.as_str()),
    ];
    if let Some(scope) = &r.scope {
        form.push(("scope", scope));
    }
    if let Some(resource) = &r.resource {
        form.push(("resource", resource));
    }
    let http = reqwest::Client::builder()
        .timeout(HTTP_TIMEOUT)
        .build()
        .map_err(|e| RefreshFailure::Connect(e.to_string()))?;
    let mut request = http.post(&r.token_endpoint);
    match &r.token_endpoint_auth {
        EndpointAuth::None => form.push(("client_id", &r.client_id)),
        EndpointAuth::ClientSecretPost { client_secret } => {
            form.push(("client_id", &r.client_id));
            form.push(("client_secret", client_secret));
        }
        EndpointAuth::ClientSecretBasic { client_secret } => {
            request = request.basic_auth(&r.client_id, Some(client_secret));
        }
    }
    let body = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(form)
        .finish();
    let response = request
        .header("content-type", "application/x-www-form-urlencoded")
        .header("accept", "application/json")
        .body(body)
        .send()
        .await
        .map_err(|e| RefreshFailure::Connect(format!("{}: {e}", r.token_endpoint)))?;
    let (shown, body) = http_response(response, &[&r.refresh_token]).await;
    let answer: Value = serde_json::from_str(&body).unwrap_or_default();
    if shown["status_code"].as_u64().is_some_and(|s| (200..300).contains(&s)) && answer["access_token"].is_string() {
        Ok(answer)
    } else {
        Err(RefreshFailure::Refused { response: shown })
    }
}

/// Stores an auth with new secrets, and its credential's new public form.
fn save(store: &Store, vault_id: &str, credential_id: &str, auth: &Auth) -> Result<(), StoreError> {
    let Some(record) = store.credential(vault_id, credential_id)? else {
        return Ok(());
    };
    let mut credential: Credential = serde_json::from_str(&record.body)?;
    credential.auth = auth.public();
    credential.updated_at = crate::api::now();
    store.refresh_credential(
        credential_id,
        &CredentialRecord {
            body: serde_json::to_string(&credential)?,
            secret: Some(serde_json::to_string(auth)?),
        },
    )
}

/// An answer as a validation shows it, `{status_code, content_type, body, body_truncated}`, with
/// every secret in `scrub` (and any token it hands out) replaced, and the whole body.
async fn http_response(response: reqwest::Response, scrub: &[&str]) -> (Value, String) {
    let status = response.status().as_u16();
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    let body = response.text().await.unwrap_or_default();
    let mut shown = body.clone();
    let handed_out = serde_json::from_str::<Value>(&body).unwrap_or_default();
    let issued = ["access_token", "refresh_token", "id_token"]
        .iter()
        .filter_map(|k| handed_out[*k].as_str().map(str::to_string))
        .collect::<Vec<_>>();
    for secret in scrub.iter().copied().chain(issued.iter().map(String::as_str)) {
        if !secret.is_empty() {
            shown = shown.replace(secret, "[redacted]");
        }
    }
    let truncated = shown.len() > SHOWN_BODY;
    if truncated {
        let mut end = SHOWN_BODY;
        while !shown.is_char_boundary(end) {
            end -= 1;
        }
        shown.truncate(end);
    }
    let value =
        json!({"status_code": status, "content_type": content_type, "body": shown, "body_truncated": truncated});
    (value, body)
}

/// `POST …/credentials/{id}/mcp_oauth_validate`: refreshes an expired token (when the
/// credential can), then probes the server with an `initialize` request. `valid` when the
/// server accepts the token, `invalid` when it answers 401 or 403, `unknown` otherwise;
/// `mcp_probe` describes a probe that failed.
pub async fn validate(store: &Store, vault_id: &str, credential_id: &str, auth: Auth) -> Value {
    let Auth::McpOauth {
        mcp_server_url,
        expires_at,
        refresh: has_refresh,
        ..
    } = &auth
    else {
        unreachable!("only mcp_oauth credentials are validated");
    };
    let mut report = json!({"type": "vault_credential_validation", "credential_id": credential_id,
        "vault_id": vault_id, "has_refresh_token": has_refresh.is_some()});
    let url = mcp_server_url.clone();
    let mut current = auth.clone();
    if expired(expires_at.as_deref()) {
        report["refresh"] = match has_refresh {
            None => json!({"status": "no_refresh_token"}),
            Some(_) => match refresh(store, vault_id, credential_id, auth.clone()).await {
                Ok(renewed) => {
                    current = renewed;
                    json!({"status": "succeeded"})
                }
                Err(RefreshFailure::Connect(_)) => json!({"status": "connect_error"}),
                Err(RefreshFailure::Refused { response }) => json!({"status": "failed", "http_response": response}),
            },
        };
    }
    let token = match &current {
        Auth::McpOauth { access_token, .. } => access_token.clone(),
        _ => String::new(),
    };
    let probe = json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": "2025-06-18", "capabilities": {},
        "clientInfo": {"name": "ant", "version": env!("CARGO_PKG_VERSION")}}});
    let sent = reqwest::Client::builder().timeout(HTTP_TIMEOUT).build().map(|http| {
        http.post(&url)
            .bearer_auth(&token)
            .header("accept", "application/json, text/event-stream")
            .json(&probe)
            .send()
    });
    let answer = match sent {
        Ok(request) => request.await.ok(),
        Err(_) => None,
    };
    let mut secrets: Vec<&str> = auth.secrets();
    secrets.extend(current.secrets());
    let status = match answer {
        Some(response) => {
            let (shown, _) = http_response(response, &secrets).await;
            let code = shown["status_code"].as_u64().unwrap_or_default();
            if !(200..300).contains(&code) {
                report["mcp_probe"] = json!({"method": "initialize", "http_response": shown});
            }
            match code {
                200..=299 => "valid",
                401 | 403 => "invalid",
                _ => "unknown",
            }
        }
        None => {
            report["mcp_probe"] = json!({"method": "initialize"});
            "unknown"
        }
    };
    report["status"] = json!(status);
    report["validated_at"] = json!(crate::api::now());
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_expire_with_a_margin() {
        assert!(!expired(None));
        assert!(expired(Some("2020-01-01T00:00:00Z")));
        let soon = crate::api::format_time(time::OffsetDateTime::now_utc() + time::Duration::seconds(5));
        assert!(expired(Some(&soon)));
        let later = crate::api::format_time(time::OffsetDateTime::now_utc() + time::Duration::hours(1));
        assert!(!expired(Some(&later)));
    }
}
