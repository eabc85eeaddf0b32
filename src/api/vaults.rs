//! Vaults and their credentials: the secrets a session's MCP servers are called with. Secret
//! values are write-only: a credential's [`Auth`] (which holds them) is stored apart from the
//! [`Credential`] that responses show, and no type here prints a secret, not even `Debug`.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::{Metadata, check_metadata, patch_metadata};

/// At most this many credentials that are not archived in one vault.
pub const MAX_CREDENTIALS: usize = 20;

/// How the [key](Auth::key) of an `environment_variable` credential starts.
pub const VARIABLE_KEY_PREFIX: &str = "env:";

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Vault {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub display_name: String,
    pub metadata: Metadata,
    pub created_at: String,
    pub updated_at: String,
    pub archived_at: Option<String>,
}

/// The body of `POST /v1/vaults`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VaultCreate {
    pub display_name: String,
    #[serde(default)]
    pub metadata: Option<Metadata>,
}

impl Vault {
    pub fn create(id: String, now: String, body: VaultCreate) -> Result<Self, String> {
        let metadata = body.metadata.unwrap_or_default();
        check_metadata("metadata", &metadata)?;
        Ok(Self {
            id,
            kind: "vault".into(),
            display_name: check_display_name(&body.display_name)?,
            metadata,
            created_at: now.clone(),
            updated_at: now,
            archived_at: None,
        })
    }

    pub fn apply_update(&mut self, patch: &Map<String, Value>) -> Result<(), String> {
        for (key, value) in patch {
            match key.as_str() {
                "display_name" => match value {
                    Value::String(s) => self.display_name = check_display_name(s)?,
                    _ => return Err("display_name: must be a string of 1 to 255 characters".into()),
                },
                "metadata" => patch_bag(&mut self.metadata, value)?,
                other => return Err(format!("{other}: unknown field")),
            }
        }
        Ok(())
    }
}

fn check_display_name(name: &str) -> Result<String, String> {
    let len = name.chars().count();
    if len == 0 || len > 255 {
        return Err("display_name: must be 1 to 255 characters".into());
    }
    Ok(name.to_string())
}

fn patch_bag(metadata: &mut Metadata, value: &Value) -> Result<(), String> {
    match value {
        Value::Object(m) => patch_metadata("metadata", metadata, m),
        Value::Null => Ok(()),
        _ => Err("metadata: must be an object".into()),
    }
}

/// A credential as responses show it: `auth` without its secrets.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Credential {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub vault_id: String,
    pub display_name: Option<String>,
    pub metadata: Metadata,
    pub auth: Value,
    pub created_at: String,
    pub updated_at: String,
    pub archived_at: Option<String>,
}

/// A credential's `auth` as given, secrets included: stored apart, sent only to its MCP server.
#[derive(Clone, Serialize, Deserialize, PartialEq)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Auth {
    StaticBearer {
        mcp_server_url: String,
        token: String,
    },
    McpOauth {
        mcp_server_url: String,
        access_token: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        expires_at: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        refresh: Option<OauthRefresh>,
    },
    EnvironmentVariable {
        secret_name: String,
        secret_value: String,
        networking: Value,
        injection_location: Injection,
    },
}

/// How an `mcp_oauth` access token is renewed.
#[derive(Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct OauthRefresh {
    pub client_id: String,
    pub refresh_token: String,
    pub token_endpoint: String,
    pub token_endpoint_auth: EndpointAuth,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource: Option<String>,
}

/// How the client authenticates at the token endpoint.
#[derive(Clone, Serialize, Deserialize, PartialEq)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum EndpointAuth {
    None,
    ClientSecretBasic { client_secret: String },
    ClientSecretPost { client_secret: String },
}

impl EndpointAuth {
    fn kind(&self) -> &'static str {
        match self {
            Self::None => "none",
            Self::ClientSecretBasic { .. } => "client_secret_basic",
            Self::ClientSecretPost { .. } => "client_secret_post",
        }
    }
}

#[derive(Clone, Copy, Serialize, Deserialize, PartialEq, Debug)]
pub struct Injection {
    pub header: bool,
    pub body: bool,
}

/// Never the secrets: only the form responses show.
impl std::fmt::Debug for Auth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Auth({})", self.public())
    }
}

/// The body of `POST /v1/vaults/{id}/credentials`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CredentialCreate {
    pub auth: Value,
    #[serde(default)]
    pub display_name: Option<String>,
    #[serde(default)]
    pub metadata: Option<Metadata>,
}

impl Credential {
    /// A new credential and its auth, from a create body.
    pub fn create(id: String, vault_id: &str, now: String, body: CredentialCreate) -> Result<(Self, Auth), String> {
        let auth = Auth::parse(&body.auth)?;
        let metadata = body.metadata.unwrap_or_default();
        check_metadata("metadata", &metadata)?;
        let credential = Self {
            id,
            kind: "vault_credential".into(),
            vault_id: vault_id.to_string(),
            display_name: check_optional_name(body.display_name)?,
            metadata,
            auth: auth.public(),
            created_at: now.clone(),
            updated_at: now,
            archived_at: None,
        };
        Ok((credential, auth))
    }

    /// Applies an update body to the credential and, when it changes `auth`, to its auth.
    pub fn apply_update(&mut self, auth: &mut Auth, patch: &Map<String, Value>) -> Result<(), String> {
        for (key, value) in patch {
            match key.as_str() {
                "display_name" => {
                    self.display_name = match value {
                        Value::Null => None,
                        Value::String(s) => check_optional_name(Some(s.clone()))?,
                        _ => return Err("display_name: must be a string or null".into()),
                    }
                }
                "metadata" => patch_bag(&mut self.metadata, value)?,
                "auth" => auth.update(value)?,
                other => return Err(format!("{other}: unknown field")),
            }
        }
        self.auth = auth.public();
        Ok(())
    }
}

fn check_optional_name(name: Option<String>) -> Result<Option<String>, String> {
    match name {
        Some(n) if n.chars().count() > 255 => Err("display_name: must be at most 255 characters".into()),
        other => Ok(other),
    }
}

impl Auth {
    /// Parses and checks a create `auth`, resolving the defaults of `injection_location`.
    pub fn parse(value: &Value) -> Result<Self, String> {
        let obj = value.as_object().ok_or("auth: must be an object")?;
        let mut resolved = obj.clone();
        if obj.get("type").and_then(Value::as_str) == Some("environment_variable") {
            let location = match obj.get("injection_location") {
                None => Injection {
                    header: true,
                    body: true,
                },
                Some(v) => injection(
                    v,
                    Injection {
                        header: false,
                        body: false,
                    },
                )?,
            };
            resolved.insert("injection_location".into(), json!(location));
        }
        let auth: Self = serde_path_to_error::deserialize(Value::Object(resolved))
            .map_err(|e| super::agents::prefixed("auth", &e))?;
        auth.check()?;
        Ok(auth)
    }

    fn check(&self) -> Result<(), String> {
        match self {
            Self::StaticBearer { mcp_server_url, token } => {
                normalize_url(mcp_server_url).map_err(|e| format!("auth.mcp_server_url: {e}"))?;
                non_empty("auth.token", token)
            }
            Self::McpOauth {
                mcp_server_url,
                access_token,
                expires_at,
                refresh,
            } => {
                normalize_url(mcp_server_url).map_err(|e| format!("auth.mcp_server_url: {e}"))?;
                non_empty("auth.access_token", access_token)?;
                if let Some(t) = expires_at
                    && super::parse_time(t).is_none()
                {
                    return Err(format!("auth.expires_at: '{t}' is not an RFC 3339 timestamp"));
                }
                if let Some(r) = refresh {
                    non_empty("auth.refresh.client_id", &r.client_id)?;
                    non_empty("auth.refresh.refresh_token", &r.refresh_token)?;
                    normalize_url(&r.token_endpoint).map_err(|e| format!("auth.refresh.token_endpoint: {e}"))?;
                }
                Ok(())
            }
            Self::EnvironmentVariable {
                secret_name,
                secret_value,
                networking,
                injection_location,
            } => {
                let valid_name = !secret_name.is_empty()
                    && !secret_name.starts_with(|c: char| c.is_ascii_digit())
                    && secret_name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
                if !valid_name {
                    return Err("auth.secret_name: must be a variable name ([A-Za-z_][A-Za-z0-9_]*)".into());
                }
                non_empty("auth.secret_value", secret_value)?;
                check_networking(networking)?;
                if !injection_location.header && !injection_location.body {
                    return Err("auth.injection_location: header or body must be true".into());
                }
                Ok(())
            }
        }
    }

    /// What makes a credential unique among its vault's active ones: the normalised server URL,
    /// or the variable's name.
    pub fn key(&self) -> String {
        match self {
            Self::StaticBearer { mcp_server_url, .. } | Self::McpOauth { mcp_server_url, .. } => {
                normalize_url(mcp_server_url).unwrap_or_else(|_| mcp_server_url.clone())
            }
            Self::EnvironmentVariable { secret_name, .. } => format!("{VARIABLE_KEY_PREFIX}{secret_name}"),
        }
    }

    /// The form responses show: no token, no secret.
    pub fn public(&self) -> Value {
        match self {
            Self::StaticBearer { mcp_server_url, .. } => {
                json!({"type": "static_bearer", "mcp_server_url": mcp_server_url})
            }
            Self::McpOauth {
                mcp_server_url,
                expires_at,
                refresh,
                ..
            } => {
                let mut out = json!({"type": "mcp_oauth", "mcp_server_url": mcp_server_url});
                if let Some(t) = expires_at {
                    out["expires_at"] = json!(t);
                }
                if let Some(r) = refresh {
                    let mut shown = json!({"client_id": r.client_id, "token_endpoint": r.token_endpoint,
                        "token_endpoint_auth": {"type": r.token_endpoint_auth.kind()}});
                    if let Some(s) = &r.scope {
                        shown["scope"] = json!(s);
                    }
                    if let Some(s) = &r.resource {
                        shown["resource"] = json!(s);
                    }
                    out["refresh"] = shown;
                }
                out
            }
            Self::EnvironmentVariable {
                secret_name,
                networking,
                injection_location,
                ..
            } => json!({"type": "environment_variable", "secret_name": secret_name,
                        "networking": networking, "injection_location": injection_location}),
        }
    }

    /// Every secret value this auth holds, to keep them out of anything shown.
    pub fn secrets(&self) -> Vec<&str> {
        match self {
            Self::StaticBearer { token, .. } => vec![token],
            Self::McpOauth {
                access_token, refresh, ..
            } => {
                let mut out = vec![access_token.as_str()];
                if let Some(r) = refresh {
                    out.push(&r.refresh_token);
                    if let EndpointAuth::ClientSecretBasic { client_secret }
                    | EndpointAuth::ClientSecretPost { client_secret } = &r.token_endpoint_auth
                    {
                        out.push(client_secret);
                    }
                }
                out
            }
            Self::EnvironmentVariable { secret_value, .. } => vec![secret_value],
        }
    }

    /// The URL of the MCP server this credential is for; None for an environment variable.
    pub fn server_url(&self) -> Option<&str> {
        match self {
            Self::StaticBearer { mcp_server_url, .. } | Self::McpOauth { mcp_server_url, .. } => Some(mcp_server_url),
            Self::EnvironmentVariable { .. } => None,
        }
    }

    /// Applies the update form of `auth`: the same type, with the fields that may change.
    fn update(&mut self, value: &Value) -> Result<(), String> {
        let obj = value.as_object().ok_or("auth: must be an object")?;
        let kind = obj.get("type").and_then(Value::as_str).unwrap_or("");
        let current = self.public()["type"].as_str().unwrap_or_default().to_string();
        if kind != current {
            return Err(format!("auth.type: must be {current}, the credential's type"));
        }
        let string = |key: &str| -> Result<Option<String>, String> {
            match obj.get(key) {
                None => Ok(None),
                Some(Value::String(s)) if !s.is_empty() => Ok(Some(s.clone())),
                Some(_) => Err(format!("auth.{key}: must be a non-empty string")),
            }
        };
        match self {
            Self::StaticBearer { mcp_server_url, token } => {
                only_keys("auth", obj, &["type", "mcp_server_url", "token"])?;
                locked("auth.mcp_server_url", obj.get("mcp_server_url"), mcp_server_url)?;
                if let Some(t) = string("token")? {
                    *token = t;
                }
            }
            Self::McpOauth {
                mcp_server_url,
                access_token,
                expires_at,
                refresh,
            } => {
                only_keys(
                    "auth",
                    obj,
                    &["type", "mcp_server_url", "access_token", "expires_at", "refresh"],
                )?;
                locked("auth.mcp_server_url", obj.get("mcp_server_url"), mcp_server_url)?;
                if let Some(t) = string("access_token")? {
                    *access_token = t;
                }
                match obj.get("expires_at") {
                    None => {}
                    Some(Value::Null) => *expires_at = None,
                    Some(Value::String(t)) if super::parse_time(t).is_some() => *expires_at = Some(t.clone()),
                    Some(_) => return Err("auth.expires_at: must be an RFC 3339 timestamp or null".into()),
                }
                if let Some(patch) = obj.get("refresh") {
                    let r = refresh
                        .as_mut()
                        .ok_or("auth.refresh: this credential was created without a refresh to update")?;
                    update_refresh(r, patch)?;
                }
            }
            Self::EnvironmentVariable {
                secret_name,
                secret_value,
                networking,
                injection_location,
            } => {
                only_keys(
                    "auth",
                    obj,
                    &[
                        "type",
                        "secret_name",
                        "secret_value",
                        "networking",
                        "injection_location",
                    ],
                )?;
                locked("auth.secret_name", obj.get("secret_name"), secret_name)?;
                if let Some(v) = string("secret_value")? {
                    *secret_value = v;
                }
                if let Some(n) = obj.get("networking") {
                    *networking = n.clone();
                }
                if let Some(l) = obj.get("injection_location") {
                    *injection_location = injection(l, *injection_location)?;
                }
            }
        }
        self.check()
    }
}

fn update_refresh(r: &mut OauthRefresh, patch: &Value) -> Result<(), String> {
    let obj = patch.as_object().ok_or("auth.refresh: must be an object")?;
    only_keys(
        "auth.refresh",
        obj,
        &[
            "refresh_token",
            "scope",
            "token_endpoint_auth",
            "client_id",
            "token_endpoint",
        ],
    )?;
    locked("auth.refresh.client_id", obj.get("client_id"), &r.client_id)?;
    locked(
        "auth.refresh.token_endpoint",
        obj.get("token_endpoint"),
        &r.token_endpoint,
    )?;
    match obj.get("refresh_token") {
        None => {}
        Some(Value::String(s)) if !s.is_empty() => r.refresh_token = s.clone(),
        Some(_) => return Err("auth.refresh.refresh_token: must be a non-empty string".into()),
    }
    match obj.get("scope") {
        None => {}
        Some(Value::Null) => r.scope = None,
        Some(Value::String(s)) => r.scope = Some(s.clone()),
        Some(_) => return Err("auth.refresh.scope: must be a string or null".into()),
    }
    if let Some(a) = obj.get("token_endpoint_auth") {
        let auth: EndpointAuth = serde_path_to_error::deserialize(a)
            .map_err(|e| super::agents::prefixed("auth.refresh.token_endpoint_auth", &e))?;
        if matches!(auth, EndpointAuth::None) {
            return Err(
                "auth.refresh.token_endpoint_auth.type: must be client_secret_basic or client_secret_post".into(),
            );
        }
        r.token_endpoint_auth = auth;
    }
    Ok(())
}

/// A field that cannot change once set: absent, or the same value.
fn locked(field: &str, given: Option<&Value>, current: &str) -> Result<(), String> {
    match given {
        None => Ok(()),
        Some(Value::String(s)) if s == current => Ok(()),
        Some(_) => Err(format!("{field}: cannot be changed once set")),
    }
}

fn only_keys(field: &str, obj: &Map<String, Value>, allowed: &[&str]) -> Result<(), String> {
    match obj.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(k) => Err(format!("{field}.{k}: unknown field")),
        None => Ok(()),
    }
}

fn non_empty(field: &str, s: &str) -> Result<(), String> {
    if s.is_empty() {
        return Err(format!("{field}: must not be empty"));
    }
    Ok(())
}

/// `injection_location`: fields that are given replace those of `base`; null is refused.
fn injection(value: &Value, base: Injection) -> Result<Injection, String> {
    let obj = value
        .as_object()
        .ok_or("auth.injection_location: must be an object with header and/or body")?;
    only_keys("auth.injection_location", obj, &["header", "body"])?;
    let flag = |key: &str, default: bool| match obj.get(key) {
        None => Ok(default),
        Some(Value::Bool(b)) => Ok(*b),
        Some(_) => Err(format!("auth.injection_location.{key}: must be a boolean")),
    };
    Ok(Injection {
        header: flag("header", base.header)?,
        body: flag("body", base.body)?,
    })
}

fn check_networking(value: &Value) -> Result<(), String> {
    let obj = value.as_object().ok_or("auth.networking: must be an object")?;
    match obj.get("type").and_then(Value::as_str) {
        Some("unrestricted") => only_keys("auth.networking", obj, &["type"]),
        Some("limited") => {
            only_keys("auth.networking", obj, &["type", "allowed_hosts"])?;
            let hosts = obj
                .get("allowed_hosts")
                .and_then(Value::as_array)
                .ok_or("auth.networking.allowed_hosts: required array")?;
            if hosts.len() > 16 {
                return Err("auth.networking.allowed_hosts: at most 16 hosts".into());
            }
            for (i, h) in hosts.iter().enumerate() {
                match h.as_str() {
                    Some(s) if !s.is_empty() && !s.contains(['/', ':']) => {}
                    _ => return Err(format!("auth.networking.allowed_hosts[{i}]: must be a bare hostname")),
                }
            }
            Ok(())
        }
        _ => Err("auth.networking.type: must be one of unrestricted, limited".into()),
    }
}

/// A server URL as credentials are matched on it: scheme and host lowercased, the default
/// port and a trailing slash left out.
pub fn normalize_url(url: &str) -> Result<String, String> {
    let parsed = reqwest::Url::parse(url).map_err(|e| format!("'{url}' is not a URL: {e}"))?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        return Err(format!("'{url}' is not an http(s) URL"));
    }
    // The URL parser lowercases the scheme and host and drops a default port.
    let mut out = parsed.to_string();
    if parsed.query().is_none() && parsed.fragment().is_none() {
        while out.ends_with('/') {
            out.pop();
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_match_after_normalising() {
        let a = normalize_url("HTTPS://Docs.Example.COM:443/mcp/").unwrap();
        assert_eq!(a, "https://docs.example.com/mcp");
        assert_eq!(normalize_url("https://docs.example.com/mcp").unwrap(), a);
        assert_eq!(
            normalize_url("http://127.0.0.1:8080/").unwrap(),
            "http://127.0.0.1:8080"
        );
        assert_ne!(normalize_url("http://docs.example.com/mcp").unwrap(), a);
        assert!(normalize_url("ftp://x/y").is_err());
        assert!(normalize_url("not a url").is_err());
    }

    #[test]
    fn the_public_form_and_debug_hold_no_secret() {
        let auth = Auth::parse(&json!({"type": "mcp_oauth", "mcp_server_url": "https://x.dev/mcp",
            "access_token": "at-SECRET", "expires_at": "2026-01-01T00:00:00Z",
            "refresh": {"client_id": "c", "refresh_token": "rt-SECRET", "token_endpoint": "https://x.dev/token",
                        "token_endpoint_auth": {"type": "client_secret_post", "client_secret": "cs-SECRET"}}}))
        .unwrap();
        let shown = format!("{} {:?}", auth.public(), auth);
        assert!(!shown.contains("SECRET"), "{shown}");
        assert_eq!(
            auth.public()["refresh"]["token_endpoint_auth"],
            json!({"type": "client_secret_post"})
        );
        assert_eq!(auth.secrets().len(), 3);
    }

    #[test]
    fn injection_location_defaults_and_refusals() {
        let base = json!({"type": "environment_variable", "secret_name": "API_KEY", "secret_value": "v",
                          "networking": {"type": "unrestricted"}});
        let auth = Auth::parse(&base).unwrap();
        assert_eq!(
            auth.public()["injection_location"],
            json!({"header": true, "body": true})
        );
        let mut only_header = base.clone();
        only_header["injection_location"] = json!({"header": true});
        let auth = Auth::parse(&only_header).unwrap();
        assert_eq!(
            auth.public()["injection_location"],
            json!({"header": true, "body": false})
        );
        let mut null = base.clone();
        null["injection_location"] = Value::Null;
        assert!(Auth::parse(&null).unwrap_err().starts_with("auth.injection_location"));
        let mut neither = base;
        neither["injection_location"] = json!({"header": false});
        assert!(
            Auth::parse(&neither)
                .unwrap_err()
                .starts_with("auth.injection_location")
        );
    }

    #[test]
    fn updates_change_secrets_but_not_locked_fields() {
        let mut auth =
            Auth::parse(&json!({"type": "static_bearer", "mcp_server_url": "https://x.dev/mcp", "token": "one"}))
                .unwrap();
        auth.update(&json!({"type": "static_bearer", "token": "two"})).unwrap();
        assert_eq!(auth.secrets(), vec!["two"]);
        let e = auth
            .update(&json!({"type": "static_bearer", "mcp_server_url": "https://y.dev/mcp"}))
            .unwrap_err();
        assert!(e.starts_with("auth.mcp_server_url"), "{e}");
        let e = auth.update(&json!({"type": "mcp_oauth"})).unwrap_err();
        assert!(e.starts_with("auth.type"), "{e}");
        let e = Auth::parse(&json!({"type": "static_bearer", "mcp_server_url": "https://x.dev"})).unwrap_err();
        assert!(e.contains("token"), "{e}");
    }
}
