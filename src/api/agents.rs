//! Agents: versioned configurations of model, prompt and tools.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{Metadata, check_metadata, patch_metadata};

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Agent {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub name: String,
    pub description: Option<String>,
    pub system: Option<String>,
    pub model: ModelConfig,
    pub tools: Vec<Tool>,
    pub mcp_servers: Vec<McpServer>,
    pub skills: Vec<Value>,
    pub multiagent: Option<Value>,
    pub execution_identity: Value,
    pub metadata: Metadata,
    pub version: u32,
    pub created_at: String,
    pub updated_at: String,
    pub archived_at: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ModelConfig {
    pub id: String,
    pub effort: Typed,
    pub speed: String,
    #[serde(default)]
    pub inference_geo: Option<String>,
}

/// A `{type: "..."}` object, the shape of efforts and permission policies.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Typed {
    #[serde(rename = "type")]
    pub kind: String,
}

impl Typed {
    pub fn new(kind: &str) -> Self {
        Self { kind: kind.into() }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(tag = "type")]
pub enum Tool {
    #[serde(rename = "agent_toolset_20260401")]
    AgentToolset {
        default_config: DefaultConfig,
        configs: Vec<ToolConfig>,
    },
    #[serde(rename = "mcp_toolset")]
    McpToolset {
        mcp_server_name: String,
        default_config: DefaultConfig,
        configs: Vec<ToolConfig>,
    },
    #[serde(rename = "custom")]
    Custom {
        name: String,
        description: String,
        input_schema: Value,
    },
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct DefaultConfig {
    pub enabled: bool,
    pub permission_policy: Typed,
}

/// One tool's resolved config. `type` equals `name` for the built-in toolset (SDK 2.10 discriminates on it).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ToolConfig {
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    pub name: String,
    pub enabled: bool,
    pub permission_policy: Typed,
    /// Web tool options (allowed_domains, max_content_tokens, ...), kept as given.
    #[serde(flatten)]
    pub options: Map<String, Value>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct McpServer {
    #[serde(rename = "type")]
    pub kind: String,
    pub name: String,
    pub url: String,
}

pub const TOOLSET: &str = "agent_toolset_20260401";
pub const BUILTIN_TOOLS: [&str; 8] = [
    "bash",
    "edit",
    "read",
    "write",
    "glob",
    "grep",
    "web_fetch",
    "web_search",
];
const POLICIES: [&str; 3] = ["always_allow", "always_ask", "auto"];
const EFFORTS: [&str; 5] = ["low", "medium", "high", "xhigh", "max"];
const WEB_OPTIONS: [&str; 5] = [
    "allowed_domains",
    "blocked_domains",
    "max_content_tokens",
    "url_sources",
    "user_location",
];

/// The body of `POST /v1/agents`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgentCreate {
    pub name: String,
    pub model: Value,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub system: Option<String>,
    #[serde(default)]
    pub tools: Option<Vec<Value>>,
    #[serde(default)]
    pub mcp_servers: Option<Vec<McpServer>>,
    #[serde(default)]
    pub skills: Option<Vec<Value>>,
    #[serde(default)]
    pub multiagent: Option<Value>,
    #[serde(default)]
    pub metadata: Option<Metadata>,
    #[serde(default)]
    pub execution_identity: Option<Value>,
}

impl Agent {
    /// Builds version 1 of a new agent from a create body, resolving every default.
    pub fn create(id: String, now: String, body: AgentCreate) -> Result<Agent, String> {
        let mcp_servers = body.mcp_servers.unwrap_or_default();
        let agent = Agent {
            id,
            kind: "agent".into(),
            name: check_name(&body.name)?,
            description: body.description,
            system: body.system,
            model: parse_model("model", &body.model, None)?,
            tools: resolve_tools(&body.tools.unwrap_or_default(), &mcp_servers)?,
            mcp_servers: check_mcp_servers(mcp_servers)?,
            skills: body.skills.unwrap_or_default(),
            multiagent: body.multiagent.filter(|m| !m.is_null()),
            execution_identity: parse_identity(body.execution_identity)?,
            metadata: body.metadata.unwrap_or_default(),
            version: 1,
            created_at: now.clone(),
            updated_at: now,
            archived_at: None,
        };
        check_metadata("metadata", &agent.metadata)?;
        Ok(agent)
    }

    /// Applies an update body (a patch) and returns whether anything changed.
    /// `version`, when present, is checked by the caller.
    pub fn apply_update(&mut self, patch: &Map<String, Value>) -> Result<bool, String> {
        let before = self.clone();
        for (key, value) in patch {
            match key.as_str() {
                "version" => {}
                "name" => match value {
                    Value::String(s) => self.name = check_name(s)?,
                    _ => return Err("name: must be a non-empty string; it cannot be cleared".into()),
                },
                "description" => self.description = nullable_string(key, value)?,
                "system" => self.system = nullable_string(key, value)?,
                "model" => {
                    if value.is_null() {
                        return Err("model: cannot be cleared".into());
                    }
                    self.model = parse_model("model", value, Some(&self.model))?;
                }
                "tools" => {
                    let tools: Vec<Value> = nullable_list(key, value)?;
                    self.tools = resolve_tools(&tools, &self.mcp_servers)?;
                }
                "mcp_servers" => {
                    let servers: Vec<McpServer> = nullable_list(key, value)?;
                    self.mcp_servers = check_mcp_servers(servers)?;
                }
                "skills" => self.skills = nullable_list(key, value)?,
                "multiagent" => self.multiagent = Some(value.clone()).filter(|v| !v.is_null()),
                "execution_identity" => self.execution_identity = parse_identity(Some(value.clone()))?,
                "metadata" => match value {
                    Value::Object(m) => patch_metadata("metadata", &mut self.metadata, m)?,
                    Value::Null => {}
                    _ => return Err("metadata: must be an object".into()),
                },
                other => return Err(format!("{other}: unknown field")),
            }
        }
        // Toolsets must still name declared MCP servers after either list changed.
        check_mcp_references(&self.tools, &self.mcp_servers)?;
        Ok(*self != before)
    }
}

fn check_name(name: &str) -> Result<String, String> {
    let len = name.chars().count();
    if len == 0 || len > 256 {
        return Err("name: must be 1 to 256 characters".into());
    }
    Ok(name.to_string())
}

fn nullable_string(field: &str, value: &Value) -> Result<Option<String>, String> {
    match value {
        Value::Null => Ok(None),
        Value::String(s) if s.is_empty() => Ok(None),
        Value::String(s) => Ok(Some(s.clone())),
        _ => Err(format!("{field}: must be a string or null")),
    }
}

fn nullable_list<T: serde::de::DeserializeOwned>(field: &str, value: &Value) -> Result<Vec<T>, String> {
    if value.is_null() {
        return Ok(Vec::new());
    }
    serde_path_to_error::deserialize(value).map_err(|e| prefixed(field, &e))
}

/// Formats a deserialisation error with the path of the offending field.
pub fn prefixed(field: &str, e: &serde_path_to_error::Error<serde_json::Error>) -> String {
    let path = e.path().to_string();
    let inner = e.inner().to_string();
    if path == "." {
        format!("{field}: {inner}")
    } else {
        format!("{field}{}{path}: {inner}", if path.starts_with('[') { "" } else { "." })
    }
}

/// A model is a bare id or `{id, effort?, speed?, inference_geo?}`. On update the object replaces
/// the stored one, except that an omitted effort is kept while the id stays the same.
pub fn parse_model(field: &str, value: &Value, current: Option<&ModelConfig>) -> Result<ModelConfig, String> {
    let (id, obj) = match value {
        Value::String(s) => (s.clone(), Map::new()),
        Value::Object(o) => match o.get("id") {
            Some(Value::String(s)) => (s.clone(), o.clone()),
            _ => return Err(format!("{field}.id: required string")),
        },
        _ => return Err(format!("{field}: must be a model id string or an object with an id")),
    };
    if id.is_empty() {
        return Err(format!("{field}.id: must not be empty"));
    }
    for key in obj.keys() {
        if !["id", "effort", "speed", "inference_geo"].contains(&key.as_str()) {
            return Err(format!("{field}.{key}: unknown field"));
        }
    }
    let effort = match obj.get("effort") {
        None | Some(Value::Null) => match current {
            Some(c) if c.id == id => c.effort.clone(),
            _ => Typed::new("high"),
        },
        Some(Value::String(s)) => Typed::new(s),
        Some(Value::Object(o)) => match o.get("type") {
            Some(Value::String(s)) => Typed::new(s),
            _ => return Err(format!("{field}.effort.type: required string")),
        },
        Some(_) => return Err(format!("{field}.effort: must be a string or an object")),
    };
    if !EFFORTS.contains(&effort.kind.as_str()) {
        return Err(format!("{field}.effort: must be one of {}", EFFORTS.join(", ")));
    }
    let speed = match obj.get("speed") {
        None | Some(Value::Null) => "standard".to_string(),
        Some(Value::String(s)) if s == "standard" || s == "fast" => s.clone(),
        Some(_) => return Err(format!("{field}.speed: must be one of standard, fast")),
    };
    let inference_geo = match obj.get("inference_geo") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => return Err(format!("{field}.inference_geo: must be a string")),
    };
    Ok(ModelConfig {
        id,
        effort,
        speed,
        inference_geo,
    })
}

fn parse_identity(value: Option<Value>) -> Result<Value, String> {
    match value {
        None | Some(Value::Null) => Ok(serde_json::json!({"type": "service_account"})),
        Some(Value::Object(o)) => match o.get("type").and_then(Value::as_str) {
            Some("service_account") => Ok(serde_json::json!({"type": "service_account"})),
            Some("aws_role") => match o.get("role_arn").and_then(Value::as_str) {
                Some(arn) if !arn.is_empty() && arn.len() <= 2048 => {
                    Ok(serde_json::json!({"type": "aws_role", "role_arn": arn}))
                }
                _ => Err("execution_identity.role_arn: required, at most 2048 characters".into()),
            },
            _ => Err("execution_identity.type: must be one of service_account, aws_role".into()),
        },
        Some(_) => Err("execution_identity: must be an object".into()),
    }
}

fn check_mcp_servers(servers: Vec<McpServer>) -> Result<Vec<McpServer>, String> {
    if servers.len() > 20 {
        return Err("mcp_servers: at most 20 servers are allowed".into());
    }
    let mut names = std::collections::HashSet::new();
    for (i, s) in servers.iter().enumerate() {
        if s.kind != "url" {
            return Err(format!("mcp_servers[{i}].type: must be url"));
        }
        if s.name.is_empty() || s.name.len() > 255 || !names.insert(s.name.as_str()) {
            return Err(format!("mcp_servers[{i}].name: must be 1 to 255 characters and unique"));
        }
    }
    Ok(servers)
}

fn check_mcp_references(tools: &[Tool], servers: &[McpServer]) -> Result<(), String> {
    for (i, t) in tools.iter().enumerate() {
        if let Tool::McpToolset { mcp_server_name, .. } = t
            && !servers.iter().any(|s| &s.name == mcp_server_name)
        {
            return Err(format!(
                "tools[{i}].mcp_server_name: no MCP server named '{mcp_server_name}'"
            ));
        }
    }
    for (i, s) in servers.iter().enumerate() {
        let used = tools
            .iter()
            .any(|t| matches!(t, Tool::McpToolset { mcp_server_name, .. } if *mcp_server_name == s.name));
        if !used {
            return Err(format!(
                "mcp_servers[{i}]: '{}' is not referenced by any mcp_toolset",
                s.name
            ));
        }
    }
    Ok(())
}

fn policy(field: &str, value: Option<&Value>, default: &Typed) -> Result<Typed, String> {
    match value {
        None | Some(Value::Null) => Ok(default.clone()),
        Some(Value::Object(o)) => match o.get("type").and_then(Value::as_str) {
            Some(p) if POLICIES.contains(&p) => Ok(Typed::new(p)),
            _ => Err(format!("{field}.type: must be one of {}", POLICIES.join(", "))),
        },
        Some(_) => Err(format!("{field}: must be an object")),
    }
}

fn enabled(field: &str, value: Option<&Value>, default: bool) -> Result<bool, String> {
    match value {
        None | Some(Value::Null) => Ok(default),
        Some(Value::Bool(b)) => Ok(*b),
        Some(_) => Err(format!("{field}: must be a boolean")),
    }
}

fn only_keys(field: &str, obj: &Map<String, Value>, allowed: &[&str]) -> Result<(), String> {
    match obj.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(k) => Err(format!("{field}.{k}: unknown field")),
        None => Ok(()),
    }
}

/// Resolves tool params into their response form: every default filled in.
pub fn resolve_tools(tools: &[Value], servers: &[McpServer]) -> Result<Vec<Tool>, String> {
    let mut out = Vec::with_capacity(tools.len());
    let mut custom_names = std::collections::HashSet::new();
    for (i, tool) in tools.iter().enumerate() {
        let field = format!("tools[{i}]");
        let obj = tool.as_object().ok_or_else(|| format!("{field}: must be an object"))?;
        let kind = obj.get("type").and_then(Value::as_str).unwrap_or("");
        out.push(match kind {
            TOOLSET | "mcp_toolset" => {
                let toolset = kind == TOOLSET;
                let mut keys = vec!["type", "default_config", "configs"];
                if !toolset {
                    keys.push("mcp_server_name");
                }
                only_keys(&field, obj, &keys)?;
                let default_policy = Typed::new(if toolset { "always_allow" } else { "always_ask" });
                let dc = obj.get("default_config").filter(|v| !v.is_null());
                let dc_obj = match dc {
                    None => Map::new(),
                    Some(Value::Object(o)) => o.clone(),
                    Some(_) => return Err(format!("{field}.default_config: must be an object")),
                };
                only_keys(
                    &format!("{field}.default_config"),
                    &dc_obj,
                    &["enabled", "permission_policy"],
                )?;
                let default_config = DefaultConfig {
                    enabled: enabled(&format!("{field}.default_config.enabled"), dc_obj.get("enabled"), true)?,
                    permission_policy: policy(
                        &format!("{field}.default_config.permission_policy"),
                        dc_obj.get("permission_policy"),
                        &default_policy,
                    )?,
                };
                let configs = resolve_configs(&field, obj.get("configs"), &default_config, toolset)?;
                if toolset {
                    Tool::AgentToolset {
                        default_config,
                        configs,
                    }
                } else {
                    let name = match obj.get("mcp_server_name") {
                        Some(Value::String(s)) if !s.is_empty() && s.len() <= 255 => s.clone(),
                        _ => return Err(format!("{field}.mcp_server_name: required, 1 to 255 characters")),
                    };
                    Tool::McpToolset {
                        mcp_server_name: name,
                        default_config,
                        configs,
                    }
                }
            }
            "custom" => {
                only_keys(&field, obj, &["type", "name", "description", "input_schema"])?;
                let name = match obj.get("name") {
                    Some(Value::String(s))
                        if !s.is_empty()
                            && s.len() <= 128
                            && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') =>
                    {
                        s.clone()
                    }
                    _ => return Err(format!("{field}.name: required, 1 to 128 characters of [A-Za-z0-9_-]")),
                };
                if BUILTIN_TOOLS.contains(&name.as_str()) || !custom_names.insert(name.clone()) {
                    return Err(format!("{field}.name: '{name}' is already a tool name"));
                }
                let description = match obj.get("description") {
                    Some(Value::String(s)) => s.clone(),
                    _ => return Err(format!("{field}.description: required string")),
                };
                let schema = match obj.get("input_schema") {
                    Some(Value::Object(s)) if s.get("type").and_then(Value::as_str) == Some("object") => s,
                    _ => return Err(format!("{field}.input_schema: required object with type \"object\"")),
                };
                if schema.contains_key("additionalProperties") {
                    return Err(format!("{field}.input_schema.additionalProperties: not permitted"));
                }
                Tool::Custom {
                    name,
                    description,
                    input_schema: Value::Object(schema.clone()),
                }
            }
            "" => return Err(format!("{field}.type: required")),
            other => {
                return Err(format!(
                    "{field}.type: unknown tool type '{other}' (expected {TOOLSET}, mcp_toolset or custom)"
                ));
            }
        });
    }
    let count: usize = out
        .iter()
        .map(|t| match t {
            Tool::AgentToolset { .. } => BUILTIN_TOOLS.len(),
            _ => 1,
        })
        .sum();
    if count > 256 {
        return Err("tools: at most 256 tools are allowed across all toolsets".into());
    }
    check_mcp_references(&out, servers)?;
    Ok(out)
}

fn resolve_configs(
    field: &str,
    value: Option<&Value>,
    default: &DefaultConfig,
    toolset: bool,
) -> Result<Vec<ToolConfig>, String> {
    let list = match value {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(a)) => a,
        Some(_) => return Err(format!("{field}.configs: must be an array")),
    };
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::with_capacity(list.len());
    for (j, c) in list.iter().enumerate() {
        let f = format!("{field}.configs[{j}]");
        let obj = c.as_object().ok_or_else(|| format!("{f}: must be an object"))?;
        let name = obj.get("name").and_then(Value::as_str).unwrap_or("");
        if toolset && !BUILTIN_TOOLS.contains(&name) {
            return Err(format!("{f}.name: must be one of {}", BUILTIN_TOOLS.join(", ")));
        }
        if name.is_empty() || !seen.insert(name.to_string()) {
            return Err(format!("{f}.name: required and unique"));
        }
        if let Some(t) = obj.get("type").filter(|t| !t.is_null())
            && (!toolset || t.as_str() != Some(name))
        {
            return Err(format!("{f}.type: must equal the tool name '{name}'"));
        }
        let mut options = Map::new();
        for (k, v) in obj {
            match k.as_str() {
                "name" | "type" | "enabled" | "permission_policy" => {}
                k if toolset && (name == "web_fetch" || name == "web_search") && WEB_OPTIONS.contains(&k) => {
                    options.insert(k.to_string(), v.clone());
                }
                k => return Err(format!("{f}.{k}: unknown field")),
            }
        }
        out.push(ToolConfig {
            kind: toolset.then(|| name.to_string()),
            name: name.to_string(),
            enabled: enabled(&format!("{f}.enabled"), obj.get("enabled"), default.enabled)?,
            permission_policy: policy(
                &format!("{f}.permission_policy"),
                obj.get("permission_policy"),
                &default.permission_policy,
            )?,
            options,
        });
    }
    Ok(out)
}

/// How a built-in tool is configured by an agent's toolset: `None` when it is not enabled.
pub fn builtin_policy(tools: &[Tool], name: &str) -> Option<String> {
    tools.iter().find_map(|t| match t {
        Tool::AgentToolset {
            default_config,
            configs,
        } => toolset_policy(default_config, configs, name),
        _ => None,
    })
}

/// How a tool of MCP server `server` is configured by the agent's `mcp_toolset` for it (named
/// as the server reports it): `None` when it is not enabled.
pub fn mcp_policy(tools: &[Tool], server: &str, name: &str) -> Option<String> {
    tools.iter().find_map(|t| match t {
        Tool::McpToolset {
            mcp_server_name,
            default_config,
            configs,
        } if mcp_server_name == server => toolset_policy(default_config, configs, name),
        _ => None,
    })
}

/// A tool's own config in `configs`, else the toolset's default: its policy when enabled.
fn toolset_policy(default_config: &DefaultConfig, configs: &[ToolConfig], name: &str) -> Option<String> {
    let (on, policy) = match configs.iter().find(|c| c.name == name) {
        Some(c) => (c.enabled, &c.permission_policy),
        None => (default_config.enabled, &default_config.permission_policy),
    };
    on.then(|| policy.kind.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn create(body: Value) -> Result<Agent, String> {
        let body: AgentCreate = serde_json::from_value(body).map_err(|e| e.to_string())?;
        Agent::create("agent_x".into(), "t".into(), body)
    }

    #[test]
    fn a_toolset_is_resolved_with_defaults() {
        let a = create(json!({"name": "a", "model": "claude-sonnet-4-6",
            "tools": [{"type": TOOLSET, "configs": [{"name": "bash", "permission_policy": {"type": "always_ask"}}]}]}))
        .unwrap();
        let v = serde_json::to_value(&a.tools[0]).unwrap();
        assert_eq!(
            v["default_config"],
            json!({"enabled": true, "permission_policy": {"type": "always_allow"}})
        );
        assert_eq!(v["configs"][0]["type"], "bash");
        assert_eq!(v["configs"][0]["enabled"], true);
        assert_eq!(builtin_policy(&a.tools, "bash").as_deref(), Some("always_ask"));
        assert_eq!(builtin_policy(&a.tools, "read").as_deref(), Some("always_allow"));
        assert_eq!(a.model.effort.kind, "high");
        assert_eq!(a.execution_identity, json!({"type": "service_account"}));
    }

    #[test]
    fn bad_tools_name_the_field() {
        let e = create(json!({"name": "a", "model": "m", "tools": [{"type": "no_such_toolset"}]})).unwrap_err();
        assert!(e.starts_with("tools[0].type: unknown tool type"), "{e}");
        let e = create(json!({"name": "a", "model": "m", "tools": [{"type": TOOLSET, "configs": [{"name": "rm"}]}]}))
            .unwrap_err();
        assert!(e.starts_with("tools[0].configs[0].name"), "{e}");
        let e = create(json!({"name": "", "model": "m"})).unwrap_err();
        assert!(e.starts_with("name:"), "{e}");
        let e = create(json!({"name": "a", "model": {"id": "m", "effort": "huge"}})).unwrap_err();
        assert!(e.starts_with("model.effort"), "{e}");
    }

    #[test]
    fn an_update_is_a_patch_and_reports_change() {
        let mut a = create(json!({"name": "a", "model": {"id": "m", "effort": "low"}, "system": "s"})).unwrap();
        let same = json!({"name": "a"});
        assert!(!a.apply_update(same.as_object().unwrap()).unwrap());
        let patch = json!({"system": null, "model": {"id": "m"}});
        assert!(a.apply_update(patch.as_object().unwrap()).unwrap());
        assert_eq!(a.system, None);
        assert_eq!(a.model.effort.kind, "low", "effort is kept while the model id stays");
        let bad = json!({"name": null});
        assert!(a.apply_update(bad.as_object().unwrap()).is_err());
    }
}
