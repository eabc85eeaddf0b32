//! `/v1/deployments` and `/v1/deployment_runs`: create, retrieve, update, list, archive, pause,
//! unpause, run; and the runs' records. What a deployment refers to (agent, environment, vaults,
//! files, memory stores, skills) is checked when it is created or updated, and again by each run,
//! which records what it finds unusable as the API's run error type. The schedule is kept by
//! [`super::scheduler`]; every change here wakes it.

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use rusqlite::types::Value as Sql;

use super::http::{Answer, Failure, Query, json, object, page, raw_json, typed};
use super::{Shared, agents, environments, files, parse_body, scheduler, skills, vaults};
use crate::api::deployments::{
    AgentPin, Deployment, DeploymentCreate, DeploymentRun, DeploymentUpdate, PausedReason, RunError, Tokens,
    parse_agent,
};
use crate::api::error::ApiError;
use crate::api::events::parse_client_event;
use crate::api::memory_stores::MemoryStore;
use crate::api::vaults::Vault;
use crate::local::store::DeploymentRow;

pub async fn create(State(s): State<Shared>, body: Bytes) -> Answer {
    let params: DeploymentCreate = typed(object(&body)?)?;
    let (agent_id, version) = parse_agent(&params.agent)?;
    // The body's own checks first; the agent's version is pinned below.
    let (mut deployment, tokens) = Deployment::create(
        crate::api::new_id("depl"),
        crate::api::now_time(),
        params,
        AgentPin::new(&agent_id, version.unwrap_or(1)),
    )?;
    deployment.agent = pin_agent(&s, &agent_id, version)?;
    check_references(&s, &deployment, Refs::ALL)
        .await
        .map_err(Unusable::api)?;
    let record = Record::new(&deployment, &tokens)?;
    {
        let _changing = s.scheduler.lock().await;
        s.log.store.insert_deployment(&record.row(&deployment))?;
    }
    s.scheduler.wake();
    Ok(raw_json(record.body))
}

/// The agent at `version`, or its latest: it must exist and not be archived.
fn pin_agent(s: &Shared, id: &str, version: Option<u32>) -> Result<AgentPin, Failure> {
    let agent = agents::load(s, id, version).map_err(|f| prefixed("agent", f))?;
    if agent.archived_at.is_some() {
        return Err(ApiError::invalid(format!("agent: {id} is archived")).into());
    }
    Ok(AgentPin::new(&agent.id, agent.version))
}

fn prefixed(field: &str, f: Failure) -> Failure {
    ApiError::new(f.0.status, f.0.kind, format!("{field}: {}", f.0.message)).into()
}

/// A deployment's body and its resources' tokens, serialised for its row.
pub(super) struct Record {
    pub body: String,
    secrets: String,
}

impl Record {
    pub fn new(d: &Deployment, tokens: &Tokens) -> Result<Self, Failure> {
        let text =
            |v: Result<String, serde_json::Error>| v.map_err(|e| Failure::from(ApiError::internal(e.to_string())));
        Ok(Self {
            body: text(serde_json::to_string(d))?,
            secrets: text(serde_json::to_string(tokens))?,
        })
    }

    pub fn row<'a>(&'a self, d: &'a Deployment) -> DeploymentRow<'a> {
        DeploymentRow {
            id: &d.id,
            agent_id: &d.agent.id,
            status: &d.status,
            archived: d.archived_at.is_some(),
            created_at: &d.created_at,
            next_run_at: d.next_tick(),
            body: &self.body,
            secrets: &self.secrets,
        }
    }
}

/// A deployment and its resources' tokens.
pub(super) fn load(s: &Shared, id: &str) -> Result<(Deployment, Tokens), Failure> {
    match s.log.store.deployment(id)? {
        Some(stored) => Ok((parse_body(&stored.body)?, parse_body(&stored.secrets)?)),
        None => Err(ApiError::not_found(format!("deployment {id} not found")).into()),
    }
}

/// Stores a changed deployment (its row already exists).
pub(super) fn save(s: &Shared, d: &Deployment, tokens: &Tokens) -> Result<String, Failure> {
    let record = Record::new(d, tokens)?;
    s.log.store.put_deployment(&record.row(d))?;
    Ok(record.body)
}

/// Archive is final: an archived deployment is not changed, paused, unpaused or run.
fn refuse_archived(d: &Deployment, what: &str) -> Result<(), Failure> {
    match d.archived_at {
        Some(_) => Err(ApiError::invalid(format!(
            "deployment {} is archived, which is final: it cannot be {what}",
            d.id
        ))
        .into()),
        None => Ok(()),
    }
}

pub async fn retrieve(State(s): State<Shared>, Path(id): Path<String>) -> Answer {
    match s.log.store.deployment(&id)? {
        Some(stored) => Ok(raw_json(stored.body)),
        None => Err(ApiError::not_found(format!("deployment {id} not found")).into()),
    }
}

pub async fn update(State(s): State<Shared>, Path(id): Path<String>, body: Bytes) -> Answer {
    let patch: DeploymentUpdate = typed(object(&body)?)?;
    let agent = match &patch.agent {
        None => None,
        Some(v) => {
            let (agent_id, version) = parse_agent(v)?;
            Some(pin_agent(&s, &agent_id, version)?)
        }
    };
    let refs = Refs {
        agent: agent.is_some(),
        environment: patch.environment_id.is_some(),
        vaults: patch.vault_ids.is_some(),
        resources: patch.resources.is_some(),
        events: patch.initial_events.is_some(),
    };
    let body = {
        let _changing = s.scheduler.lock().await;
        let (mut d, mut tokens) = load(&s, &id)?;
        refuse_archived(&d, "updated")?;
        d.apply_update(&patch, agent, &mut tokens, crate::api::now_time())?;
        check_references(&s, &d, refs).await.map_err(Unusable::api)?;
        d.updated_at = crate::api::now();
        save(&s, &d, &tokens)?
    };
    s.scheduler.wake();
    Ok(raw_json(body))
}

pub async fn list(State(s): State<Shared>, RawQuery(q): RawQuery) -> Answer {
    let query = Query::parse(q.as_deref());
    let mut q = query.list(true, 100)?;
    if let Some(agent) = query.get("agent_id") {
        q.filters.push(("agent_id", vec![Sql::Text(agent.to_string())]));
    }
    if let Some(status) = query.get("status") {
        if !["active", "paused"].contains(&status) {
            return Err(ApiError::invalid(format!("status: must be active or paused, not '{status}'")).into());
        }
        if q.include_archived {
            return Err(ApiError::invalid(
                "status: cannot be combined with include_archived (archived deployments report active)",
            )
            .into());
        }
        q.filters.push(("status", vec![Sql::Text(status.to_string())]));
    }
    Ok(page(s.log.store.list_deployments(&q)?, &q, false))
}

/// Archives a deployment: no more runs, no upcoming ticks; final. It reports `active` with
/// `archived_at` set, as the API has it; `last_run_at` stays.
pub async fn archive(State(s): State<Shared>, Path(id): Path<String>) -> Answer {
    let body = {
        let _changing = s.scheduler.lock().await;
        let (mut d, tokens) = load(&s, &id)?;
        if d.archived_at.is_some() {
            return json(&d);
        }
        archive_in_place(&mut d);
        save(&s, &d, &tokens)?
    };
    s.scheduler.wake();
    Ok(raw_json(body))
}

fn archive_in_place(d: &mut Deployment) {
    let now = crate::api::now();
    d.archived_at = Some(now.clone());
    d.updated_at = now;
    d.status = "active".into();
    d.paused_reason = None;
    // Archived: no upcoming ticks.
    d.replan(crate::api::now_time());
}

/// Archives the deployments of an archived agent.
pub(super) async fn archive_for_agent(s: &Shared, agent_id: &str) -> Result<(), Failure> {
    {
        let _changing = s.scheduler.lock().await;
        for id in s.log.store.active_deployments_of_agent(agent_id)? {
            let (mut d, tokens) = load(s, &id)?;
            archive_in_place(&mut d);
            save(s, &d, &tokens)?;
            tracing::info!("deployment {id}: archived with its agent {agent_id}");
        }
    }
    s.scheduler.wake();
    Ok(())
}

/// Pauses the schedule; manual runs still work. Ticks that pass while paused never run.
pub async fn pause(State(s): State<Shared>, Path(id): Path<String>) -> Answer {
    let body = {
        let _changing = s.scheduler.lock().await;
        let (mut d, tokens) = load(&s, &id)?;
        refuse_archived(&d, "paused")?;
        if d.status == "paused" {
            return Err(ApiError::conflict(format!("deployment {id} is already paused")).into());
        }
        d.status = "paused".into();
        d.paused_reason = Some(PausedReason::Manual);
        d.updated_at = crate::api::now();
        save(&s, &d, &tokens)?
    };
    s.scheduler.wake();
    Ok(raw_json(body))
}

/// Resumes the schedule from its next tick: the ones that passed while paused are not made up.
pub async fn unpause(State(s): State<Shared>, Path(id): Path<String>) -> Answer {
    let body = {
        let _changing = s.scheduler.lock().await;
        let (mut d, tokens) = load(&s, &id)?;
        refuse_archived(&d, "unpaused")?;
        if d.status != "paused" {
            return Err(ApiError::conflict(format!("deployment {id} is not paused")).into());
        }
        d.status = "active".into();
        d.paused_reason = None;
        d.plan(crate::api::now_time())?;
        d.updated_at = crate::api::now();
        save(&s, &d, &tokens)?
    };
    s.scheduler.wake();
    Ok(raw_json(body))
}

/// Starts a session now, paused or not, and answers its run (with its error when the session
/// could not be made). A manual run that fails does not pause the deployment: the caller has
/// the error in hand, and the API pauses on scheduled failures only.
pub async fn run(State(s): State<Shared>, Path(id): Path<String>) -> Answer {
    let claimed = {
        let _changing = s.scheduler.lock().await;
        let (d, _) = load(&s, &id)?;
        refuse_archived(&d, "run")?;
        scheduler::claim_manual(&s, &d)?
    };
    // Finished on a task of its own, so that a client that hangs up leaves no run pending.
    let finished = tokio::spawn(scheduler::finish(s.clone(), claimed))
        .await
        .map_err(|e| ApiError::internal(format!("the run stopped: {e}")))??;
    json(&finished)
}

pub async fn retrieve_run(State(s): State<Shared>, Path(id): Path<String>) -> Answer {
    match s.log.store.deployment_run(&id)? {
        Some(body) => Ok(raw_json(body)),
        None => Err(ApiError::not_found(format!("deployment run {id} not found")).into()),
    }
}

pub async fn list_runs(State(s): State<Shared>, RawQuery(q): RawQuery) -> Answer {
    let query = Query::parse(q.as_deref());
    let mut q = query.list(true, 1000)?;
    if let Some(deployment) = query.get("deployment_id") {
        q.filters
            .push(("deployment_id", vec![Sql::Text(deployment.to_string())]));
    }
    if query.get("has_error").is_some() {
        let has = query.bool("has_error")?;
        q.filters.push(("has_error", vec![Sql::Integer(i64::from(has))]));
    }
    if let Some(trigger) = query.get("trigger_type") {
        if !["schedule", "manual"].contains(&trigger) {
            return Err(ApiError::invalid(format!("trigger_type: must be schedule or manual, not '{trigger}'")).into());
        }
        q.filters.push(("trigger_type", vec![Sql::Text(trigger.to_string())]));
    }
    Ok(page(s.log.store.list_deployment_runs(&q)?, &q, false))
}

/// Which references to check: all of them at create and at each run, those an update gives.
#[derive(Clone, Copy)]
pub(super) struct Refs {
    agent: bool,
    environment: bool,
    vaults: bool,
    resources: bool,
    events: bool,
}

impl Refs {
    pub const ALL: Refs = Refs {
        agent: true,
        environment: true,
        vaults: true,
        resources: true,
        events: true,
    };
}

/// A reference a run cannot use: the run error type the API gives it, and the status a create
/// or update answers it with.
pub(super) struct Unusable {
    kind: &'static str,
    status: u16,
    message: String,
}

impl Unusable {
    fn missing(kind: &'static str, message: String) -> Self {
        Self {
            kind,
            status: 404,
            message,
        }
    }

    fn invalid(kind: &'static str, message: String) -> Self {
        Self {
            kind,
            status: 400,
            message,
        }
    }

    /// As another check's failure says it, typed `kind`.
    fn from_failure(kind: &'static str, f: Failure) -> Self {
        Self {
            kind,
            status: f.0.status,
            message: f.0.message,
        }
    }

    pub fn api(self) -> Failure {
        let kind = match self.status {
            404 => "not_found_error",
            s if s >= 500 => "api_error",
            _ => "invalid_request_error",
        };
        ApiError::new(self.status, kind, self.message).into()
    }

    pub fn run_error(self) -> RunError {
        RunError {
            kind: self.kind.into(),
            message: self.message,
        }
    }
}

/// Checks what a deployment refers to, as a session made from it now would need it.
pub(super) async fn check_references(s: &Shared, d: &Deployment, refs: Refs) -> Result<(), Unusable> {
    let store = &s.log.store;
    let failed = |f: Failure| Unusable::from_failure("unknown_error", f);
    if refs.agent {
        let agent = agents::load(s, &d.agent.id, Some(d.agent.version))
            .map_err(|f| Unusable::from_failure("session_creation_rejected_error", prefixed("agent", f)))?;
        if agent.archived_at.is_some() {
            return Err(Unusable::invalid(
                "agent_archived_error",
                format!("agent: {} is archived", agent.id),
            ));
        }
        skills::resolve_for_session(store, &agent.skills)
            .map_err(|f| Unusable::from_failure("skill_not_found_error", f))?;
    }
    if refs.environment {
        let env = environments::load(s, &d.environment_id).map_err(|f| {
            Unusable::missing(
                "environment_not_found_error",
                format!("environment_id: {}", f.0.message),
            )
        })?;
        if env.archived_at.is_some() {
            return Err(Unusable::invalid(
                "environment_archived_error",
                format!("environment_id: {} is archived", env.id),
            ));
        }
    }
    if refs.vaults {
        for (i, id) in d.vault_ids.iter().enumerate() {
            let at = format!("vault_ids[{i}]");
            let Some(body) = store.vault(id).map_err(|e| failed(e.into()))? else {
                return Err(Unusable::missing(
                    "vault_not_found_error",
                    format!("{at}: vault {id} not found"),
                ));
            };
            let vault: Vault = parse_body(&body).map_err(failed)?;
            if vault.archived_at.is_some() {
                return Err(Unusable::invalid(
                    "vault_archived_error",
                    format!("{at}: vault {id} is archived"),
                ));
            }
            vaults::check_usable(s, &at, id)
                .map_err(|f| Unusable::from_failure("session_creation_rejected_error", f))?;
        }
    }
    if refs.resources {
        for (i, r) in d.resources.iter().enumerate() {
            let at = format!("resources[{i}]");
            match r["type"].as_str() {
                Some("file") => {
                    let id = r["file_id"].as_str().unwrap_or_default();
                    files::load(s, id).map_err(|f| {
                        Unusable::missing("file_not_found_error", format!("{at}.file_id: {}", f.0.message))
                    })?;
                }
                Some("memory_store") => {
                    let id = r["memory_store_id"].as_str().unwrap_or_default();
                    let Some(body) = store.memory_store(id).map_err(|e| failed(e.into()))? else {
                        return Err(Unusable::missing(
                            "session_resource_not_found_error",
                            format!("{at}.memory_store_id: memory store {id} not found"),
                        ));
                    };
                    let memory_store: MemoryStore = parse_body(&body).map_err(failed)?;
                    if memory_store.archived_at.is_some() {
                        return Err(Unusable::invalid(
                            "memory_store_archived_error",
                            format!("{at}.memory_store_id: memory store {id} is archived"),
                        ));
                    }
                }
                _ => {}
            }
        }
    }
    if refs.events {
        for (i, raw) in d.initial_events.iter().enumerate() {
            let Some(file_id) = raw["rubric"]["file_id"]
                .as_str()
                .filter(|_| raw["rubric"]["type"] == "file")
            else {
                continue;
            };
            let at = format!("initial_events[{i}]");
            files::load(s, file_id).map_err(|f| {
                Unusable::missing("file_not_found_error", format!("{at}.rubric.file_id: {}", f.0.message))
            })?;
            // That it holds a rubric's text.
            let mut event =
                parse_client_event(i, raw).map_err(|m| Unusable::invalid("session_creation_rejected_error", m))?;
            super::events::resolve_file_rubric(s, &at, &mut event)
                .await
                .map_err(|f| Unusable::from_failure("session_creation_rejected_error", f))?;
        }
    }
    Ok(())
}

/// What a finished run's body says, for the answer of a manual run.
pub(super) fn run_body(run: &DeploymentRun) -> Result<String, Failure> {
    serde_json::to_string(run).map_err(|e| ApiError::internal(e.to_string()).into())
}
