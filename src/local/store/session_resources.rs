//! Session resources' records: one row per resource, as the API shows it, with a repository's
//! token beside it (used by the server alone, never shown). The session's own `resources`
//! list is rewritten from these rows in the transaction that changes them.

use rusqlite::types::Value as Sql;
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::Value;

use super::{ListQuery, Result, Rows, SessionRow, Store};

pub(super) const MIGRATION: &str = r#"
CREATE TABLE session_resources (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    session_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    created_at TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0,
    secret TEXT,
    body TEXT NOT NULL
);
CREATE INDEX session_resources_session ON session_resources (session_id, seq);
"#;

/// A resource as stored: its id (memory stores show none), type, body as shown, and secret.
#[derive(Debug, Clone)]
pub struct StoredResource {
    pub id: String,
    pub kind: String,
    pub body: Value,
    pub secret: Option<String>,
}

impl Store {
    /// Stores a new session and its resources in one transaction.
    pub fn insert_session_with_resources(
        &self,
        session: &SessionRow,
        body: &str,
        resources: &[StoredResource],
    ) -> Result<()> {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        super::insert_session_row(&tx, session, body)?;
        for r in resources {
            insert_resource(&tx, session.id, r, session.created_at)?;
        }
        refresh(&tx, session.id, session.created_at)?;
        tx.commit()?;
        Ok(())
    }

    pub fn add_session_resource(&self, session_id: &str, resource: &StoredResource, now: &str) -> Result<()> {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        insert_resource(&tx, session_id, resource, now)?;
        refresh(&tx, session_id, now)?;
        tx.commit()?;
        Ok(())
    }

    /// Replaces a resource's body and secret (a rotated token).
    pub fn put_session_resource(&self, session_id: &str, resource: &StoredResource, now: &str) -> Result<()> {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        tx.execute(
            "UPDATE session_resources SET body = ?3, secret = ?4 WHERE session_id = ?1 AND id = ?2",
            params![session_id, resource.id, resource.body.to_string(), resource.secret],
        )?;
        refresh(&tx, session_id, now)?;
        tx.commit()?;
        Ok(())
    }

    pub fn delete_session_resource(&self, session_id: &str, id: &str, now: &str) -> Result<bool> {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        let n = tx.execute(
            "DELETE FROM session_resources WHERE session_id = ?1 AND id = ?2",
            params![session_id, id],
        )?;
        refresh(&tx, session_id, now)?;
        tx.commit()?;
        Ok(n > 0)
    }

    /// A session's resources in the order they were added.
    pub fn session_resources(&self, session_id: &str) -> Result<Vec<StoredResource>> {
        let conn = self.lock();
        let mut stmt = conn.prepare_cached(
            "SELECT id, kind, body, secret FROM session_resources WHERE session_id = ?1 ORDER BY seq",
        )?;
        let rows = stmt.query_map(params![session_id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, kind, body, secret) = row?;
            out.push(StoredResource {
                id,
                kind,
                body: serde_json::from_str(&body)?,
                secret,
            });
        }
        Ok(out)
    }

    pub fn list_session_resources(&self, session_id: &str, q: &ListQuery) -> Result<Rows> {
        let mut q = q.clone();
        q.include_archived = true;
        q.filters.push(("session_id", vec![Sql::Text(session_id.to_string())]));
        self.page("SELECT seq, body FROM session_resources", "", "seq", "created_at", &q)
    }

    pub fn session_resource(&self, session_id: &str, id: &str) -> Result<Option<StoredResource>> {
        let row: Option<(String, String, Option<String>)> = self
            .lock()
            .prepare_cached("SELECT kind, body, secret FROM session_resources WHERE session_id = ?1 AND id = ?2")?
            .query_row(params![session_id, id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        row.map(|(kind, body, secret)| {
            Ok(StoredResource {
                id: id.to_string(),
                kind,
                body: serde_json::from_str(&body)?,
                secret,
            })
        })
        .transpose()
    }

    /// Whether a session has this memory store attached (what lets its worker sync it).
    pub fn session_has_memory_store(&self, session_id: &str, store_id: &str) -> Result<bool> {
        Ok(self
            .lock()
            .prepare_cached(
                "SELECT 1 FROM session_resources WHERE session_id = ?1 AND kind = 'memory_store'
                 AND json_extract(body, '$.memory_store_id') = ?2",
            )?
            .query_row(params![session_id, store_id], |_| Ok(()))
            .optional()?
            .is_some())
    }
}

fn insert_resource(conn: &Connection, session_id: &str, r: &StoredResource, now: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO session_resources (id, session_id, kind, created_at, secret, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![r.id, session_id, r.kind, now, r.secret, r.body.to_string()],
    )?;
    Ok(())
}

/// Rewrites the session's `resources` from its rows.
fn refresh(conn: &Connection, session_id: &str, now: &str) -> Result<()> {
    conn.execute(
        "UPDATE sessions SET body = json_set(body,
            '$.resources', json((SELECT json_group_array(json(body)) FROM
                (SELECT body FROM session_resources WHERE session_id = ?1 ORDER BY seq))),
            '$.updated_at', ?2)
         WHERE id = ?1",
        params![session_id, now],
    )?;
    Ok(())
}
