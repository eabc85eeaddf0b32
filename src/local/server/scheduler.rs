//! The scheduler of deployments: one task, started with the server, that sleeps until the
//! earliest tick any deployment waits for (each deployment's `next_run_at`, the first of its
//! `schedule.upcoming_runs_at`) and starts a run for each deployment that is due. Every change
//! to a deployment wakes it to look again ([`Scheduler::wake`]); it also looks at least once a
//! minute while any schedule is set, so that a change of the wall clock (or a suspend) is seen.
//! There is no jitter: a run starts at its tick, as soon as the task wakes.
//!
//! Times are the server's clock ([`crate::api::now_time`]), which `ANT_LOCAL_CLOCK` may start at
//! another instant for tests.
//!
//! **Catch-up.** When the task wakes, each due deployment gets one run, for the latest of its
//! ticks that have passed (`trigger_context.scheduled_at`); earlier ticks it slept through are
//! covered by that run, not run one by one (as systemd's `Persistent=true` timers do). So ticks
//! that fell due while the server was down make one run when it starts again, and none is lost.
//! Ticks that pass while a deployment is paused are never run (not even at unpause, which plans
//! from the next tick on), nor those of an archived one.
//!
//! **Exactly once.** A run is claimed before its session is made: in one transaction its record
//! is stored (pending, with the id its session will get) and the deployment moves on to its next
//! tick; the store refuses a second run of the same (deployment, tick). Then the session is made
//! through the path `POST /v1/sessions` takes, and the run is finished with its session or its
//! error. A stop between claim and finish leaves the run pending; the next start finishes it
//! first (linking the session if it was made before the stop, else making it then), so a claimed
//! tick neither runs twice nor silently never.
//!
//! **Failures.** A scheduled run whose error is one that pauses ([`error_pauses`]) pauses its
//! deployment with `paused_reason: {type: error, error}`; a manual run's failure is answered to
//! its caller and pauses nothing.

use std::time::Duration;

use serde_json::json;
use time::OffsetDateTime;
use tokio::sync::{Mutex, MutexGuard, Notify};

use super::deployments::{self, Record, Refs, run_body};
use super::http::Failure;
use super::sessions::{self, Launch};
use super::{Shared, parse_body};
use crate::api::deployments::{
    Deployment, DeploymentRun, PausedReason, RunError, Tokens, TriggerContext, error_pauses, with_tokens,
};
use crate::api::sessions::SessionCreate;
use crate::api::{format_time, new_id, now, now_time, parse_instant};
use crate::local::store::RunClaim;

/// The longest the task sleeps while a schedule is set.
const MAX_SLEEP: Duration = Duration::from_secs(60);
/// How long the task waits after a deployment could not be run (the store failed), rather than
/// trying it again at once.
const RETRY: Duration = Duration::from_secs(5);

/// What the routes and the task share: the wake-up call, and the lock under which deployments
/// change (read, changed and written back whole), so that a tick's claim and an update never
/// undo each other. Sessions are made outside it.
#[derive(Default)]
pub struct Scheduler {
    wake: Notify,
    changing: Mutex<()>,
}

impl Scheduler {
    /// Deployments changed: the task looks again at what is due and when.
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    pub async fn lock(&self) -> MutexGuard<'_, ()> {
        self.changing.lock().await
    }
}

/// A run claimed and not yet finished, and the id its session gets.
pub(super) struct Claimed {
    run: DeploymentRun,
    session_id: String,
}

/// Starts the task: it first finishes the runs a stop left pending, then keeps the schedules.
pub fn start(s: Shared) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        match finish_pending(&s).await {
            Ok(0) => {}
            Ok(n) => tracing::info!("deployments: {n} run(s) claimed before the last stop finished"),
            Err(e) => tracing::error!("deployments: cannot finish the runs left pending: {}", e.0.message),
        }
        loop {
            let failed = !fire_due(&s).await;
            // A wake-up between the look and the wait is kept by the Notify, not lost.
            let woken = s.scheduler.wake.notified();
            let wait = match until_next(&s) {
                // What failed is still due: not again at once.
                Some(wait) if failed => Some(wait.max(RETRY)),
                wait => wait,
            };
            match wait {
                Some(wait) => {
                    tokio::select! {
                        _ = tokio::time::sleep(wait) => {}
                        _ = woken => {}
                    }
                }
                None => woken.await,
            }
        }
    })
}

/// How long until the earliest tick (None: no schedule is set).
fn until_next(s: &Shared) -> Option<Duration> {
    let next = match s.log.store.next_deployment_tick() {
        Ok(next) => next?,
        Err(e) => {
            tracing::error!("deployments: {e}");
            return Some(MAX_SLEEP);
        }
    };
    let Some(at) = parse_instant(&next) else {
        return Some(MAX_SLEEP);
    };
    let wait = Duration::try_from(at - now_time()).unwrap_or(Duration::ZERO);
    // A millisecond more, so that a wake-up rounded down does not come before the tick.
    Some((wait + Duration::from_millis(1)).min(MAX_SLEEP))
}

/// Claims and starts a run for each deployment whose tick has come. Returns false when one
/// could not be looked at (the store failed), which is logged.
async fn fire_due(s: &Shared) -> bool {
    let now = now_time();
    let due = match s.log.store.due_deployments(&format_time(now)) {
        Ok(due) => due,
        Err(e) => {
            tracing::error!("deployments: {e}");
            return false;
        }
    };
    let mut all_well = true;
    for id in due {
        let claimed = {
            let _changing = s.scheduler.lock().await;
            claim_tick(s, &id, now)
        };
        match claimed {
            Ok(Some(claimed)) => {
                let s = s.clone();
                tokio::spawn(async move {
                    if let Err(e) = finish(s, claimed).await {
                        tracing::error!("deployments: a run could not be recorded: {}", e.0.message);
                    }
                });
            }
            Ok(None) => {}
            Err(e) => {
                tracing::error!("deployment {id}: its tick could not be run: {}", e.0.message);
                all_well = false;
            }
        }
    }
    all_well
}

/// Moves a due deployment on to its next tick after `now` and, when it is active, claims one run
/// for the latest tick that passed. Called under the lock.
fn claim_tick(s: &Shared, id: &str, now: OffsetDateTime) -> Result<Option<Claimed>, Failure> {
    let (mut d, tokens) = deployments::load(s, id)?;
    if d.archived_at.is_some() {
        return Ok(None);
    }
    let Some(next) = d.next_tick().and_then(parse_instant) else {
        // Not a tick this server wrote: plan again from now.
        d.replan(now);
        s.log.store.put_deployment(&Record::new(&d, &tokens)?.row(&d))?;
        return Ok(None);
    };
    if next > now {
        return Ok(None);
    }
    // Ticks are whole minutes: the one just before `next` is the bound below it.
    let tick = d
        .cron()
        .and_then(|cron| cron.latest_due(next - time::Duration::seconds(1), now))
        .unwrap_or(next);
    d.replan(now);
    let record = Record::new(&d, &tokens)?;
    if d.status != "active" {
        // Paused: the tick passes, never to be run.
        s.log.store.put_deployment(&record.row(&d))?;
        return Ok(None);
    }
    let claimed = new_run(
        &d,
        TriggerContext::Schedule {
            scheduled_at: format_time(tick),
        },
    );
    if claim(s, Some(&record.row(&d)), &claimed)? {
        Ok(Some(claimed))
    } else {
        tracing::warn!(
            "deployment {id}: the tick at {} ran already; not again",
            format_time(tick)
        );
        Ok(None)
    }
}

/// Claims a manual run of a deployment. Called under the lock.
pub(super) fn claim_manual(s: &Shared, d: &Deployment) -> Result<Claimed, Failure> {
    let claimed = new_run(d, TriggerContext::Manual);
    claim(s, None, &claimed)?;
    Ok(claimed)
}

fn new_run(d: &Deployment, trigger_context: TriggerContext) -> Claimed {
    Claimed {
        run: DeploymentRun {
            id: new_id("drun"),
            kind: "deployment_run".into(),
            deployment_id: d.id.clone(),
            agent: d.agent.clone(),
            session_id: None,
            error: None,
            trigger_context,
            created_at: now(),
        },
        session_id: new_id("sesn"),
    }
}

fn claim(s: &Shared, deployment: Option<&crate::local::store::DeploymentRow>, c: &Claimed) -> Result<bool, Failure> {
    let scheduled_at = match &c.run.trigger_context {
        TriggerContext::Schedule { scheduled_at } => Some(scheduled_at.as_str()),
        TriggerContext::Manual => None,
    };
    let body = run_body(&c.run)?;
    Ok(s.log.store.claim_run(
        deployment,
        &RunClaim {
            id: &c.run.id,
            deployment_id: &c.run.deployment_id,
            trigger_type: if scheduled_at.is_some() { "schedule" } else { "manual" },
            scheduled_at,
            planned_session_id: &c.session_id,
            created_at: &c.run.created_at,
            body: &body,
        },
    )?)
}

/// Finishes a claimed run: makes its session (or finds the one made before a stop), records the
/// session or the error, and, for a scheduled run, sets `last_run_at` and pauses the deployment
/// on an error that pauses.
pub(super) async fn finish(s: Shared, claimed: Claimed) -> Result<DeploymentRun, Failure> {
    let Claimed { mut run, session_id } = claimed;
    let outcome = if s.log.store.session(&session_id)?.is_some() {
        Ok(session_id)
    } else {
        let (d, tokens) = deployments::load(&s, &run.deployment_id)?;
        match d.archived_at {
            Some(_) => Err(RunError {
                kind: "session_creation_rejected_error".into(),
                message: format!("deployment {} was archived before this run made its session", d.id),
            }),
            None => execute(&s, &d, &tokens, session_id).await,
        }
    };
    let scheduled = matches!(run.trigger_context, TriggerContext::Schedule { .. });
    let changing = s.scheduler.lock().await;
    let (mut d, tokens) = deployments::load(&s, &run.deployment_id)?;
    let mut changed = false;
    match outcome {
        Ok(id) => {
            tracing::info!("deployment {}: run {} started session {id}", d.id, run.id);
            run.session_id = Some(id);
        }
        Err(error) => {
            tracing::warn!(
                "deployment {}: run {} made no session: {}: {}",
                d.id,
                run.id,
                error.kind,
                error.message
            );
            if scheduled && error_pauses(&error.kind) && d.status == "active" && d.archived_at.is_none() {
                tracing::warn!("deployment {}: paused by the error of run {}", d.id, run.id);
                d.status = "paused".into();
                d.paused_reason = Some(PausedReason::Error { error: error.clone() });
                d.updated_at = now();
                changed = true;
            }
            run.error = Some(error);
        }
    }
    if scheduled && let Some(schedule) = &mut d.schedule {
        schedule.last_run_at = Some(run.created_at.clone());
        changed = true;
    }
    let record = if changed { Some(Record::new(&d, &tokens)?) } else { None };
    let row = record.as_ref().map(|r| r.row(&d));
    s.log
        .store
        .finish_run(&run.id, &run_body(&run)?, run.error.is_some(), row.as_ref())?;
    drop(changing);
    if changed {
        s.scheduler.wake();
    }
    Ok(run)
}

/// Makes a run's session as `POST /v1/sessions` would, from the deployment's agent (pinned),
/// environment, initial events, resources (tokens put back), vaults, metadata and budget.
async fn execute(s: &Shared, d: &Deployment, tokens: &Tokens, session_id: String) -> Result<String, RunError> {
    deployments::check_references(s, d, Refs::ALL)
        .await
        .map_err(|u| u.run_error())?;
    let params = SessionCreate {
        agent: json!({"type": "agent", "id": d.agent.id, "version": d.agent.version}),
        environment_id: d.environment_id.clone(),
        title: None,
        metadata: Some(d.metadata.clone()),
        resources: Some(with_tokens(&d.resources, tokens)),
        vault_ids: Some(d.vault_ids.clone()),
        budget: d.budget.clone(),
        initial_events: Some(d.initial_events.clone()),
    };
    let launch = Launch {
        id: session_id,
        deployment_id: Some(&d.id),
    };
    match sessions::start(s, &params, launch).await {
        Ok(session) => Ok(session.id),
        // What the checks above did not foresee: refused as a request (4xx), or failed here.
        Err(f) => Err(RunError {
            kind: if f.0.status >= 500 {
                "unknown_error"
            } else {
                "session_creation_rejected_error"
            }
            .into(),
            message: f.0.message,
        }),
    }
}

/// Finishes the runs that were claimed before the last stop and never finished.
async fn finish_pending(s: &Shared) -> Result<usize, Failure> {
    let pending = s.log.store.pending_runs()?;
    for p in &pending {
        let run: DeploymentRun = parse_body(&p.body)?;
        debug_assert_eq!(run.deployment_id, p.deployment_id);
        let run = finish(
            s.clone(),
            Claimed {
                run,
                session_id: p.planned_session_id.clone(),
            },
        )
        .await?;
        tracing::info!(
            "deployment {}: run {} (claimed before the last stop) finished",
            run.deployment_id,
            p.id
        );
    }
    Ok(pending.len())
}
