//! What a worker places in its working directory for a session, as the official worker does:
//! the agent's skills in `skills/<name>/` (downloaded and unpacked with the same checks as an
//! upload), and the session's memory stores in `memory/<slug>/`, kept in step with the store
//! through the API (with the work item's sessions token, which the memory endpoints require).

use std::path::{Path, PathBuf};

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use super::request;
use crate::client::{Client, ClientError};
use crate::local::resources::memory::{Mirror, Pushed, Remote, RemoteMemory, sync_all};
use crate::local::skills::unpack;

/// Downloads each of the session's skills into `<workdir>/skills/<name>/`, replacing what an
/// earlier item left there; returns the directories placed.
pub async fn place_skills(client: &Client, session: &Value, workdir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut placed = Vec::new();
    for skill in session["agent"]["skills"].as_array().into_iter().flatten() {
        let (id, version) = (
            skill["skill_id"].as_str().unwrap_or_default(),
            skill["version"].as_str().unwrap_or("latest"),
        );
        let path = format!("/v1/skills/{id}/versions/{version}");
        let meta: Value = serde_json::from_str(&client.send(&request(Method::GET, path, vec![], None)).await?)?;
        let (resolved, name) = (
            meta["id"].as_str().unwrap_or(version),
            meta["name"].as_str().unwrap_or(id),
        );
        let content = format!("/v1/skills/{id}/versions/{resolved}/content");
        let zip = client.send_bytes(&request(Method::GET, content, vec![], None)).await?;
        let dest = workdir.join("skills").join(name);
        if dest.exists() {
            std::fs::remove_dir_all(&dest)?;
        }
        unpack(&zip, &dest).map_err(|e| anyhow::anyhow!("skill {id} version {resolved}: {e}"))?;
        placed.push(dest);
    }
    Ok(placed)
}

/// The session's memory stores, each at `<workdir>/memory/<slug>/` (the last part of its
/// mount path), with its id.
pub fn mirrors(session: &Value, workdir: &Path) -> Vec<(String, Mirror)> {
    session["resources"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|r| r["type"] == "memory_store")
        .map(|r| {
            let slug = r["mount_path"]
                .as_str()
                .and_then(|p| p.rsplit('/').next())
                .unwrap_or_default();
            let shown = format!("memory/{slug}/");
            let mirror = Mirror::new(workdir.join("memory").join(slug), shown, r["access"] == "read_only");
            (r["memory_store_id"].as_str().unwrap_or_default().to_string(), mirror)
        })
        .collect()
}

/// A memory store through the API.
pub struct HttpRemote<'a> {
    pub client: &'a Client,
    pub store_id: String,
}

impl HttpRemote<'_> {
    fn path(&self, rest: &str) -> String {
        format!("/v1/memory_stores/{}/memories{rest}", self.store_id)
    }

    /// What a change's answer means for the mirror: 409 and 412 a lost race, 404 gone, other
    /// 4xx a refusal for good.
    fn outcome(answer: Result<String, ClientError>) -> Result<Pushed, String> {
        match answer {
            Ok(text) => {
                let m: Value = serde_json::from_str(&text).unwrap_or_default();
                Ok(Pushed::Done(remote_memory(&m)))
            }
            Err(ClientError::Api { status, body, .. }) => match status {
                StatusCode::CONFLICT | StatusCode::PRECONDITION_FAILED => Ok(Pushed::Lost),
                StatusCode::NOT_FOUND => Ok(Pushed::Gone),
                s if s.is_client_error() => Ok(Pushed::Refused(crate::client::error_message(&body).unwrap_or(body))),
                _ => Err(format!("{status}: {body}")),
            },
            Err(e) => Err(e.to_string()),
        }
    }
}

fn remote_memory(m: &Value) -> RemoteMemory {
    let text = |k: &str| m[k].as_str().unwrap_or_default().to_string();
    RemoteMemory {
        id: text("id"),
        path: text("path"),
        sha256: text("content_sha256"),
    }
}

impl Remote for HttpRemote<'_> {
    async fn list(&self) -> Result<Vec<RemoteMemory>, String> {
        let mut out = Vec::new();
        let query = vec![("view".into(), "basic".into()), ("limit".into(), "100".into())];
        self.client
            .list(request(Method::GET, self.path(""), query, None), None, |item| {
                let m: Value = serde_json::from_str(item).unwrap_or_default();
                if m["type"] == "memory" {
                    out.push(remote_memory(&m));
                }
                Ok(())
            })
            .await
            .map_err(|e| e.to_string())?;
        Ok(out)
    }

    async fn content(&self, id: &str) -> Result<String, String> {
        let req = request(
            Method::GET,
            self.path(&format!("/{id}")),
            vec![("view".into(), "full".into())],
            None,
        );
        let text = self.client.send(&req).await.map_err(|e| e.to_string())?;
        let m: Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
        Ok(m["content"].as_str().unwrap_or_default().to_string())
    }

    async fn create(&self, path: &str, content: &str) -> Result<Pushed, String> {
        let body = json!({"path": path, "content": content});
        Self::outcome(
            self.client
                .send(&request(Method::POST, self.path(""), vec![], Some(body)))
                .await,
        )
    }

    async fn update(&self, id: &str, content: &str, expected: &str) -> Result<Pushed, String> {
        let body = json!({"content": content, "precondition": {"type": "content_sha256", "content_sha256": expected}});
        let req = request(Method::POST, self.path(&format!("/{id}")), vec![], Some(body));
        Self::outcome(self.client.send(&req).await)
    }

    async fn delete(&self, id: &str, expected: &str) -> Result<Pushed, String> {
        let query = vec![("expected_content_sha256".into(), expected.to_string())];
        let req = request(Method::DELETE, self.path(&format!("/{id}")), query, None);
        match self.client.send(&req).await {
            Ok(_) => Ok(Pushed::Done(RemoteMemory {
                id: id.to_string(),
                path: String::new(),
                sha256: String::new(),
            })),
            Err(e) => Self::outcome(Err(e)),
        }
    }
}

/// Brings the session's memory stores and their directories into step; lines for what the
/// stores refused.
pub async fn sync(client: &Client, stores: &mut [(String, Mirror)]) -> Vec<String> {
    sync_all(stores, |store_id| HttpRemote {
        client,
        store_id: store_id.to_string(),
    })
    .await
}
