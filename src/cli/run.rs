//! `ant run AGENT "task"`: one task from start to finish. Creates the agent (from a file) and an
//! environment when needed, a session, opens the live view, sends the task, and shows the work
//! until the session goes idle. With `--local` and no server running, the local server runs in
//! this process (still reached over HTTP, so there is one code path), logging to its data dir.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use clap::{Arg, ArgAction, ArgMatches, Command};
use reqwest::Method;
use serde_json::{Value, json};

use super::watch::{self, Sink};
use crate::client::stream::Follower;
use crate::client::{Client, Request, Settings};
use crate::output::live::Live;
use crate::output::{self, Format, Printer};

pub fn command() -> Command {
    Command::new("run")
        .about("Run a task: create a session for AGENT, send TASK, and show the work until idle")
        .arg(
            Arg::new("agent")
                .required(true)
                .value_name("AGENT")
                .help("An agent id, or a YAML/JSON file holding an agent create body"),
        )
        .arg(
            Arg::new("task")
                .required(true)
                .value_name("TASK")
                .help("The first user message"),
        )
        .arg(
            Arg::new("environment")
                .long("environment")
                .value_name("ENV_ID")
                .help("Environment to run in [default: a new one]"),
        )
        .arg(
            Arg::new("replay")
                .long("replay")
                .value_name("FILE")
                .value_parser(clap::value_parser!(PathBuf))
                .help("With --local: play recorded model responses from FILE (no model needed)"),
        )
        .arg(
            Arg::new("outcome")
                .long("outcome")
                .value_name("FILE")
                .value_parser(clap::value_parser!(PathBuf))
                .help("Work toward an outcome: a YAML/JSON file holding user.define_outcome's description, rubric and max_iterations"),
        )
        .arg(
            Arg::new("event-delta")
                .long("event-delta")
                .value_name("TYPE")
                .action(ArgAction::Append)
                .help("Show events of TYPE (agent.message) as they are generated"),
        )
}

pub async fn run(root: &ArgMatches, m: &ArgMatches) -> anyhow::Result<i32> {
    let debug = root.get_flag("debug");
    let max_retries = *root.get_one::<u32>("max-retries").expect("default");
    let replay = m.get_one::<PathBuf>("replay").cloned();
    let local_dir = root.get_flag("local").then(super::local_data_dir);
    let settings = match &local_dir {
        Some(dir) => local_settings(dir, replay)?,
        None if replay.is_some() => bail!("--replay needs --local: it configures the local server"),
        None => super::settings(root).await?,
    };
    let client = Client::new(settings, max_retries, debug)?;
    // Read before anything is created, so a bad file leaves nothing behind.
    let outcome = match m.get_one::<PathBuf>("outcome") {
        Some(file) => {
            let mut outcome = yaml_file(file)?;
            outcome["type"] = json!("user.define_outcome");
            Some(outcome)
        }
        None => None,
    };

    let agent = m.get_one::<String>("agent").expect("required");
    let agent_id = if Path::new(agent).is_file() {
        create_agent_file(&client, Path::new(agent)).await?
    } else if agent.contains('/') || Path::new(agent).extension().is_some() {
        // An id has neither: this was meant as a file.
        bail!("{agent}: no such file (AGENT is an agent file or an agent id)");
    } else {
        agent.clone()
    };
    let environment_id = match m.get_one::<String>("environment") {
        Some(id) => id.clone(),
        None => {
            let name = format!("ant run {}", crate::api::now());
            id_of(&client, "/v1/environments", json!({ "name": name })).await?
        }
    };
    let session_id = id_of(
        &client,
        "/v1/sessions",
        json!({"agent": agent_id, "environment_id": environment_id}),
    )
    .await?;

    let stdout_tty = std::io::stdout().is_terminal();
    let color = output::use_color(stdout_tty);
    let format = *root.get_one::<Format>("format").expect("default");
    let human = matches!(format, Format::Auto | Format::Explore | Format::Human);
    let mut sink = if human {
        Sink::Live(Live::new(std::io::stdout(), color, std::io::stderr().is_terminal()))
    } else {
        let transform = root.get_one::<String>("transform").cloned();
        Sink::Print(Printer::new(
            watch::buffered_stdout(),
            format,
            transform,
            root.get_flag("raw-output"),
            color,
            "run".into(),
        ))
    };
    let deltas: Vec<String> = m
        .get_many::<String>("event-delta")
        .map(|v| v.cloned().collect())
        .unwrap_or_default();
    let stream = Request {
        method: Method::GET,
        path: format!("/v1/sessions/{session_id}/events/stream"),
        query: deltas.into_iter().map(|d| ("event_deltas[]".into(), d)).collect(),
        body: None,
        betas: Vec::new(),
    };
    let mut follower = Follower::open(client.clone(), stream).await?;
    let task = m.get_one::<String>("task").expect("required");
    let mut events = vec![json!({"type": "user.message", "content": [{"type": "text", "text": task}]})];
    events.extend(outcome);
    let message = json!({ "events": events });
    client
        .send(&post(&format!("/v1/sessions/{session_id}/events"), message))
        .await?;

    let end = tokio::select! {
        end = watch::watch(&mut follower, &mut sink, true, None) => end?,
        _ = tokio::signal::ctrl_c() => {
            sink.finish();
            // Ctrl-C stops the agent, not only the view; the session stays for a later message.
            let interrupt = json!({"events": [{"type": "user.interrupt"}]});
            match client.send(&post(&format!("/v1/sessions/{session_id}/events"), interrupt)).await {
                Ok(_) => eprintln!("ant: interrupted session {session_id}"),
                Err(e) => eprintln!("ant: could not interrupt session {session_id}: {}", one_line(e)),
            }
            return Ok(130);
        }
    };
    sink.finish();
    if let Some(line) = end.message(&session_id) {
        eprintln!("ant: {line}");
    }
    let mut where_ = Vec::new();
    if let Some(dir) = &local_dir {
        where_.push(format!(
            "workspace: {}",
            dir.join("workspaces").join(&session_id).display()
        ));
    }
    // The hints reach the same server: the local one needs --local (which restarts it if gone).
    let local = if local_dir.is_some() { " --local" } else { "" };
    where_.push(format!("history:   ant beta:sessions:events list {session_id}{local}"));
    if end.exit_code() == 2 {
        where_.push(format!("continue:  ant chat {session_id}{local}"));
    }
    for line in where_ {
        if human {
            sink.note(&line)?;
        } else {
            eprintln!("{line}");
        }
    }
    Ok(end.exit_code())
}

fn post(path: &str, body: Value) -> Request {
    Request {
        method: Method::POST,
        path: path.to_string(),
        query: Vec::new(),
        body: Some(body),
        betas: Vec::new(),
    }
}

/// Creates a resource and returns its id.
async fn id_of(client: &Client, path: &str, body: Value) -> anyhow::Result<String> {
    let answer = client.send(&post(path, body)).await.map_err(one_line)?;
    let id = gjson::get(&answer, "id");
    if !id.exists() {
        bail!("POST {path}: the answer has no id");
    }
    Ok(id.str().to_string())
}

/// An API error as one line with the server's message.
fn one_line(e: crate::client::ClientError) -> anyhow::Error {
    match &e {
        crate::client::ClientError::Api {
            method,
            url,
            status,
            body,
            ..
        } => {
            let message = crate::client::error_message(body).unwrap_or_default();
            let path = url.split('?').next().unwrap_or(url);
            anyhow::anyhow!("{method} {path}: {}: {message}", status.as_u16())
        }
        _ => e.into(),
    }
}

/// The local server for `dir`: the one running there, or a new one in this process. A replay
/// needs a server of its own, so it refuses to share one that is already running.
fn local_settings(dir: &Path, replay: Option<PathBuf>) -> anyhow::Result<Settings> {
    let marker = dir.join("server.json");
    let credential = crate::client::local::credential(dir)?;
    let key = credential.secret.value().to_string();
    let credential = Some(credential);
    let _starting = crate::client::local::start_lock(dir)?;
    if let Some(base_url) = crate::client::local::running(&marker) {
        if replay.is_some() {
            bail!(
                "--replay: a local server already runs on {} ({base_url}); stop it or choose another ANT_LOCAL_DATA_DIR",
                dir.display()
            );
        }
        return Ok(Settings {
            base_url,
            credential,
            workspace_id: None,
        });
    }
    let _ = std::fs::remove_file(&marker);
    let args = super::local::ServeArgs {
        addr: "127.0.0.1:0".into(),
        data_dir: Some(dir.to_path_buf()),
        api_key: Some(key),
        model_url: std::env::var("ANT_MODEL_URL").ok().filter(|u| !u.is_empty()),
        model_api: "anthropic".into(),
        model_map: Vec::new(),
        record: None,
        replay,
        work_lease_seconds: 30,
        sandbox: std::env::var("ANT_SANDBOX").unwrap_or_else(|_| "auto".into()),
        shell_idle_seconds: crate::local::tools::SHELL_IDLE.as_secs(),
        max_file_bytes: crate::local::resources::MAX_FILE_BYTES,
        mcp_connect_timeout_seconds: crate::local::mcp::McpConfig::default().connect_timeout.as_secs(),
        mcp_call_timeout_seconds: crate::local::mcp::McpConfig::default().call_timeout.as_secs(),
    };
    let opts = super::local::serve_options(args)?;
    let log_path = dir.join("server.log");
    let log = std::fs::File::create(&log_path).with_context(|| format!("cannot create {}", log_path.display()))?;
    // The server's request log would garble the live view: it goes to the data dir instead,
    // on every thread of the server's own runtime.
    let dispatch = tracing::Dispatch::new(
        tracing_subscriber::fmt()
            .with_writer(std::sync::Mutex::new(log))
            .with_ansi(false)
            .finish(),
    );
    let (done_tx, done_rx) = std::sync::mpsc::channel();
    // The thread lives as long as the command: the server stops when the process exits.
    std::thread::spawn(move || {
        let for_workers = dispatch.clone();
        let _guard = tracing::dispatcher::set_default(&dispatch);
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .on_thread_start(move || std::mem::forget(tracing::dispatcher::set_default(&for_workers)))
            .build();
        let result = match runtime {
            Ok(rt) => rt.block_on(crate::local::serve(opts)),
            Err(e) => Err(e.into()),
        };
        let _ = done_tx.send(result);
    });
    let started = Instant::now();
    loop {
        if let Some(base_url) = crate::client::local::running(&marker) {
            return Ok(Settings {
                base_url,
                credential,
                workspace_id: None,
            });
        }
        if let Ok(result) = done_rx.try_recv() {
            let why = result
                .err()
                .map_or_else(|| "it stopped".to_string(), |e| format!("{e:#}"));
            bail!("the local server did not start: {why}");
        }
        if started.elapsed() > Duration::from_secs(15) {
            bail!("the local server did not start within 15s; see {}", log_path.display());
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// The create body of an agent file: a template as `ant apply` reads it (`agents/*.md`: YAML front
/// matter, the prose becomes `system`), or a create body in YAML or JSON.
/// Creates the agent of a file, and first the agents its roster names by file
/// (`multiagent.agents: [writer.yaml]`, relative to the file), each then referenced by id.
async fn create_agent_file(client: &Client, path: &Path) -> anyhow::Result<String> {
    let mut body = agent_file_body(path)?;
    let dir = path.parent().unwrap_or(Path::new("."));
    if let Some(entries) = body.pointer_mut("/multiagent/agents").and_then(Value::as_array_mut) {
        for entry in entries.iter_mut() {
            let Some(file) = entry.as_str().map(|f| dir.join(f)).filter(|f| f.is_file()) else {
                continue;
            };
            let worker = agent_file_body(&file)?;
            *entry = serde_json::json!({"type": "agent", "id": id_of(client, "/v1/agents", worker).await?});
        }
    }
    id_of(client, "/v1/agents", body).await
}

fn agent_file_body(path: &Path) -> anyhow::Result<Value> {
    if path.extension().is_some_and(|e| e == "md") {
        let base = path.parent().unwrap_or(Path::new("."));
        let resources = crate::template::load::load(&[path.to_path_buf()], base)?;
        return resources
            .into_iter()
            .find(|r| r.kind == crate::template::Kind::Agent && r.path.ends_with(path.file_name().unwrap_or_default()))
            .map(|r| r.body)
            .ok_or_else(|| anyhow::anyhow!("{}: not an agent template", path.display()));
    }
    yaml_file(path)
}

fn yaml_file(path: &Path) -> anyhow::Result<Value> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    super::input::parse_yaml(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
}
