//! Deployments: an agent bound to an environment, initial events and resources, started as a
//! session on a cron schedule or on demand. Each start is a run (`drun_…`), which records the
//! session it made or why it could not make one. Ids start `depl_`.
//!
//! Schedules are 5-field POSIX cron expressions read in an IANA time zone, matched literally
//! against that zone's wall clock ([`CronSchedule`]).

use chrono::TimeZone as _;
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;
use time::OffsetDateTime;

use super::events::parse_client_event;
use super::memory_stores::MAX_PER_SESSION;
use super::session_resources::{ResourceParams, parse};
use super::{Metadata, check_metadata, format_time, patch_metadata};

/// At most this many initial events, resources and vaults.
pub const MAX_INITIAL_EVENTS: usize = 50;
pub const MAX_RESOURCES: usize = 500;
pub const MAX_VAULTS: usize = 50;
/// How many ticks `schedule.upcoming_runs_at` lists.
pub const UPCOMING: usize = 5;
const MAX_NAME: usize = 256;
const MAX_DESCRIPTION: usize = 2048;
const MAX_EXPRESSION: usize = 256;
/// The event types a deployment may start its sessions with.
const INITIAL_KINDS: &[&str] = &["user.message", "user.define_outcome", "system.message"];

/// The run error types that pause a deployment when a scheduled run records one: all but the
/// two that say "try again later" (`session_rate_limited_error`) or that the request itself was
/// refused (`session_creation_rejected_error`), as the API's paused-reason union has it.
pub fn error_pauses(kind: &str) -> bool {
    !matches!(kind, "session_rate_limited_error" | "session_creation_rejected_error")
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Deployment {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub agent: AgentPin,
    pub name: String,
    pub description: Option<String>,
    pub environment_id: String,
    /// As given (the request form): parsed again, with fresh ids, for each run.
    pub initial_events: Vec<Value>,
    /// As given, without any `authorization_token` (kept apart, see [`Tokens`]).
    pub resources: Vec<Value>,
    pub vault_ids: Vec<String>,
    pub metadata: Metadata,
    /// Absent when none is set, as the API has it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<Value>,
    /// None: manual runs only.
    pub schedule: Option<Schedule>,
    /// `active` or `paused`; archived deployments report `active`.
    pub status: String,
    /// Set exactly when `status` is `paused`.
    pub paused_reason: Option<PausedReason>,
    pub created_at: String,
    pub updated_at: String,
    pub archived_at: Option<String>,
}

/// The agent a deployment runs, pinned to a version.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct AgentPin {
    #[serde(rename = "type")]
    pub kind: String,
    pub id: String,
    pub version: u32,
}

impl AgentPin {
    pub fn new(id: &str, version: u32) -> Self {
        Self {
            kind: "agent".into(),
            id: id.to_string(),
            version,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Schedule {
    #[serde(rename = "type")]
    pub kind: String,
    pub expression: String,
    pub timezone: String,
    /// When the latest scheduled run started; manual runs leave it.
    pub last_run_at: Option<String>,
    /// The next ticks (at most [`UPCOMING`]), paused or not; none once archived.
    pub upcoming_runs_at: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum PausedReason {
    Manual,
    Error { error: RunError },
}

/// Why a run made no session: one of the API's run error types, and what happened.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct RunError {
    #[serde(rename = "type")]
    pub kind: String,
    pub message: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum TriggerContext {
    Manual,
    Schedule { scheduled_at: String },
}

/// One start of a deployment. Exactly one of `session_id` and `error` is set.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct DeploymentRun {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub deployment_id: String,
    pub agent: AgentPin,
    pub session_id: Option<String>,
    pub error: Option<RunError>,
    pub trigger_context: TriggerContext,
    pub created_at: String,
}

/// The `authorization_token` of each resource (None where it has none), in the order of
/// `resources`: write-only, stored apart and given only to the clone of each run's session.
pub type Tokens = Vec<Option<String>>;

/// The body of `POST /v1/deployments`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeploymentCreate {
    pub agent: Value,
    pub environment_id: String,
    pub name: String,
    pub initial_events: Vec<Value>,
    #[serde(default)]
    pub budget: Option<Value>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub metadata: Option<Metadata>,
    #[serde(default)]
    pub resources: Option<Vec<Value>>,
    #[serde(default)]
    pub schedule: Option<Value>,
    #[serde(default)]
    pub vault_ids: Option<Vec<String>>,
}

/// The body of `POST /v1/deployments/{id}`: each field given (`null` included) changes the
/// deployment, each one left out keeps it.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeploymentUpdate {
    #[serde(default, deserialize_with = "present")]
    pub agent: Option<Value>,
    #[serde(default, deserialize_with = "present")]
    pub budget: Option<Value>,
    #[serde(default, deserialize_with = "present")]
    pub description: Option<Value>,
    #[serde(default, deserialize_with = "present")]
    pub environment_id: Option<Value>,
    #[serde(default, deserialize_with = "present")]
    pub initial_events: Option<Value>,
    #[serde(default, deserialize_with = "present")]
    pub metadata: Option<Value>,
    #[serde(default, deserialize_with = "present")]
    pub name: Option<Value>,
    #[serde(default, deserialize_with = "present")]
    pub resources: Option<Value>,
    #[serde(default, deserialize_with = "present")]
    pub schedule: Option<Value>,
    #[serde(default, deserialize_with = "present")]
    pub vault_ids: Option<Value>,
}

/// A field that is present, `null` included (serde reads a `null` Option as absent).
fn present<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Value>, D::Error> {
    Value::deserialize(d).map(Some)
}

/// `agent`: an id (its latest version) or `{type: "agent", id, version?}`. Returns the id and
/// the version asked for.
pub fn parse_agent(value: &Value) -> Result<(String, Option<u32>), String> {
    let obj = match value {
        Value::String(id) if !id.is_empty() => return Ok((id.clone(), None)),
        Value::Object(o) => o,
        _ => return Err("agent: must be an agent id or {type: agent, id, version?}".into()),
    };
    if obj.get("type").and_then(Value::as_str) != Some("agent") {
        return Err("agent.type: must be agent (a deployment takes no per-session overrides)".into());
    }
    if let Some(k) = obj.keys().find(|k| !["type", "id", "version"].contains(&k.as_str())) {
        return Err(format!("agent.{k}: unknown field"));
    }
    let id = obj
        .get("id")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .ok_or("agent.id: required string")?;
    let version = match obj.get("version") {
        None | Some(Value::Null) => None,
        Some(v) => Some(
            v.as_u64()
                .filter(|v| (1..=u64::from(u32::MAX)).contains(v))
                .ok_or("agent.version: must be an integer >= 1")? as u32,
        ),
    };
    Ok((id.to_string(), version))
}

/// Checks `initial_events`: 1 to 50 of `user.message`, `user.define_outcome` (one at a time) and
/// `system.message` (at most one, last, right after the `user.message` it goes with).
pub fn check_initial_events(events: &[Value]) -> Result<(), String> {
    if events.is_empty() || events.len() > MAX_INITIAL_EVENTS {
        return Err(format!(
            "initial_events: 1 to {MAX_INITIAL_EVENTS} events, not {}",
            events.len()
        ));
    }
    let mut outcomes = 0;
    for (i, e) in events.iter().enumerate() {
        let event = parse_client_event(i, e).map_err(|m| m.replacen("events[", "initial_events[", 1))?;
        let kind = event.kind.as_str();
        if !INITIAL_KINDS.contains(&kind) {
            return Err(format!(
                "initial_events[{i}].type: must be one of user.message, user.define_outcome, system.message, not {kind}"
            ));
        }
        if kind == "user.define_outcome" {
            outcomes += 1;
            if outcomes > 1 {
                return Err(format!(
                    "initial_events[{i}]: one outcome at a time; a session starts with at most one user.define_outcome"
                ));
            }
        }
        if kind == "system.message" {
            let follows_message = i > 0 && events[i - 1]["type"] == "user.message";
            if i + 1 != events.len() || !follows_message {
                return Err(format!(
                    "initial_events[{i}]: a system.message must be the last event, right after the user.message it goes with"
                ));
            }
        }
    }
    Ok(())
}

/// Checks `resources` (at most 500, each as a session takes it) and splits them into the form
/// shown (the request form without `authorization_token`) and their tokens.
pub fn check_resources(resources: &[Value]) -> Result<(Vec<Value>, Tokens), String> {
    if resources.len() > MAX_RESOURCES {
        return Err(format!("resources: at most {MAX_RESOURCES}, not {}", resources.len()));
    }
    let mut stores = 0;
    let mut shown = Vec::with_capacity(resources.len());
    let mut tokens = Vec::with_capacity(resources.len());
    for (i, r) in resources.iter().enumerate() {
        let params = parse(&format!("resources[{i}]"), r)?;
        let mut echo = r.clone();
        let token = match (&params, echo.as_object_mut()) {
            (
                ResourceParams::GithubRepository {
                    authorization_token, ..
                },
                Some(obj),
            ) => {
                obj.remove("authorization_token");
                authorization_token.clone()
            }
            _ => None,
        };
        if matches!(params, ResourceParams::MemoryStore { .. }) {
            stores += 1;
        }
        shown.push(echo);
        tokens.push(token);
    }
    if stores > MAX_PER_SESSION {
        return Err(format!(
            "resources: at most {MAX_PER_SESSION} memory stores per session"
        ));
    }
    Ok((shown, tokens))
}

/// The resources a run's session is created with: the form shown, each token put back.
pub fn with_tokens(resources: &[Value], tokens: &Tokens) -> Vec<Value> {
    resources
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let mut r = r.clone();
            if let (Some(Some(token)), Some(obj)) = (tokens.get(i), r.as_object_mut()) {
                obj.insert("authorization_token".into(), Value::String(token.clone()));
            }
            r
        })
        .collect()
}

fn check_vault_ids(ids: &[String]) -> Result<(), String> {
    if ids.len() > MAX_VAULTS {
        return Err(format!("vault_ids: at most {MAX_VAULTS}, not {}", ids.len()));
    }
    if let Some(i) = ids.iter().position(String::is_empty) {
        return Err(format!("vault_ids[{i}]: must be a vault id"));
    }
    Ok(())
}

fn check_name(name: &str) -> Result<String, String> {
    let len = name.chars().count();
    if len == 0 || len > MAX_NAME {
        return Err(format!("name: must be 1 to {MAX_NAME} characters"));
    }
    Ok(name.to_string())
}

/// A description: "" is none.
fn check_description(d: Option<&str>) -> Result<Option<String>, String> {
    match d {
        Some(d) if d.chars().count() > MAX_DESCRIPTION => {
            Err(format!("description: at most {MAX_DESCRIPTION} characters"))
        }
        Some(d) if !d.is_empty() => Ok(Some(d.to_string())),
        _ => Ok(None),
    }
}

/// The local server keeps no list prices, so it cannot cap a session's cost.
fn check_budget(budget: Option<&Value>) -> Result<(), String> {
    match budget {
        None | Some(Value::Null) => Ok(()),
        Some(_) => Err("budget: budgets are not supported by the local server (it has no list prices)".into()),
    }
}

/// `schedule`: null (manual runs only) or `{type: "cron", expression, timezone}`, all three
/// required, the expression 5-field POSIX cron and the zone one of the IANA database.
pub fn parse_schedule(value: &Value) -> Result<Option<Schedule>, String> {
    let obj = match value {
        Value::Null => return Ok(None),
        Value::Object(o) => o,
        _ => return Err("schedule: must be {type: cron, expression, timezone} or null".into()),
    };
    if let Some(k) = obj
        .keys()
        .find(|k| !["type", "expression", "timezone"].contains(&k.as_str()))
    {
        return Err(format!("schedule.{k}: unknown field"));
    }
    let field = |key: &str| -> Result<&str, String> {
        obj.get(key)
            .and_then(Value::as_str)
            .ok_or_else(|| format!("schedule.{key}: required string"))
    };
    if field("type")? != "cron" {
        return Err(format!("schedule.type: must be cron, not {}", obj["type"]));
    }
    let (expression, timezone) = (field("expression")?, field("timezone")?);
    CronSchedule::parse(expression, timezone)?;
    Ok(Some(Schedule {
        kind: "cron".into(),
        expression: expression.to_string(),
        timezone: timezone.to_string(),
        last_run_at: None,
        upcoming_runs_at: Vec::new(),
    }))
}

impl Deployment {
    /// A new deployment from a create body whose agent the server resolved; its schedule's
    /// upcoming ticks are those after `now`. Returns the resources' tokens too.
    pub fn create(
        id: String,
        now: OffsetDateTime,
        body: DeploymentCreate,
        agent: AgentPin,
    ) -> Result<(Self, Tokens), String> {
        check_initial_events(&body.initial_events)?;
        let (resources, tokens) = check_resources(body.resources.as_deref().unwrap_or_default())?;
        let vault_ids = body.vault_ids.unwrap_or_default();
        check_vault_ids(&vault_ids)?;
        let metadata = body.metadata.unwrap_or_default();
        check_metadata("metadata", &metadata)?;
        check_budget(body.budget.as_ref())?;
        if body.environment_id.is_empty() {
            return Err("environment_id: must be an environment id".into());
        }
        let schedule = match &body.schedule {
            Some(s) => parse_schedule(s)?,
            None => None,
        };
        let stamp = format_time(now);
        let mut deployment = Self {
            id,
            kind: "deployment".into(),
            agent,
            name: check_name(&body.name)?,
            description: check_description(body.description.as_deref())?,
            environment_id: body.environment_id,
            initial_events: body.initial_events,
            resources,
            vault_ids,
            metadata,
            budget: None,
            schedule,
            status: "active".into(),
            paused_reason: None,
            created_at: stamp.clone(),
            updated_at: stamp,
            archived_at: None,
        };
        deployment.plan(now)?;
        Ok((deployment, tokens))
    }

    /// Applies an update body (its agent, if given, resolved by the server to `agent`). New
    /// resources replace `tokens` with theirs; a new schedule's upcoming ticks are those after
    /// `now`.
    pub fn apply_update(
        &mut self,
        patch: &DeploymentUpdate,
        agent: Option<AgentPin>,
        tokens: &mut Tokens,
        now: OffsetDateTime,
    ) -> Result<(), String> {
        if let Some(agent) = agent {
            self.agent = agent;
        }
        if let Some(v) = &patch.budget {
            check_budget(Some(v))?;
        }
        if let Some(v) = &patch.description {
            self.description = match v {
                Value::Null => None,
                Value::String(s) => check_description(Some(s))?,
                _ => return Err("description: must be a string or null".into()),
            };
        }
        if let Some(v) = &patch.environment_id {
            self.environment_id = match v.as_str() {
                Some(id) if !id.is_empty() => id.to_string(),
                _ => return Err("environment_id: must be an environment id; it cannot be cleared".into()),
            };
        }
        if let Some(v) = &patch.initial_events {
            let list = v
                .as_array()
                .ok_or("initial_events: must be an array of 1 to 50 events; it cannot be cleared")?;
            check_initial_events(list)?;
            self.initial_events = list.clone();
        }
        if let Some(v) = &patch.metadata {
            match v {
                Value::Object(m) => patch_metadata("metadata", &mut self.metadata, m)?,
                Value::Null => {}
                _ => return Err("metadata: must be an object".into()),
            }
        }
        if let Some(v) = &patch.name {
            self.name = match v.as_str() {
                Some(s) => check_name(s)?,
                None => return Err("name: must be a string; it cannot be cleared".into()),
            };
        }
        if let Some(v) = &patch.resources {
            let list = match v {
                Value::Null => Vec::new(),
                Value::Array(a) => a.clone(),
                _ => return Err("resources: must be an array or null".into()),
            };
            let (resources, new_tokens) = check_resources(&list)?;
            self.resources = resources;
            *tokens = new_tokens;
        }
        if let Some(v) = &patch.vault_ids {
            let ids: Vec<String> = match v {
                Value::Null => Vec::new(),
                _ => {
                    serde_json::from_value(v.clone()).map_err(|_| "vault_ids: must be an array of vault ids or null")?
                }
            };
            check_vault_ids(&ids)?;
            self.vault_ids = ids;
        }
        if let Some(v) = &patch.schedule {
            let last = self.schedule.as_ref().and_then(|s| s.last_run_at.clone());
            self.schedule = parse_schedule(v)?;
            if let Some(s) = &mut self.schedule {
                s.last_run_at = last;
            }
            self.plan(now)?;
        }
        Ok(())
    }

    /// The deployment's schedule, parsed.
    pub fn cron(&self) -> Option<CronSchedule> {
        let s = self.schedule.as_ref()?;
        CronSchedule::parse(&s.expression, &s.timezone).ok()
    }

    /// Lists the ticks after `after` as upcoming (none once archived). A schedule that never
    /// matches a time is refused.
    pub fn plan(&mut self, after: OffsetDateTime) -> Result<(), String> {
        let ticks = match (self.cron(), &self.archived_at) {
            (Some(cron), None) => {
                let ticks = cron.ticks_after(after, UPCOMING);
                if ticks.is_empty() {
                    let expression = self.schedule.as_ref().map(|s| s.expression.as_str()).unwrap_or("");
                    return Err(format!(
                        "schedule.expression: '{expression}' matches no time in the years ahead"
                    ));
                }
                ticks
            }
            _ => Vec::new(),
        };
        if let Some(s) = &mut self.schedule {
            s.upcoming_runs_at = ticks.into_iter().map(format_time).collect();
        }
        Ok(())
    }

    /// As [`plan`](Self::plan), leaving no upcoming ticks where it finds none.
    pub fn replan(&mut self, after: OffsetDateTime) {
        if self.plan(after).is_err()
            && let Some(s) = &mut self.schedule
        {
            s.upcoming_runs_at.clear();
        }
    }

    /// The tick the scheduler waits for: the first upcoming one.
    pub fn next_tick(&self) -> Option<&str> {
        self.schedule
            .as_ref()
            .and_then(|s| s.upcoming_runs_at.first())
            .map(String::as_str)
    }
}

/// A schedule ready to compute with: a 5-field POSIX cron expression in an IANA time zone.
///
/// Ticks are matched literally against the zone's wall clock, minute by minute (croner does the
/// search; see its DST notes). Where a daylight-saving change skips wall-clock times (spring
/// forward), a tick at a skipped time does not happen that day: croner would move a fixed-time
/// tick (one minute and one hour, e.g. `30 2 * * *`) to the first minute after the gap, and that
/// moved tick is dropped here because its wall-clock time does not match. Where the change
/// repeats wall-clock times (fall back), croner runs a fixed-time tick once, at its first
/// occurrence, and an interval or wildcard one (`*/15 2 * * *`) at each occurrence, which is the
/// wall clock matched literally.
#[derive(Debug, Clone)]
pub struct CronSchedule {
    cron: croner::Cron,
    zone: chrono_tz::Tz,
}

/// How many candidates a search looks at before it gives up (each is a croner search, itself
/// bounded): room for every tick that a daylight-saving gap drops.
const SEARCH_STEPS: usize = 64;

impl CronSchedule {
    /// Parses an expression and a zone; errors name `schedule.expression` or `schedule.timezone`.
    pub fn parse(expression: &str, timezone: &str) -> Result<Self, String> {
        let bad = |why: String| format!("schedule.expression: '{expression}' {why}");
        if expression.trim().is_empty() || expression.chars().count() > MAX_EXPRESSION {
            return Err(format!("schedule.expression: must be 1 to {MAX_EXPRESSION} characters"));
        }
        if expression.trim_start().starts_with('@') {
            return Err(bad(
                "is a predefined shortcut; write its 5 fields instead (e.g. @daily is 0 0 * * *)".into(),
            ));
        }
        let fields: Vec<&str> = expression.split_whitespace().collect();
        if fields.len() != 5 {
            return Err(bad(format!(
                "has {} fields; a POSIX cron expression has 5 (minute hour day-of-month month day-of-week), with no seconds or year",
                fields.len()
            )));
        }
        for (name, field) in ["minute", "hour", "day-of-month", "month", "day-of-week"]
            .iter()
            .zip(&fields)
        {
            let upper = field.to_ascii_uppercase();
            let extended = match *name {
                "minute" | "hour" | "day-of-month" => {
                    upper.chars().find(|c| c.is_ascii_alphabetic() || "#?+".contains(*c))
                }
                // Names (JAN, MON) are POSIX as cron has them; L, #, ? and + are not.
                "day-of-week" => upper.chars().find(|c| "L#?+".contains(*c)),
                _ => upper.chars().find(|c| "#?+".contains(*c)),
            };
            if let Some(c) = extended {
                return Err(bad(format!(
                    "uses '{c}' in its {name} field, which is extended cron syntax, not POSIX"
                )));
            }
        }
        let cron = croner::parser::CronParser::builder()
            .seconds(croner::parser::Seconds::Disallowed)
            .year(croner::parser::Year::Disallowed)
            .build()
            .parse(expression)
            .map_err(|e| bad(format!("does not parse: {e}")))?;
        let zone: chrono_tz::Tz = timezone.parse().map_err(|_| {
            format!("schedule.timezone: '{timezone}' is not a time zone of the IANA database (e.g. Europe/Paris, UTC)")
        })?;
        Ok(Self { cron, zone })
    }

    fn zoned(&self, t: OffsetDateTime) -> Option<chrono::DateTime<chrono_tz::Tz>> {
        let utc = chrono::DateTime::from_timestamp(t.unix_timestamp(), t.nanosecond())?;
        Some(self.zone.from_utc_datetime(&utc.naive_utc()))
    }

    fn instant(t: &chrono::DateTime<chrono_tz::Tz>) -> Option<OffsetDateTime> {
        OffsetDateTime::from_unix_timestamp(t.timestamp()).ok()
    }

    /// Whether croner's answer is a tick: its wall-clock time matches (not one moved past a gap).
    fn literal(&self, t: &chrono::DateTime<chrono_tz::Tz>) -> bool {
        self.cron.is_time_matching(t).unwrap_or(false)
    }

    /// Up to `n` ticks strictly after `after`, in order.
    pub fn ticks_after(&self, after: OffsetDateTime, n: usize) -> Vec<OffsetDateTime> {
        let mut out = Vec::with_capacity(n);
        let Some(mut at) = self.zoned(after) else {
            return out;
        };
        for _ in 0..SEARCH_STEPS {
            if out.len() == n {
                break;
            }
            let Ok(next) = self.cron.find_next_occurrence(&at, false) else {
                break;
            };
            if self.literal(&next)
                && let Some(t) = Self::instant(&next)
            {
                out.push(t);
            }
            at = next;
        }
        out
    }

    /// The latest tick strictly after `after` and at or before `now`, if any: the one run that
    /// stands for every tick in between.
    pub fn latest_due(&self, after: OffsetDateTime, now: OffsetDateTime) -> Option<OffsetDateTime> {
        // Search back from now for a candidate, then forward from a little before it: forward
        // is how the schedule's ticks are listed, and over a repeated hour the two directions may
        // meet different passes.
        let mut at = self.zoned(now)?;
        let mut candidate = None;
        let mut inclusive = true;
        for _ in 0..SEARCH_STEPS {
            let prev = self.cron.find_previous_occurrence(&at, inclusive).ok()?;
            inclusive = false;
            if self.literal(&prev) {
                candidate = Self::instant(&prev);
                break;
            }
            at = prev;
        }
        let candidate = candidate?;
        if candidate <= after {
            return None;
        }
        let from = (candidate - time::Duration::hours(3)).max(after);
        let mut latest = None;
        for t in self.ticks_after(from, SEARCH_STEPS) {
            if t > now {
                break;
            }
            latest = Some(t);
        }
        latest.or(Some(candidate))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use time::macros::datetime;

    fn utc(s: &str) -> String {
        s.to_string()
    }

    fn ticks(expression: &str, zone: &str, after: OffsetDateTime, n: usize) -> Vec<String> {
        CronSchedule::parse(expression, zone)
            .unwrap()
            .ticks_after(after, n)
            .into_iter()
            .map(format_time)
            .collect()
    }

    #[test]
    fn upcoming_ticks_follow_the_zone() {
        // Paris is UTC+1 in winter: 10:00 there is 09:00 UTC.
        assert_eq!(
            ticks("0 10 * * *", "Europe/Paris", datetime!(2026-03-10 08:59:50 UTC), 2),
            vec![utc("2026-03-10T09:00:00.000000Z"), utc("2026-03-11T09:00:00.000000Z")]
        );
        // Weekdays only, 0 and 7 both Sunday.
        let week = ticks("30 8 * * 1-5", "UTC", datetime!(2026-03-13 09:00 UTC), 2);
        assert_eq!(
            week,
            vec![utc("2026-03-16T08:30:00.000000Z"), utc("2026-03-17T08:30:00.000000Z")]
        );
        assert_eq!(
            ticks("0 0 * * 7", "UTC", datetime!(2026-03-10 00:00 UTC), 1),
            ticks("0 0 * * 0", "UTC", datetime!(2026-03-10 00:00 UTC), 1)
        );
        // Strictly after: a tick at `after` itself is not upcoming.
        assert_eq!(
            ticks("* * * * *", "UTC", datetime!(2026-03-10 09:00 UTC), 1),
            vec![utc("2026-03-10T09:01:00.000000Z")]
        );
    }

    #[test]
    fn a_tick_in_a_spring_forward_gap_is_skipped() {
        // 2026-03-29: Paris goes from 02:00 CET straight to 03:00 CEST; 02:30 does not exist.
        assert_eq!(
            ticks("30 2 * * *", "Europe/Paris", datetime!(2026-03-27 12:00 UTC), 2),
            vec![
                utc("2026-03-28T01:30:00.000000Z"),
                // Not 03:00 on the 29th (croner's move past the gap): the next day, 02:30 CEST.
                utc("2026-03-30T00:30:00.000000Z")
            ]
        );
        // What croner alone gives for the 29th: the fixed tick moved to 03:00 CEST, just past the gap.
        let paris = CronSchedule::parse("30 2 * * *", "Europe/Paris").unwrap();
        let moved = paris
            .cron
            .find_next_occurrence(&paris.zoned(datetime!(2026-03-28 12:00 UTC)).unwrap(), false)
            .unwrap();
        assert_eq!(CronSchedule::instant(&moved), Some(datetime!(2026-03-29 01:00 UTC)));
        assert!(!paris.literal(&moved));
        // An interval schedule skips the gap's minutes and goes on after it.
        assert_eq!(
            ticks("*/30 * * * *", "Europe/Paris", datetime!(2026-03-29 00:45 UTC), 2),
            vec![utc("2026-03-29T01:00:00.000000Z"), utc("2026-03-29T01:30:00.000000Z")]
        );
    }

    #[test]
    fn a_fixed_tick_in_a_fall_back_hour_fires_once() {
        // 2026-10-25: Paris repeats 02:00-03:00 (CEST 00:00-01:00 UTC, then CET 01:00-02:00 UTC).
        assert_eq!(
            ticks("30 2 * * *", "Europe/Paris", datetime!(2026-10-24 12:00 UTC), 2),
            vec![utc("2026-10-25T00:30:00.000000Z"), utc("2026-10-26T01:30:00.000000Z")]
        );
        // Minute by minute, the repeated half hour is matched on each pass.
        let both = ticks("30 * * * *", "Europe/Paris", datetime!(2026-10-24 23:45 UTC), 3);
        assert_eq!(
            both,
            vec![
                utc("2026-10-25T00:30:00.000000Z"),
                utc("2026-10-25T01:30:00.000000Z"),
                utc("2026-10-25T02:30:00.000000Z")
            ]
        );
    }

    #[test]
    fn the_latest_due_tick_stands_for_all_missed_ones() {
        let cron = CronSchedule::parse("*/5 * * * *", "Europe/Paris").unwrap();
        let due = cron.latest_due(datetime!(2026-03-10 08:59 UTC), datetime!(2026-03-10 09:17:30 UTC));
        assert_eq!(due, Some(datetime!(2026-03-10 09:15 UTC)));
        // Nothing new since the last one.
        assert_eq!(
            cron.latest_due(datetime!(2026-03-10 09:15 UTC), datetime!(2026-03-10 09:17:30 UTC)),
            None
        );
        // A tick exactly now is due.
        assert_eq!(
            cron.latest_due(datetime!(2026-03-10 09:14 UTC), datetime!(2026-03-10 09:15 UTC)),
            Some(datetime!(2026-03-10 09:15 UTC))
        );
        // Over a fall-back night, the first pass of a fixed tick is the one.
        let night = CronSchedule::parse("30 2 * * *", "Europe/Paris").unwrap();
        assert_eq!(
            night.latest_due(datetime!(2026-10-24 12:00 UTC), datetime!(2026-10-25 06:00 UTC)),
            Some(datetime!(2026-10-25 00:30 UTC))
        );
    }

    #[test]
    fn only_posix_expressions_and_iana_zones_parse() {
        let err = |e: &str, z: &str| CronSchedule::parse(e, z).unwrap_err();
        for (expression, piece) in [
            ("0 0 9 * * *", "has 6 fields"),
            ("0 9 * *", "has 4 fields"),
            ("@daily", "predefined shortcut"),
            ("0 9 L * *", "'L' in its day-of-month field"),
            ("0 9 15W * *", "'W' in its day-of-month field"),
            ("0 9 * * 5#2", "'#'"),
            ("0 9 ? * *", "'?'"),
            ("0 9 * * 5L", "'L' in its day-of-week field"),
            ("61 9 * * *", "does not parse"),
            ("0 9 * * MON-FRX", "does not parse"),
        ] {
            let e = err(expression, "UTC");
            assert!(e.starts_with("schedule.expression: "), "{e}");
            assert!(e.contains(piece), "{expression}: {e}");
        }
        // Names are fine, even those holding L or W.
        CronSchedule::parse("0 9 * JUL WED", "UTC").unwrap();
        let e = err("0 9 * * *", "Mars/Olympus_Mons");
        assert!(e.starts_with("schedule.timezone: 'Mars/Olympus_Mons'"), "{e}");
    }

    #[test]
    fn schedules_need_all_three_fields() {
        let e = parse_schedule(&json!({"type": "cron", "expression": "* * * * *"})).unwrap_err();
        assert!(e.starts_with("schedule.timezone"), "{e}");
        let e = parse_schedule(&json!({"type": "rate", "expression": "* * * * *", "timezone": "UTC"})).unwrap_err();
        assert!(e.starts_with("schedule.type"), "{e}");
        let e = parse_schedule(&json!({"type": "cron", "expression": "* * * * *", "timezone": "UTC", "jitter": 5}))
            .unwrap_err();
        assert!(e.starts_with("schedule.jitter"), "{e}");
        assert_eq!(parse_schedule(&Value::Null).unwrap(), None);
    }

    #[test]
    fn initial_events_are_checked_as_a_deployment_takes_them() {
        let msg = json!({"type": "user.message", "content": [{"type": "text", "text": "go"}]});
        let sys = json!({"type": "system.message", "content": [{"type": "text", "text": "be brief"}]});
        check_initial_events(&[msg.clone(), sys.clone()]).unwrap();
        assert!(
            check_initial_events(&[])
                .unwrap_err()
                .starts_with("initial_events: 1 to 50")
        );
        let e = check_initial_events(&[sys.clone(), msg.clone()]).unwrap_err();
        assert!(e.starts_with("initial_events[0]: a system.message"), "{e}");
        let e = check_initial_events(&[json!({"type": "user.interrupt"})]).unwrap_err();
        assert!(e.starts_with("initial_events[0].type"), "{e}");
        let e = check_initial_events(&[json!({"type": "user.message"})]).unwrap_err();
        assert!(e.starts_with("initial_events[0].content"), "{e}");
        let many = vec![msg; 51];
        assert!(check_initial_events(&many).is_err());
    }

    #[test]
    fn resources_are_shown_without_their_tokens() {
        let given = [
            json!({"type": "github_repository", "url": "https://github.com/o/r", "authorization_token": "ghp-SECRET"}),
            json!({"type": "file", "file_id": "file_1"}),
        ];
        let (shown, tokens) = check_resources(&given).unwrap();
        assert_eq!(
            shown[0],
            json!({"type": "github_repository", "url": "https://github.com/o/r"})
        );
        assert_eq!(shown[1], given[1]);
        assert_eq!(tokens, vec![Some("ghp-SECRET".to_string()), None]);
        assert_eq!(with_tokens(&shown, &tokens), given.to_vec());
        let e = check_resources(&[json!({"type": "disk"})]).unwrap_err();
        assert!(e.starts_with("resources[0].type"), "{e}");
    }

    #[test]
    fn agents_are_ids_or_agent_objects() {
        assert_eq!(parse_agent(&json!("agent_1")).unwrap(), ("agent_1".into(), None));
        assert_eq!(
            parse_agent(&json!({"type": "agent", "id": "agent_1", "version": 2})).unwrap(),
            ("agent_1".into(), Some(2))
        );
        assert!(
            parse_agent(&json!({"type": "agent_with_overrides", "id": "a"}))
                .unwrap_err()
                .starts_with("agent.type")
        );
        assert!(
            parse_agent(&json!({"type": "agent", "id": "a", "model": "m"}))
                .unwrap_err()
                .starts_with("agent.model")
        );
    }
}
