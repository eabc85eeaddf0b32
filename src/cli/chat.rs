//! `ant chat SESSION_ID`: the live view plus a prompt. A typed line is sent as a user message;
//! a tool call waiting for approval is asked about (allow, or deny with a reason); custom tools
//! are answered by `--tool-handler NAME=COMMAND` or typed in. Ctrl-C sends `user.interrupt`,
//! a second Ctrl-C quits.

use std::collections::{HashMap, VecDeque};
use std::io::IsTerminal;

use clap::{Arg, ArgAction, ArgMatches, Command};
use reqwest::Method;
use serde_json::{Value, json};
use tokio::sync::mpsc;

use super::watch::Sink;
use crate::client::stream::{Follower, Item};
use crate::client::{Client, ClientError, Request};
use crate::output;
use crate::output::live::Live;

pub fn command() -> Command {
    Command::new("chat")
        .about("Talk to a session: the live view, a prompt, approvals and custom tool answers")
        .arg(Arg::new("session").required(true).value_name("SESSION_ID"))
        .arg(
            Arg::new("tool-handler")
                .long("tool-handler")
                .value_name("NAME=COMMAND")
                .action(ArgAction::Append)
                .help("Answer custom tool NAME by running COMMAND (input JSON on stdin, result from stdout)"),
        )
}

/// A call the session waits on, remembered from its event until it is answered.
struct Call {
    kind: String,
    name: String,
    input: Value,
}

pub async fn run(root: &ArgMatches, m: &ArgMatches) -> anyhow::Result<i32> {
    let session = m.get_one::<String>("session").expect("required").clone();
    let mut handlers = HashMap::new();
    for spec in m.get_many::<String>("tool-handler").into_iter().flatten() {
        let Some((name, command)) = spec.split_once('=') else {
            anyhow::bail!("--tool-handler {spec}: expected NAME=COMMAND");
        };
        handlers.insert(name.to_string(), command.to_string());
    }
    let client = Client::new(
        super::settings(root).await?,
        *root.get_one::<u32>("max-retries").expect("default"),
        root.get_flag("debug"),
    )?;
    let color = output::use_color(std::io::stdout().is_terminal());
    let mut sink = Sink::Live(Live::new(std::io::stdout(), color, std::io::stderr().is_terminal()));

    let stream = Request {
        method: Method::GET,
        path: format!("/v1/sessions/{session}/events/stream"),
        query: vec![("event_deltas[]".into(), "agent.message".into())],
        body: None,
        betas: Vec::new(),
    };
    let mut follower = Follower::open(client.clone(), stream).await?;
    // The follower runs in its own task, so waiting for it can be cancelled by input at any time.
    let (event_tx, mut events) = mpsc::channel::<Result<Option<Item>, ClientError>>(256);
    tokio::spawn(async move {
        loop {
            let item = follower.next().await;
            let last = !matches!(item, Ok(Some(_)));
            if event_tx.send(item).await.is_err() || last {
                return;
            }
        }
    });
    let (line_tx, mut lines) = mpsc::unbounded_channel::<String>();
    std::thread::spawn(move || {
        for line in std::io::stdin().lines() {
            let Ok(line) = line else { break };
            if line_tx.send(line).is_err() {
                break;
            }
        }
    });

    let mut calls: HashMap<String, Call> = HashMap::new();
    let mut questions: VecDeque<String> = VecDeque::new();
    let mut interrupted = false;
    sink.note("type a message and press Enter; Ctrl-C interrupts, twice quits")?;
    loop {
        tokio::select! {
            item = events.recv() => {
                let event = match item {
                    Some(Ok(Some(Item::Event(event)))) => event,
                    Some(Ok(Some(Item::Dropped { cause }))) => {
                        sink.note(&format!("connection lost ({cause}); reconnecting"))?;
                        continue;
                    }
                    Some(Err(e)) => return Err(e.into()),
                    Some(Ok(None)) | None => {
                        sink.finish();
                        eprintln!("ant: session {session} was deleted");
                        return Ok(1);
                    }
                };
                sink.event(&event)?;
                let v: Value = serde_json::from_str(&event).unwrap_or_default();
                let kind = v["type"].as_str().unwrap_or("");
                match kind {
                    "agent.tool_use" | "agent.mcp_tool_use" | "agent.custom_tool_use" => {
                        let id = v["id"].as_str().unwrap_or("").to_string();
                        let name = v["name"].as_str().unwrap_or("").to_string();
                        if kind == "agent.custom_tool_use" && let Some(command) = handlers.get(&name) {
                            let (text, is_error) = run_handler(command, &v["input"]).await;
                            sink.note(&format!("{name} answered by `{command}`"))?;
                            answer(&client, &session, json!({"type": "user.custom_tool_result",
                                "custom_tool_use_id": id, "content": [{"type": "text", "text": text}],
                                "is_error": is_error})).await?;
                        } else {
                            // An MCP tool is asked about as the live view shows it: server/tool.
                            let name = match v["mcp_server_name"].as_str() {
                                Some(server) => format!("{server}/{name}"),
                                None => name,
                            };
                            calls.insert(id, Call { kind: kind.into(), name, input: v["input"].clone() });
                        }
                    }
                    "session.status_idle" => {
                        for id in v["stop_reason"]["event_ids"].as_array().into_iter().flatten() {
                            let id = id.as_str().unwrap_or("").to_string();
                            if calls.contains_key(&id) && !questions.contains(&id) {
                                questions.push_back(id);
                            }
                        }
                        ask(&mut sink, &calls, questions.front())?;
                    }
                    "session.status_terminated" => {
                        sink.finish();
                        eprintln!("ant: session {session} was terminated");
                        return Ok(1);
                    }
                    _ => {}
                }
            }
            line = lines.recv() => {
                let Some(line) = line else {
                    sink.finish();
                    return Ok(0);
                };
                let line = line.trim().to_string();
                if let Some(id) = questions.pop_front() {
                    let call = calls.remove(&id).expect("questions are about known calls");
                    answer(&client, &session, reply(&id, &call, &line)).await?;
                    ask(&mut sink, &calls, questions.front())?;
                } else if !line.is_empty() {
                    // A new message starts over: the next Ctrl-C interrupts it rather than quitting.
                    interrupted = false;
                    answer(&client, &session, json!({"type": "user.message",
                        "content": [{"type": "text", "text": line}]})).await?;
                }
            }
            _ = tokio::signal::ctrl_c() => {
                if interrupted {
                    sink.finish();
                    return Ok(130);
                }
                interrupted = true;
                answer(&client, &session, json!({"type": "user.interrupt"})).await?;
                sink.note("interrupt sent; Ctrl-C again quits")?;
            }
        }
    }
}

/// Prints the question about the next waiting call, if any.
fn ask(sink: &mut Sink, calls: &HashMap<String, Call>, next: Option<&String>) -> std::io::Result<()> {
    let Some(call) = next.and_then(|id| calls.get(id)) else {
        return Ok(());
    };
    let input = call.input.to_string();
    if call.kind == "agent.custom_tool_use" {
        sink.note(&format!("{} {input}: type the result", call.name))
    } else {
        sink.note(&format!("allow {} {input}? y, or n and a reason", call.name))
    }
}

/// The event that answers `call` with the typed `line`.
fn reply(id: &str, call: &Call, line: &str) -> Value {
    if call.kind == "agent.custom_tool_use" {
        return json!({"type": "user.custom_tool_result", "custom_tool_use_id": id,
                      "content": [{"type": "text", "text": line}]});
    }
    let (word, reason) = line.split_once(' ').unwrap_or((line, ""));
    if matches!(word.to_ascii_lowercase().as_str(), "y" | "yes" | "allow") {
        return json!({"type": "user.tool_confirmation", "tool_use_id": id, "result": "allow"});
    }
    let mut deny = json!({"type": "user.tool_confirmation", "tool_use_id": id, "result": "deny"});
    if !reason.trim().is_empty() {
        deny["deny_message"] = json!(reason.trim());
    }
    deny
}

async fn answer(client: &Client, session: &str, event: Value) -> Result<(), ClientError> {
    let req = Request {
        method: Method::POST,
        path: format!("/v1/sessions/{session}/events"),
        query: Vec::new(),
        body: Some(json!({ "events": [event] })),
        betas: Vec::new(),
    };
    client.send(&req).await.map(|_| ())
}

/// Runs a tool handler with the input JSON on stdin; its stdout is the result, a failure an error.
async fn run_handler(command: &str, input: &Value) -> (String, bool) {
    use tokio::io::AsyncWriteExt;
    let child = tokio::process::Command::new("sh")
        .args(["-c", command])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) => return (format!("cannot run `{command}`: {e}"), true),
    };
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(input.to_string().as_bytes()).await;
    }
    match child.wait_with_output().await {
        Ok(out) if out.status.success() => (String::from_utf8_lossy(&out.stdout).trim_end().to_string(), false),
        Ok(out) => (
            format!(
                "`{command}` failed ({}): {}",
                out.status,
                String::from_utf8_lossy(&out.stderr).trim()
            ),
            true,
        ),
        Err(e) => (format!("`{command}`: {e}"), true),
    }
}
