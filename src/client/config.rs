//! Where requests go and which credential they carry: flags, environment and profiles, in the
//! official CLI's order of precedence; and the profile files themselves, read and written in the
//! official layout under `$ANTHROPIC_CONFIG_DIR` (or the platform config dir + `anthropic`):
//!
//! - `configs/<p>.json` (mode 0644): `authentication` (`type`; `ant auth login` writes
//!   `user_oauth` with `client_id`, and `scope`/`console_url` when given), `base_url`,
//!   `organization_id`, `workspace_id`.
//! - `credentials/<p>.json` (mode 0600 in a 0700 directory, refused when others may read it):
//!   `access_token` (sent as a bearer), `refresh_token`, `expires_at` and what the token was minted
//!   for; or `api_key`.
//! - `active_config`: the name of the implicit profile.
//!
//! Files are replaced atomically, and keys this build does not know survive a rewrite.

use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

pub const DEFAULT_BASE_URL: &str = "https://api.anthropic.com";
/// Requests made with an `ant auth login` token carry this beta besides their own.
pub const USER_OAUTH_BETA: &str = "oauth-2025-04-20";
/// The `authentication.type` of the profiles `ant auth login` makes.
pub const USER_OAUTH: &str = "user_oauth";
/// The file-format version written into configs and credentials.
const FILE_VERSION: &str = "1.0";
/// The `type` of a credentials file holding an OAuth token.
const OAUTH_TOKEN: &str = "oauth_token";

#[derive(Debug, Clone)]
pub enum Secret {
    /// Sent as `x-api-key`.
    ApiKey(String),
    /// Sent as `Authorization: Bearer`.
    Bearer(String),
    /// An `ant auth login` access token: sent as `Authorization: Bearer`, with the
    /// [`USER_OAUTH_BETA`] beta added.
    UserOAuth(String),
}

impl Secret {
    pub fn value(&self) -> &str {
        match self {
            Secret::ApiKey(v) | Secret::Bearer(v) | Secret::UserOAuth(v) => v,
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
    #[error("invalid profile name \"{name}\": {why}")]
    BadName { name: String, why: &'static str },
    #[error("{path}: mode {mode:03o} lets other users read the credentials (chmod 600 {path})")]
    TooOpen { path: String, mode: u32 },
    #[error("{path}: the credentials file is a symbolic link; refusing to read it")]
    Symlink { path: String },
    #[error("cannot write {path}: {cause}")]
    Write { path: String, cause: String },
}

/// `configs/<p>.json`.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct ProfileConfig {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication: Option<Authentication>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace_id: Option<String>,
    /// Keys this build does not know, kept as they were.
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// A profile's `authentication`: how it authenticates (`type`) and that type's settings.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct Authentication {
    #[serde(rename = "type")]
    pub kind: String,
    /// Where the credentials are, when not `credentials/<p>.json`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials_path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub console_url: Option<String>,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

impl ProfileConfig {
    /// The `user_oauth` authentication of an `ant auth login` profile.
    pub fn user_oauth(&self) -> Option<&Authentication> {
        self.authentication.as_ref().filter(|a| a.kind == USER_OAUTH)
    }
}

/// `credentials/<p>.json`.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct StoredCredentials {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token: Option<String>,
    /// Unix seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_uuid: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace_name: Option<String>,
    /// Not in the official format: a profile holding an API key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_key: Option<String>,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

impl StoredCredentials {
    /// An OAuth token's credentials, stamped with the official type and version.
    pub fn oauth(mut self) -> Self {
        self.version = Some(FILE_VERSION.into());
        self.kind = Some(OAUTH_TOKEN.into());
        self
    }

    /// The credential the file holds: its API key, else its access token.
    fn secret(&self, user_oauth: bool) -> Option<Secret> {
        let non_empty = |v: &Option<String>| v.clone().filter(|v| !v.is_empty());
        if let Some(key) = non_empty(&self.api_key) {
            return Some(Secret::ApiKey(key));
        }
        let token = non_empty(&self.access_token)?;
        Some(if user_oauth {
            Secret::UserOAuth(token)
        } else {
            Secret::Bearer(token)
        })
    }
}

/// Why a command works on the profile it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    Flag,
    Env,
    ActiveConfig,
    Default,
}

impl Choice {
    pub fn is_explicit(self) -> bool {
        matches!(self, Choice::Flag | Choice::Env)
    }

    pub fn describe(self) -> &'static str {
        match self {
            Choice::Flag => "from --profile",
            Choice::Env => "from ANTHROPIC_PROFILE",
            Choice::ActiveConfig => "from active_config file",
            Choice::Default => "fallback: no active_config set",
        }
    }
}

/// A config dir in the official layout.
#[derive(Debug, Clone)]
pub struct ConfigDir(PathBuf);

impl ConfigDir {
    pub fn new(root: PathBuf) -> Self {
        Self(root)
    }

    /// `$ANTHROPIC_CONFIG_DIR` when set and not empty, else the platform's.
    pub fn from_env() -> Self {
        Self(
            std::env::var_os("ANTHROPIC_CONFIG_DIR")
                .filter(|d| !d.is_empty())
                .map(PathBuf::from)
                .unwrap_or_else(default_config_dir),
        )
    }

    pub fn root(&self) -> &Path {
        &self.0
    }

    pub fn config_path(&self, profile: &str) -> PathBuf {
        self.0.join("configs").join(format!("{profile}.json"))
    }

    /// Where a profile's credentials are: its config's `credentials_path`, else
    /// `credentials/<p>.json`.
    pub fn credentials_path(&self, profile: &str, config: Option<&ProfileConfig>) -> PathBuf {
        config
            .and_then(|c| c.authentication.as_ref())
            .and_then(|a| a.credentials_path.as_deref())
            .filter(|p| !p.is_empty())
            .map(PathBuf::from)
            .unwrap_or_else(|| self.0.join("credentials").join(format!("{profile}.json")))
    }

    pub fn active_path(&self) -> PathBuf {
        self.0.join("active_config")
    }

    /// The name `active_config` holds, if any.
    pub fn active(&self) -> Option<String> {
        std::fs::read_to_string(self.active_path())
            .ok()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    }

    /// The profile a command works on: `--profile`/`ANTHROPIC_PROFILE`, else `active_config`,
    /// else `default`.
    pub fn choose(&self, explicit: Option<&Sourced>) -> (String, Choice) {
        match explicit {
            Some(p) if p.from_env => (p.value.clone(), Choice::Env),
            Some(p) => (p.value.clone(), Choice::Flag),
            None => match self.active() {
                Some(name) => (name, Choice::ActiveConfig),
                None => ("default".into(), Choice::Default),
            },
        }
    }

    /// `configs/<p>.json`, or None when there is none.
    pub fn config(&self, profile: &str) -> Result<Option<ProfileConfig>, ConfigError> {
        check_name(profile)?;
        read_json(&self.config_path(profile))
    }

    /// A credentials file, or None when there is none; refused when it is a symbolic link or
    /// others may read it.
    pub fn credentials(&self, path: &Path) -> Result<Option<StoredCredentials>, ConfigError> {
        match std::fs::symlink_metadata(path) {
            Ok(meta) if meta.file_type().is_symlink() => {
                return Err(ConfigError::Symlink {
                    path: path.display().to_string(),
                });
            }
            Ok(meta) if meta.permissions().mode() & 0o077 != 0 => {
                return Err(ConfigError::TooOpen {
                    path: path.display().to_string(),
                    mode: meta.permissions().mode() & 0o777,
                });
            }
            _ => {}
        }
        read_json(path)
    }

    pub fn save_config(&self, profile: &str, config: &ProfileConfig) -> Result<(), ConfigError> {
        check_name(profile)?;
        let mut config = config.clone();
        config.version = Some(FILE_VERSION.into());
        write_json(&self.config_path(profile), &config, Privacy::Public)
    }

    pub fn set_active(&self, profile: &str) -> Result<(), ConfigError> {
        check_name(profile)?;
        write_file(&self.active_path(), format!("{profile}\n").as_bytes(), Privacy::Public)
    }

    /// The names of the profiles in `configs/`, sorted.
    pub fn profiles(&self) -> Result<Vec<String>, ConfigError> {
        let dir = self.0.join("configs");
        let entries = match std::fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(bad_file(&dir, e)),
        };
        let mut names: Vec<String> = entries
            .filter_map(|e| e.ok())
            .filter(|e| e.file_type().is_ok_and(|t| !t.is_dir()))
            .filter_map(|e| e.file_name().to_str()?.strip_suffix(".json").map(str::to_string))
            .filter(|name| !name.is_empty())
            .collect();
        names.sort();
        Ok(names)
    }

    /// Removes a file; false when there was none.
    pub fn remove(&self, path: &Path) -> Result<bool, ConfigError> {
        match std::fs::remove_file(path) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(write_error(path, e)),
        }
    }

    /// Removes every profile, credential and `active_config`, and nothing else of the dir (it
    /// may be a home directory by mistake).
    pub fn remove_all(&self) -> Result<(), ConfigError> {
        for dir in ["configs", "credentials"].map(|d| self.0.join(d)) {
            match std::fs::remove_dir_all(&dir) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(write_error(&dir, e)),
                _ => {}
            }
        }
        self.remove(&self.active_path()).map(|_| ())
    }
}

/// Writes a credentials file (mode 0600, its directory 0700).
pub fn write_credentials(path: &Path, credentials: &StoredCredentials) -> Result<(), ConfigError> {
    write_json(path, credentials, Privacy::Secret)
}

/// Profile names stay inside their directory and are safe in a shell, as the official SDKs
/// require: letters, digits, `_`, `.` and `-`, and not `.` or `..`.
pub fn check_name(name: &str) -> Result<(), ConfigError> {
    let why = if name.is_empty() {
        "it is empty"
    } else if name == "." || name == ".." {
        "it is not allowed"
    } else if !name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
    {
        "use letters, digits, '_', '.' and '-'"
    } else {
        return Ok(());
    };
    Err(ConfigError::BadName {
        name: name.to_string(),
        why,
    })
}

/// Who may read a file: configs are for everyone on the machine, credentials for the user.
#[derive(Clone, Copy)]
enum Privacy {
    Public,
    Secret,
}

fn write_json<T: Serialize>(path: &Path, value: &T, privacy: Privacy) -> Result<(), ConfigError> {
    let text = serde_json::to_string_pretty(value).expect("profile files serialize");
    write_file(path, text.as_bytes(), privacy)
}

/// Replaces `path` atomically: a temporary file beside it with the final mode, synced, then
/// renamed over it, so a reader never sees half a file and a secret is never readable by others.
fn write_file(path: &Path, bytes: &[u8], privacy: Privacy) -> Result<(), ConfigError> {
    let (dir_mode, file_mode) = match privacy {
        Privacy::Public => (0o755, 0o644),
        Privacy::Secret => (0o700, 0o600),
    };
    let failed = |e: std::io::Error| write_error(path, e);
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(dir_mode)
        .create(dir)
        .map_err(failed)?;
    if let Privacy::Secret = privacy {
        // A directory made earlier by something else keeps no looser mode than ours.
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(dir_mode)).map_err(failed)?;
    }
    let mut file = tempfile::Builder::new()
        .prefix(".")
        .suffix(".tmp")
        .permissions(std::fs::Permissions::from_mode(file_mode))
        .tempfile_in(dir)
        .map_err(failed)?;
    file.write_all(bytes).map_err(failed)?;
    file.as_file().sync_all().map_err(failed)?;
    file.persist(path).map_err(|e| failed(e.error))?;
    Ok(())
}

fn write_error(path: &Path, e: std::io::Error) -> ConfigError {
    ConfigError::Write {
        path: path.display().to_string(),
        cause: e.to_string(),
    }
}

fn bad_file(path: &Path, e: std::io::Error) -> ConfigError {
    ConfigError::BadFile {
        path: path.display().to_string(),
        cause: e.to_string(),
    }
}

/// A profile that resolved: its config and, when its credentials file exists, its credential.
struct Profile {
    name: String,
    config: ProfileConfig,
    /// Present only when the credentials file exists: only then does the profile count as a
    /// credential source.
    credential: Option<Secret>,
    login: Option<Login>,
}

/// An `ant auth login` token a profile supplied, with what refreshing it takes.
#[derive(Debug, Clone)]
pub struct Login {
    pub profile: String,
    pub path: PathBuf,
    pub credentials: StoredCredentials,
    /// The profile's `client_id`, which its refresh token is bound to.
    pub client_id: Option<String>,
}

/// The settings of a command, a note when several credentials are configured, and the login
/// whose token they carry (to refresh before use).
#[derive(Debug)]
pub struct Resolved {
    pub settings: Settings,
    pub note: Option<String>,
    pub login: Option<Login>,
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
pub fn resolve(inputs: Inputs) -> Result<Resolved, ConfigError> {
    let dir = ConfigDir::new(inputs.config_dir.clone().unwrap_or_else(default_config_dir));
    let (name, choice) = dir.choose(inputs.profile.as_ref());
    let profile = load_profile(&dir, &name, choice.is_explicit())?;

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
    if let Some(secret) = &profile.credential {
        candidates.push(Credential {
            secret: secret.clone(),
            source: format!("profile \"{}\"", profile.name),
        });
    }
    let note = (candidates.len() > 1).then(|| {
        let names = candidates.iter().map(|c| c.source.as_str()).collect::<Vec<_>>();
        format!(
            "Note: multiple auth sources configured ({}); using {} per precedence. Run `ant auth status` for details.",
            names.join(", "),
            names[0]
        )
    });
    // The profile's token is refreshed only when it is the one sent.
    let login = profile
        .login
        .filter(|_| inputs.api_key.is_none() && inputs.auth_token.is_none());

    let profile_config = profile.config;
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
    Ok(Resolved {
        settings: Settings {
            base_url,
            credential: candidates.into_iter().next(),
            workspace_id: inputs.workspace_id.or(profile_config.workspace_id),
        },
        note,
        login,
    })
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

fn load_profile(dir: &ConfigDir, name: &str, explicit: bool) -> Result<Profile, ConfigError> {
    let config = dir.config(name)?;
    let credentials_path = dir.credentials_path(name, config.as_ref());
    let credentials = dir.credentials(&credentials_path)?;
    if explicit && config.is_none() && credentials.is_none() {
        return Err(ConfigError::NoProfile {
            name: name.to_string(),
            config: dir.config_path(name).display().to_string(),
            credentials: credentials_path.display().to_string(),
        });
    }
    let config = config.unwrap_or_default();
    let user_oauth = config.user_oauth();
    let credential = credentials.as_ref().and_then(|c| c.secret(user_oauth.is_some()));
    let login = match (&credential, credentials) {
        (Some(Secret::UserOAuth(_)), Some(credentials)) => Some(Login {
            profile: name.to_string(),
            path: credentials_path,
            credentials,
            client_id: user_oauth.and_then(|a| a.client_id.clone()),
        }),
        _ => None,
    };
    Ok(Profile {
        name: name.to_string(),
        config,
        credential,
        login,
    })
}

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<Option<T>, ConfigError> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(bad_file(path, e)),
    };
    serde_json::from_str(&text).map(Some).map_err(|e| ConfigError::BadFile {
        path: path.display().to_string(),
        cause: format!("invalid JSON at line {} column {}: {e}", e.line(), e.column()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profile_names_cannot_leave_their_directory() {
        for good in ["default", "work.eu-1", "a_b"] {
            assert!(check_name(good).is_ok(), "{good}");
        }
        for bad in ["", ".", "..", "../x", "a/b", "a b", "x;rm"] {
            let e = check_name(bad).unwrap_err().to_string();
            assert!(e.starts_with("invalid profile name"), "{e}");
        }
    }

    #[test]
    fn files_are_written_with_their_modes_and_keep_unknown_keys() {
        let root = tempfile::tempdir().unwrap();
        let dir = ConfigDir::new(root.path().join("anthropic"));
        let config: ProfileConfig = serde_json::from_str(
            r#"{"authentication": {"type": "user_oauth", "client_id": "c", "future": 1}, "extra": [1]}"#,
        )
        .unwrap();
        dir.save_config("p", &config).unwrap();
        let path = dir.credentials_path("p", Some(&config));
        let credentials = StoredCredentials {
            access_token: Some("tok".into()),
            ..Default::default()
        };
        write_credentials(&path, &credentials.oauth()).unwrap();

        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&dir.config_path("p")), 0o644);
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(path.parent().unwrap()), 0o700);
        let again: Value = serde_json::from_str(&std::fs::read_to_string(dir.config_path("p")).unwrap()).unwrap();
        assert_eq!(again["authentication"]["future"], 1);
        assert_eq!(again["extra"], serde_json::json!([1]));
        assert_eq!(again["version"], "1.0");
        let stored = dir.credentials(&path).unwrap().unwrap();
        assert_eq!(stored.kind.as_deref(), Some("oauth_token"));
        assert_eq!(dir.profiles().unwrap(), vec!["p".to_string()]);

        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let e = dir.credentials(&path).unwrap_err().to_string();
        assert!(e.contains("mode 644") && e.contains("chmod 600"), "{e}");
    }
}
