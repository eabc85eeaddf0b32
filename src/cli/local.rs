//! `ant local ...`: run and inspect the local server.

use std::path::PathBuf;

use clap::builder::PossibleValuesParser;
use clap::{Args, Subcommand};

use crate::local::mcp::McpConfig;
use crate::local::model::{ModelApi, ProviderConfig};
use crate::local::resources::MAX_FILE_BYTES;
use crate::local::tools::SHELL_IDLE;
use crate::local::{ADDR_VAR, CLOCK_VAR, DEFAULT_ADDR, ServeOptions, default_data_dir, hidden_dirs, sandbox, serve};

/// Anthropic's API, the default model endpoint.
const ANTHROPIC_URL: &str = "https://api.anthropic.com";

#[derive(Subcommand)]
pub enum LocalCommand {
    /// Serve the Managed Agents API on this machine.
    Serve(Box<ServeArgs>),
    /// Show which sandbox back end tools would run in, why the others cannot, and how file tools are confined.
    Doctor(DoctorArgs),
    /// Issue a key for the workers of a self-hosted environment (printed once; only its hash is kept).
    EnvironmentKey(EnvironmentKeyArgs),
    /// Print the key the server of the data dir requires when it is given none (made if absent).
    ApiKey(ApiKeyArgs),
}

#[derive(Args)]
pub struct ApiKeyArgs {
    /// The server's data dir [default: the platform data dir]
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
}

#[derive(Args)]
pub struct EnvironmentKeyArgs {
    /// The self-hosted environment whose workers the key authorises.
    pub environment_id: String,
    /// The server's data dir [default: the platform data dir]
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
}

#[derive(Args)]
pub struct DoctorArgs {
    /// The data dir the server would use (hidden from tools) [default: the platform data dir]
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
}

#[derive(Args)]
pub struct ServeArgs {
    /// Address to listen on (HOST:PORT). A non-loopback address needs --api-key.
    #[arg(long, env = ADDR_VAR, default_value = DEFAULT_ADDR)]
    pub addr: String,
    /// Where the database and session workspaces live [default: the platform data dir, e.g. ~/.local/share/ant]
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
    /// Key that every request must carry (x-api-key or Authorization: Bearer) [default: the data dir's api-key file, made at first start]
    // An id of its own: the Anthropic credentials' `api_key` must never fill it.
    #[arg(
        id = "local_api_key",
        long = "api-key",
        value_name = "KEY",
        env = "ANT_LOCAL_API_KEY",
        hide_env_values = true
    )]
    pub api_key: Option<String>,
    /// Model endpoint: Anthropic's API by default; an OpenAI-style base URL with --model-api openai.
    #[arg(long, env = "ANT_MODEL_URL")]
    pub model_url: Option<String>,
    /// Wire format of the model endpoint.
    #[arg(long, default_value = "anthropic", value_parser = ["anthropic", "openai"])]
    pub model_api: String,
    /// Run agents written for model FROM on model TO (repeatable; FROM may be `*`).
    #[arg(long = "model-map", value_name = "FROM=TO", value_parser = parse_mapping)]
    pub model_map: Vec<(String, String)>,
    /// Write every model response to FILE (JSON lines) for a later --replay.
    #[arg(long, value_name = "FILE", conflicts_with = "replay")]
    pub record: Option<PathBuf>,
    /// Play model responses back from FILE instead of calling a model.
    #[arg(long, value_name = "FILE")]
    pub replay: Option<PathBuf>,
    /// Lease of a self-hosted worker on a work item, renewed by its heartbeats.
    #[arg(long, value_name = "SECONDS", default_value_t = 30)]
    pub work_lease_seconds: u64,
    /// How tools are confined: auto (bwrap, else landlock), bwrap, landlock, or none (no isolation).
    #[arg(long, default_value = "auto", value_parser = PossibleValuesParser::new(sandbox::MODES))]
    pub sandbox: String,
    /// How long an idle session's bash shell lives on unused; the next call starts a new one.
    #[arg(long, value_name = "SECONDS", default_value_t = SHELL_IDLE.as_secs(),
          value_parser = clap::value_parser!(u64).range(1..))]
    pub shell_idle_seconds: u64,
    /// The most one uploaded file may hold, in bytes (the Files API's limit, 500 MiB, by default).
    #[arg(long, value_name = "BYTES", default_value_t = MAX_FILE_BYTES,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub max_file_bytes: u64,
    /// How long connecting to an agent's MCP server (handshake and tool list) may take.
    #[arg(long, value_name = "SECONDS", default_value_t = McpConfig::default().connect_timeout.as_secs(),
          value_parser = clap::value_parser!(u64).range(1..))]
    pub mcp_connect_timeout_seconds: u64,
    /// How long one call of an MCP server's tool may take.
    #[arg(long, value_name = "SECONDS", default_value_t = McpConfig::default().call_timeout.as_secs(),
          value_parser = clap::value_parser!(u64).range(1..))]
    pub mcp_call_timeout_seconds: u64,
}

fn parse_mapping(s: &str) -> Result<(String, String), String> {
    match s.split_once('=') {
        Some((from, to)) if !from.is_empty() && !to.is_empty() => Ok((from.to_string(), to.to_string())),
        _ => Err(format!("'{s}' is not FROM=TO")),
    }
}

pub async fn run(cmd: LocalCommand) -> anyhow::Result<i32> {
    match cmd {
        LocalCommand::Serve(args) => {
            serve(serve_options(*args)?).await?;
            Ok(0)
        }
        LocalCommand::Doctor(args) => Ok(doctor(args)),
        LocalCommand::ApiKey(args) => {
            let data_dir = args.data_dir.unwrap_or_else(default_data_dir);
            println!("{}", crate::local::api_key::load_or_create(&data_dir)?);
            Ok(0)
        }
        LocalCommand::EnvironmentKey(args) => {
            let data_dir = args.data_dir.unwrap_or_else(default_data_dir);
            println!(
                "{}",
                crate::local::work::issue_environment_key(&data_dir, &args.environment_id)?
            );
            Ok(0)
        }
    }
}

/// Prints the back end `auto` picks, each back end with how its unrestricted sessions reach the
/// network, and how the file tools are confined; exits 1 when `auto` would find none.
fn doctor(args: DoctorArgs) -> i32 {
    let data_dir = args.data_dir.unwrap_or_else(default_data_dir);
    let hidden = hidden_dirs(&data_dir);
    let active = sandbox::SandboxConfig::select(sandbox::Mode::Auto, &hidden);
    match &active {
        Ok(config) => println!("sandbox: {} (what --sandbox auto uses)", config.name()),
        Err(_) => println!("sandbox: none works here; `ant local serve` needs --sandbox none to run tools unconfined"),
    }
    for sandbox::Availability {
        name,
        runs,
        unrestricted,
    } in sandbox::availability(&hidden)
    {
        match runs {
            Ok(detail) => println!("  {name}: ok: {detail}"),
            Err(why) => println!("  {name}: unavailable: {why}"),
        }
        match unrestricted {
            Ok(how) => println!("    unrestricted networking: {how}"),
            Err(why) => println!("    unrestricted networking: unavailable (such sessions fail): {why}"),
        }
    }
    println!("  none: only with --sandbox none (no isolation)");
    println!("{}", sandbox::describe_file_tools());
    i32::from(active.is_err())
}

pub(crate) fn serve_options(args: ServeArgs) -> anyhow::Result<ServeOptions> {
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let base_url = args.model_url.clone().unwrap_or_else(|| ANTHROPIC_URL.to_string());
    // Anthropic's own key is a fallback only for Anthropic's own endpoint.
    let model_key = env("ANT_MODEL_API_KEY").or_else(|| {
        if args.model_url.is_none() {
            env("ANTHROPIC_API_KEY")
        } else {
            None
        }
    });
    let api: ModelApi = args.model_api.parse()?;
    let secrets = [
        args.api_key.clone(),
        model_key.clone(),
        env("ANTHROPIC_API_KEY"),
        env("ANTHROPIC_AUTH_TOKEN"),
    ]
    .into_iter()
    .flatten()
    .collect();
    Ok(ServeOptions {
        addr: args.addr,
        data_dir: args.data_dir.unwrap_or_else(default_data_dir),
        api_key: args.api_key.filter(|k| !k.is_empty()),
        model: ProviderConfig {
            api,
            base_url,
            api_key: model_key,
            model_map: args.model_map,
            record: args.record,
            replay: args.replay,
        },
        secrets,
        work_lease: std::time::Duration::from_secs(args.work_lease_seconds.max(1)),
        sandbox: args
            .sandbox
            .parse()
            .map_err(|e: String| anyhow::anyhow!("--sandbox: {e}"))?,
        shell_idle: std::time::Duration::from_secs(args.shell_idle_seconds),
        max_file_bytes: args.max_file_bytes,
        mcp: McpConfig {
            connect_timeout: std::time::Duration::from_secs(args.mcp_connect_timeout_seconds),
            call_timeout: std::time::Duration::from_secs(args.mcp_call_timeout_seconds),
        },
        clock: env(CLOCK_VAR)
            .map(|v| {
                crate::api::parse_instant(&v).ok_or_else(|| {
                    anyhow::anyhow!("{CLOCK_VAR}={v:?}: expected an RFC 3339 instant such as 2026-03-10T08:59:50Z")
                })
            })
            .transpose()?,
    })
}
