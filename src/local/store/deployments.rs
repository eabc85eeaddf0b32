//! Deployments and their runs. A deployment row keeps the JSON that responses show (`body`)
//! apart from its resources' write-only tokens (`secrets`), and the tick its schedule waits for
//! (`next_run_at`, the first of `schedule.upcoming_runs_at`), which the scheduler reads.
//!
//! A run is claimed before its session is made: one transaction inserts the run (`pending`, with
//! the id its session will have) and moves the deployment on to its next tick. For a scheduled
//! run, `UNIQUE (deployment_id, scheduled_at)` makes a second claim of the same tick a no-op, so
//! no tick runs twice. A pending run is finished (session made, or error recorded) once its
//! session has been tried; one that a stop left pending is finished at the next start. Lists and
//! look-ups show finished runs only: exactly one of `session_id` and `error` is set in each.

use rusqlite::types::Value as Sql;
use rusqlite::{OptionalExtension, params};

use super::{ListQuery, Result, Rows, Store};

pub const MIGRATION: &str = r#"
CREATE TABLE deployments (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    agent_id TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0,
    next_run_at TEXT,
    body TEXT NOT NULL,
    secrets TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX deployments_agent ON deployments (agent_id, seq);
CREATE INDEX deployments_next_run ON deployments (next_run_at) WHERE next_run_at IS NOT NULL;
CREATE TABLE deployment_runs (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    deployment_id TEXT NOT NULL,
    trigger_type TEXT NOT NULL,
    scheduled_at TEXT,
    planned_session_id TEXT NOT NULL,
    state TEXT NOT NULL,
    has_error INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    body TEXT NOT NULL,
    UNIQUE (deployment_id, scheduled_at)
);
CREATE INDEX deployment_runs_deployment ON deployment_runs (deployment_id, seq);
CREATE INDEX deployment_runs_pending ON deployment_runs (state) WHERE state = 'pending';
ALTER TABLE sessions ADD COLUMN deployment_id TEXT;
CREATE INDEX sessions_deployment ON sessions (deployment_id, seq) WHERE deployment_id IS NOT NULL;
"#;

/// A deployment's row: its body and the columns kept from it.
pub struct DeploymentRow<'a> {
    pub id: &'a str,
    pub agent_id: &'a str,
    pub status: &'a str,
    pub archived: bool,
    pub created_at: &'a str,
    /// The tick the scheduler waits for; None when it waits for none (no schedule, archived).
    pub next_run_at: Option<&'a str>,
    pub body: &'a str,
    /// The resources' tokens, as JSON.
    pub secrets: &'a str,
}

/// A stored deployment: its body and its resources' tokens (JSON).
pub struct StoredDeployment {
    pub body: String,
    pub secrets: String,
}

/// A run to claim: its row as it starts (pending).
pub struct RunClaim<'a> {
    pub id: &'a str,
    pub deployment_id: &'a str,
    pub trigger_type: &'a str,
    /// The tick, for a scheduled run.
    pub scheduled_at: Option<&'a str>,
    /// The id its session gets, so that a run finished after a restart finds a session that
    /// was made before it.
    pub planned_session_id: &'a str,
    pub created_at: &'a str,
    pub body: &'a str,
}

/// A run that was claimed and not finished.
pub struct PendingRun {
    pub id: String,
    pub deployment_id: String,
    pub planned_session_id: String,
    pub body: String,
}

impl Store {
    pub fn insert_deployment(&self, d: &DeploymentRow) -> Result<()> {
        self.lock().execute(
            "INSERT INTO deployments (id, agent_id, status, created_at, archived, next_run_at, body, secrets)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                d.id,
                d.agent_id,
                d.status,
                d.created_at,
                d.archived,
                d.next_run_at,
                d.body,
                d.secrets
            ],
        )?;
        Ok(())
    }

    pub fn deployment(&self, id: &str) -> Result<Option<StoredDeployment>> {
        Ok(self
            .lock()
            .prepare_cached("SELECT body, secrets FROM deployments WHERE id = ?1")?
            .query_row(params![id], |r| {
                Ok(StoredDeployment {
                    body: r.get(0)?,
                    secrets: r.get(1)?,
                })
            })
            .optional()?)
    }

    /// Replaces a deployment's row (all but its id and creation time).
    pub fn put_deployment(&self, d: &DeploymentRow) -> Result<()> {
        put_deployment(&self.lock(), d)
    }

    pub fn list_deployments(&self, q: &ListQuery) -> Result<Rows> {
        self.page("SELECT seq, body FROM deployments", "", "seq", "created_at", q)
    }

    /// Ids of the deployments of an agent that are not archived.
    pub fn active_deployments_of_agent(&self, agent_id: &str) -> Result<Vec<String>> {
        let conn = self.lock();
        let mut stmt =
            conn.prepare_cached("SELECT id FROM deployments WHERE agent_id = ?1 AND archived = 0 ORDER BY seq")?;
        let ids = stmt
            .query_map(params![agent_id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(ids)
    }

    /// The earliest tick any deployment waits for.
    pub fn next_deployment_tick(&self) -> Result<Option<String>> {
        Ok(self
            .lock()
            .prepare_cached("SELECT MIN(next_run_at) FROM deployments WHERE archived = 0")?
            .query_row([], |r| r.get(0))?)
    }

    /// Ids of the deployments whose tick is at or before `now`, earliest first.
    pub fn due_deployments(&self, now: &str) -> Result<Vec<String>> {
        let conn = self.lock();
        let mut stmt = conn.prepare_cached(
            "SELECT id FROM deployments WHERE archived = 0 AND next_run_at IS NOT NULL AND next_run_at <= ?1
             ORDER BY next_run_at, seq",
        )?;
        let ids = stmt
            .query_map(params![now], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(ids)
    }

    /// In one transaction: replaces the deployment's row with `deployment` when given (its
    /// schedule moved on to the next tick), and claims `run` unless a run already claimed its
    /// tick. Returns whether the run was claimed; the deployment moves on either way.
    pub fn claim_run(&self, deployment: Option<&DeploymentRow>, run: &RunClaim) -> Result<bool> {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        if let Some(d) = deployment {
            put_deployment(&tx, d)?;
        }
        let claimed = tx.execute(
            "INSERT OR IGNORE INTO deployment_runs
                 (id, deployment_id, trigger_type, scheduled_at, planned_session_id, state, created_at, body)
             VALUES (?1, ?2, ?3, ?4, ?5, 'pending', ?6, ?7)",
            params![
                run.id,
                run.deployment_id,
                run.trigger_type,
                run.scheduled_at,
                run.planned_session_id,
                run.created_at,
                run.body
            ],
        )? > 0;
        tx.commit()?;
        Ok(claimed)
    }

    /// Finishes a pending run with its final body, and (in the same transaction) the
    /// deployment's row when the run changed it (a pause, `last_run_at`).
    pub fn finish_run(
        &self,
        run_id: &str,
        body: &str,
        has_error: bool,
        deployment: Option<&DeploymentRow>,
    ) -> Result<()> {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        tx.execute(
            "UPDATE deployment_runs SET state = 'done', body = ?2, has_error = ?3 WHERE id = ?1",
            params![run_id, body, has_error],
        )?;
        if let Some(d) = deployment {
            put_deployment(&tx, d)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Runs claimed and never finished (a stop came between the claim and the session), oldest
    /// first.
    pub fn pending_runs(&self) -> Result<Vec<PendingRun>> {
        let conn = self.lock();
        let mut stmt = conn.prepare_cached(
            "SELECT id, deployment_id, planned_session_id, body FROM deployment_runs WHERE state = 'pending'
             ORDER BY seq",
        )?;
        let runs = stmt
            .query_map([], |r| {
                Ok(PendingRun {
                    id: r.get(0)?,
                    deployment_id: r.get(1)?,
                    planned_session_id: r.get(2)?,
                    body: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(runs)
    }

    /// A finished run.
    pub fn deployment_run(&self, id: &str) -> Result<Option<String>> {
        Ok(self
            .lock()
            .prepare_cached("SELECT body FROM deployment_runs WHERE id = ?1 AND state = 'done'")?
            .query_row(params![id], |r| r.get(0))
            .optional()?)
    }

    /// A page of finished runs.
    pub fn list_deployment_runs(&self, q: &ListQuery) -> Result<Rows> {
        let mut q = q.clone();
        q.include_archived = true;
        q.filters.push(("state", vec![Sql::Text("done".into())]));
        self.page("SELECT seq, body FROM deployment_runs", "", "seq", "created_at", &q)
    }
}

fn put_deployment(conn: &rusqlite::Connection, d: &DeploymentRow) -> Result<()> {
    conn.execute(
        "UPDATE deployments SET agent_id = ?2, status = ?3, archived = ?4, next_run_at = ?5, body = ?6, secrets = ?7
         WHERE id = ?1",
        params![d.id, d.agent_id, d.status, d.archived, d.next_run_at, d.body, d.secrets],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::Store;
    use super::*;

    fn row<'a>(id: &'a str, next: Option<&'a str>) -> DeploymentRow<'a> {
        DeploymentRow {
            id,
            agent_id: "agent_1",
            status: "active",
            archived: false,
            created_at: "2026-01-01T00:00:00.000000Z",
            next_run_at: next,
            body: "{}",
            secrets: "[]",
        }
    }

    fn claim<'a>(id: &'a str, tick: Option<&'a str>) -> RunClaim<'a> {
        RunClaim {
            id,
            deployment_id: "depl_1",
            trigger_type: if tick.is_some() { "schedule" } else { "manual" },
            scheduled_at: tick,
            planned_session_id: "sesn_1",
            created_at: "2026-01-01T00:01:00.000000Z",
            body: "{\"pending\":true}",
        }
    }

    #[test]
    fn a_tick_is_claimed_once_and_runs_show_when_finished() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("db")).unwrap();
        let tick = "2026-01-01T00:01:00.000000Z";
        store.insert_deployment(&row("depl_1", Some(tick))).unwrap();
        assert_eq!(
            store.due_deployments("2026-01-01T00:00:59.000000Z").unwrap(),
            Vec::<String>::new()
        );
        assert_eq!(store.due_deployments(tick).unwrap(), vec!["depl_1".to_string()]);
        let moved = row("depl_1", Some("2026-01-01T00:02:00.000000Z"));
        assert!(store.claim_run(Some(&moved), &claim("drun_1", Some(tick))).unwrap());
        assert!(
            !store.claim_run(Some(&moved), &claim("drun_2", Some(tick))).unwrap(),
            "the same tick is never claimed twice"
        );
        // Manual runs have no tick and never collide.
        assert!(store.claim_run(None, &claim("drun_3", None)).unwrap());
        assert!(store.claim_run(None, &claim("drun_4", None)).unwrap());
        assert_eq!(
            store.next_deployment_tick().unwrap().as_deref(),
            Some("2026-01-01T00:02:00.000000Z")
        );
        let pending: Vec<String> = store.pending_runs().unwrap().into_iter().map(|r| r.id).collect();
        assert_eq!(pending, vec!["drun_1", "drun_3", "drun_4"]);
        assert_eq!(
            store.deployment_run("drun_1").unwrap(),
            None,
            "pending runs are not shown"
        );
        store.finish_run("drun_1", "{\"done\":1}", true, None).unwrap();
        assert_eq!(store.deployment_run("drun_1").unwrap().as_deref(), Some("{\"done\":1}"));
        let q = ListQuery {
            limit: 10,
            filters: vec![("has_error", vec![Sql::Integer(1)])],
            ..Default::default()
        };
        assert_eq!(store.list_deployment_runs(&q).unwrap().bodies, vec!["{\"done\":1}"]);
        assert_eq!(store.pending_runs().unwrap().len(), 2);
    }
}
