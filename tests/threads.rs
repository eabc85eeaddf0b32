//! Multi-agent rosters, threads and outcomes on the local server, end to end over HTTP.

mod common;

use common::*;
use serde_json::{Value, json};

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
