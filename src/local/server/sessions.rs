//! `/v1/sessions`: create (from an agent id, a pinned version, or with overrides), retrieve,
//! update, list, archive, delete.

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use rusqlite::types::Value as Sql;
use serde_json::json;

use super::http::{Answer, Failure, Query, json, object, page, raw_json, typed};
use super::{Shared, agents, environments, parse_body, session_resources, skills, vaults};
use crate::api::Deleted;
use crate::api::agents::Agent;
use crate::api::error::ApiError;
use crate::api::events::{Event, parse_client_event};
use crate::api::multiagent::Team;
use crate::api::sessions::{AgentRef, Session, SessionAgent, SessionCreate};
use crate::local::log::Frame;
use crate::local::store::SessionRow;

pub async fn create(State(s): State<Shared>, body: Bytes) -> Answer {
    let params: SessionCreate = typed(object(&body)?)?;
    let launch = Launch {
        id: crate::api::new_id("sesn"),
        deployment_id: None,
    };
    json(&start(&s, &params, launch).await?)
}

/// What a new session is started for: `POST /v1/sessions`, or a deployment's run.
pub struct Launch<'a> {
    /// The new session's id (a run plans it when it claims its tick).
    pub id: String,
    /// The deployment whose run starts the session: set as its `deployment_id`, and its initial
    /// events may end with a `system.message`, as a deployment's may.
    pub deployment_id: Option<&'a str>,
}

/// Creates a session, checking everything `POST /v1/sessions` checks: the one path by which
/// sessions are made, for the API and for deployments' runs alike.
pub async fn start(s: &Shared, params: &SessionCreate, launch: Launch<'_>) -> Result<Session, Failure> {
    let agent_ref = AgentRef::parse(&params.agent)?;
    let agent = agents::load(s, &agent_ref.id, agent_ref.version)?;
    if agent.archived_at.is_some() {
        return Err(ApiError::invalid(format!("agent: {} is archived", agent.id)).into());
    }
    let env = environments::load(s, &params.environment_id)?;
    if env.archived_at.is_some() {
        return Err(ApiError::invalid(format!("environment_id: {} is archived", env.id)).into());
    }
    let mut snapshot = SessionAgent::snapshot(&agent);
    snapshot.apply_overrides(&agent_ref.overrides)?;
    if let Some(saved) = snapshot.multiagent.clone() {
        let lookup = |id: &str, version: Option<u32>| -> Result<Option<Agent>, String> {
            agents::load(s, id, version).map(Some).map_err(|f| f.0.message)
        };
        let team = Team::snapshot(&snapshot, &lookup)?;
        if team.advisor.is_some() {
            return Err(ApiError::invalid(
                "agent: its multiagent roster has an advisor, which the local server does not run; remove the advisor entry",
            )
            .into());
        }
        if env.config["type"] == "self_hosted" {
            return Err(ApiError::invalid(format!(
                "environment_id: {} is self-hosted; the local server runs multi-agent sessions only in its own environments",
                env.id
            ))
            .into());
        }
        // Threads share the session's mounts, which hold the coordinator's skills only.
        if let Some(other) = team.agents.iter().find(|a| a.id != snapshot.id && !a.skills.is_empty()) {
            return Err(ApiError::invalid(format!(
                "agent: roster agent {} ({}) has skills, which the local server mounts only for the coordinator; remove them from that agent",
                other.name, other.id
            ))
            .into());
        }
        snapshot.multiagent = Some(team.session_form(&saved));
    }
    // The session keeps the skill versions that are newest now.
    snapshot.skills = skills::resolve_for_session(&s.log.store, &snapshot.skills)?;
    for (i, vault_id) in params.vault_ids.iter().flatten().enumerate() {
        vaults::check_usable(s, &format!("vault_ids[{i}]"), vault_id)?;
    }
    let initial = params.initial_events.clone().unwrap_or_default();
    if initial.len() > 50 {
        return Err(ApiError::invalid("initial_events: at most 50 events").into());
    }
    let allowed: &[&str] = match launch.deployment_id {
        None => &["user.message", "user.define_outcome"],
        Some(_) => &["user.message", "user.define_outcome", "system.message"],
    };
    let mut events = Vec::with_capacity(initial.len());
    for (i, e) in initial.iter().enumerate() {
        let mut event = parse_client_event(i, e).map_err(|m| m.replacen("events[", "initial_events[", 1))?;
        super::events::resolve_file_rubric(s, &format!("initial_events[{i}]"), &mut event).await?;
        if !allowed.contains(&event.kind.as_str()) {
            return Err(ApiError::invalid(format!(
                "initial_events[{i}].type: only user.message and user.define_outcome are allowed"
            ))
            .into());
        }
        if event.kind == "user.define_outcome" && events.iter().any(|e: &Event| e.kind == event.kind) {
            return Err(ApiError::invalid(format!(
                "initial_events[{i}]: one outcome at a time; define the next after the first's last evaluation"
            ))
            .into());
        }
        events.push(event);
    }
    let mut session = Session::new(launch.id, crate::api::now(), snapshot, params)?;
    session.deployment_id = launch.deployment_id.map(str::to_string);
    let resources =
        session_resources::create_all(s, &session.id, params.resources.as_deref().unwrap_or_default()).await?;
    let row = SessionRow {
        id: &session.id,
        agent_id: &session.agent.id,
        agent_version: session.agent.version,
        environment_id: &session.environment_id,
        created_at: &session.created_at,
        deployment_id: session.deployment_id.as_deref(),
    };
    if let Err(e) = s
        .log
        .store
        .insert_session_with_resources(&row, &to_string(&session)?, &resources)
    {
        s.resources.forget(&session.id);
        return Err(e.into());
    }
    if !events.is_empty() {
        s.log.append(&session.id, events)?;
        s.runner.wake(&session.id);
    }
    load(s, &session.id)
}

fn to_string(session: &Session) -> Result<String, Failure> {
    serde_json::to_string(session).map_err(|e| ApiError::internal(e.to_string()).into())
}

pub fn load(s: &Shared, id: &str) -> Result<Session, Failure> {
    match s.log.store.session(id)? {
        Some(body) => parse_body(&body),
        None => Err(ApiError::not_found(format!("session {id} not found")).into()),
    }
}

pub async fn retrieve(State(s): State<Shared>, Path(id): Path<String>) -> Answer {
    match s.log.store.session(&id)? {
        Some(body) => Ok(raw_json(body)),
        None => Err(ApiError::not_found(format!("session {id} not found")).into()),
    }
}

pub async fn update(State(s): State<Shared>, Path(id): Path<String>, body: Bytes) -> Answer {
    let patch = object(&body)?;
    let mut session = load(&s, &id)?;
    if session.archived_at.is_some() {
        return Err(ApiError::invalid(format!("session {id} is archived and cannot be updated")).into());
    }
    if let Some(changed) = session.apply_update(&patch)? {
        session.updated_at = crate::api::now();
        s.log.store.put_session(&id, false, &to_string(&session)?)?;
        s.log.append(&id, vec![Event::new("session.updated", json!(changed))])?;
    }
    json(&load(&s, &id)?)
}

pub async fn list(State(s): State<Shared>, RawQuery(q): RawQuery) -> Answer {
    let query = Query::parse(q.as_deref());
    let mut q = query.list(true, 100)?;
    if let Some(agent) = query.get("agent_id") {
        q.filters.push(("agent_id", vec![Sql::Text(agent.to_string())]));
        if let Some(v) = query.int("agent_version")? {
            q.filters.push(("agent_version", vec![Sql::Integer(v)]));
        }
    } else if query.get("agent_version").is_some() {
        return Err(ApiError::invalid("agent_version: only allowed together with agent_id").into());
    }
    if let Some(deployment) = query.get("deployment_id") {
        q.filters
            .push(("deployment_id", vec![Sql::Text(deployment.to_string())]));
    }
    let statuses = query.all("statuses");
    if !statuses.is_empty() {
        if let Some(bad) = statuses
            .iter()
            .find(|s| !["rescheduling", "running", "idle", "terminated"].contains(s))
        {
            return Err(ApiError::invalid(format!(
                "statuses: '{bad}' is not one of rescheduling, running, idle, terminated"
            ))
            .into());
        }
        q.filters
            .push(("status", statuses.iter().map(|v| Sql::Text(v.to_string())).collect()));
    }
    Ok(page(s.log.store.list_sessions(&q)?, &q, true))
}

fn refuse_running(session: &Session, what: &str) -> Result<(), Failure> {
    if session.status == "running" {
        return Err(ApiError::conflict(format!(
            "session {} is running; interrupt it and wait for idle before you {what} it",
            session.id
        ))
        .into());
    }
    Ok(())
}

pub async fn archive(State(s): State<Shared>, Path(id): Path<String>) -> Answer {
    let mut session = load(&s, &id)?;
    if session.archived_at.is_none() {
        refuse_running(&session, "archive")?;
        let now = crate::api::now();
        session.archived_at = Some(now.clone());
        session.updated_at = now;
        s.log.store.put_session(&id, true, &to_string(&session)?)?;
        s.log
            .append(&id, vec![Event::new("session.status_terminated", json!({}))])?;
        s.runner.forget(&id);
    }
    json(&load(&s, &id)?)
}

pub async fn delete(State(s): State<Shared>, Path(id): Path<String>) -> Answer {
    let session = load(&s, &id)?;
    refuse_running(&session, "delete")?;
    s.runner.forget(&id);
    s.log.store.delete_session(&id)?;
    // Ends open streams: the event is sent, not stored (the log is gone with the session).
    let deleted = Event {
        processed_at: Some(crate::api::now()),
        ..Event::new("session.deleted", json!({}))
    };
    s.log.publish(
        &id,
        Frame {
            kind: deleted.kind.clone(),
            id: Some(deleted.id.clone()),
            data: serde_json::to_string(&deleted).unwrap_or_default(),
            preview: false,
            thread: None,
            on_primary: true,
        },
    );
    s.log.close(&id);
    json(&Deleted {
        id,
        kind: "session_deleted".into(),
    })
}
