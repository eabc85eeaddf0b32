//! The local runner's MCP client: the server side of an agent's `mcp_servers`. A session holds
//! one connection per server (streamable HTTP, with the SSE fallback), opened at its first
//! turn and reused; each turn first checks that the credential a connection was opened with
//! is still the one its vaults give (rotated, refreshed, archived), and reconnects if not. The
//! connections are made by the server, never from a session's sandbox.

pub mod credentials;
mod sse;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use rmcp::ServiceExt;
use rmcp::model::{CallToolRequestParams, ClientConfig};
use rmcp::service::{RoleClient, RunningService};
use rmcp::transport::StreamableHttpClientTransport;
use rmcp::transport::streamable_http_client::StreamableHttpClientTransportConfig;
use serde_json::{Value, json};
use sha2::Digest;

use self::credentials::Bearer;
use super::store::Store;
use crate::api::agents::{McpServer, Tool, mcp_policy};

/// Time limits of MCP requests.
#[derive(Debug, Clone, Copy)]
pub struct McpConfig {
    /// Connecting: the handshake and listing the tools.
    pub connect_timeout: Duration,
    /// One tool call.
    pub call_timeout: Duration,
}

impl Default for McpConfig {
    fn default() -> Self {
        Self {
            connect_timeout: Duration::from_secs(30),
            call_timeout: Duration::from_secs(600),
        }
    }
}

/// Why an MCP server could not be used; each is a `session.error` type.
#[derive(Debug, Clone, thiserror::Error)]
pub enum McpError {
    /// Refused, timed out, broke mid-call, or spoke something other than MCP.
    #[error("{0}")]
    Connection(String),
    /// The server answered 401 or 403.
    #[error("{0}")]
    Authentication(String),
}

impl McpError {
    /// The `session.error` type that reports it.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Connection(_) => "mcp_connection_failed_error",
            Self::Authentication(_) => "mcp_authentication_failed_error",
        }
    }
}

/// The name the model knows an MCP tool by: `mcp__<server>__<tool>`, so that it never equals a
/// built-in tool's. Characters the Messages API does not allow in a name become `_`; a name
/// that had any, or that is too long, ends in a hash of the server and tool names, so two
/// tools never share one. Derived from the names alone, so a transcript rebuilt from the log
/// names each call as it was offered.
pub fn model_tool_name(server: &str, tool: &str) -> String {
    const MAX: usize = 64;
    let raw = format!("mcp__{server}__{tool}");
    let clean: String = raw
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if clean == raw && clean.len() <= MAX {
        return clean;
    }
    let digest = sha2::Sha256::digest(format!("{server}\0{tool}").as_bytes());
    let hash: String = digest[..4].iter().map(|b| format!("{b:02x}")).collect();
    let keep: String = clean.chars().take(MAX - hash.len() - 1).collect();
    format!("{keep}_{hash}")
}

/// A tool of a connected server, as offered to the model.
#[derive(Debug, Clone)]
pub struct OfferedTool {
    pub server: String,
    pub tool: String,
    /// Its `permission_policy` type from the agent's `mcp_toolset`.
    pub policy: String,
    pub spec: Value,
}

/// The result of one call as Managed Agents content blocks.
#[derive(Debug, Clone, PartialEq)]
pub struct CallOutput {
    pub content: Vec<Value>,
    pub is_error: bool,
}

/// One open MCP connection.
pub struct Connection {
    client: RunningService<RoleClient, ClientConfig>,
    /// `tools/list` as the server answered it (wire form).
    tools: Vec<Value>,
    url: String,
    /// The bearer token it was opened with (kept only in memory).
    bearer: Option<String>,
}

impl Connection {
    /// Connects to `url` (streamable HTTP; an SSE-only server through the fallback) and lists
    /// its tools, within `timeout`.
    pub async fn open(url: &str, bearer: Option<String>, timeout: Duration) -> Result<Self, McpError> {
        let opened = tokio::time::timeout(timeout, async {
            match streamable(url, bearer.clone()).await {
                Ok(client) => Ok(client),
                // An SSE-only server answers the streamable POST with 404 or 405.
                Err(e) if sse::fallback_applies(&e) => sse::connect(url, bearer.clone())
                    .await
                    .map_err(|fallback| McpError::Connection(format!("{e}; the SSE fallback failed too: {fallback}"))),
                Err(e) => Err(e),
            }
        })
        .await
        .map_err(|_| McpError::Connection(format!("{url} did not answer within {} s", timeout.as_secs())))??;
        let tools = tokio::time::timeout(timeout, opened.list_all_tools())
            .await
            .map_err(|_| McpError::Connection(format!("{url} did not list its tools within {} s", timeout.as_secs())))?
            .map_err(|e| classify(url, &e.to_string(), e.auth_challenge().is_some()))?;
        let tools = tools
            .iter()
            .map(|t| serde_json::to_value(t).unwrap_or_default())
            .collect();
        Ok(Self {
            client: opened,
            tools,
            url: url.to_string(),
            bearer,
        })
    }

    /// Calls a tool. A server's own failure (`isError`) is a result; a broken connection, a
    /// timeout or a refused credential is an error. Dropping the future cancels the call
    /// (`notifications/cancelled`).
    pub async fn call(&self, tool: &str, input: &Value, timeout: Duration) -> Result<CallOutput, McpError> {
        let mut params = CallToolRequestParams::new(tool.to_string());
        if let Value::Object(args) = input {
            params = params.with_arguments(args.clone());
        }
        let result = tokio::time::timeout(timeout, self.client.call_tool(params))
            .await
            .map_err(|_| {
                McpError::Connection(format!(
                    "{}: the call of {tool} did not finish within {} s",
                    self.url,
                    timeout.as_secs()
                ))
            })?
            .map_err(|e| classify(&self.url, &e.to_string(), e.auth_challenge().is_some()))?;
        let wire = serde_json::to_value(&result).unwrap_or_default();
        Ok(api_content(&wire))
    }
}

/// A streamable HTTP connection, handshake done.
async fn streamable(url: &str, bearer: Option<String>) -> Result<RunningService<RoleClient, ClientConfig>, McpError> {
    let mut config = StreamableHttpClientTransportConfig::with_uri(url.to_string());
    if let Some(token) = bearer {
        config = config.auth_header(token);
    }
    let transport = StreamableHttpClientTransport::from_config(config);
    client_config()
        .serve(transport)
        .await
        .map_err(|e| classify(url, &e.to_string(), e.auth_challenge().is_some()))
}

/// How this client introduces itself.
fn client_config() -> ClientConfig {
    let mut config = ClientConfig::default();
    config.client_info.name = "ant".into();
    config.client_info.version = env!("CARGO_PKG_VERSION").into();
    config
}

/// An rmcp failure as a connection or an authentication failure. A 401 or 403 with a
/// `WWW-Authenticate` challenge is typed by rmcp; one without it only shows in the message.
fn classify(url: &str, message: &str, challenged: bool) -> McpError {
    let message = format!("{url}: {message}");
    if challenged || message.contains("HTTP 401") || message.contains("HTTP 403") {
        McpError::Authentication(message)
    } else {
        McpError::Connection(message)
    }
}

/// A `tools/call` result (wire form) as Managed Agents content: text stays text, images become
/// base64 image blocks, embedded resources become documents (text, PDF) or images, and what
/// the API has no block for is described in text.
pub fn api_content(result: &Value) -> CallOutput {
    let mut content: Vec<Value> = Vec::new();
    for block in result["content"].as_array().into_iter().flatten() {
        content.push(match block["type"].as_str() {
            Some("text") => json!({"type": "text", "text": block["text"].as_str().unwrap_or_default()}),
            Some("image") => base64_image(&block["mimeType"], &block["data"]),
            Some("resource") => resource(&block["resource"]),
            Some("resource_link") => text_block(format!(
                "resource link: {} <{}>",
                block["name"].as_str().unwrap_or_default(),
                block["uri"].as_str().unwrap_or_default()
            )),
            Some("audio") => text_block(format!(
                "(audio of type {} is not shown)",
                block["mimeType"].as_str().unwrap_or("unknown")
            )),
            other => text_block(format!("(content of type {} is not shown)", other.unwrap_or("unknown"))),
        });
    }
    if content.is_empty()
        && let Some(structured) = result.get("structuredContent").filter(|v| !v.is_null())
    {
        content.push(text_block(structured.to_string()));
    }
    CallOutput {
        content,
        is_error: result["isError"] == true,
    }
}

fn text_block(text: String) -> Value {
    json!({"type": "text", "text": text})
}

fn base64_image(mime: &Value, data: &Value) -> Value {
    json!({"type": "image", "source": {"type": "base64", "media_type": mime, "data": data}})
}

fn resource(r: &Value) -> Value {
    let uri = r["uri"].as_str().unwrap_or_default();
    let mime = r["mimeType"].as_str().unwrap_or_default();
    if let Some(text) = r["text"].as_str() {
        return json!({"type": "document", "title": uri,
                      "source": {"type": "text", "media_type": "text/plain", "data": text}});
    }
    match mime {
        m if m.starts_with("image/") => base64_image(&r["mimeType"], &r["blob"]),
        "application/pdf" => json!({"type": "document", "title": uri,
                                    "source": {"type": "base64", "media_type": mime, "data": r["blob"]}}),
        _ => text_block(format!("(resource {uri} of type {mime} is not shown)")),
    }
}

/// A session's MCP connections, by server name.
#[derive(Default)]
pub struct Connections {
    open: HashMap<String, Arc<Connection>>,
    /// Servers that failed in this turn, with why: not tried again until the next turn.
    failed: HashMap<String, McpError>,
}

/// The connections [`Connections::prepare`] found to open: each server and its credential.
pub type Pending = Vec<(McpServer, Option<Bearer>)>;

impl Connections {
    /// A new turn: servers that failed in the last one are tried again.
    pub fn new_turn(&mut self) {
        self.failed.clear();
    }

    /// Which of the agent's servers need a new connection this turn: not open, open with
    /// another URL or credential, and not failed already. Closes connections to servers the
    /// agent no longer declares. Resolving a credential may refresh an OAuth token; a
    /// credential that cannot be had is a failure of its server, returned with the others.
    pub async fn prepare(
        &mut self,
        store: &Store,
        vault_ids: &[String],
        servers: &[McpServer],
    ) -> (Pending, Vec<(String, McpError)>) {
        self.open.retain(|name, _| servers.iter().any(|s| &s.name == name));
        let mut pending = Vec::new();
        let mut failures = Vec::new();
        for server in servers {
            if self.failed.contains_key(&server.name) {
                continue;
            }
            let bearer = match credentials::bearer_for(store, vault_ids, &server.url).await {
                Ok(b) => b,
                Err(e) => {
                    self.fail(&server.name, e.clone());
                    failures.push((server.name.clone(), e));
                    continue;
                }
            };
            let current = self.open.get(&server.name);
            let same =
                current.is_some_and(|c| c.url == server.url && c.bearer == bearer.as_ref().map(|b| b.token.clone()));
            if !same {
                self.open.remove(&server.name);
                pending.push((server.clone(), bearer));
            }
        }
        (pending, failures)
    }

    /// Records the outcome of opening the pending connections; returns the failures.
    pub fn opened(&mut self, results: Vec<(String, Result<Connection, McpError>)>) -> Vec<(String, McpError)> {
        let mut failures = Vec::new();
        for (name, result) in results {
            match result {
                Ok(c) => {
                    self.open.insert(name, Arc::new(c));
                }
                Err(e) => failures.push((name, e)),
            }
        }
        for (name, e) in &failures {
            self.fail(name, e.clone());
        }
        failures
    }

    /// Marks a server as failed for the rest of this turn and closes its connection.
    pub fn fail(&mut self, server: &str, e: McpError) {
        self.open.remove(server);
        self.failed.insert(server.to_string(), e);
    }

    /// Whether a server has neither a connection nor a failure in this turn.
    pub fn needs_connecting(&self, server: &str) -> bool {
        !self.open.contains_key(server) && !self.failed.contains_key(server)
    }

    pub fn connection(&self, server: &str) -> Result<Arc<Connection>, McpError> {
        match (self.open.get(server), self.failed.get(server)) {
            (Some(c), _) => Ok(c.clone()),
            (None, Some(e)) => Err(e.clone()),
            (None, None) => Err(McpError::Connection(format!("MCP server {server} is not connected"))),
        }
    }

    /// The tools of the connected servers that the agent's toolsets enable, in a stable order.
    pub fn offered(&self, tools: &[Tool]) -> Vec<OfferedTool> {
        let mut names: Vec<&String> = self.open.keys().collect();
        names.sort();
        let mut out = Vec::new();
        for server in names {
            for t in &self.open[server].tools {
                let Some(tool) = t["name"].as_str() else { continue };
                let Some(policy) = mcp_policy(tools, server, tool) else {
                    continue;
                };
                let schema = t
                    .get("inputSchema")
                    .filter(|s| s.is_object())
                    .cloned()
                    .unwrap_or_else(|| json!({"type": "object"}));
                out.push(OfferedTool {
                    server: server.clone(),
                    tool: tool.to_string(),
                    policy,
                    spec: json!({"name": model_tool_name(server, tool),
                                 "description": t["description"].as_str().unwrap_or_default(),
                                 "input_schema": schema}),
                });
            }
        }
        out
    }
}

/// Opens connections to the pending servers at once.
pub async fn open_all(pending: Pending, config: McpConfig) -> Vec<(String, Result<Connection, McpError>)> {
    let opens = pending.into_iter().map(|(server, bearer)| async move {
        let token = bearer.map(|b| b.token);
        let result = Connection::open(&server.url, token, config.connect_timeout).await;
        (server.name, result)
    });
    futures::future::join_all(opens).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_names_are_namespaced_valid_and_distinct() {
        assert_eq!(model_tool_name("docs", "search_docs"), "mcp__docs__search_docs");
        let odd = model_tool_name("my docs", "search.v2");
        assert!(odd.starts_with("mcp__my_docs__search_v2_"), "{odd}");
        assert_ne!(odd, model_tool_name("my_docs", "search_v2"));
        let long = model_tool_name(&"s".repeat(200), "t");
        assert_eq!(long.len(), 64);
        assert!(long.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-'));
        assert_eq!(long, model_tool_name(&"s".repeat(200), "t"), "deterministic");
    }

    #[test]
    fn results_become_api_content() {
        let wire = json!({"content": [
            {"type": "text", "text": "hi"},
            {"type": "image", "data": "aGk=", "mimeType": "image/png"},
            {"type": "resource", "resource": {"uri": "file:///a.md", "mimeType": "text/markdown", "text": "# A"}},
            {"type": "resource", "resource": {"uri": "file:///a.pdf", "mimeType": "application/pdf", "blob": "JVBE"}},
            {"type": "resource_link", "uri": "file:///b", "name": "b"},
            {"type": "audio", "data": "x", "mimeType": "audio/wav"}
        ], "isError": true});
        let out = api_content(&wire);
        assert!(out.is_error);
        assert_eq!(out.content[0], json!({"type": "text", "text": "hi"}));
        assert_eq!(
            out.content[1]["source"],
            json!({"type": "base64", "media_type": "image/png", "data": "aGk="})
        );
        assert_eq!(out.content[2]["source"]["data"], "# A");
        assert_eq!(out.content[3]["source"]["media_type"], "application/pdf");
        assert_eq!(out.content[4]["text"], "resource link: b <file:///b>");
        assert_eq!(out.content[5]["type"], "text");
        let structured = api_content(&json!({"content": [], "structuredContent": {"n": 1}}));
        assert_eq!(structured.content, vec![json!({"type": "text", "text": "{\"n\":1}"})]);
        assert!(!structured.is_error);
    }
}
