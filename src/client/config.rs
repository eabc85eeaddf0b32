//! Where requests go and which credential they carry: flags, environment and profiles, in the
//! official CLI's order of precedence.
//!
//! Profiles live in the official layout under `$ANTHROPIC_CONFIG_DIR` (or the platform config
//! dir + `anthropic`): `configs/<p>.json` (`base_url`, `workspace_id`), `credentials/<p>.json`
//! (`api_key`, or `access_token` sent as a bearer) and `active_config` (the implicit profile).

use std::path::{Path, PathBuf};

use serde::Deserialize;

pub const DEFAULT_BASE_URL: &str = "https://api.anthropic.com";

#[derive(Debug, Clone)]
pub enum Secret {
    /// Sent as `x-api-key`.
    ApiKey(String),
    /// Sent as `Authorization: Bearer`.
    Bearer(String),
}

impl Secret {
    pub fn value(&self) -> &str {
        match self {
            Secret::ApiKey(v) | Secret::Bearer(v) => v,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Credential {
    pub secret: Secret,
    /// Where it came from, for hints and notes ("ANTHROPIC_API_KEY", "profile \"work\"").
    /// Never the value.
    pub source: String,
}

#[derive(Debug, Clone)]
pub struct Settings {
    pub base_url: String,
    pub credential: Option<Credential>,
    pub workspace_id: Option<String>,
}

/// A value and whether it came from a flag or from the environment.
#[derive(Debug, Clone)]
pub struct Sourced {
    pub value: String,
    pub from_env: bool,
}

/// What the command line and environment said about the connection.
#[derive(Debug, Default)]
pub struct Inputs {
    pub base_url: Option<Sourced>,
    pub api_key: Option<Sourced>,
    pub auth_token: Option<Sourced>,
    pub profile: Option<Sourced>,
    pub workspace_id: Option<String>,
    /// `$ANTHROPIC_CONFIG_DIR`, or None for the platform default.
    pub config_dir: Option<PathBuf>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{name} \"{value}\" is missing a scheme (expected http:// or https://)")]
    NoScheme { name: &'static str, value: String },
    #[error("profile \"{name}\" not found: neither {config} nor {credentials} exists")]
    NoProfile {
        name: String,
        config: String,
        credentials: String,
    },
    #[error("{path}: {cause}")]
    BadFile { path: String, cause: String },
}

#[derive(Debug, Default, Deserialize)]
struct ProfileConfig {
    base_url: Option<String>,
    workspace_id: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
struct ProfileCredentials {
    api_key: Option<String>,
    access_token: Option<String>,
}

struct Profile {
    name: String,
    config: ProfileConfig,
    /// Present only when `credentials/<p>.json` exists: only then does the profile count as a
    /// credential source.
    credential: Option<Secret>,
}

pub fn default_config_dir() -> PathBuf {
    dirs::config_dir()
        .unwrap_or_else(|| dirs::home_dir().unwrap_or_default().join(".config"))
        .join("anthropic")
}

/// Resolves the settings. Credentials, first match wins: `--api-key`/`ANTHROPIC_API_KEY`,
/// `--auth-token`/`ANTHROPIC_AUTH_TOKEN`, the profile named by `--profile`/`ANTHROPIC_PROFILE`,
/// then the implicit profile (`active_config`, else `default`). The base URL: `--base-url`,
/// `ANTHROPIC_BASE_URL` (honoured everywhere, unlike the official CLI), the profile's, the default.
/// Returns the settings and, when several credential sources are configured, a note naming them.
pub fn resolve(inputs: Inputs) -> Result<(Settings, Option<String>), ConfigError> {
    let dir = inputs.config_dir.clone().unwrap_or_else(default_config_dir);
    let profile = match &inputs.profile {
        Some(p) => Some(load_profile(&dir, &p.value, true)?),
        None => {
            let name = std::fs::read_to_string(dir.join("active_config"))
                .ok()
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| "default".into());
            Some(load_profile(&dir, &name, false)?)
        }
    };

    let named = |s: &Sourced, flag: &str, env: &str| if s.from_env { env.to_string() } else { flag.to_string() };
    let mut candidates: Vec<Credential> = Vec::new();
    if let Some(k) = &inputs.api_key {
        candidates.push(Credential {
            secret: Secret::ApiKey(k.value.clone()),
            source: named(k, "--api-key", "ANTHROPIC_API_KEY"),
        });
    }
    if let Some(t) = &inputs.auth_token {
        candidates.push(Credential {
            secret: Secret::Bearer(t.value.clone()),
            source: named(t, "--auth-token", "ANTHROPIC_AUTH_TOKEN"),
        });
    }
    if let Some(p) = &profile
        && let Some(secret) = &p.credential
    {
        candidates.push(Credential {
            secret: secret.clone(),
            source: format!("profile \"{}\"", p.name),
        });
    }
    let note = (candidates.len() > 1).then(|| {
        let names = candidates.iter().map(|c| c.source.as_str()).collect::<Vec<_>>();
        format!(
            "Note: multiple auth sources configured ({}); using {} per precedence.",
            names.join(", "),
            names[0]
        )
    });

    let profile_config = profile.map(|p| p.config).unwrap_or_default();
    let base_url = match inputs.base_url {
        Some(b) => {
            check_scheme(if b.from_env { "ANTHROPIC_BASE_URL" } else { "--base-url" }, &b.value)?;
            b.value
        }
        None => match profile_config.base_url {
            Some(url) => {
                check_scheme("profile base_url", &url)?;
                url
            }
            None => DEFAULT_BASE_URL.to_string(),
        },
    };
    Ok((
        Settings {
            base_url,
            credential: candidates.into_iter().next(),
            workspace_id: inputs.workspace_id.or(profile_config.workspace_id),
        },
        note,
    ))
}

pub fn check_scheme(name: &'static str, url: &str) -> Result<(), ConfigError> {
    if url.starts_with("http://") || url.starts_with("https://") {
        Ok(())
    } else {
        Err(ConfigError::NoScheme {
            name,
            value: url.to_string(),
        })
    }
}

fn load_profile(dir: &Path, name: &str, explicit: bool) -> Result<Profile, ConfigError> {
    let config_path = dir.join("configs").join(format!("{name}.json"));
    let credentials_path = dir.join("credentials").join(format!("{name}.json"));
    let config: Option<ProfileConfig> = read_json(&config_path)?;
    let credentials: Option<ProfileCredentials> = read_json(&credentials_path)?;
    if explicit && config.is_none() && credentials.is_none() {
        return Err(ConfigError::NoProfile {
            name: name.to_string(),
            config: config_path.display().to_string(),
            credentials: credentials_path.display().to_string(),
        });
    }
    let credential = credentials.and_then(|c| match (c.api_key, c.access_token) {
        (Some(k), _) if !k.is_empty() => Some(Secret::ApiKey(k)),
        (_, Some(t)) if !t.is_empty() => Some(Secret::Bearer(t)),
        _ => None,
    });
    Ok(Profile {
        name: name.to_string(),
        config: config.unwrap_or_default(),
        credential,
    })
}

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<Option<T>, ConfigError> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(ConfigError::BadFile {
                path: path.display().to_string(),
                cause: e.to_string(),
            });
        }
    };
    serde_json::from_str(&text).map(Some).map_err(|e| ConfigError::BadFile {
        path: path.display().to_string(),
        cause: format!("invalid JSON at line {} column {}: {e}", e.line(), e.column()),
    })
}
