//! `/v1/environments`: create, retrieve, update, list, archive, delete.

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};

use super::http::{Answer, Failure, Query, json, object, page, raw_json, typed};
use super::{Shared, parse_body};
use crate::api::Deleted;
use crate::api::environments::{Environment, EnvironmentCreate};
use crate::api::error::ApiError;

pub async fn create(State(s): State<Shared>, body: Bytes) -> Answer {
    let params: EnvironmentCreate = typed(object(&body)?)?;
    let env = Environment::create(crate::api::new_id("env"), crate::api::now(), params)?;
    let body = serde_json::to_string(&env).map_err(|e| ApiError::internal(e.to_string()))?;
    s.log.store.insert_environment(&env.id, &env.created_at, &body)?;
    Ok(raw_json(body))
}

pub fn load(s: &Shared, id: &str) -> Result<Environment, Failure> {
    match s.log.store.environment(id)? {
        Some(body) => parse_body(&body),
        None => Err(ApiError::not_found(format!("environment {id} not found")).into()),
    }
}

fn save(s: &Shared, env: &Environment) -> Answer {
    let body = serde_json::to_string(env).map_err(|e| ApiError::internal(e.to_string()))?;
    s.log.store.put_environment(&env.id, env.archived_at.is_some(), &body)?;
    Ok(raw_json(body))
}

pub async fn retrieve(State(s): State<Shared>, Path(id): Path<String>) -> Answer {
    json(&load(&s, &id)?)
}

pub async fn update(State(s): State<Shared>, Path(id): Path<String>, body: Bytes) -> Answer {
    let patch = object(&body)?;
    let mut env = load(&s, &id)?;
    if env.archived_at.is_some() {
        return Err(ApiError::invalid(format!("environment {id} is archived and cannot be updated")).into());
    }
    env.apply_update(&patch)?;
    env.updated_at = crate::api::now();
    save(&s, &env)
}

pub async fn list(State(s): State<Shared>, RawQuery(q): RawQuery) -> Answer {
    let q = Query::parse(q.as_deref()).list(true, 100)?;
    Ok(page(s.log.store.list_environments(&q)?, &q, false))
}

pub async fn archive(State(s): State<Shared>, Path(id): Path<String>) -> Answer {
    let mut env = load(&s, &id)?;
    if env.archived_at.is_none() {
        let now = crate::api::now();
        env.archived_at = Some(now.clone());
        env.updated_at = now;
    }
    save(&s, &env)
}

pub async fn delete(State(s): State<Shared>, Path(id): Path<String>) -> Answer {
    if !s.log.store.delete_environment(&id)? {
        return Err(ApiError::not_found(format!("environment {id} not found")).into());
    }
    json(&Deleted {
        id,
        kind: "environment_deleted".into(),
    })
}
