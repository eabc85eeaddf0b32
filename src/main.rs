//! `ant`: Claude Managed Agents from the command line, against Anthropic's API or the local runner.

use clap::Parser;

#[tokio::main]
async fn main() {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .with_writer(std::io::stderr)
        .with_target(false)
        .init();
    let code = match ant::cli::run(ant::cli::Cli::parse()).await {
        Ok(code) => code,
        Err(e) => {
            eprintln!("ant: {e:#}");
            1
        }
    };
    std::process::exit(code);
}
