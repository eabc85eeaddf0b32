//! `/v1/sessions/{id}/resources`, and the resources a session is created with: checked
//! (files exist, memory stores exist and are not archived, limits, no two mounts in one place),
//! repositories cloned, then stored with the session in one transaction. Files can be added
//! and removed while the session runs; a repository's token can be rotated.

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use serde_json::{Value, json};

use super::http::{Answer, Failure, Query, json, object, page};
use super::{Shared, files, parse_body, sessions};
use crate::api::Deleted;
use crate::api::error::ApiError;
use crate::api::memory_stores::{MAX_PER_SESSION, MemoryStore};
use crate::api::session_resources::{MAX_FILES, MEMORY, ResourceParams, check_overlaps, parse, parse_file};
use crate::local::resources::git;
use crate::local::store::StoredResource;

/// Checks a session's `resources` and makes them ready (repositories cloned into the
/// session's tree). On any failure nothing is left in the tree.
pub async fn create_all(s: &Shared, session_id: &str, given: &[Value]) -> Result<Vec<StoredResource>, Failure> {
    let mut params = Vec::with_capacity(given.len());
    for (i, v) in given.iter().enumerate() {
        params.push(parse(&format!("resources[{i}]"), v)?);
    }
    let files = params
        .iter()
        .filter(|p| matches!(p, ResourceParams::File { .. }))
        .count();
    if files > MAX_FILES {
        return Err(ApiError::invalid(format!("resources: at most {MAX_FILES} files per session")).into());
    }
    let stores = params.len() - files;
    let stores = stores
        - params
            .iter()
            .filter(|p| matches!(p, ResourceParams::GithubRepository { .. }))
            .count();
    if stores > MAX_PER_SESSION {
        return Err(ApiError::invalid(format!(
            "resources: at most {MAX_PER_SESSION} memory stores per session"
        ))
        .into());
    }
    let now = crate::api::now();
    let mut stored = Vec::with_capacity(params.len());
    let mut slugs: Vec<String> = Vec::new();
    for (i, p) in params.iter().enumerate() {
        let at = format!("resources[{i}]");
        stored.push(match p {
            ResourceParams::File { file_id, mount_path } => file_resource(s, &at, file_id, mount_path, &now)?,
            ResourceParams::GithubRepository {
                url,
                authorization_token,
                checkout,
                mount_path,
            } => {
                let mut body = json!({"id": crate::api::new_id("sesrsc"), "type": "github_repository", "url": url,
                                      "mount_path": mount_path, "created_at": now, "updated_at": now});
                if let Some(c) = checkout {
                    body["checkout"] = c.to_json();
                }
                StoredResource {
                    id: body["id"].as_str().unwrap_or_default().to_string(),
                    kind: "github_repository".into(),
                    body,
                    secret: authorization_token.clone(),
                }
            }
            ResourceParams::MemoryStore {
                memory_store_id,
                read_only,
                instructions,
            } => {
                let store = memory_store(s, &at, memory_store_id)?;
                // Two stores with one name get their own directories.
                let base = store.slug();
                let mut slug = base.clone();
                let mut n = 1;
                while slugs.contains(&slug) {
                    n += 1;
                    slug = format!("{base}-{n}");
                }
                slugs.push(slug.clone());
                let body = json!({"type": "memory_store", "memory_store_id": store.id,
                    "access": if *read_only { "read_only" } else { "read_write" },
                    "instructions": instructions, "name": store.name, "description": store.description,
                    "mount_path": format!("{MEMORY}/{slug}")});
                StoredResource {
                    id: crate::api::new_id("sesrsc"),
                    kind: "memory_store".into(),
                    body,
                    secret: None,
                }
            }
        });
    }
    check_overlaps(stored.iter().enumerate().map(|(i, r)| {
        (
            format!("resources[{i}]"),
            r.body["mount_path"].as_str().unwrap_or_default(),
        )
    }))?;
    for (i, r) in stored.iter().enumerate() {
        if let Some(ResourceParams::GithubRepository { url, checkout, .. }) = params.get(i) {
            let dest = s
                .resources
                .host_path(session_id, r.body["mount_path"].as_str().unwrap_or_default());
            if let Err(e) = git::clone(url, r.secret.as_deref(), checkout.as_ref(), &dest).await {
                s.resources.forget(session_id);
                return Err(ApiError::invalid(format!("resources[{i}].url: {e}")).into());
            }
        }
    }
    Ok(stored)
}

fn file_resource(s: &Shared, at: &str, file_id: &str, mount_path: &str, now: &str) -> Result<StoredResource, Failure> {
    files::load(s, file_id)
        .map_err(|f| ApiError::new(f.0.status, f.0.kind, format!("{at}.file_id: {}", f.0.message)))?;
    let id = crate::api::new_id("sesrsc");
    Ok(StoredResource {
        body: json!({"id": id, "type": "file", "file_id": file_id, "mount_path": mount_path,
                     "created_at": now, "updated_at": now}),
        id,
        kind: "file".into(),
        secret: None,
    })
}

fn memory_store(s: &Shared, at: &str, id: &str) -> Result<MemoryStore, Failure> {
    let body = s
        .log
        .store
        .memory_store(id)?
        .ok_or_else(|| ApiError::not_found(format!("{at}.memory_store_id: memory store {id} not found")))?;
    let store: MemoryStore = parse_body(&body)?;
    if store.archived_at.is_some() {
        return Err(ApiError::invalid(format!("{at}.memory_store_id: memory store {id} is archived")).into());
    }
    Ok(store)
}

fn load(s: &Shared, session_id: &str, id: &str) -> Result<StoredResource, Failure> {
    sessions::load(s, session_id)?;
    s.log
        .store
        .session_resource(session_id, id)?
        .ok_or_else(|| ApiError::not_found(format!("session {session_id} has no resource {id}")).into())
}

pub async fn add(State(s): State<Shared>, Path(sid): Path<String>, body: Bytes) -> Answer {
    let body = Value::Object(object(&body)?);
    let session = sessions::load(&s, &sid)?;
    if session.archived_at.is_some() {
        return Err(ApiError::invalid(format!("session {sid} is archived")).into());
    }
    let ResourceParams::File { file_id, mount_path } = parse_file("body", &body)? else {
        unreachable!("parse_file gives only files");
    };
    let existing = s.log.store.session_resources(&sid)?;
    if existing.iter().filter(|r| r.kind == "file").count() >= MAX_FILES {
        return Err(ApiError::invalid(format!("session {sid} has {MAX_FILES} files, the most it may mount")).into());
    }
    let now = crate::api::now();
    let resource = file_resource(&s, "body", &file_id, &mount_path, &now)?;
    let mut paths: Vec<(String, &str)> = existing
        .iter()
        .map(|r| {
            (
                format!("resource {}", r.id),
                r.body["mount_path"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    paths.push(("body".into(), &mount_path));
    check_overlaps(paths)?;
    s.log.store.add_session_resource(&sid, &resource, &now)?;
    // A running session's sandbox shows its tree as it is: the file appears at once.
    let file = files::load(&s, &file_id)?;
    if let Err(e) = s.resources.place_file(&sid, &mount_path, &file.blob) {
        tracing::error!("session {sid}: cannot place file {file_id}: {e}");
    }
    json(&resource.body)
}

pub async fn retrieve(State(s): State<Shared>, Path((sid, id)): Path<(String, String)>) -> Answer {
    json(&load(&s, &sid, &id)?.body)
}

pub async fn list(State(s): State<Shared>, Path(sid): Path<String>, RawQuery(q): RawQuery) -> Answer {
    sessions::load(&s, &sid)?;
    let query = Query::parse(q.as_deref());
    let mut q = query.list(false, 1000)?;
    // With no limit the list is whole (the API's rule), as far as a page of 1000 goes.
    if query.get("limit").is_none() {
        q.limit = 1000;
    }
    Ok(page(s.log.store.list_session_resources(&sid, &q)?, &q, false))
}

pub async fn update(State(s): State<Shared>, Path((sid, id)): Path<(String, String)>, body: Bytes) -> Answer {
    let patch = object(&body)?;
    let mut resource = load(&s, &sid, &id)?;
    if let Some(k) = patch.keys().find(|k| *k != "authorization_token") {
        return Err(ApiError::invalid(format!("{k}: unknown field; only authorization_token can change")).into());
    }
    let token = patch
        .get("authorization_token")
        .and_then(Value::as_str)
        .filter(|t| !t.is_empty())
        .ok_or_else(|| ApiError::invalid("authorization_token: required string"))?;
    if resource.kind != "github_repository" {
        return Err(ApiError::invalid(format!(
            "resource {id} is a {}: only github_repository resources have a token",
            resource.kind
        ))
        .into());
    }
    let now = crate::api::now();
    resource.secret = Some(token.to_string());
    resource.body["updated_at"] = json!(now);
    s.log.store.put_session_resource(&sid, &resource, &now)?;
    json(&resource.body)
}

pub async fn delete(State(s): State<Shared>, Path((sid, id)): Path<(String, String)>) -> Answer {
    let resource = load(&s, &sid, &id)?;
    if resource.kind != "file" {
        return Err(ApiError::invalid(format!(
            "resource {id} is a {}: only files can be removed from a session",
            resource.kind
        ))
        .into());
    }
    s.log.store.delete_session_resource(&sid, &id, &crate::api::now())?;
    let mount_path = resource.body["mount_path"].as_str().unwrap_or_default();
    if let Err(e) = s.resources.remove_file(&sid, mount_path) {
        tracing::error!("session {sid}: cannot remove {mount_path}: {e}");
    }
    json(&Deleted {
        id,
        kind: "session_resource_deleted".into(),
    })
}
