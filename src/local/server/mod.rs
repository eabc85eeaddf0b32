//! `ant local serve`: the Managed Agents API on loopback. The server validates, stores and
//! streams; what makes sessions do work sits behind [`SessionRunner`], which it only wakes.

mod agents;
mod deployments;
mod environments;
mod events;
mod files;
mod form;
pub mod http;
mod memory_stores;
mod message_batches;
mod messages;
mod models;
mod scheduler;
mod session_resources;
mod sessions;
mod skills;
mod threads;
mod vaults;
mod work;

use std::sync::Arc;
use std::time::Instant;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};

use super::log::Log;
use super::message_batches::Batches;
use super::model::Provider;
use super::resources::Resources;
use super::work::{WorkQueue, hash};
use crate::api::error::ApiError;
use crate::api::memory_stores::Actor;
use http::Failure;
pub use scheduler::{Scheduler, start as start_scheduler};

/// The engine boundary: the server tells the engine that a session has new input, or is gone.
/// The engine answers only by appending events to the log.
pub trait SessionRunner: Send + Sync {
    /// New client events were appended to this session's log.
    fn wake(&self, session_id: &str);
    /// The session was deleted: stop its work and remove its workspace.
    fn forget(&self, session_id: &str);
}

pub struct AppState {
    pub log: Arc<Log>,
    pub work: Arc<WorkQueue>,
    pub runner: Arc<dyn SessionRunner>,
    /// Answers the general API (`/v1/messages`, `/v1/models`) from the model endpoint.
    pub model: Arc<Provider>,
    pub batches: Arc<Batches>,
    /// Where files, skills and sessions' resources live.
    pub resources: Arc<Resources>,
    /// Every request must carry it, or a worker's credential.
    pub api_key: String,
    /// What every answer's `anthropic-organization-id` says: [`organization_id`] of the key,
    /// derived once.
    pub organization: HeaderValue,
    /// Keeps deployments' schedules; woken when they change.
    pub scheduler: Arc<Scheduler>,
}

/// The id the local server's key goes by where the API names the key that made a change.
const API_KEY_ID: &str = "apikey_local";

/// Who a request comes from, as memory versions record their author: the server's key, or a
/// worker serving a session (with its work item's sessions token).
#[derive(Debug, Clone)]
pub enum Caller {
    Key,
    Session(String),
}

impl Caller {
    pub fn actor(&self) -> Actor {
        match self {
            Caller::Key => Actor::Api(API_KEY_ID.into()),
            Caller::Session(id) => Actor::Session(id.clone()),
        }
    }
}

pub type Shared = Arc<AppState>;

pub fn router(state: Shared) -> Router {
    Router::new()
        .route("/v1/agents", post(agents::create).get(agents::list))
        .route("/v1/agents/{id}", get(agents::retrieve).post(agents::update))
        .route("/v1/agents/{id}/archive", post(agents::archive))
        .route("/v1/agents/{id}/versions", get(agents::versions))
        .route("/v1/deployments", post(deployments::create).get(deployments::list))
        .route(
            "/v1/deployments/{id}",
            get(deployments::retrieve).post(deployments::update),
        )
        .route("/v1/deployments/{id}/archive", post(deployments::archive))
        .route("/v1/deployments/{id}/pause", post(deployments::pause))
        .route("/v1/deployments/{id}/unpause", post(deployments::unpause))
        .route("/v1/deployments/{id}/run", post(deployments::run))
        .route("/v1/deployment_runs", get(deployments::list_runs))
        .route("/v1/deployment_runs/{id}", get(deployments::retrieve_run))
        .route("/v1/environments", post(environments::create).get(environments::list))
        .route(
            "/v1/environments/{id}",
            get(environments::retrieve)
                .post(environments::update)
                .delete(environments::delete),
        )
        .route("/v1/environments/{id}/archive", post(environments::archive))
        .route("/v1/environments/{id}/work", get(work::list))
        .route("/v1/environments/{id}/work/poll", get(work::poll))
        .route("/v1/environments/{id}/work/stats", get(work::stats))
        .route(
            "/v1/environments/{id}/work/{work_id}",
            get(work::retrieve).post(work::update),
        )
        .route("/v1/environments/{id}/work/{work_id}/ack", post(work::ack))
        .route("/v1/environments/{id}/work/{work_id}/heartbeat", post(work::heartbeat))
        .route("/v1/environments/{id}/work/{work_id}/stop", post(work::stop))
        .route("/v1/sessions", post(sessions::create).get(sessions::list))
        .route(
            "/v1/sessions/{id}",
            get(sessions::retrieve).post(sessions::update).delete(sessions::delete),
        )
        .route("/v1/sessions/{id}/archive", post(sessions::archive))
        .route(
            "/v1/sessions/{id}/resources",
            post(session_resources::add).get(session_resources::list),
        )
        .route(
            "/v1/sessions/{id}/resources/{resource_id}",
            get(session_resources::retrieve)
                .post(session_resources::update)
                .delete(session_resources::delete),
        )
        .route("/v1/files", post(files::upload).get(files::list))
        .route("/v1/files/{id}", get(files::retrieve).delete(files::delete))
        .route("/v1/files/{id}/content", get(files::content))
        .route("/v1/skills", post(skills::create).get(skills::list))
        .route("/v1/skills/{id}", get(skills::retrieve).delete(skills::delete))
        .route(
            "/v1/skills/{id}/versions",
            post(skills::create_version).get(skills::versions),
        )
        .route(
            "/v1/skills/{id}/versions/{version}",
            get(skills::retrieve_version).delete(skills::delete_version),
        )
        .route("/v1/skills/{id}/versions/{version}/content", get(skills::content))
        .route(
            "/v1/memory_stores",
            post(memory_stores::create).get(memory_stores::list),
        )
        .route(
            "/v1/memory_stores/{id}",
            get(memory_stores::retrieve)
                .post(memory_stores::update)
                .delete(memory_stores::delete),
        )
        .route("/v1/memory_stores/{id}/archive", post(memory_stores::archive))
        .route(
            "/v1/memory_stores/{id}/memories",
            post(memory_stores::create_memory).get(memory_stores::list_memories),
        )
        .route(
            "/v1/memory_stores/{id}/memories/{memory_id}",
            get(memory_stores::retrieve_memory)
                .post(memory_stores::update_memory)
                .delete(memory_stores::delete_memory),
        )
        .route(
            "/v1/memory_stores/{id}/memory_versions",
            get(memory_stores::list_versions),
        )
        .route(
            "/v1/memory_stores/{id}/memory_versions/{version_id}",
            get(memory_stores::retrieve_version),
        )
        .route(
            "/v1/memory_stores/{id}/memory_versions/{version_id}/redact",
            post(memory_stores::redact_version),
        )
        .route("/v1/sessions/{id}/events", get(events::list).post(events::send))
        .route("/v1/sessions/{id}/events/stream", get(events::stream))
        .route("/v1/sessions/{id}/threads", get(threads::list))
        .route("/v1/sessions/{id}/threads/{thread_id}", get(threads::retrieve))
        .route("/v1/sessions/{id}/threads/{thread_id}/archive", post(threads::archive))
        .route("/v1/sessions/{id}/threads/{thread_id}/events", get(threads::events))
        .route("/v1/sessions/{id}/threads/{thread_id}/stream", get(threads::stream))
        .route("/v1/models", get(models::list))
        .route("/v1/models/{id}", get(models::retrieve))
        .route("/v1/messages", post(messages::create))
        .route("/v1/messages/count_tokens", post(messages::count_tokens))
        .route("/v1/complete", post(messages::complete))
        .route(
            "/v1/messages/batches",
            post(message_batches::create).get(message_batches::list),
        )
        .route(
            "/v1/messages/batches/{id}",
            get(message_batches::retrieve).delete(message_batches::delete),
        )
        .route("/v1/messages/batches/{id}/cancel", post(message_batches::cancel))
        .route("/v1/messages/batches/{id}/results", get(message_batches::results))
        .route("/v1/vaults", post(vaults::create).get(vaults::list))
        .route(
            "/v1/vaults/{id}",
            get(vaults::retrieve).post(vaults::update).delete(vaults::delete),
        )
        .route("/v1/vaults/{id}/archive", post(vaults::archive))
        .route(
            "/v1/vaults/{id}/credentials",
            post(vaults::create_credential).get(vaults::list_credentials),
        )
        .route(
            "/v1/vaults/{id}/credentials/{credential_id}",
            get(vaults::retrieve_credential)
                .post(vaults::update_credential)
                .delete(vaults::delete_credential),
        )
        .route(
            "/v1/vaults/{id}/credentials/{credential_id}/archive",
            post(vaults::archive_credential),
        )
        .route(
            "/v1/vaults/{id}/credentials/{credential_id}/mcp_oauth_validate",
            post(vaults::validate_credential),
        )
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        // The gate has read every body within its path's limit already.
        .layer(axum::extract::DefaultBodyLimit::disable())
        .layer(axum::middleware::from_fn_with_state(state.clone(), gate))
        .with_state(state)
}

async fn not_found(req: Request) -> Failure {
    ApiError::not_found(format!("no route for {} {}", req.method(), req.uri().path())).into()
}

async fn method_not_allowed(req: Request) -> Failure {
    ApiError::new(
        405,
        "invalid_request_error",
        format!("{} is not allowed on {}", req.method(), req.uri().path()),
    )
    .into()
}

/// A worker's credential, which reaches only its own environment's queue and sessions
/// (the server's own key reaches everything).
enum Principal {
    /// An environment key: the work queue of that environment and its sessions.
    Environment(String),
    /// A sessions token from a work item's `secret`: that item and its session.
    Work {
        environment_id: String,
        session_id: String,
        work_id: String,
    },
}

/// Authentication, the request body (read whole, within a time limit), the `request-id` header
/// and the one-line access log. Keys are compared in constant time or by hash, and never logged.
async fn gate(State(state): State<Shared>, req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().clone();
    let path = req.uri().path().to_string();
    let authorized = authorize(&state, req.headers(), &method, &path);
    let mut response = match authorized {
        // Uploads are read by their handlers as they arrive, within the same time limit.
        Ok(caller) if uploads(&method, &path) => {
            let mut req = req;
            if let Some(caller) = caller {
                req.extensions_mut().insert(caller);
            }
            next.run(req).await
        }
        Ok(caller) => match http::buffered(req).await {
            Ok(mut req) => {
                if let Some(caller) = caller {
                    req.extensions_mut().insert(caller);
                }
                next.run(req).await
            }
            Err(failure) => {
                // The rest of the body may still come: the connection cannot carry another request.
                let mut response = failure.into_response();
                response
                    .headers_mut()
                    .insert(header::CONNECTION, HeaderValue::from_static("close"));
                response
            }
        },
        Err(failure) => failure.into_response(),
    };
    if !response.headers().contains_key("request-id")
        && let Ok(v) = crate::api::new_id("req").parse()
    {
        response.headers_mut().insert("request-id", v);
    }
    response
        .headers_mut()
        .insert(ORGANIZATION_HEADER, state.organization.clone());
    tracing::info!(
        "{method} {path} {} {:.1}ms",
        response.status().as_u16(),
        started.elapsed().as_secs_f64() * 1e3
    );
    response
}

/// The header that names the organization a request was served for, as the API sends it.
pub const ORGANIZATION_HEADER: &str = "anthropic-organization-id";

/// The organization the local server's answers name: one per API key (a one-way digest of it),
/// so `ant apply` can tell a lockfile made against another server's data, whatever its port.
pub fn organization_id(api_key: &str) -> HeaderValue {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(format!("ant local organization\0{api_key}"));
    let hex: String = digest.iter().take(12).map(|b| format!("{b:02x}")).collect();
    HeaderValue::from_str(&format!("org_local_{hex}")).expect("letters, digits and _ make a header value")
}

/// Whether a route takes an upload, whose body its handler streams.
fn uploads(method: &axum::http::Method, path: &str) -> bool {
    let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
    method == "POST"
        && matches!(
            parts.as_slice(),
            ["v1", "files"] | ["v1", "skills"] | ["v1", "skills", _, "versions"]
        )
}

/// Checks a request's credential; the caller a change is recorded for, if it can make changes
/// (an environment key only reads).
fn authorize(
    state: &AppState,
    headers: &HeaderMap,
    method: &axum::http::Method,
    path: &str,
) -> Result<Option<Caller>, Failure> {
    let key = &state.api_key;
    let x_api_key = headers.get("x-api-key").and_then(|v| v.to_str().ok());
    let bearer = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")));
    let given: Vec<&str> = [x_api_key, bearer].into_iter().flatten().collect();
    if given.iter().any(|g| constant_time_eq(g.as_bytes(), key.as_bytes())) {
        return Ok(Some(Caller::Key));
    }
    let principal = given.iter().find_map(|g| worker_principal(state, g));
    let Some(principal) = principal else {
        return Err(ApiError::unauthorized("invalid x-api-key or Authorization bearer token").into());
    };
    if scoped_allows(state, &principal, method, path) {
        Ok(match principal {
            Principal::Work { session_id, .. } => Some(Caller::Session(session_id)),
            Principal::Environment(_) => None,
        })
    } else {
        Err(ApiError::forbidden(format!("this credential may not call {method} {path}")).into())
    }
}

fn worker_principal(state: &AppState, secret: &str) -> Option<Principal> {
    let hashed = hash(secret);
    let store = &state.log.store;
    if let Ok(Some(env)) = store.environment_of_key(&hashed) {
        return Some(Principal::Environment(env));
    }
    match store.work_of_token(&hashed) {
        Ok(Some(item)) => Some(Principal::Work {
            environment_id: item.environment_id,
            session_id: item.session_id,
            work_id: item.id,
        }),
        _ => None,
    }
}

/// What a worker credential may reach: its queue (or its item), the retrieve and events
/// endpoints of its sessions, the versions of their agents' skills, and (with a sessions token
/// only, as the API has it) the memory stores its session mounts.
fn scoped_allows(state: &AppState, principal: &Principal, method: &axum::http::Method, path: &str) -> bool {
    let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
    let store = &state.log.store;
    if let ["v1", "skills", skill, "versions", _, rest @ ..] = parts.as_slice() {
        let reads = method == "GET" && matches!(rest, [] | ["content"]);
        return reads
            && match principal {
                Principal::Environment(env) => store.environment_uses_skill(env, skill).unwrap_or(false),
                Principal::Work { session_id, .. } => session_uses_skill(state, session_id, skill),
            };
    }
    if let ["v1", "memory_stores", memory_store, ..] = parts.as_slice() {
        return match principal {
            Principal::Work { session_id, .. } => store
                .session_has_memory_store(session_id, memory_store)
                .unwrap_or(false),
            Principal::Environment(_) => false,
        };
    }
    let session_call = match parts.as_slice() {
        ["v1", "sessions", sid] if method == "GET" => Some(*sid),
        ["v1", "sessions", sid, "events"] => Some(*sid),
        ["v1", "sessions", sid, "events", "stream"] if method == "GET" => Some(*sid),
        _ => None,
    };
    match principal {
        Principal::Environment(env) => match (parts.as_slice(), session_call) {
            (["v1", "environments", e, "work", ..], _) => e == env,
            (_, Some(sid)) => session_environment(state, sid).as_deref() == Some(env.as_str()),
            _ => false,
        },
        Principal::Work {
            environment_id,
            session_id,
            work_id,
        } => match (parts.as_slice(), session_call) {
            (["v1", "environments", e, "work", w, rest @ ..], _) => {
                e == environment_id && w == work_id && matches!(rest, [] | ["heartbeat"] | ["stop"])
            }
            (_, Some(sid)) => sid == session_id,
            _ => false,
        },
    }
}

fn session_uses_skill(state: &AppState, session_id: &str, skill_id: &str) -> bool {
    let Ok(Some(body)) = state.log.store.session(session_id) else {
        return false;
    };
    let v: serde_json::Value = serde_json::from_str(&body).unwrap_or_default();
    v["agent"]["skills"]
        .as_array()
        .is_some_and(|skills| skills.iter().any(|s| s["skill_id"] == skill_id))
}

fn session_environment(state: &AppState, session_id: &str) -> Option<String> {
    let body = state.log.store.session(session_id).ok()??;
    let v: serde_json::Value = serde_json::from_str(&body).ok()?;
    v["environment_id"].as_str().map(str::to_string)
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Loads a stored JSON body into its type.
fn parse_body<T: serde::de::DeserializeOwned>(body: &str) -> Result<T, Failure> {
    serde_json::from_str(body).map_err(|e| ApiError::internal(format!("stored record is unreadable: {e}")).into())
}
