//! The self-hosted work queue: a session in a `self_hosted` environment queues a work item when
//! it starts a turn; workers poll for items, ack them, keep a lease alive with heartbeats, run
//! the session's built-in tools on their own machine, and stop the item when done. A lease that
//! expires puts the item back in the queue for another worker.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use tokio::sync::Notify;

use super::store::{Store, StoreError, WorkItem};
use crate::api::error::ApiError;

/// Workers that polled within this window count as `workers_polling`.
const POLLING_WINDOW: Duration = Duration::from_secs(30);

pub struct WorkQueue {
    lease: Duration,
    arrived: Notify,
    pollers: Mutex<HashMap<(String, String), Instant>>,
}

/// A new secret credential: a prefix that says what it is, then 256 random bits.
pub fn new_secret(prefix: &str) -> String {
    format!("{prefix}{}", hex(&rand::random::<[u8; 32]>()))
}

/// Issues a new key for the workers of a self-hosted environment, for the server whose data dir
/// this is (running or not). Only its hash is stored; the key is shown once.
pub fn issue_environment_key(data_dir: &std::path::Path, environment_id: &str) -> anyhow::Result<String> {
    let path = data_dir.join("ant.db");
    anyhow::ensure!(
        path.exists(),
        "--data-dir {}: no ant database there",
        data_dir.display()
    );
    let store = Store::open(&path)?;
    let body = store
        .environment(environment_id)?
        .ok_or_else(|| anyhow::anyhow!("environment {environment_id} not found in {}", data_dir.display()))?;
    let env: Value = serde_json::from_str(&body)?;
    anyhow::ensure!(
        env["config"]["type"] == "self_hosted",
        "environment {environment_id} is not self_hosted: only self-hosted environments have workers"
    );
    let key = new_secret("sk-ant-env-");
    store.add_environment_key(&hash(&key), environment_id, &crate::api::now())?;
    Ok(key)
}

/// Credentials are stored only as SHA-256 hashes.
pub fn hash(secret: &str) -> String {
    hex(&Sha256::digest(secret.as_bytes()))
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

/// The API form of an item; `secret` is shown only in the poll answer that hands it out.
pub fn render(item: &WorkItem, secret: Option<&str>) -> Value {
    json!({
        "id": item.id, "type": "work", "environment_id": item.environment_id,
        "data": {"type": "session", "id": item.session_id},
        "state": item.state, "metadata": item.metadata, "secret": secret,
        "created_at": item.created_at, "acknowledged_at": item.acknowledged_at, "started_at": item.started_at,
        "latest_heartbeat_at": item.latest_heartbeat_at, "stop_requested_at": item.stop_requested_at,
        "stopped_at": item.stopped_at,
    })
}

fn held(state: &str) -> bool {
    state == "starting" || state == "active"
}

impl WorkQueue {
    pub fn new(lease: Duration) -> Self {
        Self {
            lease,
            arrived: Notify::new(),
            pollers: Mutex::new(HashMap::new()),
        }
    }

    fn ttl_seconds(&self) -> u64 {
        self.lease.as_secs().max(1)
    }

    /// Queues an item for a session unless it already has one that is not stopped.
    pub fn enqueue(&self, store: &Store, environment_id: &str, session_id: &str) -> Result<(), StoreError> {
        if store.has_live_work(session_id)? {
            return Ok(());
        }
        store.insert_work(&WorkItem {
            id: crate::api::new_id("work"),
            environment_id: environment_id.into(),
            session_id: session_id.into(),
            state: "queued".into(),
            metadata: Default::default(),
            created_at: crate::api::now(),
            acknowledged_at: None,
            started_at: None,
            latest_heartbeat_at: None,
            stop_requested_at: None,
            stopped_at: None,
            polled_at_ms: None,
            worker_id: None,
            lease_until_ms: None,
            last_heartbeat: None,
            token_hash: None,
        })?;
        self.arrived.notify_waiters();
        Ok(())
    }

    /// Hands the oldest available item to a worker, waiting up to `block` for one. An item is
    /// available when queued and not handed out within `reclaim`, or when its lease expired.
    /// The answer carries the item's `secret`: a sessions token for this item alone.
    pub async fn poll(
        &self,
        store: &Store,
        environment_id: &str,
        worker_id: &str,
        block: Option<Duration>,
        reclaim: Duration,
    ) -> Result<Option<Value>, StoreError> {
        self.pollers
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert((environment_id.to_string(), worker_id.to_string()), Instant::now());
        let deadline = Instant::now() + block.unwrap_or_default();
        loop {
            let arrived = self.arrived.notified();
            if let Some(answer) = self.claim(store, environment_id, worker_id, reclaim)? {
                return Ok(Some(answer));
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Ok(None);
            }
            let _ = tokio::time::timeout(left, arrived).await;
        }
    }

    fn claim(&self, store: &Store, env: &str, worker_id: &str, reclaim: Duration) -> Result<Option<Value>, StoreError> {
        let now = now_ms();
        // Expired leases go back to the queue first.
        store.update_work(
            "environment_id = ?1 AND state IN ('starting', 'active')",
            &[&env],
            |item| {
                if item.lease_until_ms.is_some_and(|until| until < now) {
                    tracing::info!("work {} lease expired; back in the queue", item.id);
                    *item = WorkItem {
                        state: "queued".into(),
                        ..fresh(item)
                    };
                    return true;
                }
                false
            },
        )?;
        let token = new_secret("sk-ant-wst-");
        let mut taken = false;
        let claimed = store.update_work("environment_id = ?1 AND state = 'queued'", &[&env], |item| {
            let available = item
                .polled_at_ms
                .is_none_or(|at| at + reclaim.as_millis() as i64 <= now);
            if taken || !available {
                return false;
            }
            taken = true;
            item.polled_at_ms = Some(now);
            item.worker_id = Some(worker_id.to_string());
            item.token_hash = Some(hash(&token));
            true
        })?;
        Ok(claimed.first().map(|item| {
            let secret = URL_SAFE_NO_PAD.encode(json!({"sessions_token": token}).to_string());
            render(item, Some(&secret))
        }))
    }

    /// Runs `change` on one item of an environment; a missing item is a 404.
    fn change<T>(
        &self,
        store: &Store,
        env: &str,
        id: &str,
        mut change: impl FnMut(&mut WorkItem) -> Result<T, ApiError>,
    ) -> Result<(WorkItem, T), ApiError> {
        let mut out = None;
        let mut refused = None;
        let changed = store
            .update_work("id = ?1 AND environment_id = ?2", &[&id, &env], |item| {
                match change(item) {
                    Ok(v) => {
                        out = Some(v);
                        true
                    }
                    Err(e) => {
                        refused = Some(e);
                        false
                    }
                }
            })
            .map_err(|e| ApiError::internal(e.to_string()))?;
        if let Some(e) = refused {
            return Err(e);
        }
        match (changed.into_iter().next(), out) {
            (Some(item), Some(v)) => Ok((item, v)),
            _ => Err(ApiError::not_found(format!(
                "work item {id} not found in environment {env}"
            ))),
        }
    }

    pub fn ack(&self, store: &Store, env: &str, id: &str) -> Result<Value, ApiError> {
        let lease = self.lease.as_millis() as i64;
        let (item, ()) = self.change(store, env, id, |item| {
            if item.state != "queued" || item.polled_at_ms.is_none() {
                return Err(ApiError::conflict(format!(
                    "work item {id} is {} and cannot be acknowledged",
                    item.state
                )));
            }
            item.state = "starting".into();
            item.acknowledged_at = Some(crate::api::now());
            item.lease_until_ms = Some(now_ms() + lease);
            Ok(())
        })?;
        Ok(render(&item, None))
    }

    /// Extends the lease when `expected` matches the last heartbeat (`NO_HEARTBEAT` for the
    /// first); a mismatch is a 412 with the lease as the server holds it.
    pub fn heartbeat(&self, store: &Store, env: &str, id: &str, expected: &str) -> Result<Value, ApiError> {
        let ttl = self.ttl_seconds();
        let (item, extended) = self.change(store, env, id, |item| {
            if !held(&item.state) && item.state != "queued" {
                return Ok(false);
            }
            let current = item.last_heartbeat.as_deref().unwrap_or("NO_HEARTBEAT");
            if item.state == "queued" || current != expected {
                let mut e = ApiError::new(
                    412,
                    "invalid_request_error",
                    "heartbeat precondition failed: the lease is not yours",
                );
                e.details = Some(json!({"error_code": "heartbeat_precondition_failed", "current_state": {
                    "state": item.state, "ttl_seconds": ttl, "last_heartbeat": item.last_heartbeat,
                    "lease_extended": false}}));
                return Err(e);
            }
            let now = crate::api::now();
            item.state = "active".into();
            item.started_at.get_or_insert_with(|| now.clone());
            item.latest_heartbeat_at = Some(now.clone());
            item.last_heartbeat = Some(now);
            item.lease_until_ms = Some(now_ms() + ttl as i64 * 1000);
            Ok(true)
        })?;
        Ok(
            json!({"type": "work_heartbeat", "last_heartbeat": item.last_heartbeat.clone().unwrap_or_default(),
                  "lease_extended": extended, "state": item.state, "ttl_seconds": ttl}),
        )
    }

    pub fn stop(&self, store: &Store, env: &str, id: &str) -> Result<Value, ApiError> {
        let (item, ()) = self.change(store, env, id, |item| {
            if item.state == "stopped" {
                return Err(ApiError::conflict(format!("work item {id} is already stopped")));
            }
            stop(item);
            Ok(())
        })?;
        Ok(render(&item, None))
    }

    /// Stops every item of a session (it was archived or deleted).
    pub fn stop_session(&self, store: &Store, session_id: &str) -> Result<(), StoreError> {
        store.update_work("session_id = ?1 AND state <> 'stopped'", &[&session_id], |item| {
            stop(item);
            true
        })?;
        Ok(())
    }

    pub fn update_metadata(
        &self,
        store: &Store,
        env: &str,
        id: &str,
        patch: &serde_json::Map<String, Value>,
    ) -> Result<Value, ApiError> {
        let (item, ()) = self.change(store, env, id, |item| {
            crate::api::patch_metadata("metadata", &mut item.metadata, patch).map_err(ApiError::invalid)
        })?;
        Ok(render(&item, None))
    }

    pub fn stats(&self, store: &Store, env: &str, reclaim: Duration) -> Result<Value, StoreError> {
        let items = store.environment_work(env)?;
        let now = now_ms();
        let queued: Vec<&WorkItem> = items.iter().filter(|i| i.state == "queued").collect();
        let pending = queued
            .iter()
            .filter(|i| i.polled_at_ms.is_some_and(|at| at + reclaim.as_millis() as i64 > now))
            .count();
        let mut pollers = self.pollers.lock().unwrap_or_else(|e| e.into_inner());
        pollers.retain(|_, at| at.elapsed() < POLLING_WINDOW);
        Ok(
            json!({"type": "work_queue_stats", "depth": queued.len() - pending, "pending": pending,
                  "oldest_queued_at": queued.first().map(|i| i.created_at.clone()),
                  "workers_polling": pollers.keys().filter(|(e, _)| e == env).count()}),
        )
    }
}

/// The item as it was before any worker claimed it.
fn fresh(item: &WorkItem) -> WorkItem {
    WorkItem {
        acknowledged_at: None,
        started_at: None,
        latest_heartbeat_at: None,
        polled_at_ms: None,
        worker_id: None,
        lease_until_ms: None,
        last_heartbeat: None,
        token_hash: None,
        ..item.clone()
    }
}

fn stop(item: &mut WorkItem) {
    let now = crate::api::now();
    item.state = "stopped".into();
    item.stop_requested_at.get_or_insert_with(|| now.clone());
    item.stopped_at = Some(now);
    item.lease_until_ms = None;
}
