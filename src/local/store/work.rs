//! The self-hosted work queue's records: one row per work item (a session that needs a worker),
//! and the hashes of environment keys. Queue rules live in `local::work`; this file only loads
//! and saves, each change in one transaction under the store's lock.

use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::{Result, Store};
use crate::api::Metadata;

/// A work item as stored: the API fields plus the lease bookkeeping the API never shows.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct WorkItem {
    pub id: String,
    pub environment_id: String,
    pub session_id: String,
    /// `queued`, `starting`, `active`, `stopping` or `stopped`.
    pub state: String,
    pub metadata: Metadata,
    pub created_at: String,
    pub acknowledged_at: Option<String>,
    pub started_at: Option<String>,
    pub latest_heartbeat_at: Option<String>,
    pub stop_requested_at: Option<String>,
    pub stopped_at: Option<String>,
    /// When a worker last received it from a poll (Unix ms); it is re-offered after the reclaim window.
    pub polled_at_ms: Option<i64>,
    pub worker_id: Option<String>,
    /// The lease of a claimed item ends here (Unix ms) unless a heartbeat extends it.
    pub lease_until_ms: Option<i64>,
    /// The value the next heartbeat must echo; None before the first.
    pub last_heartbeat: Option<String>,
    /// SHA-256 of the sessions token handed out with the item's `secret`.
    pub token_hash: Option<String>,
}

fn load(row: Option<String>) -> Result<Option<WorkItem>> {
    Ok(row.map(|b| serde_json::from_str(&b)).transpose()?)
}

impl Store {
    pub fn add_environment_key(&self, hash: &str, environment_id: &str, at: &str) -> Result<()> {
        self.lock().execute(
            "INSERT INTO environment_keys (hash, environment_id, created_at) VALUES (?1, ?2, ?3)",
            params![hash, environment_id, at],
        )?;
        Ok(())
    }

    /// The environment an environment key (given by its hash) belongs to.
    pub fn environment_of_key(&self, hash: &str) -> Result<Option<String>> {
        Ok(self
            .lock()
            .prepare_cached("SELECT environment_id FROM environment_keys WHERE hash = ?1")?
            .query_row(params![hash], |r| r.get(0))
            .optional()?)
    }

    /// The live work item a sessions token (given by its hash) was issued with.
    pub fn work_of_token(&self, hash: &str) -> Result<Option<WorkItem>> {
        load(
            self.lock()
                .prepare_cached("SELECT body FROM work_items WHERE token_hash = ?1 AND state <> 'stopped'")?
                .query_row(params![hash], |r| r.get(0))
                .optional()?,
        )
    }

    pub fn insert_work(&self, item: &WorkItem) -> Result<()> {
        self.lock().execute(
            "INSERT INTO work_items (id, environment_id, session_id, state, token_hash, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![item.id, item.environment_id, item.session_id, item.state, item.token_hash, serde_json::to_string(item)?],
        )?;
        Ok(())
    }

    /// Whether a session has an item that is not stopped (queued, or held by a worker).
    pub fn has_live_work(&self, session_id: &str) -> Result<bool> {
        Ok(self
            .lock()
            .prepare_cached("SELECT 1 FROM work_items WHERE session_id = ?1 AND state <> 'stopped' LIMIT 1")?
            .query_row(params![session_id], |_| Ok(()))
            .optional()?
            .is_some())
    }

    pub fn work(&self, environment_id: &str, id: &str) -> Result<Option<WorkItem>> {
        load(
            self.lock()
                .prepare_cached("SELECT body FROM work_items WHERE id = ?1 AND environment_id = ?2")?
                .query_row(params![id, environment_id], |r| r.get(0))
                .optional()?,
        )
    }

    /// Loads items matching `filter` (a WHERE clause over the columns), lets `change` edit them,
    /// and saves what it returned true for, all in one transaction.
    pub fn update_work<F>(&self, filter: &str, args: &[&dyn rusqlite::ToSql], mut change: F) -> Result<Vec<WorkItem>>
    where
        F: FnMut(&mut WorkItem) -> bool,
    {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        let rows: Vec<String> = tx
            .prepare_cached(&format!("SELECT body FROM work_items WHERE {filter} ORDER BY seq"))?
            .query_map(args, |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut changed = Vec::new();
        for body in rows {
            let mut item: WorkItem = serde_json::from_str(&body)?;
            if change(&mut item) {
                tx.execute(
                    "UPDATE work_items SET state = ?2, token_hash = ?3, body = ?4 WHERE id = ?1",
                    params![item.id, item.state, item.token_hash, serde_json::to_string(&item)?],
                )?;
                changed.push(item);
            }
        }
        tx.commit()?;
        Ok(changed)
    }

    /// Every item of an environment, oldest first (the queue's state for stats and lists).
    pub fn environment_work(&self, environment_id: &str) -> Result<Vec<WorkItem>> {
        let conn = self.lock();
        let mut stmt = conn.prepare_cached("SELECT body FROM work_items WHERE environment_id = ?1 ORDER BY seq")?;
        let rows: Vec<String> = stmt
            .query_map(params![environment_id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        rows.iter().map(|b| Ok(serde_json::from_str(b)?)).collect()
    }
}
