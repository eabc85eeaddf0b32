//! What a session should do next, derived from its event log alone. The engine folds every
//! event in log order; the result says which action comes next and what transcript the model
//! sees. Nothing here does I/O, so a crash can never leave it out of step with the log.

use std::collections::HashMap;

use serde_json::{Value, json};

use crate::api::events::Event;
use crate::local::mcp::model_tool_name;

/// Where one tool call stands.
#[derive(Debug, Clone, PartialEq)]
pub enum CallState {
    /// Allowed (by policy or by the user) and not run yet.
    ToRun,
    /// Waiting for `user.tool_confirmation`.
    AwaitConfirmation,
    /// Waiting for a client to run it (`user.custom_tool_result`, or `user.tool_result` from a worker).
    AwaitResult,
    Resolved,
}

#[derive(Debug, Clone)]
pub struct Call {
    pub id: String,
    pub name: String,
    pub input: Value,
    pub state: CallState,
    /// The MCP server of an `agent.mcp_tool_use`; None for built-in and custom tools.
    pub server: Option<String>,
}

/// What the engine should do next.
#[derive(Debug, PartialEq)]
pub enum Action {
    /// Nothing until new client input arrives.
    Wait,
    /// Append these events (status changes that need no work).
    Emit(Vec<Event>),
    /// Ask the model for the next response.
    CallModel,
    /// Run this tool call (built-in, or an MCP server's).
    RunTool(String),
}

#[derive(Debug, Clone, Default)]
struct Response {
    blocks: Vec<Value>,
    call_ids: Vec<String>,
}

enum Item {
    User(Vec<Value>),
    Assistant(Response),
}

#[derive(Default)]
pub struct Fold {
    /// Built-in tools run on a self-hosted worker, which answers with `user.tool_result`.
    on_worker: bool,
    /// The last status event's kind, e.g. `session.status_idle`.
    pub status: Option<String>,
    last_idle_ids: Option<Vec<String>>,
    items: Vec<Item>,
    open: Option<(String, Response)>,
    calls: Vec<Call>,
    index: HashMap<String, usize>,
    results: HashMap<String, (Vec<Value>, bool)>,
    /// A user or system message arrived after the last model request started.
    pending_input: bool,
    /// Input arrived while a model request was open: that request did not carry it, so a
    /// failure that ends the turn does not answer it.
    input_during_request: bool,
    /// The last response made tool calls; once they resolve, the model must see their results.
    awaiting_followup: bool,
    /// The last model request failed or was cut short, and the turn has not ended.
    redo: bool,
    interrupted: bool,
    /// The turn failed in a way that is not retried: it ends with `retries_exhausted`.
    failed: bool,
    /// Cumulative model usage: input, output, cache read, cache creation tokens.
    pub usage: [u64; 4],
}

impl Fold {
    pub fn new(on_worker: bool) -> Self {
        Self {
            on_worker,
            ..Self::default()
        }
    }

    pub fn apply(&mut self, e: &Event) {
        match e.kind.as_str() {
            "user.message" => {
                self.input_arrived();
                self.items.push(Item::User(content(e)));
            }
            "system.message" => {
                self.input_arrived();
                let text: String = content(e).iter().filter_map(|b| b["text"].as_str()).collect();
                self.items.push(Item::User(vec![
                    json!({"type": "text", "text": format!("<system>{text}</system>")}),
                ]));
            }
            "user.interrupt" => {
                let blocked = self.status.as_deref() == Some("session.status_idle") && self.last_idle_ids.is_some();
                if self.is_running() || blocked {
                    self.interrupted = true;
                    // Input not yet sent to the model (the packages were still installing) is
                    // stopped with the turn; input after the interrupt starts a new one.
                    self.pending_input = false;
                    for call in self.calls.iter_mut().filter(|c| c.state != CallState::Resolved) {
                        call.state = CallState::Resolved;
                        self.results
                            .entry(call.id.clone())
                            .or_insert_with(|| (text("Tool execution was interrupted by the user."), true));
                    }
                }
            }
            "user.tool_confirmation" => {
                let id = e.str("tool_use_id").unwrap_or_default();
                if let Some(call) = self.call_mut(id)
                    && call.state == CallState::AwaitConfirmation
                {
                    if e.str("result") == Some("allow") {
                        call.state = CallState::ToRun;
                    } else {
                        call.state = CallState::Resolved;
                        let why = e.str("deny_message").unwrap_or("no reason given");
                        let message = format!("Permission to use {} was denied by the user: {why}", call.name);
                        self.results.insert(id.to_string(), (text(&message), true));
                    }
                }
            }
            "agent.tool_result" | "user.tool_result" | "user.custom_tool_result" | "agent.mcp_tool_result" => {
                let key = match e.kind.as_str() {
                    "user.custom_tool_result" => "custom_tool_use_id",
                    "agent.mcp_tool_result" => "mcp_tool_use_id",
                    _ => "tool_use_id",
                };
                let id = e.str(key).unwrap_or_default().to_string();
                let is_error = e.fields.get("is_error").and_then(Value::as_bool).unwrap_or(false);
                let mut blocks = content(e);
                if blocks.is_empty() {
                    blocks = text("(no output)");
                }
                if let Some(call) = self.call_mut(&id) {
                    call.state = CallState::Resolved;
                }
                self.results.insert(id, (blocks, is_error));
            }
            "span.model_request_start" => {
                self.pending_input = false;
                self.input_during_request = false;
                self.awaiting_followup = false;
                self.redo = false;
                self.open = Some((e.id.clone(), Response::default()));
            }
            "agent.message" => {
                if let Some((_, r)) = &mut self.open {
                    r.blocks.extend(content(e));
                }
            }
            "agent.tool_use" | "agent.custom_tool_use" | "agent.mcp_tool_use" => {
                let custom = e.kind == "agent.custom_tool_use";
                let server =
                    (e.kind == "agent.mcp_tool_use").then(|| e.str("mcp_server_name").unwrap_or_default().to_string());
                let state = match (custom, e.str("evaluated_permission")) {
                    (true, _) => CallState::AwaitResult,
                    (false, Some("ask")) => CallState::AwaitConfirmation,
                    (false, Some("deny")) => CallState::Resolved,
                    // MCP calls stay on the server, as in the cloud: a worker never sees them.
                    (false, _) if self.on_worker && server.is_none() => CallState::AwaitResult,
                    (false, _) => CallState::ToRun,
                };
                let call = Call {
                    id: e.id.clone(),
                    name: e.str("name").unwrap_or_default().to_string(),
                    input: e.fields.get("input").cloned().unwrap_or(json!({})),
                    state,
                    server,
                };
                if let Some((_, r)) = &mut self.open {
                    let name = match &call.server {
                        Some(server) => model_tool_name(server, &call.name),
                        None => call.name.clone(),
                    };
                    r.blocks
                        .push(json!({"type": "tool_use", "id": call.id, "name": name, "input": call.input}));
                    r.call_ids.push(call.id.clone());
                }
                // A result that was logged first (a denied call) still resolves it.
                let resolved = self.results.contains_key(&call.id);
                self.index.insert(call.id.clone(), self.calls.len());
                self.calls.push(Call {
                    state: if resolved {
                        CallState::Resolved
                    } else {
                        call.state.clone()
                    },
                    ..call
                });
            }
            "span.model_request_end" => {
                if let Some((_, r)) = self.open.take() {
                    if e.fields.get("is_error").and_then(Value::as_bool) == Some(true) && r.blocks.is_empty() {
                        self.redo = true;
                    } else if !r.blocks.is_empty() {
                        self.awaiting_followup = !r.call_ids.is_empty();
                        self.items.push(Item::Assistant(r));
                    }
                }
                if let Some(u) = e.fields.get("model_usage") {
                    for (slot, key) in self.usage.iter_mut().zip([
                        "input_tokens",
                        "output_tokens",
                        "cache_read_input_tokens",
                        "cache_creation_input_tokens",
                    ]) {
                        *slot += u[key].as_u64().unwrap_or(0);
                    }
                }
            }
            // A failure that will not be retried answers the input it was asked with: only input
            // that came later starts another turn (otherwise a failure before any model request
            // would repeat forever).
            "session.error" => {
                if matches!(
                    e.fields["error"]["retry_status"]["type"].as_str(),
                    Some("terminal" | "exhausted")
                ) {
                    self.pending_input = self.input_during_request;
                    self.failed = true;
                }
            }
            kind @ ("session.status_running" | "session.status_rescheduled" | "session.status_terminated") => {
                self.status = Some(kind.to_string());
            }
            "session.status_idle" => {
                self.status = Some(e.kind.clone());
                self.input_during_request = false;
                self.interrupted = false;
                self.failed = false;
                self.redo = false;
                self.last_idle_ids = e.fields["stop_reason"]["event_ids"]
                    .as_array()
                    .map(|ids| ids.iter().filter_map(|v| v.as_str().map(str::to_string)).collect());
                // A turn that ended (not one waiting for answers) leaves nothing to follow up,
                // even when it was cut short by an interrupt or ran out of retries.
                if self.last_idle_ids.is_none() {
                    self.awaiting_followup = false;
                }
            }
            _ => {}
        }
    }

    fn input_arrived(&mut self) {
        self.pending_input = true;
        self.input_during_request |= self.open.is_some();
    }

    fn call_mut(&mut self, id: &str) -> Option<&mut Call> {
        self.index.get(id).map(|i| &mut self.calls[*i])
    }

    pub fn call(&self, id: &str) -> Option<&Call> {
        self.index.get(id).map(|i| &self.calls[*i])
    }

    /// Whether a turn is under way (running, or rescheduled after a restart).
    pub fn is_running(&self) -> bool {
        matches!(
            self.status.as_deref(),
            Some("session.status_running" | "session.status_rescheduled")
        )
    }

    /// The id of a model request that started and has not ended (found after a crash).
    pub fn open_request(&self) -> Option<&str> {
        self.open.as_ref().map(|(id, _)| id.as_str())
    }

    /// Calls that were allowed but have no result: after a crash they may have been running.
    pub fn unfinished_calls(&self) -> Vec<&Call> {
        self.calls.iter().filter(|c| c.state == CallState::ToRun).collect()
    }

    pub fn next(&self) -> Action {
        if self.status.as_deref() == Some("session.status_terminated") {
            return Action::Wait;
        }
        if self.interrupted {
            return Action::Emit(vec![idle("end_turn", None)]);
        }
        if self.failed && self.is_running() {
            return Action::Emit(vec![idle("retries_exhausted", None)]);
        }
        let running = self.status.as_deref() == Some("session.status_running");
        let start = || Action::Emit(vec![Event::new("session.status_running", json!({}))]);
        if let Some(call) = self.calls.iter().find(|c| c.state == CallState::ToRun) {
            return if running {
                Action::RunTool(call.id.clone())
            } else {
                start()
            };
        }
        let waiting: Vec<String> = self
            .calls
            .iter()
            .filter(|c| matches!(c.state, CallState::AwaitConfirmation | CallState::AwaitResult))
            .map(|c| c.id.clone())
            .collect();
        if !waiting.is_empty() {
            let already =
                self.status.as_deref() == Some("session.status_idle") && self.last_idle_ids.as_ref() == Some(&waiting);
            return if already {
                Action::Wait
            } else {
                Action::Emit(vec![idle("requires_action", Some(waiting))])
            };
        }
        if self.awaiting_followup || self.pending_input || self.redo {
            return if running { Action::CallModel } else { start() };
        }
        if self.is_running() {
            return Action::Emit(vec![idle("end_turn", None)]);
        }
        Action::Wait
    }

    /// The conversation as the model sees it (Anthropic Messages form). Tool results follow the
    /// response that asked for them; a call without a result (cut short) gets an error result,
    /// so the transcript is always valid.
    pub fn transcript(&self) -> Vec<Value> {
        let mut messages: Vec<Value> = Vec::new();
        let mut user: Vec<Value> = Vec::new();
        for item in &self.items {
            match item {
                Item::User(blocks) => user.extend(blocks.iter().cloned()),
                Item::Assistant(r) => {
                    if !user.is_empty() {
                        messages.push(json!({"role": "user", "content": std::mem::take(&mut user)}));
                    }
                    messages.push(json!({"role": "assistant", "content": r.blocks}));
                    for id in &r.call_ids {
                        let (content, is_error) = self
                            .results
                            .get(id)
                            .cloned()
                            .unwrap_or_else(|| (text("The tool call did not complete."), true));
                        user.push(
                            json!({"type": "tool_result", "tool_use_id": id, "content": content, "is_error": is_error}),
                        );
                    }
                }
            }
        }
        if !user.is_empty() {
            messages.push(json!({"role": "user", "content": user}));
        }
        messages
    }
}

fn content(e: &Event) -> Vec<Value> {
    e.fields
        .get("content")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
}

pub fn text(s: &str) -> Vec<Value> {
    vec![json!({"type": "text", "text": s})]
}

pub fn idle(reason: &str, event_ids: Option<Vec<String>>) -> Event {
    Event::new(
        "session.status_idle",
        json!({ "stop_reason": crate::api::events::stop_reason(reason, event_ids) }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(kind: &str, fields: Value) -> Event {
        Event::new(kind, fields)
    }

    fn fold(events: &[Event]) -> Fold {
        let mut f = Fold::default();
        for e in events {
            f.apply(e);
        }
        f
    }

    fn user(t: &str) -> Event {
        ev("user.message", json!({"content": [{"type": "text", "text": t}]}))
    }

    #[test]
    fn a_message_starts_a_turn_that_ends_idle() {
        let mut log = vec![user("hi")];
        assert!(matches!(fold(&log).next(), Action::Emit(e) if e[0].kind == "session.status_running"));
        log.push(ev("session.status_running", json!({})));
        assert_eq!(fold(&log).next(), Action::CallModel);
        log.push(ev("span.model_request_start", json!({})));
        log.push(ev(
            "agent.message",
            json!({"content": [{"type": "text", "text": "hello"}]}),
        ));
        log.push(ev(
            "span.model_request_end",
            json!({"model_usage": {"input_tokens": 3, "output_tokens": 2}}),
        ));
        let f = fold(&log);
        assert!(
            matches!(f.next(), Action::Emit(e) if e[0].str("stop_reason").is_none() && e[0].fields["stop_reason"]["type"] == "end_turn")
        );
        assert_eq!(f.usage[..2], [3, 2]);
        assert_eq!(f.transcript().len(), 2);
    }

    #[test]
    fn tool_calls_run_then_the_model_sees_their_results() {
        let mut log = vec![
            user("go"),
            ev("session.status_running", json!({})),
            ev("span.model_request_start", json!({})),
        ];
        let call = ev(
            "agent.tool_use",
            json!({"name": "bash", "input": {"command": "ls"}, "evaluated_permission": "allow"}),
        );
        let id = call.id.clone();
        log.extend([call, ev("span.model_request_end", json!({}))]);
        assert_eq!(fold(&log).next(), Action::RunTool(id.clone()));
        log.push(ev(
            "agent.tool_result",
            json!({"tool_use_id": id, "content": [{"type": "text", "text": "a"}]}),
        ));
        let f = fold(&log);
        assert_eq!(f.next(), Action::CallModel);
        let t = f.transcript();
        assert_eq!(t[1]["content"][0]["type"], "tool_use");
        assert_eq!(t[2]["content"][0]["tool_use_id"], id);
    }

    #[test]
    fn asks_wait_for_confirmation_and_a_denial_reaches_the_model() {
        let mut log = vec![
            user("go"),
            ev("session.status_running", json!({})),
            ev("span.model_request_start", json!({})),
        ];
        let a = ev(
            "agent.tool_use",
            json!({"name": "bash", "input": {}, "evaluated_permission": "ask"}),
        );
        let b = ev("agent.custom_tool_use", json!({"name": "w", "input": {}}));
        let (a_id, b_id) = (a.id.clone(), b.id.clone());
        log.extend([a, b, ev("span.model_request_end", json!({}))]);
        let Action::Emit(idle_events) = fold(&log).next() else {
            panic!()
        };
        assert_eq!(idle_events[0].fields["stop_reason"]["event_ids"], json!([a_id, b_id]));
        log.extend(idle_events);
        assert_eq!(
            fold(&log).next(),
            Action::Wait,
            "an idle with the same ids is not repeated"
        );
        log.push(ev(
            "user.tool_confirmation",
            json!({"tool_use_id": a_id, "result": "deny", "deny_message": "friday"}),
        ));
        let Action::Emit(again) = fold(&log).next() else {
            panic!()
        };
        assert_eq!(
            again[0].fields["stop_reason"]["event_ids"],
            json!([b_id]),
            "answering some re-idles with the rest"
        );
        log.extend(again);
        log.push(ev(
            "user.custom_tool_result",
            json!({"custom_tool_use_id": b_id, "content": [{"type": "text", "text": "sun"}]}),
        ));
        let f = fold(&log);
        assert!(matches!(f.next(), Action::Emit(e) if e[0].kind == "session.status_running"));
        let t = f.transcript();
        let results = &t[2]["content"];
        assert!(results[0]["content"][0]["text"].as_str().unwrap().contains("friday"));
        assert_eq!(results[0]["is_error"], true);
        assert_eq!(results[1]["content"][0]["text"], "sun");
    }

    #[test]
    fn an_interrupt_ends_the_turn_and_closes_open_calls() {
        let mut log = vec![
            user("go"),
            ev("session.status_running", json!({})),
            ev("span.model_request_start", json!({})),
        ];
        let call = ev(
            "agent.tool_use",
            json!({"name": "bash", "input": {}, "evaluated_permission": "allow"}),
        );
        log.extend([
            call,
            ev("span.model_request_end", json!({})),
            ev("user.interrupt", json!({})),
        ]);
        let f = fold(&log);
        assert!(matches!(f.next(), Action::Emit(e) if e[0].fields["stop_reason"]["type"] == "end_turn"));
        assert_eq!(f.transcript()[2]["content"][0]["is_error"], true);
        log.push(idle("end_turn", None));
        assert_eq!(
            fold(&log).next(),
            Action::Wait,
            "the interrupted turn does not go on by itself"
        );
        log.push(user("next"));
        assert!(matches!(fold(&log).next(), Action::Emit(e) if e[0].kind == "session.status_running"));
        let idle_only = [
            user("x"),
            ev("session.status_running", json!({})),
            ev("span.model_request_start", json!({})),
            ev("agent.message", json!({"content": [{"type": "text", "text": "y"}]})),
            ev("span.model_request_end", json!({})),
            idle("end_turn", None),
            ev("user.interrupt", json!({})),
        ];
        assert_eq!(
            fold(&idle_only).next(),
            Action::Wait,
            "an interrupt to an idle session does nothing"
        );
    }

    #[test]
    fn a_failed_request_is_redone_until_the_turn_ends() {
        let log = vec![
            user("go"),
            ev("session.status_running", json!({})),
            ev("span.model_request_start", json!({})),
            ev("span.model_request_end", json!({"is_error": true})),
            ev("session.status_rescheduled", json!({})),
        ];
        assert!(matches!(fold(&log).next(), Action::Emit(e) if e[0].kind == "session.status_running"));
        let mut ended = log.clone();
        ended.push(idle("retries_exhausted", None));
        assert_eq!(fold(&ended).next(), Action::Wait);
    }

    #[test]
    fn a_turn_that_fails_before_the_model_does_not_start_again_by_itself() {
        let running = vec![user("go"), ev("session.status_running", json!({}))];
        let error = json!({"error": {"type": "unknown_error", "message": "pip could not install x", "retry_status": {"type": "terminal"}}});
        let mut failed = running.clone();
        failed.push(ev("session.error", error));
        assert!(
            matches!(fold(&failed).next(), Action::Emit(e) if e[0].fields["stop_reason"]["type"] == "retries_exhausted")
        );
        failed.push(idle("retries_exhausted", None));
        assert_eq!(fold(&failed).next(), Action::Wait);
        failed.push(user("again"));
        assert!(matches!(fold(&failed).next(), Action::Emit(e) if e[0].kind == "session.status_running"));

        let mut interrupted = running.clone();
        interrupted.extend([ev("user.interrupt", json!({})), idle("end_turn", None)]);
        assert_eq!(fold(&interrupted).next(), Action::Wait);
        let mut redirected = running;
        redirected.extend([ev("user.interrupt", json!({})), user("instead")]);
        redirected.push(idle("end_turn", None));
        assert!(matches!(fold(&redirected).next(), Action::Emit(e) if e[0].kind == "session.status_running"));
    }

    #[test]
    fn input_that_arrives_during_a_failing_request_starts_the_next_turn() {
        let exhausted =
            json!({"error": {"type": "model_overloaded_error", "message": "x", "retry_status": {"type": "exhausted"}}});
        let mut log = vec![
            user("go"),
            ev("session.status_running", json!({})),
            ev("span.model_request_start", json!({})),
            user("also"),
            ev("span.model_request_end", json!({"is_error": true})),
            ev("session.error", exhausted.clone()),
            idle("retries_exhausted", None),
        ];
        assert!(matches!(fold(&log).next(), Action::Emit(e) if e[0].kind == "session.status_running"));
        log.extend([
            ev("session.status_running", json!({})),
            ev("span.model_request_start", json!({})),
            ev("span.model_request_end", json!({"is_error": true})),
            ev("session.error", exhausted),
            idle("retries_exhausted", None),
        ]);
        assert_eq!(fold(&log).next(), Action::Wait, "the failed request carried it");
    }
}
