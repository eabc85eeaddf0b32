//! Vaults and their credentials. A credential row keeps the JSON that responses show (`body`)
//! apart from its auth with secrets (`secret`), which only the engine reads, and which is
//! purged when the credential or its vault is archived.

use rusqlite::types::Value as Sql;
use rusqlite::{OptionalExtension, params};

use super::{ListQuery, Result, Rows, Store};

/// Why a credential cannot be added to a vault.
#[derive(Debug, PartialEq)]
pub enum Refused {
    /// An active credential of the vault has the same key (server URL or variable name).
    Taken,
    /// The vault holds its maximum of active credentials.
    Full,
}

/// A stored credential: its public body and, while it is active, its auth with secrets.
pub struct CredentialRecord {
    pub body: String,
    pub secret: Option<String>,
}

impl Store {
    pub fn insert_vault(&self, id: &str, created_at: &str, body: &str) -> Result<()> {
        self.lock().execute(
            "INSERT INTO vaults (id, created_at, body) VALUES (?1, ?2, ?3)",
            params![id, created_at, body],
        )?;
        Ok(())
    }

    pub fn vault(&self, id: &str) -> Result<Option<String>> {
        Ok(self
            .lock()
            .prepare_cached("SELECT body FROM vaults WHERE id = ?1")?
            .query_row(params![id], |r| r.get(0))
            .optional()?)
    }

    pub fn put_vault(&self, id: &str, body: &str) -> Result<()> {
        self.lock()
            .execute("UPDATE vaults SET body = ?2 WHERE id = ?1", params![id, body])?;
        Ok(())
    }

    /// Archives a vault and every credential in it, purging their secrets.
    pub fn archive_vault(&self, id: &str, body: &str, at: &str) -> Result<()> {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        tx.execute(
            "UPDATE vaults SET body = ?2, archived = 1 WHERE id = ?1",
            params![id, body],
        )?;
        tx.execute(
            "UPDATE vault_credentials SET archived = 1, secret = NULL,
                 body = json_set(body, '$.archived_at', ?2, '$.updated_at', ?2)
             WHERE vault_id = ?1 AND archived = 0",
            params![id, at],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Deletes a vault and its credentials; false when there was none.
    pub fn delete_vault(&self, id: &str) -> Result<bool> {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        tx.execute("DELETE FROM vault_credentials WHERE vault_id = ?1", params![id])?;
        let n = tx.execute("DELETE FROM vaults WHERE id = ?1", params![id])?;
        tx.commit()?;
        Ok(n > 0)
    }

    pub fn list_vaults(&self, q: &ListQuery) -> Result<Rows> {
        self.page("SELECT seq, body FROM vaults", "", "seq", "created_at", q)
    }

    /// Adds a credential unless an active one of the vault has the same `key`, or the vault
    /// is full; both checked in the same transaction as the insert.
    pub fn insert_credential(
        &self,
        id: &str,
        vault_id: &str,
        key: &str,
        created_at: &str,
        record: &CredentialRecord,
        max: usize,
    ) -> Result<std::result::Result<(), Refused>> {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        let (active, same): (i64, i64) = tx
            .prepare_cached(
                "SELECT COUNT(*), COALESCE(SUM(key = ?2), 0) FROM vault_credentials WHERE vault_id = ?1 AND archived = 0",
            )?
            .query_row(params![vault_id, key], |r| Ok((r.get(0)?, r.get(1)?)))?;
        if same > 0 {
            return Ok(Err(Refused::Taken));
        }
        if active as usize >= max {
            return Ok(Err(Refused::Full));
        }
        tx.execute(
            "INSERT INTO vault_credentials (id, vault_id, key, created_at, body, secret) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![id, vault_id, key, created_at, record.body, record.secret],
        )?;
        tx.commit()?;
        Ok(Ok(()))
    }

    pub fn credential(&self, vault_id: &str, id: &str) -> Result<Option<CredentialRecord>> {
        Ok(self
            .lock()
            .prepare_cached("SELECT body, secret FROM vault_credentials WHERE vault_id = ?1 AND id = ?2")?
            .query_row(params![vault_id, id], |r| {
                Ok(CredentialRecord {
                    body: r.get(0)?,
                    secret: r.get(1)?,
                })
            })
            .optional()?)
    }

    /// Replaces a credential's body and secret; archiving purges the secret.
    pub fn put_credential(&self, id: &str, archived: bool, record: &CredentialRecord) -> Result<()> {
        self.lock().execute(
            "UPDATE vault_credentials SET body = ?2, secret = CASE WHEN ?3 THEN NULL ELSE ?4 END, archived = ?3 WHERE id = ?1",
            params![id, record.body, archived, record.secret],
        )?;
        Ok(())
    }

    pub fn delete_credential(&self, vault_id: &str, id: &str) -> Result<bool> {
        Ok(self.lock().execute(
            "DELETE FROM vault_credentials WHERE vault_id = ?1 AND id = ?2",
            params![vault_id, id],
        )? > 0)
    }

    pub fn list_credentials(&self, vault_id: &str, q: &ListQuery) -> Result<Rows> {
        let mut q = q.clone();
        q.filters.push(("vault_id", vec![Sql::Text(vault_id.to_string())]));
        self.page("SELECT seq, body FROM vault_credentials", "", "seq", "created_at", &q)
    }

    /// The active credential of a vault with this key (a normalised server URL), as
    /// (credential id, auth with secrets).
    pub fn active_credential(&self, vault_id: &str, key: &str) -> Result<Option<(String, String)>> {
        Ok(self
            .lock()
            .prepare_cached(
                "SELECT id, secret FROM vault_credentials WHERE vault_id = ?1 AND key = ?2 AND archived = 0 AND secret IS NOT NULL",
            )?
            .query_row(params![vault_id, key], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?)
    }

    /// Ids of the active credentials of a vault whose key starts with `prefix`.
    pub fn credential_ids_with_key_prefix(&self, vault_id: &str, prefix: &str) -> Result<Vec<String>> {
        let conn = self.lock();
        let mut stmt = conn.prepare_cached(
            "SELECT id FROM vault_credentials WHERE vault_id = ?1 AND archived = 0 AND substr(key, 1, length(?2)) = ?2 ORDER BY seq",
        )?;
        let ids = stmt
            .query_map(params![vault_id, prefix], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(ids)
    }

    /// Stores a refreshed auth (new tokens) of an active credential and its new public body.
    pub fn refresh_credential(&self, id: &str, record: &CredentialRecord) -> Result<()> {
        self.lock().execute(
            "UPDATE vault_credentials SET body = ?2, secret = ?3 WHERE id = ?1 AND archived = 0",
            params![id, record.body, record.secret],
        )?;
        Ok(())
    }
}

/// The tables of this module.
pub(super) const MIGRATION: &str = r#"
CREATE TABLE vaults (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0,
    body TEXT NOT NULL
);
CREATE TABLE vault_credentials (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    vault_id TEXT NOT NULL,
    key TEXT NOT NULL,
    created_at TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0,
    body TEXT NOT NULL,
    secret TEXT
);
CREATE INDEX vault_credentials_key ON vault_credentials (vault_id, key, archived);
"#;

#[cfg(test)]
mod tests {
    use super::*;

    fn record(secret: &str) -> CredentialRecord {
        CredentialRecord {
            body: "{}".into(),
            secret: Some(secret.into()),
        }
    }

    #[test]
    fn a_key_is_unique_among_active_credentials_and_archiving_frees_it() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("db")).unwrap();
        store.insert_vault("vlt_1", "t", "{}").unwrap();
        let add = |id: &str, key: &str| store.insert_credential(id, "vlt_1", key, "t", &record("s"), 2).unwrap();
        assert_eq!(add("vcrd_1", "https://a"), Ok(()));
        assert_eq!(add("vcrd_2", "https://a"), Err(Refused::Taken));
        assert_eq!(add("vcrd_3", "https://b"), Ok(()));
        assert_eq!(add("vcrd_4", "https://c"), Err(Refused::Full));
        store.put_credential("vcrd_1", true, &record("s")).unwrap();
        assert_eq!(store.credential("vlt_1", "vcrd_1").unwrap().unwrap().secret, None);
        assert_eq!(add("vcrd_5", "https://a"), Ok(()));
        assert_eq!(
            store.active_credential("vlt_1", "https://a").unwrap().map(|c| c.0),
            Some("vcrd_5".into())
        );
        store.archive_vault("vlt_1", "{}", "t").unwrap();
        assert_eq!(store.active_credential("vlt_1", "https://a").unwrap(), None);
        assert!(store.credential("vlt_1", "vcrd_3").unwrap().unwrap().secret.is_none());
    }
}
