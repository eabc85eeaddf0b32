//! `ant chat` in a real terminal (tmux): approving one tool call and denying another.

mod common;

use common::tmux::{Tmux, tmux_missing};
use common::*;
use serde_json::json;

/// `ant chat SID ARGS` in its own terminal, with a clean config; when chat exits, its exit code
/// stays on screen as `chat exited: N`.
fn chat(s: &Server, config: &tempfile::TempDir, sid: &str, args: &str) -> Tmux {
    let command = format!(
        "env -u ANTHROPIC_PROFILE ANTHROPIC_CONFIG_DIR={} ANTHROPIC_BASE_URL={} ANTHROPIC_API_KEY={KEY} {ANT} chat {sid} {args}; echo chat exited: $?; sleep 60",
        config.path().display(),
        s.base_url
    );
    let tmux = Tmux::start("ant-chat", (200, 50), &command).expect("tmux runs");
    tmux.wait_for("type a message");
    tmux
}

#[tokio::test]
async fn chat_approves_one_call_and_denies_another() {
    if tmux_missing() {
        return;
    }
    let model = FakeModel::start();
    let s = Server::with_model(&model, "anthropic");
    let ask = json!([{"type": "agent_toolset_20260401", "configs": [{"name": "bash", "permission_policy": {"type": "always_ask"}}]}]);
    let agent = s.agent("confirm", ask).await;
    let config = tempfile::tempdir().unwrap();
    for (verdict, expect) in [("y", "result: approved-42"), ("n not today", "denied: not today")] {
        let sid = s.session(&agent).await;
        let tmux = chat(&s, &config, &sid, "");
        tmux.type_line("run it");
        tmux.wait_for("? y, or n and a reason");
        tmux.type_line(verdict);
        let screen = tmux.wait_for("— idle: end_turn");
        let history = s.history(&sid).await;
        let confirmation = history.iter().find(|e| e["type"] == "user.tool_confirmation").unwrap();
        if verdict == "y" {
            assert_eq!(confirmation["result"], "allow");
            assert!(screen.contains(expect), "{screen}");
        } else {
            assert_eq!(confirmation["result"], "deny");
            assert_eq!(confirmation["deny_message"], "not today");
            assert!(screen.contains(expect), "{screen}");
        }
    }
}

/// A custom tool answered by a `--tool-handler` command (input JSON on stdin, result from stdout),
/// and the same tool answered by typing the result.
#[tokio::test]
async fn chat_answers_custom_tools_by_handler_or_typing() {
    if tmux_missing() {
        return;
    }
    let model = FakeModel::start();
    let s = Server::with_model(&model, "anthropic");
    let weather = json!({"type": "custom", "name": "get_weather", "description": "Weather.",
                         "input_schema": {"type": "object", "properties": {"location": {"type": "string"}}}});
    let agent = s.agent("custom", json!([weather])).await;
    let config = tempfile::tempdir().unwrap();
    for (args, answer) in [
        ("--tool-handler 'get_weather=tr a-z A-Z'", r#"{"LOCATION":"PARIS"}"#),
        ("", "sunny"),
    ] {
        let sid = s.session(&agent).await;
        let tmux = chat(&s, &config, &sid, args);
        tmux.type_line("weather?");
        if args.is_empty() {
            tmux.wait_for(r#"get_weather {"location":"Paris"}: type the result"#);
            tmux.type_line(answer);
        } else {
            tmux.wait_for("get_weather answered by `tr a-z A-Z`");
        }
        tmux.wait_for(&format!("weather: {answer}"));
        let history = s.history(&sid).await;
        let result = history.iter().find(|e| e["type"] == "user.custom_tool_result").unwrap();
        assert_eq!(result["content"][0]["text"], answer, "{args}");
    }
}

/// Ctrl-C interrupts the running turn (the session goes idle, the command is killed); a second
/// Ctrl-C quits with 130.
#[tokio::test]
async fn chat_ctrl_c_interrupts_then_quits() {
    if tmux_missing() {
        return;
    }
    let model = FakeModel::start();
    let s = Server::with_model(&model, "anthropic");
    let sid = s.session(&s.agent("sleep", toolset()).await).await;
    let config = tempfile::tempdir().unwrap();
    let tmux = chat(&s, &config, &sid, "");
    tmux.type_line("nap");
    tmux.wait_for("sleep 60");
    tmux.send_keys("C-c");
    tmux.wait_for("interrupt sent; Ctrl-C again quits");
    tmux.wait_for("— idle");
    let history = s.history(&sid).await;
    let kinds = types(&history);
    assert!(kinds.contains(&"user.interrupt"), "{kinds:?}");
    assert_eq!(kinds.last(), Some(&"session.status_idle"), "{kinds:?}");
    assert!(
        !history.iter().any(|e| e.to_string().contains("woke")),
        "the command ran to its end"
    );
    tmux.send_keys("C-c");
    tmux.wait_for("chat exited: 130");
}

/// An MCP server's tool, asked about by default (always_ask), is approved in chat by its
/// server/tool name, and runs once approved.
#[tokio::test]
async fn chat_approves_an_mcp_call() {
    let Some(python) = common::mcp::venv_python() else {
        return;
    };
    if tmux_missing() {
        return;
    }
    let mcp = common::mcp::McpServer::start(&python, &[]);
    let model = FakeModel::start();
    let s = Server::with_model(&model, "anthropic");
    let body = json!({"name": "chat-mcp", "model": "claude-sonnet-4-6", "system": "test agent [scenario:use:search_docs]",
        "mcp_servers": [{"type": "url", "name": "docs", "url": mcp.url()}],
        "tools": [{"type": "mcp_toolset", "mcp_server_name": "docs"}]});
    let agent = s.ok("POST", "/v1/agents", Some(body)).await["id"]
        .as_str()
        .unwrap()
        .to_string();
    let sid = s.session(&agent).await;
    let config = tempfile::tempdir().unwrap();
    let tmux = chat(&s, &config, &sid, "");
    tmux.type_line(r#"{"query": "chat"}"#);
    tmux.wait_for("▸ docs/search_docs");
    tmux.wait_for(r#"allow docs/search_docs {"query":"chat"}? y, or n and a reason"#);
    tmux.type_line("y");
    tmux.wait_for("used: results for chat: intro.md, setup.md");
    assert_eq!(mcp.calls_of("search_docs").len(), 1);
}
