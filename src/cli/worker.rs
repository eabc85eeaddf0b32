//! `ant beta:worker poll|run`: self-hosted hands for a `self_hosted` environment.

use std::path::PathBuf;
use std::time::Duration;

use clap::builder::PossibleValuesParser;
use clap::{Args, Subcommand};
use tokio_util::sync::CancellationToken;

use crate::local::sandbox::{MODES, Mode, SandboxConfig};
use crate::worker::{Item, Worker};

#[derive(Subcommand)]
pub enum WorkerCommand {
    /// Poll the environment's work queue and serve each claimed session's tool calls.
    Poll(PollArgs),
    /// Serve one already-claimed work item (what an --on-work script's container runs).
    Run(RunArgs),
}

#[derive(Args)]
pub struct Common {
    /// The self-hosted environment to work for.
    #[arg(long, env = "ANTHROPIC_ENVIRONMENT_ID")]
    pub environment_id: String,
    /// The environment's key (`ant local environment-key` issues one for the local server).
    #[arg(long, env = "ANTHROPIC_ENVIRONMENT_KEY", hide_env_values = true)]
    pub environment_key: String,
    /// Where tools run: the files they read and write live here.
    #[arg(long, default_value = ".")]
    pub workdir: PathBuf,
    /// Not supported: file tools always stay inside --workdir (and bash in its sandbox).
    #[arg(long)]
    pub unrestricted_paths: bool,
    /// Hand the item back after this long without events once a turn has ended (e.g. 60s, 5m; 0: never).
    #[arg(long, default_value = "60s", value_parser = parse_duration)]
    pub max_idle: Duration,
    /// Log line format.
    #[arg(long, default_value = "text", value_parser = ["text", "json"])]
    pub log_format: String,
    /// How tools are confined, as for `ant local serve`.
    #[arg(long, default_value = "auto", value_parser = PossibleValuesParser::new(MODES))]
    pub sandbox: String,
}

#[derive(Args)]
pub struct PollArgs {
    #[command(flatten)]
    pub common: Common,
    /// This worker's id [default: <hostname>-<16 hex>]
    #[arg(long, env = "ANTHROPIC_WORKER_ID")]
    pub worker_id: Option<String>,
    /// Run this script for each claimed item (the item's JSON on stdin) instead of serving it here.
    #[arg(long)]
    pub on_work: Option<String>,
}

#[derive(Args)]
pub struct RunArgs {
    #[command(flatten)]
    pub common: Common,
    #[arg(long, env = "ANTHROPIC_SESSION_ID")]
    pub session_id: String,
    #[arg(long, env = "ANTHROPIC_WORK_ID")]
    pub work_id: String,
}

pub(super) fn parse_duration(s: &str) -> Result<Duration, String> {
    let (number, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit() && c != '.').unwrap_or(s.len()));
    let n: f64 = number
        .parse()
        .map_err(|_| format!("'{s}' is not a duration like 60s, 5m or 1h"))?;
    let scale = match unit {
        "" | "s" => 1.0,
        "ms" => 0.001,
        "m" => 60.0,
        "h" => 3600.0,
        _ => return Err(format!("'{s}' is not a duration like 60s, 5m or 1h")),
    };
    Ok(Duration::from_secs_f64(n * scale))
}

fn default_worker_id() -> String {
    let host = std::fs::read_to_string("/etc/hostname")
        .map(|h| h.trim().to_string())
        .unwrap_or_else(|_| "worker".into());
    format!("{host}-{}", &uuid::Uuid::new_v4().simple().to_string()[..16])
}

pub async fn run(cmd: WorkerCommand, base_url: Option<String>) -> anyhow::Result<i32> {
    let (common, worker_id) = match &cmd {
        WorkerCommand::Poll(a) => (&a.common, a.worker_id.clone().unwrap_or_else(default_worker_id)),
        WorkerCommand::Run(a) => (&a.common, default_worker_id()),
    };
    anyhow::ensure!(
        !common.unrestricted_paths,
        "--unrestricted-paths: not supported; file tools stay inside --workdir and bash inside its sandbox"
    );
    let mode: Mode = common
        .sandbox
        .parse()
        .map_err(|e: String| anyhow::anyhow!("--sandbox: {e}"))?;
    let hidden: Vec<PathBuf> = dirs::home_dir().into_iter().collect();
    let sandbox = SandboxConfig::select(mode, &hidden).map_err(|e| anyhow::anyhow!("--sandbox: {e}"))?;
    let stop = CancellationToken::new();
    tokio::spawn(cancel_on_signal(stop.clone()));
    let worker = Worker {
        base_url: base_url.unwrap_or_else(|| crate::client::config::DEFAULT_BASE_URL.to_string()),
        environment_id: common.environment_id.clone(),
        environment_key: common.environment_key.clone(),
        worker_id,
        workdir: common.workdir.clone(),
        max_idle: (!common.max_idle.is_zero()).then_some(common.max_idle),
        sandbox,
        stop,
    };
    match cmd {
        WorkerCommand::Poll(a) => {
            worker
                .poll(a.on_work.as_deref().filter(|s| !s.is_empty() && *s != "in-process"))
                .await?
        }
        WorkerCommand::Run(a) => {
            let secret = std::env::var("ANTHROPIC_WORK_SECRET").ok();
            worker
                .handle(&Item {
                    id: a.work_id,
                    session_id: a.session_id,
                    secret,
                })
                .await;
        }
    }
    Ok(0)
}

/// SIGINT or SIGTERM: finish the current call, stop the item, exit 0.
async fn cancel_on_signal(stop: CancellationToken) {
    crate::local::stop_signal().await;
    stop.cancel();
}
