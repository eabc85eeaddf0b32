//! Multi-agent rosters: the `multiagent` field of an agent (`coordinator`, and SDK 2.10's
//! `multiagent_20261001`) as sent, as saved (agent references resolved to versions) and as a
//! session runs it (each roster agent's full definition).

use std::collections::HashSet;

use serde_json::{Map, Value, json};

use super::agents::Agent;
use super::sessions::SessionAgent;

/// At most this many agents in a roster.
pub const MAX_ROSTER: usize = 20;
/// The name a session uses for its advisor (guide §9).
pub const ADVISOR_NAME: &str = "anthropic.advisor";
/// The tool the coordinator delegates with; no other tool of a coordinator may take its name.
pub const DELEGATE_TOOL: &str = "send_to_agent";

/// How the server finds saved agents while resolving a roster: the agent at `version` (the
/// latest when None), `Ok(None)` when there is no such agent or version.
pub type Lookup<'a> = &'a dyn Fn(&str, Option<u32>) -> Result<Option<Agent>, String>;

/// One roster entry as sent.
#[derive(Debug, Clone, PartialEq)]
enum Entry {
    Agent { id: String, version: Option<u32> },
    SelfRef,
    Advisor { model: String },
}

/// Which form a `multiagent` value takes.
#[derive(Debug, Clone, PartialEq)]
enum Form {
    Coordinator,
    /// `multiagent_20261001`: `subagents` enabled or not (inline agents and workflows are
    /// refused while parsing, so what is left is the predefined list and the advisor).
    Combined {
        subagents: bool,
    },
}

/// A `multiagent` value whose shape has been checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Roster {
    form: Form,
    /// Each entry with the path of its field, e.g. `multiagent.agents[2]`.
    entries: Vec<(String, Entry)>,
}

/// Checks the shape of a `multiagent` value (create, or an update that replaces it): its
/// agent references are resolved by [`Roster::resolve`].
pub fn parse(value: &Value) -> Result<Roster, String> {
    let obj = value.as_object().ok_or("multiagent: must be an object or null")?;
    match obj.get("type").and_then(Value::as_str) {
        Some("coordinator") => coordinator(obj),
        Some("multiagent_20261001") => combined(obj),
        _ => Err("multiagent.type: must be one of coordinator, multiagent_20261001".into()),
    }
}

fn only_keys(field: &str, obj: &Map<String, Value>, allowed: &[&str]) -> Result<(), String> {
    match obj.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(k) => Err(format!("{field}.{k}: unknown field")),
        None => Ok(()),
    }
}

fn coordinator(obj: &Map<String, Value>) -> Result<Roster, String> {
    only_keys("multiagent", obj, &["type", "agents"])?;
    let list = obj
        .get("agents")
        .and_then(Value::as_array)
        .ok_or("multiagent.agents: required, an array of 1 to 20 entries")?;
    if list.is_empty() || list.len() > MAX_ROSTER {
        return Err(format!("multiagent.agents: must hold 1 to {MAX_ROSTER} entries"));
    }
    let entries = entries("multiagent.agents", list, true)?;
    Ok(Roster {
        form: Form::Coordinator,
        entries,
    })
}

fn entries(field: &str, list: &[Value], advisor_allowed: bool) -> Result<Vec<(String, Entry)>, String> {
    let mut out = Vec::with_capacity(list.len());
    for (i, v) in list.iter().enumerate() {
        let at = format!("{field}[{i}]");
        let entry = entry(&at, v, advisor_allowed)?;
        let repeated = match &entry {
            Entry::SelfRef => out.iter().any(|(_, e)| *e == Entry::SelfRef).then_some("self"),
            Entry::Advisor { .. } => out
                .iter()
                .any(|(_, e)| matches!(e, Entry::Advisor { .. }))
                .then_some("advisor"),
            Entry::Agent { .. } => None,
        };
        if let Some(what) = repeated {
            return Err(format!("{at}: at most one {what} entry is allowed"));
        }
        out.push((at, entry));
    }
    Ok(out)
}

fn entry(at: &str, v: &Value, advisor_allowed: bool) -> Result<Entry, String> {
    let obj = match v {
        Value::String(id) if !id.is_empty() => {
            return Ok(Entry::Agent {
                id: id.clone(),
                version: None,
            });
        }
        Value::Object(o) => o,
        _ => return Err(format!("{at}: must be an agent id or an object")),
    };
    match obj.get("type").and_then(Value::as_str) {
        Some("agent") => {
            only_keys(at, obj, &["type", "id", "version"])?;
            let id = match obj.get("id") {
                Some(Value::String(id)) if !id.is_empty() => id.clone(),
                _ => return Err(format!("{at}.id: required string")),
            };
            let version = match obj.get("version") {
                None | Some(Value::Null) => None,
                Some(v) => Some(
                    v.as_u64()
                        .filter(|v| (1..=u64::from(u32::MAX)).contains(v))
                        .ok_or(format!("{at}.version: must be an integer >= 1"))? as u32,
                ),
            };
            Ok(Entry::Agent { id, version })
        }
        Some("self") => {
            only_keys(at, obj, &["type"])?;
            Ok(Entry::SelfRef)
        }
        Some("advisor") if advisor_allowed => {
            only_keys(at, obj, &["type", "model"])?;
            Ok(Entry::Advisor {
                model: model(&format!("{at}.model"), obj.get("model"))?,
            })
        }
        _ => Err(format!(
            "{at}.type: must be one of agent, self{}",
            if advisor_allowed { ", advisor" } else { "" }
        )),
    }
}

fn model(field: &str, v: Option<&Value>) -> Result<String, String> {
    match v {
        Some(Value::String(m)) if !m.is_empty() => Ok(m.clone()),
        _ => Err(format!("{field}: required, a model id")),
    }
}

/// A `{type: enabled|disabled, ...}` member: whether enabled, and its fields.
type Switch<'a> = (bool, &'a Map<String, Value>);

/// The `type` of an optional `{type: enabled|disabled, ...}` member; None when absent or null
/// (its default applies).
fn switch<'a>(field: &str, v: Option<&'a Value>) -> Result<Option<Switch<'a>>, String> {
    let obj = match v {
        None | Some(Value::Null) => return Ok(None),
        Some(Value::Object(o)) => o,
        Some(_) => return Err(format!("{field}: must be an object or null")),
    };
    match obj.get("type").and_then(Value::as_str) {
        Some("enabled") => Ok(Some((true, obj))),
        Some("disabled") => {
            only_keys(field, obj, &["type"])?;
            Ok(Some((false, obj)))
        }
        _ => Err(format!("{field}.type: required, enabled or disabled")),
    }
}

/// `multiagent_20261001`. The local server runs predefined agents and the advisor; inline
/// agents and workflows, which default to enabled, are refused by name until it runs them.
fn combined(obj: &Map<String, Value>) -> Result<Roster, String> {
    only_keys("multiagent", obj, &["type", "advisor", "subagents", "workflows"])?;
    let mut entries = Vec::new();
    if let Some((true, advisor)) = switch("multiagent.advisor", obj.get("advisor"))? {
        only_keys("multiagent.advisor", advisor, &["type", "model"])?;
        let model = model("multiagent.advisor.model", advisor.get("model"))?;
        entries.push(("multiagent.advisor".to_string(), Entry::Advisor { model }));
    }
    let workflows = switch("multiagent.workflows", obj.get("workflows"))?;
    if workflows.is_none_or(|(on, _)| on) {
        return Err(
            "multiagent.workflows: workflow runs are not supported by the local server (they are enabled unless sent as {\"type\": \"disabled\"})"
                .into(),
        );
    }
    let subagents = match switch("multiagent.subagents", obj.get("subagents"))? {
        Some((false, _)) => false,
        enabled => {
            let sub = enabled.map(|(_, o)| o.clone()).unwrap_or_default();
            only_keys(
                "multiagent.subagents",
                &sub,
                &["type", "inline_agents", "predefined_agents"],
            )?;
            let inline = switch("multiagent.subagents.inline_agents", sub.get("inline_agents"))?;
            if inline.is_none_or(|(on, _)| on) {
                return Err(
                    "multiagent.subagents.inline_agents: inline agents are not supported by the local server (they are enabled unless sent as {\"type\": \"disabled\"}); list saved agents in predefined_agents"
                        .into(),
                );
            }
            let list = match sub.get("predefined_agents") {
                None | Some(Value::Null) => Vec::new(),
                Some(Value::Array(list)) => list.clone(),
                Some(_) => return Err("multiagent.subagents.predefined_agents: must be an array or null".into()),
            };
            if list.is_empty() {
                return Err(
                    "multiagent.subagents.predefined_agents: must name at least one agent when inline_agents is disabled"
                        .into(),
                );
            }
            if list.len() > MAX_ROSTER {
                return Err(format!(
                    "multiagent.subagents.predefined_agents: at most {MAX_ROSTER} entries"
                ));
            }
            entries.extend(self::entries("multiagent.subagents.predefined_agents", &list, false)?);
            true
        }
    };
    Ok(Roster {
        form: Form::Combined { subagents },
        entries,
    })
}

/// An update of `multiagent` over the stored value: a `multiagent_20261001` update merges
/// into a stored `multiagent_20261001` level by level (sdk-2.10 §3.2); anything else replaces it.
pub fn merge_update(stored: Option<&Value>, update: &Value) -> Value {
    let combined = |v: &Value| v["type"] == "multiagent_20261001";
    match stored {
        Some(stored) if combined(stored) && combined(update) => merge_level(stored, update),
        _ => update.clone(),
    }
}

/// One level of the merge: an omitted key keeps its stored value, null takes the default (the
/// key goes), an object of the stored object's type merges, anything else replaces.
fn merge_level(stored: &Value, sent: &Value) -> Value {
    let mut out = stored.as_object().cloned().unwrap_or_default();
    for (k, v) in sent.as_object().into_iter().flatten() {
        match (out.get(k), v) {
            (_, Value::Null) => {
                out.remove(k);
            }
            (Some(old), Value::Object(_)) if old.is_object() && old.get("type") == v.get("type") => {
                let merged = merge_level(old, v);
                out.insert(k.clone(), merged);
            }
            _ => {
                out.insert(k.clone(), v.clone());
            }
        }
    }
    Value::Object(out)
}

impl Roster {
    /// Resolves the roster of `owner` (the coordinator being saved, at its new version): every
    /// agent reference pinned to a version, checked as the API checks it (the agent exists, is
    /// not archived and has no roster of its own; entries are distinct). The local server also
    /// needs distinct names, since the coordinator addresses its agents by name. Returns the
    /// value to save.
    pub fn resolve(&self, owner: &Agent, lookup: Lookup) -> Result<Value, String> {
        let mut ids = HashSet::new();
        let mut names = HashSet::new();
        let mut resolved = Vec::with_capacity(self.entries.len());
        let mut advisor = None;
        for (at, entry) in &self.entries {
            let (agent, reference) = match entry {
                Entry::Advisor { model } => {
                    advisor = Some(model.clone());
                    resolved.push(json!({"type": "advisor", "model": model}));
                    continue;
                }
                Entry::SelfRef => (
                    owner.clone(),
                    json!({"type": "agent", "id": owner.id, "version": owner.version}),
                ),
                Entry::Agent { id, version } => {
                    let agent = lookup(id, *version)?.ok_or_else(|| match version {
                        Some(v) => format!("{at}.version: agent {id} has no version {v}"),
                        None => format!("{at}.id: agent {id} not found"),
                    })?;
                    if agent.archived_at.is_some() {
                        return Err(format!("{at}: agent {id} is archived"));
                    }
                    if agent.id == owner.id {
                        return Err(format!(
                            "{at}: the agent itself is rostered with {{\"type\": \"self\"}}"
                        ));
                    }
                    if agent.multiagent.is_some() {
                        return Err(format!(
                            "{at}: agent {id} has a multiagent roster of its own; only one level of delegation is allowed"
                        ));
                    }
                    let reference = json!({"type": "agent", "id": agent.id, "version": agent.version});
                    (agent, reference)
                }
            };
            if !ids.insert(agent.id.clone()) {
                return Err(format!("{at}: agent {} is already in the roster", agent.id));
            }
            if agent.name == ADVISOR_NAME || !names.insert(agent.name.clone()) {
                return Err(format!(
                    "{at}: another roster agent is also named '{}' (the local server's coordinator addresses its agents by name, so names must differ)",
                    agent.name
                ));
            }
            if agent.model.inference_geo.is_some()
                && owner.model.inference_geo.is_some()
                && agent.model.inference_geo != owner.model.inference_geo
            {
                return Err(format!(
                    "{at}: agent {} pins inference_geo {:?}, the coordinator {:?}; a roster must agree",
                    agent.id,
                    agent.model.inference_geo.as_deref().unwrap_or_default(),
                    owner.model.inference_geo.as_deref().unwrap_or_default()
                ));
            }
            resolved.push(reference);
        }
        if self.delegates()
            && let Some(i) = owner
                .tools
                .iter()
                .position(|t| matches!(t, super::agents::Tool::Custom { name, .. } if name == DELEGATE_TOOL))
        {
            return Err(format!(
                "tools[{i}].name: '{DELEGATE_TOOL}' is the name of the coordinator's delegation tool"
            ));
        }
        Ok(match self.form {
            Form::Coordinator => json!({"type": "coordinator", "agents": resolved}),
            Form::Combined { subagents } => {
                let advisor = match advisor {
                    Some(model) => json!({"type": "enabled", "model": model}),
                    None => json!({"type": "disabled"}),
                };
                let predefined: Vec<Value> = resolved.into_iter().filter(|r| r["type"] == "agent").collect();
                let subagents = if subagents {
                    json!({"type": "enabled", "inline_agents": {"type": "disabled"}, "predefined_agents": predefined})
                } else {
                    json!({"type": "disabled"})
                };
                json!({"type": "multiagent_20261001", "advisor": advisor, "subagents": subagents,
                       "workflows": {"type": "disabled"}})
            }
        })
    }

    /// Whether the roster gives its agent anyone to delegate to (an advisor included).
    fn delegates(&self) -> bool {
        !self.entries.is_empty()
    }
}

/// The roster as a session runs it: each saved agent's full definition (the `self` entry is
/// the session's own agent, overrides included) and the advisor's model.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Team {
    pub agents: Vec<SessionAgent>,
    pub advisor: Option<String>,
}

impl Team {
    /// The team of a session's agent, from its saved roster; each agent is looked up at its
    /// pinned version.
    pub fn snapshot(coordinator: &SessionAgent, lookup: Lookup) -> Result<Self, String> {
        let Some(multiagent) = &coordinator.multiagent else {
            return Ok(Self::default());
        };
        let mut team = Team::default();
        for reference in saved_references(multiagent) {
            match reference["type"].as_str() {
                Some("advisor") => team.advisor = reference["model"].as_str().map(str::to_string),
                _ => {
                    let id = reference["id"].as_str().unwrap_or_default();
                    let version = reference["version"].as_u64().map(|v| v as u32);
                    let mut agent = if id == coordinator.id {
                        coordinator.clone()
                    } else {
                        let saved = lookup(id, version)?
                            .ok_or_else(|| format!("agent: roster agent {id} version {version:?} is gone"))?;
                        SessionAgent::snapshot(&saved)
                    };
                    agent.multiagent = None;
                    team.agents.push(agent);
                }
            }
        }
        Ok(team)
    }

    /// The team a session holds in its `agent.multiagent` (the session form).
    pub fn of(coordinator: &SessionAgent) -> Self {
        let mut team = Team::default();
        for entry in coordinator.multiagent.iter().flat_map(saved_references) {
            if entry["type"] == "advisor" {
                team.advisor = entry["model"].as_str().map(str::to_string);
            } else if let Ok(agent) = serde_json::from_value::<SessionAgent>(entry.clone()) {
                team.agents.push(agent);
            }
        }
        team
    }

    /// The session form of the saved roster `multiagent`: its entries replaced by this team's
    /// full definitions (without a roster of their own).
    pub fn session_form(&self, multiagent: &Value) -> Value {
        let mut full: Vec<Value> = self.agents.iter().map(thread_agent).collect();
        let mut out = multiagent.clone();
        if out["type"] == "coordinator" {
            if let Some(model) = &self.advisor {
                full.push(json!({"type": "advisor", "model": model}));
            }
            out["agents"] = json!(full);
        } else if out["subagents"]["type"] == "enabled" {
            out["subagents"]["predefined_agents"] = json!(full);
        }
        out
    }

    pub fn is_empty(&self) -> bool {
        self.agents.is_empty() && self.advisor.is_none()
    }

    pub fn agent(&self, name: &str) -> Option<&SessionAgent> {
        self.agents.iter().find(|a| a.name == name)
    }
}

/// The entries of a roster (saved or session form) in order: agents, then the advisor.
fn saved_references(multiagent: &Value) -> Vec<Value> {
    let list = if multiagent["type"] == "coordinator" {
        multiagent["agents"].as_array().cloned().unwrap_or_default()
    } else {
        let mut list = multiagent["subagents"]["predefined_agents"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        if multiagent["advisor"]["type"] == "enabled" {
            list.push(json!({"type": "advisor", "model": multiagent["advisor"]["model"]}));
        }
        list
    };
    let (mut agents, advisors): (Vec<Value>, Vec<Value>) = list.into_iter().partition(|e| e["type"] != "advisor");
    agents.extend(advisors);
    agents
}

/// A thread's agent as the API shows it: the session agent's fields without a roster.
pub fn thread_agent(agent: &SessionAgent) -> Value {
    let mut v = serde_json::to_value(agent).unwrap_or_default();
    if let Some(o) = v.as_object_mut() {
        o.remove("multiagent");
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::agents::AgentCreate;

    fn agent(id: &str, name: &str, body: Value) -> Agent {
        let mut body = body;
        body["name"] = json!(name);
        body["model"] = json!("claude-sonnet-4-6");
        let mut a = Agent::create(
            id.into(),
            "t".into(),
            serde_json::from_value::<AgentCreate>(body).unwrap(),
        )
        .unwrap();
        a.version = 2;
        a
    }

    fn saved() -> Vec<Agent> {
        vec![
            agent("agent_w1", "writer", json!({})),
            agent("agent_w2", "checker", json!({})),
            agent(
                "agent_lead",
                "lead2",
                json!({"multiagent": {"type": "coordinator", "agents": ["agent_w1"]}}),
            ),
        ]
    }

    fn resolve(multiagent: Value) -> Result<Value, String> {
        let all = saved();
        let lookup = move |id: &str, v: Option<u32>| {
            Ok(all
                .iter()
                .find(|a| a.id == id && v.is_none_or(|v| v == a.version))
                .cloned())
        };
        let owner = agent("agent_me", "me", json!({}));
        parse(&multiagent)?.resolve(&owner, &lookup)
    }

    #[test]
    fn a_coordinator_roster_resolves_to_pinned_versions() {
        let got = resolve(json!({"type": "coordinator", "agents": [
            "agent_w1", {"type": "agent", "id": "agent_w2", "version": 2}, {"type": "self"}, {"type": "advisor", "model": "claude-opus-4-8"}
        ]}))
        .unwrap();
        assert_eq!(
            got,
            json!({"type": "coordinator", "agents": [
                {"type": "agent", "id": "agent_w1", "version": 2},
                {"type": "agent", "id": "agent_w2", "version": 2},
                {"type": "agent", "id": "agent_me", "version": 2},
                {"type": "advisor", "model": "claude-opus-4-8"}
            ]})
        );
    }

    #[test]
    fn bad_rosters_name_the_field() {
        let many: Vec<Value> = (0..21).map(|i| json!(format!("agent_{i}"))).collect();
        let cases = [
            (
                json!({"type": "coordinator", "agents": []}),
                "multiagent.agents: must hold 1 to 20",
            ),
            (
                json!({"type": "coordinator", "agents": many}),
                "multiagent.agents: must hold 1 to 20",
            ),
            (
                json!({"type": "coordinator", "agents": ["agent_nope"]}),
                "multiagent.agents[0].id: agent agent_nope not found",
            ),
            (
                json!({"type": "coordinator", "agents": [{"type": "agent", "id": "agent_w1", "version": 7}]}),
                "multiagent.agents[0].version: agent agent_w1 has no version 7",
            ),
            (
                json!({"type": "coordinator", "agents": ["agent_lead"]}),
                "multiagent.agents[0]: agent agent_lead has a multiagent roster",
            ),
            (
                json!({"type": "coordinator", "agents": ["agent_w1", "agent_w1"]}),
                "multiagent.agents[1]: agent agent_w1 is already",
            ),
            (
                json!({"type": "coordinator", "agents": [{"type": "self"}, {"type": "self"}]}),
                "multiagent.agents[1]: at most one self",
            ),
            (
                json!({"type": "coordinator", "agents": [{"type": "agent"}]}),
                "multiagent.agents[0].id: required",
            ),
            (
                json!({"type": "coordinator", "agents": [{"type": "bot"}]}),
                "multiagent.agents[0].type",
            ),
            (json!({"type": "team", "agents": []}), "multiagent.type"),
            (
                json!({"type": "coordinator", "agents": ["agent_w1"], "x": 1}),
                "multiagent.x: unknown field",
            ),
            (json!({"type": "multiagent_20261001"}), "multiagent.workflows"),
            (
                json!({"type": "multiagent_20261001", "workflows": {"type": "disabled"}}),
                "multiagent.subagents.inline_agents",
            ),
            (
                json!({"type": "multiagent_20261001", "workflows": {"type": "disabled"},
                       "subagents": {"type": "enabled", "inline_agents": {"type": "disabled"}}}),
                "multiagent.subagents.predefined_agents: must name at least one",
            ),
        ];
        for (roster, expected) in cases {
            let e = resolve(roster.clone()).unwrap_err();
            assert!(e.starts_with(expected), "{roster}: {e}");
        }
    }

    #[test]
    fn the_combined_form_resolves_and_merges_level_by_level() {
        let sent = json!({"type": "multiagent_20261001", "workflows": {"type": "disabled"},
            "advisor": {"type": "enabled", "model": "claude-opus-4-8"},
            "subagents": {"type": "enabled", "inline_agents": {"type": "disabled"}, "predefined_agents": ["agent_w1"]}});
        let saved = resolve(sent).unwrap();
        assert_eq!(
            saved["subagents"]["predefined_agents"],
            json!([{"type": "agent", "id": "agent_w1", "version": 2}])
        );
        assert_eq!(saved["advisor"], json!({"type": "enabled", "model": "claude-opus-4-8"}));
        let update = json!({"type": "multiagent_20261001", "advisor": null,
            "subagents": {"type": "enabled", "predefined_agents": ["agent_w2"]}});
        let merged = merge_update(Some(&saved), &update);
        let again = resolve(merged).unwrap();
        assert_eq!(again["advisor"], json!({"type": "disabled"}), "null takes the default");
        assert_eq!(
            again["subagents"]["inline_agents"],
            json!({"type": "disabled"}),
            "omitted keys keep theirs"
        );
        assert_eq!(
            again["subagents"]["predefined_agents"][0]["id"], "agent_w2",
            "a sent list replaces"
        );
        let replaced = merge_update(Some(&saved), &json!({"type": "coordinator", "agents": ["agent_w2"]}));
        assert_eq!(replaced["type"], "coordinator");
    }
}
