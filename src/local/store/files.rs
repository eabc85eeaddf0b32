//! Files' records: the metadata the API shows, and the name of the blob that holds the bytes in
//! the data dir's file store (`local::blobs`): a random key for an upload, the SHA-256 of the
//! bytes for a session's output (and for every file of a data dir from before), which several
//! files may share. An upload's blob is forced to disk after it is answered: until then it is
//! listed in `unsynced_blobs`, written in the same transaction as its file.

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

/// Blobs are named by a key that is not always a hash: the column says what it holds. Uploads'
/// blobs not yet known to be on disk are listed with the boot they were written in.
pub(super) const BLOB_MIGRATION: &str = r#"
ALTER TABLE files RENAME COLUMN sha256 TO blob;
DROP INDEX files_sha256;
CREATE INDEX files_blob ON files (blob);
CREATE TABLE unsynced_blobs (
    blob TEXT PRIMARY KEY,
    boot_id TEXT
) WITHOUT ROWID;
"#;

/// A stored file: what the API shows, and where its bytes are.
pub struct StoredFile {
    pub metadata: FileMetadata,
    /// The blob's name in the file store.
    pub blob: String,
}

/// An upload's blob not yet known to be on disk, and the boot of the machine it was written in.
#[derive(Debug, Clone, PartialEq)]
pub struct UnsyncedBlob {
    pub blob: String,
    pub boot_id: Option<String>,
}

impl Store {
    /// Records a file whose blob is on disk.
    pub fn insert_file(&self, file: &FileMetadata, blob: &str) -> Result<()> {
        insert_file(&self.lock(), file, blob)
    }

    /// Records an upload whose blob is not yet forced to disk: the file and the blob's place in
    /// `unsynced_blobs` are written at once, so the database never names an upload's blob
    /// without the note that a power cut may tear it.
    pub fn insert_upload(&self, file: &FileMetadata, blob: &str, boot_id: &str) -> Result<()> {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        insert_file(&tx, file, blob)?;
        tx.execute(
            "INSERT OR REPLACE INTO unsynced_blobs (blob, boot_id) VALUES (?1, ?2)",
            params![blob, boot_id],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The blob is on disk (`fsync`ed): it leaves `unsynced_blobs`.
    pub fn blob_synced(&self, blob: &str) -> Result<()> {
        self.lock()
            .prepare_cached("DELETE FROM unsynced_blobs WHERE blob = ?1")?
            .execute(params![blob])?;
        Ok(())
    }

    /// Uploads' blobs not yet known to be on disk.
    pub fn unsynced_blobs(&self) -> Result<Vec<UnsyncedBlob>> {
        let conn = self.lock();
        let mut stmt = conn.prepare("SELECT blob, boot_id FROM unsynced_blobs ORDER BY blob")?;
        let rows = stmt.query_map([], |r| {
            Ok(UnsyncedBlob {
                blob: r.get(0)?,
                boot_id: r.get(1)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Forgets the files whose blob a power cut tore, with the note; returns their ids.
    pub fn drop_torn_blob(&self, blob: &str) -> Result<Vec<String>> {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        let ids = {
            let mut stmt = tx.prepare("DELETE FROM files WHERE blob = ?1 RETURNING id")?;
            let ids = stmt.query_map(params![blob], |r| r.get(0))?;
            ids.collect::<rusqlite::Result<Vec<String>>>()?
        };
        tx.execute("DELETE FROM unsynced_blobs WHERE blob = ?1", params![blob])?;
        tx.commit()?;
        Ok(ids)
    }

    pub fn file(&self, id: &str) -> Result<Option<StoredFile>> {
        let row: Option<(String, String)> = self
            .lock()
            .prepare_cached("SELECT body, blob FROM files WHERE id = ?1")?
            .query_row(params![id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        row.map(|(body, blob)| {
            Ok(StoredFile {
                metadata: serde_json::from_str(&body)?,
                blob,
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

    /// Deletes a file's record; returns its blob's name when no other file holds that blob.
    pub fn delete_file(&self, id: &str) -> Result<Option<String>> {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        let blob: Option<String> = tx
            .query_row("DELETE FROM files WHERE id = ?1 RETURNING blob", params![id], |r| {
                r.get(0)
            })
            .optional()?;
        let orphan = match blob {
            Some(blob) => {
                let left: i64 = tx.query_row("SELECT COUNT(*) FROM files WHERE blob = ?1", params![blob], |r| {
                    r.get(0)
                })?;
                if left == 0 {
                    tx.execute("DELETE FROM unsynced_blobs WHERE blob = ?1", params![blob])?;
                }
                (left == 0).then_some(blob)
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

    /// Stores a session's output as a file scoped to it, and remembers it by path and content:
    /// its blob is named by its SHA-256.
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

fn insert_file(conn: &Connection, file: &FileMetadata, blob: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO files (id, blob, scope_id, created_at, body) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            file.id,
            blob,
            file.scope.as_ref().map(|s| &s.id),
            file.created_at,
            serde_json::to_string(file)?
        ],
    )?;
    Ok(())
}
