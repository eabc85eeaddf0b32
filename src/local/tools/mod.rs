//! The built-in tools an agent's model calls: bash, edit, read, write, glob,
//! grep and web_fetch. Every tool runs against one session's workspace and
//! reports failures as `is_error` results, never as Rust errors.

mod bash;
mod edit;
mod glob;
mod grep;
mod html;
mod paths;
mod read;
#[cfg(test)]
mod testing;
mod web_fetch;
mod write;

#[cfg(test)]
mod escape_tests;

#[cfg(test)]
mod confinement_tests;

use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use serde_json::{Value, json};
use tokio_util::sync::CancellationToken;

pub use self::bash::SHELL_IDLE;
pub use crate::local::network::NetworkPolicy;
use crate::local::sandbox::{Extras, Mount, Sandbox, SandboxConfig};

/// The result of one tool call, as Managed Agents content blocks.
#[derive(Debug, Clone, PartialEq)]
pub struct ToolOutput {
    /// `{"type":"text",..}`, `{"type":"image",..}` or `{"type":"document",..}` blocks.
    pub content: Vec<Value>,
    pub is_error: bool,
}

impl ToolOutput {
    /// A successful result with one text block.
    pub fn text(s: impl Into<String>) -> Self {
        Self {
            content: vec![text_block(s.into())],
            is_error: false,
        }
    }

    /// A failed result with one text block.
    pub fn error(s: impl Into<String>) -> Self {
        Self {
            content: vec![text_block(s.into())],
            is_error: true,
        }
    }
}

fn text_block(text: String) -> Value {
    json!({ "type": "text", "text": text })
}

/// A tool definition offered to the model.
#[derive(Debug, Clone, PartialEq)]
pub struct ToolSpec {
    pub name: &'static str,
    pub description: &'static str,
    /// A JSON Schema object.
    pub input_schema: Value,
}

/// The built-in tool definitions offered to the model, in the order bash,
/// edit, read, write, glob, grep, web_fetch.
pub fn builtin_specs() -> Vec<ToolSpec> {
    vec![
        bash::spec(),
        edit::spec(),
        read::spec(),
        write::spec(),
        glob::spec(),
        grep::spec(),
        web_fetch::spec(),
    ]
}

/// One session's tools.
///
/// Creating it is cheap: the workspace directory is created when the first
/// tool runs and the bash shell is started on the first bash call; a shell
/// left unused ends by itself (see [`SessionTools::with_shell_idle`]).
pub struct SessionTools {
    workspace: PathBuf,
    /// The session's resources, which the file tools reach too.
    mounts: Vec<Mount>,
    network: NetworkPolicy,
    sandbox: Sandbox,
    shell: bash::ShellSlot,
    /// Cancelled by `shutdown` so a running bash command stops at once;
    /// replaced with a fresh token afterwards.
    shutdown: Mutex<CancellationToken>,
    /// Built on first web_fetch; its redirect policy embeds `network`.
    http: OnceLock<Result<reqwest::Client, String>>,
}

impl SessionTools {
    /// Bash runs confined by `sandbox`, which holds it to `network` too.
    pub fn new(workspace: PathBuf, network: NetworkPolicy, secrets: Vec<String>, sandbox: SandboxConfig) -> Self {
        let sandbox = Sandbox::new(workspace.clone(), secrets, sandbox, &network);
        Self {
            shell: bash::ShellSlot::new(bash::SHELL_IDLE, sandbox.releaser()),
            sandbox,
            workspace,
            mounts: Vec::new(),
            network,
            shutdown: Mutex::new(CancellationToken::new()),
            http: OnceLock::new(),
        }
    }

    /// The same tools, whose processes also see `extras` (the environment's packages, the
    /// session's resources).
    pub fn with_extras(mut self, extras: Extras) -> Self {
        self.mounts = extras.mounts.clone();
        self.sandbox = self.sandbox.with_extras(extras);
        self
    }

    /// The same tools, whose bash shell ends after `idle` unused (60 s by default) instead.
    pub fn with_shell_idle(mut self, idle: std::time::Duration) -> Self {
        self.shell = bash::ShellSlot::new(idle, self.sandbox.releaser());
        self
    }

    /// Whether a turn of the session is running. Its shell's idle time counts only outside
    /// turns, so the model may think as long as it needs between two calls.
    pub fn set_turn_running(&self, running: bool) {
        self.shell.set_turn_running(running);
    }

    /// Runs one built-in tool. Never panics and never fails: every failure is
    /// an `is_error` output with a clear message.
    ///
    /// Cancel-safe: dropping the future kills (SIGKILL) any process group the
    /// call started; the bash shell is then restarted on the next bash call.
    pub async fn run(&self, name: &str, input: &Value) -> ToolOutput {
        match name {
            "bash" | "edit" | "read" | "write" | "glob" | "grep" | "web_fetch" => {}
            "web_search" => {
                return ToolOutput::error("web_search: not available in local sessions");
            }
            _ => return ToolOutput::error(format!("unknown tool: {name}")),
        }
        let Some(input) = input.as_object() else {
            return ToolOutput::error(format!("{name}: input must be a JSON object"));
        };
        if let Err(e) = tokio::fs::create_dir_all(&self.workspace).await {
            return ToolOutput::error(format!(
                "{name}: cannot create working directory {}: {}",
                self.workspace.display(),
                paths::describe(&e)
            ));
        }
        let result = match name {
            "bash" => {
                let cancel = self.shutdown_token();
                bash::run(&self.shell, &self.sandbox, &cancel, input).await
            }
            "web_fetch" => match self.http_client() {
                Ok(client) => web_fetch::run(client, &self.network, input).await,
                Err(e) => Err(format!("web_fetch: {e}")),
            },
            _ => {
                let (tool, workspace, input) = (name.to_string(), self.workspace.clone(), input.clone());
                let mounts = self.mounts.clone();
                self.sandbox
                    .run_files(async move { run_file_tool(&tool, &workspace, &mounts, &input).await })
                    .await
                    .unwrap_or_else(|e| Err(format!("{name}: {e}")))
            }
        };
        result.unwrap_or_else(ToolOutput::error)
    }

    /// Kills the shell and anything it runs (session deleted or server
    /// shutting down). A later bash call starts a new shell.
    pub async fn shutdown(&self) {
        let old = {
            let mut token = self.shutdown.lock().unwrap_or_else(|p| p.into_inner());
            std::mem::replace(&mut *token, CancellationToken::new())
        };
        old.cancel();
        self.shell.kill().await;
    }

    fn shutdown_token(&self) -> CancellationToken {
        self.shutdown.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    fn http_client(&self) -> Result<&reqwest::Client, String> {
        self.http
            .get_or_init(|| web_fetch::client(self.network.clone()))
            .as_ref()
            .map_err(Clone::clone)
    }
}

/// Runs the file tool `name` (read, write, edit, glob or grep) in `workspace`, which reaches
/// the session's `mounts` too.
async fn run_file_tool(
    name: &str,
    workspace: &Path,
    mounts: &[Mount],
    input: &serde_json::Map<String, Value>,
) -> Result<ToolOutput, String> {
    let ws = paths::Workspace::open(workspace, mounts).map_err(|e| format!("{name}: {e}"))?;
    match name {
        "read" => read::run(&ws, input).await,
        "write" => write::run(&ws, input).await,
        "edit" => edit::run(&ws, input).await,
        "glob" => glob::run(ws, input).await,
        _ => grep::run(ws, input).await,
    }
}

/// Reads the input fields every tool shares in the same way, so messages are
/// uniform: `<tool>: <field> is required` / `must be a <type>`.
pub(crate) struct Input<'a> {
    tool: &'static str,
    map: &'a serde_json::Map<String, Value>,
}

impl<'a> Input<'a> {
    fn new(tool: &'static str, map: &'a serde_json::Map<String, Value>) -> Self {
        Self { tool, map }
    }

    fn opt_str(&self, field: &str) -> Result<Option<&'a str>, String> {
        match self.map.get(field) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(_) => Err(format!("{}: {field} must be a string", self.tool)),
        }
    }

    fn str(&self, field: &str) -> Result<&'a str, String> {
        self.opt_str(field)?
            .ok_or_else(|| format!("{}: {field} is required", self.tool))
    }

    fn bool(&self, field: &str) -> Result<bool, String> {
        match self.map.get(field) {
            None | Some(Value::Null) => Ok(false),
            Some(Value::Bool(b)) => Ok(*b),
            Some(_) => Err(format!("{}: {field} must be a boolean", self.tool)),
        }
    }

    fn get(&self, field: &str) -> Option<&'a Value> {
        self.map.get(field).filter(|v| !v.is_null())
    }
}

/// Cuts `s` to at most `max` bytes at a char boundary, keeping the start.
fn truncate_at_char(s: &mut String, max: usize) {
    if s.len() > max {
        let mut end = max;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        s.truncate(end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::local::sandbox::test_config;

    #[test]
    fn specs_are_in_order_and_well_formed() {
        let specs = builtin_specs();
        let names: Vec<_> = specs.iter().map(|s| s.name).collect();
        assert_eq!(names, ["bash", "edit", "read", "write", "glob", "grep", "web_fetch"]);
        for s in &specs {
            assert_eq!(s.input_schema["type"], "object", "{}", s.name);
            assert!(s.input_schema["properties"].is_object(), "{}", s.name);
            assert!(s.input_schema["required"].is_array(), "{}", s.name);
            assert!(!s.description.is_empty());
            for req in s.input_schema["required"].as_array().unwrap() {
                let req = req.as_str().unwrap();
                assert!(s.input_schema["properties"].get(req).is_some(), "{req}");
            }
        }
        assert_eq!(
            specs[0].input_schema["required"],
            json!([]),
            "bash command is optional (restart)"
        );
    }

    #[test]
    fn session_tools_is_send_sync_and_run_is_send() {
        fn assert_send_sync<T: Send + Sync>(_: &T) {}
        fn assert_send<T: Send>(_: &T) {}
        let tools = SessionTools::new(
            "/nonexistent".into(),
            NetworkPolicy::Unrestricted,
            vec![],
            test_config(),
        );
        assert_send_sync(&tools);
        let input = json!({});
        let fut = tools.run("bash", &input);
        assert_send(&fut);
    }

    #[test]
    fn new_creates_no_directory() {
        let dir = tempfile::tempdir().unwrap();
        let ws = dir.path().join("a/b/ws");
        let tools = SessionTools::new(ws.clone(), NetworkPolicy::Unrestricted, vec![], test_config());
        assert!(!ws.exists());
        assert!(!dir.path().join("a").exists());
        drop(tools);
    }

    #[tokio::test]
    async fn first_tool_run_creates_workspace() {
        let dir = tempfile::tempdir().unwrap();
        let ws = dir.path().join("a/ws");
        let tools = SessionTools::new(ws.clone(), NetworkPolicy::Unrestricted, vec![], test_config());
        let out = tools.run("glob", &json!({"pattern": "*"})).await;
        assert!(!out.is_error, "{out:?}");
        assert!(ws.is_dir());
    }

    #[tokio::test]
    async fn unknown_and_unavailable_tools_and_bad_input() {
        let dir = tempfile::tempdir().unwrap();
        let tools = SessionTools::new(dir.path().into(), NetworkPolicy::Unrestricted, vec![], test_config());
        let out = tools.run("nope", &json!({})).await;
        assert!(out.is_error);
        assert_eq!(out.content[0]["text"], "unknown tool: nope");
        let out = tools.run("web_search", &json!({"query": "x"})).await;
        assert!(out.is_error);
        let out = tools.run("read", &json!("str")).await;
        assert!(out.is_error);
        assert_eq!(out.content[0]["text"], "read: input must be a JSON object");
        let out = tools.run("read", &json!({"file_path": 3})).await;
        assert_eq!(out.content[0]["text"], "read: file_path must be a string");
        let out = tools.run("write", &json!({"file_path": "x"})).await;
        assert_eq!(out.content[0]["text"], "write: content is required");
    }

    #[test]
    fn truncate_respects_char_boundaries() {
        let mut s = "aé".to_string();
        truncate_at_char(&mut s, 2);
        assert_eq!(s, "a");
    }
}
