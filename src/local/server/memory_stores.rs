//! `/v1/memory_stores`: stores, their memories (by path, with `content_sha256`
//! preconditions and `depth` listings that roll deeper paths up into `memory_prefix` items),
//! and their versions (with who made each, and redaction).

use axum::Extension;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use rusqlite::types::Value as Sql;
use serde_json::{Value, json};

use super::http::{Answer, Failure, Query, decode_key_cursor, encode_key_cursor, json, object, page, raw_json, typed};
use super::{Caller, Shared, parse_body};
use crate::api::Deleted;
use crate::api::error::ApiError;
use crate::api::memory_stores::{
    Memory, MemoryStore, MemoryStoreCreate, MemoryVersion, View, check_content, check_path, check_prefix,
};
use crate::local::store::{MemoryChange, MemoryError, Rows};

impl From<MemoryError> for Failure {
    fn from(e: MemoryError) -> Self {
        match e {
            MemoryError::Store(e) => e.into(),
            MemoryError::NotFound(_) => ApiError::not_found(e.to_string()).into(),
            MemoryError::PathTaken(_) => ApiError::new(409, "memory_path_conflict_error", e.to_string()).into(),
            MemoryError::Precondition { .. } => {
                ApiError::new(409, "memory_precondition_failed_error", e.to_string()).into()
            }
            MemoryError::Full => ApiError::invalid(e.to_string()).into(),
        }
    }
}

fn load(s: &Shared, id: &str) -> Result<MemoryStore, Failure> {
    match s.log.store.memory_store(id)? {
        Some(body) => parse_body(&body),
        None => Err(ApiError::not_found(format!("memory store {id} not found")).into()),
    }
}

/// A store whose memories may change: archived stores are read-only.
fn writable(s: &Shared, id: &str) -> Result<MemoryStore, Failure> {
    let store = load(s, id)?;
    if store.archived_at.is_some() {
        return Err(ApiError::invalid(format!("memory store {id} is archived: its memories cannot change")).into());
    }
    Ok(store)
}

fn to_string<T: serde::Serialize>(v: &T) -> Result<String, Failure> {
    serde_json::to_string(v).map_err(|e| ApiError::internal(e.to_string()).into())
}

pub async fn create(State(s): State<Shared>, body: Bytes) -> Answer {
    let params: MemoryStoreCreate = typed(object(&body)?)?;
    let store = MemoryStore::create(crate::api::new_id("memstore"), crate::api::now(), params)?;
    let body = to_string(&store)?;
    s.log.store.insert_memory_store(&store.id, &store.created_at, &body)?;
    Ok(raw_json(body))
}

pub async fn retrieve(State(s): State<Shared>, Path(id): Path<String>) -> Answer {
    json(&load(&s, &id)?)
}

pub async fn update(State(s): State<Shared>, Path(id): Path<String>, body: Bytes) -> Answer {
    let patch = object(&body)?;
    let mut store = load(&s, &id)?;
    if store.archived_at.is_some() {
        return Err(ApiError::invalid(format!("memory store {id} is archived and cannot be updated")).into());
    }
    if store.apply_update(&patch)? {
        store.updated_at = crate::api::now();
        s.log.store.put_memory_store(&id, false, &to_string(&store)?)?;
    }
    json(&store)
}

pub async fn list(State(s): State<Shared>, RawQuery(q): RawQuery) -> Answer {
    let q = Query::parse(q.as_deref()).list(true, 100)?;
    Ok(page(s.log.store.list_memory_stores(&q)?, &q, false))
}

pub async fn archive(State(s): State<Shared>, Path(id): Path<String>) -> Answer {
    let mut store = load(&s, &id)?;
    if store.archived_at.is_none() {
        let now = crate::api::now();
        store.archived_at = Some(now.clone());
        store.updated_at = now;
        s.log.store.put_memory_store(&id, true, &to_string(&store)?)?;
    }
    json(&store)
}

pub async fn delete(State(s): State<Shared>, Path(id): Path<String>) -> Answer {
    load(&s, &id)?;
    s.log.store.delete_memory_store(&id)?;
    json(&Deleted {
        id,
        kind: "memory_store_deleted".into(),
    })
}

// ---- memories ----

fn view(q: &Query, default: View) -> Result<View, Failure> {
    Ok(View::parse(q.get("view"), default)?)
}

/// A memory as the view shows it.
fn shown(mut m: Memory, view: View) -> Memory {
    if view == View::Basic {
        m.content = None;
    }
    m
}

pub async fn create_memory(
    State(s): State<Shared>,
    Extension(caller): Extension<Caller>,
    Path(store_id): Path<String>,
    RawQuery(q): RawQuery,
    body: Bytes,
) -> Answer {
    let view = view(&Query::parse(q.as_deref()), View::Basic)?;
    let body = object(&body)?;
    if let Some(k) = body.keys().find(|k| *k != "path" && *k != "content") {
        return Err(ApiError::invalid(format!("{k}: unknown field")).into());
    }
    let path = body
        .get("path")
        .and_then(Value::as_str)
        .ok_or_else(|| ApiError::invalid("path: required string"))?;
    let content = match body.get("content") {
        Some(Value::String(c)) => c.as_str(),
        Some(Value::Null) => "",
        _ => return Err(ApiError::invalid("content: required string (\"\" for an empty memory)").into()),
    };
    check_path("path", path)?;
    check_content("content", content)?;
    writable(&s, &store_id)?;
    let memory = s.log.store.create_memory(&store_id, path, content, &caller.actor())?;
    json(&shown(memory, view))
}

fn load_memory(s: &Shared, store_id: &str, id: &str) -> Result<Memory, Failure> {
    load(s, store_id)?;
    s.log
        .store
        .memory(store_id, id)?
        .ok_or_else(|| MemoryError::NotFound(id.to_string()).into())
}

pub async fn retrieve_memory(
    State(s): State<Shared>,
    Path((store_id, id)): Path<(String, String)>,
    RawQuery(q): RawQuery,
) -> Answer {
    let view = view(&Query::parse(q.as_deref()), View::Full)?;
    json(&shown(load_memory(&s, &store_id, &id)?, view))
}

pub async fn update_memory(
    State(s): State<Shared>,
    Extension(caller): Extension<Caller>,
    Path((store_id, id)): Path<(String, String)>,
    RawQuery(q): RawQuery,
    body: Bytes,
) -> Answer {
    let view = view(&Query::parse(q.as_deref()), View::Basic)?;
    let body = object(&body)?;
    let text = |key: &str| match body.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(v)) => Ok(Some(v.as_str())),
        Some(_) => Err(Failure::from(ApiError::invalid(format!("{key}: must be a string")))),
    };
    let (content, path) = (text("content")?, text("path")?);
    let expected = match body.get("precondition") {
        None | Some(Value::Null) => None,
        Some(Value::Object(p)) => {
            if p.get("type").and_then(Value::as_str) != Some("content_sha256") {
                return Err(ApiError::invalid("precondition.type: must be content_sha256").into());
            }
            if let Some(k) = p.keys().find(|k| *k != "type" && *k != "content_sha256") {
                return Err(ApiError::invalid(format!("precondition.{k}: unknown field")).into());
            }
            let sha = p
                .get("content_sha256")
                .and_then(Value::as_str)
                .ok_or_else(|| ApiError::invalid("precondition.content_sha256: required string"))?;
            Some(check_sha("precondition.content_sha256", sha)?)
        }
        Some(_) => return Err(ApiError::invalid("precondition: must be an object").into()),
    };
    if let Some(k) = body
        .keys()
        .find(|k| !["content", "path", "precondition"].contains(&k.as_str()))
    {
        return Err(ApiError::invalid(format!("{k}: unknown field")).into());
    }
    if let Some(p) = path {
        check_path("path", p)?;
    }
    if let Some(c) = content {
        check_content("content", c)?;
    }
    writable(&s, &store_id)?;
    let change = MemoryChange {
        content,
        path,
        expected_sha256: expected,
    };
    let memory = s.log.store.update_memory(&store_id, &id, &change, &caller.actor())?;
    json(&shown(memory, view))
}

fn check_sha<'a>(field: &str, sha: &'a str) -> Result<&'a str, Failure> {
    if sha.len() == 64 && sha.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(sha)
    } else {
        Err(ApiError::invalid(format!("{field}: must be 64 hexadecimal characters")).into())
    }
}

pub async fn delete_memory(
    State(s): State<Shared>,
    Extension(caller): Extension<Caller>,
    Path((store_id, id)): Path<(String, String)>,
    RawQuery(q): RawQuery,
) -> Answer {
    let query = Query::parse(q.as_deref());
    let expected = query
        .get("expected_content_sha256")
        .map(|sha| check_sha("expected_content_sha256", sha))
        .transpose()?;
    load(&s, &store_id)?;
    s.log.store.delete_memory(&store_id, &id, expected, &caller.actor())?;
    json(&Deleted {
        id,
        kind: "memory_deleted".into(),
    })
}

/// One item of a listing: a memory, or a prefix standing for those below `depth`.
enum Item {
    Memory(Memory),
    Prefix(String),
}

impl Item {
    fn key(&self) -> &str {
        match self {
            Item::Memory(m) => &m.path,
            Item::Prefix(p) => p,
        }
    }
}

/// The memories under `prefix`, in path order; with `depth` > 0 those more than `depth`
/// segments below it are rolled up into one `memory_prefix` item per directory at that depth.
fn listing(memories: Vec<Memory>, prefix: &str, depth: usize) -> Vec<Item> {
    let mut items: Vec<Item> = Vec::new();
    for m in memories.into_iter().filter(|m| m.path.starts_with(prefix)) {
        let segments: Vec<&str> = m.path[prefix.len()..].split('/').collect();
        if depth == 0 || segments.len() <= depth {
            items.push(Item::Memory(m));
            continue;
        }
        let rolled = format!("{prefix}{}/", segments[..depth].join("/"));
        if !items.iter().any(|i| matches!(i, Item::Prefix(p) if *p == rolled)) {
            items.push(Item::Prefix(rolled));
        }
    }
    items.sort_by(|a, b| a.key().cmp(b.key()));
    items
}

pub async fn list_memories(State(s): State<Shared>, Path(store_id): Path<String>, RawQuery(q): RawQuery) -> Answer {
    let query = Query::parse(q.as_deref());
    let view = view(&query, View::Basic)?;
    let max = if view == View::Full { 20 } else { 100 };
    let limit = query.int("limit")?.unwrap_or(20);
    if !(1..=max).contains(&limit) {
        return Err(ApiError::invalid(format!(
            "limit: must be between 1 and {max} with view={}",
            if view == View::Full { "full" } else { "basic" }
        ))
        .into());
    }
    let prefix = query.get("path_prefix").unwrap_or("/");
    check_prefix(prefix)?;
    let depth = query.int("depth")?.unwrap_or(0);
    if depth < 0 {
        return Err(ApiError::invalid("depth: must be 0 (everything) or more").into());
    }
    let after = query
        .get("page")
        .filter(|p| !p.is_empty())
        .map(decode_key_cursor)
        .transpose()?;
    load(&s, &store_id)?;
    let items = listing(s.log.store.memories(&store_id)?, prefix, depth as usize);
    let mut rest = items
        .into_iter()
        .filter(|i| after.as_deref().is_none_or(|a| i.key() > a));
    let page_items: Vec<Item> = rest.by_ref().take(limit as usize).collect();
    let next = if rest.next().is_some() {
        page_items.last().map(|i| encode_key_cursor(i.key()))
    } else {
        None
    };
    let data: Vec<Value> = page_items
        .into_iter()
        .map(|i| match i {
            Item::Memory(m) => serde_json::to_value(shown(m, view)).unwrap_or_default(),
            Item::Prefix(p) => json!({"type": "memory_prefix", "path": p}),
        })
        .collect();
    json(&json!({"data": data, "next_page": next}))
}

// ---- versions ----

/// A version as the view shows it.
fn shown_version(mut v: MemoryVersion, view: View) -> MemoryVersion {
    if view == View::Basic {
        v.content = None;
    }
    v
}

pub async fn list_versions(State(s): State<Shared>, Path(store_id): Path<String>, RawQuery(q): RawQuery) -> Answer {
    let query = Query::parse(q.as_deref());
    let view = view(&query, View::Basic)?;
    let mut list = query.list(true, if view == View::Full { 20 } else { 100 })?;
    for (key, column) in [
        ("memory_id", "memory_id"),
        ("session_id", "session_id"),
        ("api_key_id", "api_key_id"),
        ("operation", "operation"),
    ] {
        if let Some(v) = query.get(key).filter(|v| !v.is_empty()) {
            if key == "operation" && !["created", "modified", "deleted"].contains(&v) {
                return Err(
                    ApiError::invalid(format!("operation: must be created, modified or deleted, not '{v}'")).into(),
                );
            }
            list.filters.push((column, vec![Sql::Text(v.to_string())]));
        }
    }
    if query.get("service_account_id").is_some_and(|v| !v.is_empty()) {
        // The local server has no service accounts: nothing was written by one.
        list.filters.push(("id", vec![]));
    }
    load(&s, &store_id)?;
    let rows = s.log.store.list_memory_versions(&store_id, &list)?;
    let bodies = rows
        .bodies
        .iter()
        .map(|b| to_string(&shown_version(parse_body(b)?, view)))
        .collect::<Result<_, _>>()?;
    Ok(page(
        Rows {
            bodies,
            next: rows.next,
        },
        &list,
        false,
    ))
}

fn load_version(s: &Shared, store_id: &str, id: &str) -> Result<MemoryVersion, Failure> {
    load(s, store_id)?;
    s.log
        .store
        .memory_version(store_id, id)?
        .ok_or_else(|| ApiError::not_found(format!("memory version {id} not found")).into())
}

pub async fn retrieve_version(
    State(s): State<Shared>,
    Path((store_id, id)): Path<(String, String)>,
    RawQuery(q): RawQuery,
) -> Answer {
    let view = view(&Query::parse(q.as_deref()), View::Full)?;
    json(&shown_version(load_version(&s, &store_id, &id)?, view))
}

pub async fn redact_version(
    State(s): State<Shared>,
    Extension(caller): Extension<Caller>,
    Path((store_id, id)): Path<(String, String)>,
) -> Answer {
    let mut version = load_version(&s, &store_id, &id)?;
    if s.log.store.is_memory_head(&store_id, &id)? {
        return Err(ApiError::invalid(format!(
            "memory version {id} holds its memory's current content and cannot be redacted; change or delete the memory first"
        ))
        .into());
    }
    if version.redacted_at.is_none() {
        version.content = None;
        version.path = None;
        version.content_sha256 = None;
        version.content_size_bytes = None;
        version.redacted_at = Some(crate::api::now());
        version.redacted_by = Some(caller.actor().to_json());
        s.log.store.put_memory_version(&version)?;
    }
    json(&version)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn memory(path: &str) -> Memory {
        Memory {
            id: format!("mem_{path}"),
            kind: "memory".into(),
            memory_store_id: "m".into(),
            path: path.into(),
            content_sha256: String::new(),
            content_size_bytes: 0,
            memory_version_id: String::new(),
            content: None,
            created_at: String::new(),
            updated_at: String::new(),
        }
    }

    fn keys(items: &[Item]) -> Vec<String> {
        items
            .iter()
            .map(|i| match i {
                Item::Memory(m) => m.path.clone(),
                Item::Prefix(p) => format!("{p}*"),
            })
            .collect()
    }

    #[test]
    fn depth_rolls_deeper_paths_up() {
        let all = ["/a.md", "/a/b.md", "/a/c/d.md", "/e.md", "/notes-x/y.md"]
            .map(memory)
            .to_vec();
        assert_eq!(
            keys(&listing(all.clone(), "/", 1)),
            ["/a.md", "/a/*", "/e.md", "/notes-x/*"]
        );
        assert_eq!(keys(&listing(all.clone(), "/a/", 1)), ["/a/b.md", "/a/c/*"]);
        assert_eq!(keys(&listing(all.clone(), "/", 0)).len(), 5);
        assert_eq!(keys(&listing(all, "/a/", 0)), ["/a/b.md", "/a/c/d.md"]);
    }
}
