//! `/v1/environments/{id}/work/...`: the self-hosted work queue as workers see it.

use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::HeaderMap;
use serde_json::Value;

use super::http::{Answer, Failure, Query, json, object};
use super::{Shared, environments};
use crate::api::error::ApiError;
use crate::local::work::render;

fn self_hosted(s: &Shared, env: &str) -> Result<(), Failure> {
    let environment = environments::load(s, env)?;
    if environment.config["type"] != "self_hosted" {
        return Err(ApiError::invalid(format!("environment {env} is not self_hosted and has no work queue")).into());
    }
    Ok(())
}

fn reclaim(q: &Query) -> Result<Duration, Failure> {
    match q.int("reclaim_older_than_ms")? {
        None => Ok(Duration::from_millis(5000)),
        Some(ms) if ms >= 0 => Ok(Duration::from_millis(ms as u64)),
        Some(_) => Err(ApiError::invalid("reclaim_older_than_ms: must be >= 0").into()),
    }
}

pub async fn poll(
    State(s): State<Shared>,
    Path(env): Path<String>,
    RawQuery(q): RawQuery,
    headers: HeaderMap,
) -> Answer {
    self_hosted(&s, &env)?;
    let q = Query::parse(q.as_deref());
    let block = match q.int("block_ms")? {
        None => None,
        Some(ms @ 1..=999) => Some(Duration::from_millis(ms as u64)),
        Some(_) => return Err(ApiError::invalid("block_ms: must be between 1 and 999").into()),
    };
    let worker = headers
        .get("anthropic-worker-id")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("unnamed");
    let item = s.work.poll(&s.log.store, &env, worker, block, reclaim(&q)?).await?;
    json(&item.unwrap_or(Value::Null))
}

pub async fn ack(State(s): State<Shared>, Path((env, id)): Path<(String, String)>) -> Answer {
    json(&s.work.ack(&s.log.store, &env, &id)?)
}

pub async fn heartbeat(
    State(s): State<Shared>,
    Path((env, id)): Path<(String, String)>,
    RawQuery(q): RawQuery,
) -> Answer {
    let q = Query::parse(q.as_deref());
    let expected = q
        .get("expected_last_heartbeat")
        .ok_or_else(|| ApiError::invalid("expected_last_heartbeat: required"))?;
    json(&s.work.heartbeat(&s.log.store, &env, &id, expected)?)
}

pub async fn stop(State(s): State<Shared>, Path((env, id)): Path<(String, String)>, body: Bytes) -> Answer {
    // `force` only changes how a hosted sandbox winds down; locally both stop at once.
    object(&body)?;
    json(&s.work.stop(&s.log.store, &env, &id)?)
}

pub async fn retrieve(State(s): State<Shared>, Path((env, id)): Path<(String, String)>) -> Answer {
    match s.log.store.work(&env, &id)? {
        Some(item) => json(&render(&item, None)),
        None => Err(ApiError::not_found(format!("work item {id} not found in environment {env}")).into()),
    }
}

pub async fn update(State(s): State<Shared>, Path((env, id)): Path<(String, String)>, body: Bytes) -> Answer {
    let body = object(&body)?;
    let patch = match body.get("metadata") {
        Some(Value::Object(m)) => m.clone(),
        _ => return Err(ApiError::invalid("metadata: required object").into()),
    };
    json(&s.work.update_metadata(&s.log.store, &env, &id, &patch)?)
}

pub async fn list(State(s): State<Shared>, Path(env): Path<String>) -> Answer {
    self_hosted(&s, &env)?;
    let items: Vec<Value> = s
        .log
        .store
        .environment_work(&env)?
        .iter()
        .rev()
        .map(|i| render(i, None))
        .collect();
    json(&serde_json::json!({"data": items, "next_page": null}))
}

pub async fn stats(State(s): State<Shared>, Path(env): Path<String>, RawQuery(q): RawQuery) -> Answer {
    self_hosted(&s, &env)?;
    let q = Query::parse(q.as_deref());
    json(&s.work.stats(&s.log.store, &env, reclaim(&q)?)?)
}
