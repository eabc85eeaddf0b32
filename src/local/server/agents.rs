//! `/v1/agents`: create, retrieve (any version), update as a patch, list, archive, versions.

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};

use super::http::{Answer, Failure, Query, json, object, page, raw_json, typed};
use super::{Shared, parse_body, skills};
use crate::api::agents::{Agent, AgentCreate};
use crate::api::error::ApiError;
use crate::api::multiagent;

pub async fn create(State(s): State<Shared>, body: Bytes) -> Answer {
    let params: AgentCreate = typed(object(&body)?)?;
    let mut agent = Agent::create(crate::api::new_id("agent"), crate::api::now(), params)?;
    resolve_roster(&s, &mut agent)?;
    agent.skills = skills::check_agent_skills(&s.log.store, "skills", &agent.skills)?;
    let body = serde_json::to_string(&agent).map_err(|e| ApiError::internal(e.to_string()))?;
    s.log
        .store
        .insert_agent(&agent.id, agent.version, &agent.created_at, &body)?;
    Ok(raw_json(body))
}

/// The latest version of an agent (or `version`), or a 404 naming it.
pub fn load(s: &Shared, id: &str, version: Option<u32>) -> Result<Agent, Failure> {
    match s.log.store.agent(id, version)? {
        Some(body) => parse_body(&body),
        None => Err(missing(id, version)),
    }
}

fn missing(id: &str, version: Option<u32>) -> Failure {
    ApiError::not_found(match version {
        Some(v) => format!("agent {id} has no version {v}"),
        None => format!("agent {id} not found"),
    })
    .into()
}

pub async fn retrieve(State(s): State<Shared>, Path(id): Path<String>, RawQuery(q): RawQuery) -> Answer {
    let q = Query::parse(q.as_deref());
    let version = match q.int("version")? {
        Some(v) if v >= 1 => Some(v as u32),
        Some(_) => return Err(ApiError::invalid("version: must be an integer >= 1").into()),
        None => None,
    };
    match s.log.store.agent(&id, version)? {
        Some(body) => Ok(raw_json(body)),
        None => Err(missing(&id, version)),
    }
}

pub async fn update(State(s): State<Shared>, Path(id): Path<String>, body: Bytes) -> Answer {
    let mut patch = object(&body)?;
    if let Some(serde_json::Value::Array(list)) = patch.get("skills") {
        let checked = skills::check_agent_skills(&s.log.store, "skills", list)?;
        patch.insert("skills".into(), checked.into());
    }
    let mut agent = load(&s, &id, None)?;
    if agent.archived_at.is_some() {
        return Err(ApiError::invalid(format!("agent {id} is archived and cannot be updated")).into());
    }
    let expected = match patch.get("version") {
        None | Some(serde_json::Value::Null) => None,
        Some(v) => Some(
            v.as_u64()
                .filter(|v| *v >= 1)
                .ok_or("version: must be an integer >= 1".to_string())? as u32,
        ),
    };
    if let Some(v) = expected
        && v != agent.version
    {
        return Err(stale(&id, v, agent.version).into());
    }
    let current = agent.version;
    if !agent.apply_update(&patch)? {
        // An update that changes nothing makes no new version.
        return json(&agent);
    }
    agent.version = current + 1;
    if patch.contains_key("multiagent") {
        resolve_roster(&s, &mut agent)?;
    } else {
        pin_self(&mut agent);
    }
    agent.updated_at = crate::api::now();
    let body = serde_json::to_string(&agent).map_err(|e| ApiError::internal(e.to_string()))?;
    if !s.log.store.add_agent_version(&id, current, agent.version, &body)? {
        let now = load(&s, &id, None)?.version;
        return Err(stale(&id, expected.unwrap_or(current), now).into());
    }
    Ok(raw_json(body))
}

/// Resolves the roster of an agent being saved (at its new version): references pinned to
/// versions and checked against the agents stored here.
fn resolve_roster(s: &Shared, agent: &mut Agent) -> Result<(), Failure> {
    let Some(multiagent) = &agent.multiagent else {
        return Ok(());
    };
    let lookup = |id: &str, version: Option<u32>| -> Result<Option<Agent>, String> {
        match s.log.store.agent(id, version) {
            Ok(Some(body)) => serde_json::from_str(&body).map(Some).map_err(|e| e.to_string()),
            Ok(None) => Ok(None),
            Err(e) => Err(format!("multiagent: the local store failed: {e}")),
        }
    };
    let resolved = multiagent::parse(multiagent)?.resolve(agent, &lookup)?;
    agent.multiagent = Some(resolved);
    Ok(())
}

/// A roster's `self` entry names the version being saved: rosters are snapshotted on save.
fn pin_self(agent: &mut Agent) {
    let (id, version) = (agent.id.clone(), agent.version);
    let entries = agent.multiagent.as_mut().and_then(|m| match m["type"].as_str() {
        Some("coordinator") => m["agents"].as_array_mut(),
        _ => m["subagents"]["predefined_agents"].as_array_mut(),
    });
    for entry in entries.into_iter().flatten().filter(|e| e["id"] == id.as_str()) {
        entry["version"] = version.into();
    }
}

fn stale(id: &str, expected: u32, current: u32) -> ApiError {
    ApiError::conflict(format!(
        "version: agent {id} is at version {current}, not {expected}; retrieve it and apply your change again"
    ))
}

pub async fn list(State(s): State<Shared>, RawQuery(q): RawQuery) -> Answer {
    let q = Query::parse(q.as_deref()).list(true, 100)?;
    Ok(page(s.log.store.list_agents(&q)?, &q, false))
}

/// Archives the agent, and with it the deployments that run it.
pub async fn archive(State(s): State<Shared>, Path(id): Path<String>) -> Answer {
    let agent = load(&s, &id, None)?;
    if agent.archived_at.is_none() {
        s.log.store.archive_agent(&id, &crate::api::now())?;
    }
    super::deployments::archive_for_agent(&s, &id).await?;
    json(&load(&s, &id, None)?)
}

pub async fn versions(State(s): State<Shared>, Path(id): Path<String>, RawQuery(q): RawQuery) -> Answer {
    load(&s, &id, None)?;
    let q = Query::parse(q.as_deref()).list(true, 100)?;
    Ok(page(s.log.store.list_agent_versions(&id, &q)?, &q, false))
}
