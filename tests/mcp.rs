//! MCP toolsets and vaults in the local runner, against a real MCP server on loopback: the
//! official Python SDK's server (`tests/mcp_server/server.py`, run by the test venv's python;
//! the tests are skipped with a note when `.venv-conformance` or its `mcp` package is absent,
//! see tests/run.sh). Only the model is scripted.

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::mcp::{McpServer, script, venv_python};
use common::*;
use serde_json::{Value, json};

fn mcp_toolset(policy: Option<&str>) -> Value {
    let mut toolset = json!({"type": "mcp_toolset", "mcp_server_name": "docs"});
    if let Some(p) = policy {
        toolset["default_config"] = json!({"permission_policy": {"type": p}});
    }
    toolset
}

/// An agent playing `scenario` with the MCP server `docs` at `url` and these tools.
async fn mcp_agent(server: &Server, scenario: &str, url: &str, tools: Value) -> String {
    let body = json!({"name": scenario, "model": "claude-sonnet-4-6",
        "system": format!("test agent [scenario:{scenario}]"),
        "mcp_servers": [{"type": "url", "name": "docs", "url": url}], "tools": tools});
    server.ok("POST", "/v1/agents", Some(body)).await["id"]
        .as_str()
        .unwrap()
        .to_string()
}

async fn session_with(server: &Server, agent: &str, vault_ids: Value, config: Value) -> String {
    let env = server
        .ok("POST", "/v1/environments", Some(json!({"name": "e", "config": config})))
        .await;
    let body = json!({"agent": agent, "environment_id": env["id"], "vault_ids": vault_ids});
    server.ok("POST", "/v1/sessions", Some(body)).await["id"]
        .as_str()
        .unwrap()
        .to_string()
}

/// A session (default environment, these vaults) of an agent playing `scenario` with the MCP
/// server at `url`, whose tools are allowed (`always_allow`).
async fn allowed_session(server: &Server, scenario: &str, url: &str, vault_ids: Value) -> String {
    let agent = mcp_agent(server, scenario, url, json!([mcp_toolset(Some("always_allow"))])).await;
    session_with(server, &agent, vault_ids, json!(null)).await
}

/// A vault holding one credential with this auth: (vault id, credential id).
async fn vault_with(server: &Server, auth: Value) -> (String, String) {
    let vault = server
        .ok("POST", "/v1/vaults", Some(json!({"display_name": "docs"})))
        .await;
    let vault = vault["id"].as_str().unwrap().to_string();
    let credential = server
        .ok(
            "POST",
            &format!("/v1/vaults/{vault}/credentials"),
            Some(json!({"auth": auth})),
        )
        .await;
    (vault, credential["id"].as_str().unwrap().to_string())
}

fn bearer(url: &str, token: &str) -> Value {
    json!({"type": "static_bearer", "mcp_server_url": url, "token": token})
}

fn of_type<'a>(events: &'a [Value], kind: &str) -> Vec<&'a Value> {
    events.iter().filter(|e| e["type"] == kind).collect()
}

fn one<'a>(events: &'a [Value], kind: &str) -> &'a Value {
    let found = of_type(events, kind);
    assert_eq!(found.len(), 1, "one {kind} in {events:#?}");
    found[0]
}

fn stop_reason(events: &[Value]) -> Value {
    events.last().unwrap()["stop_reason"].clone()
}

/// An MCP server started with `mcp_args`, the fake model, a local server, and a session (in an
/// environment of `config`) of an agent playing `scenario` with the MCP server's tools allowed
/// (`always_allow`).
/// Bind every field: one left to `..` is dropped (its process ended) at once.
struct Allowed {
    mcp: McpServer,
    _model: FakeModel,
    server: Server,
    session: String,
}

async fn allowed(python: &std::path::Path, mcp_args: &[&str], scenario: &str, config: Value) -> Allowed {
    let mcp = McpServer::start(python, mcp_args);
    let model = FakeModel::start();
    let server = Server::with_model(&model, "anthropic");
    let tools = json!([mcp_toolset(Some("always_allow"))]);
    let agent = mcp_agent(&server, scenario, &mcp.url(), tools).await;
    let session = session_with(&server, &agent, json!([]), config).await;
    Allowed {
        mcp,
        _model: model,
        server,
        session,
    }
}

/// Sends `events` without waiting for the turn.
async fn send(server: &Server, session: &str, events: Value) {
    let path = format!("/v1/sessions/{session}/events");
    server.ok("POST", &path, Some(json!({ "events": events }))).await;
}

/// The stream's events up to the next idle.
async fn until_idle(stream: &mut Stream) -> Vec<Value> {
    let mut events = Vec::new();
    while let Some(e) = stream.next_event(Duration::from_secs(30)).await {
        let idle = e["type"] == "session.status_idle";
        events.push(e);
        if idle {
            break;
        }
    }
    events
}

/// The names of the tools the model was offered in its last request.
fn offered(model: &FakeModel) -> Vec<String> {
    let requests = model.requests();
    requests.last().unwrap()["tools"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn mcp_tools_are_offered_called_and_their_results_returned() {
    let Some(python) = venv_python() else { return };
    let mcp = McpServer::start(&python, &["--token", "tok-docs-5150"]);
    let model = FakeModel::start();
    let server = Server::logged(&["--model-url", &model.url], &[("RUST_LOG", "trace")]);
    let (vault, credential) = vault_with(&server, bearer(&mcp.url(), "tok-docs-5150")).await;
    let tools = json!([{"type": "agent_toolset_20260401"}, mcp_toolset(Some("always_allow"))]);
    let agent = mcp_agent(&server, "use:whoami", &mcp.url(), tools).await;
    let session = session_with(&server, &agent, json!([vault]), json!(null)).await;

    let events = server.turn(&session, user_message("{}")).await;
    let call = one(&events, "agent.mcp_tool_use");
    assert_eq!(call["mcp_server_name"], "docs");
    assert_eq!(call["name"], "whoami");
    assert_eq!(call["evaluated_permission"], "allow");
    let result = one(&events, "agent.mcp_tool_result");
    assert_eq!(result["mcp_tool_use_id"], call["id"]);
    assert_eq!(result["is_error"], false);
    assert_eq!(text_of(result), "authorized");
    assert_eq!(
        text_of(of_type(&events, "agent.message").last().unwrap()),
        "used: authorized"
    );
    assert_eq!(stop_reason(&events)["type"], "end_turn");
    let names = offered(&model);
    for name in [
        "bash",
        "mcp__docs__search_docs",
        "mcp__docs__whoami",
        "mcp__docs__picture",
    ] {
        assert!(names.contains(&name.to_string()), "{name} in {names:?}");
    }
    assert_eq!(mcp.calls_of("whoami")[0]["authorization"], "Bearer tok-docs-5150");

    // Content as the API shapes it: an image block, and the server's own error flag.
    let session2 = allowed_session(&server, "use:picture", &mcp.url(), json!([vault])).await;
    let events = server.turn(&session2, user_message("{}")).await;
    let result = one(&events, "agent.mcp_tool_result");
    assert_eq!(result["content"][0], json!({"type": "text", "text": "a picture:"}));
    assert_eq!(result["content"][1]["type"], "image");
    assert_eq!(result["content"][1]["source"]["type"], "base64");
    assert_eq!(result["content"][1]["source"]["media_type"], "image/png");
    let session3 = allowed_session(&server, "use:broken", &mcp.url(), json!([])).await;
    let events = server.turn(&session3, user_message("{}")).await;
    let result = one(&events, "agent.mcp_tool_result");
    assert_eq!(result["is_error"], true);
    assert!(text_of(result).contains("the tool failed on purpose"), "{result}");
    assert_eq!(stop_reason(&events)["type"], "end_turn");

    // The token reached the MCP server and nothing else: not the events, the credential's
    // answers, the server's debug log, or the model.
    let token = "tok-docs-5150";
    let history = serde_json::to_string(&server.history(&session).await).unwrap();
    assert!(!history.contains(token));
    let shown = server
        .ok("GET", &format!("/v1/vaults/{vault}/credentials/{credential}"), None)
        .await;
    assert_eq!(
        shown["auth"],
        json!({"type": "static_bearer", "mcp_server_url": mcp.url()})
    );
    let listed = server.ok("GET", &format!("/v1/vaults/{vault}/credentials"), None).await;
    assert!(!listed.to_string().contains(token));
    let log = server.log();
    assert!(log.contains("TRACE"), "the server logged everything");
    assert!(!log.contains(token), "the token is in the server's log");
    assert!(!std::fs::read_to_string(&model.log).unwrap().contains(token));
}

#[tokio::test]
async fn mcp_calls_ask_by_default_and_confirmations_allow_or_deny_them() {
    let Some(python) = venv_python() else { return };
    let mcp = McpServer::start(&python, &[]);
    let model = FakeModel::start();
    let server = Server::with_model(&model, "anthropic");
    let agent = mcp_agent(&server, "use:search_docs", &mcp.url(), json!([mcp_toolset(None)])).await;
    let resolved = server.ok("GET", &format!("/v1/agents/{agent}"), None).await;
    assert_eq!(
        resolved["tools"][0]["default_config"],
        json!({"enabled": true, "permission_policy": {"type": "always_ask"}})
    );
    let session = session_with(&server, &agent, json!([]), json!(null)).await;

    let events = server.turn(&session, user_message(r#"{"query": "tokio"}"#)).await;
    let call = one(&events, "agent.mcp_tool_use");
    assert_eq!(call["evaluated_permission"], "ask");
    assert_eq!(call["evaluation"], json!({"type": "always_ask"}));
    assert_eq!(call["input"], json!({"query": "tokio"}));
    assert_eq!(
        stop_reason(&events),
        json!({"type": "requires_action", "event_ids": [call["id"]]})
    );
    assert!(
        mcp.calls_of("search_docs").is_empty(),
        "nothing runs before the approval"
    );
    let allow = json!([{"type": "user.tool_confirmation", "tool_use_id": call["id"], "result": "allow"}]);
    let events = server.turn(&session, allow).await;
    let result = one(&events, "agent.mcp_tool_result");
    assert_eq!(text_of(result), "results for tokio: intro.md, setup.md");
    assert_eq!(stop_reason(&events)["type"], "end_turn");

    let events = server.turn(&session, user_message(r#"{"query": "serde"}"#)).await;
    let call = one(&events, "agent.mcp_tool_use");
    let deny = json!([{"type": "user.tool_confirmation", "tool_use_id": call["id"], "result": "deny",
                       "deny_message": "not the docs today"}]);
    let events = server.turn(&session, deny).await;
    assert!(
        of_type(&events, "agent.mcp_tool_result").is_empty(),
        "a denial posts no result"
    );
    assert_eq!(stop_reason(&events)["type"], "end_turn");
    assert!(text_of(events.iter().rfind(|e| e["type"] == "agent.message").unwrap()).contains("not the docs today"));
    assert_eq!(mcp.calls_of("search_docs").len(), 1, "the denied call never ran");

    // A call approved after a restart of the server connects again and runs.
    let events = server.turn(&session, user_message(r#"{"query": "again"}"#)).await;
    let call = one(&events, "agent.mcp_tool_use");
    let mut server = server;
    server.restart(false);
    let allow = json!([{"type": "user.tool_confirmation", "tool_use_id": call["id"], "result": "allow"}]);
    let events = server.turn(&session, allow).await;
    assert_eq!(
        text_of(one(&events, "agent.mcp_tool_result")),
        "results for again: intro.md, setup.md"
    );
}

#[tokio::test]
async fn configs_choose_the_offered_tools_and_their_policies() {
    let Some(python) = venv_python() else { return };
    let mcp = McpServer::start(&python, &[]);
    let model = FakeModel::start();
    let server = Server::with_model(&model, "anthropic");
    let toolset = json!({"type": "mcp_toolset", "mcp_server_name": "docs", "default_config": {"enabled": false},
        "configs": [{"name": "search_docs", "enabled": true, "permission_policy": {"type": "always_allow"}},
                    {"name": "picture", "permission_policy": {"type": "always_allow"}}]});
    let agent = mcp_agent(&server, "use:mcp__docs", &mcp.url(), json!([toolset])).await;
    let session = session_with(&server, &agent, json!([]), json!(null)).await;
    let events = server.turn(&session, user_message(r#"{"query": "x"}"#)).await;
    assert_eq!(
        offered(&model),
        ["mcp__docs__search_docs"],
        "only the enabled tool is offered"
    );
    let call = one(&events, "agent.mcp_tool_use");
    assert_eq!(
        (call["name"].as_str(), call["evaluated_permission"].as_str()),
        (Some("search_docs"), Some("allow"))
    );
    assert_eq!(
        text_of(one(&events, "agent.mcp_tool_result")),
        "results for x: intro.md, setup.md"
    );
}

#[tokio::test]
async fn a_refused_connection_is_a_session_error_and_the_turn_goes_on() {
    let model = FakeModel::start();
    let server = Server::with_model(&model, "anthropic");
    // Nothing listens on a port just released.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}/mcp");
    let agent = mcp_agent(&server, "hello", &url, json!([mcp_toolset(None)])).await;
    let session = session_with(&server, &agent, json!([]), json!(null)).await;
    for _ in 0..2 {
        let events = server.turn(&session, user_message("hi")).await;
        let error = &one(&events, "session.error")["error"];
        assert_eq!(error["type"], "mcp_connection_failed_error");
        assert_eq!(error["mcp_server_name"], "docs");
        assert_eq!(error["retry_status"]["type"], "retrying");
        assert_eq!(text_of(one(&events, "agent.message")), "Hello from the fake model.");
        assert_eq!(stop_reason(&events)["type"], "end_turn", "the next turn tries again");
    }
}

#[tokio::test]
async fn a_server_that_never_answers_times_out() {
    let model = FakeModel::start();
    let server = Server::start(&["--model-url", &model.url, "--mcp-connect-timeout-seconds", "1"]);
    // Accepts connections and never answers.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/mcp", silent.local_addr().unwrap());
    let held = std::thread::spawn(move || silent.incoming().take(4).flatten().collect::<Vec<_>>());
    let agent = mcp_agent(&server, "hello", &url, json!([mcp_toolset(None)])).await;
    let session = session_with(&server, &agent, json!([]), json!(null)).await;
    let events = server.turn(&session, user_message("hi")).await;
    let error = &one(&events, "session.error")["error"];
    assert_eq!(error["type"], "mcp_connection_failed_error");
    assert!(error["message"].as_str().unwrap().contains("within 1 s"), "{error}");
    assert_eq!(stop_reason(&events)["type"], "end_turn");
    drop(held);
}

#[tokio::test]
async fn a_refused_token_is_an_authentication_error_and_a_fixed_credential_works_next_turn() {
    let Some(python) = venv_python() else { return };
    let mcp = McpServer::start(&python, &["--token", "right-token-77", "--require-token"]);
    let model = FakeModel::start();
    let server = Server::with_model(&model, "anthropic");
    let (vault, credential) = vault_with(&server, bearer(&mcp.url(), "wrong-token-77")).await;
    let session = allowed_session(&server, "use:whoami", &mcp.url(), json!([vault])).await;
    let events = server.turn(&session, user_message("{}")).await;
    let error = &one(&events, "session.error")["error"];
    assert_eq!(error["type"], "mcp_authentication_failed_error");
    assert_eq!(error["mcp_server_name"], "docs");
    assert!(!error.to_string().contains("wrong-token-77"));
    assert_eq!(stop_reason(&events)["type"], "end_turn");

    server
        .ok(
            "POST",
            &format!("/v1/vaults/{vault}/credentials/{credential}"),
            Some(json!({"auth": {"type": "static_bearer", "token": "right-token-77"}})),
        )
        .await;
    let events = server.turn(&session, user_message("{}")).await;
    assert!(of_type(&events, "session.error").is_empty(), "{events:#?}");
    assert_eq!(text_of(one(&events, "agent.mcp_tool_result")), "authorized");
}

#[tokio::test]
async fn a_server_that_dies_mid_call_gives_an_error_result_and_a_session_error() {
    let Some(python) = venv_python() else { return };
    let Allowed {
        mut mcp,
        server,
        session,
        _model,
    } = allowed(&python, &[], "use:slow", json!(null)).await;
    let mut stream = server.stream(&session, "").await;
    send(&server, &session, user_message(r#"{"seconds": 60}"#)).await;
    mcp.wait_for_call("slow");
    mcp.kill();
    let events = until_idle(&mut stream).await;
    let result = one(&events, "agent.mcp_tool_result");
    assert_eq!(result["is_error"], true);
    assert!(text_of(result).contains("The MCP server docs failed"), "{result}");
    assert_eq!(
        one(&events, "session.error")["error"]["type"],
        "mcp_connection_failed_error"
    );
    assert_eq!(stop_reason(&events)["type"], "end_turn");
}

#[tokio::test]
async fn an_interrupt_cancels_an_mcp_call() {
    let Some(python) = venv_python() else { return };
    let Allowed {
        mcp,
        server,
        session,
        _model,
    } = allowed(&python, &[], "use:slow", json!(null)).await;
    let mut stream = server.stream(&session, "").await;
    send(&server, &session, user_message(r#"{"seconds": 120}"#)).await;
    mcp.wait_for_call("slow");
    send(&server, &session, json!([{"type": "user.interrupt"}])).await;
    // Well before the call's 120 s.
    let events = until_idle(&mut stream).await;
    let result = one(&events, "agent.mcp_tool_result");
    assert_eq!(result["is_error"], true);
    assert!(text_of(result).contains("Interrupted"), "{result}");
    assert_eq!(stop_reason(&events)["type"], "end_turn");
    // The server was told (notifications/cancelled) and stopped the call.
    let started = Instant::now();
    while !mcp.seen().iter().any(|e| e["cancelled"] == "slow") {
        assert!(started.elapsed() < Duration::from_secs(10), "{:?}", mcp.seen());
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn the_first_vault_with_a_credential_for_the_server_wins() {
    let Some(python) = venv_python() else { return };
    let mcp = McpServer::start(&python, &["--token", "first-token-8", "--require-token"]);
    let model = FakeModel::start();
    let server = Server::with_model(&model, "anthropic");
    let (first, _) = vault_with(&server, bearer(&mcp.url(), "first-token-8")).await;
    // The same server written differently: matched after normalising.
    let written_differently = format!("{}/mcp/", mcp.base.replace("http://", "HTTP://"));
    let (second, _) = vault_with(&server, bearer(&written_differently, "second-token-8")).await;
    let session = allowed_session(&server, "use:whoami", &mcp.url(), json!([first, second])).await;
    let events = server.turn(&session, user_message("{}")).await;
    assert_eq!(text_of(one(&events, "agent.mcp_tool_result")), "authorized");
    let session = allowed_session(&server, "use:whoami", &mcp.url(), json!([second, first])).await;
    let events = server.turn(&session, user_message("{}")).await;
    assert_eq!(
        one(&events, "session.error")["error"]["type"],
        "mcp_authentication_failed_error"
    );
}

#[tokio::test]
async fn a_kill_9_mid_call_gives_one_error_result_and_never_a_second_call() {
    let Some(python) = venv_python() else { return };
    let Allowed {
        mcp,
        mut server,
        session,
        _model,
    } = allowed(&python, &[], "use:slow", json!(null)).await;
    send(&server, &session, user_message(r#"{"seconds": 5}"#)).await;
    mcp.wait_for_call("slow");
    server.restart(true);
    let started = Instant::now();
    let history = loop {
        let history = server.history(&session).await;
        if history.last().is_some_and(|e| e["type"] == "session.status_idle") {
            break history;
        }
        assert!(started.elapsed() < Duration::from_secs(30), "{history:#?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let results = of_type(&history, "agent.mcp_tool_result");
    assert_eq!(results.len(), 1, "{history:#?}");
    assert_eq!(results[0]["is_error"], true);
    assert!(text_of(results[0]).contains("restart"), "{}", results[0]);
    assert!(types(&history).contains(&"session.status_rescheduled"));
    // The call the crash cut short would have ended by now; it was not made again.
    tokio::time::sleep(Duration::from_secs(6)).await;
    assert_eq!(mcp.calls_of("slow").len(), 1);
}

#[tokio::test]
async fn an_expired_oauth_token_is_refreshed_at_its_token_endpoint() {
    let Some(python) = venv_python() else { return };
    let mcp = McpServer::start(
        &python,
        &[
            "--require-token",
            "--issue",
            "fresh-token-31",
            "--refresh-token",
            "refresh-31",
        ],
    );
    let model = FakeModel::start();
    let server = Server::with_model(&model, "anthropic");
    let auth = json!({"type": "mcp_oauth", "mcp_server_url": mcp.url(), "access_token": "stale-token-31",
        "expires_at": "2020-01-01T00:00:00Z",
        "refresh": {"client_id": "ant-tests", "refresh_token": "refresh-31",
                    "token_endpoint": format!("{}/token", mcp.base), "token_endpoint_auth": {"type": "none"}}});
    let (vault, credential) = vault_with(&server, auth).await;
    let session = allowed_session(&server, "use:whoami", &mcp.url(), json!([vault])).await;
    let events = server.turn(&session, user_message("{}")).await;
    assert_eq!(
        text_of(one(&events, "agent.mcp_tool_result")),
        "authorized",
        "{events:#?}"
    );
    let requests: Vec<Value> = mcp
        .seen()
        .into_iter()
        .filter(|e| e.get("token_request").is_some())
        .collect();
    assert_eq!(requests.len(), 1);
    assert_eq!(
        requests[0]["token_request"],
        json!({"grant_type": "refresh_token", "refresh_token": "refresh-31", "client_id": "ant-tests"})
    );
    assert_eq!(mcp.calls_of("whoami")[0]["authorization"], "Bearer fresh-token-31");
    // The new token and expiry are stored, and never shown.
    let shown = server
        .ok("GET", &format!("/v1/vaults/{vault}/credentials/{credential}"), None)
        .await;
    assert!(shown["auth"]["expires_at"].as_str().unwrap() > "2026-01-01");
    assert!(!shown.to_string().contains("token-31") && !shown.to_string().contains("refresh-31"));
    assert_eq!(shown["auth"]["refresh"]["token_endpoint_auth"], json!({"type": "none"}));
    let checked = server
        .ok(
            "POST",
            &format!("/v1/vaults/{vault}/credentials/{credential}/mcp_oauth_validate"),
            None,
        )
        .await;
    assert_eq!(checked["type"], "vault_credential_validation");
    assert_eq!(checked["status"], "valid", "{checked}");
    assert_eq!(checked["has_refresh_token"], true);
    // The rotated refresh token is used for the next refresh, and a refused one is reported.
    server
        .ok(
            "POST",
            &format!("/v1/vaults/{vault}/credentials/{credential}"),
            Some(json!({"auth": {"type": "mcp_oauth", "access_token": "revoked-31", "expires_at": "2020-01-01T00:00:00Z"}})),
        )
        .await;
    let checked = server
        .ok(
            "POST",
            &format!("/v1/vaults/{vault}/credentials/{credential}/mcp_oauth_validate"),
            None,
        )
        .await;
    assert_eq!(checked["refresh"]["status"], "failed", "{checked}");
    assert_eq!(checked["refresh"]["http_response"]["status_code"], 400);
    assert_eq!(checked["status"], "invalid");
    assert_eq!(checked["mcp_probe"]["http_response"]["status_code"], 401);
    assert!(!checked.to_string().contains("revoked-31"));
}

#[tokio::test]
async fn an_sse_only_server_is_reached_through_the_fallback() {
    let Some(python) = venv_python() else { return };
    let Allowed {
        server,
        session,
        mcp: _mcp,
        _model,
    } = allowed(&python, &["--sse"], "use:search_docs", json!(null)).await;
    let events = server.turn(&session, user_message(r#"{"query": "sse"}"#)).await;
    assert!(of_type(&events, "session.error").is_empty(), "{events:#?}");
    assert_eq!(
        text_of(one(&events, "agent.mcp_tool_result")),
        "results for sse: intro.md, setup.md"
    );
}

#[tokio::test]
async fn self_hosted_sessions_run_mcp_calls_on_the_server() {
    let Some(python) = venv_python() else { return };
    let self_hosted = json!({"type": "self_hosted"});
    let Allowed {
        server,
        session,
        mcp: _mcp,
        _model,
    } = allowed(&python, &[], "use:search_docs", self_hosted).await;
    // No worker runs: the server makes the call itself.
    let events = server.turn(&session, user_message(r#"{"query": "hands"}"#)).await;
    assert_eq!(
        text_of(one(&events, "agent.mcp_tool_result")),
        "results for hands: intro.md, setup.md"
    );
    assert_eq!(stop_reason(&events)["type"], "end_turn");
}

#[tokio::test]
async fn the_official_python_sdk_runs_a_session_with_an_mcp_toolset_and_a_vault() {
    let Some(python) = venv_python() else { return };
    let mcp = McpServer::start(&python, &["--token", "sdk-token-909", "--require-token"]);
    let model = FakeModel::start();
    let server = Server::with_model(&model, "anthropic");
    let out = Command::new(&python)
        .arg(script("sdk_session.py"))
        .env("ANT_BASE_URL", &server.base_url)
        .env("ANT_KEY", &server.key)
        .env("MCP_URL", mcp.url())
        .env("MCP_TOKEN", "sdk-token-909")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let events = report["events"].as_array().unwrap();
    let call = events.iter().find(|e| e["type"] == "agent.mcp_tool_use").unwrap();
    assert_eq!(
        (call["mcp_server_name"].as_str(), call["name"].as_str()),
        (Some("docs"), Some("whoami"))
    );
    assert_eq!(call["evaluated_permission"], "ask");
    let result = events.iter().find(|e| e["type"] == "agent.mcp_tool_result").unwrap();
    assert_eq!(result["content"], json!([{"type": "text", "text": "authorized"}]));
    assert_eq!(result["mcp_tool_use_id"], call["id"]);
    assert_eq!(report["session"]["vault_ids"].as_array().unwrap().len(), 1);
    assert_eq!(report["credential"]["auth"]["type"], "static_bearer");
    assert!(!out.stdout.windows(13).any(|w| w == b"sdk-token-909"));
}

#[tokio::test]
async fn allow_mcp_servers_opens_the_mcp_host_to_a_limited_sandbox() {
    let Some(python) = venv_python() else { return };
    let mcp = McpServer::start(&python, &[]);
    let model = FakeModel::start();
    let server = Server::with_model(&model, "anthropic");
    let tools = json!([{"type": "agent_toolset_20260401"}, mcp_toolset(None)]);
    let agent = mcp_agent(&server, "shell", &mcp.url(), tools).await;
    let command = format!("curl -s -o /dev/null -w 'status=%{{http_code}}' {}", mcp.url());
    for allow in [true, false] {
        let config = json!({"type": "cloud", "networking": {"type": "limited", "allowed_hosts": [],
                                                           "allow_mcp_servers": allow}});
        let session = session_with(&server, &agent, json!([]), config).await;
        let events = server.turn(&session, user_message(&command)).await;
        let output = text_of(one(&events, "agent.tool_result"));
        // The proxy refuses with 403; the MCP server answers a bare GET with a 4xx of its own.
        let reached = output.contains("status=4") && !output.contains("status=403");
        assert_eq!(reached, allow, "allow_mcp_servers {allow}: {output}");
        assert_eq!(output.contains("status=403"), !allow, "{output}");
    }
}

#[tokio::test]
async fn a_vault_token_never_reaches_the_tool_environment_or_a_debug_dump() {
    let Some(python) = venv_python() else { return };
    let mcp = McpServer::start(&python, &["--token", "env-token-4242"]);
    let model = FakeModel::start();
    let server = Server::with_model(&model, "anthropic");
    let (vault, _) = vault_with(&server, bearer(&mcp.url(), "env-token-4242")).await;
    let tools = json!([{"type": "agent_toolset_20260401"}, mcp_toolset(Some("always_allow"))]);
    let agent = mcp_agent(&server, "env", &mcp.url(), tools).await;
    let session = session_with(&server, &agent, json!([vault]), json!(null)).await;
    let events = server.turn(&session, user_message("go")).await;
    let output = text_of(one(&events, "agent.tool_result"));
    assert!(output.contains("PATH="), "bash printed its environment: {output}");
    assert!(!output.contains("env-token-4242"));
    let dump = server.ant(&["--debug", "beta:sessions:events", "list", &session]).run();
    assert_eq!(dump.code, 0, "{}", dump.stderr);
    assert!(dump.stderr.contains("Request Content"), "a debug dump: {}", dump.stderr);
    assert!(!format!("{}{}", dump.stdout, dump.stderr).contains("env-token-4242"));
}
