//! The agent loop end to end: the real server, the scripted fake model (or a replay file),
//! real tools. Covers both model APIs, retries, permissions, custom tools, several calls in one
//! response, interrupts, record/replay, and a `kill -9` mid-turn.

mod common;

use std::time::{Duration, Instant};

use common::*;
use serde_json::{Value, json};

fn results(events: &[Value]) -> Vec<&Value> {
    events.iter().filter(|e| e["type"] == "agent.tool_result").collect()
}

fn last_message(events: &[Value]) -> String {
    text_of(
        events
            .iter()
            .rfind(|e| e["type"] == "agent.message")
            .expect("an agent.message"),
    )
}

#[tokio::test]
async fn both_model_apis_run_tools_and_see_the_system_prompt() {
    let model = FakeModel::start();
    for api in ["anthropic", "openai"] {
        let s = Server::with_model(&model, api);
        let tools = json!([{"type": "agent_toolset_20260401", "configs": [{"name": "web_fetch", "enabled": false}]}]);
        let sid = s.session(&s.agent("files", tools).await).await;
        let events = s.turn(&sid, user_message("work")).await;
        let uses: Vec<&str> = events
            .iter()
            .filter(|e| e["type"] == "agent.tool_use")
            .map(|e| e["name"].as_str().unwrap())
            .collect();
        assert_eq!(uses, ["write", "read", "edit", "bash", "glob", "grep"], "{api}");
        assert!(
            results(&events).iter().all(|r| r["is_error"] == false),
            "{api}: {events:?}"
        );
        assert!(last_message(&events).contains("hello agents"), "{api}");
        let end = events.iter().rfind(|e| e["type"] == "span.model_request_end").unwrap();
        assert!(end["model_usage"]["output_tokens"].as_u64().unwrap() > 0);
        let idle = events.last().unwrap();
        assert_eq!(idle["stop_reason"]["type"], "end_turn");
        let file = s.dir.path().join("workspaces").join(&sid).join("notes/hello.txt");
        assert_eq!(
            std::fs::read_to_string(file).unwrap(),
            "hello agents\n",
            "{api}: tools wrote a real file"
        );
    }
    let requests = model.requests();
    let first = &requests[0];
    // The agent's prompt, then the outputs instruction the cloud gives every session too.
    let system = first["system"].as_str().unwrap();
    assert!(
        system.starts_with("test agent [scenario:files]\n\n# Session files\n")
            && system.contains("/mnt/session/outputs/"),
        "{system}"
    );
    let offered: Vec<&str> = first["tools"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        offered,
        ["bash", "edit", "read", "write", "glob", "grep"],
        "disabled and unavailable tools are not offered"
    );
    let read = first["tools"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == "read")
        .unwrap();
    assert_eq!(read["input_schema"]["required"], json!(["file_path"]));
    assert!(requests.iter().all(|r| r["_headers"]["content-length"].is_string()));
    let openai = requests
        .iter()
        .find(|r| r["_path"] == "/v1/chat/completions")
        .expect("an OpenAI request");
    assert_eq!(openai["messages"][0], json!({"role": "system", "content": system}));
    assert_eq!(openai["_headers"]["authorization"], "Bearer sk-test-model-key-77aa");
}

#[tokio::test]
async fn overloads_are_retried_and_visible() {
    let model = FakeModel::start();
    let s = Server::with_model(&model, "anthropic");
    let sid = s.session(&s.agent("flaky", toolset()).await).await;
    let events = s.turn(&sid, user_message("hi")).await;
    let errors: Vec<&Value> = events.iter().filter(|e| e["type"] == "session.error").collect();
    assert_eq!(errors.len(), 2);
    for e in errors {
        assert_eq!(e["error"]["type"], "model_overloaded_error");
        assert_eq!(e["error"]["retry_status"]["type"], "retrying");
    }
    assert_eq!(last_message(&events), "Recovered after overload.");
    assert_eq!(events.last().unwrap()["stop_reason"]["type"], "end_turn");
}

#[tokio::test]
async fn a_message_sent_while_a_request_is_retried_reaches_the_model() {
    let model = FakeModel::start();
    let s = Server::with_model(&model, "anthropic");
    let sid = s.session(&s.agent("flaky-late", toolset()).await).await;
    let mut stream = s.stream(&sid, "").await;
    let events = format!("/v1/sessions/{sid}/events");
    s.ok("POST", &events, Some(json!({"events": user_message("first")})))
        .await;
    while let Some(e) = stream.next_event(Duration::from_secs(20)).await {
        if e["type"] == "session.error" {
            break;
        }
    }
    s.ok("POST", &events, Some(json!({"events": user_message("second")})))
        .await;
    while let Some(e) = stream.next_event(Duration::from_secs(20)).await {
        if e["type"] == "session.status_idle" {
            break;
        }
    }
    let answered = model.requests().pop().unwrap();
    assert_eq!(
        answered["messages"][0]["content"],
        json!([{"type": "text", "text": "first"}, {"type": "text", "text": "second"}]),
        "the request that succeeded carries the message sent during the retries"
    );
}

#[tokio::test]
async fn an_unreachable_model_exhausts_the_retries() {
    let s = Server::start(&["--model-url", "http://127.0.0.1:9"]);
    let sid = s.session(&s.agent("hello", toolset()).await).await;
    let events = s.turn(&sid, user_message("hi")).await;
    let statuses: Vec<&str> = events
        .iter()
        .filter(|e| e["type"] == "session.error")
        .map(|e| e["error"]["retry_status"]["type"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["retrying", "retrying", "retrying", "exhausted"]);
    assert_eq!(events.last().unwrap()["stop_reason"]["type"], "retries_exhausted");
    assert_eq!(
        s.ok("GET", &format!("/v1/sessions/{sid}"), None).await["status"],
        "idle"
    );
}

#[tokio::test]
async fn confirmations_allow_and_deny() {
    let model = FakeModel::start();
    let s = Server::with_model(&model, "anthropic");
    let ask = json!([{"type": "agent_toolset_20260401", "configs": [{"name": "bash", "permission_policy": {"type": "always_ask"}}]}]);
    let agent = s.agent("confirm", ask).await;
    for (verdict, expect) in [("allow", "approved-42"), ("deny", "not today")] {
        let sid = s.session(&agent).await;
        let first = s.turn(&sid, user_message("run")).await;
        let call = first.iter().find(|e| e["type"] == "agent.tool_use").unwrap();
        assert_eq!(call["evaluated_permission"], "ask");
        assert_eq!(call["evaluation"], json!({"type": "always_ask"}));
        assert!(results(&first).is_empty(), "nothing runs before an answer");
        assert_eq!(
            first.last().unwrap()["stop_reason"],
            json!({"type": "requires_action", "event_ids": [call["id"]]})
        );
        let mut answer = json!({"type": "user.tool_confirmation", "tool_use_id": call["id"], "result": verdict});
        if verdict == "deny" {
            answer["deny_message"] = json!("not today");
        }
        let second = s.turn(&sid, json!([answer])).await;
        assert!(last_message(&second).contains(expect), "{verdict}: {second:?}");
        let ran = second
            .iter()
            .any(|e| e["type"] == "agent.tool_result" && text_of(e).contains("approved-42"));
        assert_eq!(ran, verdict == "allow");
        let (status, _) = s
            .call(
                "POST",
                &format!("/v1/sessions/{sid}/events"),
                Some(json!({"events": [answer]})),
            )
            .await;
        assert_eq!(status, 200, "a repeated answer is accepted and ignored");
    }
}

/// A replay file whose first response makes two calls at once.
fn two_call_replay(dir: &std::path::Path, calls: Value) -> std::path::PathBuf {
    let usage = json!({"input_tokens": 5, "output_tokens": 5});
    let lines = [
        json!({"session": 0, "response": {"content": calls, "stop_reason": "tool_use", "usage": usage}}),
        json!({"session": 0, "response": {"content": [{"type": "text", "text": "all done"}], "stop_reason": "end_turn", "usage": usage}}),
    ];
    let path = dir.join("two-calls.jsonl");
    std::fs::write(&path, lines.iter().map(|l| l.to_string() + "\n").collect::<String>()).unwrap();
    path
}

#[tokio::test]
async fn two_calls_in_one_response_both_run() {
    let dir = tempfile::tempdir().unwrap();
    let replay = two_call_replay(
        dir.path(),
        json!([
            {"type": "text", "text": "two at once"},
            {"type": "tool_use", "id": "toolu_1", "name": "bash", "input": {"command": "echo first"}},
            {"type": "tool_use", "id": "toolu_2", "name": "write", "input": {"file_path": "b.txt", "content": "second"}},
        ]),
    );
    let s = Server::start(&["--replay", replay.to_str().unwrap()]);
    let sid = s.session(&s.agent("replayed", toolset()).await).await;
    let events = s.turn(&sid, user_message("go")).await;
    let calls: Vec<&Value> = events.iter().filter(|e| e["type"] == "agent.tool_use").collect();
    let done = results(&events);
    assert_eq!(calls.len(), 2);
    assert_eq!(done.len(), 2);
    assert_eq!(done[0]["tool_use_id"], calls[0]["id"]);
    assert_eq!(text_of(done[0]), "first");
    assert_eq!(done[1]["tool_use_id"], calls[1]["id"]);
    assert_eq!(last_message(&events), "all done");
    assert_eq!(
        std::fs::read_to_string(s.dir.path().join("workspaces").join(&sid).join("b.txt")).unwrap(),
        "second"
    );
}

#[tokio::test]
async fn custom_tools_answered_one_at_a_time_re_idle_with_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let replay = two_call_replay(
        dir.path(),
        json!([
            {"type": "tool_use", "id": "toolu_1", "name": "lookup", "input": {"q": "a"}},
            {"type": "tool_use", "id": "toolu_2", "name": "lookup", "input": {"q": "b"}},
        ]),
    );
    let s = Server::start(&["--replay", replay.to_str().unwrap()]);
    let lookup = json!({"type": "custom", "name": "lookup", "description": "Looks up.",
                        "input_schema": {"type": "object", "properties": {"q": {"type": "string"}}}});
    let sid = s.session(&s.agent("custom", json!([lookup])).await).await;
    let first = s.turn(&sid, user_message("go")).await;
    let uses: Vec<&Value> = first.iter().filter(|e| e["type"] == "agent.custom_tool_use").collect();
    assert_eq!(uses.len(), 2);
    assert_eq!(
        first.last().unwrap()["stop_reason"]["event_ids"],
        json!([uses[0]["id"], uses[1]["id"]])
    );
    let answer = |u: &Value| json!({"type": "user.custom_tool_result", "custom_tool_use_id": u["id"], "content": [{"type": "text", "text": "ok"}]});
    let partial = s.turn(&sid, json!([answer(uses[0])])).await;
    assert_eq!(
        partial.last().unwrap()["stop_reason"],
        json!({"type": "requires_action", "event_ids": [uses[1]["id"]]})
    );
    let rest = s.turn(&sid, json!([answer(uses[1])])).await;
    assert_eq!(last_message(&rest), "all done");
}

#[tokio::test]
async fn an_interrupt_kills_the_tool_and_keeps_the_transcript_valid() {
    let model = FakeModel::start();
    let s = Server::with_model(&model, "anthropic");
    let sid = s.session(&s.agent("sleep", toolset()).await).await;
    let mut stream = s.stream(&sid, "").await;
    s.ok(
        "POST",
        &format!("/v1/sessions/{sid}/events"),
        Some(json!({"events": user_message("sleep")})),
    )
    .await;
    let mut sent = None;
    let mut events = Vec::new();
    while let Some(e) = stream.next_event(Duration::from_secs(20)).await {
        if e["type"] == "agent.tool_use" && sent.is_none() {
            // The command runs in the session's workspace, in this test's data dir.
            let started = Instant::now();
            while !processes_in(s.dir.path()).contains(&"sleep 60".to_string()) {
                assert!(started.elapsed() < Duration::from_secs(10), "the command never started");
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            s.ok(
                "POST",
                &format!("/v1/sessions/{sid}/events"),
                Some(json!({"events": [{"type": "user.interrupt"}]})),
            )
            .await;
            sent = Some(Instant::now());
        }
        let idle = e["type"] == "session.status_idle";
        events.push(e);
        if idle {
            break;
        }
    }
    assert!(
        sent.unwrap().elapsed() < Duration::from_secs(2),
        "the interrupt took effect within a second or so"
    );
    assert_eq!(events.last().unwrap()["stop_reason"]["type"], "end_turn");
    let cut = results(&events);
    assert_eq!(cut.len(), 1);
    assert_eq!(cut[0]["is_error"], true);
    // Killed, they may take a moment to exit.
    let killed = Instant::now();
    loop {
        let left = processes_in(s.dir.path());
        if left.is_empty() {
            break;
        }
        assert!(killed.elapsed() < Duration::from_secs(2), "still running: {left:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let next = s.turn(&sid, user_message("again")).await;
    assert_eq!(next.last().unwrap()["type"], "session.status_idle");
    let last = model.requests().pop().unwrap();
    let answered = &last["messages"][2]["content"][0];
    assert_eq!(
        (answered["type"].as_str(), answered["is_error"].as_bool()),
        (Some("tool_result"), Some(true))
    );
}

#[tokio::test]
async fn a_recorded_run_replays_offline() {
    let model = FakeModel::start();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("run.jsonl");
    let run = |s: Server| async move {
        let sid = s.session(&s.agent("files", toolset()).await).await;
        let events = s.turn(&sid, user_message("work")).await;
        let shape: Vec<(String, String)> = events
            .iter()
            .map(|e| (e["type"].as_str().unwrap().to_string(), text_of(e)))
            .collect();
        shape
    };
    let live = run(Server::with_model(&model, "anthropic").with_args(&["--record", file.to_str().unwrap()])).await;
    let replayed = run(Server::start(&[
        "--model-url",
        "http://127.0.0.1:9",
        "--replay",
        file.to_str().unwrap(),
    ]))
    .await;
    assert_eq!(live, replayed);
    assert!(
        live.iter()
            .any(|(t, text)| t == "agent.message" && text.contains("hello agents"))
    );
}

#[tokio::test]
async fn kill_9_mid_tool_then_restart_finishes_the_turn_without_running_it_twice() {
    let model = FakeModel::start();
    let mut s = Server::with_model(&model, "anthropic");
    let sid = s.session(&s.agent("shell", toolset()).await).await;
    let mut stream = s.stream(&sid, "").await;
    s.ok(
        "POST",
        &format!("/v1/sessions/{sid}/events"),
        Some(json!({"events": user_message("echo ran >> runs.txt; sleep 30")})),
    )
    .await;
    while let Some(e) = stream.next_event(Duration::from_secs(20)).await {
        if e["type"] == "agent.tool_use" {
            break;
        }
    }
    let runs = s.dir.path().join("workspaces").join(&sid).join("runs.txt");
    let deadline = Instant::now() + Duration::from_secs(10);
    while !runs.exists() && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let before = s.history(&sid).await;
    s.restart(true);
    let deadline = Instant::now() + Duration::from_secs(20);
    let after = loop {
        let h = s.history(&sid).await;
        if h.last().is_some_and(|e| e["type"] == "session.status_idle") || Instant::now() > deadline {
            break h;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(&after[..before.len()], &before[..], "no event is lost");
    let added = types(&after[before.len()..]);
    assert_eq!(added[0], "session.status_rescheduled");
    let result = after.iter().find(|e| e["type"] == "agent.tool_result").unwrap();
    assert_eq!(result["is_error"], true);
    assert!(text_of(result).contains("restart"));
    assert_eq!(after.last().unwrap()["stop_reason"]["type"], "end_turn");
    assert_eq!(
        std::fs::read_to_string(&runs).unwrap(),
        "ran\n",
        "the tool ran exactly once"
    );
}

#[tokio::test]
async fn a_tool_less_turn_makes_no_workspace_and_tools_see_no_secret() {
    let model = FakeModel::start();
    let s = Server::with_model(&model, "anthropic");
    let hello = s.session(&s.agent("hello", toolset()).await).await;
    s.turn(&hello, user_message("hi")).await;
    assert!(
        !s.dir.path().join("workspaces").join(&hello).exists(),
        "no tool ran, so no workspace"
    );
    let env = s.session(&s.agent("env", toolset()).await).await;
    let events = s.turn(&env, user_message("env")).await;
    let output = text_of(results(&events)[0]);
    assert!(output.contains("PATH="));
    for secret in [KEY, "sk-test-model-key-77aa"] {
        assert!(!output.contains(secret));
        assert!(!serde_json::to_string(&s.history(&env).await).unwrap().contains(secret));
    }
    let home = s.dir.path().join("workspaces").join(&env);
    assert!(output.contains(&format!("HOME={}", home.display())));
}
