//! `ant`: Claude Managed Agents from the command line, against Anthropic's API or the local runner.

fn main() {
    // Inside a sandbox with limited networking this binary is also the init that forks the proxy
    // bridge: that must happen before the runtime below starts any thread.
    ant::local::sandbox::bridge::run_if_asked();
    // Before anything else runs, secrets given as flags leave the command line others can read.
    let command = ant::cli::command();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if let Err(e) = ant::cli::argv::hide_secrets(&command, &args) {
        eprintln!("ant: warning: cannot hide secret flags' values from the command line: {e}");
    }
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .with_writer(std::io::stderr)
        .with_target(false)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    std::process::exit(ant::cli::main(command, args));
}
