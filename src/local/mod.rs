//! The local back end: `ant local serve`, our implementation of the Managed Agents API with an
//! SQLite store, an agent loop (engine), model providers (brain) and tools (hands).

pub mod api_key;
pub mod blobs;
pub mod engine;
pub mod log;
pub mod mcp;
pub mod message_batches;
pub mod model;
pub mod network;
pub mod packages;
pub mod resources;
pub mod sandbox;
pub mod server;
pub mod skills;
pub mod store;
pub mod tools;
pub mod work;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Context, bail};

use self::engine::{Engine, EngineConfig, RetryPolicy};
use self::model::{Provider, ProviderConfig};
use self::server::{AppState, SessionRunner};

/// The default address: loopback only, on a fixed port so clients can find it.
pub const DEFAULT_ADDR: &str = "127.0.0.1:4480";

/// The variable that replaces [`DEFAULT_ADDR`].
pub const ADDR_VAR: &str = "ANT_LOCAL_ADDR";

/// A testing aid: an RFC 3339 instant at which the server's clock starts (it then runs at the
/// real pace). The times stamped on resources, runs and events, and every tick the scheduler of
/// deployments computes, go by it, so a test can start seconds before a tick instead of waiting
/// for one.
pub const CLOCK_VAR: &str = "ANT_LOCAL_CLOCK";

/// Where the local server keeps its state unless `--data-dir` says otherwise:
/// the platform data directory (e.g. `~/.local/share/ant` on Linux).
pub fn default_data_dir() -> PathBuf {
    dirs::data_dir().unwrap_or_else(std::env::temp_dir).join("ant")
}

pub struct ServeOptions {
    pub addr: String,
    pub data_dir: PathBuf,
    /// The key given with `--api-key` or `ANT_LOCAL_API_KEY`; without one, the data dir's key file.
    pub api_key: Option<String>,
    pub model: ProviderConfig,
    /// Values that must never reach a tool (the keys of the server and of the model).
    pub secrets: Vec<String>,
    /// How long a worker's lease on a work item lasts without a heartbeat.
    pub work_lease: std::time::Duration,
    /// How tool processes are confined (`--sandbox`).
    pub sandbox: sandbox::Mode,
    /// How long an idle session's bash shell lives on unused (`--shell-idle-seconds`).
    pub shell_idle: std::time::Duration,
    /// The most one uploaded file may hold (`--max-file-bytes`).
    pub max_file_bytes: u64,
    /// Time limits of MCP connections and calls.
    pub mcp: mcp::McpConfig,
    /// Where the server's clock starts ([`CLOCK_VAR`], for tests); None: the system's clock.
    pub clock: Option<time::OffsetDateTime>,
}

/// Directories no sandbox may show: the user's home and the data dir (the
/// database and every session's workspace; a session's own workspace is
/// bound back in on its own).
pub fn hidden_dirs(data_dir: &std::path::Path) -> Vec<PathBuf> {
    dirs::home_dir()
        .into_iter()
        .chain([data_dir.to_path_buf()])
        .map(|d| d.canonicalize().unwrap_or(d))
        .collect()
}

/// Raises this process's soft limit on open files to its hard limit, and returns both limits as
/// they were before. Every shell and connection takes descriptors, and the common soft limit
/// of 1024 runs out at a few hundred busy sessions, long before the hard limit does.
fn raise_open_files_limit() -> std::io::Result<libc::rlimit> {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: plain syscalls on a stack struct.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) != 0 {
            return Err(std::io::Error::last_os_error());
        }
        let raised = libc::rlimit {
            rlim_cur: limit.rlim_max,
            ..limit
        };
        if limit.rlim_cur < limit.rlim_max && libc::setrlimit(libc::RLIMIT_NOFILE, &raised) != 0 {
            return Err(std::io::Error::last_os_error());
        }
    }
    Ok(limit)
}

/// Runs the server until SIGINT or SIGTERM.
pub async fn serve(opts: ServeOptions) -> anyhow::Result<()> {
    match raise_open_files_limit() {
        Ok(was) if was.rlim_cur < was.rlim_max => {
            tracing::info!(
                "open files: soft limit raised from {} to {}",
                was.rlim_cur,
                was.rlim_max
            )
        }
        Ok(_) => {}
        Err(e) => tracing::warn!("open files: cannot raise the soft limit to the hard one: {e}"),
    }
    if let Some(start) = opts.clock {
        crate::api::set_clock(start);
        tracing::warn!(
            "{CLOCK_VAR}: the server's clock starts at {} (a testing aid)",
            crate::api::format_time(start)
        );
    }
    let addr: SocketAddr = opts
        .addr
        .parse()
        .with_context(|| format!("--addr {}: expected HOST:PORT", opts.addr))?;
    if !addr.ip().is_loopback() && opts.api_key.is_none() {
        bail!(
            "--addr {addr} is not a loopback address: an API key is needed to serve beyond this machine (--api-key or ANT_LOCAL_API_KEY)"
        );
    }
    std::fs::create_dir_all(&opts.data_dir)
        .with_context(|| format!("--data-dir {}: cannot create it", opts.data_dir.display()))?;
    let mut secrets = opts.secrets;
    let (api_key, key_file) = match opts.api_key {
        Some(key) => (key, None),
        None => {
            let key = api_key::load_or_create(&opts.data_dir)?;
            secrets.push(key.clone());
            (key, Some(api_key::path(&opts.data_dir)))
        }
    };
    let store = store::Store::open(&opts.data_dir.join("ant.db"))
        .with_context(|| format!("--data-dir {}: cannot open the database", opts.data_dir.display()))?;
    let mut sandbox = sandbox::SandboxConfig::select(opts.sandbox, &hidden_dirs(&opts.data_dir))
        .map_err(|e| anyhow::anyhow!("--sandbox: {e}"))?;
    // This binary bridges a limited sandbox to its proxy; without it such a sandbox is offline.
    sandbox.proxy_bridge = std::env::current_exe()
        .inspect_err(|e| tracing::warn!("limited networking will be offline: cannot find this program: {e}"))
        .ok();
    match sandbox.backend {
        sandbox::Backend::None => tracing::warn!("--sandbox none: tools run with this user's full access"),
        _ => tracing::info!(
            "tools run in the {} sandbox; {}",
            sandbox.name(),
            sandbox::describe_file_tools()
        ),
    }
    // With no sandbox a tool could change a file's bytes through a link: files are copied then.
    let link_files = !matches!(sandbox.backend, sandbox::Backend::None);
    let resources = Arc::new(resources::Resources::new(
        &opts.data_dir,
        opts.max_file_bytes,
        link_files,
    ));
    let settled = resources
        .blobs
        .recover(&store)
        .context("the file store: cannot settle the uploads not yet on disk")?;
    if settled.synced > 0 {
        tracing::info!("{} upload(s) forced to disk", settled.synced);
    }
    let blobs = resources.blobs.clone();
    let provider = Arc::new(Provider::new(opts.model).map_err(|e| anyhow::anyhow!("model: {e}"))?);
    let log = Arc::new(log::Log::new(store));
    let config = EngineConfig {
        workspaces: opts.data_dir.join("workspaces"),
        packages: opts.data_dir.join("packages"),
        secrets,
        sandbox,
        retry: RetryPolicy::default(),
        max_tokens: 8192,
        shell_idle: opts.shell_idle,
        resources: resources.clone(),
        mcp: opts.mcp,
    };
    let work = Arc::new(work::WorkQueue::new(opts.work_lease));
    let engine = Arc::new(Engine::new(log.clone(), provider.clone(), work.clone(), config));
    let runner: Arc<dyn SessionRunner> = engine.clone();
    let batches = message_batches::Batches::new(log.clone(), provider.clone());
    let state = Arc::new(AppState {
        log: log.clone(),
        work,
        runner,
        model: provider,
        batches: batches.clone(),
        resources,
        organization: server::organization_id(&api_key),
        api_key,
        scheduler: Arc::new(server::Scheduler::default()),
    });
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .with_context(|| format!("--addr {addr}: cannot listen"))?;
    let local = listener.local_addr()?;
    let marker = opts.data_dir.join("server.json");
    let about = serde_json::json!({"base_url": format!("http://{local}"), "pid": std::process::id()});
    std::fs::write(&marker, about.to_string()).with_context(|| format!("cannot write {}", marker.display()))?;
    let recovered = engine.recover()?;
    let batches_resumed = batches.resume()?;
    let key_note = key_file.map_or_else(String::new, |path| format!(", API key in {}", path.display()));
    tracing::info!(
        "listening on http://{local} (data in {}{key_note}, {recovered} session(s) and {batches_resumed} message batch(es) resumed)",
        opts.data_dir.display()
    );
    let scheduler = server::start_scheduler(state.clone());
    let app = server::router(state);
    // Without TCP_NODELAY, a small SSE frame written after another waits for the client's
    // delayed ACK (40 ms on Linux): every turn would end 40 ms late.
    let listener = axum::serve::ListenerExt::tap_io(listener, |tcp| {
        let _ = tcp.set_nodelay(true);
    });
    // Every event is committed before it is streamed or returned, so stopping at once loses
    // nothing; waiting for open streams to end would never finish.
    tokio::select! {
        served = axum::serve(listener, app) => served.context("server")?,
        _ = stop_signal() => tracing::info!("stopping"),
    }
    scheduler.abort();
    engine.shutdown();
    // Uploads answered but not yet on disk are forced there: a reboot after a clean stop
    // drops none of them.
    if let Err(e) = blobs.settle(&log.store) {
        tracing::error!("the file store: {e}");
    }
    let _ = std::fs::remove_file(&marker);
    Ok(())
}

/// Resolves on SIGINT or SIGTERM.
pub async fn stop_signal() {
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = async { match term.as_mut() { Some(t) => { t.recv().await; } None => std::future::pending().await } } => {}
    }
}
