//! The agent loop: one task per active session joins the brain (a model provider) and the
//! hands (tools), applying the permission policy in between. Its only state is the session's
//! event log: each step folds the log ([`fold`]) to decide what comes next, and reports back
//! only by appending events. A crash or restart therefore loses nothing: [`Engine::recover`]
//! picks up every session whose log says there is work to do, whatever the crash cut short.

pub mod fold;
pub mod outcome;

use std::collections::HashMap;
use std::future::Future;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tokio::sync::mpsc;

use self::fold::{Action, Call, Fold, ThreadRole, text};
use super::log::{Frame, Log};
use super::mcp::{Connections, McpConfig, McpError, OfferedTool};
use super::model::{ModelError, ModelRequest, ModelResponse, Provider, Usage};
use super::packages::{PackageCache, Packages, SETUP_EVENT, SetupError};
use super::resources::memory::sync_all;
use super::resources::{self, Resources, SessionResources, StoreRemote};
use super::sandbox::{Backend, Extras, SandboxConfig};
use super::server::SessionRunner;
use super::store::StoreError;
use super::tools::{NetworkPolicy, SessionTools, builtin_specs};
use super::work::WorkQueue;
use crate::api::agents::{McpServer, Tool, builtin_policy};
use crate::api::environments::Environment;
use crate::api::events::Event;
use crate::api::memory_stores;
use crate::api::multiagent::{DELEGATE_TOOL, Team};
use crate::api::sessions::Session;
use crate::api::threads::{MAX_CONCURRENT, primary_id};

/// How model requests are retried: 429, 529, 5xx and broken connections.
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    pub retries: u32,
    pub base: Duration,
    pub cap: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            retries: 3,
            base: Duration::from_millis(500),
            cap: Duration::from_secs(8),
        }
    }
}

impl RetryPolicy {
    fn delay(&self, attempt: u32, retry_after: Option<Duration>) -> Duration {
        let backoff = self.base.saturating_mul(1 << attempt.min(16)).min(self.cap);
        retry_after.map_or(backoff, |r| r.min(Duration::from_secs(60)))
    }
}

pub struct EngineConfig {
    pub workspaces: PathBuf,
    /// Where environments' packages are installed, one directory per package set.
    pub packages: PathBuf,
    /// Values that must never reach a tool's environment (server and model keys).
    pub secrets: Vec<String>,
    /// How every session's tool processes are confined.
    pub sandbox: SandboxConfig,
    pub retry: RetryPolicy,
    pub max_tokens: u32,
    /// How long a session's bash shell may sit unused, once its turn has ended, before it ends.
    pub shell_idle: Duration,
    /// Where sessions' files, skills and memory stores are laid out.
    pub resources: Arc<Resources>,
    /// Time limits of the calls to agents' MCP servers.
    pub mcp: McpConfig,
}

pub struct Engine {
    inner: Arc<Inner>,
}

struct Inner {
    log: Arc<Log>,
    provider: Arc<Provider>,
    work: Arc<WorkQueue>,
    config: EngineConfig,
    packages: PackageCache,
    actors: Mutex<HashMap<String, Actor>>,
    /// The subagent threads' tasks, by session, then thread id.
    threads: Mutex<HashMap<String, HashMap<String, Actor>>>,
}

struct Actor {
    wake: mpsc::UnboundedSender<()>,
    task: tokio::task::JoinHandle<()>,
}

#[derive(Debug, thiserror::Error)]
enum StepError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("session record: {0}")]
    Record(String),
}

impl Engine {
    pub fn new(log: Arc<Log>, provider: Arc<Provider>, work: Arc<WorkQueue>, config: EngineConfig) -> Self {
        let packages = PackageCache::new(config.packages.clone(), config.sandbox.clone(), config.secrets.clone());
        Self {
            inner: Arc::new(Inner {
                log,
                provider,
                work,
                config,
                packages,
                actors: Mutex::new(HashMap::new()),
                threads: Mutex::new(HashMap::new()),
            }),
        }
    }

    /// After a restart: every session whose log holds work goes on. A session that was running
    /// is rescheduled: a model request cut short is closed as failed and asked again; a tool
    /// call that may have been running is reported as interrupted (never run twice). A session
    /// whose log holds input that no turn took up yet (a message, a confirmation, a tool result
    /// acknowledged just before the crash) starts its turn. Only sessions whose log does not end
    /// in an idle are folded, so a start with many idle sessions stays cheap. Returns how many
    /// sessions were resumed.
    pub fn recover(&self) -> Result<usize, StoreError> {
        let mut resumed = 0;
        for id in self.inner.log.store.sessions_with_open_logs()? {
            let log = self.inner.log.store.events_after(&id, 0)?;
            // The primary thread's fold, then one per subagent thread: each thread that was
            // running is rescheduled on its own.
            let mut folds = vec![Fold::new(self.self_hosted(&id)?)];
            for (_, e) in &log {
                if e.kind == "session.thread_created"
                    && let Some(role) = thread_role(&id, e)
                {
                    folds.push(Fold::for_thread(role));
                }
            }
            let mut work = false;
            for fold in &mut folds {
                for (_, e) in &log {
                    fold.apply(e);
                }
                if fold.is_running() {
                    let mut events = vec![fold.rescheduled()];
                    if let Some(start) = fold.open_request() {
                        events.push(request_end(start, true, None));
                    }
                    for call in fold.unfinished_calls() {
                        events.push(call_result(
                            call,
                            text("The tool call was interrupted by a restart of the server."),
                            true,
                        ));
                    }
                    self.inner.log.append(&id, stamped(fold.thread.as_ref(), events))?;
                    work = true;
                } else {
                    work |= fold.next() != Action::Wait;
                }
            }
            if work {
                self.wake(&id);
                resumed += 1;
            }
        }
        Ok(resumed)
    }

    fn self_hosted(&self, session_id: &str) -> Result<bool, StoreError> {
        let Some(session) = self.inner.log.store.session(session_id)? else {
            return Ok(false);
        };
        let env = serde_json::from_str::<Value>(&session)?["environment_id"]
            .as_str()
            .map(str::to_string);
        let body = match env {
            Some(env) => self.inner.log.store.environment(&env)?,
            None => None,
        };
        Ok(body.is_some_and(|b| b.contains("\"self_hosted\"")))
    }

    /// Stops every session task (their tools' processes die with them).
    pub fn shutdown(&self) {
        for (_, actor) in self.inner.actors.lock().unwrap_or_else(|e| e.into_inner()).drain() {
            actor.task.abort();
        }
        for (_, threads) in self.inner.threads.lock().unwrap_or_else(|e| e.into_inner()).drain() {
            threads.into_values().for_each(|actor| actor.task.abort());
        }
    }
}

impl SessionRunner for Engine {
    fn wake(&self, session_id: &str) {
        self.inner.wake_threads(session_id, None);
        let mut actors = self.inner.actors.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(actor) = actors.get(session_id)
            && actor.wake.send(()).is_ok()
        {
            return;
        }
        let (wake, rx) = mpsc::unbounded_channel();
        let _ = wake.send(());
        let task = tokio::spawn(run(self.inner.clone(), session_id.to_string(), None, rx));
        actors.insert(session_id.to_string(), Actor { wake, task });
    }

    fn forget(&self, session_id: &str) {
        if let Err(e) = self.inner.work.stop_session(&self.inner.log.store, session_id) {
            tracing::error!("session {session_id}: cannot stop its work items: {e}");
        }
        if let Some(actor) = self
            .inner
            .actors
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(session_id)
        {
            actor.task.abort();
        }
        let threads = self
            .inner
            .threads
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(session_id);
        threads.into_iter().flatten().for_each(|(_, actor)| actor.task.abort());
        let dir = self.inner.config.workspaces.join(session_id);
        let (resources, id) = (self.inner.config.resources.clone(), session_id.to_string());
        tokio::task::spawn_blocking(move || {
            let _ = std::fs::remove_dir_all(dir);
            resources.forget(&id);
        });
    }
}

impl Inner {
    /// Wakes the subagent threads of a session (all but `except`).
    fn wake_threads(&self, session_id: &str, except: Option<&str>) {
        let threads = self.threads.lock().unwrap_or_else(|e| e.into_inner());
        for (id, actor) in threads.get(session_id).into_iter().flatten() {
            if except != Some(id.as_str()) {
                let _ = actor.wake.send(());
            }
        }
    }

    /// Starts the task of a subagent thread unless it runs.
    fn ensure_thread(self: &Arc<Self>, session_id: &str, role: ThreadRole) {
        let mut threads = self.threads.lock().unwrap_or_else(|e| e.into_inner());
        let session = threads.entry(session_id.to_string()).or_default();
        if session.contains_key(&role.id) {
            return;
        }
        let (wake, rx) = mpsc::unbounded_channel();
        let _ = wake.send(());
        let id = role.id.clone();
        let task = tokio::spawn(run(self.clone(), session_id.to_string(), Some(role), rx));
        session.insert(id, Actor { wake, task });
    }

    /// Wakes every other task of a session: what one thread appends may be another's input.
    fn wake_others(&self, session_id: &str, thread: Option<&ThreadRole>) {
        match thread {
            Some(role) => {
                let actors = self.actors.lock().unwrap_or_else(|e| e.into_inner());
                if let Some(actor) = actors.get(session_id) {
                    let _ = actor.wake.send(());
                }
                drop(actors);
                self.wake_threads(session_id, Some(&role.id));
            }
            None => self.wake_threads(session_id, None),
        }
    }
}

/// The role of the thread a `session.thread_created` event creates.
fn thread_role(session_id: &str, e: &Event) -> Option<ThreadRole> {
    Some(ThreadRole {
        id: e.str("session_thread_id")?.to_string(),
        agent_name: e.str("agent_name")?.to_string(),
        primary_id: primary_id(session_id),
    })
}

/// Events a subagent thread appends carry its id, unless they say where they go (a reply to
/// the primary sets `session_thread_id` to null).
fn stamped(thread: Option<&ThreadRole>, mut events: Vec<Event>) -> Vec<Event> {
    if let Some(role) = thread {
        for e in &mut events {
            e.fields
                .entry("session_thread_id")
                .or_insert_with(|| Value::String(role.id.clone()));
        }
    }
    events
}

async fn run(inner: Arc<Inner>, id: String, thread: Option<ThreadRole>, mut wake: mpsc::UnboundedReceiver<()>) {
    let mut session = match SessionTask::open(inner, id.clone(), thread) {
        Ok(s) => s,
        Err(e) => return tracing::error!("session {id}: cannot start: {e}"),
    };
    loop {
        match session.step(&mut wake).await {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                tracing::error!("session {id}: {e}");
                // Wait for new input rather than spin on a broken store.
                if wake.recv().await.is_none() {
                    break;
                }
            }
        }
    }
    session.tools.shutdown().await;
}

/// How interruptible work ended.
enum Outcome<T> {
    Done(T),
    Interrupted,
    /// The engine is shutting down: leave the log as it is, recovery finishes the turn.
    Closed,
}

struct SessionTask {
    inner: Arc<Inner>,
    id: String,
    /// The subagent thread this task runs; None for the primary thread.
    thread: Option<ThreadRole>,
    /// What record and replay know this thread's model requests by: the session id, and for a
    /// subagent thread its place among the session's threads (`SESSION#N`).
    replay_key: String,
    /// In a self-hosted environment a worker runs the built-in tools; the task queues work for it.
    environment: Option<String>,
    fold: Fold,
    seq: i64,
    network: NetworkPolicy,
    tools: Arc<SessionTools>,
    /// The environment's packages while they are not installed: the next model call waits for them.
    setup: Option<Packages>,
    /// What the tools' processes see of the installed packages.
    packages: Extras,
    /// The session's files, repositories, memory stores and skills, once laid out (the first
    /// model call waits for them); for a self-hosted session, only what its prompt says of them.
    resources: Option<SessionResources>,
    /// The session's connections to its agent's MCP servers.
    mcp: Connections,
    /// The MCP tools offered in the last model request, by the name the model calls them.
    offered: HashMap<String, OfferedTool>,
}

impl SessionTask {
    fn open(inner: Arc<Inner>, id: String, thread: Option<ThreadRole>) -> Result<Self, StepError> {
        let session = thread_session(load_session(&inner, &id)?, thread.as_ref())?;
        let env: Option<Environment> = match inner.log.store.environment(&session.environment_id)? {
            Some(body) => Some(serde_json::from_str(&body).map_err(|e| StepError::Record(e.to_string()))?),
            None => None,
        };
        // An environment deleted after the session was made leaves its sessions offline.
        let network = env.as_ref().map_or(NetworkPolicy::limited(Vec::<String>::new()), |e| {
            network_policy(e, &session.agent.mcp_servers)
        });
        let self_hosted = env.as_ref().is_some_and(|e| e.config["type"] == "self_hosted");
        // Read once: like a container, a session keeps the packages it started with.
        let packages = env.as_ref().and_then(|e| Packages::of(&e.config));
        let installed = packages.as_ref().and_then(|p| inner.packages.ready(p));
        let setup = packages.filter(|_| installed.is_none());
        if let Backend::None = inner.config.sandbox.backend {
            tracing::warn!(
                "session {id}: tools run UNSANDBOXED (--sandbox none): bash can read and change everything this user can, and the environment's network policy binds only web_fetch"
            );
        }
        let environment = self_hosted.then(|| session.environment_id.clone());
        let packages = installed.unwrap_or_default();
        let tools = session_tools(&inner, &id, &network, packages.clone());
        let fold = match &thread {
            Some(role) => Fold::for_thread(role.clone()),
            None => Fold::new(self_hosted),
        };
        let replay_key = match &thread {
            Some(role) => {
                let records = inner.log.store.thread_records(&id)?;
                let created = records.iter().filter(|e| e.kind == "session.thread_created");
                let place = created
                    .take_while(|e| e.str("session_thread_id") != Some(&role.id))
                    .count()
                    + 1;
                format!("{id}#{place}")
            }
            None => id.clone(),
        };
        Ok(Self {
            inner,
            id,
            thread,
            replay_key,
            environment,
            fold,
            seq: 0,
            network,
            tools,
            setup,
            packages,
            resources: None,
            mcp: Connections::default(),
            offered: HashMap::new(),
        })
    }

    /// The session as this thread runs it (a subagent thread's agent in place of the coordinator).
    fn session(&self) -> Result<Session, StepError> {
        thread_session(load_session(&self.inner, &self.id)?, self.thread.as_ref())
    }

    /// New tools that see the packages and the resources as they are now.
    fn rebuild_tools(&mut self) {
        let mut extras = self.packages.clone();
        extras.mounts = self.resources.as_ref().map(|r| r.mounts.clone()).unwrap_or_default();
        self.tools = session_tools(&self.inner, &self.id, &self.network, extras);
    }

    /// Lays out the session's resources if they are not yet (for a self-hosted session, whose
    /// worker places them, only says where); false when they cannot be, after a
    /// `session.error` saying why.
    fn lay_out_resources(&mut self) -> Result<bool, StepError> {
        if self.resources.is_some() {
            return Ok(true);
        }
        let session = load_session(&self.inner, &self.id)?;
        let store = &self.inner.log.store;
        let prepared = match self.environment {
            Some(_) => resources::for_worker(store, &session),
            None => {
                let in_place = self.inner.config.sandbox.places_mounts();
                resources::prepare(&self.inner.config.resources, store, &session, in_place)
            }
        };
        match prepared {
            Ok(r) => {
                self.resources = Some(r);
                self.rebuild_tools();
                Ok(true)
            }
            Err(e) => {
                let message = format!("the session's resources cannot be set up: {e}");
                // The fold ends the turn (retries_exhausted) in the next step.
                self.append(vec![session_error("unknown_error", &message, "terminal")])?;
                Ok(false)
            }
        }
    }

    /// Brings the session's memory stores and their directories into step; what the stores
    /// refused, in lines for the tool result that wrote it.
    async fn sync_memory(&mut self) -> Vec<String> {
        // One mirror per store directory: the primary thread's, which syncs before each of the
        // coordinator's model calls, so what subagents wrote is taken up when their replies are.
        if self.thread.is_some() {
            return Vec::new();
        }
        let Some(resources) = self.resources.as_mut() else {
            return Vec::new();
        };
        let (store, session) = (&self.inner.log.store, &self.id);
        sync_all(&mut resources.stores, |store_id| StoreRemote {
            store,
            store_id: store_id.to_string(),
            actor: memory_stores::Actor::Session(session.clone()),
        })
        .await
    }

    /// Takes what the session wrote to its outputs directory as files scoped to it.
    async fn collect_outputs(&self) {
        // The primary thread's turn ends after every delegation's: it takes the outputs once.
        if self.thread.is_some() {
            return;
        }
        let Some(dir) = self.resources.as_ref().and_then(|r| r.outputs.clone()) else {
            return;
        };
        let (res, log, id) = (
            self.inner.config.resources.clone(),
            self.inner.log.clone(),
            self.id.clone(),
        );
        let collected =
            tokio::task::spawn_blocking(move || resources::collect_outputs(&res, &log.store, &id, &dir)).await;
        match collected {
            Ok(Ok(_)) => {}
            Ok(Err(e)) => tracing::error!("session {}: cannot take its outputs: {e}", self.id),
            Err(e) => tracing::error!("session {}: cannot take its outputs: {e}", self.id),
        }
    }

    /// Folds the events appended since the last look; returns them.
    fn catch_up(&mut self) -> Result<Vec<Event>, StepError> {
        let new = self.inner.log.store.events_after(&self.id, self.seq)?;
        let mut events = Vec::with_capacity(new.len());
        for (seq, e) in new {
            self.seq = seq;
            self.fold.apply(&e);
            // The primary thread starts the task of each subagent thread it finds.
            if self.thread.is_none()
                && e.kind == "session.thread_created"
                && let Some(role) = thread_role(&self.id, &e)
            {
                self.inner.ensure_thread(&self.id, role);
            }
            events.push(e);
        }
        Ok(events)
    }

    fn append(&mut self, events: Vec<Event>) -> Result<(), StepError> {
        self.inner.log.append(&self.id, stamped(self.thread.as_ref(), events))?;
        self.inner.wake_others(&self.id, self.thread.as_ref());
        self.catch_up()?;
        Ok(())
    }

    /// Appends status events decided from the log as folded so far, unless the log has moved
    /// on since (a client event arrived): then nothing is appended and the next step decides
    /// again. So every idle in the log was decided with all input before it in view, which
    /// recovery relies on.
    fn append_decided(&mut self, events: Vec<Event>) -> Result<(), StepError> {
        self.inner
            .log
            .append_if_last(&self.id, self.seq, stamped(self.thread.as_ref(), events))?;
        self.inner.wake_others(&self.id, self.thread.as_ref());
        self.catch_up()?;
        Ok(())
    }

    /// One step of the loop; false when the session is gone for good.
    async fn step(&mut self, wake: &mut mpsc::UnboundedReceiver<()>) -> Result<bool, StepError> {
        self.catch_up()?;
        let next = self.fold.next();
        self.tools.set_turn_running(next != Action::Wait);
        match next {
            Action::Wait => {
                if wake.recv().await.is_none() {
                    return Ok(false);
                }
                while wake.try_recv().is_ok() {}
            }
            Action::Emit(events) => {
                // A self-hosted turn's work item is queued before the turn starts, so no crash
                // or store error can leave a running turn without one.
                let starts = events.iter().any(|e| e.kind == "session.status_running");
                if starts && let Some(env) = &self.environment {
                    self.inner.work.enqueue(&self.inner.log.store, env, &self.id)?;
                }
                // A client that sees the turn end finds its outputs listed.
                if events.iter().any(|e| e.kind == "session.status_idle") {
                    self.collect_outputs().await;
                }
                if starts {
                    self.mcp.new_turn();
                }
                self.append_decided(events)?;
            }
            Action::CallModel => match self.set_up(wake).await? {
                Outcome::Done(true) => return self.call_model(wake).await,
                Outcome::Done(false) | Outcome::Interrupted => {}
                Outcome::Closed => return Ok(false),
            },
            Action::RunTool(id) => return self.run_tool(&id, wake).await,
            Action::Evaluate => return self.evaluate(wake).await,
        }
        Ok(true)
    }

    /// Grades the outcome's work: a model request of the grader's own (its context, the rubric,
    /// only the verdict tool), between `span.outcome_evaluation_start`/`_ongoing` and `_end`.
    /// A grader that cannot be reached fails the outcome; an interrupt leaves the fold to end
    /// it as `interrupted`. After a restart an open evaluation is graded again: the grader has
    /// no side effects.
    async fn evaluate(&mut self, wake: &mut mpsc::UnboundedReceiver<()>) -> Result<bool, StepError> {
        let Some(goal) = self.fold.outcome.clone() else {
            return Ok(true);
        };
        let (start_id, mut opening) = goal.opening();
        opening.push(goal.ongoing());
        self.append(opening)?;
        let session = self.session()?;
        let (system, messages, tools) = goal.grader_request(&self.fold.outcome_work());
        let request = ModelRequest {
            session_id: self.id.clone(),
            model: session.agent.model.id.clone(),
            system: Some(system),
            messages,
            tools,
            max_tokens: self.inner.config.max_tokens,
        };
        let (provider, retry) = (self.inner.provider.clone(), self.inner.config.retry);
        let work = async move {
            let mut attempt = 0;
            loop {
                match provider.complete(&request, &mut |_, _| {}).await {
                    Err(ModelError::Retryable { retry_after, .. }) if attempt < retry.retries => {
                        tokio::time::sleep(retry.delay(attempt, retry_after)).await;
                        attempt += 1;
                    }
                    answer => return answer,
                }
            }
        };
        let (result, explanation, usage) = match self.interruptible(wake, work).await? {
            Outcome::Done(Ok(answer)) => {
                let (result, explanation) = goal.verdict(&answer);
                (result, explanation, answer.usage)
            }
            Outcome::Done(Err(e)) => (
                "failed".to_string(),
                format!("The grader's model request failed: {e}"),
                Usage::default(),
            ),
            Outcome::Interrupted => return Ok(true),
            Outcome::Closed => return Ok(false),
        };
        let usage_event = self.usage_event(&usage);
        self.append(vec![goal.end(&start_id, &result, &explanation, &usage), usage_event])?;
        Ok(true)
    }

    /// Runs `work` until it ends, a `user.interrupt` arrives, or the engine stops. Client events
    /// that arrive meanwhile are folded as they come.
    async fn interruptible<T>(
        &mut self,
        wake: &mut mpsc::UnboundedReceiver<()>,
        work: impl Future<Output = T>,
    ) -> Result<Outcome<T>, StepError> {
        tokio::pin!(work);
        loop {
            tokio::select! {
                out = &mut work => return Ok(Outcome::Done(out)),
                msg = wake.recv() => {
                    if msg.is_none() {
                        return Ok(Outcome::Closed);
                    }
                    let new = self.catch_up()?;
                    if new.iter().any(|e| e.kind == "user.interrupt") {
                        return Ok(Outcome::Interrupted);
                    }
                }
            }
        }
    }

    /// Installs the environment's packages if they are not yet; true when the model may be
    /// called. A failure ends the turn with a terminal `session.error` that names the packages;
    /// the next turn tries again. The install runs as a task of its own, so an interrupt stops
    /// only this session's wait and other sessions of the same packages still get them.
    async fn set_up(&mut self, wake: &mut mpsc::UnboundedReceiver<()>) -> Result<Outcome<bool>, StepError> {
        if !self.lay_out_resources()? {
            return Ok(Outcome::Done(false));
        }
        let Some(packages) = self.setup.clone() else {
            return Ok(Outcome::Done(true));
        };
        let progress = Progress {
            log: self.inner.log.clone(),
            session_id: self.id.clone(),
            started: Instant::now(),
        };
        let (inner, report) = (self.inner.clone(), progress.clone());
        let network = self.network.clone();
        let install = tokio::spawn(async move {
            inner
                .packages
                .install(&packages, &network, |data| report.send(data))
                .await
        });
        let result = match self.interruptible(wake, install).await? {
            Outcome::Done(Ok(result)) => result,
            Outcome::Done(Err(e)) => Err(SetupError {
                manager: None,
                message: format!("the package install stopped: {e}"),
            }),
            Outcome::Interrupted => return Ok(Outcome::Interrupted),
            Outcome::Closed => return Ok(Outcome::Closed),
        };
        match result {
            Ok(extras) => {
                progress.send(json!({"status": "ready"}));
                self.packages = extras;
                self.rebuild_tools();
                self.setup = None;
                Ok(Outcome::Done(true))
            }
            Err(e) => {
                progress.send(json!({"status": "failed", "manager": e.manager, "message": e.message}));
                // The fold ends the turn (retries_exhausted) in the next step.
                self.append(vec![session_error("unknown_error", &e.message, "terminal")])?;
                Ok(Outcome::Done(false))
            }
        }
    }

    async fn run_tool(&mut self, call_id: &str, wake: &mut mpsc::UnboundedReceiver<()>) -> Result<bool, StepError> {
        let Some(call) = self.fold.call(call_id).cloned() else {
            return Ok(true);
        };
        if let Some(server) = &call.server {
            return self.run_mcp_tool(&call, server, wake).await;
        }
        let tools = self.tools.clone();
        let (name, input) = (call.name.clone(), call.input.clone());
        let work = async move { tools.run(&name, &input).await };
        let result = match self.interruptible(wake, work).await? {
            Outcome::Done(mut out) => {
                // What the call wrote to a memory store is in the store before the model hears of it.
                let notes = self.sync_memory().await;
                out.content
                    .extend(notes.into_iter().map(|note| json!({"type": "text", "text": note})));
                tool_result(call_id, out.content, out.is_error)
            }
            Outcome::Interrupted => {
                tool_result(call_id, text("Interrupted by the user before the tool finished."), true)
            }
            Outcome::Closed => return Ok(false),
        };
        self.append(vec![result])?;
        Ok(true)
    }

    /// Calls an MCP server's tool over the session's connection. A connection that fails (or
    /// a server that failed earlier in the turn) gives an error result and a `session.error`;
    /// the turn goes on, and the next turn connects again. An interrupt cancels the call.
    async fn run_mcp_tool(
        &mut self,
        call: &Call,
        server: &str,
        wake: &mut mpsc::UnboundedReceiver<()>,
    ) -> Result<bool, StepError> {
        // A call approved after a restart (or an agent update) finds no connection yet.
        if self.mcp.needs_connecting(server) {
            let session = self.session()?;
            match self.connect_mcp(&session, wake).await? {
                Outcome::Done(_) => {}
                // The fold closes the call and ends the turn.
                Outcome::Interrupted => return Ok(true),
                Outcome::Closed => return Ok(false),
            }
        }
        let timeout = self.inner.config.mcp.call_timeout;
        let outcome = match self.mcp.connection(server) {
            Ok(connection) => {
                let (tool, input) = (call.name.clone(), call.input.clone());
                let work = async move { connection.call(&tool, &input, timeout).await };
                self.interruptible(wake, work).await?
            }
            Err(e) => Outcome::Done(Err(e)),
        };
        let events = match outcome {
            Outcome::Done(Ok(out)) => vec![call_result(call, out.content, out.is_error)],
            Outcome::Done(Err(e)) => {
                self.mcp.fail(server, e.clone());
                let message = format!("The MCP server {server} failed: {e}");
                vec![call_result(call, text(&message), true), mcp_error(server, &e)]
            }
            Outcome::Interrupted => vec![call_result(
                call,
                text("Interrupted by the user before the tool finished."),
                true,
            )],
            Outcome::Closed => return Ok(false),
        };
        self.append(events)?;
        Ok(true)
    }

    /// Connects to the agent's MCP servers that are not connected (or whose credential
    /// changed), reporting each failure as a `session.error`; the turn goes on without that
    /// server's tools. Returns the tools of the connected servers.
    async fn connect_mcp(
        &mut self,
        session: &Session,
        wake: &mut mpsc::UnboundedReceiver<()>,
    ) -> Result<Outcome<Vec<OfferedTool>>, StepError> {
        let servers = &session.agent.mcp_servers;
        let (pending, mut failures) = self
            .mcp
            .prepare(&self.inner.log.store, &session.vault_ids, servers)
            .await;
        if !pending.is_empty() {
            let opening = super::mcp::open_all(pending, self.inner.config.mcp);
            match self.interruptible(wake, opening).await? {
                Outcome::Done(results) => failures.extend(self.mcp.opened(results)),
                Outcome::Interrupted => return Ok(Outcome::Interrupted),
                Outcome::Closed => return Ok(Outcome::Closed),
            }
        }
        if !failures.is_empty() {
            self.append(failures.iter().map(|(name, e)| mcp_error(name, e)).collect())?;
        }
        Ok(Outcome::Done(self.mcp.offered(&session.agent.tools)))
    }

    async fn call_model(&mut self, wake: &mut mpsc::UnboundedReceiver<()>) -> Result<bool, StepError> {
        // The stores may have changed since the last call (the API, other sessions).
        for note in self.sync_memory().await {
            tracing::info!("session {}: {note}", self.id);
        }
        let session = self.session()?;
        let mcp_tools = match self.connect_mcp(&session, wake).await? {
            Outcome::Done(tools) => tools,
            Outcome::Interrupted => return Ok(true),
            Outcome::Closed => return Ok(false),
        };
        let agent = &session.agent;
        let resources = self.resources.as_ref().map(|r| r.prompt.as_str());
        let mut tools = offered_tools(&agent.tools);
        tools.extend(mcp_tools.iter().map(|t| t.spec.clone()));
        let team = Team::of(agent);
        if !team.agents.is_empty() {
            tools.push(delegate_tool(&team));
        }
        self.offered = mcp_tools
            .into_iter()
            .map(|t| (t.spec["name"].as_str().unwrap_or_default().to_string(), t))
            .collect();
        let mut request = ModelRequest {
            session_id: self.replay_key.clone(),
            model: agent.model.id.clone(),
            system: with_resources(agent.system.as_deref(), resources),
            messages: Vec::new(),
            tools,
            max_tokens: self.inner.config.max_tokens,
        };
        let retry = self.inner.config.retry;
        let mut attempt = 0;
        loop {
            // Again on every attempt: a message that arrived while the last one failed is part
            // of this request (its start marks the message as sent to the model).
            request.messages = self.fold.transcript();
            let start = Event::new("span.model_request_start", json!({}));
            let start_id = start.id.clone();
            self.append(vec![start])?;
            let message_id = crate::api::new_id("sevt");
            let (provider, log, req) = (self.inner.provider.clone(), self.inner.log.clone(), request.clone());
            let (sid, mid) = (self.id.clone(), message_id.clone());
            let thread = self.thread.as_ref().map(|r| r.id.clone());
            let work = async move {
                let mut previews = Previews {
                    log,
                    session_id: sid,
                    thread,
                    message_id: mid,
                    started: false,
                };
                let mut sink = |index: usize, piece: &str| previews.text(index, piece);
                provider.complete(&req, &mut sink).await
            };
            let error = match self.interruptible(wake, work).await? {
                Outcome::Done(Ok(response)) => {
                    let events = self.response_events(&session, &start_id, message_id, response);
                    self.append(events)?;
                    return Ok(true);
                }
                Outcome::Done(Err(e)) => e,
                Outcome::Interrupted => {
                    self.append(vec![request_end(&start_id, true, None)])?;
                    return Ok(true);
                }
                Outcome::Closed => return Ok(false),
            };
            let (retryable, retry_after, status, message) = match &error {
                ModelError::Retryable {
                    status,
                    retry_after,
                    message,
                } => (true, *retry_after, *status, message.clone()),
                ModelError::Fatal { status, message } => (false, None, *status, message.clone()),
            };
            let kind = match status {
                Some(429) => "model_rate_limited_error",
                Some(529) => "model_overloaded_error",
                _ => "model_request_failed_error",
            };
            let mut events = vec![request_end(&start_id, true, None)];
            if retryable && attempt < retry.retries {
                events.push(session_error(kind, &message, "retrying"));
                self.append(events)?;
                let pause = tokio::time::sleep(retry.delay(attempt, retry_after));
                attempt += 1;
                match self.interruptible(wake, pause).await? {
                    Outcome::Done(()) => continue,
                    Outcome::Interrupted => return Ok(true),
                    Outcome::Closed => return Ok(false),
                }
            }
            events.push(session_error(
                kind,
                &message,
                if retryable { "exhausted" } else { "terminal" },
            ));
            // The fold ends the turn (retries_exhausted) in the next step.
            self.append(events)?;
            return Ok(true);
        }
    }

    /// The events that report one model response, in order: the message, the tool calls with
    /// their evaluated permission, the end of the request, refusals of calls that are not
    /// allowed, and the session's cumulative usage.
    fn response_events(&self, session: &Session, start_id: &str, message_id: String, r: ModelResponse) -> Vec<Event> {
        let mut events = Vec::new();
        let texts: Vec<Value> = r.content.iter().filter(|b| b["type"] == "text").cloned().collect();
        if !texts.is_empty() {
            events.push(Event {
                id: message_id,
                ..Event::new("agent.message", json!({ "content": texts }))
            });
        }
        let mut refusals = Vec::new();
        let team = Team::of(&session.agent);
        let mut taken = Vec::new();
        for block in r.content.iter().filter(|b| b["type"] == "tool_use") {
            let name = block["name"].as_str().unwrap_or_default();
            let input = block.get("input").cloned().unwrap_or(json!({}));
            if name == DELEGATE_TOOL && !team.agents.is_empty() {
                match self.delegation(&team, &input, &mut taken) {
                    Ok(delegated) => events.extend(delegated),
                    Err(why) => {
                        let call = Event::new(
                            "agent.tool_use",
                            json!({"name": name, "input": input, "evaluated_permission": "deny"}),
                        );
                        refusals.push(tool_result(&call.id, text(&why), true));
                        events.push(call);
                    }
                }
                continue;
            }
            let custom = session
                .agent
                .tools
                .iter()
                .any(|t| matches!(t, Tool::Custom { name: n, .. } if n == name));
            if custom {
                events.push(Event::new(
                    "agent.custom_tool_use",
                    json!({"name": name, "input": input}),
                ));
                continue;
            }
            let mcp = self.offered.get(name);
            let policy = match mcp {
                Some(t) => Some(t.policy.clone()),
                None => builtin_policy(&session.agent.tools, name)
                    .filter(|_| builtin_specs().iter().any(|s| s.name == name)),
            };
            let (permission, evaluation) = match policy.as_deref() {
                Some("always_allow") => ("allow", Some(json!({"type": "always_allow"}))),
                Some("always_ask") => ("ask", Some(json!({"type": "always_ask"}))),
                // The local runner cannot judge risk, so `auto` asks (the service's answer when it cannot decide).
                Some(_) => (
                    "ask",
                    Some(
                        json!({"type": "auto", "evaluated_permission": {"type": "ask", "reason_code": "indeterminate"}}),
                    ),
                ),
                None => ("deny", None),
            };
            let mut fields = json!({"name": name, "input": input, "evaluated_permission": permission});
            if let Some(ev) = evaluation {
                fields["evaluation"] = ev;
            }
            let event = match mcp {
                Some(t) => {
                    fields["name"] = json!(t.tool);
                    fields["mcp_server_name"] = json!(t.server);
                    Event::new("agent.mcp_tool_use", fields)
                }
                None => Event::new("agent.tool_use", fields),
            };
            if permission == "deny" {
                refusals.push(tool_result(
                    &event.id,
                    text(&format!("The tool {name} is not enabled for this agent.")),
                    true,
                ));
            }
            events.push(event);
        }
        events.push(request_end(start_id, false, Some(&r)));
        events.extend(refusals);
        events.push(self.usage_event(&r.usage));
        events
    }

    /// The events of one delegation of the coordinator: the message to the agent's thread (an
    /// idle thread of that agent, not archived, if there is one; else a new thread), and that
    /// thread's copy of it. `taken` holds the threads this response already delegated to.
    fn delegation(&self, team: &Team, input: &Value, taken: &mut Vec<String>) -> Result<Vec<Event>, String> {
        let name = input["agent"].as_str().unwrap_or_default();
        let Some(agent) = team.agent(name) else {
            let names: Vec<&str> = team.agents.iter().map(|a| a.name.as_str()).collect();
            return Err(format!(
                "There is no agent named '{name}'; the roster has: {}.",
                names.join(", ")
            ));
        };
        let message = input["message"].as_str().filter(|m| !m.trim().is_empty());
        let Some(message) = message else {
            return Err(format!("{DELEGATE_TOOL} needs a non-empty `message`."));
        };
        let awaited = self.fold.awaited_threads();
        let busy = |id: &String, view: &fold::ThreadView| view.running || awaited.contains(id) || taken.contains(id);
        let archived: Vec<String> = self
            .inner
            .log
            .store
            .thread_archives(&self.id)
            .unwrap_or_default()
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        let running = self.fold.threads.iter().filter(|(id, v)| busy(id, v)).count();
        let reuse = self
            .fold
            .threads
            .iter()
            .find(|(id, v)| v.agent_name == agent.name && !busy(id, v) && !archived.contains(id))
            .map(|(id, _)| id.clone());
        if reuse.is_none() && running >= MAX_CONCURRENT {
            return Err(format!(
                "At most {MAX_CONCURRENT} subagent threads run at once; wait for some to reply, then send again."
            ));
        }
        let mut events = Vec::new();
        let thread = reuse.unwrap_or_else(|| {
            let id = crate::api::new_id("sthr");
            events.push(Event::new(
                "session.thread_created",
                json!({"session_thread_id": id, "agent_name": agent.name}),
            ));
            id
        });
        taken.push(thread.clone());
        let content = text(message);
        events.push(Event::new(
            "agent.thread_message_sent",
            json!({"to_session_thread_id": thread, "to_agent_name": agent.name, "content": content}),
        ));
        events.push(Event::new(
            "agent.thread_message_received",
            json!({"from_session_thread_id": primary_id(&self.id), "content": content, "session_thread_id": thread}),
        ));
        Ok(events)
    }

    /// `session.usage` with the session's cumulative usage once `more` is added.
    fn usage_event(&self, more: &Usage) -> Event {
        let u = &self.fold.usage;
        let usage = json!({
            "input_tokens": u[0] + more.input_tokens,
            "output_tokens": u[1] + more.output_tokens,
            "cache_read_input_tokens": u[2] + more.cache_read_input_tokens,
            "cache_creation": {"ephemeral_5m_input_tokens": u[3] + more.cache_creation_input_tokens, "ephemeral_1h_input_tokens": 0},
        });
        Event::new("session.usage", json!({ "usage": usage }))
    }
}

/// Streams `event_start`/`event_delta` previews of the agent message being generated.
struct Previews {
    log: Arc<Log>,
    session_id: String,
    /// The subagent thread whose message this is (None: the primary's).
    thread: Option<String>,
    message_id: String,
    started: bool,
}

impl Previews {
    fn text(&mut self, index: usize, piece: &str) {
        if !self.started {
            self.started = true;
            let start = json!({"type": "event_start", "event": {"type": "agent.message", "id": self.message_id}});
            self.send("event_start", start);
        }
        let delta = json!({"type": "event_delta", "event_id": self.message_id,
            "delta": {"type": "content_delta", "index": index, "content": {"type": "text", "text": piece}}});
        self.send("event_delta", delta);
    }

    fn send(&self, kind: &str, data: Value) {
        stream_only(&self.log, &self.session_id, self.thread.clone(), kind, data, true);
    }
}

/// Streams the progress of installing the environment's packages as [`SETUP_EVENT`] frames.
#[derive(Clone)]
struct Progress {
    log: Arc<Log>,
    session_id: String,
    started: Instant,
}

impl Progress {
    fn send(&self, mut data: Value) {
        data["type"] = json!(SETUP_EVENT);
        data["elapsed_ms"] = json!(self.started.elapsed().as_millis() as u64);
        stream_only(&self.log, &self.session_id, None, SETUP_EVENT, data, false);
    }
}

/// Streams a frame that is never stored; a `preview` goes only to streams that asked for deltas.
fn stream_only(log: &Log, session_id: &str, thread: Option<String>, kind: &str, data: Value, preview: bool) {
    log.publish(
        session_id,
        Frame {
            kind: kind.into(),
            id: None,
            data: data.to_string(),
            preview,
            on_primary: thread.is_none(),
            thread,
        },
    );
}

/// A session's tools; their processes also see `extras` (the installed packages).
fn session_tools(inner: &Inner, id: &str, network: &NetworkPolicy, extras: Extras) -> Arc<SessionTools> {
    let tools = SessionTools::new(
        inner.config.workspaces.join(id),
        network.clone(),
        inner.config.secrets.clone(),
        inner.config.sandbox.clone(),
    );
    Arc::new(tools.with_extras(extras).with_shell_idle(inner.config.shell_idle))
}

/// A session as one of its subagent threads runs it: the roster agent in place of its own.
fn thread_session(mut session: Session, thread: Option<&ThreadRole>) -> Result<Session, StepError> {
    if let Some(role) = thread {
        let team = Team::of(&session.agent);
        session.agent = team
            .agent(&role.agent_name)
            .cloned()
            .ok_or_else(|| StepError::Record(format!("thread {}: no roster agent {}", role.id, role.agent_name)))?;
    }
    Ok(session)
}

fn load_session(inner: &Inner, id: &str) -> Result<Session, StepError> {
    let body = inner
        .log
        .store
        .session(id)?
        .ok_or_else(|| StepError::Record(format!("session {id} is gone")))?;
    serde_json::from_str(&body).map_err(|e| StepError::Record(e.to_string()))
}

/// The agent's system prompt followed by what the session's resources add to it.
fn with_resources(system: Option<&str>, resources: Option<&str>) -> Option<String> {
    match (system, resources.filter(|r| !r.is_empty())) {
        (Some(system), Some(resources)) => Some(format!("{system}\n\n{resources}")),
        (system, resources) => system.or(resources).map(str::to_string),
    }
}

/// The environment's networking as the tools enforce it; `allow_mcp_servers` adds the hosts of
/// the agent's MCP servers to a limited environment's `allowed_hosts`.
fn network_policy(env: &Environment, mcp_servers: &[McpServer]) -> NetworkPolicy {
    let net = &env.config["networking"];
    if net["type"] == "limited" {
        let hosts = net["allowed_hosts"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|h| h.as_str().map(str::to_string));
        let mcp_hosts = mcp_servers
            .iter()
            .filter(|_| net["allow_mcp_servers"] == true)
            .filter_map(|s| reqwest::Url::parse(&s.url).ok()?.host_str().map(str::to_string));
        NetworkPolicy::Limited {
            allowed_hosts: hosts.chain(mcp_hosts).collect(),
            package_managers: net["allow_package_managers"] == true,
        }
    } else {
        NetworkPolicy::Unrestricted
    }
}

/// The coordinator's delegation tool: a message to one roster agent, answered with its reply.
/// Several calls in one response run in parallel, each in a thread of its own.
fn delegate_tool(team: &Team) -> Value {
    let roster: Vec<String> = team
        .agents
        .iter()
        .map(|a| match &a.description {
            Some(d) if !d.is_empty() => format!("- {}: {d}", a.name),
            _ => format!("- {}", a.name),
        })
        .collect();
    let names: Vec<&str> = team.agents.iter().map(|a| a.name.as_str()).collect();
    json!({
        "name": DELEGATE_TOOL,
        "description": format!(
            "Sends a task to one of your agents and returns its reply. Each agent works in a thread of its own, with its own context and tools, in the same workspace; a later message to the same agent continues its thread. Call it several times in one response to have agents work in parallel. Agents:\n{}",
            roster.join("\n")
        ),
        "input_schema": {
            "type": "object",
            "properties": {
                "agent": {"type": "string", "enum": names, "description": "The agent's name."},
                "message": {"type": "string", "description": "The task or question, with everything the agent needs: it does not see your conversation."}
            },
            "required": ["agent", "message"]
        }
    })
}

/// The built-in and custom tools the model is offered: enabled built-ins (web_search only with
/// a search back end, which the local runner does not have) and custom tools.
fn offered_tools(tools: &[Tool]) -> Vec<Value> {
    let mut out: Vec<Value> = builtin_specs()
        .into_iter()
        .filter(|s| builtin_policy(tools, s.name).is_some())
        .map(|s| json!({"name": s.name, "description": s.description, "input_schema": s.input_schema}))
        .collect();
    for t in tools {
        if let Tool::Custom {
            name,
            description,
            input_schema,
        } = t
        {
            out.push(json!({"name": name, "description": description, "input_schema": input_schema}));
        }
    }
    out
}

/// The result event of a call: `agent.mcp_tool_result` for an MCP server's tool.
fn call_result(call: &Call, content: Vec<Value>, is_error: bool) -> Event {
    match &call.server {
        Some(_) => Event::new(
            "agent.mcp_tool_result",
            json!({"mcp_tool_use_id": call.id, "content": content, "is_error": is_error}),
        ),
        None => tool_result(&call.id, content, is_error),
    }
}

/// A `session.error` naming the MCP server that failed; the session tries it again next turn.
fn mcp_error(server: &str, e: &McpError) -> Event {
    let mut event = session_error(e.kind(), &e.to_string(), "retrying");
    event.fields["error"]["mcp_server_name"] = json!(server);
    event
}

fn tool_result(call_id: &str, content: Vec<Value>, is_error: bool) -> Event {
    Event::new(
        "agent.tool_result",
        json!({"tool_use_id": call_id, "content": content, "is_error": is_error}),
    )
}

fn request_end(start_id: &str, is_error: bool, response: Option<&ModelResponse>) -> Event {
    let u = response.map(|r| &r.usage);
    Event::new(
        "span.model_request_end",
        json!({
            "model_request_start_id": start_id,
            "is_error": is_error,
            "model_usage": {
                "input_tokens": u.map_or(0, |u| u.input_tokens),
                "output_tokens": u.map_or(0, |u| u.output_tokens),
                "cache_creation_input_tokens": u.map_or(0, |u| u.cache_creation_input_tokens),
                "cache_read_input_tokens": u.map_or(0, |u| u.cache_read_input_tokens),
            },
        }),
    )
}

fn session_error(kind: &str, message: &str, retry_status: &str) -> Event {
    Event::new(
        "session.error",
        json!({"error": {"type": kind, "message": message, "retry_status": {"type": retry_status}}}),
    )
}
