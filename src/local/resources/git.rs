//! Cloning a session's repository. The server's own git does it, outside any sandbox (it
//! reaches GitHub, or a local path): the token goes to that one process as configuration in
//! its environment (`GIT_CONFIG_*`, an `Authorization` header for the repository's host), so it
//! is written to no file (`.git/config` keeps the bare URL), shown to no tool, and scrubbed
//! from any message git prints.

use std::path::Path;
use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use tokio::process::Command;

use crate::api::session_resources::Checkout;

/// How long a clone may take.
const CLONE_TIMEOUT: Duration = Duration::from_secs(600);

#[derive(Debug, thiserror::Error)]
pub enum CloneError {
    #[error("cannot clone {url}: {message}")]
    Clone { url: String, message: String },
    #[error("cannot check out {revision} of {url}: {message}")]
    Checkout {
        url: String,
        revision: String,
        message: String,
    },
}

/// Clones `url` into `dest` (which must not exist) at `checkout` (the default branch when
/// None). A failure leaves no `dest` behind.
pub async fn clone(url: &str, token: Option<&str>, checkout: Option<&Checkout>, dest: &Path) -> Result<(), CloneError> {
    let result = clone_into(url, token, checkout, dest).await;
    if result.is_err() {
        let _ = std::fs::remove_dir_all(dest);
    }
    result
}

async fn clone_into(
    url: &str,
    token: Option<&str>,
    checkout: Option<&Checkout>,
    dest: &Path,
) -> Result<(), CloneError> {
    let clone_failed = |message: String| CloneError::Clone {
        url: url.to_string(),
        message,
    };
    if let Some(parent) = dest.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|e| clone_failed(format!("cannot create {}: {e}", parent.display())))?;
    }
    let mut cmd = git(token);
    cmd.args(["clone", "--quiet", "--no-checkout", "--"]).arg(url).arg(dest);
    run(cmd, token).await.map_err(clone_failed)?;
    let revision = checkout.map(Checkout::revision);
    let mut cmd = git(token);
    cmd.arg("-C").arg(dest).args(["checkout", "--quiet"]);
    match checkout {
        Some(Checkout::Commit(sha)) => cmd.args(["--detach", sha.as_str()]),
        Some(Checkout::Branch(name)) => cmd.args([name.as_str(), "--"]),
        // The clone's own HEAD: the default branch.
        None => cmd.arg("HEAD"),
    };
    run(cmd, token).await.map_err(|message| CloneError::Checkout {
        url: url.to_string(),
        revision: revision.unwrap_or("HEAD").to_string(),
        message,
    })
}

/// A git command that never prompts, reads no user or system configuration, and sends the
/// token, if any, as an `Authorization` header of its requests.
fn git(token: Option<&str>) -> Command {
    let mut cmd = Command::new("git");
    cmd.env("GIT_TERMINAL_PROMPT", "0")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_ASKPASS", "/bin/false")
        .env_remove("GIT_CONFIG_PARAMETERS")
        .stdin(std::process::Stdio::null())
        .kill_on_drop(true);
    match token {
        Some(token) if !token.is_empty() => {
            let basic = STANDARD.encode(format!("x-access-token:{token}"));
            cmd.env("GIT_CONFIG_COUNT", "1")
                .env("GIT_CONFIG_KEY_0", "http.extraHeader")
                .env("GIT_CONFIG_VALUE_0", format!("Authorization: Basic {basic}"));
        }
        _ => {
            cmd.env("GIT_CONFIG_COUNT", "0");
        }
    }
    cmd
}

/// Runs git; its complaint (token scrubbed, last lines) on failure.
async fn run(mut cmd: Command, token: Option<&str>) -> Result<(), String> {
    let out = match tokio::time::timeout(CLONE_TIMEOUT, cmd.output()).await {
        Err(_) => return Err(format!("git took more than {} s", CLONE_TIMEOUT.as_secs())),
        Ok(Err(e)) => return Err(format!("cannot run git: {e}")),
        Ok(Ok(out)) => out,
    };
    if out.status.success() {
        return Ok(());
    }
    let mut text = String::from_utf8_lossy(&out.stderr).trim().to_string();
    if let Some(token) = token.filter(|t| !t.is_empty()) {
        text = text.replace(token, "***");
    }
    let last: Vec<&str> = text.lines().rev().take(3).collect();
    let message = last.into_iter().rev().collect::<Vec<_>>().join(" / ");
    Err(if message.is_empty() {
        format!("git exited with {}", out.status)
    } else {
        message
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh(dir: &Path, script: &str) -> String {
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg(script)
            .current_dir(dir)
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    }

    #[tokio::test]
    async fn clones_a_commit_or_a_branch_and_leaves_nothing_when_it_cannot() {
        let dir = tempfile::tempdir().unwrap();
        let first = sh(
            dir.path(),
            "git init -q -b main src && cd src && git -c user.name=t -c user.email=t@t commit -q --allow-empty -m one \
             && git rev-parse HEAD && echo v2 > f && git add f && git -c user.name=t -c user.email=t@t commit -q -m two \
             && git branch side HEAD~1",
        );
        let src = dir.path().join("src");
        let url = src.to_str().unwrap();
        let at_commit = dir.path().join("a/repo");
        clone(url, Some("tok-123"), Some(&Checkout::Commit(first.clone())), &at_commit)
            .await
            .unwrap();
        assert_eq!(sh(&at_commit, "git rev-parse HEAD"), first);
        assert!(!at_commit.join("f").exists());
        let config = std::fs::read_to_string(at_commit.join(".git/config")).unwrap();
        assert!(
            !config.contains("tok-123") && !config.contains("extraHeader"),
            "{config}"
        );
        let on_branch = dir.path().join("b");
        clone(url, None, Some(&Checkout::Branch("side".into())), &on_branch)
            .await
            .unwrap();
        assert_eq!(sh(&on_branch, "git rev-parse --abbrev-ref HEAD"), "side");
        let default = dir.path().join("c");
        clone(url, None, None, &default).await.unwrap();
        assert!(default.join("f").exists());

        let bad = dir.path().join("d");
        let err = clone(url, None, Some(&Checkout::Commit("deadbeef".into())), &bad)
            .await
            .unwrap_err();
        assert!(matches!(err, CloneError::Checkout { .. }), "{err}");
        assert!(!bad.exists());
        let missing = dir.path().join("nothing-here");
        let err = clone(missing.to_str().unwrap(), Some("tok-123"), None, &bad)
            .await
            .unwrap_err();
        assert!(
            matches!(err, CloneError::Clone { .. }) && !err.to_string().contains("tok-123"),
            "{err}"
        );
        assert!(!bad.exists());
    }
}
