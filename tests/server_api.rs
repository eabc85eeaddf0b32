//! The local server's API, end to end over HTTP: every endpoint, paging edges, bad input,
//! authentication, streaming, and restarts (clean and `kill -9`) on the same data dir.

mod common;

use std::time::Duration;

use common::*;
use serde_json::{Value, json};

fn ids(page: &Value) -> Vec<String> {
    page["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["id"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn agents_are_versioned_patched_listed_and_archived() {
    let s = Server::start(&[]);
    let a = s
        .ok(
            "POST",
            "/v1/agents",
            Some(json!({"name": "a", "model": "claude-sonnet-4-6", "system": "one",
            "tools": [{"type": "agent_toolset_20260401", "configs": [{"name": "bash", "enabled": false}]}],
            "metadata": {"team": "x"}})),
        )
        .await;
    let id = a["id"].as_str().unwrap();
    assert!(id.starts_with("agent_"));
    assert_eq!(a["type"], "agent");
    assert_eq!(a["version"], 1);
    assert_eq!(
        a["model"],
        json!({"id": "claude-sonnet-4-6", "effort": {"type": "high"}, "speed": "standard", "inference_geo": null})
    );
    assert_eq!(a["execution_identity"], json!({"type": "service_account"}));
    assert_eq!(
        a["tools"][0]["configs"][0],
        json!({"type": "bash", "name": "bash", "enabled": false, "permission_policy": {"type": "always_allow"}})
    );
    assert!(a["created_at"].as_str().unwrap().ends_with('Z'));

    let v2 = s
        .ok(
            "POST",
            &format!("/v1/agents/{id}"),
            Some(json!({"version": 1, "system": "two", "metadata": {"team": null, "k": "v"}})),
        )
        .await;
    assert_eq!(
        (v2["version"].as_u64(), v2["system"].as_str(), v2["name"].as_str()),
        (Some(2), Some("two"), Some("a"))
    );
    assert_eq!(v2["metadata"], json!({"k": "v"}));
    let same = s
        .ok("POST", &format!("/v1/agents/{id}"), Some(json!({"system": "two"})))
        .await;
    assert_eq!(same["version"], 2, "an update that changes nothing makes no version");
    let (status, stale) = s
        .call(
            "POST",
            &format!("/v1/agents/{id}"),
            Some(json!({"version": 1, "system": "three"})),
        )
        .await;
    assert_eq!(status, 409);
    assert!(stale["error"]["message"].as_str().unwrap().contains("version"));
    assert_eq!(
        s.ok("GET", &format!("/v1/agents/{id}?version=1"), None).await["system"],
        "one"
    );
    assert_eq!(s.ok("GET", &format!("/v1/agents/{id}"), None).await["system"], "two");
    let (status, _) = s.call("GET", &format!("/v1/agents/{id}?version=9"), None).await;
    assert_eq!(status, 404);
    let versions = s.ok("GET", &format!("/v1/agents/{id}/versions"), None).await;
    assert_eq!(
        versions["data"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["version"].as_u64().unwrap())
            .collect::<Vec<_>>(),
        vec![2, 1]
    );

    let archived = s.ok("POST", &format!("/v1/agents/{id}/archive"), None).await;
    assert!(archived["archived_at"].is_string());
    assert!(!ids(&s.ok("GET", "/v1/agents", None).await).contains(&id.to_string()));
    assert!(ids(&s.ok("GET", "/v1/agents?include_archived=true", None).await).contains(&id.to_string()));
    let (status, _) = s
        .call("POST", &format!("/v1/agents/{id}"), Some(json!({"name": "b"})))
        .await;
    assert_eq!(status, 400, "an archived agent cannot change");
}

#[tokio::test]
async fn lists_page_exactly_and_refuse_bad_cursors() {
    let s = Server::start(&[]);
    let empty = s.ok("GET", "/v1/agents", None).await;
    assert_eq!(empty, json!({"data": [], "next_page": null}));
    let mut made = Vec::new();
    for i in 0..4 {
        made.push(
            s.ok(
                "POST",
                "/v1/agents",
                Some(json!({"name": format!("a{i}"), "model": "m"})),
            )
            .await["id"]
                .clone(),
        );
    }
    let first = s.ok("GET", "/v1/agents?limit=2", None).await;
    assert_eq!(first["data"][0]["id"], made[3], "agents list newest first");
    let cursor = first["next_page"].as_str().unwrap();
    let second = s.ok("GET", &format!("/v1/agents?limit=2&page={cursor}"), None).await;
    assert_eq!(ids(&second).len(), 2);
    assert_eq!(
        second["next_page"],
        Value::Null,
        "an exact page boundary ends with no cursor"
    );
    let oldest = s.ok("GET", "/v1/agents?limit=1&order=asc", None).await;
    assert_eq!(oldest["data"][0]["id"], made[0]);
    for bad in [
        "/v1/agents?page=garbage",
        "/v1/agents?limit=0",
        "/v1/agents?limit=101",
        "/v1/agents?order=sideways",
    ] {
        let (status, body) = s.call("GET", bad, None).await;
        assert_eq!(status, 400, "{bad}");
        assert_eq!(body["error"]["type"], "invalid_request_error");
    }
    let (status, _) = s
        .call("GET", &format!("/v1/agents?order=asc&page={cursor}"), None)
        .await;
    assert_eq!(status, 400, "a cursor is tied to its order");
    let since = s
        .ok("GET", "/v1/agents?created_at[gte]=2999-01-01T00:00:00Z", None)
        .await;
    assert_eq!(ids(&since).len(), 0);
}

#[tokio::test]
async fn bad_input_is_refused_naming_the_field() {
    let s = Server::start(&[]);
    let cases = [
        ("/v1/agents", "{not json", "body"),
        ("/v1/agents", r#"{"model": "m"}"#, "name"),
        ("/v1/agents", r#"{"name": "", "model": "m"}"#, "name"),
        (
            "/v1/agents",
            r#"{"name": "a", "model": "m", "tools": [{"type": "no_such_toolset"}]}"#,
            "tools[0].type",
        ),
        (
            "/v1/agents",
            r#"{"name": "a", "model": {"id": "m", "speed": "warp"}}"#,
            "model.speed",
        ),
        (
            "/v1/agents",
            r#"{"name": "a", "model": "m", "colour": "red"}"#,
            "colour",
        ),
        (
            "/v1/environments",
            r#"{"name": "e", "config": {"type": "moon"}}"#,
            "config.type",
        ),
        (
            "/v1/environments",
            r#"{"name": "e", "config": {"networking": {"type": "some"}}}"#,
            "config.networking.type",
        ),
    ];
    for (path, body, field) in cases {
        let resp = s
            .http
            .post(s.url(path))
            .header("x-api-key", KEY)
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status().as_u16(), 400, "{body}");
        assert!(resp.headers().contains_key("request-id"));
        let v: Value = resp.json().await.unwrap();
        assert_eq!(v["type"], "error");
        assert_eq!(v["error"]["type"], "invalid_request_error");
        assert!(v["request_id"].as_str().unwrap().starts_with("req_"));
        let message = v["error"]["message"].as_str().unwrap();
        assert!(message.contains(field), "{body}: '{message}' should name {field}");
    }
    let (status, v) = s.call("GET", "/v1/agents/agent_missing", None).await;
    assert_eq!((status, v["error"]["type"].as_str()), (404, Some("not_found_error")));
    let (status, _) = s.call("GET", "/v1/nothing-here", None).await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn every_request_needs_the_key() {
    let s = Server::start(&[]);
    let bare = s.http.get(s.url("/v1/agents")).send().await.unwrap();
    assert_eq!(bare.status().as_u16(), 401);
    let body: Value = bare.json().await.unwrap();
    assert_eq!(body["error"]["type"], "authentication_error");
    assert!(!body.to_string().contains(KEY));
    let wrong = s
        .http
        .get(s.url("/v1/agents"))
        .header("x-api-key", "nope")
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status().as_u16(), 401);
    let bearer = s
        .http
        .get(s.url("/v1/agents?beta=true"))
        .bearer_auth(KEY)
        .header("anthropic-version", "2026-10-21")
        .header("anthropic-beta", "managed-agents-2026-04-01")
        .send()
        .await
        .unwrap();
    assert_eq!(
        bearer.status().as_u16(),
        200,
        "the SDK 2.10 form: a Bearer key, any version, ?beta=true ignored"
    );
}

#[test]
fn a_non_loopback_address_needs_a_key() {
    let data = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(ANT)
        .args(["local", "serve", "--addr", "0.0.0.0:0", "--data-dir"])
        .arg(data.path())
        .env_remove("ANT_LOCAL_API_KEY")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--addr") && err.contains("key"), "{err}");
}

#[tokio::test]
async fn environments_and_sessions_have_their_whole_lifecycle() {
    let s = Server::start(&[]);
    let env = s
        .ok(
            "POST",
            "/v1/environments",
            Some(json!({"name": "e", "config": {"type": "cloud",
        "networking": {"type": "limited", "allowed_hosts": ["example.com"]}}})),
        )
        .await;
    let env_id = env["id"].as_str().unwrap();
    assert!(env_id.starts_with("env_"));
    assert_eq!(
        env["config"]["networking"],
        json!({"type": "limited", "allowed_hosts": ["example.com"], "allow_mcp_servers": false, "allow_package_managers": false})
    );
    let renamed = s
        .ok(
            "POST",
            &format!("/v1/environments/{env_id}"),
            Some(json!({"name": "e2"})),
        )
        .await;
    assert_eq!(
        renamed["config"]["networking"]["type"], "limited",
        "an omitted config is kept"
    );
    assert!(ids(&s.ok("GET", "/v1/environments", None).await).contains(&env_id.to_string()));

    let agent = s.agent("hello", toolset()).await;
    let plain = s
        .ok(
            "POST",
            "/v1/sessions",
            Some(json!({"agent": agent, "environment_id": env_id, "title": "t"})),
        )
        .await;
    let sid = plain["id"].as_str().unwrap().to_string();
    assert!(sid.starts_with("sesn_"));
    assert_eq!(
        (plain["status"].as_str(), plain["agent"]["version"].as_u64()),
        (Some("idle"), Some(1))
    );
    s.ok(
        "POST",
        &format!("/v1/agents/{agent}"),
        Some(json!({"system": "changed"})),
    )
    .await;
    let pinned = s
        .ok(
            "POST",
            "/v1/sessions",
            Some(json!({"agent": {"type": "agent", "id": agent, "version": 1}, "environment_id": env_id})),
        )
        .await;
    assert_eq!(pinned["agent"]["version"], 1);
    let over = s.ok("POST", "/v1/sessions", Some(json!({"agent": {"type": "agent_with_overrides", "id": agent, "system": "override", "tools": []}, "environment_id": env_id}))).await;
    assert_eq!(
        (over["agent"]["version"].as_u64(), over["agent"]["system"].as_str()),
        (Some(2), Some("override"))
    );
    assert_eq!(over["agent"]["tools"], json!([]));
    assert_eq!(
        s.ok("GET", &format!("/v1/sessions/{sid}"), None).await["agent"]["version"],
        1,
        "a session keeps its agent version"
    );

    let updated = s
        .ok(
            "POST",
            &format!("/v1/sessions/{sid}"),
            Some(json!({"title": "t2", "metadata": {"k": "v"}})),
        )
        .await;
    assert_eq!(
        (updated["title"].as_str(), updated["metadata"]["k"].as_str()),
        (Some("t2"), Some("v"))
    );
    let by_agent = s
        .ok("GET", &format!("/v1/sessions?agent_id={agent}&agent_version=1"), None)
        .await;
    assert_eq!(
        ids(&by_agent),
        vec![pinned["id"].as_str().unwrap().to_string(), sid.clone()]
    );
    let idle = s.ok("GET", "/v1/sessions?statuses[]=idle&order=asc", None).await;
    assert_eq!(ids(&idle)[0], sid);
    assert_eq!(
        ids(&s.ok("GET", "/v1/sessions?statuses[]=running", None).await).len(),
        0
    );
    let (status, _) = s.call("GET", "/v1/sessions?statuses[]=sleeping", None).await;
    assert_eq!(status, 400);
    let history = s.history(&sid).await;
    assert_eq!(types(&history), vec!["session.updated"]);
    assert_eq!(history[0]["title"], "t2");

    let archived = s.ok("POST", &format!("/v1/sessions/{sid}/archive"), None).await;
    assert!(archived["archived_at"].is_string());
    assert_eq!(archived["status"], "terminated");
    let (status, _) = s
        .call(
            "POST",
            &format!("/v1/sessions/{sid}/events"),
            Some(json!({"events": user_message("hi")})),
        )
        .await;
    assert_eq!(status, 400, "an archived session takes no events");
    let deleted = s.ok("DELETE", &format!("/v1/sessions/{sid}"), None).await;
    assert_eq!(deleted, json!({"id": sid, "type": "session_deleted"}));
    assert_eq!(s.call("GET", &format!("/v1/sessions/{sid}"), None).await.0, 404);

    s.ok("POST", &format!("/v1/environments/{env_id}/archive"), None).await;
    let (status, v) = s
        .call(
            "POST",
            "/v1/sessions",
            Some(json!({"agent": agent, "environment_id": env_id})),
        )
        .await;
    assert_eq!(status, 400, "an archived environment makes no sessions: {v}");
    assert_eq!(
        s.ok("DELETE", &format!("/v1/environments/{env_id}"), None).await["type"],
        "environment_deleted"
    );
    assert_eq!(s.call("GET", &format!("/v1/environments/{env_id}"), None).await.0, 404);
}

#[tokio::test]
async fn events_are_validated_listed_and_streamed() {
    let model = FakeModel::start();
    let s = Server::with_model(&model, "anthropic");
    let sid = s.session(&s.agent("hello", toolset()).await).await;
    let bad = [
        json!({"events": []}),
        json!({"events": [{"type": "user.nope"}]}),
        json!({"events": [{"type": "user.define_outcome", "description": "d", "rubric": {"type": "file", "file_id": "file_1"}}]}),
        json!({"events": [{"type": "user.tool_confirmation", "tool_use_id": "sevt_missing", "result": "allow"}]}),
        json!({"events": [{"type": "user.message", "content": "not a list"}]}),
    ];
    for body in bad {
        let (status, v) = s
            .call("POST", &format!("/v1/sessions/{sid}/events"), Some(body.clone()))
            .await;
        assert_eq!(status, 400, "{body} -> {v}");
    }
    assert!(s.history(&sid).await.is_empty(), "refused events are not stored");

    let mut stream = s.stream(&sid, "?event_deltas[]=agent.message").await;
    let sent = s
        .ok(
            "POST",
            &format!("/v1/sessions/{sid}/events"),
            Some(json!({"events": user_message("hi")})),
        )
        .await;
    let echoed = &sent["data"][0];
    assert!(echoed["id"].as_str().unwrap().starts_with("sevt_"));
    assert!(echoed["processed_at"].is_string());
    let mut frames = Vec::new();
    while let Some(frame) = stream.next_frame(Duration::from_secs(10)).await {
        let idle = frame.0 == "session.status_idle";
        frames.push(frame);
        if idle {
            break;
        }
    }
    for (name, id, data) in &frames {
        assert_eq!(data["type"], name.as_str(), "every data carries its type");
        if !name.starts_with("event_") {
            assert_eq!(data["id"], id.as_str(), "the SSE id is the event id");
        }
    }
    let names: Vec<&str> = frames.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(names[0], "user.message");
    let start = names
        .iter()
        .position(|n| *n == "event_start")
        .expect("a preview starts");
    let message = names.iter().position(|n| *n == "agent.message").unwrap();
    assert!(start < message && names[start + 1] == "event_delta");
    assert_eq!(
        frames[start].2["event"]["id"], frames[message].2["id"],
        "the preview names the final event"
    );
    let pieces: String = frames
        .iter()
        .filter(|f| f.0 == "event_delta")
        .map(|f| f.2["delta"]["content"]["text"].as_str().unwrap())
        .collect();
    assert_eq!(pieces, "Hello from the fake model.");

    let history = s.history(&sid).await;
    let stored: Vec<&Value> = frames
        .iter()
        .filter(|f| !f.0.starts_with("event_"))
        .map(|f| &f.2)
        .collect();
    assert_eq!(
        history.iter().collect::<Vec<_>>(),
        stored,
        "the stream and the history agree"
    );
    let only = s
        .ok(
            "GET",
            &format!("/v1/sessions/{sid}/events?types[]=agent.message&types[]=user.message"),
            None,
        )
        .await;
    assert_eq!(
        types(only["data"].as_array().unwrap()),
        vec!["user.message", "agent.message"]
    );
    let newest = s
        .ok("GET", &format!("/v1/sessions/{sid}/events?order=desc&limit=1"), None)
        .await;
    assert_eq!(newest["data"][0]["type"], "session.status_idle");
    assert!(newest["next_page"].is_string());

    let late = s.stream(&sid, "").await;
    drop(late);
    let mut fresh = s.stream(&sid, "").await;
    assert!(
        fresh.next_frame(Duration::from_millis(300)).await.is_none(),
        "a stream replays no history"
    );
}

#[tokio::test]
async fn a_restart_loses_nothing_even_after_kill_9() {
    let model = FakeModel::start();
    let mut s = Server::with_model(&model, "anthropic");
    let agent = s.agent("echo", toolset()).await;
    let sid = s.session(&agent).await;
    s.turn(&sid, user_message("one")).await;
    let before = s.history(&sid).await;
    for kill in [false, true] {
        s.restart(kill);
        assert_eq!(s.history(&sid).await, before, "kill -9: {kill}");
        assert_eq!(s.ok("GET", &format!("/v1/agents/{agent}"), None).await["name"], "echo");
        assert_eq!(
            s.ok("GET", &format!("/v1/sessions/{sid}"), None).await["status"],
            "idle"
        );
    }
    let events = s.turn(&sid, user_message("two")).await;
    let reply = events.iter().rfind(|e| e["type"] == "agent.message").unwrap();
    assert_eq!(text_of(reply), "echo: two");
}
