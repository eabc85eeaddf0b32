//! The one place that knows how a tool process is started.
//!
//! Today this gives each process a scrubbed environment, the session's
//! workspace as its working directory and home, a process group of its own (so
//! the whole tree can be killed at once) and, on Linux, a parent-death signal
//! so tool processes never outlive the server. OS-level isolation will be added
//! here later without changing callers.

use std::ffi::{OsStr, OsString};
use std::io;
use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;
use std::process::Stdio;

use tokio::process::Command;

/// Starts tool processes for one session's workspace.
#[derive(Debug, Clone)]
pub struct Sandbox {
    workspace: PathBuf,
    secrets: Vec<String>,
}

impl Sandbox {
    /// `workspace` becomes the cwd and `HOME` of every process; no variable
    /// whose value contains one of `secrets` reaches a process.
    pub fn new(workspace: PathBuf, secrets: Vec<String>) -> Self {
        Self { workspace, secrets }
    }

    /// A command for `program` with a scrubbed environment, cwd = workspace,
    /// its own process group (pgid = its pid) and stdin from `/dev/null` (so a
    /// tool never waits on the server's stdin; callers that feed it set a pipe).
    /// Stdout and stderr are left for the caller to set. The workspace must exist.
    ///
    /// Spawn it from an async task, not from a `spawn_blocking` thread: the
    /// parent-death signal fires when the spawning *thread* exits, and
    /// blocking-pool threads exit when idle.
    pub fn command(&self, program: impl AsRef<OsStr>) -> Command {
        let mut cmd = Command::new(program);
        cmd.env_clear()
            .envs(scrubbed_env(std::env::vars_os(), &self.secrets))
            .env("HOME", &self.workspace)
            .env("PWD", &self.workspace)
            .env("TERM", "dumb")
            .env("PS1", "")
            .env("PS2", "")
            .current_dir(&self.workspace)
            .stdin(Stdio::null())
            .process_group(0)
            .kill_on_drop(true);
        set_parent_death_signal(&mut cmd);
        cmd
    }
}

#[cfg(target_os = "linux")]
fn set_parent_death_signal(cmd: &mut Command) {
    let parent = std::process::id();
    // SAFETY: prctl and getppid are async-signal-safe and touch no memory
    // shared with the parent.
    unsafe {
        cmd.pre_exec(move || {
            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL as libc::c_ulong) != 0 {
                return Err(io::Error::last_os_error());
            }
            // The server may have died between fork and prctl; then no signal
            // would ever come.
            if libc::getppid() as u32 != parent {
                return Err(io::Error::other("server exited while starting tool"));
            }
            Ok(())
        });
    }
}

#[cfg(not(target_os = "linux"))]
fn set_parent_death_signal(_cmd: &mut Command) {}

/// The server's environment minus `ANTHROPIC_*`, `ANT_*` and any variable whose
/// value contains a secret.
fn scrubbed_env(vars: impl Iterator<Item = (OsString, OsString)>, secrets: &[String]) -> Vec<(OsString, OsString)> {
    vars.filter(|(name, value)| {
        let name = name.as_bytes();
        let value = value.as_bytes();
        !name.starts_with(b"ANTHROPIC_")
            && !name.starts_with(b"ANT_")
            // An empty secret would match every value.
            && !secrets
                .iter()
                .filter(|s| !s.is_empty())
                .any(|s| contains(value, s.as_bytes()))
    })
    .collect()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Sends SIGKILL to every process in group `pgid`.
///
/// Refuses pgid 0 and 1, which `kill(2)` would read as "our own group" and
/// "every process".
pub fn kill_group(pgid: u32) -> io::Result<()> {
    let Ok(pgid) = libc::pid_t::try_from(pgid) else {
        return Err(io::Error::from(io::ErrorKind::InvalidInput));
    };
    if pgid <= 1 {
        return Err(io::Error::from(io::ErrorKind::InvalidInput));
    }
    // SAFETY: plain syscall on integers.
    if unsafe { libc::kill(-pgid, libc::SIGKILL) } == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn os(pairs: &[(&str, &str)]) -> Vec<(OsString, OsString)> {
        pairs
            .iter()
            .map(|(k, v)| (OsString::from(k), OsString::from(v)))
            .collect()
    }

    #[test]
    fn scrub_drops_anthropic_ant_and_secret_values() {
        let vars = os(&[
            ("ANTHROPIC_API_KEY", "a"),
            ("ANT_X", "b"),
            ("ANTS", "kept"),
            ("LEAK", "prefix-sk-secret-suffix"),
            ("PATH", "/usr/bin"),
        ]);
        let out = scrubbed_env(vars.into_iter(), &["sk-secret".into(), String::new()]);
        assert_eq!(out, os(&[("ANTS", "kept"), ("PATH", "/usr/bin")]));
    }

    #[test]
    fn kill_group_refuses_dangerous_ids() {
        assert!(kill_group(0).is_err());
        assert!(kill_group(1).is_err());
        assert!(kill_group(u32::MAX).is_err());
    }

    #[tokio::test]
    async fn command_sets_env_cwd_and_own_group() {
        let dir = tempfile::tempdir().unwrap();
        let ws = dir.path().canonicalize().unwrap();
        let sb = Sandbox::new(ws.clone(), vec![]);
        let out = sb
            .command("/bin/sh")
            .args(["-c", "echo $HOME; pwd; echo $TERM; ps -o pgid= -p $$; echo $$"])
            .output()
            .await
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        assert_eq!(lines[0], ws.to_str().unwrap());
        assert_eq!(lines[1], ws.to_str().unwrap());
        assert_eq!(lines[2], "dumb");
        assert_eq!(lines[3], lines[4], "process leads its own group");
    }

    #[tokio::test]
    async fn kill_group_kills_children_too() {
        let dir = tempfile::tempdir().unwrap();
        let sb = Sandbox::new(dir.path().to_path_buf(), vec![]);
        let mut child = sb
            .command("/bin/sh")
            .args(["-c", "sleep 30 & sleep 30; wait"])
            .spawn()
            .unwrap();
        let pgid = child.id().unwrap();
        kill_group(pgid).unwrap();
        let status = child.wait().await.unwrap();
        assert!(!status.success());
        // The background sleep shared the group, so it died too. Zombies
        // (state Z) are dead; they just wait for their reaper.
        let mut gone = false;
        for _ in 0..50 {
            if live_members(pgid) == 0 {
                gone = true;
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        assert!(gone, "process group {pgid} still has live members");
    }

    fn live_members(pgid: u32) -> usize {
        std::fs::read_dir("/proc")
            .unwrap()
            .filter_map(|e| std::fs::read_to_string(e.ok()?.path().join("stat")).ok())
            .filter(|stat| {
                // Fields after the parenthesised command: state, ppid, pgrp.
                let rest = &stat[stat.rfind(')').unwrap() + 2..];
                let f: Vec<&str> = rest.split(' ').collect();
                f[0] != "Z" && f[2] == pgid.to_string()
            })
            .count()
    }
}
