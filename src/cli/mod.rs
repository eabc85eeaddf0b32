//! Command-line grammar: one file per resource; each parses arguments into requests and hands
//! results to `output/`.

pub mod local;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "ant",
    version,
    about = "Claude Managed Agents from the command line, remote or local"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// The local runner: the Managed Agents API on this machine.
    #[command(subcommand)]
    Local(local::LocalCommand),
}

/// Runs a parsed command and returns the process exit code.
pub async fn run(cli: Cli) -> anyhow::Result<i32> {
    match cli.command {
        Command::Local(cmd) => local::run(cmd).await,
    }
}
