//! SQLite storage: resources as JSON bodies with a few indexed columns, and each session's
//! append-only event log. WAL with `synchronous=NORMAL`: a committed transaction survives a
//! crash of the process (kill -9), which is the durability the API promises its clients.

use std::path::Path;
use std::sync::Mutex;

use rusqlite::types::Value as Sql;
use rusqlite::{Connection, OptionalExtension, params, params_from_iter};

use crate::api::events::Event;
use serde_json::Value;

mod deployments;
mod files;
mod memory_stores;
mod message_batches;
mod session_resources;
mod skills;
mod vaults;
mod work;
pub use deployments::{DeploymentRow, PendingRun, RunClaim, StoredDeployment};
pub use files::{StoredFile, UnsyncedBlob};
pub use memory_stores::{MemoryChange, MemoryError, content_sha256};
pub use message_batches::{BatchPage, BatchesFrom, PendingRequest};
pub use session_resources::StoredResource;
pub use vaults::{CredentialRecord, Refused};
pub use work::WorkItem;

/// Schema migrations, applied in order; `PRAGMA user_version` records how many ran.
const MIGRATIONS: &[&str] = &[
    r#"
CREATE TABLE agents (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE agent_versions (
    agent_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (agent_id, version)
) WITHOUT ROWID;
CREATE TABLE environments (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0,
    body TEXT NOT NULL
);
CREATE TABLE sessions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    agent_id TEXT NOT NULL,
    agent_version INTEGER NOT NULL,
    environment_id TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0,
    body TEXT NOT NULL
);
CREATE INDEX sessions_agent ON sessions (agent_id, seq);
CREATE INDEX sessions_status ON sessions (status);
CREATE TABLE events (
    session_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    id TEXT NOT NULL,
    type TEXT NOT NULL,
    processed_at TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (session_id, seq)
) WITHOUT ROWID;
"#,
    r#"
CREATE TABLE environment_keys (
    hash TEXT PRIMARY KEY,
    environment_id TEXT NOT NULL,
    created_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE work_items (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    environment_id TEXT NOT NULL,
    session_id TEXT NOT NULL,
    state TEXT NOT NULL,
    token_hash TEXT,
    body TEXT NOT NULL
);
CREATE INDEX work_queue ON work_items (environment_id, state, seq);
CREATE INDEX work_session ON work_items (session_id, state);
CREATE INDEX work_token ON work_items (token_hash);
"#,
    message_batches::MIGRATION,
    vaults::MIGRATION,
    files::MIGRATION,
    memory_stores::MIGRATION,
    skills::MIGRATION,
    session_resources::MIGRATION,
    // Threads: which thread an event belongs to, and whether the primary stream shows it.
    r#"
ALTER TABLE events ADD COLUMN thread_id TEXT;
ALTER TABLE events ADD COLUMN on_primary INTEGER NOT NULL DEFAULT 1;
CREATE TABLE thread_archives (
    session_id TEXT NOT NULL,
    thread_id TEXT NOT NULL,
    archived_at TEXT NOT NULL,
    PRIMARY KEY (session_id, thread_id)
) WITHOUT ROWID;
"#,
    deployments::MIGRATION,
    files::BLOB_MIGRATION,
];

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("stored JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("database file: {0}")]
    File(#[from] std::io::Error),
    #[error("the database was written by a newer ant (schema {found}, this build knows {known})")]
    TooNew { found: usize, known: usize },
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// Which rows of a list, and in what order: the cursor is the `seq` of the last row handed out.
#[derive(Debug, Clone, Default)]
pub struct ListQuery {
    pub limit: usize,
    pub after: Option<i64>,
    pub desc: bool,
    pub include_archived: bool,
    /// `created_at` (or `processed_at` for events) bounds: (operator, canonical timestamp).
    pub time: Vec<(&'static str, String)>,
    /// Extra equality / membership filters: (column, allowed values).
    pub filters: Vec<(&'static str, Vec<Sql>)>,
}

/// One page: raw JSON bodies, and the cursor of the last row when more rows follow.
pub struct Rows {
    pub bodies: Vec<String>,
    pub next: Option<i64>,
}

pub struct Store {
    conn: Mutex<Connection>,
}

impl Store {
    pub fn open(path: &Path) -> Result<Self> {
        let mut conn = Connection::open(path)?;
        // It holds vault secrets: this user's only. SQLite gives its WAL and shared-memory files
        // the database file's mode; older ones are set here too.
        for suffix in ["", "-wal", "-shm"] {
            let file = format!("{}{suffix}", path.display());
            match std::fs::set_permissions(&file, std::os::unix::fs::PermissionsExt::from_mode(0o600)) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e.into()),
                _ => {}
            }
        }
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        migrate(&mut conn)?;
        Ok(Self { conn: Mutex::new(conn) })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave SQLite half-written (transactions roll back).
        self.conn.lock().unwrap_or_else(|e| e.into_inner())
    }

    // ---- agents ----

    pub fn insert_agent(&self, id: &str, version: u32, created_at: &str, body: &str) -> Result<()> {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        tx.execute(
            "INSERT INTO agents (id, version, created_at) VALUES (?1, ?2, ?3)",
            params![id, version, created_at],
        )?;
        tx.execute(
            "INSERT INTO agent_versions (agent_id, version, body) VALUES (?1, ?2, ?3)",
            params![id, version, body],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The body of an agent's latest version, or of `version`.
    pub fn agent(&self, id: &str, version: Option<u32>) -> Result<Option<String>> {
        let conn = self.lock();
        let body = match version {
            Some(v) => conn
                .prepare_cached("SELECT body FROM agent_versions WHERE agent_id = ?1 AND version = ?2")?
                .query_row(params![id, v], |r| r.get(0))
                .optional()?,
            None => conn
                .prepare_cached(
                    "SELECT v.body FROM agents a JOIN agent_versions v ON v.agent_id = a.id AND v.version = a.version
                     WHERE a.id = ?1",
                )?
                .query_row(params![id], |r| r.get(0))
                .optional()?,
        };
        Ok(body)
    }

    /// Stores a new version if the latest is still `expected`; false when another write won.
    pub fn add_agent_version(&self, id: &str, expected: u32, version: u32, body: &str) -> Result<bool> {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        let n = tx.execute(
            "UPDATE agents SET version = ?1 WHERE id = ?2 AND version = ?3",
            params![version, id, expected],
        )?;
        if n == 0 {
            return Ok(false);
        }
        tx.execute(
            "INSERT INTO agent_versions (agent_id, version, body) VALUES (?1, ?2, ?3)",
            params![id, version, body],
        )?;
        tx.commit()?;
        Ok(true)
    }

    pub fn archive_agent(&self, id: &str, at: &str) -> Result<()> {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        tx.execute("UPDATE agents SET archived = 1 WHERE id = ?1", params![id])?;
        tx.execute(
            "UPDATE agent_versions SET body = json_set(body, '$.archived_at', ?2, '$.updated_at', ?2) WHERE agent_id = ?1",
            params![id, at],
        )?;
        tx.commit()?;
        Ok(())
    }

    pub fn list_agents(&self, q: &ListQuery) -> Result<Rows> {
        self.page(
            "SELECT a.seq, v.body FROM agents a JOIN agent_versions v ON v.agent_id = a.id AND v.version = a.version",
            "a.",
            "seq",
            "created_at",
            q,
        )
    }

    pub fn list_agent_versions(&self, id: &str, q: &ListQuery) -> Result<Rows> {
        let mut q = q.clone();
        q.include_archived = true;
        q.filters.push(("agent_id", vec![Sql::Text(id.to_string())]));
        self.page("SELECT version, body FROM agent_versions", "", "version", "", &q)
    }

    // ---- environments ----

    pub fn insert_environment(&self, id: &str, created_at: &str, body: &str) -> Result<()> {
        self.lock().execute(
            "INSERT INTO environments (id, created_at, body) VALUES (?1, ?2, ?3)",
            params![id, created_at, body],
        )?;
        Ok(())
    }

    pub fn environment(&self, id: &str) -> Result<Option<String>> {
        Ok(self
            .lock()
            .prepare_cached("SELECT body FROM environments WHERE id = ?1")?
            .query_row(params![id], |r| r.get(0))
            .optional()?)
    }

    pub fn put_environment(&self, id: &str, archived: bool, body: &str) -> Result<()> {
        self.lock().execute(
            "UPDATE environments SET body = ?2, archived = ?3 WHERE id = ?1",
            params![id, body, archived],
        )?;
        Ok(())
    }

    pub fn delete_environment(&self, id: &str) -> Result<bool> {
        Ok(self
            .lock()
            .execute("DELETE FROM environments WHERE id = ?1", params![id])?
            > 0)
    }

    pub fn list_environments(&self, q: &ListQuery) -> Result<Rows> {
        self.page("SELECT seq, body FROM environments", "", "seq", "created_at", q)
    }

    // ---- sessions ----

    pub fn insert_session(&self, s: &SessionRow, body: &str) -> Result<()> {
        insert_session_row(&self.lock(), s, body)
    }

    /// The event with this id in a session's log. A scan of that session's events: lookups are
    /// rare (answers to tool calls), and an index on ids would slow every append.
    pub fn event(&self, session_id: &str, id: &str) -> Result<Option<Event>> {
        let body: Option<String> = self
            .lock()
            .prepare_cached("SELECT body FROM events WHERE session_id = ?2 AND id = ?1")?
            .query_row(params![id, session_id], |r| r.get(0))
            .optional()?;
        Ok(body.map(|b| serde_json::from_str(&b)).transpose()?)
    }

    pub fn session(&self, id: &str) -> Result<Option<String>> {
        Ok(self
            .lock()
            .prepare_cached("SELECT body FROM sessions WHERE id = ?1")?
            .query_row(params![id], |r| r.get(0))
            .optional()?)
    }

    /// Replaces a session's body, keeping the status and usage that its log maintains and the
    /// resources that its resource rows do.
    pub fn put_session(&self, id: &str, archived: bool, body: &str) -> Result<()> {
        self.lock().execute(
            "UPDATE sessions SET body = json_set(?2, '$.status', status, '$.usage', body -> '$.usage',
                                                 '$.resources', body -> '$.resources'), archived = ?3
             WHERE id = ?1",
            params![id, body, archived],
        )?;
        Ok(())
    }

    /// Deletes a session and its whole event log.
    pub fn delete_session(&self, id: &str) -> Result<bool> {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        tx.execute("DELETE FROM events WHERE session_id = ?1", params![id])?;
        tx.execute("DELETE FROM session_resources WHERE session_id = ?1", params![id])?;
        let n = tx.execute("DELETE FROM sessions WHERE id = ?1", params![id])?;
        tx.commit()?;
        Ok(n > 0)
    }

    pub fn list_sessions(&self, q: &ListQuery) -> Result<Rows> {
        self.page("SELECT seq, body FROM sessions", "", "seq", "created_at", q)
    }

    /// Ids of sessions whose log does not end in a `session.status_idle` or
    /// `session.status_terminated`, oldest first: those a crash may have left with work to do
    /// (a turn under way, or client input that no turn has taken up yet). The engine only ever
    /// appends an idle after folding every event before it, so a log that ends in one holds no
    /// input left over. One primary-key look-up per session.
    pub fn sessions_with_open_logs(&self) -> Result<Vec<String>> {
        let conn = self.lock();
        let mut stmt = conn.prepare(
            "SELECT s.id FROM sessions s
             WHERE (SELECT e.type FROM events e WHERE e.session_id = s.id ORDER BY e.seq DESC LIMIT 1)
                   NOT IN ('session.status_idle', 'session.status_terminated')
             ORDER BY s.seq",
        )?;
        let ids = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        Ok(ids)
    }

    // ---- events ----

    /// Appends events to a session's log in one transaction, stamping `processed_at`, and keeps the
    /// session's `status` and `usage` (derived from status and usage events) in step. `published`
    /// runs while the log is still locked, so subscribers see events in log order. Returns the
    /// sequence number of the last event.
    pub fn append_events(
        &self,
        session_id: &str,
        events: &mut [Event],
        published: impl FnOnce(&[Event]),
    ) -> Result<i64> {
        Ok(self
            .append_checked(session_id, None, events, published)?
            .unwrap_or_default())
    }

    /// Appends as [`Store::append_events`] does, but only while the log still ends at
    /// sequence number `last`; otherwise (another event came first) appends nothing and
    /// returns None.
    pub fn append_events_if_last(
        &self,
        session_id: &str,
        last: i64,
        events: &mut [Event],
        published: impl FnOnce(&[Event]),
    ) -> Result<Option<i64>> {
        self.append_checked(session_id, Some(last), events, published)
    }

    fn append_checked(
        &self,
        session_id: &str,
        expected_last: Option<i64>,
        events: &mut [Event],
        published: impl FnOnce(&[Event]),
    ) -> Result<Option<i64>> {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        let mut seq: i64 = tx
            .prepare_cached("SELECT COALESCE(MAX(seq), 0) FROM events WHERE session_id = ?1")?
            .query_row(params![session_id], |r| r.get(0))?;
        if expected_last.is_some_and(|last| last != seq) {
            return Ok(None);
        }
        let now = crate::api::now();
        let mut outcomes = None;
        {
            let mut insert = tx.prepare_cached(
                "INSERT INTO events (session_id, seq, id, type, processed_at, body, thread_id, on_primary)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?;
            let mut status = tx.prepare_cached(
                "UPDATE sessions SET status = ?2, body = json_set(body, '$.status', ?2, '$.updated_at', ?3) WHERE id = ?1",
            )?;
            let mut usage =
                tx.prepare_cached("UPDATE sessions SET body = json_set(body, '$.usage', json(?2)) WHERE id = ?1")?;
            for event in events.iter_mut() {
                seq += 1;
                event.processed_at = Some(now.clone());
                let body = serde_json::to_string(event)?;
                let (thread, on_primary) = crate::api::events::placement(event);
                insert.execute(params![
                    session_id, seq, event.id, event.kind, now, body, thread, on_primary
                ])?;
                if let Some(s) = status_of(&event.kind).filter(|_| thread.is_none()) {
                    status.execute(params![session_id, s, now])?;
                }
                if event.kind == "session.usage"
                    && let Some(u) = event.fields.get("usage")
                {
                    usage.execute(params![session_id, u.to_string()])?;
                }
                if OUTCOME_EVENTS.contains(&event.kind.as_str()) {
                    let list = match &mut outcomes {
                        Some(list) => list,
                        None => outcomes.insert(outcome_evaluations(&tx, session_id)?),
                    };
                    crate::api::sessions::track_outcome(list, event, &now);
                }
            }
        }
        if let Some(list) = outcomes {
            tx.prepare_cached(
                "UPDATE sessions SET body = json_set(body, '$.outcome_evaluations', json(?2)) WHERE id = ?1",
            )?
            .execute(params![session_id, serde_json::to_string(&list)?])?;
        }
        tx.commit()?;
        published(events);
        Ok(Some(seq))
    }

    /// Events of a session after `seq`, in log order, with their sequence numbers.
    pub fn events_after(&self, session_id: &str, seq: i64) -> Result<Vec<(i64, Event)>> {
        let conn = self.lock();
        let mut stmt =
            conn.prepare_cached("SELECT seq, body FROM events WHERE session_id = ?1 AND seq > ?2 ORDER BY seq")?;
        let rows = stmt
            .query_map(params![session_id, seq], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        drop(stmt);
        drop(conn);
        rows.into_iter()
            .map(|(s, b)| Ok((s, serde_json::from_str(&b)?)))
            .collect()
    }

    /// A page of a thread's events: the primary thread's (the session's own view) when
    /// `thread` is None.
    pub fn list_events(&self, session_id: &str, thread: Option<&str>, q: &ListQuery) -> Result<Rows> {
        let mut q = q.clone();
        q.include_archived = true;
        q.filters.push(("session_id", vec![Sql::Text(session_id.to_string())]));
        q.filters.push(match thread {
            Some(t) => ("thread_id", vec![Sql::Text(t.to_string())]),
            None => ("on_primary", vec![Sql::Integer(1)]),
        });
        self.page("SELECT seq, body FROM events", "", "seq", "processed_at", &q)
    }

    /// What a session's subagent threads are made of, in log order: their lifecycle events and
    /// the ends of their model requests (their usage).
    pub fn thread_records(&self, session_id: &str) -> Result<Vec<Event>> {
        let conn = self.lock();
        let mut stmt = conn.prepare_cached(
            "SELECT body FROM events WHERE session_id = ?1 AND thread_id IS NOT NULL
             AND (type LIKE 'session.thread\\_%' ESCAPE '\\' OR type = 'span.model_request_end') ORDER BY seq",
        )?;
        let bodies = stmt
            .query_map(params![session_id], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        bodies.iter().map(|b| Ok(serde_json::from_str(b)?)).collect()
    }

    /// When each archived thread of a session was archived.
    pub fn thread_archives(&self, session_id: &str) -> Result<Vec<(String, String)>> {
        let conn = self.lock();
        let mut stmt =
            conn.prepare_cached("SELECT thread_id, archived_at FROM thread_archives WHERE session_id = ?1")?;
        let rows = stmt
            .query_map(params![session_id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    pub fn thread_exists(&self, session_id: &str, thread_id: &str) -> Result<bool> {
        Ok(self
            .lock()
            .prepare_cached(
                "SELECT 1 FROM events WHERE session_id = ?1 AND thread_id = ?2 AND type = 'session.thread_created'",
            )?
            .query_row(params![session_id, thread_id], |_| Ok(()))
            .optional()?
            .is_some())
    }

    pub fn archive_thread(&self, session_id: &str, thread_id: &str, at: &str) -> Result<()> {
        self.lock().execute(
            "INSERT OR IGNORE INTO thread_archives (session_id, thread_id, archived_at) VALUES (?1, ?2, ?3)",
            params![session_id, thread_id, at],
        )?;
        Ok(())
    }

    /// Runs a paged list: `select` yields (cursor, body); conditions are added from the query.
    fn page(&self, select: &str, prefix: &str, cursor_col: &str, time_column: &str, q: &ListQuery) -> Result<Rows> {
        let mut sql = String::from(select);
        let mut args: Vec<Sql> = Vec::new();
        let mut conds: Vec<String> = Vec::new();
        if !q.include_archived {
            conds.push(format!("{prefix}archived = 0"));
        }
        for (col, values) in &q.filters {
            let marks = vec!["?"; values.len()].join(",");
            conds.push(format!("{prefix}{col} IN ({marks})"));
            args.extend(values.iter().cloned());
        }
        for (op, t) in &q.time {
            conds.push(format!("{prefix}{time_column} {op} ?"));
            args.push(Sql::Text(t.clone()));
        }
        if let Some(after) = q.after {
            conds.push(format!("{prefix}{cursor_col} {} ?", if q.desc { "<" } else { ">" }));
            args.push(Sql::Integer(after));
        }
        if !conds.is_empty() {
            sql.push_str(" WHERE ");
            sql.push_str(&conds.join(" AND "));
        }
        sql.push_str(&format!(
            " ORDER BY {prefix}{cursor_col} {} LIMIT {}",
            if q.desc { "DESC" } else { "ASC" },
            q.limit + 1
        ));
        let conn = self.lock();
        let mut stmt = conn.prepare_cached(&sql)?;
        let mut rows: Vec<(i64, String)> = stmt
            .query_map(params_from_iter(args), |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let more = rows.len() > q.limit;
        rows.truncate(q.limit);
        let next = if more { rows.last().map(|r| r.0) } else { None };
        Ok(Rows {
            bodies: rows.into_iter().map(|r| r.1).collect(),
            next,
        })
    }
}

/// The events that can change a session's `outcome_evaluations`.
const OUTCOME_EVENTS: &[&str] = &[
    "user.define_outcome",
    "session.status_running",
    "span.outcome_evaluation_start",
    "span.outcome_evaluation_end",
];

fn outcome_evaluations(tx: &rusqlite::Transaction, session_id: &str) -> Result<Vec<Value>> {
    let list: Option<String> = tx
        .prepare_cached("SELECT json_extract(body, '$.outcome_evaluations') FROM sessions WHERE id = ?1")?
        .query_row(params![session_id], |r| r.get(0))
        .optional()?
        .flatten();
    Ok(match list {
        Some(list) => serde_json::from_str(&list)?,
        None => Vec::new(),
    })
}

/// The indexed columns of a new session.
pub struct SessionRow<'a> {
    pub id: &'a str,
    pub agent_id: &'a str,
    pub agent_version: u32,
    pub environment_id: &'a str,
    pub created_at: &'a str,
    /// The deployment whose run made it.
    pub deployment_id: Option<&'a str>,
}

fn insert_session_row(conn: &Connection, s: &SessionRow, body: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO sessions (id, agent_id, agent_version, environment_id, status, created_at, body, deployment_id)
         VALUES (?1, ?2, ?3, ?4, 'idle', ?5, ?6, ?7)",
        params![
            s.id,
            s.agent_id,
            s.agent_version,
            s.environment_id,
            s.created_at,
            body,
            s.deployment_id
        ],
    )?;
    Ok(())
}

/// The session status that a status event sets (the event is `…_rescheduled`, the status `rescheduling`).
pub fn status_of(kind: &str) -> Option<&'static str> {
    match kind {
        "session.status_running" => Some("running"),
        "session.status_idle" => Some("idle"),
        "session.status_rescheduled" => Some("rescheduling"),
        "session.status_terminated" => Some("terminated"),
        _ => None,
    }
}

fn migrate(conn: &mut Connection) -> Result<()> {
    let done: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let done = usize::try_from(done).unwrap_or(usize::MAX);
    if done > MIGRATIONS.len() {
        return Err(StoreError::TooNew {
            found: done,
            known: MIGRATIONS.len(),
        });
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(done) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A database that the first four migrations made (up to vaults) takes the files, memory
    /// stores, skills, session resources and threads migrations after them, keeping its rows.
    #[test]
    fn a_database_of_the_vaults_schema_takes_the_later_migrations() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        {
            let conn = Connection::open(&path).unwrap();
            for sql in &MIGRATIONS[..4] {
                conn.execute_batch(sql).unwrap();
            }
            conn.pragma_update(None, "user_version", 4).unwrap();
            conn.execute(
                "INSERT INTO vaults (id, created_at, body) VALUES ('vlt_1', 't', '{}')",
                [],
            )
            .unwrap();
        }
        let store = Store::open(&path).unwrap();
        assert_eq!(store.vault("vlt_1").unwrap().as_deref(), Some("{}"));
        let q = ListQuery {
            limit: 10,
            ..Default::default()
        };
        assert!(store.list_files(None, &[], &q).unwrap().bodies.is_empty());
        let conn = Connection::open(&path).unwrap();
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
        assert_eq!(version as usize, MIGRATIONS.len());
    }

    /// A database of the schema before deployments (threads' migration the last) takes the
    /// deployments migration: its sessions keep their rows, with no deployment, and can be
    /// listed by deployment.
    #[test]
    fn a_database_of_the_threads_schema_takes_the_deployments_migration() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let before = MIGRATIONS.iter().position(|m| *m == deployments::MIGRATION).unwrap();
        {
            let conn = Connection::open(&path).unwrap();
            for sql in &MIGRATIONS[..before] {
                conn.execute_batch(sql).unwrap();
            }
            conn.pragma_update(None, "user_version", before as i64).unwrap();
            conn.execute(
                "INSERT INTO sessions (id, agent_id, agent_version, environment_id, status, created_at, body)
                 VALUES ('sesn_old', 'agent_1', 1, 'env_1', 'idle', 't', '{}')",
                [],
            )
            .unwrap();
        }
        let store = Store::open(&path).unwrap();
        assert_eq!(store.session("sesn_old").unwrap().as_deref(), Some("{}"));
        let by_deployment = |id: &str| {
            let q = ListQuery {
                limit: 10,
                filters: vec![("deployment_id", vec![Sql::Text(id.into())])],
                ..Default::default()
            };
            store.list_sessions(&q).unwrap().bodies.len()
        };
        assert_eq!(by_deployment("depl_1"), 0);
        store
            .insert_session(
                &SessionRow {
                    deployment_id: Some("depl_1"),
                    ..session_row("sesn_new")
                },
                "{}",
            )
            .unwrap();
        assert_eq!(by_deployment("depl_1"), 1);
        assert!(
            store
                .list_deployments(&ListQuery {
                    limit: 10,
                    ..Default::default()
                })
                .unwrap()
                .bodies
                .is_empty()
        );
    }

    /// A database from before uploads had blobs of their own: its files keep their blobs
    /// (named by SHA-256), and none is listed as not yet on disk.
    #[test]
    fn files_of_the_schema_before_random_blob_names_keep_their_blobs() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let before = MIGRATIONS.iter().position(|m| *m == files::BLOB_MIGRATION).unwrap();
        let body = json!({"id": "file_1", "type": "file", "filename": "a.txt", "mime_type": "text/plain",
                          "size_bytes": 3, "created_at": "t", "downloadable": true, "expires_at": null});
        {
            let conn = Connection::open(&path).unwrap();
            for sql in &MIGRATIONS[..before] {
                conn.execute_batch(sql).unwrap();
            }
            conn.pragma_update(None, "user_version", before as i64).unwrap();
            for id in ["file_1", "file_2"] {
                conn.execute(
                    "INSERT INTO files (id, sha256, created_at, body) VALUES (?1, 'ab12', 't', ?2)",
                    params![id, body.to_string()],
                )
                .unwrap();
            }
        }
        let store = Store::open(&path).unwrap();
        assert_eq!(store.file("file_1").unwrap().unwrap().blob, "ab12");
        assert!(store.unsynced_blobs().unwrap().is_empty());
        assert_eq!(store.delete_file("file_1").unwrap(), None, "file_2 holds the blob");
        assert_eq!(store.delete_file("file_2").unwrap().as_deref(), Some("ab12"));
    }

    #[test]
    fn pages_end_with_no_cursor_at_an_exact_boundary() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("db")).unwrap();
        for i in 0..4 {
            store
                .insert_environment(&format!("env_{i}"), "t", &format!("{{\"n\":{i}}}"))
                .unwrap();
        }
        let q = ListQuery {
            limit: 2,
            ..Default::default()
        };
        let first = store.list_environments(&q).unwrap();
        assert_eq!(first.bodies, vec!["{\"n\":0}", "{\"n\":1}"]);
        let second = store
            .list_environments(&ListQuery {
                after: first.next,
                ..q.clone()
            })
            .unwrap();
        assert_eq!(second.bodies.len(), 2);
        assert_eq!(second.next, None, "no cursor when nothing follows");
        let desc = store
            .list_environments(&ListQuery {
                limit: 10,
                desc: true,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(desc.bodies[0], "{\"n\":3}");
    }

    fn session_row(id: &str) -> SessionRow<'_> {
        SessionRow {
            id,
            agent_id: "agent_1",
            agent_version: 1,
            environment_id: "env_1",
            created_at: "t",
            deployment_id: None,
        }
    }

    #[test]
    fn a_conditional_append_refuses_a_log_that_moved_on() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("db")).unwrap();
        store.insert_session(&session_row("sesn_1"), "{}").unwrap();
        let mut first = [Event::new("user.message", json!({}))];
        assert_eq!(store.append_events("sesn_1", &mut first, |_| {}).unwrap(), 1);
        let mut stale = [Event::new("session.status_idle", json!({}))];
        let mut published = false;
        assert_eq!(
            store
                .append_events_if_last("sesn_1", 0, &mut stale, |_| published = true)
                .unwrap(),
            None
        );
        assert!(!published);
        assert_eq!(store.events_after("sesn_1", 0).unwrap().len(), 1, "nothing appended");
        assert_eq!(
            store.append_events_if_last("sesn_1", 1, &mut stale, |_| {}).unwrap(),
            Some(2)
        );
    }

    #[test]
    fn open_logs_are_those_that_do_not_end_idle_or_terminated() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("db")).unwrap();
        let logs: [(&str, &[&str]); 5] = [
            ("sesn_empty", &[]),
            ("sesn_waiting", &["user.message"]),
            (
                "sesn_done",
                &["user.message", "session.status_running", "session.status_idle"],
            ),
            ("sesn_again", &["session.status_idle", "user.tool_confirmation"]),
            ("sesn_archived", &["session.status_idle", "session.status_terminated"]),
        ];
        for (id, kinds) in logs {
            store.insert_session(&session_row(id), "{}").unwrap();
            let mut events: Vec<Event> = kinds.iter().map(|k| Event::new(k, json!({}))).collect();
            store.append_events(id, &mut events, |_| {}).unwrap();
        }
        assert_eq!(
            store.sessions_with_open_logs().unwrap(),
            vec!["sesn_waiting".to_string(), "sesn_again".to_string()]
        );
    }

    #[test]
    fn appends_are_numbered_and_set_the_session_status() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let store = Store::open(&path).unwrap();
        let mode =
            |p: &std::path::Path| std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(p).unwrap().permissions());
        assert_eq!(mode(&path) & 0o777, 0o600, "the database is this user's only");
        store
            .insert_session(
                &session_row("sesn_1"),
                &json!({"id": "sesn_1", "status": "idle"}).to_string(),
            )
            .unwrap();
        let mut events = vec![
            Event::new("session.status_running", json!({})),
            Event::new("agent.message", json!({})),
        ];
        let mut seen = 0;
        assert_eq!(
            store.append_events("sesn_1", &mut events, |e| seen = e.len()).unwrap(),
            2
        );
        assert_eq!(seen, 2);
        assert!(events[0].processed_at.is_some());
        drop(store);
        let store = Store::open(&path).unwrap();
        assert_eq!(store.sessions_with_open_logs().unwrap(), vec!["sesn_1".to_string()]);
        let body: serde_json::Value = serde_json::from_str(&store.session("sesn_1").unwrap().unwrap()).unwrap();
        assert_eq!(body["status"], "running");
        let after = store.events_after("sesn_1", 1).unwrap();
        assert_eq!(after.len(), 1);
        assert_eq!(after[0].1.kind, "agent.message");
    }
}
