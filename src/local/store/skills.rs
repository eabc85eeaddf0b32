//! Skills' records: each skill and its versions. A version's files live in the data dir
//! (`local::skills`), written before its row is, so a version in the table always has them.

use rusqlite::types::Value as Sql;
use rusqlite::{OptionalExtension, params};

use super::{ListQuery, Result, Rows, Store};
use crate::api::skills::{Skill, SkillVersion};

pub(super) const MIGRATION: &str = r#"
CREATE TABLE skills (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0,
    body TEXT NOT NULL
);
CREATE TABLE skill_versions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    skill_id TEXT NOT NULL,
    id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0,
    body TEXT NOT NULL,
    UNIQUE (skill_id, id)
);
"#;

impl Store {
    /// Stores a new skill with its first version.
    pub fn insert_skill(&self, skill: &Skill, version: &SkillVersion) -> Result<()> {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        tx.execute(
            "INSERT INTO skills (id, created_at, body) VALUES (?1, ?2, ?3)",
            params![skill.id, skill.created_at, serde_json::to_string(skill)?],
        )?;
        insert_version(&tx, version)?;
        tx.commit()?;
        Ok(())
    }

    /// Stores a new version and the skill as it is with it.
    pub fn add_skill_version(&self, skill: &Skill, version: &SkillVersion) -> Result<()> {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        insert_version(&tx, version)?;
        tx.execute(
            "UPDATE skills SET body = ?2 WHERE id = ?1",
            params![skill.id, serde_json::to_string(skill)?],
        )?;
        tx.commit()?;
        Ok(())
    }

    pub fn skill(&self, id: &str) -> Result<Option<Skill>> {
        let body: Option<String> = self
            .lock()
            .prepare_cached("SELECT body FROM skills WHERE id = ?1")?
            .query_row(params![id], |r| r.get(0))
            .optional()?;
        Ok(body.map(|b| serde_json::from_str(&b)).transpose()?)
    }

    /// A version by id, or the newest for `latest`.
    pub fn skill_version(&self, skill_id: &str, version: &str) -> Result<Option<SkillVersion>> {
        let conn = self.lock();
        let body: Option<String> = if version == "latest" {
            conn.prepare_cached("SELECT body FROM skill_versions WHERE skill_id = ?1 ORDER BY seq DESC LIMIT 1")?
                .query_row(params![skill_id], |r| r.get(0))
                .optional()?
        } else {
            conn.prepare_cached("SELECT body FROM skill_versions WHERE skill_id = ?1 AND id = ?2")?
                .query_row(params![skill_id, version], |r| r.get(0))
                .optional()?
        };
        Ok(body.map(|b| serde_json::from_str(&b)).transpose()?)
    }

    pub fn list_skills(&self, q: &ListQuery) -> Result<Rows> {
        self.page("SELECT seq, body FROM skills", "", "seq", "created_at", q)
    }

    pub fn list_skill_versions(&self, skill_id: &str, q: &ListQuery) -> Result<Rows> {
        let mut q = q.clone();
        q.filters.push(("skill_id", vec![Sql::Text(skill_id.to_string())]));
        self.page("SELECT seq, body FROM skill_versions", "", "seq", "created_at", &q)
    }

    /// Deletes a version and returns the newest one left, if any.
    pub fn delete_skill_version(&self, skill_id: &str, version: &str) -> Result<Option<SkillVersion>> {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        tx.execute(
            "DELETE FROM skill_versions WHERE skill_id = ?1 AND id = ?2",
            params![skill_id, version],
        )?;
        let latest: Option<String> = tx
            .query_row(
                "SELECT body FROM skill_versions WHERE skill_id = ?1 ORDER BY seq DESC LIMIT 1",
                params![skill_id],
                |r| r.get(0),
            )
            .optional()?;
        tx.commit()?;
        Ok(latest.map(|b| serde_json::from_str(&b)).transpose()?)
    }

    pub fn put_skill(&self, skill: &Skill) -> Result<()> {
        self.lock().execute(
            "UPDATE skills SET body = ?2 WHERE id = ?1",
            params![skill.id, serde_json::to_string(skill)?],
        )?;
        Ok(())
    }

    /// Deletes a skill with all its versions.
    pub fn delete_skill(&self, id: &str) -> Result<bool> {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        tx.execute("DELETE FROM skill_versions WHERE skill_id = ?1", params![id])?;
        let n = tx.execute("DELETE FROM skills WHERE id = ?1", params![id])?;
        tx.commit()?;
        Ok(n > 0)
    }

    /// Whether a session of this environment runs an agent with this skill (what lets the
    /// environment's workers download it).
    pub fn environment_uses_skill(&self, environment_id: &str, skill_id: &str) -> Result<bool> {
        Ok(self
            .lock()
            .prepare_cached(
                "SELECT 1 FROM sessions s, json_each(s.body, '$.agent.skills') j
                 WHERE s.environment_id = ?1 AND json_extract(j.value, '$.skill_id') = ?2 LIMIT 1",
            )?
            .query_row(params![environment_id, skill_id], |_| Ok(()))
            .optional()?
            .is_some())
    }
}

fn insert_version(conn: &rusqlite::Connection, version: &SkillVersion) -> Result<()> {
    conn.execute(
        "INSERT INTO skill_versions (skill_id, id, created_at, body) VALUES (?1, ?2, ?3, ?4)",
        params![
            version.skill_id,
            version.id,
            version.created_at,
            serde_json::to_string(version)?
        ],
    )?;
    Ok(())
}
