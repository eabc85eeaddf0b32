//! Session resources: what a session mounts. A file read-only, a git repository cloned for it,
//! a memory store read-write or read-only. Ids start `sesrsc_`.

use serde_json::{Map, Value, json};

use super::memory_stores::MAX_INSTRUCTIONS;

/// Where files go when no mount path is given, and what a relative mount path is relative to.
pub const UPLOADS: &str = "/mnt/session/uploads";
/// What a session writes here becomes a file scoped to it.
pub const OUTPUTS: &str = "/mnt/session/outputs";
/// Memory stores mount at `MEMORY/<slug>`, skills at `SKILLS/<name>`.
pub const MEMORY: &str = "/mnt/memory";
pub const SKILLS: &str = "/mnt/skills";
/// Repositories mount at `REPOSITORIES/<name>` unless told otherwise.
pub const REPOSITORIES: &str = "/workspace";
/// The most files one session mounts.
pub const MAX_FILES: usize = 500;

/// A resource as a request gives it, checked and with its mount path resolved.
#[derive(Debug, Clone, PartialEq)]
pub enum ResourceParams {
    File {
        file_id: String,
        mount_path: String,
    },
    GithubRepository {
        url: String,
        /// Write-only: used for the clone, never shown.
        authorization_token: Option<String>,
        checkout: Option<Checkout>,
        mount_path: String,
    },
    MemoryStore {
        memory_store_id: String,
        read_only: bool,
        instructions: Option<String>,
    },
}

/// Which revision of a repository to check out.
#[derive(Debug, Clone, PartialEq)]
pub enum Checkout {
    Branch(String),
    Commit(String),
}

impl Checkout {
    pub fn to_json(&self) -> Value {
        match self {
            Checkout::Branch(name) => json!({"type": "branch", "name": name}),
            Checkout::Commit(sha) => json!({"type": "commit", "sha": sha}),
        }
    }

    /// The git revision it names.
    pub fn revision(&self) -> &str {
        match self {
            Checkout::Branch(r) | Checkout::Commit(r) => r,
        }
    }
}

fn fields<'a>(at: &str, v: &'a Value, allowed: &[&str]) -> Result<&'a Map<String, Value>, String> {
    let obj = v.as_object().ok_or_else(|| format!("{at}: must be an object"))?;
    if let Some(k) = obj.keys().find(|k| !allowed.contains(&k.as_str())) {
        return Err(format!("{at}.{k}: unknown field"));
    }
    Ok(obj)
}

fn required_str<'a>(at: &str, obj: &'a Map<String, Value>, key: &str) -> Result<&'a str, String> {
    obj.get(key)
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .ok_or_else(|| format!("{at}.{key}: required string"))
}

fn optional_str<'a>(at: &str, obj: &'a Map<String, Value>, key: &str) -> Result<Option<&'a str>, String> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(format!("{at}.{key}: must be a string")),
    }
}

/// Checks one resource of a session create (`at` names it, e.g. `resources[0]`).
pub fn parse(at: &str, v: &Value) -> Result<ResourceParams, String> {
    let kind = v.get("type").and_then(Value::as_str).unwrap_or("");
    match kind {
        "file" => parse_file(at, v),
        "github_repository" => {
            let obj = fields(at, v, &["type", "url", "authorization_token", "checkout", "mount_path"])?;
            let url = required_str(at, obj, "url")?;
            let name = repository_name(url).ok_or_else(|| {
                format!(
                    "{at}.url: '{url}' is not https://github.com/<owner>/<repo>, a file:// URL or an absolute path of a local repository"
                )
            })?;
            let checkout = match obj.get("checkout") {
                None | Some(Value::Null) => None,
                Some(c) => Some(parse_checkout(&format!("{at}.checkout"), c)?),
            };
            let mount_path = match optional_str(at, obj, "mount_path")? {
                Some(p) => absolute_mount(&format!("{at}.mount_path"), p)?,
                None => format!("{REPOSITORIES}/{name}"),
            };
            Ok(ResourceParams::GithubRepository {
                url: url.to_string(),
                authorization_token: optional_str(at, obj, "authorization_token")?.map(str::to_string),
                checkout,
                mount_path,
            })
        }
        "memory_store" => {
            let obj = fields(at, v, &["type", "memory_store_id", "access", "instructions"])?;
            let read_only = match optional_str(at, obj, "access")? {
                None | Some("read_write") => false,
                Some("read_only") => true,
                Some(other) => return Err(format!("{at}.access: must be read_write or read_only, not '{other}'")),
            };
            let instructions = optional_str(at, obj, "instructions")?.map(str::to_string);
            if instructions
                .as_ref()
                .is_some_and(|i| i.chars().count() > MAX_INSTRUCTIONS)
            {
                return Err(format!("{at}.instructions: at most {MAX_INSTRUCTIONS} characters"));
            }
            Ok(ResourceParams::MemoryStore {
                memory_store_id: required_str(at, obj, "memory_store_id")?.to_string(),
                read_only,
                instructions,
            })
        }
        _ => Err(format!(
            "{at}.type: must be one of file, github_repository, memory_store"
        )),
    }
}

/// Checks a file resource (the one kind a running session can add).
pub fn parse_file(at: &str, v: &Value) -> Result<ResourceParams, String> {
    let obj = fields(at, v, &["type", "file_id", "mount_path"])?;
    if obj.get("type").and_then(Value::as_str) != Some("file") {
        return Err(format!("{at}.type: only file resources can be added to a session"));
    }
    let file_id = required_str(at, obj, "file_id")?;
    let mount_path = match optional_str(at, obj, "mount_path")? {
        None => format!("{UPLOADS}/{file_id}"),
        // A relative path lies under the uploads directory.
        Some(p) if !p.starts_with('/') => absolute_mount(&format!("{at}.mount_path"), &format!("{UPLOADS}/{p}"))?,
        Some(p) => absolute_mount(&format!("{at}.mount_path"), p)?,
    };
    Ok(ResourceParams::File {
        file_id: file_id.to_string(),
        mount_path,
    })
}

fn parse_checkout(at: &str, v: &Value) -> Result<Checkout, String> {
    match v.get("type").and_then(Value::as_str) {
        Some("branch") => {
            let obj = fields(at, v, &["type", "name"])?;
            let name = required_str(at, obj, "name")?;
            if name.starts_with('-') || name.contains("..") || name.chars().any(|c| c.is_control() || c == ' ') {
                return Err(format!("{at}.name: '{name}' is not a branch name"));
            }
            Ok(Checkout::Branch(name.to_string()))
        }
        Some("commit") => {
            let obj = fields(at, v, &["type", "sha"])?;
            let sha = required_str(at, obj, "sha")?;
            if !(4..=64).contains(&sha.len()) || !sha.bytes().all(|b| b.is_ascii_hexdigit()) {
                return Err(format!("{at}.sha: '{sha}' is not a commit hash"));
            }
            Ok(Checkout::Commit(sha.to_ascii_lowercase()))
        }
        _ => Err(format!("{at}.type: must be branch or commit")),
    }
}

/// The repository's name (its directory under `/workspace`), if `url` is one the local runner
/// clones: `https://github.com/<owner>/<repo>` as the API requires it, or (for offline use) a
/// `file://` URL or an absolute path of a local repository, whose `.git` suffix is dropped.
pub fn repository_name(url: &str) -> Option<String> {
    if let Some(rest) = url.strip_prefix("https://github.com/") {
        let parts: Vec<&str> = rest.split('/').collect();
        let valid = |s: &str| {
            !s.is_empty()
                && s != "."
                && s != ".."
                && s.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
        };
        return match parts.as_slice() {
            [owner, repo] if valid(owner) && valid(repo) && !repo.ends_with(".git") => Some(repo.to_string()),
            _ => None,
        };
    }
    let path = url.strip_prefix("file://").unwrap_or(url);
    if !path.starts_with('/') {
        return None;
    }
    let last = path.trim_end_matches('/').rsplit('/').next()?;
    let name = last.strip_suffix(".git").unwrap_or(last);
    (!name.is_empty() && name != "." && name != "..").then(|| name.to_string())
}

/// Checks an absolute mount path: clean (no empty, `.` or `..` segment), and under `/mnt/` or
/// `/workspace/`, the two trees the local runner builds for a session.
pub fn absolute_mount(at: &str, path: &str) -> Result<String, String> {
    let bad = |why: &str| Err(format!("{at}: '{path}' {why}"));
    let Some(rest) = path.strip_prefix('/') else {
        return bad("must be an absolute path");
    };
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    if rest.split('/').any(|s| s.is_empty() || s == "." || s == "..") {
        return bad("must not have empty, '.' or '..' segments");
    }
    if path.chars().any(char::is_control) || path.len() > 1024 {
        return bad("must be at most 1024 bytes without control characters");
    }
    let clean = format!("/{rest}");
    let under = |root: &str| clean.starts_with(&format!("{root}/"));
    if !under("/mnt") && !under(REPOSITORIES) {
        return bad("must lie under /mnt/ or /workspace/ (the local runner mounts resources nowhere else)");
    }
    for reserved in [OUTPUTS, MEMORY, SKILLS] {
        if clean == reserved || under(reserved) || reserved.starts_with(&format!("{clean}/")) {
            return bad(&format!("overlaps {reserved}, which the session uses for itself"));
        }
    }
    Ok(clean)
}

/// Refuses two mounts where one is, or lies inside, the other.
pub fn check_overlaps<'a>(paths: impl IntoIterator<Item = (String, &'a str)>) -> Result<(), String> {
    let paths: Vec<(String, &str)> = paths.into_iter().collect();
    for (i, (at, a)) in paths.iter().enumerate() {
        for (_, b) in &paths[..i] {
            if a == b || a.starts_with(&format!("{b}/")) || b.starts_with(&format!("{a}/")) {
                return Err(format!("{at}.mount_path: '{a}' overlaps the mount at '{b}'"));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_mounts_default_under_uploads() {
        let p = parse("r", &json!({"type": "file", "file_id": "file_1"})).unwrap();
        assert_eq!(
            p,
            ResourceParams::File {
                file_id: "file_1".into(),
                mount_path: "/mnt/session/uploads/file_1".into()
            }
        );
        let p = parse(
            "r",
            &json!({"type": "file", "file_id": "f", "mount_path": "data/x.csv"}),
        )
        .unwrap();
        assert!(
            matches!(p, ResourceParams::File { mount_path, .. } if mount_path == "/mnt/session/uploads/data/x.csv")
        );
        for bad in [
            "../x",
            "/etc/passwd",
            "/mnt/memory/x",
            "/mnt/session/outputs/a",
            "/mnt/a/../b",
            "/mnt",
        ] {
            let err = parse("r", &json!({"type": "file", "file_id": "f", "mount_path": bad})).unwrap_err();
            assert!(err.starts_with("r.mount_path"), "{bad}: {err}");
        }
        assert!(parse("r", &json!({"type": "file"})).unwrap_err().contains("file_id"));
    }

    #[test]
    fn repositories_are_github_or_local() {
        assert_eq!(
            repository_name("https://github.com/acme/widgets").as_deref(),
            Some("widgets")
        );
        assert_eq!(repository_name("https://github.com/acme/widgets.git"), None);
        assert_eq!(repository_name("git@github.com:acme/widgets"), None);
        assert_eq!(repository_name("file:///srv/git/app.git").as_deref(), Some("app"));
        assert_eq!(repository_name("/srv/git/app/").as_deref(), Some("app"));
        assert_eq!(repository_name("relative/app"), None);
        let p = parse(
            "r",
            &json!({"type": "github_repository", "url": "/srv/app.git", "checkout": {"type": "commit", "sha": "ABCDEF1"}}),
        )
        .unwrap();
        match p {
            ResourceParams::GithubRepository {
                mount_path, checkout, ..
            } => {
                assert_eq!(mount_path, "/workspace/app");
                assert_eq!(checkout, Some(Checkout::Commit("abcdef1".into())));
            }
            other => panic!("{other:?}"),
        }
        let err = parse(
            "r",
            &json!({"type": "github_repository", "url": "/a", "checkout": {"type": "branch", "name": "--upload-pack=x"}}),
        )
        .unwrap_err();
        assert!(err.contains("r.checkout.name"), "{err}");
    }

    #[test]
    fn memory_access_and_overlaps() {
        let p = parse(
            "r",
            &json!({"type": "memory_store", "memory_store_id": "m", "access": "read_only"}),
        )
        .unwrap();
        assert!(matches!(p, ResourceParams::MemoryStore { read_only: true, .. }));
        assert!(
            parse(
                "r",
                &json!({"type": "memory_store", "memory_store_id": "m", "access": "rw"})
            )
            .is_err()
        );
        assert!(check_overlaps([("a".into(), "/mnt/x"), ("b".into(), "/mnt/x/y")]).is_err());
        assert!(check_overlaps([("a".into(), "/mnt/x"), ("b".into(), "/mnt/xy")]).is_ok());
    }
}
