//! Sessions: an agent running in an environment, with its own workspace and event log.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::agents::{Agent, McpServer, ModelConfig, Tool, parse_model, resolve_tools};
use super::{Metadata, check_metadata, patch_metadata};

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Session {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub status: String,
    pub agent: SessionAgent,
    pub environment_id: String,
    pub title: Option<String>,
    pub metadata: Metadata,
    pub resources: Vec<Value>,
    pub vault_ids: Vec<String>,
    pub budget: Option<Value>,
    pub deployment_id: Option<String>,
    pub outcome_evaluations: Vec<Value>,
    pub stats: Value,
    pub usage: Usage,
    pub created_at: String,
    pub updated_at: String,
    pub archived_at: Option<String>,
}

/// The agent as the session runs it: a snapshot taken at creation.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SessionAgent {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub version: u32,
    pub name: String,
    pub description: Option<String>,
    pub system: Option<String>,
    pub model: ModelConfig,
    pub tools: Vec<Tool>,
    pub mcp_servers: Vec<McpServer>,
    pub skills: Vec<Value>,
    pub multiagent: Option<Value>,
    pub execution_identity: Value,
}

/// Results that end an outcome evaluation for good.
const SETTLED: &[&str] = &["satisfied", "max_iterations_reached", "failed", "interrupted"];

/// Whether an entry of `outcome_evaluations` has reached its terminal result.
pub fn is_settled(entry: &Value) -> bool {
    entry["result"].as_str().is_some_and(|r| SETTLED.contains(&r))
}

/// Follows one event into a session's `outcome_evaluations`: an entry per `user.define_outcome`
/// (`pending`), `running` while the agent works, `evaluating` from an evaluation's start, and
/// the terminal result with its explanation at the last end. Returns whether anything changed.
pub fn track_outcome(list: &mut Vec<Value>, e: &super::events::Event, now: &str) -> bool {
    if e.kind == "user.define_outcome" {
        list.push(
            json!({"type": "outcome_evaluation", "outcome_id": e.fields["outcome_id"],
            "description": e.fields["description"], "iteration": 0, "result": "pending",
            "explanation": null, "completed_at": null}),
        );
        return true;
    }
    let Some(entry) = list.last_mut().filter(|o| !is_settled(o)) else {
        return false;
    };
    let matches = || e.fields.get("outcome_id") == Some(&entry["outcome_id"]);
    match e.kind.as_str() {
        "session.status_running" if entry["result"] == "pending" => entry["result"] = json!("running"),
        "span.outcome_evaluation_start" if matches() => {
            entry["iteration"] = e.fields["iteration"].clone();
            entry["result"] = json!("evaluating");
        }
        "span.outcome_evaluation_end" if matches() => {
            let result = e.fields["result"].as_str().unwrap_or_default();
            entry["iteration"] = e.fields["iteration"].clone();
            entry["explanation"] = e.fields["explanation"].clone();
            if SETTLED.contains(&result) {
                entry["result"] = json!(result);
                entry["completed_at"] = json!(now);
            } else {
                entry["result"] = json!("running");
            }
        }
        _ => return false,
    }
    true
}

/// Cumulative token usage of a session.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Usage {
    pub input_tokens: u64,
    pub output_tokens: u64,
    pub cache_read_input_tokens: u64,
    pub cache_creation: CacheCreation,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct CacheCreation {
    pub ephemeral_5m_input_tokens: u64,
    pub ephemeral_1h_input_tokens: u64,
}

/// The body of `POST /v1/sessions`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionCreate {
    pub agent: Value,
    pub environment_id: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub metadata: Option<Metadata>,
    #[serde(default)]
    pub resources: Option<Vec<Value>>,
    #[serde(default)]
    pub vault_ids: Option<Vec<String>>,
    #[serde(default)]
    pub budget: Option<Value>,
    #[serde(default)]
    pub initial_events: Option<Vec<Value>>,
}

/// Which agent a session runs: `agent_…`, `{type: agent, id, version?}` or
/// `{type: agent_with_overrides, id, version?, model?, system?, tools?, mcp_servers?, skills?}`.
pub struct AgentRef {
    pub id: String,
    pub version: Option<u32>,
    pub overrides: Map<String, Value>,
}

impl AgentRef {
    pub fn parse(value: &Value) -> Result<Self, String> {
        let obj = match value {
            Value::String(id) => {
                return Ok(Self {
                    id: id.clone(),
                    version: None,
                    overrides: Map::new(),
                });
            }
            Value::Object(o) => o,
            _ => return Err("agent: must be an agent id or an object".into()),
        };
        let kind = obj.get("type").and_then(Value::as_str).unwrap_or("");
        let allowed: &[&str] = match kind {
            "agent" => &["type", "id", "version"],
            "agent_with_overrides" => &[
                "type",
                "id",
                "version",
                "model",
                "system",
                "tools",
                "mcp_servers",
                "skills",
            ],
            _ => return Err("agent.type: must be one of agent, agent_with_overrides".into()),
        };
        if let Some(k) = obj.keys().find(|k| !allowed.contains(&k.as_str())) {
            return Err(format!("agent.{k}: unknown field"));
        }
        let id = obj
            .get("id")
            .and_then(Value::as_str)
            .ok_or("agent.id: required string")?
            .to_string();
        let version = match obj.get("version") {
            None | Some(Value::Null) => None,
            Some(v) => Some(
                v.as_u64()
                    .filter(|v| *v >= 1)
                    .ok_or("agent.version: must be an integer >= 1")? as u32,
            ),
        };
        let overrides = obj
            .iter()
            .filter(|(k, _)| !["type", "id", "version"].contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        Ok(Self { id, version, overrides })
    }
}

impl SessionAgent {
    /// Snapshots an agent version.
    pub fn snapshot(agent: &Agent) -> Self {
        SessionAgent {
            id: agent.id.clone(),
            kind: "agent".into(),
            version: agent.version,
            name: agent.name.clone(),
            description: agent.description.clone(),
            system: agent.system.clone(),
            model: agent.model.clone(),
            tools: agent.tools.clone(),
            mcp_servers: agent.mcp_servers.clone(),
            skills: agent.skills.clone(),
            multiagent: agent.multiagent.clone(),
            execution_identity: agent.execution_identity.clone(),
        }
    }

    /// Applies per-session overrides: each replaces its field whole.
    pub fn apply_overrides(&mut self, overrides: &Map<String, Value>) -> Result<(), String> {
        let s = self;
        if let Some(v) = overrides.get("mcp_servers") {
            s.mcp_servers = if v.is_null() {
                Vec::new()
            } else {
                serde_path_to_error::deserialize(v).map_err(|e| super::agents::prefixed("agent.mcp_servers", &e))?
            };
        }
        for (k, v) in overrides {
            match k.as_str() {
                "model" => {
                    if v.is_null() {
                        return Err("agent.model: cannot be cleared".into());
                    }
                    s.model = parse_model("agent.model", v, None)?;
                }
                "system" => s.system = v.as_str().filter(|t| !t.is_empty()).map(str::to_string),
                "tools" => {
                    let list: Vec<Value> = if v.is_null() {
                        Vec::new()
                    } else {
                        v.as_array().ok_or("agent.tools: must be an array")?.clone()
                    };
                    s.tools = resolve_tools(&list, &s.mcp_servers).map_err(|e| format!("agent.{e}"))?;
                }
                "skills" => s.skills = v.as_array().cloned().unwrap_or_default(),
                _ => {}
            }
        }
        Ok(())
    }
}

impl Session {
    pub fn new(id: String, now: String, agent: SessionAgent, body: &SessionCreate) -> Result<Self, String> {
        if body.budget.as_ref().is_some_and(|b| !b.is_null()) {
            return Err("budget: budgets are not supported by the local server (it has no list prices)".into());
        }
        let metadata = body.metadata.clone().unwrap_or_default();
        check_metadata("metadata", &metadata)?;
        Ok(Session {
            id,
            kind: "session".into(),
            status: "idle".into(),
            agent,
            environment_id: body.environment_id.clone(),
            title: body.title.clone(),
            metadata,
            resources: Vec::new(),
            vault_ids: body.vault_ids.clone().unwrap_or_default(),
            budget: None,
            deployment_id: None,
            outcome_evaluations: Vec::new(),
            stats: json!({"active_seconds": 0.0, "duration_seconds": 0.0}),
            usage: Usage::default(),
            created_at: now.clone(),
            updated_at: now,
            archived_at: None,
        })
    }

    /// Applies `POST /v1/sessions/{id}`. Returns the fields of a `session.updated` event
    /// (only what changed), or None when nothing changed.
    pub fn apply_update(&mut self, patch: &Map<String, Value>) -> Result<Option<Map<String, Value>>, String> {
        let mut changed = Map::new();
        for (key, value) in patch {
            match key.as_str() {
                "title" => {
                    let title = match value {
                        Value::Null => None,
                        Value::String(s) => Some(s.clone()),
                        _ => return Err("title: must be a string or null".into()),
                    };
                    if title != self.title {
                        self.title = title;
                        changed.insert("title".into(), json!(self.title));
                    }
                }
                "metadata" => {
                    let m = match value {
                        Value::Object(m) => m,
                        Value::Null => continue,
                        _ => return Err("metadata: must be an object".into()),
                    };
                    let before = self.metadata.clone();
                    patch_metadata("metadata", &mut self.metadata, m)?;
                    if before != self.metadata {
                        changed.insert("metadata".into(), json!(self.metadata));
                    }
                }
                "agent" => {
                    let obj = value
                        .as_object()
                        .ok_or("agent: must be an object with tools and/or mcp_servers")?;
                    if let Some(k) = obj.keys().find(|k| *k != "tools" && *k != "mcp_servers") {
                        return Err(format!("agent.{k}: only tools and mcp_servers can change in a session"));
                    }
                    if self.status == "running" {
                        return Err("agent: cannot be updated while the session is running; interrupt it first".into());
                    }
                    let before = self.agent.clone();
                    self.agent.apply_overrides(obj)?;
                    if before != self.agent {
                        changed.insert("agent".into(), serde_json::to_value(&self.agent).unwrap_or_default());
                    }
                }
                "budget" => {
                    if !value.is_null() {
                        return Err("budget: budgets are not supported by the local server".into());
                    }
                }
                "vault_ids" => return Err("vault_ids: not yet supported".into()),
                other => return Err(format!("{other}: unknown field")),
            }
        }
        Ok((!changed.is_empty()).then_some(changed))
    }
}
