//! What a session should do next, derived from its event log alone. The engine folds every
//! event in log order; the result says which action comes next and what transcript the model
//! sees. Nothing here does I/O, so a crash can never leave it out of step with the log.

use std::collections::{BTreeMap, HashMap};

use serde_json::{Value, json};

use super::outcome::{self, Goal};
use crate::api::events::Event;
use crate::api::multiagent::DELEGATE_TOOL;
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
    /// A delegation (`agent.thread_message_sent`), waiting for this thread's reply.
    AwaitThread(String),
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
    /// The turn's work is done and an outcome is defined: grade it.
    Evaluate,
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

/// Which subagent thread a fold is: it folds that thread's events and reports to the primary.
#[derive(Debug, Clone, PartialEq)]
pub struct ThreadRole {
    pub id: String,
    pub agent_name: String,
    pub primary_id: String,
}

/// A subagent thread as the primary thread sees it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ThreadView {
    pub agent_name: String,
    /// The calls its last idle waits on (`requires_action`), which the session's idle names.
    pub blocked: Vec<String>,
    /// Whether its last status is running (or rescheduled): it counts toward the limit.
    pub running: bool,
}

#[derive(Default)]
pub struct Fold {
    /// None for the primary thread (and single-agent sessions).
    pub thread: Option<ThreadRole>,
    /// The primary's view of the session's subagent threads, by id.
    pub threads: BTreeMap<String, ThreadView>,
    /// The text of the thread's last answer: a subagent's reply when its turn ends.
    last_text: Vec<Value>,
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
    /// The outcome the session works toward, from its `user.define_outcome` until its last
    /// evaluation (or, after `max_iterations_reached`, its final turn) ends.
    pub outcome: Option<Goal>,
}

impl Fold {
    pub fn new(on_worker: bool) -> Self {
        Self {
            on_worker,
            ..Self::default()
        }
    }

    /// The fold of a subagent thread.
    pub fn for_thread(role: ThreadRole) -> Self {
        Self {
            thread: Some(role),
            ..Self::default()
        }
    }

    /// Folds one event of the session's log: usage from every thread, then only the events of
    /// this fold's own thread (a subagent thread also obeys an interrupt to the whole session).
    pub fn apply(&mut self, e: &Event) {
        if e.kind == "span.model_request_end" {
            self.add_usage(e.fields.get("model_usage"));
        }
        let owner = e.str("session_thread_id");
        let mine = match (&self.thread, owner) {
            (None, None) => true,
            (Some(role), Some(t)) => role.id == t,
            (Some(_), None) => e.kind == "user.interrupt",
            (None, Some(t)) => {
                self.observe_thread(t, e);
                false
            }
        };
        if !mine {
            return;
        }
        // A subagent's status events are folded as a session's are.
        let kind = match e.kind.strip_prefix("session.thread_status_") {
            Some(rest) if self.thread.is_some() => format!("session.status_{rest}"),
            _ => e.kind.clone(),
        };
        match kind.as_str() {
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
            "user.define_outcome" => {
                self.input_arrived();
                let goal = Goal::of(e, self.items.len());
                self.items.push(Item::User(text(&goal.brief())));
                self.outcome = Some(goal);
            }
            "span.outcome_evaluation_start" => {
                if let Some(goal) = &mut self.outcome {
                    goal.evaluating = Some(e.id.clone());
                }
            }
            "span.outcome_evaluation_end" => {
                self.add_usage(e.fields.get("usage"));
                let result = e.str("result").unwrap_or_default();
                let explanation = e.str("explanation").unwrap_or_default();
                if let Some(goal) = &mut self.outcome {
                    goal.evaluating = None;
                    match result {
                        "needs_revision" | "max_iterations_reached" => {
                            goal.iteration += 1;
                            goal.final_turn = result == "max_iterations_reached";
                            self.items.push(Item::User(text(&goal.feedback(result, explanation))));
                            self.pending_input = true;
                        }
                        _ => self.outcome = None,
                    }
                }
            }
            // The primary's delegation: a call of the delegation tool, waiting for the reply.
            "agent.thread_message_sent" if self.thread.is_none() => {
                let to = e.str("to_session_thread_id").unwrap_or_default().to_string();
                let message: String = content(e).iter().filter_map(|b| b["text"].as_str()).collect();
                let input = json!({"agent": e.str("to_agent_name").unwrap_or_default(), "message": message});
                if let Some((_, r)) = &mut self.open {
                    r.blocks
                        .push(json!({"type": "tool_use", "id": e.id, "name": DELEGATE_TOOL, "input": input}));
                    r.call_ids.push(e.id.clone());
                }
                self.index.insert(e.id.clone(), self.calls.len());
                self.calls.push(Call {
                    id: e.id.clone(),
                    name: DELEGATE_TOOL.to_string(),
                    input,
                    state: CallState::AwaitThread(to),
                    server: None,
                });
            }
            // A reply: the result of the delegation waiting for it, or (after an interrupt
            // ended the wait) a message the coordinator reads with its next input.
            "agent.thread_message_received" if self.thread.is_none() => {
                let from = e.str("from_session_thread_id").unwrap_or_default();
                let waiting = self
                    .calls
                    .iter_mut()
                    .find(|c| c.state == CallState::AwaitThread(from.to_string()));
                match waiting {
                    Some(call) => {
                        call.state = CallState::Resolved;
                        self.results.insert(call.id.clone(), (content(e), false));
                    }
                    None => {
                        let name = e.str("from_agent_name").unwrap_or("a subagent");
                        let mut blocks = text(&format!("<message from=\"{name}\">"));
                        blocks.extend(content(e));
                        blocks.extend(text("</message>"));
                        self.items.push(Item::User(blocks));
                    }
                }
            }
            // What the primary (or the coordinator) said to this subagent thread.
            "agent.thread_message_received" => {
                self.input_arrived();
                self.items.push(Item::User(content(e)));
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
                self.last_text = content(e);
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
                    if !r.blocks.iter().any(|b| b["type"] == "text") {
                        self.last_text.clear();
                    }
                    if e.fields.get("is_error").and_then(Value::as_bool) == Some(true) && r.blocks.is_empty() {
                        self.redo = true;
                    } else if !r.blocks.is_empty() {
                        self.awaiting_followup = !r.call_ids.is_empty();
                        self.items.push(Item::Assistant(r));
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
                self.status = Some(kind.clone());
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
                    // The final turn after `max_iterations_reached` settles the outcome.
                    if self.outcome.as_ref().is_some_and(|g| g.final_turn) {
                        self.outcome = None;
                    }
                }
            }
            _ => {}
        }
    }

    /// The primary follows its subagent threads: which run, and which wait on the client.
    fn observe_thread(&mut self, id: &str, e: &Event) {
        let view = self.threads.entry(id.to_string()).or_default();
        match e.kind.as_str() {
            "session.thread_created" => view.agent_name = e.str("agent_name").unwrap_or_default().to_string(),
            "session.thread_status_running" | "session.thread_status_rescheduled" => {
                view.running = true;
                view.blocked.clear();
            }
            "session.thread_status_idle" | "session.thread_status_terminated" => {
                view.running = false;
                view.blocked = e.fields["stop_reason"]["event_ids"]
                    .as_array()
                    .map(|ids| ids.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
                    .unwrap_or_default();
            }
            _ => {}
        }
    }

    /// A status event of this fold's thread: `session.status_*` for the primary,
    /// `session.thread_status_*` naming the agent for a subagent thread.
    fn status(&self, which: &str, mut fields: Value) -> Event {
        match &self.thread {
            None => Event::new(&format!("session.status_{which}"), fields),
            Some(role) => {
                fields["agent_name"] = json!(role.agent_name);
                Event::new(&format!("session.thread_status_{which}"), fields)
            }
        }
    }

    pub fn rescheduled(&self) -> Event {
        self.status("rescheduled", json!({}))
    }

    /// The end of a turn: an idle, and a subagent's reply to the primary thread (its last
    /// answer, or `why` there is none).
    fn ended(&self, reason: &str, why: &str) -> Vec<Event> {
        let mut events = vec![self.idle(reason, None)];
        if let Some(role) = &self.thread {
            let reply = if self.last_text.is_empty() || reason != "end_turn" || self.interrupted {
                text(why)
            } else {
                self.last_text.clone()
            };
            events.push(Event::new(
                "agent.thread_message_sent",
                json!({"to_session_thread_id": role.primary_id, "content": reply}),
            ));
            // The primary's copy: explicitly in no subagent thread.
            events.push(Event::new(
                "agent.thread_message_received",
                json!({"from_session_thread_id": role.id, "from_agent_name": role.agent_name,
                       "content": reply, "session_thread_id": null}),
            ));
        }
        events
    }

    fn idle(&self, reason: &str, event_ids: Option<Vec<String>>) -> Event {
        self.status(
            "idle",
            json!({ "stop_reason": crate::api::events::stop_reason(reason, event_ids) }),
        )
    }

    fn add_usage(&mut self, usage: Option<&Value>) {
        let Some(u) = usage else { return };
        for (slot, key) in self.usage.iter_mut().zip([
            "input_tokens",
            "output_tokens",
            "cache_read_input_tokens",
            "cache_creation_input_tokens",
        ]) {
            *slot += u[key].as_u64().unwrap_or(0);
        }
    }

    /// The events that end an outcome still being worked on with `result` (a turn that ended
    /// by interrupt or failure), before the idle that ends the turn.
    fn settled(&self, result: &str, explanation: &str, ended: Vec<Event>) -> Action {
        let mut events = match &self.outcome {
            Some(goal) if !goal.final_turn => outcome::settle(goal, result, explanation),
            _ => Vec::new(),
        };
        events.extend(ended);
        Action::Emit(events)
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

    /// The subagent threads whose reply a delegation waits for.
    pub fn awaited_threads(&self) -> Vec<String> {
        self.calls
            .iter()
            .filter_map(|c| match &c.state {
                CallState::AwaitThread(t) => Some(t.clone()),
                _ => None,
            })
            .collect()
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
            // The session idles only once every subagent thread has stopped too.
            if self.thread.is_none() && self.threads.values().any(|t| t.running) {
                return Action::Wait;
            }
            let ended = self.ended("end_turn", "The thread was interrupted before it finished.");
            return self.settled("interrupted", "The user interrupted the session.", ended);
        }
        if self.failed && self.is_running() {
            let why = "The agent's turn failed before the work could be evaluated.";
            let ended = self.ended("retries_exhausted", "The thread's turn failed before it finished.");
            return self.settled("failed", why, ended);
        }
        let running = self.status.as_deref() == Some("session.status_running");
        let start = || Action::Emit(vec![self.status("running", json!({}))]);
        if let Some(call) = self.calls.iter().find(|c| c.state == CallState::ToRun) {
            return if running {
                Action::RunTool(call.id.clone())
            } else {
                start()
            };
        }
        let mut waiting: Vec<String> = self
            .calls
            .iter()
            .filter(|c| matches!(c.state, CallState::AwaitConfirmation | CallState::AwaitResult))
            .map(|c| c.id.clone())
            .collect();
        // What the subagents this thread waits for need from the client is the session's too.
        let delegations = self.awaited_threads();
        for t in &delegations {
            waiting.extend(self.threads.get(t).into_iter().flat_map(|v| v.blocked.iter().cloned()));
        }
        if !waiting.is_empty() {
            let already =
                self.status.as_deref() == Some("session.status_idle") && self.last_idle_ids.as_ref() == Some(&waiting);
            return if already {
                Action::Wait
            } else {
                Action::Emit(vec![self.idle("requires_action", Some(waiting))])
            };
        }
        if !delegations.is_empty() {
            return if running { Action::Wait } else { start() };
        }
        if self.awaiting_followup || self.pending_input || self.redo {
            return if running { Action::CallModel } else { start() };
        }
        if self.outcome.as_ref().is_some_and(|g| !g.final_turn) && self.is_running() {
            return if running { Action::Evaluate } else { start() };
        }
        if self.is_running() {
            return Action::Emit(self.ended("end_turn", "The thread ended its turn without a reply."));
        }
        Action::Wait
    }

    /// The conversation as the model sees it (Anthropic Messages form). Tool results follow the
    /// response that asked for them; a call without a result (cut short) gets an error result,
    /// so the transcript is always valid.
    pub fn transcript(&self) -> Vec<Value> {
        self.messages_from(0)
    }

    /// The work done toward the current outcome, as [`Fold::transcript`] shows it: what the
    /// grader reads.
    pub fn outcome_work(&self) -> Vec<Value> {
        self.outcome
            .as_ref()
            .map_or_else(Vec::new, |g| self.messages_from(g.since))
    }

    fn messages_from(&self, from: usize) -> Vec<Value> {
        let mut messages: Vec<Value> = Vec::new();
        let mut user: Vec<Value> = Vec::new();
        for item in self.items.iter().skip(from) {
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

    #[test]
    fn an_outcome_is_graded_after_each_turn_and_settled_by_an_interrupt() {
        let define = ev(
            "user.define_outcome",
            json!({"outcome_id": "outc_1", "description": "d", "rubric": {"type": "text", "content": "r"}}),
        );
        let mut log = vec![
            define,
            ev("session.status_running", json!({})),
            ev("span.model_request_start", json!({})),
            ev("agent.message", json!({"content": [{"type": "text", "text": "w"}]})),
            ev("span.model_request_end", json!({})),
        ];
        assert_eq!(
            fold(&log).next(),
            Action::Evaluate,
            "the turn's end is graded, not idle"
        );
        assert!(fold(&log).transcript()[0].to_string().contains("<outcome>"));
        let start = ev(
            "span.outcome_evaluation_start",
            json!({"outcome_id": "outc_1", "iteration": 0}),
        );
        let start_id = start.id.clone();
        log.push(start);
        // A restart mid-evaluation grades again under the same start.
        let mut restarted = log.clone();
        restarted.push(ev("session.status_rescheduled", json!({})));
        assert!(matches!(fold(&restarted).next(), Action::Emit(e) if e[0].kind == "session.status_running"));
        log.push(ev("user.interrupt", json!({})));
        let Action::Emit(events) = fold(&log).next() else {
            panic!()
        };
        assert_eq!(
            types_of(&events),
            ["span.outcome_evaluation_end", "session.status_idle"]
        );
        assert_eq!(events[0].fields["outcome_evaluation_start_id"], start_id.as_str());
        assert_eq!(events[0].fields["result"], "interrupted");
        log.extend(events);
        let f = fold(&log);
        assert!(f.outcome.is_none());
        assert_eq!(f.next(), Action::Wait);
    }

    fn in_thread(kind: &str, thread: &str, mut fields: Value) -> Event {
        fields["session_thread_id"] = json!(thread);
        ev(kind, fields)
    }

    #[test]
    fn a_delegation_waits_for_its_threads_and_shares_their_requests_for_action() {
        let sent = |to: &str| {
            ev(
                "agent.thread_message_sent",
                json!({"to_session_thread_id": to, "to_agent_name": "w", "content": text("go")}),
            )
        };
        let (a, b) = (sent("sthr_a"), sent("sthr_b"));
        let mut log = vec![
            user("go"),
            ev("session.status_running", json!({})),
            ev("span.model_request_start", json!({})),
            a.clone(),
            b.clone(),
            ev("span.model_request_end", json!({})),
            in_thread("session.thread_status_running", "sthr_a", json!({})),
        ];
        assert_eq!(fold(&log).next(), Action::Wait, "the turn waits for both replies");
        log.push(in_thread(
            "session.thread_status_idle",
            "sthr_a",
            json!({"stop_reason": {"type": "requires_action", "event_ids": ["sevt_ask"]}}),
        ));
        let Action::Emit(idle_events) = fold(&log).next() else {
            panic!()
        };
        assert_eq!(idle_events[0].fields["stop_reason"]["event_ids"], json!(["sevt_ask"]));
        log.extend(idle_events);
        log.push(in_thread("session.thread_status_running", "sthr_a", json!({})));
        assert!(matches!(fold(&log).next(), Action::Emit(e) if e[0].kind == "session.status_running"));
        log.push(ev("session.status_running", json!({})));
        for (from, reply) in [("sthr_b", "b done"), ("sthr_a", "a done")] {
            log.push(ev(
                "agent.thread_message_received",
                json!({"from_session_thread_id": from, "content": text(reply), "session_thread_id": null}),
            ));
        }
        let f = fold(&log);
        assert_eq!(f.next(), Action::CallModel);
        let t = f.transcript();
        assert_eq!(t[1]["content"][0]["name"], DELEGATE_TOOL);
        assert_eq!(t[2]["content"][0]["tool_use_id"], a.id.as_str());
        assert_eq!(t[2]["content"][0]["content"][0]["text"], "a done");
        assert_eq!(t[2]["content"][1]["content"][0]["text"], "b done");
    }

    #[test]
    fn a_subagent_thread_reports_its_status_and_replies_to_the_primary() {
        let role = ThreadRole {
            id: "sthr_a".into(),
            agent_name: "w".into(),
            primary_id: "sthr_p".into(),
        };
        let mut f = Fold::for_thread(role);
        let mut log = vec![
            user("not mine"),
            in_thread("session.thread_created", "sthr_a", json!({"agent_name": "w"})),
            in_thread(
                "agent.thread_message_received",
                "sthr_a",
                json!({"from_session_thread_id": "sthr_p", "content": text("go")}),
            ),
        ];
        for e in &log {
            f.apply(e);
        }
        let Action::Emit(start) = f.next() else { panic!() };
        assert_eq!(start[0].kind, "session.thread_status_running");
        assert_eq!(start[0].fields["agent_name"], "w");
        log = vec![
            in_thread("session.thread_status_running", "sthr_a", json!({})),
            in_thread("span.model_request_start", "sthr_a", json!({})),
            in_thread("agent.message", "sthr_a", json!({"content": text("w done")})),
            in_thread("span.model_request_end", "sthr_a", json!({})),
        ];
        for e in &log {
            f.apply(e);
        }
        assert_eq!(f.transcript().len(), 2, "the primary's message is not in its context");
        let Action::Emit(end) = f.next() else { panic!() };
        assert_eq!(
            types_of(&end),
            [
                "session.thread_status_idle",
                "agent.thread_message_sent",
                "agent.thread_message_received"
            ]
        );
        assert_eq!(end[1].fields["to_session_thread_id"], "sthr_p");
        assert_eq!(end[2].fields["from_session_thread_id"], "sthr_a");
        assert_eq!(end[2].fields["content"], json!(text("w done")));
        assert!(
            end[2].fields["session_thread_id"].is_null(),
            "the reply's copy is the primary's"
        );
    }

    fn types_of(events: &[Event]) -> Vec<&str> {
        events.iter().map(|e| e.kind.as_str()).collect()
    }
}
