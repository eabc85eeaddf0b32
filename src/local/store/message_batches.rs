//! Message batches' records: the batch as the API shows it, the headers its requests are sent
//! with, and each request with its result once it has one. Processing rules live in
//! `local::message_batches`; this file only loads and saves.

use rusqlite::{OptionalExtension, params};

use super::{Result, Store};
use crate::api::message_batches::{MessageBatch, RequestCounts};

pub(super) const MIGRATION: &str = r#"
CREATE TABLE message_batches (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    headers TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX message_batches_status ON message_batches (status);
CREATE TABLE message_batch_requests (
    batch_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    custom_id TEXT NOT NULL,
    params TEXT NOT NULL,
    result_type TEXT,
    result TEXT,
    PRIMARY KEY (batch_id, position)
) WITHOUT ROWID;
"#;

/// A request of a batch that has no result yet.
pub struct PendingRequest {
    pub position: i64,
    pub params: String,
}

/// Where a page of batches starts (a `seq`): the newest, just older than a batch, or just newer.
#[derive(Debug, Clone, Copy)]
pub enum BatchesFrom {
    Newest,
    OlderThan(i64),
    NewerThan(i64),
}

/// One page of batches, newest first, and whether more lie beyond it.
pub struct BatchPage {
    pub batches: Vec<MessageBatch>,
    pub has_more: bool,
}

impl Store {
    /// Stores a new batch with its requests (`custom_id`, params JSON), in one transaction.
    pub fn insert_message_batch(
        &self,
        batch: &MessageBatch,
        headers: &str,
        requests: &[(String, String)],
    ) -> Result<()> {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        tx.execute(
            "INSERT INTO message_batches (id, status, headers, body) VALUES (?1, ?2, ?3, ?4)",
            params![
                batch.id,
                batch.processing_status,
                headers,
                serde_json::to_string(batch)?
            ],
        )?;
        {
            let mut insert = tx.prepare_cached(
                "INSERT INTO message_batch_requests (batch_id, position, custom_id, params) VALUES (?1, ?2, ?3, ?4)",
            )?;
            for (position, (custom_id, params)) in requests.iter().enumerate() {
                insert.execute(params![batch.id, position as i64, custom_id, params])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    pub fn message_batch(&self, id: &str) -> Result<Option<MessageBatch>> {
        let body: Option<String> = self
            .lock()
            .prepare_cached("SELECT body FROM message_batches WHERE id = ?1")?
            .query_row(params![id], |r| r.get(0))
            .optional()?;
        Ok(body.map(|b| serde_json::from_str(&b)).transpose()?)
    }

    pub fn put_message_batch(&self, batch: &MessageBatch) -> Result<()> {
        self.lock().execute(
            "UPDATE message_batches SET status = ?2, body = ?3 WHERE id = ?1",
            params![batch.id, batch.processing_status, serde_json::to_string(batch)?],
        )?;
        Ok(())
    }

    /// The headers a batch's requests are sent with (a JSON object).
    pub fn message_batch_headers(&self, id: &str) -> Result<Option<String>> {
        Ok(self
            .lock()
            .prepare_cached("SELECT headers FROM message_batches WHERE id = ?1")?
            .query_row(params![id], |r| r.get(0))
            .optional()?)
    }

    pub fn pending_batch_requests(&self, id: &str) -> Result<Vec<PendingRequest>> {
        let conn = self.lock();
        let mut stmt = conn.prepare_cached(
            "SELECT position, params FROM message_batch_requests WHERE batch_id = ?1 AND result IS NULL ORDER BY position",
        )?;
        let rows = stmt.query_map(params![id], |r| {
            Ok(PendingRequest {
                position: r.get(0)?,
                params: r.get(1)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Records a request's result (`{"type": ...}` JSON) under its type.
    pub fn set_batch_result(&self, id: &str, position: i64, kind: &str, result: &str) -> Result<()> {
        self.lock().execute(
            "UPDATE message_batch_requests SET result_type = ?3, result = ?4 WHERE batch_id = ?1 AND position = ?2",
            params![id, position, kind, result],
        )?;
        Ok(())
    }

    /// How many of a batch's requests have each result type; requests without one are processing.
    pub fn batch_result_counts(&self, id: &str) -> Result<RequestCounts> {
        let conn = self.lock();
        let mut stmt = conn.prepare_cached(
            "SELECT result_type, COUNT(*) FROM message_batch_requests WHERE batch_id = ?1 GROUP BY result_type",
        )?;
        let mut counts = RequestCounts::default();
        let rows = stmt.query_map(params![id], |r| {
            Ok((r.get::<_, Option<String>>(0)?, r.get::<_, i64>(1)?))
        })?;
        for row in rows {
            let (kind, n) = row?;
            let slot = match kind.as_deref() {
                None => &mut counts.processing,
                Some("succeeded") => &mut counts.succeeded,
                Some("errored") => &mut counts.errored,
                Some("canceled") => &mut counts.canceled,
                Some(_) => &mut counts.expired,
            };
            *slot += n.unsigned_abs();
        }
        Ok(counts)
    }

    /// A batch's results in request order: (custom_id, result JSON).
    pub fn batch_results(&self, id: &str) -> Result<Vec<(String, String)>> {
        let conn = self.lock();
        let mut stmt = conn.prepare_cached(
            "SELECT custom_id, result FROM message_batch_requests WHERE batch_id = ?1 AND result IS NOT NULL ORDER BY position",
        )?;
        let rows = stmt.query_map(params![id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Where a batch is in the list (its `seq`), if it exists.
    pub fn message_batch_seq(&self, id: &str) -> Result<Option<i64>> {
        Ok(self
            .lock()
            .prepare_cached("SELECT seq FROM message_batches WHERE id = ?1")?
            .query_row(params![id], |r| r.get(0))
            .optional()?)
    }

    /// `limit` batches, newest first, from where `from` says.
    pub fn list_message_batches(&self, from: BatchesFrom, limit: usize) -> Result<BatchPage> {
        let (condition, cursor) = match from {
            BatchesFrom::Newest => ("seq < ?1 ORDER BY seq DESC", i64::MAX),
            BatchesFrom::OlderThan(seq) => ("seq < ?1 ORDER BY seq DESC", seq),
            BatchesFrom::NewerThan(seq) => ("seq > ?1 ORDER BY seq ASC", seq),
        };
        let conn = self.lock();
        let sql = format!("SELECT body FROM message_batches WHERE {condition} LIMIT ?2");
        let mut stmt = conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![cursor, limit as i64 + 1], |r| r.get::<_, String>(0))?;
        let mut bodies: Vec<String> = rows.collect::<rusqlite::Result<_>>()?;
        let has_more = bodies.len() > limit;
        bodies.truncate(limit);
        if matches!(from, BatchesFrom::NewerThan(_)) {
            bodies.reverse();
        }
        let batches = bodies
            .iter()
            .map(|b| serde_json::from_str(b))
            .collect::<serde_json::Result<_>>()?;
        Ok(BatchPage { batches, has_more })
    }

    pub fn delete_message_batch(&self, id: &str) -> Result<bool> {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        tx.execute("DELETE FROM message_batch_requests WHERE batch_id = ?1", params![id])?;
        let deleted = tx.execute("DELETE FROM message_batches WHERE id = ?1", params![id])?;
        tx.commit()?;
        Ok(deleted > 0)
    }

    /// The batches whose processing has not ended (to take up again after a restart).
    pub fn unfinished_message_batches(&self) -> Result<Vec<String>> {
        let conn = self.lock();
        let mut stmt = conn.prepare_cached("SELECT id FROM message_batches WHERE status <> 'ended' ORDER BY seq")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
