//! `unrestricted` networking under bubblewrap: the sandbox gets a network
//! namespace of its own, whose loopback is its own, and slirp4netns carries
//! its traffic to the internet from the host's side, with the host's loopback
//! left out (`--disable-host-loopback`). slirp4netns runs under the connect
//! guard, so the host's link (a cloud metadata service) and this machine's own
//! addresses stay out too; it is trusted code, so its calls cannot race the
//! guard the way a tool could.
//!
//! bwrap reports the sandbox's first process on `--info-fd` and holds the
//! program back on `--block-fd` until slirp4netns has configured the
//! namespace, so the program's first connection finds the network up.

use std::io::Write;
use std::net::{IpAddr, Ipv4Addr};
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::guard::{Arming, GuardFilter, pipe};
use crate::local::network::Refusals;
use crate::local::network::egress::{Egress, nameservers};

/// Where slirp4netns's DNS forwarder answers inside the namespace.
const SLIRP_DNS: Ipv4Addr = Ipv4Addr::new(10, 0, 2, 3);
/// How long slirp4netns may take to configure the namespace.
const READY_TIMEOUT: Duration = Duration::from_secs(10);

/// A working slirp4netns.
#[derive(Debug, Clone)]
pub struct Slirp {
    program: PathBuf,
}

impl Slirp {
    /// Finds slirp4netns on PATH; the error names the package to install.
    pub fn probe() -> Result<Self, String> {
        let program = super::bwrap::find_on_path("slirp4netns").ok_or(
            "slirp4netns not found on PATH (install the slirp4netns package: bwrap gives an unrestricted sandbox a network of its own through it)",
        )?;
        let out = std::process::Command::new(&program)
            .arg("--version")
            .output()
            .map_err(|e| format!("cannot run {}: {e}", program.display()))?;
        if !out.status.success() {
            return Err(format!("{} --version failed ({})", program.display(), out.status));
        }
        Ok(Self { program })
    }

    /// `slirp4netns --version`'s first line, for `ant local doctor`.
    pub fn version(&self) -> String {
        std::process::Command::new(&self.program)
            .arg("--version")
            .output()
            .ok()
            .and_then(|o| String::from_utf8_lossy(&o.stdout).lines().next().map(str::to_string))
            .unwrap_or_else(|| "slirp4netns".into())
    }
}

/// The descriptors bwrap inherits: `--info-fd`, `--block-fd` and, when the
/// host's resolv.conf names a loopback resolver, `--ro-bind-data`. The
/// parent's copies must close once bwrap runs: they go with the command.
pub struct SandboxEnds {
    pub info: OwnedFd,
    pub block: OwnedFd,
    /// The sandbox's resolv.conf, to read, and where it goes.
    pub resolv: Option<(OwnedFd, PathBuf)>,
}

impl SandboxEnds {
    pub fn raw(&self) -> Vec<RawFd> {
        let mut fds = vec![self.info.as_raw_fd(), self.block.as_raw_fd()];
        fds.extend(self.resolv.as_ref().map(|(fd, _)| fd.as_raw_fd()));
        fds
    }
}

/// The two sides of one bwrap sandbox's user-mode network, between spawning
/// bwrap and its program running.
pub fn prepare() -> std::io::Result<(SandboxEnds, Attach)> {
    let (info_rx, info) = pipe()?;
    let (block, block_tx) = pipe()?;
    let resolv = match sandbox_resolv_conf() {
        Some((text, path)) => {
            let (rx, tx) = pipe()?;
            // A resolv.conf is far smaller than a pipe's buffer.
            std::fs::File::from(tx).write_all(text.as_bytes())?;
            Some((rx, path))
        }
        None => None,
    };
    let block_fd = block.as_raw_fd();
    Ok((
        SandboxEnds { info, block, resolv },
        Attach {
            info_rx,
            block_tx,
            block_fd,
        },
    ))
}

/// Our side of a sandbox's user-mode network.
pub struct Attach {
    info_rx: OwnedFd,
    block_tx: OwnedFd,
    /// The number bwrap reads `--block-fd` from.
    block_fd: RawFd,
}

impl Attach {
    /// When bwrap has started the sandbox: starts slirp4netns for it, under
    /// the connect guard, then lets the program run; stops slirp4netns when
    /// the sandbox ends. A failure kills the sandbox and says why in
    /// `refusals`, which bash shows. Call within a tokio runtime; nothing
    /// happens if bwrap never starts.
    pub fn start(self, slirp: Slirp, guard: Arc<GuardFilter>, refusals: Arc<Refusals>) {
        let Self {
            info_rx,
            block_tx,
            block_fd,
        } = self;
        tokio::spawn(async move {
            let Some(pid) = read_child_pid(info_rx).await else {
                return;
            };
            let started = async {
                // bwrap sets up the namespace's loopback itself: slirp4netns
                // configuring it at the same time makes one of them fail.
                blocked_on(pid, block_fd).await?;
                let running = start(&slirp.program, pid, guard, refusals.clone()).await?;
                let mut block = tokio::net::unix::pipe::Sender::from_owned_fd(block_tx)
                    .map_err(|e| format!("cannot release the sandbox: {e}"))?;
                block
                    .write_all(b"1")
                    .await
                    .map_err(|e| format!("cannot release the sandbox: {e}"))?;
                Ok::<_, String>(running)
            }
            .await;
            match started {
                Ok(running) => running.stop_with(pid).await,
                Err(why) => {
                    refusals.record(format!("ant sandbox: the sandbox's network did not start: {why}"));
                    // SAFETY: signals the sandbox's first process, whose death ends the sandbox.
                    unsafe { libc::kill(pid, libc::SIGKILL) };
                }
            }
        });
    }
}

/// A slirp4netns serving one sandbox.
struct Running {
    child: tokio::process::Child,
    /// Closing it tells slirp4netns to exit (`--exit-fd`).
    exit: OwnedFd,
}

impl Running {
    /// Waits for the sandbox's first process (`pid`) to end, then stops
    /// slirp4netns and reaps it.
    async fn stop_with(mut self, pid: libc::pid_t) {
        ended(pid).await;
        drop(self.exit);
        if tokio::time::timeout(Duration::from_secs(5), self.child.wait())
            .await
            .is_err()
        {
            let _ = self.child.kill().await;
        }
    }
}

/// Resolves when process `pid` has exited.
async fn ended(pid: libc::pid_t) {
    // SAFETY: the pidfd is ours and stays open while registered.
    if let Ok(process) = super::guard::Pidfd::open(pid)
        && let Ok(exited) = unsafe { tokio::io::unix::AsyncFd::register(process) }
    {
        // A pidfd becomes readable when its process exits.
        let _ = exited.readable().await;
        return;
    }
    // Without a descriptor to spare, look now and then.
    let proc = PathBuf::from(format!("/proc/{pid}"));
    while proc.exists() {
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

/// Reads bwrap's `--info-fd` report, `{"child-pid": N}`, which it writes at
/// once; None when bwrap never ran (the spawn failed and the command, which
/// held the other end, is gone).
async fn read_child_pid(info: OwnedFd) -> Option<libc::pid_t> {
    let mut pipe = tokio::net::unix::pipe::Receiver::from_owned_fd(info).ok()?;
    let mut text = Vec::new();
    let mut chunk = [0u8; 256];
    // Not to the end: the command holds the pipe's other end until it is dropped.
    while !text.contains(&b'}') {
        let n = pipe.read(&mut chunk).await.ok()?;
        if n == 0 || text.len() > 4096 {
            return None;
        }
        text.extend_from_slice(&chunk[..n]);
    }
    let report: serde_json::Value = serde_json::from_slice(&text).ok()?;
    libc::pid_t::try_from(report["child-pid"].as_i64()?).ok()
}

/// Waits until the sandbox's first process `pid` has set its namespace up
/// and waits to be released: it then sits in a `read` of `block_fd`. Looked
/// for every 100 µs on a blocking thread: the timer's millisecond would add
/// half a millisecond to every sandbox's start.
async fn blocked_on(pid: libc::pid_t, block_fd: RawFd) -> Result<(), String> {
    let waiting = format!("{} {:#x} ", libc::SYS_read, block_fd);
    let path = format!("/proc/{pid}/syscall");
    let look = move || {
        let started = std::time::Instant::now();
        loop {
            match std::fs::read_to_string(&path) {
                Ok(now) if now.starts_with(&waiting) => return Ok(()),
                Ok(_) if started.elapsed() < READY_TIMEOUT => std::thread::sleep(Duration::from_micros(100)),
                Ok(_) => {
                    return Err(format!(
                        "bwrap did not set the sandbox up within {}s",
                        READY_TIMEOUT.as_secs()
                    ));
                }
                Err(e) => {
                    return Err(format!(
                        "cannot watch the sandbox start ({path}: {})",
                        super::describe_io(&e)
                    ));
                }
            }
        }
    };
    tokio::task::spawn_blocking(look)
        .await
        .map_err(|e| format!("cannot watch the sandbox start: {e}"))?
}

/// Starts slirp4netns for the sandbox whose first process is `pid` and waits
/// until it has configured the namespace.
async fn start(
    program: &Path,
    pid: libc::pid_t,
    guard: Arc<GuardFilter>,
    refusals: Arc<Refusals>,
) -> Result<Running, String> {
    let started = std::time::Instant::now();
    let (ready_rx, ready_tx) = pipe().map_err(|e| super::describe_io(&e))?;
    let (exit_rx, exit_tx) = pipe().map_err(|e| super::describe_io(&e))?;
    let arming = Arming::new(guard, Egress::internet(), refusals).map_err(|e| super::describe_io(&e))?;
    let (ready, exit) = (ready_tx.as_raw_fd(), exit_rx.as_raw_fd());
    let mut cmd = tokio::process::Command::new(program);
    cmd.arg("--configure")
        .arg("--mtu=65520")
        .arg("--disable-host-loopback")
        .arg(format!("--ready-fd={ready}"))
        .arg(format!("--exit-fd={exit}"))
        .arg(pid.to_string())
        .arg("tap0")
        .env_clear()
        .stdin(std::process::Stdio::null())
        // It reports on stderr as it runs: a pipe nobody reads would fill.
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true);
    let parent = std::process::id();
    // SAFETY: fcntl, prctl and the guard's installation are async-signal-safe.
    unsafe {
        cmd.pre_exec(move || {
            super::inherit(&[ready, exit])?;
            super::parent_death_signal(parent)?;
            arming.install()
        });
    }
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot run {}: {}", program.display(), super::describe_io(&e)))?;
    drop((ready_tx, exit_rx));
    let mut ready = tokio::net::unix::pipe::Receiver::from_owned_fd(ready_rx).map_err(|e| super::describe_io(&e))?;
    let mut byte = [0u8; 1];
    match tokio::time::timeout(READY_TIMEOUT, ready.read(&mut byte)).await {
        Ok(Ok(1)) => Ok(Running { child, exit: exit_tx }),
        outcome => {
            let _ = child.kill().await;
            let status = child.wait().await.map(|s| s.to_string()).unwrap_or_default();
            let why = match outcome {
                Err(_) => format!("slirp4netns was not ready within {}s", READY_TIMEOUT.as_secs()),
                _ => format!("slirp4netns exited ({status})"),
            };
            Err(match super::server_shortage(started) {
                Some(shortage) => format!("{why}: {shortage}"),
                None => why,
            })
        }
    }
}

/// The resolv.conf a sandbox with its own namespace needs, and where it goes,
/// when the host's names a loopback resolver (which inside the namespace would
/// be the sandbox's own loopback): those entries become slirp4netns's DNS
/// forwarder. None when the host's file works as it is.
fn sandbox_resolv_conf() -> Option<(String, PathBuf)> {
    let path = Path::new("/etc/resolv.conf");
    let text = std::fs::read_to_string(path).ok()?;
    let rewritten = rewrite_resolv_conf(&text)?;
    // A link (to systemd-resolved's stub file) is followed inside the sandbox
    // too: the file goes where it leads.
    let target = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    Some((rewritten, target))
}

fn rewrite_resolv_conf(text: &str) -> Option<String> {
    if !nameservers(text).iter().any(|ip| ip.is_loopback()) {
        return None;
    }
    let mut out = String::new();
    let mut forwarder = false;
    for line in text.lines() {
        let loopback = nameservers(line).first().is_some_and(IpAddr::is_loopback);
        if loopback {
            if !forwarder {
                out.push_str(&format!("nameserver {SLIRP_DNS}\n"));
                forwarder = true;
            }
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_resolvers_become_the_forwarder() {
        assert_eq!(rewrite_resolv_conf("nameserver 10.0.0.2\n"), None);
        assert_eq!(
            rewrite_resolv_conf("# stub\nnameserver 127.0.0.53\nnameserver ::1\noptions edns0 trust-ad\nsearch lan\n")
                .as_deref(),
            Some("# stub\nnameserver 10.0.2.3\noptions edns0 trust-ad\nsearch lan\n")
        );
    }
}
