//! The Landlock back end: the tool program runs on the host, in no
//! namespace, and confines itself between fork and exec. Landlock (ABI 6 or
//! later) lets it read and run the system directories, read /proc, use a few
//! device files and change only the session's workspace and a temp dir of
//! the session's own; it scopes signals and abstract Unix sockets to the
//! sandbox, so the server and other sessions cannot be signalled or ptraced;
//! offline, it allows no TCP connect or bind. Capabilities are dropped (for
//! a server run as root) and the seccomp filters in `seccomp.rs` refuse what
//! Landlock does not cover.
//!
//! What it cannot do without namespaces: other processes stay visible in
//! /proc (command lines included, though not environments), /tmp is not
//! replaced (`TMPDIR` points to the session's temp dir instead), and a
//! directory inside a system directory cannot be hidden.

use std::io;
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use landlock::{
    ABI, Access, AccessFs, AccessNet, BitFlags, CompatLevel, Compatible, NetPort, PathBeneath, PathFd, Ruleset,
    RulesetAttr, RulesetCreatedAttr, Scope,
};

use super::seccomp::Filters;
use super::{MASKED_FILES, RESOLVED_DIR, SYSTEM_DIRS};

/// ABI 6 scopes signals and abstract Unix sockets: without a PID namespace,
/// that is what keeps `kill -9 -1` from reaching the server.
const MIN_ABI: i32 = 6;
/// ABI 9 confines connecting to socket files.
const UNIX_SOCKET_ABI: i32 = 9;
/// `LANDLOCK_CREATE_RULESET_VERSION`: asks `landlock_create_ruleset` for the ABI.
const CREATE_RULESET_VERSION: libc::c_uint = 1;

/// Device files every tool may read and write (`/dev/tty` is not one: it
/// would reach the terminal the server runs in).
const DEVICES: &[&str] = &["/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom"];

/// A kernel with Landlock and seccomp, and the filters compiled for it.
#[derive(Debug, Clone)]
pub struct Landlock {
    abi: i32,
    filters: Arc<Filters>,
}

impl Landlock {
    /// Checks that the kernel has what the back end needs and that a process
    /// can really be confined here; the error says why not, in one line.
    /// `hidden` directories must lie outside the system directories, which
    /// Landlock can only allow whole.
    pub fn probe(hidden: &[PathBuf]) -> Result<Self, String> {
        let abi = kernel_abi()?;
        if abi < MIN_ABI {
            return Err(format!("kernel too old: Landlock ABI {abi}, need {MIN_ABI}"));
        }
        if let Some((dir, system)) = hidden
            .iter()
            .find_map(|dir| Some((dir, SYSTEM_DIRS.iter().find(|s| dir.starts_with(s))?)))
        {
            return Err(format!(
                "{} lies inside {system}, which Landlock can only show whole (move it, or use bwrap)",
                dir.display()
            ));
        }
        let landlock = Self {
            abi,
            filters: Arc::new(Filters::compile(abi >= UNIX_SOCKET_ABI)?),
        };
        // Seccomp may be compiled out, or the kernel may refuse the ruleset:
        // only confining a real process tells.
        let dir = std::env::temp_dir()
            .canonicalize()
            .map_err(|e| format!("cannot find a directory to probe Landlock with: {e}"))?;
        let confinement = landlock.confine(&dir, &[], &[], true, None)?;
        let mut cmd = std::process::Command::new("/bin/true");
        // SAFETY: `apply` makes only async-signal-safe syscalls.
        unsafe {
            std::os::unix::process::CommandExt::pre_exec(&mut cmd, move || confinement.apply());
        }
        match cmd.status() {
            Ok(status) if status.success() => Ok(landlock),
            Ok(status) => Err(format!("a confined /bin/true failed ({status})")),
            Err(e) => Err(format!("cannot confine a process here: {e}")),
        }
    }

    /// What the back end runs on, for `ant local doctor`.
    pub fn describe(&self) -> String {
        format!("Landlock ABI {}, seccomp", self.abi)
    }

    /// The confinement of one session with `workspace` (which must exist),
    /// also reading `read_only` (a package cache, read-only resources) and
    /// changing `writable` (read-write resources). Offline, TCP may connect
    /// only to `connect_port` (on any host: Landlock rules name ports, not
    /// addresses) and bind nowhere.
    pub(super) fn confine(
        &self,
        workspace: &Path,
        read_only: &[PathBuf],
        writable: &[PathBuf],
        offline: bool,
        connect_port: Option<u16>,
    ) -> Result<Confinement, String> {
        let tmp = TempDir::new()?;
        let writable: Vec<&Path> = [workspace, &tmp.0]
            .into_iter()
            .chain(writable.iter().map(PathBuf::as_path))
            .collect();
        let ruleset = self.ruleset(&writable, read_only, offline, connect_port)?;
        Ok(Confinement {
            ruleset,
            filters: self.filters.clone(),
            offline,
            tmp,
        })
    }

    fn ruleset(
        &self,
        writable: &[&Path],
        read_only: &[PathBuf],
        offline: bool,
        connect_port: Option<u16>,
    ) -> Result<OwnedFd, String> {
        let abi = if self.abi >= UNIX_SOCKET_ABI { ABI::V9 } else { ABI::V6 };
        let mut paths = system_rules(abi, offline);
        paths.retain(|(path, _)| path.exists());
        paths.extend(read_only.iter().map(|dir| (dir.clone(), AccessFs::from_read(abi))));
        paths.extend(writable.iter().map(|dir| (dir.to_path_buf(), AccessFs::from_all(abi))));
        Rules {
            abi,
            paths,
            scoped: true,
            tcp: offline.then_some(connect_port),
        }
        .create()
    }
}

/// Landlock for the file tools, which run in the server itself: each call
/// confines the thread it runs on, to files only, so ABI 1 is enough.
#[derive(Debug, Clone, Copy)]
pub struct FileLandlock {
    abi: i32,
}

impl FileLandlock {
    /// Checks that a thread can really be confined here; the error says why
    /// not, in one line.
    pub fn probe() -> Result<Self, String> {
        let files = Self { abi: kernel_abi()? };
        let dir = std::env::temp_dir()
            .canonicalize()
            .map_err(|e| format!("cannot find a directory to probe Landlock with: {e}"))?;
        // A throwaway thread, since confining cannot be undone.
        std::thread::spawn(move || files.restrict_thread(&dir, &[], &[]))
            .join()
            .map_err(|_| "the Landlock probe thread panicked".to_string())??;
        Ok(files)
    }

    /// What the confinement runs on, for `ant local doctor`.
    pub fn describe(&self) -> String {
        format!("Landlock ABI {}", self.abi)
    }

    /// Confines the calling thread, and the threads it starts from now on,
    /// for good: it may change only `workspace` and `writable` and read only
    /// `read_only` besides; every other file is refused with EACCES. Other
    /// threads of the process keep their access.
    pub fn restrict_thread(&self, workspace: &Path, read_only: &[PathBuf], writable: &[PathBuf]) -> Result<(), String> {
        // Every right the kernel knows is handled, so none is left open.
        let abi = ABI::from(self.abi);
        let mut paths = vec![(workspace.to_path_buf(), AccessFs::from_all(abi))];
        paths.extend(writable.iter().map(|dir| (dir.clone(), AccessFs::from_all(abi))));
        paths.extend(read_only.iter().map(|dir| (dir.clone(), AccessFs::from_read(abi))));
        let ruleset = Rules {
            abi,
            paths,
            scoped: false,
            tcp: None,
        }
        .create()?;
        restrict_self(&ruleset).map_err(|e| format!("cannot confine the file tool's thread: {e}"))
    }
}

/// What one Landlock ruleset allows. It handles every file right of `abi`,
/// so whatever `paths` does not grant is refused.
struct Rules {
    abi: ABI,
    paths: Vec<(PathBuf, BitFlags<AccessFs>)>,
    /// Scopes signals and abstract Unix sockets to the domain (ABI 6).
    scoped: bool,
    /// `Some`: TCP is handled too, and may connect only to this port, if any.
    tcp: Option<Option<u16>>,
}

impl Rules {
    fn create(self) -> Result<OwnedFd, String> {
        let abi = self.abi;
        let err = |e: landlock::RulesetError| format!("cannot build the Landlock ruleset: {e}");
        // A hard requirement: callers pick an ABI the kernel has, so a right
        // it does not enforce is a bug to report, never a silent downgrade.
        let mut ruleset = Ruleset::default()
            .set_compatibility(CompatLevel::HardRequirement)
            .handle_access(AccessFs::from_all(abi))
            .map_err(err)?;
        if self.scoped {
            ruleset = ruleset.scope(Scope::from_all(abi)).map_err(err)?;
        }
        if self.tcp.is_some() {
            ruleset = ruleset.handle_access(AccessNet::from_all(abi)).map_err(err)?;
        }
        let mut created = ruleset.create().map_err(err)?;
        for (path, access) in self.paths {
            let fd = PathFd::new(&path).map_err(|e| format!("cannot open {}: {e}", path.display()))?;
            // Rights on directory entries (listing, creating) mean nothing on a file.
            let access = if path.is_dir() {
                access
            } else {
                access & AccessFs::from_file(abi)
            };
            created = created.add_rule(PathBeneath::new(fd, access)).map_err(err)?;
        }
        if let Some(Some(port)) = self.tcp {
            created = created
                .add_rule(NetPort::new(port, AccessNet::ConnectTcp))
                .map_err(err)?;
        }
        Option::<OwnedFd>::from(created).ok_or_else(|| "Landlock created no ruleset".to_string())
    }
}

/// Sets no_new_privs (which Landlock requires of an unprivileged caller) and
/// enforces `ruleset` on the calling thread. Async-signal-safe: plain
/// syscalls on integers.
fn restrict_self(ruleset: &OwnedFd) -> io::Result<()> {
    // SAFETY: plain syscalls on integers; `ruleset` is a valid open fd.
    unsafe {
        if libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1 as libc::c_ulong, 0, 0, 0) != 0 {
            return Err(io::Error::last_os_error());
        }
        if libc::syscall(libc::SYS_landlock_restrict_self, ruleset.as_raw_fd(), 0u32) != 0 {
            return Err(io::Error::last_os_error());
        }
    }
    Ok(())
}

/// Read and execute on the system directories (entry by entry where one
/// holds a masked file, since Landlock can only add access), read on /proc
/// (and the resolver's directory when online), read and write on `DEVICES`.
fn system_rules(abi: ABI, offline: bool) -> Vec<(PathBuf, BitFlags<AccessFs>)> {
    let read = AccessFs::from_read(abi);
    let mut rules = Vec::new();
    for dir in SYSTEM_DIRS.iter().map(Path::new) {
        let masked: Vec<&Path> = MASKED_FILES
            .iter()
            .map(Path::new)
            .filter(|f| f.parent() == Some(dir))
            .collect();
        if masked.is_empty() {
            rules.push((dir.to_path_buf(), read));
            continue;
        }
        rules.push((dir.to_path_buf(), AccessFs::ReadDir.into()));
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            // A rule on a link would apply to its target, wherever that is;
            // skipped, a link leads only where other rules allow.
            let link = entry.file_type().is_ok_and(|t| t.is_symlink());
            if !link && !masked.contains(&path.as_path()) {
                rules.push((path, read));
            }
        }
    }
    rules.push(("/proc".into(), AccessFs::ReadFile | AccessFs::ReadDir));
    if !offline {
        rules.push((RESOLVED_DIR.into(), read));
    }
    let device = AccessFs::ReadFile | AccessFs::WriteFile | AccessFs::Truncate;
    rules.extend(DEVICES.iter().map(|d| (PathBuf::from(d), device)));
    rules
}

/// The Landlock ABI of the running kernel, or why there is none.
fn kernel_abi() -> Result<i32, String> {
    // SAFETY: the version query reads no memory.
    let abi = unsafe {
        libc::syscall(
            libc::SYS_landlock_create_ruleset,
            std::ptr::null::<u8>(),
            0usize,
            CREATE_RULESET_VERSION,
        )
    };
    if abi >= 0 {
        return Ok(abi as i32);
    }
    let e = io::Error::last_os_error();
    Err(match e.raw_os_error() {
        Some(libc::EOPNOTSUPP) => "Landlock is disabled (not in the kernel's lsm= list)".into(),
        Some(libc::ENOSYS) => "Landlock is not built into this kernel".into(),
        _ => format!("cannot query Landlock: {e}"),
    })
}

/// One session's ruleset, filters and temp dir, built in the server and
/// applied in each tool process.
#[derive(Debug)]
pub struct Confinement {
    ruleset: OwnedFd,
    filters: Arc<Filters>,
    offline: bool,
    tmp: TempDir,
}

impl Confinement {
    /// The session's temp dir, for `TMPDIR`.
    pub fn tmp(&self) -> &Path {
        &self.tmp.0
    }

    /// Confines the calling process. Runs between fork and exec: raw
    /// syscalls on memory prepared by the parent, no allocation.
    pub fn apply(&self) -> io::Result<()> {
        drop_capabilities()?;
        // The ruleset fd stays open in the parent, so the child's copy is
        // valid (it is close-on-exec).
        restrict_self(&self.ruleset)?;
        self.filters.apply(self.offline)
    }
}

/// `struct __user_cap_header_struct` and `__user_cap_data_struct` (libc
/// has neither).
#[repr(C)]
struct CapHeader {
    version: u32,
    pid: libc::c_int,
}
#[repr(C)]
#[derive(Clone, Copy)]
struct CapData {
    effective: u32,
    permitted: u32,
    inheritable: u32,
}
const CAPABILITY_VERSION_3: u32 = 0x2008_0522;

/// Empties the capability sets and the bounding set, so a server run as root
/// gives its tools no capability, not even through exec. Async-signal-safe.
fn drop_capabilities() -> io::Result<()> {
    // SAFETY: plain syscalls on integers and stack structs.
    unsafe {
        for cap in 0..64 {
            if libc::prctl(libc::PR_CAPBSET_DROP, cap as libc::c_ulong, 0, 0, 0) != 0 {
                match io::Error::last_os_error().raw_os_error() {
                    // Past the last capability.
                    Some(libc::EINVAL) => break,
                    // No CAP_SETPCAP: not root, so exec grants nothing anyway
                    // under no_new_privs.
                    Some(libc::EPERM) => break,
                    _ => return Err(io::Error::last_os_error()),
                }
            }
        }
        let header = CapHeader {
            version: CAPABILITY_VERSION_3,
            pid: 0,
        };
        let data = [CapData {
            effective: 0,
            permitted: 0,
            inheritable: 0,
        }; 2];
        if libc::syscall(libc::SYS_capset, &header as *const CapHeader, data.as_ptr()) != 0 {
            return Err(io::Error::last_os_error());
        }
    }
    Ok(())
}

/// A directory only this session's processes can use, removed with the
/// session's tools. It lives in the server's temp dir rather than the
/// workspace so it never shows up among the user's files (or in git).
#[derive(Debug)]
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> Result<Self, String> {
        let path = std::env::temp_dir().join(format!("ant-tmp-{}", uuid::Uuid::new_v4().simple()));
        std::fs::DirBuilder::new()
            .mode(0o700)
            .create(&path)
            .map_err(|e| format!("cannot create a temp dir {}: {e}", path.display()))?;
        Ok(Self(path))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A confinement for a fresh workspace, if Landlock works here.
    fn confined(offline: bool, connect_port: Option<u16>) -> Option<(tempfile::TempDir, Confinement)> {
        confined_reading(&[], offline, connect_port)
    }

    /// The same, also reading `read_only`.
    fn confined_reading(
        read_only: &[PathBuf],
        offline: bool,
        connect_port: Option<u16>,
    ) -> Option<(tempfile::TempDir, Confinement)> {
        let super::super::Backend::Landlock(landlock) = super::super::test_backend("landlock")?.backend else {
            unreachable!()
        };
        let ws = tempfile::tempdir().unwrap();
        let confinement = landlock
            .confine(ws.path(), read_only, &[], offline, connect_port)
            .unwrap();
        Some((ws, confinement))
    }

    /// Runs `script` in bash confined by `confinement`: combined output and
    /// whether it succeeded.
    fn run(confinement: Confinement, script: &str) -> (String, bool) {
        let tmp = confinement.tmp().to_path_buf();
        let mut cmd = std::process::Command::new("/bin/bash");
        cmd.args(["-c", &format!("exec 2>&1; {script}")]).env("TMPDIR", tmp);
        // SAFETY: `apply` makes only async-signal-safe syscalls.
        unsafe {
            std::os::unix::process::CommandExt::pre_exec(&mut cmd, move || confinement.apply());
        }
        let out = cmd.output().unwrap();
        (
            String::from_utf8_lossy(&out.stdout).trim().to_string(),
            out.status.success(),
        )
    }

    #[test]
    fn no_capabilities_and_no_shadow_even_for_root() {
        let Some((_ws, confinement)) = confined(false, None) else {
            return;
        };
        let (out, ok) = run(
            confinement,
            "grep -E '^Cap(Eff|Prm|Bnd|Amb)' /proc/self/status; grep -c root /etc/passwd; cat /etc/shadow",
        );
        assert!(!ok, "{out}");
        for set in ["CapEff", "CapPrm", "CapBnd", "CapAmb"] {
            assert!(out.contains(&format!("{set}:\t0000000000000000")), "{out}");
        }
        assert!(out.contains("/etc/shadow: Permission denied"), "{out}");
    }

    /// A package cache is readable, never writable; a directory beside it stays out of reach.
    #[test]
    fn read_only_extras_are_readable_only() {
        let root = tempfile::tempdir().unwrap();
        let cache = root.path().join("cache");
        std::fs::create_dir(&cache).unwrap();
        std::fs::write(cache.join("mod.py"), "X = 42").unwrap();
        std::fs::write(root.path().join("secret"), "s3cret").unwrap();
        let Some((_ws, confinement)) = confined_reading(std::slice::from_ref(&cache), false, None) else {
            return;
        };
        let (out, ok) = run(
            confinement,
            &format!(
                "cat {c}/mod.py; echo; touch {c}/new; cat {r}/secret",
                c = cache.display(),
                r = root.path().display()
            ),
        );
        assert!(!ok, "{out}");
        assert!(out.starts_with("X = 42"), "{out}");
        assert!(out.contains("new': Permission denied"), "{out}");
        assert!(
            out.contains("secret: Permission denied") && !out.contains("s3cret"),
            "{out}"
        );
        assert!(!cache.join("new").exists());
    }

    #[test]
    fn temp_dir_is_private_and_removed_with_the_session() {
        let Some((_ws, confinement)) = confined(false, None) else {
            return;
        };
        let tmp = confinement.tmp().to_path_buf();
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(tmp.metadata().unwrap().permissions().mode() & 0o777, 0o700);
        assert_eq!(
            run(confinement, "echo x > $TMPDIR/f; cat $TMPDIR/f"),
            ("x".into(), true)
        );
        assert!(!tmp.exists());
    }

    #[test]
    fn offline_tcp_reaches_only_the_allowed_port() {
        let allowed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let other = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = |l: &std::net::TcpListener| l.local_addr().unwrap().port();
        let Some((_ws, confinement)) = confined(true, Some(port(&allowed))) else {
            return;
        };
        let (out, ok) = run(
            confinement,
            &format!(
                "exec 3<>/dev/tcp/127.0.0.1/{} && echo allowed; exec 4<>/dev/tcp/127.0.0.1/{} && echo other",
                port(&allowed),
                port(&other)
            ),
        );
        assert!(!ok, "{out}");
        assert!(out.starts_with("allowed"), "{out}");
        assert!(
            out.contains("connect: Permission denied") && !out.lines().any(|l| l == "other"),
            "{out}"
        );
    }

    #[test]
    fn namespaces_and_unix_sockets_are_refused() {
        let Some((_ws, confinement)) = confined(false, None) else {
            return;
        };
        let (out, ok) = run(
            confinement,
            "command -v unshare >/dev/null || echo 'note: no unshare'; unshare -U true; \
             [ -x /usr/bin/python3 ] || echo 'note: no python3'; \
             /usr/bin/python3 -c 'import socket; socket.socketpair(); print(\"pair\"); socket.socket(socket.AF_UNIX)'",
        );
        assert!(!ok, "{out}");
        if !out.contains("note: no unshare") {
            assert!(out.contains("unshare failed: Operation not permitted"), "{out}");
        }
        if !out.contains("note: no python3") && kernel_abi().unwrap() < UNIX_SOCKET_ABI {
            assert!(out.contains("pair") && out.contains("PermissionError"), "{out}");
        }
    }
}
