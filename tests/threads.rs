//! Multi-agent rosters, threads and outcomes on the local server, end to end over HTTP.

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::*;
use serde_json::{Value, json};

/// One answer of the scripted model: its content blocks, after a pause.
struct Reply {
    content: Vec<Value>,
    pause: Duration,
}

fn says(text: &str) -> Reply {
    Reply {
        content: vec![json!({"type": "text", "text": text})],
        pause: Duration::ZERO,
    }
}

fn calls(name: &str, input: Value) -> Reply {
    Reply {
        content: vec![json!({"type": "tool_use", "id": format!("toolu_{}", rand_id()), "name": name, "input": input})],
        pause: Duration::ZERO,
    }
}

fn rand_id() -> String {
    format!(
        "{:x}",
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    )
}

type Script = dyn Fn(&Value) -> Reply + Send + Sync;

/// An in-process Messages API on 127.0.0.1 whose answers a test scripts per request (the
/// request tells which agent, or the grader, is asking). Keeps every request it was sent.
struct ScriptedModel {
    url: String,
    requests: Arc<Mutex<Vec<Value>>>,
}

impl ScriptedModel {
    async fn start(script: impl Fn(&Value) -> Reply + Send + Sync + 'static) -> Self {
        let requests = Arc::new(Mutex::new(Vec::new()));
        let script: Arc<Script> = Arc::new(script);
        let kept = requests.clone();
        let app = axum::Router::new().route(
            "/v1/messages",
            axum::routing::post(move |body: axum::Json<Value>| {
                let (script, kept) = (script.clone(), kept.clone());
                async move {
                    kept.lock().unwrap().push(body.0.clone());
                    let reply = script(&body.0);
                    tokio::time::sleep(reply.pause).await;
                    let tool = reply.content.iter().any(|b| b["type"] == "tool_use");
                    axum::Json(json!({
                        "id": format!("msg_{}", rand_id()), "type": "message", "role": "assistant",
                        "model": body.0["model"], "content": reply.content,
                        "stop_reason": if tool { "tool_use" } else { "end_turn" },
                        "usage": {"input_tokens": 10, "output_tokens": 5}
                    }))
                }
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await });
        Self { url, requests }
    }

    fn server(&self) -> Server {
        Server::start(&["--model-url", &self.url, "--model-api", "anthropic"])
    }

    fn requests(&self) -> Vec<Value> {
        self.requests.lock().unwrap().clone()
    }
}

fn is_grader(request: &Value) -> bool {
    request["system"]
        .as_str()
        .is_some_and(|s| s.starts_with("You are a grader"))
}

/// How many answers the agent gave before this request.
fn turns(request: &Value) -> usize {
    request["messages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["role"] == "assistant")
        .count()
}

fn verdict(result: &str, explanation: &str) -> Reply {
    calls(
        "submit_evaluation",
        json!({"result": result, "explanation": explanation}),
    )
}

fn outcome(max_iterations: Option<u64>) -> Value {
    let mut e = json!({"type": "user.define_outcome", "description": "Write a haiku about rust.",
        "rubric": {"type": "text", "content": "- three lines\n- mentions iron"}});
    if let Some(n) = max_iterations {
        e["max_iterations"] = json!(n);
    }
    e
}

/// What the official Python SDK reads of a session: the event types it listed (the session's
/// and each thread's), each event, thread and the session validated against its own model (None when the conformance virtualenv is missing).
fn sdk_reads(s: &Server, session: &str) -> Option<Vec<String>> {
    let python = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(".venv-conformance/bin/python");
    if !python.is_file() {
        println!(
            "note: the SDK check skipped: {} is missing (tests/run.sh makes it)",
            python.display()
        );
        return None;
    }
    let script = r#"
import sys, anthropic
client = anthropic.Anthropic(base_url=sys.argv[1], api_key=sys.argv[2])
session = client.beta.sessions.retrieve(sys.argv[3])
type(session).model_validate(session.to_dict())
for evaluation in session.outcome_evaluations:
    type(evaluation).model_validate(evaluation.to_dict())
for event in client.beta.sessions.events.list(sys.argv[3], limit=100):
    assert type(event).__name__.startswith("BetaManagedAgents"), type(event)
    type(event).model_validate(event.to_dict())
    print(event.type)
for thread in client.beta.sessions.threads.list(sys.argv[3], statuses=["idle", "running"]):
    type(thread).model_validate(thread.to_dict())
    assert client.beta.sessions.threads.retrieve(thread.id, session_id=sys.argv[3]).id == thread.id
    for event in client.beta.sessions.threads.events.list(thread.id, session_id=sys.argv[3]):
        type(event).model_validate(event.to_dict())
        print(event.type)
"#;
    let out = std::process::Command::new(python)
        .args(["-c", script, &s.base_url, &s.key, session])
        .env_remove("ANTHROPIC_API_KEY")
        .env_remove("ANTHROPIC_BASE_URL")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "the SDK failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::to_string)
            .collect(),
    )
}

/// Checks that the official SDK reads the session and lists each of `kinds` among its events.
fn sdk_sees(s: &Server, session: &str, kinds: &[&str]) {
    if let Some(listed) = sdk_reads(s, session) {
        for kind in kinds {
            assert!(listed.iter().any(|k| k == kind), "{kind} in {listed:?}");
        }
    }
}

/// Events from a stream up to and including the first of type `last`.
async fn collect_until(stream: &mut common::Stream, last: &str) -> Vec<Value> {
    let mut seen = Vec::new();
    while let Some(e) = stream.next_event(Duration::from_secs(30)).await {
        let done = e["type"] == last;
        seen.push(e);
        if done {
            break;
        }
    }
    seen
}

fn of_type<'a>(events: &'a [Value], kind: &str) -> Vec<&'a Value> {
    events.iter().filter(|e| e["type"] == kind).collect()
}

async fn saved_agent(s: &Server, name: &str, extra: Value) -> Value {
    let mut body = json!({"name": name, "model": "claude-sonnet-4-6", "system": format!("You are {name}.")});
    body.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
    s.ok("POST", "/v1/agents", Some(body)).await
}

async fn refused(s: &Server, method: &str, path: &str, body: Value, field: &str) {
    let (status, v) = s.call(method, path, Some(body.clone())).await;
    assert_eq!(status, 400, "{body}: {v}");
    let message = v["error"]["message"].as_str().unwrap();
    assert!(message.starts_with(field), "{body}: want {field}, got {message}");
}

#[tokio::test]
async fn rosters_are_validated_pinned_and_snapshotted_into_sessions() {
    let s = Server::start(&[]);
    let writer = saved_agent(&s, "writer", json!({})).await;
    let checker = saved_agent(&s, "checker", json!({})).await;
    let (w, c) = (writer["id"].as_str().unwrap(), checker["id"].as_str().unwrap());

    let lead = saved_agent(
        &s,
        "lead",
        json!({"multiagent": {"type": "coordinator", "agents": [w, {"type": "agent", "id": c, "version": 1}, {"type": "self"}]}}),
    )
    .await;
    let l = lead["id"].as_str().unwrap();
    assert_eq!(
        lead["multiagent"],
        json!({"type": "coordinator", "agents": [
            {"type": "agent", "id": w, "version": 1},
            {"type": "agent", "id": c, "version": 1},
            {"type": "agent", "id": l, "version": 1}
        ]})
    );

    let coordinator = |agents: Value| json!({"name": "x", "model": "claude-sonnet-4-6", "multiagent": {"type": "coordinator", "agents": agents}});
    let many: Vec<Value> = (0..21).map(|_| json!(w)).collect();
    let cases = [
        (coordinator(json!(["agent_nope"])), "multiagent.agents[0].id"),
        (
            coordinator(json!([{"type": "agent", "id": w, "version": 9}])),
            "multiagent.agents[0].version",
        ),
        (coordinator(json!(many)), "multiagent.agents"),
        (coordinator(json!([])), "multiagent.agents"),
        (coordinator(json!([w, l])), "multiagent.agents[1]"),
        (coordinator(json!([w, w])), "multiagent.agents[1]"),
        (
            json!({"name": "x", "model": "claude-sonnet-4-6", "multiagent": {"type": "swarm"}}),
            "multiagent.type",
        ),
    ];
    for (body, field) in cases {
        refused(&s, "POST", "/v1/agents", body, field).await;
    }
    // An update is checked the same way: a roster naming a coordinator is nested delegation.
    refused(
        &s,
        "POST",
        &format!("/v1/agents/{w}"),
        json!({"version": 1, "multiagent": {"type": "coordinator", "agents": [l]}}),
        "multiagent.agents[0]",
    )
    .await;

    // An archived agent cannot join a roster.
    let gone = saved_agent(&s, "gone", json!({})).await;
    let g = gone["id"].as_str().unwrap();
    s.ok("POST", &format!("/v1/agents/{g}/archive"), None).await;
    refused(
        &s,
        "POST",
        "/v1/agents",
        coordinator(json!([g])),
        "multiagent.agents[0]",
    )
    .await;

    // A later version of a worker does not change the pinned roster; the session runs the
    // pinned versions with their full definitions.
    s.ok(
        "POST",
        &format!("/v1/agents/{w}"),
        Some(json!({"version": 1, "system": "v2"})),
    )
    .await;
    let session = s.session(l).await;
    let got = s.ok("GET", &format!("/v1/sessions/{session}"), None).await;
    let team = got["agent"]["multiagent"]["agents"].as_array().unwrap();
    assert_eq!(team.len(), 3);
    assert_eq!(team[0]["name"], "writer");
    assert_eq!(team[0]["system"], "You are writer.");
    assert_eq!(team[0]["version"], 1);
    assert_eq!(team[2]["id"], l);
    assert!(team.iter().all(|a| a.get("multiagent").is_none()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_outcome_is_revised_twice_then_satisfied() {
    let graded = Arc::new(Mutex::new(0));
    let seen = graded.clone();
    let model = ScriptedModel::start(move |r| {
        if is_grader(r) {
            let mut n = seen.lock().unwrap();
            *n += 1;
            return match *n {
                1 => verdict("needs_revision", "only two lines"),
                2 => verdict("needs_revision", "no iron"),
                _ => verdict("satisfied", "all points met"),
            };
        }
        says(&format!("draft {}", turns(r) + 1))
    })
    .await;
    let s = model.server();
    let agent = s.agent("poet", json!([])).await;
    let session = s.session(&agent).await;
    let events = s.turn(&session, json!([outcome(None)])).await;

    let defined = of_type(&events, "user.define_outcome");
    let outcome_id = defined[0]["outcome_id"].as_str().unwrap();
    assert!(outcome_id.starts_with("outc_"), "{}", defined[0]);
    let ends = of_type(&events, "span.outcome_evaluation_end");
    let results: Vec<(&str, u64)> = ends
        .iter()
        .map(|e| (e["result"].as_str().unwrap(), e["iteration"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        results,
        [("needs_revision", 0), ("needs_revision", 1), ("satisfied", 2)]
    );
    let starts = of_type(&events, "span.outcome_evaluation_start");
    assert_eq!(starts.len(), 3);
    assert_eq!(of_type(&events, "span.outcome_evaluation_ongoing").len(), 3);
    for (start, end) in starts.iter().zip(&ends) {
        assert_eq!(end["outcome_evaluation_start_id"], start["id"]);
        assert_eq!(end["outcome_id"], outcome_id);
        assert_eq!(end["usage"]["output_tokens"], 5);
    }
    assert_eq!(of_type(&events, "agent.message").len(), 3, "one draft per iteration");
    let last = events.last().unwrap();
    assert_eq!(last["stop_reason"]["type"], "end_turn");

    // The agent saw the grader's explanation; the grader had its own context and no tools but
    // its verdict.
    let requests = model.requests();
    let agent_after_first = requests.iter().filter(|r| !is_grader(r)).nth(1).unwrap();
    assert!(agent_after_first.to_string().contains("only two lines"));
    let grader = requests.iter().rfind(|r| is_grader(r)).unwrap();
    assert!(grader["system"].as_str().unwrap().contains("mentions iron"));
    let tools: Vec<&str> = grader["tools"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(tools, ["submit_evaluation"]);
    assert_eq!(grader["messages"].as_array().unwrap().len(), 1);
    assert!(grader["messages"][0].to_string().contains("[agent] draft 3"));

    let got = s.ok("GET", &format!("/v1/sessions/{session}"), None).await;
    let evaluations = got["outcome_evaluations"].as_array().unwrap();
    assert_eq!(evaluations.len(), 1);
    assert_eq!(evaluations[0]["type"], "outcome_evaluation");
    assert_eq!(evaluations[0]["outcome_id"], outcome_id);
    assert_eq!(evaluations[0]["result"], "satisfied");
    assert_eq!(evaluations[0]["iteration"], 2);
    assert_eq!(evaluations[0]["explanation"], "all points met");
    assert!(evaluations[0]["completed_at"].is_string());
    assert_eq!(got["usage"]["output_tokens"], 30, "three drafts and three evaluations");
    sdk_sees(
        &s,
        &session,
        &[
            "user.define_outcome",
            "span.outcome_evaluation_start",
            "span.outcome_evaluation_ongoing",
            "span.outcome_evaluation_end",
        ],
    );

    // The session goes on as a conversation; the next outcome is accepted, its rubric a file:
    // echoed as the text it holds, which the grader reads.
    let more = s.turn(&session, user_message("thanks")).await;
    assert!(of_type(&more, "span.outcome_evaluation_start").is_empty());
    let rubric = "- five syllables first\n- no rhyme";
    let (status, file) = s
        .upload("/v1/files", &[multipart::file("file", "rubric.md", rubric.as_bytes())])
        .await;
    assert_eq!(status, 200, "{file}");
    let by_file = |file_id: &Value| {
        json!({"type": "user.define_outcome", "description": "Another haiku.",
            "rubric": {"type": "file", "file_id": file_id}, "max_iterations": 1})
    };
    let path = format!("/v1/sessions/{session}/events");
    refused(
        &s,
        "POST",
        &path,
        json!({"events": [by_file(&json!("file_none"))]}),
        "events[0].rubric.file_id: no file file_none",
    )
    .await;
    let (_, binary) = s
        .upload("/v1/files", &[multipart::file("file", "x.bin", &[0xff, 0xfe, 0])])
        .await;
    refused(
        &s,
        "POST",
        &path,
        json!({"events": [by_file(&binary["id"])]}),
        "events[0].rubric.file_id",
    )
    .await;
    let events = s.turn(&session, json!([by_file(&file["id"])])).await;
    let defined = of_type(&events, "user.define_outcome");
    assert_eq!(defined[0]["rubric"], json!({"type": "text", "content": rubric}));
    assert_eq!(
        of_type(&events, "span.outcome_evaluation_end")[0]["result"],
        "satisfied"
    );
    let grader = model.requests().into_iter().rfind(is_grader).unwrap();
    assert!(grader["system"].as_str().unwrap().contains(rubric), "{grader}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_outcome_stops_at_max_iterations_with_one_final_turn() {
    let model = ScriptedModel::start(|r| {
        if is_grader(r) {
            verdict("needs_revision", "still wrong")
        } else {
            says(&format!("draft {}", turns(r) + 1))
        }
    })
    .await;
    let s = model.server();
    let agent = s.agent("poet", json!([])).await;
    let env = s.ok("POST", "/v1/environments", Some(json!({"name": "e"}))).await;
    // Defined at creation, in initial_events.
    let mut stream_session = s
        .ok(
            "POST",
            "/v1/sessions",
            Some(json!({"agent": agent, "environment_id": env["id"], "initial_events": [outcome(Some(2))]})),
        )
        .await;
    let session = stream_session["id"].take();
    let session = session.as_str().unwrap();
    let mut events = Vec::new();
    for _ in 0..100 {
        events = s.history(session).await;
        if events.last().is_some_and(|e| e["type"] == "session.status_idle") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let results: Vec<&str> = of_type(&events, "span.outcome_evaluation_end")
        .iter()
        .map(|e| e["result"].as_str().unwrap())
        .collect();
    assert_eq!(results, ["needs_revision", "max_iterations_reached"]);
    let after: Vec<&str> = events
        .iter()
        .skip_while(|e| e["result"] != "max_iterations_reached")
        .map(|e| e["type"].as_str().unwrap())
        .filter(|t| t.starts_with("agent.") || t.starts_with("span.outcome") || t.starts_with("session.status_idle"))
        .collect();
    assert_eq!(
        after,
        ["span.outcome_evaluation_end", "agent.message", "session.status_idle"],
        "one acknowledgement turn, not graded"
    );
    let last_agent = model.requests().into_iter().rfind(|r| !is_grader(r)).unwrap();
    assert!(last_agent.to_string().contains("maximum number of iterations"));
    let got = s.ok("GET", &format!("/v1/sessions/{session}"), None).await;
    assert_eq!(got["outcome_evaluations"][0]["result"], "max_iterations_reached");
    assert_eq!(got["outcome_evaluations"][0]["iteration"], 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_interrupt_ends_the_evaluation_as_interrupted() {
    let model = ScriptedModel::start(|r| {
        if is_grader(r) {
            Reply {
                pause: Duration::from_secs(60),
                ..verdict("satisfied", "late")
            }
        } else {
            says("done")
        }
    })
    .await;
    let s = model.server();
    let agent = s.agent("poet", json!([])).await;
    let session = s.session(&agent).await;
    let mut stream = s.stream(&session, "").await;
    let path = format!("/v1/sessions/{session}/events");
    let send = |events: Value| s.ok("POST", &path, Some(json!({"events": events})));
    send(json!([outcome(None)])).await;
    while let Some(e) = stream.next_event(Duration::from_secs(30)).await {
        if e["type"] == "span.outcome_evaluation_ongoing" {
            break;
        }
    }
    // A second outcome while one is open is refused.
    refused(
        &s,
        "POST",
        &path,
        json!({"events": [outcome(None)]}),
        "events[0]: one outcome at a time",
    )
    .await;
    let got = s.ok("GET", &format!("/v1/sessions/{session}"), None).await;
    assert_eq!(got["outcome_evaluations"][0]["result"], "evaluating");

    send(json!([{"type": "user.interrupt"}])).await;
    let rest = collect_until(&mut stream, "session.status_idle").await;
    let ends = of_type(&rest, "span.outcome_evaluation_end");
    assert_eq!(ends.len(), 1);
    assert_eq!(ends[0]["result"], "interrupted");
    let got = s.ok("GET", &format!("/v1/sessions/{session}"), None).await;
    assert_eq!(got["outcome_evaluations"][0]["result"], "interrupted");
    assert_eq!(got["status"], "idle");
}

/// The lead's answer, by the turn it is in: delegate to every worker named in the user's last
/// message ("go writer checker"), then report what came back.
fn lead(r: &Value) -> Reply {
    let messages = r["messages"].as_array().unwrap();
    let last = messages.last().unwrap();
    let results: Vec<String> = last["content"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["type"] == "tool_result")
        .map(|b| b["content"][0]["text"].as_str().unwrap_or_default().to_string())
        .collect();
    if !results.is_empty() {
        return says(&format!("replies: {}", results.join(" | ")));
    }
    let text = last["content"][0]["text"].as_str().unwrap_or_default().to_string();
    let content = text
        .split_whitespace()
        .skip(1)
        .map(|agent| {
            json!({"type": "tool_use", "id": format!("toolu_{agent}_{}", rand_id()), "name": "send_to_agent",
                   "input": {"agent": agent, "message": format!("{agent}, do your part")}})
        })
        .collect();
    Reply {
        content,
        pause: Duration::ZERO,
    }
}

/// The agent a request is for, by its system prompt's first sentence, "You are NAME." (the
/// server adds what the session's resources are after it).
fn role(r: &Value) -> &str {
    let system = r["system"].as_str().unwrap_or_default();
    system
        .strip_prefix("You are ")
        .and_then(|s| s.split_once('.'))
        .map_or(system, |(name, _)| name)
}

async fn team(s: &Server, worker_tools: Value) -> (String, String, String) {
    let writer = saved_agent(s, "writer", json!({"tools": worker_tools})).await;
    let checker = saved_agent(s, "checker", json!({"tools": worker_tools})).await;
    let (w, c) = (writer["id"].as_str().unwrap(), checker["id"].as_str().unwrap());
    let lead = saved_agent(
        s,
        "lead",
        json!({"multiagent": {"type": "coordinator", "agents": [w, c]}}),
    )
    .await;
    (lead["id"].as_str().unwrap().to_string(), w.to_string(), c.to_string())
}

/// A lead whose workers answer "NAME done" after `pause`, on a server of its own, and a session
/// of it: (model, server, session).
async fn answering_team(pause: Duration) -> (ScriptedModel, Server, String) {
    let model = ScriptedModel::start(move |r| match role(r) {
        "lead" => lead(r),
        worker => Reply {
            pause,
            ..says(&format!("{worker} done"))
        },
    })
    .await;
    let s = model.server();
    let (lead_id, _, _) = team(&s, json!([])).await;
    let session = s.session(&lead_id).await;
    (model, s, session)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_coordinator_delegates_to_two_agents_in_parallel_threads() {
    let (model, s, session) = answering_team(Duration::from_millis(800)).await;
    let events = s.turn(&session, user_message("go writer checker")).await;

    let created = of_type(&events, "session.thread_created");
    let names: Vec<&str> = created.iter().map(|e| e["agent_name"].as_str().unwrap()).collect();
    assert_eq!(names, ["writer", "checker"]);
    let sent = of_type(&events, "agent.thread_message_sent");
    assert_eq!(sent.len(), 2);
    assert_eq!(sent[0]["to_agent_name"], "writer");
    assert_eq!(sent[0]["to_session_thread_id"], created[0]["session_thread_id"]);
    let received = of_type(&events, "agent.thread_message_received");
    let mut from: Vec<&str> = received
        .iter()
        .map(|e| e["from_agent_name"].as_str().unwrap())
        .collect();
    from.sort();
    assert_eq!(from, ["checker", "writer"]);
    // The primary stream is condensed: the workers' own messages stay in their threads.
    let messages = of_type(&events, "agent.message");
    assert_eq!(messages.len(), 1, "{messages:?}");
    let answer = text_of(messages[0]);
    assert!(
        answer.contains("writer done") && answer.contains("checker done"),
        "{answer}"
    );
    assert_eq!(events.last().unwrap()["stop_reason"]["type"], "end_turn");
    // In parallel: both threads ran before either went idle.
    let lifecycle: Vec<&str> = events
        .iter()
        .filter_map(|e| e["type"].as_str().filter(|t| t.starts_with("session.thread_status_")))
        .collect();
    assert_eq!(
        &lifecycle[..2],
        ["session.thread_status_running", "session.thread_status_running"],
        "{lifecycle:?}"
    );

    // The thread endpoints.
    let threads = s.ok("GET", &format!("/v1/sessions/{session}/threads"), None).await;
    let data = threads["data"].as_array().unwrap();
    assert_eq!(data.len(), 3);
    let primary = &data[0];
    assert!(primary["id"].as_str().unwrap().starts_with("sthr_"));
    assert!(primary["parent_thread_id"].is_null());
    assert_eq!(primary["agent"]["name"], "lead");
    assert!(primary["agent"].get("multiagent").is_none());
    for t in &data[1..] {
        assert_eq!(t["type"], "session_thread");
        assert_eq!(t["parent_thread_id"], primary["id"]);
        assert_eq!(t["status"], "idle");
        assert_eq!(t["usage"]["output_tokens"], 5);
        assert_eq!(t["session_id"], session.as_str());
    }
    let writer = created[0]["session_thread_id"].as_str().unwrap();
    let one = s
        .ok("GET", &format!("/v1/sessions/{session}/threads/{writer}"), None)
        .await;
    assert_eq!(one["agent"]["name"], "writer");
    assert_eq!(one["agent"]["system"], "You are writer.");
    let running = s
        .ok(
            "GET",
            &format!("/v1/sessions/{session}/threads?statuses[]=running"),
            None,
        )
        .await;
    assert_eq!(running["data"], json!([]));
    let (status, _) = s
        .call("GET", &format!("/v1/sessions/{session}/threads/sthr_nope"), None)
        .await;
    assert_eq!(status, 404);

    // A thread's own events: its input, its work, its reply; the session's list has none of its work.
    let own = s
        .ok("GET", &format!("/v1/sessions/{session}/threads/{writer}/events"), None)
        .await;
    let own = own["data"].as_array().unwrap();
    let kinds = types(own);
    assert!(
        kinds.contains(&"agent.thread_message_received") && kinds.contains(&"agent.message"),
        "{kinds:?}"
    );
    assert!(own.iter().all(|e| e["session_thread_id"] == writer), "{own:?}");
    let history = s.history(&session).await;
    assert!(
        !history
            .iter()
            .any(|e| e["type"] == "agent.message" && text_of(e) == "writer done")
    );
    let primary_view = s
        .ok(
            "GET",
            &format!(
                "/v1/sessions/{session}/threads/{}/events",
                primary["id"].as_str().unwrap()
            ),
            None,
        )
        .await;
    assert_eq!(primary_view["data"].as_array().unwrap().len(), history.len());

    // The same through the official commands.
    let listed = s
        .ant(&[
            "beta:sessions:threads",
            "list",
            "--session-id",
            &session,
            "--format",
            "jsonl",
        ])
        .run()
        .ok();
    assert_eq!(listed.lines().count(), 3, "{listed}");
    let retrieved = s
        .ant(&[
            "beta:sessions:threads",
            "retrieve",
            "--session-id",
            &session,
            "--thread-id",
            writer,
            "--format",
            "json",
        ])
        .run()
        .json();
    assert_eq!(retrieved["agent"]["name"], "writer");
    let own_listed = s
        .ant(&[
            "beta:sessions:threads:events",
            "list",
            "--session-id",
            &session,
            "--thread-id",
            writer,
            "--format",
            "jsonl",
        ])
        .run()
        .ok();
    assert_eq!(own_listed.lines().count(), own.len(), "{own_listed}");
    assert!(own_listed.contains("writer done"), "{own_listed}");

    // Archive: an idle thread, once; never the primary.
    let archived = s
        .ok(
            "POST",
            &format!("/v1/sessions/{session}/threads/{writer}/archive"),
            None,
        )
        .await;
    assert!(archived["archived_at"].is_string());
    refused(
        &s,
        "POST",
        &format!(
            "/v1/sessions/{session}/threads/{}/archive",
            primary["id"].as_str().unwrap()
        ),
        json!({}),
        "thread",
    )
    .await;

    // A follow-up reuses the checker's thread (its context kept) and makes a new one for the
    // archived writer; the checker's stream shows its work.
    let checker = created[1]["session_thread_id"].as_str().unwrap();
    let mut thread_stream = s
        .stream_at(&format!("/v1/sessions/{session}/threads/{checker}/stream"))
        .await;
    let again = s.turn(&session, user_message("again writer checker")).await;
    let created_again = of_type(&again, "session.thread_created");
    assert_eq!(created_again.len(), 1);
    assert_eq!(created_again[0]["agent_name"], "writer");
    let seen = collect_until(&mut thread_stream, "session.thread_status_idle").await;
    assert!(seen.iter().all(|e| e["session_thread_id"] == checker), "{seen:?}");
    assert!(seen.iter().any(|e| e["type"] == "agent.message"));
    let checker_requests: Vec<Value> = model.requests().into_iter().filter(|r| role(r) == "checker").collect();
    assert_eq!(
        checker_requests.last().unwrap()["messages"].as_array().unwrap().len(),
        3,
        "the checker's thread kept its context"
    );

    sdk_sees(
        &s,
        &session,
        &[
            "session.thread_created",
            "agent.thread_message_sent",
            "agent.thread_message_received",
            "session.thread_status_idle",
        ],
    );
}

/// A worker that runs one bash command (`command`, by the worker's name) for each message and
/// then reports how it went.
fn worker_with_bash(r: &Value, command: impl Fn(&str) -> String) -> Reply {
    let me = role(r);
    let last = r["messages"].as_array().unwrap().last().unwrap().to_string();
    if !last.contains("tool_result") {
        calls("bash", json!({"command": command(me)}))
    } else {
        says(&format!(
            "{me} finished: {}",
            if last.contains("is_error\":true") {
                "error"
            } else {
                "ok"
            }
        ))
    }
}

/// A lead whose workers each run `command` in bash, with these tools, on a server of its own,
/// and a session of it: (model, server, session).
async fn bash_team(command: fn(&str) -> String, tools: Value) -> (ScriptedModel, Server, String) {
    let model = ScriptedModel::start(move |r| match role(r) {
        "lead" => lead(r),
        _ => worker_with_bash(r, command),
    })
    .await;
    let s = model.server();
    let (lead_id, _, _) = team(&s, tools).await;
    let session = s.session(&lead_id).await;
    (model, s, session)
}

async fn thread_events(s: &Server, session: &str, thread: &str) -> Vec<Value> {
    let page = s
        .ok(
            "GET",
            &format!("/v1/sessions/{session}/threads/{thread}/events?limit=1000"),
            None,
        )
        .await;
    page["data"].as_array().unwrap().clone()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_subagents_approval_is_asked_and_answered_on_the_primary_stream() {
    let ask = json!([{"type": "agent_toolset_20260401", "configs": [{"name": "bash", "permission_policy": {"type": "always_ask"}}]}]);
    let (_model, s, session) = bash_team(|me| format!("echo {me}-$((6*7))"), ask).await;
    let path = format!("/v1/sessions/{session}/events");

    // Without session_thread_id: the server routes the answer by the call's id.
    let events = s.turn(&session, user_message("go checker")).await;
    let asks = of_type(&events, "agent.tool_use");
    assert_eq!(asks.len(), 1, "the subagent's call is cross-posted");
    let call = asks[0];
    let thread = call["session_thread_id"].as_str().unwrap().to_string();
    assert_eq!(call["evaluated_permission"], "ask");
    let idle = events.last().unwrap();
    assert_eq!(idle["type"], "session.status_idle");
    assert_eq!(idle["stop_reason"]["type"], "requires_action");
    assert_eq!(idle["stop_reason"]["event_ids"], json!([call["id"]]));
    let got = s.ok("GET", &format!("/v1/sessions/{session}"), None).await;
    assert_eq!(got["status"], "idle");
    let threads = s.ok("GET", &format!("/v1/sessions/{session}/threads"), None).await;
    assert_eq!(threads["data"][1]["status"], "idle", "requires_action counts as idle");

    let confirm = json!({"type": "user.tool_confirmation", "tool_use_id": call["id"], "result": "allow"});
    let mut stream = s.stream(&session, "").await;
    let echoed = s.ok("POST", &path, Some(json!({"events": [confirm]}))).await;
    assert_eq!(
        echoed["data"][0]["session_thread_id"],
        thread.as_str(),
        "the server routes and echoes it"
    );
    let rest = collect_until(&mut stream, "session.status_idle").await;
    assert_eq!(rest.last().unwrap()["stop_reason"]["type"], "end_turn", "{rest:?}");
    assert!(text_of(of_type(&rest, "agent.message")[0]).contains("checker finished: ok"));
    let own = thread_events(&s, &session, &thread).await;
    let result = own.iter().find(|e| e["type"] == "agent.tool_result").unwrap();
    assert!(text_of(result).contains("checker-42"), "{result}");

    // With session_thread_id: the same, and a wrong one is refused naming the field.
    let events = s.turn(&session, user_message("go checker")).await;
    let call = of_type(&events, "agent.tool_use")[0].clone();
    assert_eq!(
        call["session_thread_id"],
        thread.as_str(),
        "the checker's thread is reused"
    );
    let wrong = json!({"type": "user.tool_confirmation", "tool_use_id": call["id"], "result": "deny", "session_thread_id": "sthr_other"});
    refused(
        &s,
        "POST",
        &path,
        json!({"events": [wrong]}),
        "events[0].session_thread_id",
    )
    .await;
    let deny = json!({"type": "user.tool_confirmation", "tool_use_id": call["id"], "result": "deny",
                      "deny_message": "not now", "session_thread_id": thread});
    let mut stream = s.stream(&session, "").await;
    s.ok("POST", &path, Some(json!({"events": [deny]}))).await;
    let rest = collect_until(&mut stream, "session.status_idle").await;
    assert!(
        text_of(of_type(&rest, "agent.message")[0]).contains("checker finished: error"),
        "{rest:?}"
    );
    sdk_sees(
        &s,
        &session,
        &["agent.tool_use", "user.tool_confirmation", "session.thread_status_idle"],
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_interrupt_stops_every_thread() {
    let (_model, s, session) = bash_team(
        |me| format!("sleep 60; echo {me}"),
        json!([{"type": "agent_toolset_20260401"}]),
    )
    .await;
    let path = format!("/v1/sessions/{session}/events");
    let mut stream = s.stream(&session, "").await;
    s.ok(
        "POST",
        &path,
        Some(json!({"events": user_message("go writer checker")})),
    )
    .await;
    let started = collect_until(&mut stream, "session.thread_created").await;
    let first = of_type(&started, "session.thread_created")[0]["session_thread_id"]
        .as_str()
        .unwrap()
        .to_string();
    // Both workers are in their sleeps.
    for _ in 0..100 {
        let threads = s.ok("GET", &format!("/v1/sessions/{session}/threads"), None).await;
        let ids: Vec<String> = threads["data"].as_array().unwrap()[1..]
            .iter()
            .map(|t| t["id"].as_str().unwrap().to_string())
            .collect();
        let mut calling = 0;
        for t in &ids {
            calling += thread_events(&s, &session, t)
                .await
                .iter()
                .filter(|e| e["type"] == "agent.tool_use")
                .count();
        }
        if ids.len() == 2 && calling == 2 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    s.ok("POST", &path, Some(json!({"events": [{"type": "user.interrupt"}]})))
        .await;
    let rest = collect_until(&mut stream, "session.status_idle").await;
    assert_eq!(rest.last().unwrap()["stop_reason"]["type"], "end_turn");
    // Every thread stops: each goes idle, and none runs on.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let threads = s.ok("GET", &format!("/v1/sessions/{session}/threads"), None).await;
    for t in threads["data"].as_array().unwrap() {
        assert_eq!(t["status"], "idle", "{t}");
    }
    let own = thread_events(&s, &session, &first).await;
    let result = own.iter().find(|e| e["type"] == "agent.tool_result").unwrap();
    assert_eq!(result["is_error"], true);
    let got = s.ok("GET", &format!("/v1/sessions/{session}"), None).await;
    assert_eq!(got["status"], "idle");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kill_mid_delegation_resumes_every_thread_and_runs_no_tool_twice() {
    let (_model, mut s, session) = bash_team(
        |me| format!("echo ran >> marks-{me}.txt; sleep 30"),
        json!([{"type": "agent_toolset_20260401"}]),
    )
    .await;
    s.ok(
        "POST",
        &format!("/v1/sessions/{session}/events"),
        Some(json!({"events": user_message("go writer checker")})),
    )
    .await;
    let marks = |who: &str| s.path("workspaces").join(&session).join(format!("marks-{who}.txt"));
    for _ in 0..200 {
        if marks("writer").exists() && marks("checker").exists() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(
        marks("writer").exists() && marks("checker").exists(),
        "both calls were running"
    );
    s.restart(true);

    let mut history = Vec::new();
    for _ in 0..300 {
        history = s.history(&session).await;
        if history.last().is_some_and(|e| e["type"] == "session.status_idle") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let answer = text_of(of_type(&history, "agent.message").last().unwrap());
    assert!(
        answer.contains("writer finished: error") && answer.contains("checker finished: error"),
        "{answer}"
    );
    assert_eq!(history.last().unwrap()["stop_reason"]["type"], "end_turn");
    let rescheduled = of_type(&history, "session.thread_status_rescheduled");
    assert_eq!(rescheduled.len(), 2, "every thread resumes");
    for who in ["writer", "checker"] {
        let ran =
            std::fs::read_to_string(s.path("workspaces").join(&session).join(format!("marks-{who}.txt"))).unwrap();
        assert_eq!(ran, "ran\n", "{who}'s call ran once");
    }
    let threads = s.ok("GET", &format!("/v1/sessions/{session}/threads"), None).await;
    for t in &threads["data"].as_array().unwrap()[1..] {
        assert_eq!(t["status"], "idle");
        let own = thread_events(&s, &session, t["id"].as_str().unwrap()).await;
        let results: Vec<&Value> = own.iter().filter(|e| e["type"] == "agent.tool_result").collect();
        assert_eq!(results.len(), 1);
        assert!(text_of(results[0]).contains("restart"), "{}", results[0]);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ant_stream_until_idle_waits_for_every_thread_and_names_each() {
    let (_model, s, session) = answering_team(Duration::from_millis(300)).await;
    let child = s
        .ant(&["stream", &session, "--until-idle", "--format", "human"])
        .spawn();
    // The stream is open once the command has listed the (empty) history.
    tokio::time::sleep(Duration::from_millis(700)).await;
    s.ok(
        "POST",
        &format!("/v1/sessions/{session}/events"),
        Some(json!({"events": user_message("go writer checker")})),
    )
    .await;
    let out = tokio::task::spawn_blocking(move || child.wait_with_output().unwrap())
        .await
        .unwrap();
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{shown}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for line in [
        "· thread writer started",
        "→ writer: writer, do your part",
        "← writer: writer done",
        "← checker: checker done",
    ] {
        assert!(shown.contains(line), "{line} in:\n{shown}");
    }
    let last_lines: Vec<&str> = shown.lines().rev().take(2).collect();
    assert!(
        last_lines[1].starts_with("replies:"),
        "it ended at the session's idle, after every reply:\n{shown}"
    );
    assert!(last_lines[0].contains("idle: end_turn"), "{shown}");
}

/// The scripted team of templates/team-demo: the lead delegates to both workers, then (after the
/// grader asks for a title) to the writer again; the grader is satisfied the second time.
/// Its answers carry fixed ids, so a recording is the same every time.
fn team_demo(r: &Value, graded: &Mutex<usize>) -> Reply {
    let system = r["system"].as_str().unwrap_or_default();
    let last = r["messages"].as_array().unwrap().last().unwrap().to_string();
    let call = |id: &str, name: &str, input: Value| json!({"type": "tool_use", "id": id, "name": name, "input": input});
    let reply = |content: Vec<Value>| Reply {
        content,
        pause: Duration::ZERO,
    };
    if is_grader(r) {
        let mut n = graded.lock().unwrap();
        *n += 1;
        let (result, why) = if *n == 1 {
            ("needs_revision", "haiku.txt has no title line.")
        } else {
            ("satisfied", "Every rubric point is met.")
        };
        return reply(vec![call(
            &format!("toolu_grade_{n}"),
            "submit_evaluation",
            json!({"result": result, "explanation": why}),
        )]);
    }
    let answered = last.contains("tool_result");
    let revising = r["messages"].to_string().contains("outcome_evaluation result");
    if system.starts_with("You coordinate") {
        return match (answered, revising) {
            (true, _) => says(&format!(
                "## Done\n\nThe **writer** and the **checker** replied:\n{}",
                if revising {
                    "- the haiku now has a title"
                } else {
                    "- haiku.txt and checklist.md are written"
                }
            )),
            (false, true) => reply(vec![call(
                "toolu_lead_3",
                "send_to_agent",
                json!({"agent": "writer", "message": "Add the title line 'Rust' at the top of haiku.txt."}),
            )]),
            (false, false) => reply(vec![
                call(
                    "toolu_lead_1",
                    "send_to_agent",
                    json!({"agent": "writer", "message": "Write a haiku about rust into haiku.txt."}),
                ),
                call(
                    "toolu_lead_2",
                    "send_to_agent",
                    json!({"agent": "checker", "message": "Write what a haiku needs into checklist.md."}),
                ),
            ]),
        };
    }
    if system.starts_with("You write short texts") {
        let titled = last.contains("title line");
        let edited = r["messages"].to_string().matches("\"tool_result\"").count() >= 2;
        return match (answered, titled || edited) {
            (true, true) => says("Added the title line to haiku.txt."),
            (true, false) => says("Wrote a haiku about rust to haiku.txt."),
            (false, true) => reply(vec![call(
                "toolu_writer_2",
                "edit",
                json!({"file_path": "haiku.txt", "old_string": "Red bloom", "new_string": "Rust\nRed bloom"}),
            )]),
            (false, false) => reply(vec![call(
                "toolu_writer_1",
                "write",
                json!({"file_path": "haiku.txt", "content": "Red bloom on old steel\nslow fire eating iron\npatience turned to dust\n"}),
            )]),
        };
    }
    if answered {
        return says("checklist.md lists the 5-7-5 lines and a title.");
    }
    reply(vec![call(
        "toolu_checker_1",
        "write",
        json!({"file_path": "checklist.md", "content": "- a title line\n- three lines: 5, 7 and 5 syllables\n"}),
    )])
}

fn team_demo_run(extra: &[&str]) -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/team-demo");
    let mut args: Vec<String> = vec![
        "run".into(),
        root.join("lead.yaml").to_str().unwrap().into(),
        "Make a haiku kit.".into(),
        "--outcome".into(),
        root.join("outcome.yaml").to_str().unwrap().into(),
    ];
    args.extend(extra.iter().map(|a| a.to_string()));
    args
}

fn sorted_lines(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    lines.sort();
    lines
}

/// The checked-in recording is what the scripted team records (its lines interleave as the
/// threads run, so they are compared in order); `ANT_RECORD_DEMO=1` writes it anew.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_team_demo_recording_is_current() {
    let graded = Arc::new(Mutex::new(0));
    let model = ScriptedModel::start(move |r| team_demo(r, &graded)).await;
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("replay.jsonl");
    let s = Server::start(&[
        "--model-url",
        &model.url,
        "--model-api",
        "anthropic",
        "--record",
        record.to_str().unwrap(),
    ]);
    let args = team_demo_run(&[]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = tokio::task::spawn_blocking({
        let ant = s.ant(&args);
        move || ant.run()
    })
    .await
    .unwrap();
    assert_eq!(out.code, 0, "{}\n{}", out.stdout, out.stderr);
    let recorded = std::fs::read_to_string(&record).unwrap();
    let checked_in = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/team-demo/replay.jsonl");
    if std::env::var_os("ANT_RECORD_DEMO").is_some() {
        std::fs::write(&checked_in, &recorded).unwrap();
    }
    assert_eq!(
        sorted_lines(&recorded),
        sorted_lines(&std::fs::read_to_string(&checked_in).unwrap_or_default()),
        "templates/team-demo/replay.jsonl is stale: run this test with ANT_RECORD_DEMO=1"
    );
}

#[test]
fn the_team_demo_replays_offline() {
    let data = tempfile::tempdir().unwrap();
    let replay = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/team-demo/replay.jsonl");
    let args = team_demo_run(&["--local", "--replay", replay.to_str().unwrap()]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = Ant::new(&args).env("ANT_LOCAL_DATA_DIR", data.path()).run();
    assert_eq!(out.code, 0, "{}\n{}", out.stdout, out.stderr);
    for line in [
        "· thread writer started",
        "· thread checker started",
        "→ writer: Write a haiku about rust into haiku.txt.",
        "← checker: checklist.md lists the 5-7-5 lines and a title.",
        "· outcome needs_revision: haiku.txt has no title line.",
        "← writer: Added the title line to haiku.txt.",
        "· outcome satisfied: Every rubric point is met.",
    ] {
        assert!(out.stdout.contains(line), "{line} in:\n{}", out.stdout);
    }
    let sessions: Vec<_> = std::fs::read_dir(data.path().join("workspaces")).unwrap().collect();
    let workspace = sessions[0].as_ref().unwrap().path();
    let haiku = std::fs::read_to_string(workspace.join("haiku.txt")).unwrap();
    assert!(haiku.starts_with("Rust\nRed bloom"), "{haiku}");
    assert!(workspace.join("checklist.md").is_file());
}
