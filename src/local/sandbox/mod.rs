//! The one place that knows how a tool process is started.
//!
//! Every process gets a scrubbed environment, the session's workspace as its
//! working directory and home, a session and process group of its own (so
//! the whole tree can be killed at once, and no controlling terminal),
//! resource limits, and, on Linux, a parent-death signal so tool processes
//! never outlive the server. Then a back end confines it:
//!
//! - bubblewrap (`bwrap.rs`): namespaces that show only the system
//!   directories and the workspace, with a fresh /proc, /tmp and PID
//!   namespace, and a network namespace of its own: under limited networking
//!   its only way out is the session's proxy (reached through `bridge.rs`),
//!   under unrestricted networking slirp4netns carries it to the internet but
//!   not to this machine (`user_net.rs`);
//! - Landlock (`landlock.rs`, with `seccomp.rs`): no namespaces; the process
//!   restricts its own access to files, TCP ports, signals and syscalls
//!   before it execs, where user namespaces (which bwrap needs) are disabled;
//!   under limited networking its only destination is the session's proxy,
//!   under unrestricted networking the connect guard (`guard.rs`) refuses
//!   this machine's addresses and its link;
//! - none: nothing more, only when asked for by name.
//!
//! The file tools run in the server, not in a process: under either back end
//! each call runs on a thread of the session's that Landlock holds to the
//! workspace (`Sandbox::run_files`), where the kernel has Landlock.

pub mod bridge;
mod bwrap;
mod guard;
#[cfg(target_os = "linux")]
mod landlock;
#[cfg(not(target_os = "linux"))]
#[path = "landlock_unsupported.rs"]
mod landlock;
mod limits;
#[cfg(target_os = "linux")]
mod seccomp;
mod user_net;

use std::ffi::{OsStr, OsString};
use std::future::Future;
use std::io;
use std::os::fd::{AsRawFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;
use std::pin::Pin;
use std::process::Stdio;
use std::str::FromStr;
use std::sync::{Arc, Mutex, OnceLock};

use tokio::process::Command;
use tokio::sync::mpsc;

pub use self::bwrap::Bwrap;
use self::bwrap::Net;
use self::guard::{Arming, GuardFilter};
use self::landlock::Confinement;
pub use self::landlock::{FileLandlock, Landlock};
pub use self::limits::Limits;
use self::user_net::Slirp;
use crate::local::network::egress::Egress;
use crate::local::network::proxy::{Endpoint, Proxy};
use crate::local::network::{NetworkPolicy, Refusals};

/// Directories a program needs to run, shown read-only by every back end;
/// absent ones are skipped.
const SYSTEM_DIRS: &[&str] = &[
    "/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/etc", "/opt", "/nix",
];

/// Readable by root (and useful to no tool): no back end shows them.
const MASKED_FILES: &[&str] = &["/etc/shadow", "/etc/gshadow", "/etc/shadow-", "/etc/gshadow-"];

/// Where a systemd-resolved host keeps the file `/etc/resolv.conf` links to;
/// without it a sandbox that shares the network cannot resolve names.
const RESOLVED_DIR: &str = "/run/systemd/resolve";

/// How `--sandbox` spells each `Mode`.
pub const MODES: [&str; 4] = ["auto", "bwrap", "landlock", "none"];

/// The back end asked for on the command line (`--sandbox`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The first back end that works here; never `none`.
    Auto,
    Bwrap,
    Landlock,
    /// No isolation: only when asked for by name.
    None,
}

impl FromStr for Mode {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "auto" => Ok(Self::Auto),
            "bwrap" => Ok(Self::Bwrap),
            "landlock" => Ok(Self::Landlock),
            "none" => Ok(Self::None),
            _ => Err(format!("unknown sandbox '{s}' (expected one of {})", MODES.join(", "))),
        }
    }
}

/// The isolation every session of a server uses, chosen once at start.
#[derive(Debug, Clone)]
pub enum Backend {
    Bwrap(Bwrap),
    Landlock(Landlock),
    /// Environment scrubbing, process groups and limits only.
    None,
}

/// How a server's tool processes are confined.
#[derive(Debug, Clone)]
pub struct SandboxConfig {
    pub backend: Backend,
    pub limits: Limits,
    /// The ant binary, which a bwrap sandbox with limited networking starts
    /// as its init to reach the session's proxy (see [`bridge`]). Without it
    /// such a sandbox has no network at all.
    pub proxy_bridge: Option<PathBuf>,
    /// The connect guard, or why it cannot run here.
    pub guard: Result<Arc<GuardFilter>, String>,
    /// bwrap's user-mode networking, or why there is none.
    pub slirp: Result<Slirp, String>,
}

impl SandboxConfig {
    /// The back end for `mode`. `hidden` are directories a sandbox must not
    /// show even where they lie inside a system directory (the user's home,
    /// the server's data dir). `auto` prefers a back end whose unrestricted
    /// sessions reach the internet but not this machine.
    pub fn select(mode: Mode, hidden: &[PathBuf]) -> Result<Self, String> {
        let mut config = Self {
            backend: Backend::None,
            limits: Limits::default(),
            proxy_bridge: None,
            guard: connect_guard().clone(),
            slirp: Slirp::probe(),
        };
        config.backend = match mode {
            Mode::None => Backend::None,
            Mode::Bwrap => Backend::Bwrap(Bwrap::probe(hidden)?),
            Mode::Landlock => Backend::Landlock(Landlock::probe(hidden)?),
            Mode::Auto => {
                let bwrap = Bwrap::probe(hidden).map(Backend::Bwrap);
                let landlock = || Landlock::probe(hidden).map(Backend::Landlock);
                match bwrap {
                    Ok(bwrap) if config.unrestricted(&bwrap).is_ok() => bwrap,
                    bwrap => match (bwrap, landlock()) {
                        (_, Ok(landlock)) if config.unrestricted(&landlock).is_ok() => landlock,
                        (Ok(backend), _) | (_, Ok(backend)) => backend,
                        (Err(bwrap), Err(landlock)) => {
                            return Err(format!(
                                "no sandbox back end works here (bwrap: {bwrap}; landlock: {landlock}); see `ant local doctor`, or pass --sandbox none to run tools unconfined"
                            ));
                        }
                    },
                }
            }
        };
        Ok(config)
    }

    /// Why `backend`'s sessions cannot have unrestricted networking (the
    /// internet, not this machine) here, if they cannot. They then fail with
    /// this line rather than fall back to the host's network.
    pub fn unrestricted(&self, backend: &Backend) -> Result<(), String> {
        let guard = |g: &Result<Arc<GuardFilter>, String>| {
            g.as_ref()
                .map(drop)
                .map_err(|e| format!("the connect guard cannot run here: {e}"))
        };
        match backend {
            Backend::Bwrap(_) => {
                self.slirp.as_ref().map(drop).map_err(String::clone)?;
                guard(&self.guard)
            }
            Backend::Landlock(_) => guard(&self.guard),
            Backend::None => Ok(()),
        }
    }

    /// The back end's name as `--sandbox` spells it.
    pub fn name(&self) -> &'static str {
        match self.backend {
            Backend::Bwrap(_) => "bwrap",
            Backend::Landlock(_) => "landlock",
            Backend::None => "none",
        }
    }
}

/// What `ant local doctor` says of one back end.
pub struct Availability {
    pub name: &'static str,
    /// What it runs on, or why it cannot run here.
    pub runs: Result<String, String>,
    /// How its unrestricted sessions reach the network, or why they cannot.
    pub unrestricted: Result<String, String>,
}

/// Each back end `auto` tries, in order.
pub fn availability(hidden: &[PathBuf]) -> Vec<Availability> {
    let guard = connect_guard();
    let slirp = Slirp::probe();
    let guarded = |how: String| match guard {
        Ok(_) => Ok(format!(
            "{how}; the connect guard refuses this machine's addresses and its link"
        )),
        Err(e) => Err(format!("the connect guard cannot run here: {e}")),
    };
    let bwrap = Bwrap::probe(hidden).map(|b| format!("{} at {}", b.version(), b.program().display()));
    let bwrap_net = slirp
        .as_ref()
        .map_err(String::clone)
        .and_then(|s| guarded(format!("a network namespace of its own through {}", s.version())));
    let landlock = Landlock::probe(hidden).map(|l| l.describe());
    let landlock_net = guarded("the host's network".into());
    vec![
        Availability {
            name: "bwrap",
            runs: bwrap,
            unrestricted: bwrap_net,
        },
        Availability {
            name: "landlock",
            runs: landlock,
            unrestricted: landlock_net,
        },
    ]
}

/// The connect guard, compiled and checked once per process.
fn connect_guard() -> &'static Result<Arc<GuardFilter>, String> {
    static PROBE: OnceLock<Result<Arc<GuardFilter>, String>> = OnceLock::new();
    PROBE.get_or_init(|| {
        let filter = Arc::new(GuardFilter::compile()?);
        guard::probe(&filter)?;
        Ok(filter)
    })
}

/// Whether the file tools can be confined here, probed once per process
/// (the kernel does not change under a running server).
pub fn file_landlock() -> &'static Result<FileLandlock, String> {
    static PROBE: OnceLock<Result<FileLandlock, String>> = OnceLock::new();
    PROBE.get_or_init(FileLandlock::probe)
}

/// How the file tools are confined, in one line, for `ant local doctor` and
/// the server's log.
pub fn describe_file_tools() -> String {
    match file_landlock() {
        Ok(landlock) => format!("file tools: confined by {}", landlock.describe()),
        Err(why) => format!("file tools: path checks only (Landlock unavailable: {why})"),
    }
}

/// The config tests run tools with: the first confining back end that works
/// here, otherwise no isolation, so tool tests pass on any machine.
#[cfg(test)]
pub(crate) fn test_config() -> SandboxConfig {
    test_configs().into_iter().next().unwrap_or_else(unconfined)
}

/// No isolation, for tests of what happens around the sandbox.
#[cfg(test)]
pub(crate) fn unconfined() -> SandboxConfig {
    SandboxConfig::select(Mode::None, &[]).expect("none always works")
}

/// Every confining back end that works here, probed once per test run;
/// those that do not are left out with a note, for tests to skip.
#[cfg(test)]
pub(crate) fn test_configs() -> Vec<SandboxConfig> {
    static PROBES: std::sync::OnceLock<Vec<Result<SandboxConfig, String>>> = std::sync::OnceLock::new();
    let probes = PROBES.get_or_init(|| {
        [Mode::Bwrap, Mode::Landlock]
            .into_iter()
            .map(|mode| SandboxConfig::select(mode, &[]).map_err(|e| format!("skipping {mode:?} checks: {e}")))
            .collect()
    });
    probes
        .iter()
        .filter_map(|probe| {
            probe
                .as_ref()
                .inspect_err(|note| eprintln!("note: {note}"))
                .ok()
                .cloned()
        })
        .collect()
}

/// The config of the back end `name`, if it works here.
#[cfg(test)]
pub(crate) fn test_backend(name: &str) -> Option<SandboxConfig> {
    test_configs().into_iter().find(|c| c.name() == name)
}

/// What a sandbox shows beyond the system directories and the workspace: an
/// environment's package cache (and, while installing apt packages, apt's own
/// state), and the variables that find what is in it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extras {
    /// Directories every process may read but not change. Bubblewrap binds
    /// them read-only at their own paths; a back end that filters access
    /// (rather than building a root) must allow reading them.
    pub read_only: Vec<PathBuf>,
    /// Variables set after the environment is scrubbed.
    pub env: Vec<(OsString, OsString)>,
    /// The session's resources (uploaded files, repositories, memory stores, skills).
    pub mounts: Vec<Mount>,
}

/// A directory a session's processes see beyond the workspace. Bubblewrap binds `host` at
/// `guest`; a back end with no mount namespace (Landlock, none) cannot place anything, so
/// there `guest` is `host` and access to it is allowed.
#[derive(Debug, Clone, PartialEq)]
pub struct Mount {
    pub host: PathBuf,
    pub guest: PathBuf,
    pub writable: bool,
}

impl Extras {
    /// What a back end that filters access must let processes read only, and change.
    fn allowed(&self) -> (Vec<PathBuf>, Vec<PathBuf>) {
        let mut read_only = self.read_only.clone();
        let mut writable = Vec::new();
        for m in &self.mounts {
            if m.writable {
                writable.push(m.host.clone());
            } else {
                read_only.push(m.host.clone());
            }
        }
        (read_only, writable)
    }
}

impl SandboxConfig {
    /// Whether the back end can show a resource at the path the API gives it (`/mnt/...`):
    /// only bubblewrap builds a mount namespace.
    pub fn places_mounts(&self) -> bool {
        matches!(self.backend, Backend::Bwrap(_))
    }
}

/// Starts tool processes for one session's workspace.
pub struct Sandbox {
    workspace: PathBuf,
    secrets: Vec<String>,
    config: SandboxConfig,
    network: Network,
    extras: Extras,
    held: Arc<Held>,
    /// The queue of the thread the file tools run on (`run_files`).
    file_thread: tokio::sync::Mutex<Option<mpsc::UnboundedSender<FileJob>>>,
    /// Connections the connect guard refused, and a network that did not start.
    refusals: Arc<Refusals>,
}

/// What a session's sandbox keeps between its processes: Landlock's ruleset
/// and temp dir (made on the first command: the workspace must exist by
/// then), and the network proxy. Given up while the session is idle (see
/// [`Sandbox::releaser`]) and made again by the next command, so an idle
/// session holds no descriptor.
#[derive(Default)]
struct Held {
    confinement: Mutex<Option<Arc<Confinement>>>,
    proxy: Mutex<Option<Proxy>>,
}

/// One file tool call, sent to the session's file thread.
type FileJob = Pin<Box<dyn Future<Output = ()> + Send>>;

/// How long a session's file thread waits for work before it ends (briefly
/// in tests, which watch it end).
#[cfg(not(test))]
const FILE_THREAD_IDLE: std::time::Duration = std::time::Duration::from_secs(60);
#[cfg(test)]
const FILE_THREAD_IDLE: std::time::Duration = std::time::Duration::from_millis(200);

/// How a confined process reaches the network.
enum Network {
    /// The internet, not this machine.
    Internet,
    /// Not at all, the host's loopback included.
    Offline,
    /// Only through a proxy that enforces the policy, started with the first
    /// process.
    Proxied { policy: NetworkPolicy },
}

impl Sandbox {
    /// `workspace` becomes the cwd and `HOME` of every process; no variable
    /// whose value contains one of `secrets` reaches a process. Under a
    /// limited `network` a confined process reaches only the hosts it allows,
    /// through a proxy (under bwrap only when the config has the proxy
    /// bridge, else nothing).
    pub fn new(workspace: PathBuf, secrets: Vec<String>, config: SandboxConfig, network: &NetworkPolicy) -> Self {
        let network = match (network, &config.backend, &config.proxy_bridge) {
            (NetworkPolicy::Unrestricted, ..) => Network::Internet,
            (limited, Backend::Bwrap(_), Some(_)) | (limited, Backend::Landlock(_), _) => Network::Proxied {
                policy: limited.clone(),
            },
            _ => Network::Offline,
        };
        Self {
            workspace,
            secrets,
            config,
            network,
            extras: Extras::default(),
            held: Arc::default(),
            file_thread: tokio::sync::Mutex::new(None),
            refusals: Arc::default(),
        }
    }

    /// The same sandbox, also showing `extras`.
    pub fn with_extras(mut self, extras: Extras) -> Self {
        self.extras = extras;
        self
    }

    /// A command for `program` with a scrubbed environment, cwd = workspace,
    /// a session and process group of its own (sid = pgid = its pid, so the
    /// whole tree can be killed at once and no controlling terminal is there
    /// to inject input into) and stdin from `/dev/null` (so a
    /// tool never waits on the server's stdin; callers that feed it set a pipe).
    /// Stdout and stderr are left for the caller to set. The workspace must exist.
    ///
    /// Under bwrap the process group is bwrap's: killing it kills the
    /// sandbox's PID namespace and so everything in it.
    ///
    /// Under Landlock `TMPDIR` is the session's own temp dir.
    ///
    /// Spawn it from an async task, not from a `spawn_blocking` thread: the
    /// parent-death signal fires when the spawning *thread* exits, and
    /// blocking-pool threads exit when idle. Fails when the session's proxy
    /// or its Landlock confinement cannot be set up.
    pub fn command(&self, program: impl AsRef<OsStr>) -> Result<Command, String> {
        // The sandbox shows the workspace at its real path; using that path
        // outside too keeps the paths bash prints valid for the file tools.
        let workspace = self.workspace.canonicalize().unwrap_or_else(|_| self.workspace.clone());
        if let Network::Internet = self.network {
            self.config
                .unrestricted(&self.config.backend)
                .map_err(|e| format!("unrestricted networking: {e}"))?;
        }
        let proxy = self.proxy()?;
        let mut child = ChildSetup {
            limits: self.config.limits,
            ..ChildSetup::default()
        };
        let mut cmd = match &self.config.backend {
            Backend::Bwrap(bwrap) => {
                let net = match (&self.network, &self.config.proxy_bridge, &proxy) {
                    (Network::Internet, ..) => {
                        let (ends, attach) = user_net::prepare()
                            .map_err(|e| format!("cannot set up the sandbox's network: {}", describe_io(&e)))?;
                        if let (Ok(slirp), Ok(guard)) = (&self.config.slirp, &self.config.guard) {
                            attach.start(slirp.clone(), guard.clone(), self.refusals.clone());
                        }
                        child.inherited = ends.raw();
                        child.keep = Some(ends);
                        let ends = child.keep.as_ref().expect("just set");
                        Net::Internet {
                            info: ends.info.as_raw_fd(),
                            block: ends.block.as_raw_fd(),
                            resolv: ends.resolv.as_ref().map(|(fd, path)| (fd.as_raw_fd(), path.as_path())),
                        }
                    }
                    (Network::Proxied { .. }, Some(bridge), Some(Endpoint::Unix(socket))) => {
                        Net::Proxied { bridge, socket }
                    }
                    _ => Net::Offline,
                };
                let mut cmd = bwrap.command(&workspace, &self.extras.read_only, &self.extras.mounts, net);
                cmd.arg(program);
                Command::from(cmd)
            }
            Backend::Landlock(landlock) => {
                child.confinement = Some(self.confinement(landlock, &workspace, proxy.as_ref())?);
                let egress = match (&self.network, &proxy, &self.config.guard) {
                    (Network::Internet, ..) => Some(Egress::internet()),
                    // Landlock holds TCP to the proxy's port; the guard, where it runs, to its address.
                    (_, Some(Endpoint::Tcp(addr)), Ok(_)) => Some(Egress::Only(*addr)),
                    _ => None,
                };
                if let (Some(egress), Ok(guard)) = (egress, &self.config.guard) {
                    let arming = Arming::new(guard.clone(), egress, self.refusals.clone())
                        .map_err(|e| format!("cannot start the connect guard: {}", describe_io(&e)))?;
                    child.arming = Some(arming);
                }
                Command::new(program)
            }
            Backend::None => Command::new(program),
        };
        cmd.env_clear()
            .envs(scrubbed_env(std::env::vars_os(), &self.secrets))
            .env("HOME", &workspace)
            .env("PWD", &workspace)
            .env("TERM", "dumb")
            .env("PS1", "")
            .env("PS2", "")
            .envs(self.extras.env.iter().map(|(k, v)| (k, v)))
            .current_dir(&workspace)
            .stdin(Stdio::null())
            .kill_on_drop(true);
        if let Some(confinement) = &child.confinement {
            cmd.env("TMPDIR", confinement.tmp());
        }
        if let Some(endpoint) = &proxy {
            // What curl, pip, npm, cargo, go, apt and git read; NO_PROXY
            // empty, since even localhost is reached through the proxy.
            let url = match endpoint {
                Endpoint::Unix(_) => format!("http://{}", bridge::LISTEN),
                Endpoint::Tcp(addr) => format!("http://{addr}"),
            };
            for name in [
                "http_proxy",
                "https_proxy",
                "all_proxy",
                "HTTP_PROXY",
                "HTTPS_PROXY",
                "ALL_PROXY",
            ] {
                cmd.env(name, &url);
            }
            cmd.env("no_proxy", "").env("NO_PROXY", "");
        }
        child.set_pre_exec(&mut cmd);
        Ok(cmd)
    }

    /// The session's Landlock confinement, made once; a failure is not kept,
    /// so a later command tries again. Behind a proxy, its port is the only
    /// TCP port a process may connect to.
    fn confinement(
        &self,
        landlock: &Landlock,
        workspace: &std::path::Path,
        proxy: Option<&Endpoint>,
    ) -> Result<Arc<Confinement>, String> {
        let mut slot = self.held.confinement.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(confinement) = &*slot {
            return Ok(confinement.clone());
        }
        let offline = !matches!(self.network, Network::Internet);
        let port = match proxy {
            Some(Endpoint::Tcp(addr)) => Some(addr.port()),
            _ => None,
        };
        let (read_only, writable) = self.extras.allowed();
        let confinement = Arc::new(landlock.confine(workspace, &read_only, &writable, offline, port)?);
        *slot = Some(confinement.clone());
        Ok(confinement)
    }

    /// Where the session's proxy listens, started on first use, when
    /// processes run behind one: a Unix socket for bwrap's bridge, a loopback
    /// port for Landlock (which has no network namespace to put a bridge in).
    fn proxy(&self) -> Result<Option<Endpoint>, String> {
        let Network::Proxied { policy } = &self.network else {
            return Ok(None);
        };
        let mut slot = self.held.proxy.lock().unwrap_or_else(|p| p.into_inner());
        let proxy = match &mut *slot {
            Some(running) => running,
            empty => {
                let started = match self.config.backend {
                    Backend::Landlock(_) => Proxy::tcp(policy.clone()),
                    _ => Proxy::unix(policy.clone()),
                };
                empty.insert(started.map_err(|e| format!("cannot start the network proxy: {}", describe_io(&e)))?)
            }
        };
        Ok(Some(proxy.endpoint().clone()))
    }

    /// Runs `job`, the work of one file tool, which resolves paths itself but
    /// cannot stop bash from swapping a checked directory for a symlink before
    /// it opens the path. So the kernel backs the check: `job` runs on the
    /// session's file thread, which Landlock lets change only the workspace
    /// and read only the extras; the server's own threads stay unconfined.
    /// Under `--sandbox none`, or without Landlock, `job` runs here, held by
    /// the path checks alone. Fails when the thread cannot be set up. The
    /// workspace must exist.
    pub async fn run_files<T: Send + 'static>(
        &self,
        job: impl Future<Output = T> + Send + 'static,
    ) -> Result<T, String> {
        let landlock = match (&self.config.backend, file_landlock()) {
            (Backend::None, _) | (_, Err(_)) => return Ok(job.await),
            (_, Ok(landlock)) => *landlock,
        };
        let (done, result) = tokio::sync::oneshot::channel();
        let mut job: FileJob = Box::pin(async move {
            // The caller may have gone (its call was cancelled): nothing to tell.
            let _ = done.send(job.await);
        });
        // A thread that stopped for being idle between our finding and our sending gets a
        // successor; twice in a row means it stops for another reason.
        let mut retried = false;
        loop {
            match self.file_thread(landlock).await?.send(job) {
                Ok(()) => break,
                Err(mpsc::error::SendError(returned)) if !retried => (job, retried) = (returned, true),
                Err(_) => return Err("the file tools' thread stopped".to_string()),
            }
        }
        result
            .await
            .map_err(|_| "the file tool stopped unexpectedly".to_string())
    }

    /// Where the session's file jobs go, started on first use; a failure is
    /// not kept, so a later call tries again.
    ///
    /// One thread per session, confined once, rather than one per call: a
    /// new thread waits for a time slice of its own on a busy machine (some
    /// ms while a compiler runs), a parked one is woken at once. Its
    /// current-thread runtime runs each job as a task, so calls do not wait
    /// on each other, and starts its blocking threads (tokio::fs,
    /// spawn_blocking) from the confined thread, so they are confined too.
    /// The thread ends when the sandbox is dropped, or after
    /// `FILE_THREAD_IDLE` without work, so idle sessions hold no thread.
    async fn file_thread(&self, landlock: FileLandlock) -> Result<mpsc::UnboundedSender<FileJob>, String> {
        let mut slot = self.file_thread.lock().await;
        if let Some(jobs) = slot.as_ref().filter(|jobs| !jobs.is_closed()) {
            return Ok(jobs.clone());
        }
        let (jobs, mut queue) = mpsc::unbounded_channel::<FileJob>();
        let (ready, started) = tokio::sync::oneshot::channel();
        let workspace = self.workspace.clone();
        let (read_only, writable) = self.extras.allowed();
        std::thread::Builder::new()
            .name("ant-file-tools".into())
            .spawn(move || {
                let runtime = landlock
                    .restrict_thread(&workspace, &read_only, &writable)
                    .and_then(|()| {
                        tokio::runtime::Builder::new_current_thread()
                            .enable_all()
                            .build()
                            .map_err(|e| format!("cannot start the file tools' runtime: {e}"))
                    });
                let runtime = match runtime {
                    Ok(runtime) => runtime,
                    Err(e) => return drop(ready.send(Err(e))),
                };
                let _ = ready.send(Ok(()));
                runtime.block_on(async {
                    let mut running = tokio::task::JoinSet::new();
                    loop {
                        tokio::select! {
                            job = queue.recv() => match job {
                                Some(job) => drop(running.spawn(job)),
                                None => break,
                            },
                            Some(_) = running.join_next(), if !running.is_empty() => {}
                            () = tokio::time::sleep(FILE_THREAD_IDLE), if running.is_empty() => break,
                        }
                    }
                    // Closing tells senders to start a new thread; what was sent before the
                    // close, and what runs, still finishes here.
                    queue.close();
                    while let Ok(job) = queue.try_recv() {
                        running.spawn(job);
                    }
                    while running.join_next().await.is_some() {}
                });
            })
            .map_err(|e| format!("cannot start the file tools' thread: {e}"))?;
        started
            .await
            .map_err(|_| "the file tools' thread stopped while starting".to_string())??;
        *slot = Some(jobs.clone());
        Ok(jobs)
    }

    /// Why the proxy or the connect guard refused connections since the
    /// last call, each once.
    pub fn take_network_refusals(&self) -> Vec<String> {
        let mut refusals = self
            .held
            .proxy
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .as_ref()
            .map(Proxy::take_refusals)
            .unwrap_or_default();
        refusals.extend(self.refusals.take());
        refusals
    }

    /// Gives up what the sandbox keeps between processes (Landlock's ruleset
    /// and temp dir, the proxy), for a session gone idle with no process
    /// running; the next command makes them again.
    pub fn releaser(&self) -> impl Fn() + Send + Sync + 'static {
        let held = self.held.clone();
        move || {
            held.confinement.lock().unwrap_or_else(|p| p.into_inner()).take();
            held.proxy.lock().unwrap_or_else(|p| p.into_inner()).take();
        }
    }
}

/// What a tool process sets up in the child, between fork and exec: a new
/// session, limits, the parent-death signal, the descriptors bwrap inherits,
/// and under Landlock the confinement and the connect guard.
#[derive(Default)]
struct ChildSetup {
    limits: Limits,
    /// Descriptors to keep open across the exec.
    inherited: Vec<RawFd>,
    /// Owns them until the command is dropped (bwrap's user-mode network).
    keep: Option<user_net::SandboxEnds>,
    confinement: Option<Arc<Confinement>>,
    arming: Option<Arming>,
}

impl ChildSetup {
    /// Moves the whole setup into the command, so what it owns stays open
    /// until the command is dropped.
    fn set_pre_exec(self, cmd: &mut Command) {
        let parent = std::process::id();
        // SAFETY: setsid, setrlimit, prctl, getppid, fcntl and the
        // confinement's and guard's syscalls are async-signal-safe and touch
        // no memory shared with the parent.
        unsafe {
            cmd.pre_exec(move || {
                // Borrowing the whole struct captures all of it (`keep` too),
                // not only the fields used.
                let setup = &self;
                // A forked child leads no group yet, so this cannot fail for that.
                if libc::setsid() == -1 {
                    return Err(io::Error::last_os_error());
                }
                setup.limits.apply()?;
                parent_death_signal(parent)?;
                inherit(&setup.inherited)?;
                if let Some(confinement) = &setup.confinement {
                    confinement.apply()?;
                }
                if let Some(arming) = &setup.arming {
                    arming.install()?;
                }
                Ok(())
            });
        }
    }
}

/// Clears close-on-exec on `fds`, so the program exec'd next inherits them.
/// Async-signal-safe.
fn inherit(fds: &[RawFd]) -> io::Result<()> {
    for fd in fds {
        // SAFETY: fcntl on a descriptor of this process.
        if unsafe { libc::fcntl(*fd, libc::F_SETFD, 0) } != 0 {
            return Err(io::Error::last_os_error());
        }
    }
    Ok(())
}

/// Kills the calling process when the server's thread that spawned it exits.
#[cfg(target_os = "linux")]
fn parent_death_signal(parent: u32) -> io::Result<()> {
    // SAFETY: plain syscalls on integers.
    unsafe {
        if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL as libc::c_ulong) != 0 {
            return Err(io::Error::last_os_error());
        }
        // The server may have died between fork and prctl; then no signal
        // would ever come.
        if libc::getppid() as u32 != parent {
            return Err(io::Error::other("server exited while starting tool"));
        }
    }
    Ok(())
}

#[cfg(not(target_os = "linux"))]
fn parent_death_signal(_parent: u32) -> io::Result<()> {
    Ok(())
}

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

/// Running out of descriptors, processes or memory, in words that name it;
/// None for other errors. Each one met is remembered, for [`server_shortage`].
pub fn shortage(e: &io::Error) -> Option<&'static str> {
    let named = match e.raw_os_error()? {
        libc::EMFILE => "too many open files: the server has no file descriptor left (EMFILE)",
        libc::ENFILE => "too many open files on this machine (ENFILE)",
        libc::EAGAIN => "no process can be started: a process limit is reached (EAGAIN)",
        libc::ENOMEM => "out of memory (ENOMEM)",
        _ => return None,
    };
    if let Ok(mut last) = LAST_SHORTAGE.lock() {
        *last = Some((std::time::Instant::now(), named));
    }
    Some(named)
}

/// The last shortage the server met, and when.
static LAST_SHORTAGE: Mutex<Option<(std::time::Instant, &'static str)>> = Mutex::new(None);

/// The shortage the server is in, if opening one more file fails for want of a descriptor now,
/// or if it met one since `started`: a child that fails at such a time (slirp4netns, whose
/// calls the server makes for it, or a tool that inherited the full table) most likely failed
/// for that reason, even when a descriptor has come free since.
pub fn server_shortage(started: std::time::Instant) -> Option<&'static str> {
    if let Some(now) = std::fs::File::open("/dev/null").err().as_ref().and_then(shortage) {
        return Some(now);
    }
    let last = *LAST_SHORTAGE.lock().ok()?;
    last.filter(|(at, _)| *at >= started).map(|(_, named)| named)
}

/// `e` in one line, a shortage named as [`shortage`] names it.
fn describe_io(e: &io::Error) -> String {
    shortage(e).map_or_else(|| e.to_string(), String::from)
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

    #[test]
    fn a_shortage_met_since_a_start_is_named_after_descriptors_came_free() {
        let started = std::time::Instant::now();
        assert!(shortage(&io::Error::from_raw_os_error(libc::EMFILE)).is_some());
        // /dev/null opens again, but the shortage fell after the start.
        assert_eq!(
            server_shortage(started),
            Some("too many open files: the server has no file descriptor left (EMFILE)")
        );
    }

    fn offline() -> NetworkPolicy {
        NetworkPolicy::limited(Vec::<String>::new())
    }

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
        let sb = Sandbox::new(ws.clone(), vec![], unconfined(), &NetworkPolicy::Unrestricted);
        let out = sb
            .command("/bin/sh")
            .unwrap()
            .args([
                "-c",
                "echo $HOME; pwd; echo $TERM; ps -o pgid= -p $$; echo $$; ps -o sid= -p $$",
            ])
            .output()
            .await
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        assert_eq!(lines[0], ws.to_str().unwrap());
        assert_eq!(lines[1], ws.to_str().unwrap());
        assert_eq!(lines[2], "dumb");
        assert_eq!(lines[3], lines[4], "process leads its own group");
        assert_eq!(lines[5], lines[4], "and its own session, with no controlling terminal");
    }

    #[tokio::test]
    async fn kill_group_kills_children_too() {
        let dir = tempfile::tempdir().unwrap();
        let sb = Sandbox::new(
            dir.path().to_path_buf(),
            vec![],
            test_config(),
            &NetworkPolicy::Unrestricted,
        );
        let mut child = sb
            .command("/bin/sh")
            .unwrap()
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

    #[tokio::test]
    async fn limits_stop_big_files_and_allocations() {
        let dir = tempfile::tempdir().unwrap();
        let mut config = test_config();
        config.limits = Limits {
            memory: 64 << 20,
            file_size: 1 << 20,
            ..Limits::default()
        };
        let sb = Sandbox::new(dir.path().to_path_buf(), vec![], config, &offline());
        let run = |script: &'static str| {
            let mut cmd = sb.command("/bin/bash").unwrap();
            cmd.args(["-c", script]);
            async move { cmd.output().await.unwrap() }
        };
        let out = run("head -c 2000000 /dev/zero > big").await;
        assert!(!out.status.success());
        assert_eq!(std::fs::metadata(dir.path().join("big")).unwrap().len(), 1 << 20);
        let out = run("x=$(head -c 200000000 /dev/zero | tr '\\0' a); echo ${#x}").await;
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(!text.contains("200000000"), "allocated past the limit: {text}");
        let out = run("ulimit -c").await;
        assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "0");
        // Whatever the server raised its own to, tools get the usual soft limit on open files.
        let out = run("ulimit -Sn; ulimit -Hn").await;
        let text = String::from_utf8_lossy(&out.stdout);
        let limits: Vec<u64> = text.split_whitespace().map(|n| n.parse().unwrap()).collect();
        assert!(limits[0] <= 1024 && limits[1] <= 65536, "{text}");
    }

    /// What the sandbox keeps between processes (Landlock's ruleset and temp
    /// dir, the proxy) is given up when the session goes idle, and made again
    /// by the next command.
    #[tokio::test]
    async fn an_idle_sandbox_holds_nothing_until_its_next_command() {
        let Some(config) = test_backend("landlock") else {
            return;
        };
        let dir = tempfile::tempdir().unwrap();
        let sb = Sandbox::new(dir.path().to_path_buf(), vec![], config, &offline());
        let held = |sb: &Sandbox| {
            let confinement = sb.held.confinement.lock().unwrap().is_some();
            let proxy = sb.held.proxy.lock().unwrap().is_some();
            (confinement, proxy)
        };
        let run = || async {
            let out = sb
                .command("/bin/sh")
                .unwrap()
                .args(["-c", "echo $TMPDIR"])
                .output()
                .await
                .unwrap();
            String::from_utf8(out.stdout).unwrap()
        };
        let tmp = run().await;
        assert_eq!(held(&sb), (true, true));
        sb.releaser()();
        assert_eq!(held(&sb), (false, false));
        assert!(!std::path::Path::new(tmp.trim()).exists(), "the temp dir goes too");
        assert_ne!(run().await, tmp, "a new temp dir");
        assert_eq!(held(&sb), (true, true));
    }

    /// An idle session's file thread ends, and the next file job starts a new one.
    #[tokio::test]
    async fn an_idle_file_thread_ends_and_comes_back() {
        if let Err(e) = file_landlock() {
            eprintln!("note: skipping: {e}");
            return;
        }
        let Some(config) = test_configs().into_iter().next() else {
            return;
        };
        let dir = tempfile::tempdir().unwrap();
        let sb = Sandbox::new(dir.path().to_path_buf(), vec![], config, &NetworkPolicy::Unrestricted);
        let thread_name = || std::thread::current().name().map(str::to_string);
        assert_eq!(
            sb.run_files(async move { thread_name() }).await.unwrap().as_deref(),
            Some("ant-file-tools")
        );
        let closed = || async {
            sb.file_thread
                .lock()
                .await
                .as_ref()
                .is_some_and(|jobs| jobs.is_closed())
        };
        assert!(!closed().await);
        let started = std::time::Instant::now();
        while !closed().await {
            assert!(
                started.elapsed() < std::time::Duration::from_secs(10),
                "the idle thread never ended"
            );
            tokio::time::sleep(FILE_THREAD_IDLE / 4).await;
        }
        assert_eq!(
            sb.run_files(async move { thread_name() }).await.unwrap().as_deref(),
            Some("ant-file-tools")
        );
        assert!(!closed().await);
    }
}
