//! Command-line grammar: one file per resource (tables of flags, see `spec.rs`); this file builds
//! the command tree, parses arguments, and runs a resource action: request -> client -> output
//! -> exit code.

mod apply;
pub mod argv;
mod auth;
mod chat;
mod complete;
mod embed;
mod explore;
pub(crate) mod input;
pub mod local;
mod manpages;
mod profile;
mod resources;
mod run;
pub(crate) mod spec;
mod watch;
pub mod worker;

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::builder::TypedValueParser;
use clap::parser::ValueSource;
use clap::{Arg, ArgAction, ArgMatches, Command, FromArgMatches, Subcommand};

use crate::client::config::{self, Inputs, Secret, Sourced};
use crate::client::oauth;
use crate::client::stream::Follower;
use crate::client::{Client, ClientError, Settings};
use crate::output::live::Live;
use crate::output::reply::Reply;
use crate::output::{self, Format, Printer};
use resources::events;
use spec::{Action, Resource, Shape};
use watch::Sink;

const SHELLS: [&str; 5] = ["bash", "zsh", "fish", "pwsh", "elvish"];

/// The whole command tree.
pub fn command() -> Command {
    let mut root = Command::new("ant")
        .version(env!("CARGO_PKG_VERSION"))
        .about("Claude Managed Agents from the command line, remote or local")
        .subcommand_required(true)
        .arg_required_else_help(true);
    for arg in global_args() {
        root = root.arg(arg.global(true));
    }
    for arg in credential_args() {
        root = root.arg(arg);
    }
    for resource in resources::ALL {
        root = root.subcommand(resources::command(resource));
    }
    root.subcommand(
        spec::action_command(&events::EVENTS, &events::STREAM, "stream")
            .about("Stream a session's events (short for beta:sessions:events stream)")
            .arg(events::until_idle()),
    )
    .subcommand(run::command())
    .subcommand(chat::command())
    .subcommand(local::LocalCommand::augment_subcommands(
        Command::new("local")
            .about("The local runner: the Managed Agents API on this machine")
            .subcommand_required(true),
    ))
    .subcommand(worker::WorkerCommand::augment_subcommands(
        Command::new("beta:worker")
            .about("Self-hosted hands: serve a self_hosted environment's tool calls on this machine")
            .subcommand_required(true),
    ))
    .subcommand(apply::apply_command())
    .subcommand(apply::validate_command())
    .subcommand(auth::AuthCommand::augment_subcommands(
        Command::new("auth")
            .about("Manage authentication")
            .subcommand_required(true),
    ))
    .subcommand(profile::ProfileCommand::augment_subcommands(
        Command::new("profile")
            .about("Manage configuration profiles")
            .subcommand_required(true),
    ))
    .subcommand(
        Command::new("completion")
            .about("Print a shell completion script")
            .arg(Arg::new("shell").required(true).value_parser(SHELLS)),
    )
    .subcommand(complete::completion_command())
    .subcommand(complete::complete_command())
    .subcommand(manpages::command())
    // The Anthropic credentials may follow any command but `local`: its server has a key of its
    // own, and a global --api-key (with ANTHROPIC_API_KEY) would fill that one.
    .mut_subcommands(|sub| {
        if sub.get_name() == "local" {
            return sub;
        }
        credential_args()
            .into_iter()
            .fold(sub, |sub, arg| sub.arg(arg.global(true)))
    })
}

/// The Anthropic credentials, never sent to the local server.
fn credential_args() -> [Arg; 2] {
    [
        Arg::new("api_key")
            .long("api-key")
            .env("ANTHROPIC_API_KEY")
            .hide_env_values(true)
            .value_name("KEY")
            .help("API key, sent as x-api-key"),
        Arg::new("auth-token")
            .long("auth-token")
            .env("ANTHROPIC_AUTH_TOKEN")
            .hide_env_values(true)
            .value_name("TOKEN")
            .help("Bearer token, sent as Authorization"),
    ]
}

fn global_args() -> Vec<Arg> {
    let formats = output::FORMAT_NAMES;
    vec![
        Arg::new("format")
            .long("format")
            .value_name("FORMAT")
            .default_value("auto")
            .value_parser(
                clap::builder::PossibleValuesParser::new(formats).map(|s| s.parse::<Format>().expect("listed")),
            )
            .ignore_case(true)
            .help("Output format (reads default to explore on a terminal, json elsewhere)"),
        Arg::new("format-error")
            .long("format-error")
            .value_name("FORMAT")
            .default_value("auto")
            .value_parser(
                clap::builder::PossibleValuesParser::new(formats).map(|s| s.parse::<Format>().expect("listed")),
            )
            .ignore_case(true)
            .help("Output format of API error bodies"),
        Arg::new("transform")
            .long("transform")
            .value_name("GJSON")
            .help("GJSON path applied to the result, or to each item of a list or stream"),
        Arg::new("transform-error")
            .long("transform-error")
            .value_name("GJSON")
            .help("GJSON path applied to API error bodies"),
        Arg::new("raw-output")
            .short('r')
            .long("raw-output")
            .action(ArgAction::SetTrue)
            .help("Print a string result without quotes"),
        Arg::new("debug")
            .long("debug")
            .action(ArgAction::SetTrue)
            .help("Print HTTP requests and responses to stderr (secrets redacted)"),
        Arg::new("base-url")
            .long("base-url")
            .env("ANTHROPIC_BASE_URL")
            .value_name("URL")
            .help("API base URL"),
        Arg::new("profile")
            .long("profile")
            .env("ANTHROPIC_PROFILE")
            .value_name("NAME")
            .help("Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)"),
        Arg::new("workspace-id")
            .long("workspace-id")
            .env("ANTHROPIC_WORKSPACE_ID")
            .value_name("ID")
            .help("Sent as anthropic-workspace-id"),
        Arg::new("local")
            .long("local")
            .env("ANT_LOCAL")
            .action(ArgAction::SetTrue)
            .value_parser(clap::builder::BoolishValueParser::new())
            .conflicts_with("base-url")
            .help("Use the local server (`ant local serve`), starting it when none runs"),
        Arg::new("max-retries")
            .long("max-retries")
            .value_name("N")
            .default_value("2")
            .value_parser(clap::value_parser!(u32))
            .help("Retries on connection errors, 408, 429 and 5xx"),
    ]
}

/// Parses `args` (the command line, as the program started) with `command`, runs it, and returns
/// the exit code. The async runtime starts only once the arguments are good: a single thread for
/// an API call, worker threads for the commands that serve or watch.
pub fn main(command: Command, args: Vec<std::ffi::OsString>) -> i32 {
    let matches = match command.try_get_matches_from(args) {
        Ok(m) => m,
        Err(e) => return clap_error(e),
    };
    let one_call = matches
        .subcommand_name()
        .is_some_and(|name| name == "stream" || resources::find(name).is_some());
    let runtime = if one_call {
        tokio::runtime::Builder::new_current_thread().enable_all().build()
    } else {
        tokio::runtime::Runtime::new()
    };
    let runtime = runtime.expect("cannot start the async runtime");
    match runtime.block_on(run(&matches)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("ant: {e:#}");
            1
        }
    }
}

/// Help and version print as usual; every other parse error becomes one line, with clap's
/// suggestion as "Did you mean".
fn clap_error(e: clap::Error) -> i32 {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            return 0;
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            return 1;
        }
        _ => {}
    }
    let rendered = e.render().to_string();
    let first = rendered.lines().next().unwrap_or("invalid arguments");
    let mut line = first.strip_prefix("error: ").unwrap_or(first).to_string();
    // clap names the missing arguments on the lines below: the one line names them too.
    if let Some(ContextValue::Strings(missing)) = e.get(ContextKind::InvalidArg)
        && e.kind() == ErrorKind::MissingRequiredArgument
    {
        line = format!("{line} {}", missing.join(", "));
    }
    // clap lists suggestions from the least to the most likely.
    let suggestion = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => v.last().cloned(),
        _ => None,
    };
    if let Some(s) = suggestion(ContextKind::SuggestedSubcommand) {
        // Name the whole command, as the official CLI does: the suggestion may be an action of
        // the resource typed before it.
        let resource = std::env::args().skip(1).find_map(|a| resources::find(&a));
        let lineage = match resource {
            Some(r) if r.actions.iter().any(|a| a.name == s) => format!("ant {} {s}", r.name),
            _ => format!("ant {s}"),
        };
        line.push_str(&format!(". Did you mean '{lineage}'?"));
    } else if let Some(s) = suggestion(ContextKind::SuggestedArg) {
        line.push_str(&format!(". Did you mean '{s}'?"));
    } else if let Some(ContextValue::Strings(valid)) = e.get(ContextKind::ValidValue) {
        line.push_str(&format!("; expected one of: {}", valid.join(", ")));
    }
    eprintln!("ant: {line}");
    1
}

async fn run(matches: &ArgMatches) -> anyhow::Result<i32> {
    let (name, sub) = matches.subcommand().expect("a subcommand is required");
    match name {
        "local" => local::run(local::LocalCommand::from_arg_matches(sub)?).await,
        "beta:worker" => {
            let base_url = matches.get_one::<String>("base-url").cloned();
            worker::run(worker::WorkerCommand::from_arg_matches(sub)?, base_url).await
        }
        "completion" => {
            let shell = sub.get_one::<String>("shell").expect("required");
            print!("{}", completion_script(shell));
            Ok(0)
        }
        "auth" => auth::run(matches, auth::AuthCommand::from_arg_matches(sub)?).await,
        "profile" => profile::run(matches, profile::ProfileCommand::from_arg_matches(sub)?),
        "@completion" => complete::print_script(sub),
        "__complete" => Ok(complete::run(sub).await),
        "@manpages" => manpages::run(sub),
        "validate" => apply::validate(sub),
        "apply" => {
            let settings = settings(matches).await?;
            let target = apply::Target {
                base_url: settings.base_url.clone(),
                workspace: settings.workspace_id.clone(),
                credential: settings.credential.as_ref().map(|c| {
                    let what = match c.secret {
                        Secret::ApiKey(_) => "API key",
                        Secret::Bearer(_) => "auth token",
                        Secret::UserOAuth(_) => "OAuth login",
                    };
                    format!("{what} ({})", c.source)
                }),
            };
            let client = Client::new(
                settings,
                *matches.get_one::<u32>("max-retries").expect("default"),
                matches.get_flag("debug"),
            )?;
            apply::apply(sub, client, target).await
        }
        "run" => run::run(matches, sub).await,
        "chat" => chat::run(matches, sub).await,
        "stream" => run_action(matches, &events::EVENTS, &events::STREAM, sub).await,
        _ => {
            let resource = resources::find(name).expect("clap only accepts known commands");
            let (action_name, leaf) = sub.subcommand().expect("an action is required");
            let action = resource
                .actions
                .iter()
                .find(|a| a.name == action_name)
                .expect("clap only accepts known actions");
            run_action(matches, resource, action, leaf).await
        }
    }
}

/// A completion script for `shell`, generated from the command tree.
pub fn completion_script(shell: &str) -> String {
    use clap_complete::Shell;
    let shell = match shell {
        "bash" => Shell::Bash,
        "zsh" => Shell::Zsh,
        "fish" => Shell::Fish,
        "pwsh" => Shell::PowerShell,
        _ => Shell::Elvish,
    };
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut command(), "ant", &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

/// Runs one resource action. API errors are printed as the official CLI prints them (status line
/// on stderr, body on stdout) and give exit 1.
async fn run_action(root: &ArgMatches, resource: &Resource, action: &Action, m: &ArgMatches) -> anyhow::Result<i32> {
    let full_name = format!("ant {} {}", resource.name, action.name);
    let piped = if input::wants_stdin(action, m) {
        None
    } else {
        read_piped_stdin()?
    };
    let call = input::build(action, &full_name, m, piped.as_deref())?;
    let request = call.request;
    let max_items = m
        .try_get_one::<i64>("max-items")
        .ok()
        .flatten()
        .and_then(|n| u64::try_from(*n).ok());

    let settings = settings(root).await?;
    let debug = root.get_flag("debug");
    let client = call.headers.iter().fold(
        Client::new(settings, *root.get_one::<u32>("max-retries").expect("default"), debug)?
            .for_family(resource.default_beta(), resource.beta_query()),
        |client, (name, value)| client.with_header(name, value),
    );
    // `--stream` (or `stream: true` piped) turns a create into an event stream.
    let events = action.shape == Shape::OneOrEvents
        && request
            .body
            .as_ref()
            .is_some_and(|b| b["stream"] == serde_json::Value::Bool(true));

    let stdout_tty = std::io::stdout().is_terminal();
    let stderr_tty = std::io::stderr().is_terminal();
    let color = output::use_color(stdout_tty);
    let explicit = root.value_source("format") == Some(ValueSource::CommandLine);
    let mut format = *root.get_one::<Format>("format").expect("default");
    if !explicit && (action.shape == Shape::Stream || events) && stdout_tty {
        format = Format::Human;
    } else if !explicit && events {
        // Piped, a reply's events are one JSON line each, written as they come.
        format = Format::Jsonl;
    } else if !explicit && action.is_read() {
        format = Format::Explore;
    }
    if format == Format::Explore && !stdout_tty {
        // The official CLI's fallback off a terminal, said only to those who asked for explore.
        if explicit {
            eprintln!("Warning: Output format 'explore' not supported for non-terminal output; falling back to 'json'");
        }
        format = Format::Json;
    }
    // What the browser does not show (bytes, a feed of lines or events, an upload's answer)
    // prints as JSON.
    let browsable = matches!(
        action.shape,
        Shape::One | Shape::OneOrEvents | Shape::List(_) | Shape::Stream
    ) && !events
        && call.form.is_none();
    if format == Format::Explore && !browsable {
        format = Format::Json;
    }
    let transform = root.get_one::<String>("transform").cloned();
    let raw_output = root.get_flag("raw-output");
    let title = full_name.trim_start_matches("ant ").to_string();

    let result = if format == Format::Explore {
        let explore = explore::Explore {
            title,
            transform,
            raw_output,
            color,
        };
        match explore::run(explore, client, request, action, m, max_items).await {
            Ok(code) => return Ok(code),
            Err(e) => Err(e),
        }
    } else if action.shape == Shape::Stream {
        let until_idle = m.try_get_one::<bool>("until-idle").ok().flatten() == Some(&true);
        let mut sink = if format == Format::Human {
            Sink::Live(Live::new(std::io::stdout(), color, stderr_tty))
        } else {
            Sink::Print(Printer::new(
                watch::buffered_stdout(),
                format,
                transform,
                raw_output,
                color,
                title,
            ))
        };
        let watched = async {
            let mut follower = Follower::open(client, request).await?;
            watch::watch(&mut follower, &mut sink, until_idle, max_items).await
        }
        .await;
        sink.finish();
        match watched {
            Ok(end) => {
                let session = request_session(action, m);
                if let Some(line) = end.message(&session) {
                    eprintln!("ant: {line}");
                }
                return Ok(end.exit_code());
            }
            Err(e) => Err(e),
        }
    } else if action.shape == Shape::Download {
        let output = m.get_one::<String>("output").map(String::as_str);
        if let Some(path) = output {
            output::download::check_target(path).map_err(|why| anyhow::anyhow!("--output: {why}"))?;
        }
        let progress = |len| output::progress::bar(len, stderr_tty);
        match client.download(&request, action.shape.accept()).await {
            Ok(mut download) => output::download::save(&mut download, output, stdout_tty, progress)
                .await
                .map(|done| done.into_iter().for_each(|line| println!("{line}"))),
            Err(e) => Err(e),
        }
    } else if events && format == Format::Human {
        let mut reply = Reply::new(std::io::stdout().lock());
        let shown = client.events(&request, max_items, |_, data| reply.event(data)).await;
        shown.and_then(|()| Ok(reply.finish()?))
    } else {
        let mut printer = Printer::new(std::io::stdout().lock(), format, transform, raw_output, color, title);
        let mut print = |text: &str| if text.is_empty() { Ok(()) } else { printer.print(text) };
        match (action.shape, &call.form) {
            (Shape::OneOrEvents, _) if events => client.events(&request, max_items, |_, data| print(data)).await,
            (Shape::Lines, _) => client.lines(&request, max_items, print).await,
            // Raw on a list is the first page's envelope, as received.
            (Shape::List(paging), _) if format != Format::Raw => {
                client.list_paged(request, paging, max_items, print).await
            }
            (_, Some(form)) => {
                let bar = output::progress::bar(form.file_bytes(), stderr_tty);
                let sent = client.upload(&request, form, &bar).await;
                bar.finish_and_clear();
                sent.and_then(|text| Ok(print(&text)?))
            }
            _ => client.send(&request).await.and_then(|text| Ok(print(&text)?)),
        }
    };
    if format == Format::Human
        && let Err(ClientError::Api { status, body, .. }) = &result
    {
        // People get one line; scripts (the other formats) get the official CLI's status and body.
        let why = crate::client::error_message(body).unwrap_or_else(|| body.trim().to_string());
        eprintln!(
            "ant: {} {}: {why}",
            status.as_u16(),
            status.canonical_reason().unwrap_or("")
        );
        return Ok(1);
    }
    match result {
        Ok(()) => Ok(0),
        Err(e) if e.is_broken_pipe() => Ok(0),
        Err(ClientError::Api {
            method,
            url,
            status,
            body,
            credential,
        }) => {
            eprintln!(
                "{method} \"{url}\": {} {}",
                status.as_u16(),
                status.canonical_reason().unwrap_or("")
            );
            if status == reqwest::StatusCode::UNAUTHORIZED {
                match credential {
                    Some(source) => eprintln!("hint: the server refused the credential from {source}"),
                    None => eprintln!(
                        "hint: no credential was sent; set ANTHROPIC_API_KEY, pass --api-key or run `ant auth login`"
                    ),
                }
            }
            print_error_body(root, &body, color);
            Ok(1)
        }
        Err(e) => Err(e.into()),
    }
}

/// The session id of a stream command, for messages.
fn request_session(action: &Action, m: &ArgMatches) -> String {
    let flag = action.positional().map_or("session-id", |p| p.flag);
    m.get_one::<String>(flag)
        .or_else(|| m.get_many::<String>("args").and_then(|mut a| a.next()))
        .cloned()
        .unwrap_or_default()
}

fn print_error_body(root: &ArgMatches, body: &str, color: bool) {
    if body.trim().is_empty() {
        return;
    }
    let mut format = *root.get_one::<Format>("format-error").expect("default");
    if format == Format::Explore {
        format = Format::Json;
    }
    let transform = root.get_one::<String>("transform-error").cloned();
    let mut printer = Printer::new(
        std::io::stdout().lock(),
        format,
        transform,
        false,
        color,
        "error".into(),
    );
    let json = if !crate::api::depth::exceeds_max_depth(body) && gjson::valid(body) {
        body.to_string()
    } else {
        serde_json::Value::String(body.to_string()).to_string()
    };
    let _ = printer.print(&json);
}

fn sourced(m: &ArgMatches, id: &str) -> Option<Sourced> {
    let value = m.get_one::<String>(id)?.clone();
    // An empty variable is treated as unset, so `ANTHROPIC_API_KEY=` cannot silently shadow a
    // profile (the official CLI's "auth trap").
    if value.is_empty() {
        return None;
    }
    Some(Sourced {
        value,
        from_env: m.value_source(id) == Some(ValueSource::EnvVariable),
    })
}

/// The connection settings of a command. A profile's `ant auth login` token is refreshed first
/// when it is about to expire.
async fn settings(root: &ArgMatches) -> anyhow::Result<Settings> {
    if root.get_flag("local") {
        let data_dir = local_data_dir();
        return Ok(Settings {
            credential: Some(crate::client::local::credential(&data_dir)?),
            base_url: crate::client::local::ensure_server(&data_dir)?,
            workspace_id: None,
        });
    }
    let resolved = config::resolve(Inputs {
        base_url: sourced(root, "base-url"),
        api_key: sourced(root, "api_key"),
        auth_token: sourced(root, "auth-token"),
        profile: sourced(root, "profile"),
        workspace_id: root.get_one::<String>("workspace-id").cloned(),
        config_dir: std::env::var_os("ANTHROPIC_CONFIG_DIR")
            .filter(|d| !d.is_empty())
            .map(PathBuf::from),
    })?;
    if let Some(note) = resolved.note {
        eprintln!("{note}");
    }
    let mut settings = resolved.settings;
    if let Some(login) = resolved.login {
        let fresh = oauth::fresh(&login, &settings.base_url, root.get_flag("debug")).await?;
        if let Some(warning) = fresh.warning {
            eprintln!("{warning}");
        }
        if let (Some(credential), Some(token)) = (&mut settings.credential, fresh.credentials.access_token) {
            credential.secret = Secret::UserOAuth(token);
        }
    }
    Ok(settings)
}

/// `--local` given to a command that has nothing to do with the local server.
fn refuse_local(root: &ArgMatches, command: &str) -> anyhow::Result<()> {
    anyhow::ensure!(
        root.value_source("local") != Some(ValueSource::CommandLine),
        "--local: `ant {command}` works on the profiles in $ANTHROPIC_CONFIG_DIR; the local server needs no login"
    );
    Ok(())
}

/// The data dir of `--local`: `ANT_LOCAL_DATA_DIR`, else the platform's.
fn local_data_dir() -> PathBuf {
    std::env::var_os("ANT_LOCAL_DATA_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(crate::local::default_data_dir)
}

/// A document piped on stdin: a non-empty regular file, or a pipe or socket with data within
/// 10 ms (as the official CLI decides). A terminal or an idle pipe is not input; bytes that are
/// not text are an error rather than no input.
fn read_piped_stdin() -> anyhow::Result<Option<String>> {
    use std::io::Read;
    // SAFETY: fstat and poll only read the state of file descriptor 0 into local structs.
    let ready = unsafe {
        let mut st: libc::stat = std::mem::zeroed();
        if libc::fstat(0, &mut st) != 0 {
            return Ok(None);
        }
        match st.st_mode & libc::S_IFMT {
            libc::S_IFREG => st.st_size > 0,
            libc::S_IFIFO | libc::S_IFSOCK => {
                let mut fd = libc::pollfd {
                    fd: 0,
                    events: libc::POLLIN,
                    revents: 0,
                };
                libc::poll(&mut fd, 1, 10) > 0 && fd.revents & libc::POLLIN != 0
            }
            _ => false,
        }
    };
    if !ready {
        return Ok(None);
    }
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|e| anyhow::anyhow!("cannot read the piped data on stdin: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        anyhow::anyhow!(
            "the piped data on stdin is not UTF-8 text (byte {})",
            e.utf8_error().valid_up_to()
        )
    })?;
    Ok((!text.trim().is_empty()).then_some(text))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_command_tree_is_consistent() {
        super::command().debug_assert();
    }
}
