//! Files' records: the metadata the API shows, and the SHA-256 of the bytes, which live in the
//! data dir's content store (`local::blobs`). Several files may share one blob.

use rusqlite::types::Value as Sql;
use rusqlite::{Connection, OptionalExtension, params};

use super::{ListQuery, Result, Rows, Store};
use crate::api::files::FileMetadata;

pub(super) const MIGRATION: &str = r#"
CREATE TABLE files (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL,
    scope_id TEXT,
    created_at TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0,
    body TEXT NOT NULL
);
CREATE INDEX files_scope ON files (scope_id, seq);
CREATE INDEX files_sha256 ON files (sha256);
CREATE TABLE session_outputs (
    session_id TEXT NOT NULL,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    file_id TEXT NOT NULL,
    PRIMARY KEY (session_id, path, sha256)
) WITHOUT ROWID;
"#;

/// A stored file: what the API shows, and where its bytes are.
pub struct StoredFile {
    pub metadata: FileMetadata,
    pub sha256: String,
}

impl Store {
    pub fn insert_file(&self, file: &FileMetadata, sha256: &str) -> Result<()> {
        insert_file(&self.lock(), file, sha256)
    }

    pub fn file(&self, id: &str) -> Result<Option<StoredFile>> {
        let row: Option<(String, String)> = self
            .lock()
            .prepare_cached("SELECT body, sha256 FROM files WHERE id = ?1")?
            .query_row(params![id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        row.map(|(body, sha256)| {
            Ok(StoredFile {
                metadata: serde_json::from_str(&body)?,
                sha256,
            })
        })
        .transpose()
    }

    /// Files newest first, of one scope (`scope_id`) or all; `ids` restricts them to those.
    pub fn list_files(&self, scope_id: Option<&str>, ids: &[String], q: &ListQuery) -> Result<Rows> {
        let mut q = q.clone();
        if let Some(scope) = scope_id {
            q.filters.push(("scope_id", vec![Sql::Text(scope.to_string())]));
        }
        if !ids.is_empty() {
            q.filters
                .push(("id", ids.iter().map(|i| Sql::Text(i.clone())).collect()));
        }
        self.page("SELECT seq, body FROM files", "", "seq", "created_at", &q)
    }

    /// Where a file is in the list (its `seq`), if it exists.
    pub fn file_seq(&self, id: &str) -> Result<Option<i64>> {
        Ok(self
            .lock()
            .prepare_cached("SELECT seq FROM files WHERE id = ?1")?
            .query_row(params![id], |r| r.get(0))
            .optional()?)
    }

    /// Deletes a file's record; returns its blob's hash when no other file holds that blob.
    pub fn delete_file(&self, id: &str) -> Result<Option<String>> {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        let sha: Option<String> = tx
            .query_row("DELETE FROM files WHERE id = ?1 RETURNING sha256", params![id], |r| {
                r.get(0)
            })
            .optional()?;
        let orphan = match sha {
            Some(sha) => {
                let left: i64 = tx.query_row("SELECT COUNT(*) FROM files WHERE sha256 = ?1", params![sha], |r| {
                    r.get(0)
                })?;
                (left == 0).then_some(sha)
            }
            None => None,
        };
        tx.commit()?;
        Ok(orphan)
    }

    /// The file a session's output at `path` with these bytes became, if it was taken already.
    pub fn session_output(&self, session_id: &str, path: &str, sha256: &str) -> Result<Option<String>> {
        Ok(self
            .lock()
            .prepare_cached("SELECT file_id FROM session_outputs WHERE session_id = ?1 AND path = ?2 AND sha256 = ?3")?
            .query_row(params![session_id, path, sha256], |r| r.get(0))
            .optional()?)
    }

    /// Stores a session's output as a file scoped to it, and remembers it by path and content.
    pub fn insert_session_output(&self, file: &FileMetadata, sha256: &str, path: &str) -> Result<()> {
        let scope = file.scope.as_ref().map(|s| s.id.clone()).unwrap_or_default();
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        insert_file(&tx, file, sha256)?;
        tx.execute(
            "INSERT INTO session_outputs (session_id, path, sha256, file_id) VALUES (?1, ?2, ?3, ?4)",
            params![scope, path, sha256, file.id],
        )?;
        tx.commit()?;
        Ok(())
    }
}

fn insert_file(conn: &Connection, file: &FileMetadata, sha256: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO files (id, sha256, scope_id, created_at, body) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            file.id,
            sha256,
            file.scope.as_ref().map(|s| &s.id),
            file.created_at,
            serde_json::to_string(file)?
        ],
    )?;
    Ok(())
}
