//! Outcomes (`user.define_outcome`): what the agent is told, how a grader with its own context
//! judges the work, and the `span.outcome_evaluation_*` events that record each evaluation.
//! The fold decides when to grade; this module only shapes prompts and events.

use serde_json::{Value, json};

use crate::api::events::{DEFAULT_OUTCOME_ITERATIONS, Event};
use crate::local::model::{ModelResponse, Usage};

/// The one tool the grader is offered: it has no others (no web tools, no workspace).
pub const VERDICT_TOOL: &str = "submit_evaluation";

/// An outcome being worked toward.
#[derive(Debug, Clone, PartialEq)]
pub struct Goal {
    pub id: String,
    pub description: String,
    pub rubric: String,
    pub max_iterations: u64,
    /// The evaluation under way or next (0-based).
    pub iteration: u64,
    /// The start event of an evaluation that has not ended.
    pub evaluating: Option<String>,
    /// After `max_iterations_reached`: the agent's final turn, which is not graded.
    pub final_turn: bool,
    /// Where the outcome's work starts in the conversation (its brief).
    pub since: usize,
}

impl Goal {
    /// The goal a `user.define_outcome` event sets; its brief is conversation item `since`.
    pub fn of(e: &Event, since: usize) -> Self {
        Self {
            id: e.str("outcome_id").unwrap_or_default().to_string(),
            description: e.str("description").unwrap_or_default().to_string(),
            rubric: e.fields["rubric"]["content"].as_str().unwrap_or_default().to_string(),
            max_iterations: e
                .fields
                .get("max_iterations")
                .and_then(Value::as_u64)
                .unwrap_or(DEFAULT_OUTCOME_ITERATIONS),
            iteration: 0,
            evaluating: None,
            final_turn: false,
            since,
        }
    }

    /// What the agent is told when the outcome is defined.
    pub fn brief(&self) -> String {
        format!(
            "<outcome>\nWork toward this outcome on your own. When your turn ends, a grader evaluates the work against the rubric and may ask for revisions.\n\nDescription:\n{}\n\nRubric:\n{}\n</outcome>",
            self.description, self.rubric
        )
    }

    /// What the agent is told after an evaluation that asks for more.
    pub fn feedback(&self, result: &str, explanation: &str) -> String {
        let next = if result == "max_iterations_reached" {
            "The outcome has reached its maximum number of iterations: do no more work; briefly acknowledge where it stands."
        } else {
            "Revise the work to address this."
        };
        format!("<outcome_evaluation result=\"{result}\">\n{explanation}\n</outcome_evaluation>\n{next}")
    }

    /// The grader's request: its own context (the rubric in its system prompt, the work as one
    /// user message) and only the verdict tool.
    pub fn grader_request(&self, work: &[Value]) -> (String, Vec<Value>, Vec<Value>) {
        let system = format!(
            "You are a grader. Judge whether the work below meets the outcome, using only the rubric. Call {VERDICT_TOOL} once: satisfied when every rubric point is met, needs_revision with what is missing, failed when the rubric cannot apply to the work or contradicts the description.\n\n<description>\n{}\n</description>\n\n<rubric>\n{}\n</rubric>",
            self.description, self.rubric
        );
        let messages = vec![json!({"role": "user", "content": [{"type": "text", "text": render(work)}]})];
        let tools = vec![json!({
            "name": VERDICT_TOOL,
            "description": "Records the evaluation of the work against the rubric.",
            "input_schema": {
                "type": "object",
                "properties": {
                    "result": {"type": "string", "enum": ["satisfied", "needs_revision", "failed"]},
                    "explanation": {"type": "string"}
                },
                "required": ["result", "explanation"]
            }
        })];
        (system, messages, tools)
    }

    /// The result of an evaluation from the grader's answer; a `needs_revision` on the last
    /// allowed iteration becomes `max_iterations_reached`.
    pub fn verdict(&self, answer: &ModelResponse) -> (String, String) {
        let call = answer
            .content
            .iter()
            .find(|b| b["type"] == "tool_use" && b["name"] == VERDICT_TOOL);
        let (result, explanation) = match call {
            Some(c) => (
                c["input"]["result"].as_str().unwrap_or_default().to_string(),
                c["input"]["explanation"].as_str().unwrap_or_default().to_string(),
            ),
            None => {
                let said: String = answer.content.iter().filter_map(|b| b["text"].as_str()).collect();
                (
                    "failed".to_string(),
                    format!("The grader gave no verdict: {}", said.trim()),
                )
            }
        };
        let result = match result.as_str() {
            "needs_revision" if self.iteration + 1 >= self.max_iterations => "max_iterations_reached",
            "satisfied" | "needs_revision" | "failed" => result.as_str(),
            other => {
                return (
                    "failed".to_string(),
                    format!("The grader answered an unknown result '{other}': {explanation}"),
                );
            }
        };
        (result.to_string(), explanation)
    }

    /// The start of the evaluation under way, or a new one: its id, and the event to append.
    pub fn opening(&self) -> (String, Vec<Event>) {
        match &self.evaluating {
            Some(id) => (id.clone(), Vec::new()),
            None => {
                let start = self.start();
                (start.id.clone(), vec![start])
            }
        }
    }

    fn start(&self) -> Event {
        Event::new(
            "span.outcome_evaluation_start",
            json!({"outcome_id": self.id, "iteration": self.iteration}),
        )
    }

    pub fn ongoing(&self) -> Event {
        Event::new(
            "span.outcome_evaluation_ongoing",
            json!({"outcome_id": self.id, "iteration": self.iteration}),
        )
    }

    pub fn end(&self, start_id: &str, result: &str, explanation: &str, usage: &Usage) -> Event {
        Event::new(
            "span.outcome_evaluation_end",
            json!({
                "outcome_evaluation_start_id": start_id,
                "outcome_id": self.id,
                "iteration": self.iteration,
                "result": result,
                "explanation": explanation,
                "usage": {
                    "input_tokens": usage.input_tokens,
                    "output_tokens": usage.output_tokens,
                    "cache_creation_input_tokens": usage.cache_creation_input_tokens,
                    "cache_read_input_tokens": usage.cache_read_input_tokens,
                },
            }),
        )
    }
}

/// The events that end an outcome without grading (`interrupted`, `failed`): the evaluation
/// under way ends, or one is opened to end, so that every end names its start.
pub fn settle(goal: &Goal, result: &str, explanation: &str) -> Vec<Event> {
    let (start_id, mut events) = goal.opening();
    events.push(goal.end(&start_id, result, explanation, &Usage::default()));
    events
}

/// The longest piece of one block the grader reads; longer tool output is cut.
const MAX_BLOCK_CHARS: usize = 4000;

/// The work as the grader reads it: who said or did what, in order.
fn render(work: &[Value]) -> String {
    let mut out = String::from("The work so far:\n");
    for message in work {
        let agent = message["role"] == "assistant";
        for block in message["content"].as_array().into_iter().flatten() {
            let line = match block["type"].as_str() {
                Some("text") if agent => format!("[agent] {}", clip(block["text"].as_str().unwrap_or_default())),
                Some("text") => format!("[user] {}", clip(block["text"].as_str().unwrap_or_default())),
                Some("tool_use") => format!("[agent called {}] {}", block["name"], clip(&block["input"].to_string())),
                Some("tool_result") => {
                    let text: String = block["content"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(|b| b["text"].as_str())
                        .collect();
                    let tag = if block["is_error"] == true {
                        "tool error"
                    } else {
                        "tool result"
                    };
                    format!("[{tag}] {}", clip(&text))
                }
                _ => continue,
            };
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

fn clip(s: &str) -> String {
    match s.char_indices().nth(MAX_BLOCK_CHARS) {
        Some((at, _)) => format!("{}… (cut)", &s[..at]),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn goal(max: u64) -> Goal {
        let e = Event::new(
            "user.define_outcome",
            json!({"outcome_id": "outc_1", "description": "d", "rubric": {"type": "text", "content": "r"}, "max_iterations": max}),
        );
        Goal::of(&e, 0)
    }

    fn answer(result: &str) -> ModelResponse {
        ModelResponse {
            content: vec![
                json!({"type": "tool_use", "id": "t", "name": VERDICT_TOOL, "input": {"result": result, "explanation": "why"}}),
            ],
            stop_reason: "tool_use".into(),
            usage: Usage::default(),
        }
    }

    #[test]
    fn the_last_revision_becomes_max_iterations_reached() {
        let mut g = goal(2);
        assert_eq!(g.verdict(&answer("needs_revision")).0, "needs_revision");
        g.iteration = 1;
        assert_eq!(g.verdict(&answer("needs_revision")).0, "max_iterations_reached");
        assert_eq!(g.verdict(&answer("satisfied")).0, "satisfied");
        assert_eq!(g.verdict(&answer("maybe")).0, "failed");
        let silent = ModelResponse {
            content: vec![json!({"type": "text", "text": "looks fine"})],
            ..answer("x")
        };
        assert_eq!(
            g.verdict(&silent),
            ("failed".into(), "The grader gave no verdict: looks fine".into())
        );
    }

    #[test]
    fn the_grader_reads_the_work_not_the_conversation_format() {
        let work = vec![
            json!({"role": "assistant", "content": [{"type": "text", "text": "done"}, {"type": "tool_use", "name": "bash", "input": {"command": "ls"}}]}),
            json!({"role": "user", "content": [{"type": "tool_result", "content": [{"type": "text", "text": "a.txt"}], "is_error": false}]}),
        ];
        let (system, messages, tools) = goal(3).grader_request(&work);
        assert!(system.contains("<rubric>\nr\n</rubric>"));
        let text = messages[0]["content"][0]["text"].as_str().unwrap();
        assert!(text.contains("[agent] done\n[agent called \"bash\"] {\"command\":\"ls\"}\n[tool result] a.txt"));
        assert_eq!(tools.len(), 1);
    }
}
