//! Memory stores' records: stores, their memories (unique by path within a store), and every
//! change of a memory as a version. Each change and its version are one transaction, so a
//! memory never moves on without its version, and a precondition is checked against what the
//! same transaction changes.

use rusqlite::types::Value as Sql;
use rusqlite::{Connection, OptionalExtension, params};

use super::{ListQuery, Rows, Store, StoreError};
use crate::api::memory_stores::{Actor, MAX_MEMORIES, Memory, MemoryVersion};

pub(super) const MIGRATION: &str = r#"
CREATE TABLE memory_stores (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0,
    body TEXT NOT NULL
);
CREATE TABLE memories (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    store_id TEXT NOT NULL,
    path TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE UNIQUE INDEX memories_path ON memories (store_id, path);
CREATE TABLE memory_versions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    store_id TEXT NOT NULL,
    memory_id TEXT NOT NULL,
    operation TEXT NOT NULL,
    session_id TEXT,
    api_key_id TEXT,
    created_at TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0,
    body TEXT NOT NULL
);
CREATE INDEX memory_versions_store ON memory_versions (store_id, seq);
"#;

/// Why a change of a memory was refused.
#[derive(Debug, thiserror::Error)]
pub enum MemoryError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("memory {0} not found")]
    NotFound(String),
    #[error("path: another memory of this store is at {0}")]
    PathTaken(String),
    #[error("precondition: the memory's content_sha256 is {actual}, not {expected}")]
    Precondition { expected: String, actual: String },
    #[error("the store holds {MAX_MEMORIES} memories, its limit: delete some before adding more")]
    Full,
}

impl From<rusqlite::Error> for MemoryError {
    fn from(e: rusqlite::Error) -> Self {
        Self::Store(e.into())
    }
}

impl From<serde_json::Error> for MemoryError {
    fn from(e: serde_json::Error) -> Self {
        Self::Store(e.into())
    }
}

type MemoryResult<T> = std::result::Result<T, MemoryError>;

/// A change of a memory's content or path. `None` keeps what it is.
pub struct MemoryChange<'a> {
    pub content: Option<&'a str>,
    pub path: Option<&'a str>,
    /// The content's SHA-256 the memory must have for the change to apply.
    pub expected_sha256: Option<&'a str>,
}

/// The hex SHA-256 of a memory's content.
pub fn content_sha256(content: &str) -> String {
    crate::local::work::hex(&<sha2::Sha256 as sha2::Digest>::digest(content.as_bytes()))
}

impl Store {
    pub fn insert_memory_store(&self, id: &str, created_at: &str, body: &str) -> super::Result<()> {
        self.lock().execute(
            "INSERT INTO memory_stores (id, created_at, body) VALUES (?1, ?2, ?3)",
            params![id, created_at, body],
        )?;
        Ok(())
    }

    pub fn memory_store(&self, id: &str) -> super::Result<Option<String>> {
        Ok(self
            .lock()
            .prepare_cached("SELECT body FROM memory_stores WHERE id = ?1")?
            .query_row(params![id], |r| r.get(0))
            .optional()?)
    }

    pub fn put_memory_store(&self, id: &str, archived: bool, body: &str) -> super::Result<()> {
        self.lock().execute(
            "UPDATE memory_stores SET body = ?2, archived = ?3 WHERE id = ?1",
            params![id, body, archived],
        )?;
        Ok(())
    }

    pub fn list_memory_stores(&self, q: &ListQuery) -> super::Result<Rows> {
        self.page("SELECT seq, body FROM memory_stores", "", "seq", "created_at", q)
    }

    /// Deletes a store with its memories and their versions.
    pub fn delete_memory_store(&self, id: &str) -> super::Result<bool> {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        tx.execute("DELETE FROM memory_versions WHERE store_id = ?1", params![id])?;
        tx.execute("DELETE FROM memories WHERE store_id = ?1", params![id])?;
        let n = tx.execute("DELETE FROM memory_stores WHERE id = ?1", params![id])?;
        tx.commit()?;
        Ok(n > 0)
    }

    /// Every memory of a store, by path.
    pub fn memories(&self, store_id: &str) -> super::Result<Vec<Memory>> {
        let conn = self.lock();
        let mut stmt = conn.prepare_cached("SELECT body FROM memories WHERE store_id = ?1 ORDER BY path")?;
        let rows = stmt.query_map(params![store_id], |r| r.get::<_, String>(0))?;
        let mut out = Vec::new();
        for body in rows {
            out.push(serde_json::from_str(&body?)?);
        }
        Ok(out)
    }

    pub fn memory(&self, store_id: &str, id: &str) -> super::Result<Option<Memory>> {
        memory_in(&self.lock(), store_id, id)
    }

    /// Creates a memory at `path` (which must be free) with its `created` version.
    pub fn create_memory(&self, store_id: &str, path: &str, content: &str, actor: &Actor) -> MemoryResult<Memory> {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        let count: i64 = tx.query_row(
            "SELECT COUNT(*) FROM memories WHERE store_id = ?1",
            params![store_id],
            |r| r.get(0),
        )?;
        if count as usize >= MAX_MEMORIES {
            return Err(MemoryError::Full);
        }
        if path_taken(&tx, store_id, path, None)? {
            return Err(MemoryError::PathTaken(path.to_string()));
        }
        let now = crate::api::now();
        let mut memory = Memory {
            id: crate::api::new_id("mem"),
            kind: "memory".into(),
            memory_store_id: store_id.to_string(),
            path: path.to_string(),
            content_sha256: content_sha256(content),
            content_size_bytes: content.len() as u64,
            memory_version_id: String::new(),
            content: Some(content.to_string()),
            created_at: now.clone(),
            updated_at: now,
        };
        memory.memory_version_id = add_version(&tx, &memory, "created", actor)?;
        tx.execute(
            "INSERT INTO memories (id, store_id, path, body) VALUES (?1, ?2, ?3, ?4)",
            params![memory.id, store_id, memory.path, serde_json::to_string(&memory)?],
        )?;
        tx.commit()?;
        Ok(memory)
    }

    /// Changes a memory's content and/or path (a `modified` version), if its content still has
    /// the expected hash. A change to what it already is makes no version.
    pub fn update_memory(
        &self,
        store_id: &str,
        id: &str,
        change: &MemoryChange,
        actor: &Actor,
    ) -> MemoryResult<Memory> {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        let mut memory = memory_in(&tx, store_id, id)?.ok_or_else(|| MemoryError::NotFound(id.to_string()))?;
        check_expected(&memory, change.expected_sha256)?;
        let before = memory.clone();
        if let Some(path) = change.path.filter(|p| *p != memory.path) {
            if path_taken(&tx, store_id, path, Some(id))? {
                return Err(MemoryError::PathTaken(path.to_string()));
            }
            memory.path = path.to_string();
        }
        if let Some(content) = change.content {
            memory.content_sha256 = content_sha256(content);
            memory.content_size_bytes = content.len() as u64;
            memory.content = Some(content.to_string());
        }
        if memory == before {
            return Ok(memory);
        }
        memory.updated_at = crate::api::now();
        memory.memory_version_id = add_version(&tx, &memory, "modified", actor)?;
        tx.execute(
            "UPDATE memories SET path = ?2, body = ?3 WHERE id = ?1",
            params![id, memory.path, serde_json::to_string(&memory)?],
        )?;
        tx.commit()?;
        Ok(memory)
    }

    /// Deletes a memory (a `deleted` version), if its content still has the expected hash.
    pub fn delete_memory(
        &self,
        store_id: &str,
        id: &str,
        expected_sha256: Option<&str>,
        actor: &Actor,
    ) -> MemoryResult<()> {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        let memory = memory_in(&tx, store_id, id)?.ok_or_else(|| MemoryError::NotFound(id.to_string()))?;
        check_expected(&memory, expected_sha256)?;
        add_version(&tx, &memory, "deleted", actor)?;
        tx.execute("DELETE FROM memories WHERE id = ?1", params![id])?;
        tx.commit()?;
        Ok(())
    }

    /// A store's versions, newest first, with the list's filters (`memory_id`, `session_id`,
    /// `api_key_id`, `operation` as columns).
    pub fn list_memory_versions(&self, store_id: &str, q: &ListQuery) -> super::Result<Rows> {
        let mut q = q.clone();
        q.include_archived = true;
        q.filters.push(("store_id", vec![Sql::Text(store_id.to_string())]));
        self.page("SELECT seq, body FROM memory_versions", "", "seq", "created_at", &q)
    }

    pub fn memory_version(&self, store_id: &str, id: &str) -> super::Result<Option<MemoryVersion>> {
        let body: Option<String> = self
            .lock()
            .prepare_cached("SELECT body FROM memory_versions WHERE store_id = ?1 AND id = ?2")?
            .query_row(params![store_id, id], |r| r.get(0))
            .optional()?;
        Ok(body.map(|b| serde_json::from_str(&b)).transpose()?)
    }

    /// Whether a version is the one a live memory holds now (which cannot be redacted).
    pub fn is_memory_head(&self, store_id: &str, version_id: &str) -> super::Result<bool> {
        Ok(self
            .lock()
            .prepare_cached(
                "SELECT 1 FROM memories WHERE store_id = ?1 AND json_extract(body, '$.memory_version_id') = ?2",
            )?
            .query_row(params![store_id, version_id], |_| Ok(()))
            .optional()?
            .is_some())
    }

    pub fn put_memory_version(&self, version: &MemoryVersion) -> super::Result<()> {
        self.lock().execute(
            "UPDATE memory_versions SET body = ?2 WHERE id = ?1",
            params![version.id, serde_json::to_string(version)?],
        )?;
        Ok(())
    }
}

fn memory_in(conn: &Connection, store_id: &str, id: &str) -> super::Result<Option<Memory>> {
    let body: Option<String> = conn
        .prepare_cached("SELECT body FROM memories WHERE store_id = ?1 AND id = ?2")?
        .query_row(params![store_id, id], |r| r.get(0))
        .optional()?;
    Ok(body.map(|b| serde_json::from_str(&b)).transpose()?)
}

fn path_taken(conn: &Connection, store_id: &str, path: &str, except: Option<&str>) -> super::Result<bool> {
    let other: Option<String> = conn
        .prepare_cached("SELECT id FROM memories WHERE store_id = ?1 AND path = ?2")?
        .query_row(params![store_id, path], |r| r.get(0))
        .optional()?;
    Ok(other.is_some_and(|o| Some(o.as_str()) != except))
}

fn check_expected(memory: &Memory, expected: Option<&str>) -> MemoryResult<()> {
    match expected {
        Some(e) if !e.eq_ignore_ascii_case(&memory.content_sha256) => Err(MemoryError::Precondition {
            expected: e.to_string(),
            actual: memory.content_sha256.clone(),
        }),
        _ => Ok(()),
    }
}

/// Records a version of `memory` as it is after `operation` and returns its id.
fn add_version(conn: &Connection, memory: &Memory, operation: &str, actor: &Actor) -> super::Result<String> {
    let deleted = operation == "deleted";
    let version = MemoryVersion {
        id: crate::api::new_id("memver"),
        kind: "memory_version".into(),
        memory_id: memory.id.clone(),
        memory_store_id: memory.memory_store_id.clone(),
        operation: operation.to_string(),
        path: Some(memory.path.clone()),
        content: (!deleted).then(|| memory.content.clone()).flatten(),
        content_sha256: (!deleted).then(|| memory.content_sha256.clone()),
        content_size_bytes: (!deleted).then_some(memory.content_size_bytes),
        created_at: crate::api::now(),
        created_by: Some(actor.to_json()),
        redacted_at: None,
        redacted_by: None,
    };
    let (session, api_key) = match actor {
        Actor::Session(id) => (Some(id.as_str()), None),
        Actor::Api(id) => (None, Some(id.as_str())),
    };
    conn.execute(
        "INSERT INTO memory_versions (id, store_id, memory_id, operation, session_id, api_key_id, created_at, body)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            version.id,
            version.memory_store_id,
            version.memory_id,
            operation,
            session,
            api_key,
            version.created_at,
            serde_json::to_string(&version)?
        ],
    )?;
    Ok(version.id)
}
