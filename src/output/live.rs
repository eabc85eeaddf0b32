//! The human view of a session's events: agent text as markdown, one line per tool call, results
//! trimmed to their first and last lines, errors highlighted, and (on a terminal) a status line
//! saying what the session is doing, for how long, and how many tokens it has used.
//! Like the rest of `output/`, it only formats and writes.

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::Value;

use crate::local::packages::SETUP_EVENT;

/// Lines of a tool result shown at each end before the middle is cut.
const KEEP_LINES: usize = 3;
/// Characters of one shown line (and of a tool call's input) before it is cut.
const LINE_WIDTH: usize = 160;

const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";
const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const YELLOW: &str = "\x1b[33m";
const CYAN: &str = "\x1b[36m";
const RESET: &str = "\x1b[0m";

pub struct Live<W: Write> {
    out: W,
    color: bool,
    /// The status line, drawn on stderr, only when stderr is a terminal.
    spinner: Option<ProgressBar>,
    doing: String,
    input_tokens: u64,
    output_tokens: u64,
    /// Tool names by tool-use id, so a result can say what it is the result of.
    tools: HashMap<String, String>,
    /// The message being previewed from deltas, and whether its line is still open.
    preview: Option<String>,
    /// Messages already shown through their deltas: their final event is not printed again.
    previewed: HashSet<String>,
}

impl<W: Write> Live<W> {
    pub fn new(out: W, color: bool, status_line: bool) -> Self {
        let spinner = status_line.then(|| {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
            bar.set_style(ProgressStyle::with_template("{spinner:.cyan} {msg} ({elapsed})").expect("a valid template"));
            bar.enable_steady_tick(Duration::from_millis(120));
            bar
        });
        let mut live = Self {
            out,
            color,
            spinner,
            doing: String::new(),
            input_tokens: 0,
            output_tokens: 0,
            tools: HashMap::new(),
            preview: None,
            previewed: HashSet::new(),
        };
        live.set_doing("connected, waiting for events");
        live
    }

    /// What the status line says, without the elapsed time.
    pub fn status(&self) -> String {
        if self.input_tokens + self.output_tokens == 0 {
            return self.doing.clone();
        }
        format!(
            "{} · {} in / {} out tokens",
            self.doing, self.input_tokens, self.output_tokens
        )
    }

    fn set_doing(&mut self, doing: &str) {
        if self.doing != doing {
            self.doing = doing.to_string();
            if let Some(bar) = &self.spinner {
                bar.reset_elapsed();
            }
        }
        self.refresh();
    }

    fn refresh(&self) {
        if let Some(bar) = &self.spinner {
            bar.set_message(self.status());
        }
    }

    /// A line from the command itself (reconnecting, a prompt's answer), dimmed.
    pub fn note(&mut self, text: &str) -> std::io::Result<()> {
        let line = self.paint(DIM, &format!("· {text}"));
        self.write(&format!("{line}\n"))
    }

    /// Removes the status line, so a prompt or the shell has the terminal.
    pub fn finish(&mut self) {
        if let Some(bar) = &self.spinner {
            bar.finish_and_clear();
        }
    }

    /// Puts the status line back after `finish`.
    pub fn resume(&mut self) {
        if let Some(bar) = &self.spinner {
            bar.reset();
            bar.enable_steady_tick(Duration::from_millis(120));
            self.refresh();
        }
    }

    fn paint(&self, colour: &str, text: &str) -> String {
        if self.color {
            format!("{colour}{text}{RESET}")
        } else {
            text.to_string()
        }
    }

    /// Writes around the status line, so neither garbles the other.
    fn write(&mut self, text: &str) -> std::io::Result<()> {
        let Self { out, spinner, .. } = self;
        let mut put = || {
            out.write_all(text.as_bytes())?;
            out.flush()
        };
        match spinner {
            Some(bar) => bar.suspend(put),
            None => put(),
        }
    }

    /// Shows one event (its JSON as received). Anything unexpected is shown generically.
    pub fn event(&mut self, json: &str) -> std::io::Result<()> {
        let e: Value = match serde_json::from_str(json) {
            Ok(v) => v,
            Err(_) => return self.write(&format!("{}\n", clip(json))),
        };
        let kind = e["type"].as_str().unwrap_or("");
        let mut text = String::new();
        // A preview line still open is closed by anything but its own deltas.
        if self.preview.is_some() && kind != "event_delta" {
            self.preview = None;
            text.push('\n');
            self.write(&text)?;
            text.clear();
            self.resume();
        }
        text.push_str(&self.render(kind, &e));
        self.write(&text)
    }

    fn render(&mut self, kind: &str, e: &Value) -> String {
        match kind {
            "event_start" => {
                let what = e["event"]["type"].as_str().unwrap_or("");
                if what == "agent.message"
                    && let Some(id) = e["event"]["id"].as_str()
                {
                    self.preview = Some(id.to_string());
                    self.previewed.insert(id.to_string());
                    self.set_doing("writing");
                    // A status line redrawn under a half-written line would split it.
                    self.finish();
                } else {
                    self.set_doing("thinking");
                }
                String::new()
            }
            "event_delta" => {
                let delta = e["delta"]["content"]["text"].as_str().unwrap_or("");
                if self.preview.is_none() {
                    self.preview = e["event_id"].as_str().map(String::from);
                }
                delta.to_string()
            }
            "agent.message" => {
                if e["id"].as_str().is_some_and(|id| self.previewed.remove(id)) {
                    return String::new();
                }
                let body = blocks_text(&e["content"]);
                format!("{}\n", markdown(&body, self.color).trim_end())
            }
            "agent.thinking" => {
                self.set_doing("thinking");
                format!("{}\n", self.paint(DIM, "(thinking)"))
            }
            "agent.tool_use" | "agent.custom_tool_use" | "agent.mcp_tool_use" => self.tool_use(kind, e),
            "agent.tool_result" | "agent.mcp_tool_result" | "user.tool_result" => {
                let id = e["tool_use_id"]
                    .as_str()
                    .or(e["mcp_tool_use_id"].as_str())
                    .unwrap_or("");
                self.tools.remove(id);
                self.set_doing("waiting for the model");
                self.result(&e["content"], e["is_error"] == true)
            }
            "user.custom_tool_result" => {
                self.set_doing("waiting for the model");
                format!(
                    "{}\n{}",
                    self.paint(DIM, "  custom tool result sent:"),
                    self.result(&e["content"], e["is_error"] == true)
                )
            }
            "user.message" => {
                let body = blocks_text(&e["content"]);
                let mut out = String::new();
                for line in body.lines() {
                    out.push_str(&self.paint(BOLD, &format!("> {line}")));
                    out.push('\n');
                }
                out
            }
            "user.interrupt" => format!("{}\n", self.paint(YELLOW, "· interrupted")),
            "user.tool_confirmation" => match e["result"].as_str() {
                Some("allow") => format!("{}\n", self.paint(GREEN, "  allowed")),
                _ => {
                    let why = e["deny_message"].as_str().map(|m| format!(": {m}")).unwrap_or_default();
                    format!("{}\n", self.paint(YELLOW, &format!("  denied{why}")))
                }
            },
            "user.define_outcome" => format!(
                "{}\n",
                self.paint(
                    DIM,
                    &format!("· outcome defined: {}", e["description"].as_str().unwrap_or(""))
                )
            ),
            "system.message" => format!(
                "{}\n",
                self.paint(DIM, &format!("system: {}", blocks_text(&e["content"])))
            ),
            "agent.thread_message_sent" => {
                let to = e["to_agent_name"]
                    .as_str()
                    .or(e["to_session_thread_id"].as_str())
                    .unwrap_or("primary");
                format!("→ {to}: {}\n", clip(&blocks_text(&e["content"])))
            }
            "agent.thread_message_received" => {
                let from = e["from_agent_name"]
                    .as_str()
                    .or(e["from_session_thread_id"].as_str())
                    .unwrap_or("primary");
                format!("← {from}: {}\n", clip(&blocks_text(&e["content"])))
            }
            "agent.thread_context_compacted" => format!("{}\n", self.paint(DIM, "· context compacted")),
            "session.status_running" => {
                self.set_doing("waiting for the model");
                String::new()
            }
            "session.status_rescheduled" => {
                self.set_doing("rescheduled, waiting to resume");
                format!("{}\n", self.paint(YELLOW, "· rescheduled"))
            }
            "session.status_terminated" => {
                self.set_doing("terminated");
                format!("{}\n", self.paint(RED, "· session terminated"))
            }
            "session.status_idle" => self.idle(e),
            SETUP_EVENT => self.setup(e),
            "session.error" => {
                let err = &e["error"];
                let retry = err["retry_status"]["type"].as_str().unwrap_or("");
                let line = format!(
                    "! {}: {}{}",
                    err["type"].as_str().unwrap_or("error"),
                    err["message"].as_str().unwrap_or(""),
                    if retry.is_empty() {
                        String::new()
                    } else {
                        format!(" ({retry})")
                    }
                );
                format!("{}\n", self.paint(RED, &line))
            }
            "session.updated" => {
                let fields: Vec<&str> = ["agent", "budget", "metadata", "title"]
                    .into_iter()
                    .filter(|k| e.get(*k).is_some())
                    .collect();
                format!(
                    "{}\n",
                    self.paint(DIM, &format!("· session updated: {}", fields.join(", ")))
                )
            }
            "session.deleted" => {
                self.set_doing("deleted");
                format!("{}\n", self.paint(RED, "· session deleted"))
            }
            "session.usage" => {
                let usage = &e["usage"];
                self.input_tokens = usage["input_tokens"].as_u64().unwrap_or(self.input_tokens);
                self.output_tokens = usage["output_tokens"].as_u64().unwrap_or(self.output_tokens);
                self.refresh();
                String::new()
            }
            "span.model_request_start" => {
                self.set_doing("waiting for the model");
                String::new()
            }
            "span.model_request_end" => {
                let usage = &e["model_usage"];
                self.input_tokens += usage["input_tokens"].as_u64().unwrap_or(0);
                self.output_tokens += usage["output_tokens"].as_u64().unwrap_or(0);
                self.refresh();
                if e["is_error"] == true {
                    format!("{}\n", self.paint(RED, "! the model request failed"))
                } else {
                    String::new()
                }
            }
            "session.thread_created" => format!(
                "{}\n",
                self.paint(
                    DIM,
                    &format!("· thread {} started", e["agent_name"].as_str().unwrap_or("?"))
                )
            ),
            k if k.starts_with("session.thread_status_") => {
                let status = &k["session.thread_status_".len()..];
                let reason = e["stop_reason"]["type"]
                    .as_str()
                    .map(|r| format!(" ({r})"))
                    .unwrap_or_default();
                let line = format!("· thread {}: {status}{reason}", e["agent_name"].as_str().unwrap_or("?"));
                format!("{}\n", self.paint(DIM, &line))
            }
            "span.outcome_evaluation_start" | "span.outcome_evaluation_ongoing" => {
                self.set_doing("evaluating the outcome");
                if kind.ends_with("start") {
                    let n = e["iteration"].as_u64().unwrap_or(0) + 1;
                    format!(
                        "{}\n",
                        self.paint(DIM, &format!("· evaluating the outcome (iteration {n})"))
                    )
                } else {
                    String::new()
                }
            }
            "span.outcome_evaluation_end" => {
                let result = e["result"].as_str().unwrap_or("?");
                let colour = if result == "satisfied" { GREEN } else { YELLOW };
                let line = format!("· outcome {result}: {}", e["explanation"].as_str().unwrap_or(""));
                format!("{}\n", self.paint(colour, &clip(&line)))
            }
            _ => self.generic(kind, e),
        }
    }

    fn tool_use(&mut self, kind: &str, e: &Value) -> String {
        let name = e["name"].as_str().unwrap_or("?");
        let shown = match kind {
            "agent.mcp_tool_use" => format!("{}/{name}", e["mcp_server_name"].as_str().unwrap_or("?")),
            "agent.custom_tool_use" => format!("{name} (custom)"),
            _ => name.to_string(),
        };
        if let Some(id) = e["id"].as_str() {
            self.tools.insert(id.to_string(), name.to_string());
        }
        let mut line = format!("▸ {}", tool_line(&shown, name, &e["input"]));
        let colour = match e["evaluated_permission"].as_str() {
            Some("ask") => {
                line.push_str("  [needs approval]");
                YELLOW
            }
            Some("deny") => {
                line.push_str("  [denied by policy]");
                RED
            }
            _ => CYAN,
        };
        self.set_doing(&format!("running {name}"));
        format!("{}\n", self.paint(colour, &line))
    }

    fn result(&self, content: &Value, is_error: bool) -> String {
        let body = blocks_text(content);
        let lines: Vec<&str> = body.lines().collect();
        let mut shown: Vec<String> = Vec::new();
        if lines.len() > 2 * KEEP_LINES + 1 {
            shown.extend(lines[..KEEP_LINES].iter().map(|l| clip(l)));
            let cut = lines.len() - 2 * KEEP_LINES;
            shown.push(format!("… {cut} more lines …"));
            shown.extend(lines[lines.len() - KEEP_LINES..].iter().map(|l| clip(l)));
        } else {
            shown.extend(lines.iter().map(|l| clip(l)));
        }
        if shown.is_empty() {
            shown.push("(no output)".into());
        }
        let (mark, colour) = if is_error { ("✗", RED) } else { ("│", DIM) };
        shown
            .iter()
            .map(|l| format!("  {}\n", self.paint(colour, &format!("{mark} {l}"))))
            .collect()
    }

    /// The local server installing the environment's packages: the status line while it runs,
    /// one line when it is done (a failure is explained by the `session.error` that follows).
    fn setup(&mut self, e: &Value) -> String {
        let seconds = e["elapsed_ms"].as_u64().unwrap_or(0) as f64 / 1000.0;
        match e["status"].as_str() {
            Some("installing") => {
                let list: Vec<&str> = e["packages"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .collect();
                let doing = format!(
                    "installing packages: {} {}",
                    e["manager"].as_str().unwrap_or("?"),
                    list.join(" ")
                );
                self.set_doing(&clip(&doing));
                String::new()
            }
            Some("waiting") => {
                self.set_doing("waiting for another session to install the packages");
                String::new()
            }
            Some("ready") => {
                self.set_doing("waiting for the model");
                format!("{}\n", self.paint(DIM, &format!("· packages ready ({seconds:.1}s)")))
            }
            Some("failed") => format!(
                "{}\n",
                self.paint(RED, &format!("! packages failed to install ({seconds:.1}s)"))
            ),
            _ => self.generic(SETUP_EVENT, e),
        }
    }

    fn idle(&mut self, e: &Value) -> String {
        let reason = e["stop_reason"]["type"].as_str().unwrap_or("unknown");
        let (doing, colour) = match reason {
            "end_turn" => ("idle", GREEN),
            "requires_action" => ("waiting for approval or a tool result", YELLOW),
            _ => ("idle after an error", RED),
        };
        self.set_doing(doing);
        let line = format!(
            "— idle: {reason} · {} in / {} out tokens",
            self.input_tokens, self.output_tokens
        );
        format!("{}\n", self.paint(colour, &line))
    }

    /// An event type this view does not know: its type and its fields, on one line.
    fn generic(&self, kind: &str, e: &Value) -> String {
        let mut rest = e.as_object().cloned().unwrap_or_default();
        for k in ["type", "id", "processed_at"] {
            rest.remove(k);
        }
        let kind = if kind.is_empty() {
            "(event without a type)"
        } else {
            kind
        };
        let line = format!("· {kind} {}", Value::Object(rest));
        format!("{}\n", self.paint(DIM, &clip(&line)))
    }
}

/// A tool call on one line: the tool's name and the part of its input a person cares about.
fn tool_line(shown: &str, name: &str, input: &Value) -> String {
    let s = |k: &str| input[k].as_str();
    let detail = match name {
        "bash" => s("command").map(|c| c.lines().next().unwrap_or("").to_string()),
        "write" => s("file_path").map(|p| format!("{p} ({} bytes)", s("content").map_or(0, str::len))),
        "read" | "edit" => s("file_path").map(String::from),
        "glob" | "grep" => s("pattern").map(String::from),
        "web_fetch" => s("url").map(String::from),
        "web_search" => s("query").map(String::from),
        _ => None,
    };
    let detail = detail.unwrap_or_else(|| match input.as_object() {
        Some(m) if m.is_empty() => String::new(),
        Some(m) => m
            .iter()
            .map(|(k, v)| match v {
                Value::String(s) => format!("{k}={s}"),
                other => format!("{k}={other}"),
            })
            .collect::<Vec<_>>()
            .join(" "),
        None => input.to_string(),
    });
    if detail.is_empty() {
        shown.to_string()
    } else {
        clip(&format!("{shown}: {detail}"))
    }
}

/// The text of a content block list; other blocks show as their type in brackets.
fn blocks_text(content: &Value) -> String {
    let Some(blocks) = content.as_array() else {
        return content.as_str().unwrap_or("").to_string();
    };
    blocks
        .iter()
        .map(|b| match b["type"].as_str() {
            Some("text") => b["text"].as_str().unwrap_or("").to_string(),
            Some("search_result") => format!("[search result: {}]", b["title"].as_str().unwrap_or("")),
            Some(other) => format!("[{other}]"),
            None => String::new(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn clip(line: &str) -> String {
    match line.char_indices().nth(LINE_WIDTH) {
        Some((at, _)) => format!("{}…", &line[..at]),
        None => line.to_string(),
    }
}

/// Markdown for a terminal: headings bold, bullets as •, code blocks indented, `**bold**` and
/// `` `code` `` styled. Without colour the text keeps its markers, so nothing is lost.
pub fn markdown(text: &str, color: bool) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut in_code = false;
    for line in text.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if in_code {
            let code = format!("    {line}");
            out.push_str(&if color { format!("{DIM}{code}{RESET}") } else { code });
        } else if let Some(heading) = heading(trimmed) {
            out.push_str(&if color {
                format!("{BOLD}{}{RESET}", inline(heading, true))
            } else {
                heading.to_string()
            });
        } else if let Some(item) = trimmed.strip_prefix("- ").or_else(|| trimmed.strip_prefix("* ")) {
            let indent = &line[..line.len() - trimmed.len()];
            out.push_str(&format!("{indent}• {}", inline(item, color)));
        } else {
            out.push_str(&inline(line, color));
        }
        out.push('\n');
    }
    out
}

fn heading(line: &str) -> Option<&str> {
    let level = line.bytes().take_while(|b| *b == b'#').count();
    (1..=6)
        .contains(&level)
        .then(|| line[level..].strip_prefix(' '))
        .flatten()
}

/// `**bold**` and `` `code` `` spans, styled when colour is on.
fn inline(line: &str, color: bool) -> String {
    if !color {
        return line.to_string();
    }
    let mut out = String::with_capacity(line.len() + 16);
    let mut rest = line;
    while !rest.is_empty() {
        let bold = rest.find("**");
        let code = rest.find('`');
        let (at, marker, style) = match (bold, code) {
            (Some(b), Some(c)) if c < b => (c, "`", CYAN),
            (Some(b), _) => (b, "**", BOLD),
            (None, Some(c)) => (c, "`", CYAN),
            (None, None) => break,
        };
        let after = &rest[at + marker.len()..];
        let Some(end) = after.find(marker) else { break };
        out.push_str(&rest[..at]);
        out.push_str(style);
        out.push_str(&after[..end]);
        out.push_str(RESET);
        rest = &after[end + marker.len()..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_results_keep_their_ends_and_count_the_cut() {
        let live = Live::new(Vec::new(), false, false);
        let body: String = (1..=20).map(|i| format!("line {i}\n")).collect();
        let out = live.result(&serde_json::json!([{"type": "text", "text": body}]), false);
        assert_eq!(
            out,
            "  │ line 1\n  │ line 2\n  │ line 3\n  │ … 14 more lines …\n  │ line 18\n  │ line 19\n  │ line 20\n"
        );
    }

    #[test]
    fn markdown_styles_with_colour_and_keeps_text_without() {
        let md = "# Title\n- item with `code`\n```\nlet x = 1;\n```\nsome **bold** text";
        assert_eq!(
            markdown(md, false),
            "Title\n• item with `code`\n    let x = 1;\nsome **bold** text\n"
        );
        let coloured = markdown(md, true);
        assert!(coloured.contains(&format!("{BOLD}bold{RESET}")), "{coloured:?}");
        assert!(coloured.contains(&format!("{CYAN}code{RESET}")), "{coloured:?}");
    }

    #[test]
    fn mcp_calls_show_their_server_and_results() {
        let mut live = Live::new(Vec::new(), false, false);
        let call = r#"{"id": "e1", "type": "agent.mcp_tool_use", "mcp_server_name": "docs", "name": "search_docs",
                       "input": {"query": "tokio"}, "evaluated_permission": "ask"}"#;
        live.event(call).unwrap();
        assert_eq!(live.status(), "running search_docs");
        let result = r#"{"id": "e2", "type": "agent.mcp_tool_result", "mcp_tool_use_id": "e1", "is_error": false,
                         "content": [{"type": "text", "text": "intro.md"}]}"#;
        live.event(result).unwrap();
        assert_eq!(
            String::from_utf8(live.out).unwrap(),
            "▸ docs/search_docs: query=tokio  [needs approval]\n  │ intro.md\n"
        );
    }

    #[test]
    fn tool_calls_are_one_line() {
        let input = serde_json::json!({"file_path": "notes/x.txt", "content": "hello world\n"});
        assert_eq!(tool_line("write", "write", &input), "write: notes/x.txt (12 bytes)");
        let input = serde_json::json!({"command": "ls -la\nrm -rf /tmp/x"});
        assert_eq!(tool_line("bash", "bash", &input), "bash: ls -la");
        let input = serde_json::json!({"location": "Paris", "days": 2});
        assert_eq!(
            tool_line("get_weather (custom)", "get_weather", &input),
            "get_weather (custom): days=2 location=Paris"
        );
    }
}
