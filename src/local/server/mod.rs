//! `ant local serve`: the Managed Agents API on loopback. The server validates, stores and
//! streams; what makes sessions do work sits behind [`SessionRunner`], which it only wakes.

mod agents;
mod environments;
mod events;
pub mod http;
mod sessions;

use std::sync::Arc;
use std::time::Instant;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::HeaderMap;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};

use super::log::Log;
use crate::api::error::ApiError;
use http::Failure;

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
    pub runner: Arc<dyn SessionRunner>,
    pub api_key: Option<String>,
}

pub type Shared = Arc<AppState>;

pub fn router(state: Shared) -> Router {
    Router::new()
        .route("/v1/agents", post(agents::create).get(agents::list))
        .route("/v1/agents/{id}", get(agents::retrieve).post(agents::update))
        .route("/v1/agents/{id}/archive", post(agents::archive))
        .route("/v1/agents/{id}/versions", get(agents::versions))
        .route("/v1/environments", post(environments::create).get(environments::list))
        .route(
            "/v1/environments/{id}",
            get(environments::retrieve)
                .post(environments::update)
                .delete(environments::delete),
        )
        .route("/v1/environments/{id}/archive", post(environments::archive))
        .route("/v1/sessions", post(sessions::create).get(sessions::list))
        .route(
            "/v1/sessions/{id}",
            get(sessions::retrieve).post(sessions::update).delete(sessions::delete),
        )
        .route("/v1/sessions/{id}/archive", post(sessions::archive))
        .route("/v1/sessions/{id}/events", get(events::list).post(events::send))
        .route("/v1/sessions/{id}/events/stream", get(events::stream))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(axum::middleware::from_fn_with_state(state.clone(), gate))
        .with_state(state)
}

async fn not_found(req: Request) -> Failure {
    ApiError::not_found(format!("no route for {} {}", req.method(), req.uri().path())).into()
}

async fn method_not_allowed(req: Request) -> Failure {
    ApiError {
        status: 405,
        kind: "invalid_request_error",
        message: format!("{} is not allowed on {}", req.method(), req.uri().path()),
    }
    .into()
}

/// Authentication, the `request-id` header and the one-line access log. The key is compared in
/// constant time and never logged.
async fn gate(State(state): State<Shared>, req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().clone();
    let path = req.uri().path().to_string();
    let mut response = match &state.api_key {
        Some(key) if !presented_key_matches(req.headers(), key) => Failure(ApiError::unauthorized(
            "invalid x-api-key or Authorization bearer token",
        ))
        .into_response(),
        _ => next.run(req).await,
    };
    if !response.headers().contains_key("request-id")
        && let Ok(v) = crate::api::new_id("req").parse()
    {
        response.headers_mut().insert("request-id", v);
    }
    tracing::info!(
        "{method} {path} {} {:.1}ms",
        response.status().as_u16(),
        started.elapsed().as_secs_f64() * 1e3
    );
    response
}

fn presented_key_matches(headers: &HeaderMap, key: &str) -> bool {
    let x_api_key = headers.get("x-api-key").and_then(|v| v.to_str().ok());
    let bearer = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")));
    [x_api_key, bearer]
        .into_iter()
        .flatten()
        .any(|given| constant_time_eq(given.as_bytes(), key.as_bytes()))
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Loads a stored JSON body into its type.
fn parse_body<T: serde::de::DeserializeOwned>(body: &str) -> Result<T, Failure> {
    serde_json::from_str(body).map_err(|e| ApiError::internal(format!("stored record is unreadable: {e}")).into())
}
