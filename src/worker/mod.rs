//! Self-hosted hands: `ant beta:worker poll|run`. A worker polls a self-hosted environment's
//! work queue, claims an item, keeps its lease alive with heartbeats, and runs the session's
//! built-in tool calls on this machine with the same tools and sandbox as the local engine,
//! posting each result as `user.tool_result`. The agent loop itself stays on the server.

use std::collections::{HashMap, HashSet, VecDeque};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use tokio_util::sync::CancellationToken;

use crate::client::stream::{Follower, Item as FollowItem};
use crate::client::{Client, ClientError, Credential, Request, Secret, Settings};
use crate::local::sandbox::SandboxConfig;
use crate::local::tools::{NetworkPolicy, SessionTools, builtin_specs};

mod resources;

/// How often a worker brings its session's memory stores into step while it waits.
const MEMORY_SYNC: Duration = Duration::from_secs(15);

/// A worker of one self-hosted environment.
pub struct Worker {
    pub base_url: String,
    pub environment_id: String,
    pub environment_key: String,
    pub worker_id: String,
    pub workdir: PathBuf,
    /// Quiet time after a finished turn before the item is handed back (None: never).
    pub max_idle: Option<Duration>,
    pub sandbox: SandboxConfig,
    /// Cancelled on SIGINT/SIGTERM: the current call finishes, then the item is stopped.
    pub stop: CancellationToken,
}

/// A claimed work item.
pub struct Item {
    pub id: String,
    pub session_id: String,
    /// The item's `secret`: URL-safe base64 JSON carrying a sessions token for this item alone.
    pub secret: Option<String>,
}

impl Item {
    fn from_json(v: &Value) -> anyhow::Result<Self> {
        let id = v["id"].as_str().context("the work item has no id")?.to_string();
        let session_id = v["data"]["id"]
            .as_str()
            .context("the work item names no session")?
            .to_string();
        Ok(Self {
            id,
            session_id,
            secret: v["secret"].as_str().map(str::to_string),
        })
    }

    fn sessions_token(&self) -> Option<String> {
        let raw = URL_SAFE_NO_PAD
            .decode(self.secret.as_deref()?.trim_end_matches('='))
            .ok()?;
        let payload: Value = serde_json::from_slice(&raw).ok()?;
        payload["sessions_token"].as_str().map(str::to_string)
    }
}

fn request(method: Method, path: String, query: Vec<(String, String)>, body: Option<Value>) -> Request {
    Request {
        method,
        path,
        query,
        body,
        betas: Vec::new(),
    }
}

fn status_of(e: &anyhow::Error) -> Option<StatusCode> {
    match e.downcast_ref::<ClientError>() {
        Some(ClientError::Api { status, .. }) => Some(*status),
        _ => None,
    }
}

/// 4xx other than 408 and 429 will not get better by retrying.
fn fatal(e: &anyhow::Error) -> bool {
    status_of(e)
        .is_some_and(|s| s.is_client_error() && s != StatusCode::REQUEST_TIMEOUT && s != StatusCode::TOO_MANY_REQUESTS)
}

fn jitter(base: Duration) -> Duration {
    let spread = (uuid::Uuid::new_v4().as_u128() % 1000) as u64;
    base + Duration::from_millis(spread * base.as_millis().max(1) as u64 / 1000)
}

impl Worker {
    fn client(&self, bearer: &str, source: &str) -> anyhow::Result<Arc<Client>> {
        let settings = Settings {
            base_url: self.base_url.clone(),
            credential: Some(Credential {
                secret: Secret::Bearer(bearer.to_string()),
                source: source.to_string(),
            }),
            workspace_id: None,
        };
        Ok(Arc::new(
            Client::new(settings, 2, false)?.with_header("anthropic-worker-id", &self.worker_id),
        ))
    }

    fn work_path(&self, rest: &str) -> String {
        format!("/v1/environments/{}/work{rest}", self.environment_id)
    }

    /// `beta:worker poll`: claim items until stopped. With `on_work`, each item is handed to
    /// that script (the item's JSON on stdin), and the item is stopped when the script exits.
    pub async fn poll(&self, on_work: Option<&str>) -> anyhow::Result<()> {
        let client = self.client(&self.environment_key, "--environment-key")?;
        let mut backoff = Duration::from_secs(1);
        loop {
            let poll = request(
                Method::GET,
                self.work_path("/poll"),
                vec![("block_ms".into(), "999".into())],
                None,
            );
            let answer = tokio::select! {
                a = client.send(&poll) => a.map_err(anyhow::Error::from),
                _ = self.stop.cancelled() => return Ok(()),
            };
            let text = match answer {
                Ok(text) => text,
                Err(e) if fatal(&e) => bail!("environments: poll failed: {e}"),
                Err(e) => {
                    tracing::warn!("poll failed, retrying in {:.0?}: {e}", backoff);
                    self.pause(jitter(backoff)).await;
                    backoff = (backoff * 2).min(Duration::from_secs(60));
                    continue;
                }
            };
            backoff = Duration::from_secs(1);
            let value: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
            if value.get("id").is_none() {
                self.pause(jitter(Duration::from_secs(1))).await;
                if self.stop.is_cancelled() {
                    return Ok(());
                }
                continue;
            }
            if value["data"]["type"] != "session" {
                tracing::warn!(
                    "skipping work {}: its data.type is {}, not session",
                    value["id"].as_str().unwrap_or("?"),
                    value["data"]["type"].as_str().unwrap_or("missing")
                );
                self.pause(jitter(Duration::from_secs(1))).await;
                continue;
            }
            let item = Item::from_json(&value)?;
            tracing::info!("claimed work {} for session {}", item.id, item.session_id);
            if let Err(e) = client
                .send(&request(
                    Method::POST,
                    self.work_path(&format!("/{}/ack", item.id)),
                    vec![],
                    None,
                ))
                .await
            {
                tracing::warn!("ack of {} failed ({e}); force-stopping it", item.id);
                self.stop_item(&client, &item.id).await;
                continue;
            }
            match on_work {
                Some(script) => self.run_script(&client, script, &item, &value).await?,
                None => self.handle(&item).await,
            }
            if self.stop.is_cancelled() {
                return Ok(());
            }
        }
    }

    async fn pause(&self, d: Duration) {
        tokio::select! {
            _ = tokio::time::sleep(d) => {}
            _ = self.stop.cancelled() => {}
        }
    }

    async fn stop_item(&self, client: &Client, id: &str) {
        let stop = request(
            Method::POST,
            self.work_path(&format!("/{id}/stop")),
            vec![],
            Some(json!({"force": true})),
        );
        match client.send(&stop).await {
            Ok(_) => {}
            Err(ClientError::Api {
                status: StatusCode::CONFLICT,
                ..
            }) => {}
            Err(e) => tracing::warn!("stop of work {id} failed: {e}"),
        }
    }

    async fn run_script(&self, client: &Client, script: &str, item: &Item, value: &Value) -> anyhow::Result<()> {
        let mut child = tokio::process::Command::new(script)
            .env("ANTHROPIC_WORK_ID", &item.id)
            .env("ANTHROPIC_ENVIRONMENT_ID", &self.environment_id)
            .env("ANTHROPIC_SESSION_ID", &item.session_id)
            .env("ANTHROPIC_ENVIRONMENT_KEY", &self.environment_key)
            .env("ANTHROPIC_BASE_URL", &self.base_url)
            .stdin(std::process::Stdio::piped())
            // Both of the script's streams go to the worker's stderr, as the official CLI's do.
            .stdout(std::io::stderr())
            .spawn()
            .with_context(|| format!("fatal worker error: on-work script \"{script}\" is unrunnable"))?;
        if let Some(mut stdin) = child.stdin.take() {
            use tokio::io::AsyncWriteExt;
            let _ = stdin.write_all(value.to_string().as_bytes()).await;
        }
        let status = tokio::select! {
            s = child.wait() => s?,
            _ = self.stop.cancelled() => {
                if let Some(pid) = child.id() {
                    unsafe { libc::kill(pid as i32, libc::SIGTERM) };
                }
                tokio::time::timeout(Duration::from_secs(30), child.wait()).await.unwrap_or(Ok(Default::default()))?
            }
        };
        if !status.success() {
            tracing::warn!("on-work script for {} exited with {status}", item.id);
        }
        let stop = request(
            Method::POST,
            self.work_path(&format!("/{}/stop", item.id)),
            vec![],
            Some(json!({})),
        );
        if let Err(e) = client.send(&stop).await
            && !matches!(
                e,
                ClientError::Api {
                    status: StatusCode::CONFLICT,
                    ..
                }
            )
        {
            tracing::warn!("stop of work {} failed: {e}", item.id);
        }
        Ok(())
    }

    /// `beta:worker run`, and each item of `poll`: heartbeat the lease, serve the session's tool
    /// calls until it is done or quiet, then stop the item (unless the lease was lost: then it
    /// belongs to another worker).
    pub async fn handle(&self, item: &Item) {
        let (bearer, source) = match item.sessions_token() {
            Some(token) => (token, "the work item's sessions token"),
            None => (self.environment_key.clone(), "--environment-key"),
        };
        let client = match self.client(&bearer, source) {
            Ok(c) => c,
            Err(e) => return tracing::error!("work {}: {e}", item.id),
        };
        let lease = CancellationToken::new();
        let lost = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let beat = tokio::spawn(heartbeat(
            client.clone(),
            self.work_path(&format!("/{}/heartbeat", item.id)),
            lease.clone(),
            lost.clone(),
        ));
        let served = self.serve(&client, item, &bearer, &lease).await;
        if let Err(e) = served {
            tracing::error!("work {}: {e:#}", item.id);
        }
        lease.cancel();
        let _ = beat.await;
        if lost.load(std::sync::atomic::Ordering::SeqCst) {
            tracing::warn!(
                "work {}: the lease was lost; leaving the item to its new worker",
                item.id
            );
        } else {
            self.stop_item(&client, &item.id).await;
        }
    }

    async fn serve(
        &self,
        client: &Arc<Client>,
        item: &Item,
        bearer: &str,
        lease: &CancellationToken,
    ) -> anyhow::Result<()> {
        let sid = &item.session_id;
        let session: Value = serde_json::from_str(
            &client
                .send(&request(Method::GET, format!("/v1/sessions/{sid}"), vec![], None))
                .await?,
        )?;
        if session["status"] == "terminated" {
            tracing::info!("session {sid} is terminated; nothing to run");
            return Ok(());
        }
        std::fs::create_dir_all(&self.workdir).with_context(|| format!("--workdir {}", self.workdir.display()))?;
        let workdir = self.workdir.canonicalize()?;
        let mut stores = resources::mirrors(&session, &workdir);
        if !stores.is_empty() && item.sessions_token().is_none() {
            bail!(
                "session {sid} mounts memory stores, which only the work item's sessions token may sync (set ANTHROPIC_WORK_SECRET)"
            );
        }
        let skills = resources::place_skills(client, &session, &workdir).await?;
        for note in resources::sync(client, &mut stores).await {
            tracing::warn!("session {sid}: {note}");
        }
        let tools = SessionTools::new(
            workdir,
            NetworkPolicy::Unrestricted,
            vec![self.environment_key.clone(), bearer.to_string()],
            self.sandbox.clone(),
        );
        let mut runner = Runner::default();
        // The stream first, then the history: nothing emitted in between is missed, and the
        // follower itself catches up after a dropped connection.
        let stream = request(Method::GET, format!("/v1/sessions/{sid}/events/stream"), vec![], None);
        let mut follower = Follower::open((**client).clone(), stream).await?;
        for e in list_events(client, sid).await? {
            runner.see(&e);
        }
        let result = async {
            loop {
                while let Some((id, name, input)) = runner.next_call() {
                    if self.stop.is_cancelled() || lease.is_cancelled() {
                        return Ok(());
                    }
                    let mut out = tools.run(&name, &input).await;
                    let notes = resources::sync(client, &mut stores).await;
                    out.content
                        .extend(notes.into_iter().map(|note| json!({"type": "text", "text": note})));
                    let result = json!({"type": "user.tool_result", "tool_use_id": id, "content": out.content, "is_error": out.is_error});
                    post_result(client, sid, result).await?;
                    runner.answered.insert(id);
                }
                if runner.done {
                    return Ok(());
                }
                let wait = match (runner.idle_since, self.max_idle) {
                    (Some(since), Some(max)) => max.saturating_sub(since.elapsed()),
                    _ => Duration::from_secs(3600),
                };
                let next = tokio::select! {
                    n = follower.next() => n?,
                    _ = tokio::time::sleep(wait) => return Ok(()),
                    // The stores change elsewhere too: they come down every 15 s, as the official
                    // worker has them.
                    _ = tokio::time::sleep(MEMORY_SYNC), if !stores.is_empty() => {
                        for note in resources::sync(client, &mut stores).await {
                            tracing::warn!("session {sid}: {note}");
                        }
                        continue;
                    }
                    _ = self.stop.cancelled() => return Ok(()),
                    _ = lease.cancelled() => return Ok(()),
                };
                match next {
                    Some(FollowItem::Event(data)) => {
                        if let Ok(e) = serde_json::from_str::<Value>(&data) {
                            runner.see(&e);
                        }
                    }
                    Some(FollowItem::Dropped { cause }) => tracing::warn!("session {sid}: stream dropped ({cause}); reconnecting"),
                    None => return Ok(()),
                }
            }
        }
        .await;
        tools.shutdown().await;
        for note in resources::sync(client, &mut stores).await {
            tracing::warn!("session {sid}: {note}");
        }
        for dir in skills {
            let _ = std::fs::remove_dir_all(dir);
        }
        result
    }
}

async fn list_events(client: &Client, sid: &str) -> anyhow::Result<Vec<Value>> {
    let mut out = Vec::new();
    let req = request(
        Method::GET,
        format!("/v1/sessions/{sid}/events"),
        vec![("limit".into(), "1000".into())],
        None,
    );
    client
        .list(req, None, |item| {
            out.push(serde_json::from_str(item).unwrap_or(Value::Null));
            Ok(())
        })
        .await?;
    Ok(out)
}

async fn post_result(client: &Client, sid: &str, event: Value) -> anyhow::Result<()> {
    let send = request(
        Method::POST,
        format!("/v1/sessions/{sid}/events"),
        vec![],
        Some(json!({"events": [event]})),
    );
    let mut delay = Duration::from_secs(1);
    for attempt in 0..3 {
        match client.send(&send).await {
            Ok(_) => return Ok(()),
            Err(e) => {
                let e = anyhow::Error::from(e);
                if fatal(&e) || attempt == 2 {
                    return Err(e.context("posting a tool result"));
                }
                tokio::time::sleep(delay).await;
                delay *= 2;
            }
        }
    }
    Ok(())
}

/// Keeps the lease: beats at half the TTL; ends it on a 412 (the lease went to another
/// worker), a fatal error, a stop from the server, or a TTL without a successful beat.
async fn heartbeat(
    client: Arc<Client>,
    path: String,
    lease: CancellationToken,
    lost: Arc<std::sync::atomic::AtomicBool>,
) {
    let mut last = "NO_HEARTBEAT".to_string();
    let mut ttl = Duration::from_secs(90);
    let mut interval = Duration::from_secs(30);
    let mut last_success = Instant::now();
    while !lease.is_cancelled() {
        let beat = request(
            Method::POST,
            path.clone(),
            vec![("expected_last_heartbeat".into(), last.clone())],
            None,
        );
        match tokio::time::timeout(interval, client.send(&beat)).await {
            Ok(Ok(text)) => {
                let v: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
                last = v["last_heartbeat"].as_str().unwrap_or_default().to_string();
                last_success = Instant::now();
                if let Some(secs) = v["ttl_seconds"].as_u64().filter(|s| *s > 0) {
                    ttl = Duration::from_secs(secs);
                    interval = (ttl / 2).clamp(Duration::from_secs(1), Duration::from_secs(30));
                }
                if matches!(v["state"].as_str(), Some("stopping" | "stopped")) || v["lease_extended"] == false {
                    tracing::info!("heartbeat reports shutdown");
                    break;
                }
            }
            Ok(Err(e)) => {
                let e = anyhow::Error::from(e);
                if status_of(&e) == Some(StatusCode::PRECONDITION_FAILED) {
                    lost.store(true, std::sync::atomic::Ordering::SeqCst);
                    tracing::error!("lease lost: heartbeat precondition failed");
                    break;
                }
                if fatal(&e) {
                    tracing::error!("heartbeat refused: {e}");
                    break;
                }
            }
            Err(_) => {}
        }
        if last_success.elapsed() > ttl {
            lost.store(true, std::sync::atomic::Ordering::SeqCst);
            tracing::error!("lease assumed lost: no successful heartbeat within {ttl:?}");
            break;
        }
        tokio::select! {
            _ = tokio::time::sleep(interval) => {}
            _ = lease.cancelled() => return,
        }
    }
    lease.cancel();
}

/// What the worker owes a session, folded from its events: built-in calls allowed and not yet
/// answered, in order. Calls that ask for confirmation wait for `user.tool_confirmation`.
#[derive(Default)]
struct Runner {
    seen: HashSet<String>,
    answered: HashSet<String>,
    held: HashMap<String, (String, Value)>,
    queue: VecDeque<(String, String, Value)>,
    idle_since: Option<Instant>,
    done: bool,
}

impl Runner {
    fn see(&mut self, e: &Value) {
        let id = e["id"].as_str().unwrap_or_default().to_string();
        if !id.is_empty() && !self.seen.insert(id.clone()) {
            return;
        }
        self.idle_since = None;
        match e["type"].as_str().unwrap_or_default() {
            "agent.tool_use" => {
                let name = e["name"].as_str().unwrap_or_default().to_string();
                // Calls this worker has no tool for belong to another client.
                if self.answered.contains(&id) || !builtin_specs().iter().any(|s| s.name == name) {
                    return;
                }
                let input = e.get("input").cloned().unwrap_or(json!({}));
                match e["evaluated_permission"].as_str() {
                    Some("deny") => {}
                    Some("ask") => {
                        self.held.insert(id, (name, input));
                    }
                    _ => self.queue.push_back((id, name, input)),
                }
            }
            "user.tool_confirmation" => {
                let target = e["tool_use_id"].as_str().unwrap_or_default();
                if let Some((name, input)) = self.held.remove(target)
                    && e["result"] == "allow"
                {
                    self.queue.push_back((target.to_string(), name, input));
                }
            }
            "user.tool_result" => {
                let target = e["tool_use_id"].as_str().unwrap_or_default().to_string();
                self.queue.retain(|c| c.0 != target);
                self.answered.insert(target);
            }
            "session.status_idle" if e["stop_reason"]["type"] != "requires_action" => {
                self.idle_since = Some(Instant::now())
            }
            "session.status_terminated" | "session.deleted" => self.done = true,
            _ => {}
        }
    }

    fn next_call(&mut self) -> Option<(String, String, Value)> {
        while let Some(call) = self.queue.pop_front() {
            if !self.answered.contains(&call.0) {
                return Some(call);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_runner_runs_allowed_calls_once_and_holds_asks() {
        let mut r = Runner::default();
        r.see(&json!({"id": "a", "type": "agent.tool_use", "name": "bash", "input": {"command": "ls"}, "evaluated_permission": "allow"}));
        r.see(
            &json!({"id": "a", "type": "agent.tool_use", "name": "bash", "input": {}, "evaluated_permission": "allow"}),
        );
        r.see(
            &json!({"id": "b", "type": "agent.tool_use", "name": "bash", "input": {}, "evaluated_permission": "ask"}),
        );
        r.see(&json!({"id": "c", "type": "agent.tool_use", "name": "lookup", "input": {}}));
        assert_eq!(r.next_call().map(|c| c.0), Some("a".into()));
        assert_eq!(
            r.next_call(),
            None,
            "an ask waits, and a tool this worker lacks is not its to run"
        );
        r.see(&json!({"id": "d", "type": "user.tool_confirmation", "tool_use_id": "b", "result": "allow"}));
        r.see(&json!({"id": "e", "type": "agent.tool_use", "name": "read", "input": {}}));
        r.see(&json!({"id": "f", "type": "user.tool_result", "tool_use_id": "e"}));
        assert_eq!(r.next_call().map(|c| c.0), Some("b".into()));
        assert_eq!(r.next_call(), None, "an answered call is not run again");
        r.see(&json!({"id": "g", "type": "session.status_idle", "stop_reason": {"type": "end_turn"}}));
        assert!(r.idle_since.is_some());
        r.see(&json!({"id": "h", "type": "session.deleted"}));
        assert!(r.done && r.idle_since.is_none());
    }

    #[test]
    fn the_sessions_token_comes_from_the_secret() {
        let secret = URL_SAFE_NO_PAD.encode(json!({"sessions_token": "tok"}).to_string());
        let item = Item {
            id: "w".into(),
            session_id: "s".into(),
            secret: Some(secret),
        };
        assert_eq!(item.sessions_token().as_deref(), Some("tok"));
        let none = Item {
            secret: Some("!!".into()),
            ..item
        };
        assert_eq!(none.sessions_token(), None);
    }
}
