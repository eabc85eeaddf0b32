//! The bubblewrap back end: each tool process runs in fresh mount, PID, IPC
//! and UTS namespaces (and a network namespace when the session's networking
//! is limited) that show only the system directories, read-only, and the
//! session's workspace, read-write, at the same path as outside.

use std::ffi::OsString;
use std::os::fd::RawFd;
use std::path::{Path, PathBuf};
use std::process::Command;

use super::{MASKED_FILES, Mount, SYSTEM_DIRS, bridge};

/// The network a sandbox gets: always a namespace of its own, so the host's
/// loopback services (and abstract Unix sockets) are never in it.
#[derive(Debug, Clone, Copy)]
pub enum Net<'a> {
    /// The internet, through user-mode networking (`user_net.rs`): bwrap
    /// reports the sandbox's pid on `info` and waits on `block` until the
    /// network is up; `resolv` is a resolv.conf to show instead of the host's
    /// (a descriptor to read it from, and where it goes).
    Internet {
        info: RawFd,
        block: RawFd,
        resolv: Option<(RawFd, &'a Path)>,
    },
    /// Only a loopback interface: neither the internet nor the host's
    /// loopback services are reachable.
    Offline,
    /// As `Offline`, except that `bridge` (this ant binary) starts first and
    /// forwards a loopback port to the proxy listening on `socket`.
    Proxied { bridge: &'a Path, socket: &'a Path },
}

/// A working bwrap and the arguments shared by every sandbox.
#[derive(Debug, Clone)]
pub struct Bwrap {
    program: PathBuf,
    /// Mounts of the system directories and masks, computed once.
    base: Vec<OsString>,
}

impl Bwrap {
    /// Finds `bwrap` on PATH and checks that it can create the namespaces a
    /// sandbox needs; the error says why not, in one line.
    pub fn probe(hidden: &[PathBuf]) -> Result<Self, String> {
        let program = find_on_path("bwrap").ok_or("bwrap not found on PATH (install the bubblewrap package)")?;
        let bwrap = Self {
            base: base_args(hidden),
            program,
        };
        let dir = std::env::temp_dir()
            .canonicalize()
            .map_err(|e| format!("cannot find a directory to probe bwrap with: {e}"))?;
        let out = bwrap
            .command(&dir, &[], &[], Net::Offline)
            .arg("/bin/true")
            .output()
            .map_err(|e| format!("cannot run {}: {e}", bwrap.program.display()))?;
        if out.status.success() {
            Ok(bwrap)
        } else {
            let msg = String::from_utf8_lossy(&out.stderr);
            let msg = msg.trim().trim_start_matches("bwrap: ");
            let hint = if msg.contains("namespace") || msg.contains("uid map") {
                " (are user namespaces disabled? see kernel.unprivileged_userns_clone or apparmor_restrict_unprivileged_userns)"
            } else {
                ""
            };
            Err(format!("bwrap cannot create a sandbox here: {msg}{hint}"))
        }
    }

    /// `bwrap --version`, for `ant local doctor`.
    pub fn version(&self) -> String {
        Command::new(&self.program)
            .arg("--version")
            .output()
            .ok()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| "bwrap".into())
    }

    pub fn program(&self) -> &Path {
        &self.program
    }

    /// A command that runs the program given as its next argument inside a
    /// sandbox for `workspace` (a canonical path) with network `net`, that also
    /// shows `read_only` directories (canonical too) at their own paths and
    /// each of `mounts` at its guest path. The program inherits bwrap's own
    /// environment.
    pub fn command(&self, workspace: &Path, read_only: &[PathBuf], mounts: &[Mount], net: Net) -> Command {
        let mut cmd = Command::new(&self.program);
        cmd.args([
            "--die-with-parent",
            // setsid: no controlling terminal, so no TIOCSTI injection into
            // the terminal the server runs in.
            "--new-session",
            "--unshare-pid",
            "--unshare-ipc",
            "--unshare-uts",
            "--unshare-cgroup-try",
            // As root bwrap would otherwise keep every capability.
            "--cap-drop",
            "ALL",
        ]);
        match net {
            Net::Internet { info, block, .. } => {
                cmd.arg("--unshare-net");
                cmd.arg("--info-fd").arg(info.to_string());
                cmd.arg("--block-fd").arg(block.to_string());
            }
            Net::Offline => {
                cmd.arg("--unshare-net");
            }
            Net::Proxied { bridge, socket } => {
                cmd.arg("--unshare-net");
                cmd.arg("--ro-bind").arg(bridge).arg(bridge::BINARY);
                cmd.arg("--ro-bind").arg(socket).arg(bridge::SOCKET);
            }
        }
        cmd.args(&self.base);
        // After the base, so a directory inside the hidden data dir shows through its tmpfs.
        for dir in read_only {
            cmd.arg("--ro-bind").arg(dir).arg(dir);
        }
        // A mount inside another (a memory store inside the read-only /mnt) comes after it.
        let mut mounts: Vec<&Mount> = mounts.iter().collect();
        mounts.sort_by_key(|m| m.guest.components().count());
        for m in mounts {
            cmd.arg(if m.writable { "--bind" } else { "--ro-bind" })
                .arg(&m.host)
                .arg(&m.guest);
        }
        // After /etc, which it covers a file of.
        if let Net::Internet {
            resolv: Some((data, path)),
            ..
        } = net
        {
            cmd.arg("--ro-bind-data").arg(data.to_string()).arg(path);
        }
        cmd.arg("--bind").arg(workspace).arg(workspace);
        cmd.arg("--chdir").arg(workspace);
        cmd.arg("--");
        if let Net::Proxied { .. } = net {
            cmd.args(bridge::INIT);
        }
        cmd
    }
}

/// System directories read-only, fresh /proc, /dev and /tmp, masked files,
/// and an empty tmpfs over each `hidden` directory that a system directory
/// would otherwise show. Everything else (home, the data dir, /root, /srv,
/// /var, /run, /mnt, /media) is simply never bound.
fn base_args(hidden: &[PathBuf]) -> Vec<OsString> {
    let mut args: Vec<OsString> = Vec::new();
    let mut push = |a: &[&std::ffi::OsStr]| args.extend(a.iter().map(|s| s.to_os_string()));
    let mut bound = Vec::new();
    for dir in SYSTEM_DIRS {
        let path = Path::new(dir);
        match std::fs::symlink_metadata(path) {
            Ok(m) if m.file_type().is_symlink() => {
                if let Ok(target) = std::fs::read_link(path) {
                    push(&["--symlink".as_ref(), target.as_os_str(), path.as_os_str()]);
                }
            }
            Ok(m) if m.is_dir() => {
                push(&["--ro-bind".as_ref(), path.as_os_str(), path.as_os_str()]);
                bound.push(path);
            }
            _ => {}
        }
    }
    push(&["--proc".as_ref(), "/proc".as_ref(), "--dev".as_ref(), "/dev".as_ref()]);
    push(&["--tmpfs".as_ref(), "/tmp".as_ref()]);
    for file in MASKED_FILES {
        if Path::new(file).exists() {
            push(&["--ro-bind".as_ref(), "/dev/null".as_ref(), file.as_ref()]);
        }
    }
    for dir in hidden {
        if dir.is_dir() && bound.iter().any(|b| dir.starts_with(b)) {
            push(&["--tmpfs".as_ref(), dir.as_os_str()]);
        }
    }
    args
}

pub(super) fn find_on_path(name: &str) -> Option<PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|dir| dir.join(name)).find(|p| {
        p.metadata()
            .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_dirs_under_system_dirs_are_covered() {
        let args = base_args(&["/usr/share".into(), "/home/nobody-here".into()]);
        let args: Vec<_> = args.iter().map(|a| a.to_str().unwrap()).collect();
        let joined = args.join(" ");
        assert!(joined.contains("--ro-bind /usr /usr"), "{joined}");
        assert!(joined.contains("--tmpfs /usr/share"), "{joined}");
        assert!(!joined.contains("nobody-here"), "{joined}");
        assert!(joined.contains("--tmpfs /tmp"), "{joined}");
    }

    #[test]
    fn a_proxied_sandbox_is_offline_but_for_the_bridge() {
        let bwrap = Bwrap {
            program: "bwrap".into(),
            base: Vec::new(),
        };
        let args = |net| {
            let cmd = bwrap.command(Path::new("/ws"), &[], &[], net);
            cmd.get_args()
                .map(|a| a.to_str().unwrap().to_string())
                .collect::<Vec<_>>()
                .join(" ")
        };
        let (bridge, socket) = (Path::new("/opt/ant"), Path::new("/tmp/ant-1/proxy.sock"));
        let proxied = args(Net::Proxied { bridge, socket });
        assert!(
            proxied.contains(" --unshare-net --ro-bind /opt/ant /run/ant/ant "),
            "{proxied}"
        );
        assert!(
            proxied.contains(" --ro-bind /tmp/ant-1/proxy.sock /run/ant/proxy.sock "),
            "{proxied}"
        );
        let init = "-- /run/ant/ant local sandbox-init --proxy /run/ant/proxy.sock --listen 127.0.0.1:3128 --";
        assert!(proxied.ends_with(init), "{proxied}");
        let offline = args(Net::Offline);
        assert!(
            offline.contains("--unshare-net") && offline.ends_with("--chdir /ws --"),
            "{offline}"
        );
        let internet = args(Net::Internet {
            info: 7,
            block: 8,
            resolv: Some((9, Path::new("/etc/resolv.conf"))),
        });
        assert!(
            internet.contains(" --unshare-net --info-fd 7 --block-fd 8 ")
                && internet.contains(" --ro-bind-data 9 /etc/resolv.conf --bind /ws /ws "),
            "{internet}"
        );
    }
}
