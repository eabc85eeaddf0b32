//! The plan: what each file needs on the server (create, update, no change, destroy), drift
//! since the last apply, and applying it one change at a time (ant-apply.md §5).

use std::collections::HashMap;

use futures::StreamExt;
use reqwest::{Method, StatusCode};
use serde_json::{Map, Value, json};

use super::canon::hash;
use super::load::Resource;
use super::lock::{Entry, Lockfile};
use super::refs::{self, Slot};
use super::skill::Bundle;
use super::{FileError, Kind};
use crate::client::transfer::{FileSource, Form, FormPart};
use crate::client::{Client, ClientError, Request};

const UNKNOWN: &str = "(known after apply)";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Create,
    Update,
    NoChange,
    Destroy,
}

#[derive(Debug)]
pub struct Change {
    pub key: String,
    pub kind: Kind,
    pub action: Action,
    /// The server object this change acts on (none for a create).
    pub id: Option<String>,
    /// Field-by-field differences, one line each.
    pub diff: Vec<String>,
    /// Why the change cannot be applied (`--force` may lift it when `forceable`).
    pub blocked: Option<String>,
    /// Notes shown under the row (drift, a replacement).
    pub notes: Vec<String>,
    /// The body as planned (references not yet known shown as placeholders); null for a
    /// destroy.
    pub planned: Value,
    /// The server's copy when it was read, for the update's version and `null` clears.
    current: Option<Value>,
    /// The index of the loaded resource (none for a destroy).
    resource: Option<usize>,
}

pub struct Plan {
    pub changes: Vec<Change>,
    pub warnings: Vec<String>,
    /// A no-change resource whose file was re-spelled: its new hash is recorded on apply.
    pub rehash: bool,
}

impl Plan {
    pub fn count(&self, action: Action) -> usize {
        self.changes.iter().filter(|c| c.action == action).count()
    }
    pub fn has_work(&self) -> bool {
        self.changes.iter().any(|c| c.action != Action::NoChange) || self.rehash
    }
    pub fn blocked(&self) -> Vec<String> {
        self.changes
            .iter()
            .filter_map(|c| c.blocked.as_ref().map(|b| format!("{}: {b}", c.key)))
            .collect()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum PlanError {
    #[error("{0}")]
    File(#[from] FileError),
    #[error("reading {key} ({id}): {err}")]
    Read { key: String, id: String, err: ClientError },
    #[error("{0}")]
    Refused(String),
    #[error("{key}: {err}")]
    Apply { key: String, err: ApplyError },
    #[error("{0}; writing {1}: {2}")]
    Write(Box<PlanError>, String, std::io::Error),
    #[error("writing {0}: {1}")]
    WriteOnly(String, std::io::Error),
}

#[derive(Debug, thiserror::Error)]
pub enum ApplyError {
    #[error(transparent)]
    Client(#[from] ClientError),
    /// The server's answer lacks what the lockfile needs.
    #[error("{0}")]
    Answer(String),
}

/// What a reference pins: an id, and a version unless it changes this run.
#[derive(Clone)]
enum Pin {
    Known { id: String, version: Option<Value> },
    IdOnly(String),
    Unknown,
}

/// A request about an object of `kind`, with its family's beta header.
fn request(kind: Kind, method: Method, path: String, body: Option<Value>) -> Request {
    Request {
        method,
        path,
        query: Vec::new(),
        body,
        betas: kind.beta().map(str::to_string).into_iter().collect(),
    }
}

/// The body to send: references replaced by the pins known so far. `true` when some pin is
/// not known until apply.
fn body_of(r: &Resource, pins: &HashMap<String, Pin>) -> (Value, bool) {
    let mut body = r.body.clone();
    let mut placeholder = false;
    for x in &r.refs {
        let target = Slot::find(x.field).target;
        let versioned = target.version_field().is_some() && !x.latest;
        let (id, version) = match pins.get(&x.target).unwrap_or(&Pin::Unknown) {
            Pin::Known { id, version } => (json!(id), version.clone()),
            // The id stays; a new version is only known once the change is made.
            Pin::IdOnly(id) => {
                placeholder |= versioned;
                (json!(id), Some(json!(UNKNOWN)))
            }
            Pin::Unknown => {
                placeholder = true;
                (json!(UNKNOWN), None)
            }
        };
        let version = version.filter(|_| versioned);
        if let Some(entry) = body.pointer_mut(&x.pointer()) {
            *entry = refs::encode(target, id, version, &x.extra);
        }
    }
    (body, placeholder)
}

/// The body with every reference filled in by a well-formed id of its target's kind, for checks
/// made offline (`ant validate`).
pub fn stand_in_body(r: &Resource) -> Value {
    let pins = r
        .refs
        .iter()
        .map(|x| {
            let target = Slot::find(x.field).target;
            let pin = Pin::Known {
                id: format!("{}_011CZkYpogX7uDKUyvBTophP", target.id_prefix()),
                version: target.version_field().map(|_| pinned_version(target, "1")),
            };
            (x.target.clone(), pin)
        })
        .collect();
    body_of(r, &pins).0
}

/// The `hash` recorded for a resource sent as `body`: a skill's file fingerprint, else the
/// digest of the canonical body (§3).
fn digest(r: &Resource, body: &Value) -> String {
    match &r.bundle {
        Some(b) => b.fingerprint.clone(),
        None => hash(body),
    }
}

/// The version a server object reports, for the kinds that have one.
fn version_of(kind: Kind, server: &Value) -> Option<Value> {
    kind.version_field()
        .and_then(|f| server.get(f))
        .filter(|v| !v.is_null())
        .cloned()
}

/// A lockfile version (always a string) in the JSON type its kind pins with: an agent's number.
fn pinned_version(kind: Kind, recorded: &str) -> Value {
    match (kind, recorded.parse::<u64>()) {
        (Kind::Agent, Ok(n)) => json!(n),
        _ => json!(recorded),
    }
}

fn version_text(v: &Value) -> String {
    v.as_str().map_or_else(|| v.to_string(), str::to_string)
}

/// `remote_hash`: the server's copy without computed fields and empty values (§3.6).
pub fn remote_hash(kind: Kind, server: &Value) -> String {
    let mut v = server.clone();
    for path in kind.computed() {
        let (parent, field) = match path.rsplit_once('.') {
            Some((parent, field)) => (format!("/{}", parent.replace('.', "/")), field),
            None => (String::new(), *path),
        };
        if let Some(o) = v.pointer_mut(&parent).and_then(Value::as_object_mut) {
            o.remove(field);
        }
    }
    drop_empty(&mut v);
    hash(&v)
}

fn drop_empty(v: &mut Value) {
    match v {
        Value::Object(o) => {
            for item in o.values_mut() {
                drop_empty(item);
            }
            o.retain(|_, item| !is_unset(item));
        }
        Value::Array(items) => items.iter_mut().for_each(drop_empty),
        _ => {}
    }
}

fn is_unset(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

/// The diff's equality: extra server keys are ignored, null/empty count as unset, numbers
/// compare by value, and a bare string equals an object with that `id` (`model`).
fn same(desired: &Value, server: &Value) -> bool {
    match (desired, server) {
        (d, s) if is_unset(d) && is_unset(s) => true,
        (Value::String(d), Value::Object(s)) => s.get("id") == Some(&Value::String(d.clone())),
        (Value::Number(a), Value::Number(b)) => a.as_f64() == b.as_f64(),
        (Value::Object(d), Value::Object(s)) => d.iter().all(|(k, v)| same(v, s.get(k).unwrap_or(&Value::Null))),
        (Value::Array(d), Value::Array(s)) => d.len() == s.len() && d.iter().zip(s).all(|(a, b)| same(a, b)),
        (d, s) => d == s,
    }
}

/// One line per differing field, nested objects as dotted names.
fn diff(
    prefix: &str,
    desired: &Map<String, Value>,
    server: &Map<String, Value>,
    clear: &[&str],
    out: &mut Vec<String>,
) {
    let null = Value::Null;
    let mut names: Vec<&String> = desired.keys().collect();
    for c in clear {
        if let Some((k, v)) = server.get_key_value(*c)
            && !desired.contains_key(*c)
            && !is_unset(v)
        {
            names.push(k);
        }
    }
    names.sort();
    for name in names {
        let (d, s) = (desired.get(name).unwrap_or(&null), server.get(name).unwrap_or(&null));
        if same(d, s) {
            continue;
        }
        let field = format!("{prefix}{name}");
        match (d, s) {
            (Value::Object(d), Value::Object(s)) if !d.is_empty() => diff(&format!("{field}."), d, s, &[], out),
            _ if !desired.contains_key(name) => out.push(format!("- {field}: {} → (unset)", short(s))),
            _ if is_unset(s) => out.push(format!("+ {field}: {}", short(d))),
            (Value::String(d), Value::String(s)) if d.len() > 40 || s.len() > 40 => {
                out.push(format!("~ {field}: {}", word_diff(s, d)))
            }
            _ => out.push(format!("~ {field}: {} → {}", short(s), short(d))),
        }
    }
}

/// A value on one line: compact JSON, elided in the middle past 80 characters.
pub fn short(v: &Value) -> String {
    let text = v.to_string();
    if text.chars().count() <= 80 {
        return text;
    }
    let head: String = text.chars().take(38).collect();
    let tail: String = text
        .chars()
        .rev()
        .take(38)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    format!("{head}…{tail}")
}

/// The changed words of a long text with a little context: `…3 words… [-old-]{+new+} …`.
fn word_diff(before: &str, after: &str) -> String {
    let a: Vec<&str> = before.split_whitespace().collect();
    let b: Vec<&str> = after.split_whitespace().collect();
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    if prefix + suffix == a.len() && prefix + suffix == b.len() {
        return format!(
            "({} → {} characters of text)",
            before.chars().count(),
            after.chars().count()
        );
    }
    const CONTEXT: usize = 8;
    let mut parts = Vec::new();
    let lead = prefix.saturating_sub(CONTEXT);
    if lead > 0 {
        parts.push(format!("…{lead} words…"));
    }
    parts.extend(a[lead..prefix].iter().map(|w| w.to_string()));
    let old = &a[prefix..a.len() - suffix];
    let new = &b[prefix..b.len() - suffix];
    if !old.is_empty() {
        parts.push(format!("[-{}-]", old.join(" ")));
    }
    if !new.is_empty() {
        parts.push(format!("{{+{}+}}", new.join(" ")));
    }
    let tail_end = (a.len() - suffix + CONTEXT).min(a.len());
    parts.extend(a[a.len() - suffix..tail_end].iter().map(|w| w.to_string()));
    if a.len() > tail_end {
        parts.push(format!("…{} words…", a.len() - tail_end));
    }
    parts.join(" ")
}

fn object_path(kind: Kind, id: &str) -> String {
    format!("{}/{id}", kind.collection())
}

fn is_not_found(e: &ClientError) -> bool {
    matches!(e, ClientError::Api { status, .. } if *status == StatusCode::NOT_FOUND)
}

/// Reads every tracked object (eight at a time); `None` when the server no longer has it.
async fn read_all(
    client: &Client,
    tracked: Vec<(String, Kind, String)>,
) -> Result<HashMap<String, Option<Value>>, PlanError> {
    let reads = futures::stream::iter(tracked.into_iter().map(|(key, kind, id)| async move {
        let got = client
            .send(&request(kind, Method::GET, object_path(kind, &id), None))
            .await;
        (key, id, got)
    }))
    .buffer_unordered(8)
    .collect::<Vec<_>>()
    .await;
    let mut out = HashMap::new();
    for (key, id, got) in reads {
        let value = match got {
            Ok(text) => Some(serde_json::from_str(&text).unwrap_or(Value::Null)),
            Err(e) if is_not_found(&e) => None,
            Err(err) => return Err(PlanError::Read { key, id, err }),
        };
        out.insert(key, value);
    }
    Ok(out)
}

pub struct Options {
    pub force: bool,
    pub prune: bool,
}

/// Plans `resources` (in dependency order) against the lockfile and the server.
pub async fn plan(client: &Client, resources: &[Resource], lock: &Lockfile, opts: &Options) -> Result<Plan, PlanError> {
    let tracked: Vec<_> = resources
        .iter()
        .filter_map(|r| lock.entries.get(&r.key).map(|e| (r.key.clone(), e.kind, e.id.clone())))
        .collect();
    let orphans: Vec<(String, Entry)> = lock
        .entries
        .iter()
        .filter(|(k, _)| !resources.iter().any(|r| &r.key == *k))
        .map(|(k, e)| (k.clone(), e.clone()))
        .collect();
    let mut to_read = tracked.clone();
    if opts.prune {
        to_read.extend(orphans.iter().map(|(k, e)| (k.clone(), e.kind, e.id.clone())));
    }
    let server = read_all(client, to_read).await?;
    let gone = tracked.iter().filter(|(k, _, _)| server[k].is_none()).count();
    if tracked.len() >= 2 && gone == tracked.len() && !opts.force {
        return Err(PlanError::Refused(format!(
            "none of the {gone} resources in {} were found with these credentials — this usually means they belong to a different organization or profile than the one in use. If they really were all deleted, re-run with --force to recreate them",
            lock.path.file_name().unwrap_or_default().to_string_lossy()
        )));
    }

    let lock_name = lock.path.file_name().unwrap_or_default().to_string_lossy().into_owned();
    let mut pins: HashMap<String, Pin> = HashMap::new();
    let mut changes = Vec::new();
    let mut rehash = false;
    for (i, r) in resources.iter().enumerate() {
        let (body, placeholder) = body_of(r, &pins);
        let h = digest(r, &body);
        let mut change = Change {
            key: r.key.clone(),
            kind: r.kind,
            action: Action::Create,
            id: None,
            diff: Vec::new(),
            blocked: None,
            notes: Vec::new(),
            planned: body.clone(),
            current: None,
            resource: Some(i),
        };
        if let Some(bundle) = &r.bundle {
            change.diff.push(format!("upload {}", files(bundle.files.len())));
        }
        let Some(entry) = lock.entries.get(&r.key) else {
            pins.insert(r.key.clone(), Pin::Unknown);
            changes.push(change);
            continue;
        };
        change.id = Some(entry.id.clone());
        if entry.kind != r.kind {
            change.blocked = Some(format!(
                "this file was a {} ({}) and is now a {}; remove it, apply with --prune, then add it back",
                entry.kind.name(),
                entry.id,
                r.kind.name()
            ));
            pins.insert(r.key.clone(), Pin::Unknown);
            changes.push(change);
            continue;
        }
        let current = server[&r.key].clone();
        let archived = current.as_ref().is_some_and(|c| !c["archived_at"].is_null());
        if current.is_none() || archived {
            let state = if archived {
                "is archived and cannot be revived"
            } else {
                "is no longer on the server"
            };
            change.notes.push(format!(
                "{} {state}, so it would be created again with a new id",
                entry.id
            ));
            if !opts.force {
                change.blocked = Some(format!(
                    "{} {state}; re-run with --force to create a replacement, or remove {} from {lock_name} if it is gone for good",
                    entry.id, r.key
                ));
            }
            change.id = None;
            pins.insert(r.key.clone(), Pin::Unknown);
            changes.push(change);
            continue;
        }
        let current = current.expect("checked above");
        let server_version = version_of(r.kind, &current);
        let mut drift = None;
        if let (Some(sv), Some(lv)) = (&server_version, &entry.version)
            && &version_text(sv) != lv
        {
            drift = Some(format!(
                "server has version {} but the lockfile recorded {lv}",
                version_text(sv)
            ));
        }
        if drift.is_none()
            && let Some(rh) = &entry.remote_hash
            && &remote_hash(r.kind, &current) != rh
        {
            drift = Some("the server's copy no longer matches what the last apply left behind".into());
        }
        let desired = body.as_object().cloned().unwrap_or_default();
        let server_obj = current.as_object().cloned().unwrap_or_default();
        if h == entry.hash && drift.is_none() && !placeholder {
            change.action = Action::NoChange;
            change.diff.clear();
        } else if r.bundle.is_some() {
            // A payload is not compared field by field: its files go up as a new version.
            change.action = Action::Update;
        } else {
            diff("", &desired, &server_obj, r.kind.clearable(), &mut change.diff);
            if change.diff.is_empty() && drift.is_none() && !placeholder {
                // The file was re-spelled into what the server holds: record the new hash.
                change.action = Action::NoChange;
                rehash = true;
            } else {
                change.action = Action::Update;
            }
        }
        if let Some(d) = drift {
            change.notes.push(format!("! {d}"));
            if change.action == Action::NoChange {
                change.action = Action::Update;
            }
            if !opts.force {
                change.blocked = Some(format!(
                    "{} changed outside this config since the last apply; re-run with --force to overwrite it",
                    entry.id
                ));
            }
        }
        pins.insert(
            r.key.clone(),
            match change.action {
                Action::NoChange => Pin::Known {
                    id: entry.id.clone(),
                    version: server_version,
                },
                _ => Pin::IdOnly(entry.id.clone()),
            },
        );
        change.current = Some(current);
        changes.push(change);
    }

    let mut warnings = Vec::new();
    let mut destroys = Vec::new();
    for (key, entry) in orphans {
        if !opts.prune {
            warnings.push(format!(
                "{key} is in the lockfile but was not loaded this run; pass --prune to remove it, or name it on the command line to keep it tracked"
            ));
            continue;
        }
        let mut change = Change {
            key: key.clone(),
            kind: entry.kind,
            action: Action::Destroy,
            id: Some(entry.id.clone()),
            diff: Vec::new(),
            blocked: None,
            notes: Vec::new(),
            planned: Value::Null,
            current: None,
            resource: None,
        };
        if let Some(Some(current)) = server.get(&key)
            && current["archived_at"].is_null()
            && let Some(rh) = &entry.remote_hash
            && &remote_hash(entry.kind, current) != rh
        {
            change.blocked = Some(format!(
                "refusing to prune {key}: id {} is not the resource the last apply recorded",
                entry.id
            ));
        }
        destroys.push(change);
    }
    // Referencing kinds go first, so nothing points at an archived object.
    destroys.sort_by(|a, b| b.kind.cmp(&a.kind).then_with(|| a.key.cmp(&b.key)));
    changes.extend(destroys);
    let plan = Plan {
        changes,
        warnings,
        rehash,
    };
    Ok(plan)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Created,
    Updated,
    Unchanged,
    Archived,
    Deleted,
    AlreadyGone,
}

impl Outcome {
    pub fn word(self) -> &'static str {
        match self {
            Outcome::Created => "created",
            Outcome::Updated => "updated",
            Outcome::Unchanged => "unchanged",
            Outcome::Archived => "archived",
            Outcome::Deleted => "deleted",
            Outcome::AlreadyGone => "already gone",
        }
    }
}

/// Applies the plan one change at a time, writing the lockfile after each, so a failure keeps
/// what was done. `done` hears every outcome with the object's id.
pub async fn apply(
    client: &Client,
    resources: &[Resource],
    plan: &Plan,
    lock: &mut Lockfile,
    mut done: impl FnMut(&Change, Outcome, &str),
) -> Result<(), PlanError> {
    let mut pins: HashMap<String, Pin> = HashMap::new();
    for change in &plan.changes {
        let result = apply_one(client, resources, change, lock, &mut pins).await;
        let result = match result {
            Ok((outcome, id)) => {
                done(change, outcome, &id);
                Ok(())
            }
            Err(err) => Err(PlanError::Apply {
                key: change.key.clone(),
                err,
            }),
        };
        let written = if change.action == Action::NoChange && !plan.rehash {
            Ok(())
        } else {
            lock.write()
        };
        match (result, written) {
            (Ok(()), Ok(())) => {}
            (Ok(()), Err(e)) => return Err(PlanError::WriteOnly(lock.path.display().to_string(), e)),
            (Err(e), Ok(())) => return Err(e),
            (Err(e), Err(w)) => return Err(PlanError::Write(Box::new(e), lock.path.display().to_string(), w)),
        }
    }
    lock.write()
        .map_err(|e| PlanError::WriteOnly(lock.path.display().to_string(), e))
}

async fn apply_one(
    client: &Client,
    resources: &[Resource],
    change: &Change,
    lock: &mut Lockfile,
    pins: &mut HashMap<String, Pin>,
) -> Result<(Outcome, String), ApplyError> {
    let Some(i) = change.resource else {
        let id = change.id.clone().expect("a destroy has an id");
        let outcome = match destroy(client, change.kind, &id).await {
            Ok(()) if change.kind.is_payload() => Outcome::Deleted,
            Ok(()) => Outcome::Archived,
            Err(e) if is_not_found(&e) => Outcome::AlreadyGone,
            Err(e) => return Err(e.into()),
        };
        lock.entries.remove(&change.key);
        return Ok((outcome, id));
    };
    let r = &resources[i];
    let (body, _) = body_of(r, pins);
    let h = digest(r, &body);
    let (outcome, response) = match change.action {
        Action::NoChange => {
            let entry = lock.entries.get_mut(&r.key).expect("a no-change is tracked");
            entry.hash = h;
            let version = entry.version.as_deref().map(|v| pinned_version(r.kind, v));
            let id = entry.id.clone();
            pins.insert(
                r.key.clone(),
                Pin::Known {
                    id: id.clone(),
                    version,
                },
            );
            return Ok((Outcome::Unchanged, id));
        }
        Action::Create => {
            let text = match &r.bundle {
                Some(bundle) => upload(client, r.kind.collection().into(), bundle, true).await?,
                None => {
                    client
                        .send(&request(
                            r.kind,
                            Method::POST,
                            r.kind.collection().into(),
                            Some(body.clone()),
                        ))
                        .await?
                }
            };
            (Outcome::Created, text)
        }
        Action::Update if r.bundle.is_some() => {
            let id = change.id.clone().expect("an update has an id");
            let bundle = r.bundle.as_ref().expect("checked");
            let path = format!("{}/versions", object_path(r.kind, &id));
            let text = upload(client, path, bundle, false).await?;
            (Outcome::Updated, text)
        }
        Action::Update => {
            let id = change.id.clone().expect("an update has an id");
            let current = change.current.clone().unwrap_or(Value::Null);
            let mut sent = body.as_object().cloned().unwrap_or_default();
            for field in r.kind.clearable() {
                if !sent.contains_key(*field) && !is_unset(&current[*field]) {
                    sent.insert((*field).into(), Value::Null);
                }
            }
            if let Some(old) = current["metadata"].as_object() {
                let new = sent.entry("metadata").or_insert_with(|| json!({}));
                if let Some(new) = new.as_object_mut() {
                    for k in old.keys() {
                        new.entry(k.clone()).or_insert(Value::Null);
                    }
                }
            }
            // The version makes the server refuse the write if someone changed it meanwhile.
            if let Some(v) = current.get("version").filter(|v| !v.is_null()) {
                sent.insert("version".into(), v.clone());
            }
            let text = client
                .send(&request(
                    r.kind,
                    Method::POST,
                    object_path(r.kind, &id),
                    Some(Value::Object(sent)),
                ))
                .await?;
            (Outcome::Updated, text)
        }
        Action::Destroy => unreachable!("destroys have no resource"),
    };
    let response: Value = serde_json::from_str(&response).unwrap_or(Value::Null);
    // A new skill version answers with the version object: the skill is `skill_id`.
    let (id, version) = match (&r.bundle, change.action) {
        (Some(_), Action::Update) => (response["skill_id"].as_str(), response.get("version")),
        _ => (
            response["id"].as_str(),
            r.kind.version_field().and_then(|f| response.get(f)),
        ),
    };
    let Some(id) = id.filter(|id| !id.is_empty()).map(str::to_string) else {
        return Err(ApplyError::Answer(format!(
            "the API returned no id for the {} {}",
            if change.action == Action::Create {
                "created"
            } else {
                "updated"
            },
            r.kind.name()
        )));
    };
    let version = version.filter(|v| !v.is_null()).cloned();
    let extra = match lock.entries.get(&r.key) {
        Some(old) if old.id == id && old.kind == r.kind => old.extra.clone(),
        _ => Map::new(),
    };
    lock.entries.insert(
        r.key.clone(),
        Entry {
            kind: r.kind,
            id: id.clone(),
            version: version.as_ref().map(version_text),
            hash: h,
            // Payloads have no JSON copy to compare (§3.6).
            remote_hash: r.bundle.is_none().then(|| remote_hash(r.kind, &response)),
            revision: r.pin.as_ref().map(|p| p.revision.clone()),
            subpath: r.pin.as_ref().map(|p| p.subpath.clone()),
            extra,
        },
    );
    pins.insert(
        r.key.clone(),
        Pin::Known {
            id: id.clone(),
            version,
        },
    );
    Ok((outcome, id))
}

/// Archives an object, or deletes a skill: its versions first, as the API requires.
async fn destroy(client: &Client, kind: Kind, id: &str) -> Result<(), ClientError> {
    let path = object_path(kind, id);
    if !kind.is_payload() {
        let archive = request(kind, Method::POST, format!("{path}/archive"), None);
        return client.send(&archive).await.map(drop);
    }
    let list = request(kind, Method::GET, format!("{path}/versions"), None);
    let mut versions = Vec::new();
    client
        .list(list, None, |item| {
            let v: Value = serde_json::from_str(item).unwrap_or(Value::Null);
            versions.extend(v["version"].as_str().map(str::to_string));
            Ok(())
        })
        .await?;
    for version in versions {
        let delete = request(kind, Method::DELETE, format!("{path}/versions/{version}"), None);
        match client.send(&delete).await {
            Err(e) if !is_not_found(&e) => return Err(e),
            _ => {}
        }
    }
    client.send(&request(kind, Method::DELETE, path, None)).await.map(drop)
}

/// Uploads a skill's files under its folder: a new skill (with its display title) or a new
/// version of one.
async fn upload(client: &Client, path: String, bundle: &Bundle, new: bool) -> Result<String, ClientError> {
    let mut parts = Vec::with_capacity(bundle.files.len() + 1);
    if new {
        parts.push(FormPart::Text {
            name: "display_title".into(),
            value: bundle.display_name.clone(),
        });
    }
    for f in &bundle.files {
        parts.push(FormPart::File {
            name: "files[]".into(),
            source: FileSource::Path(f.path.clone()),
            filename: format!("{}/{}", bundle.folder, f.rel),
            content_type: mime_guess::from_path(&f.path).first_or_octet_stream().to_string(),
        });
    }
    let req = request(Kind::Skill, Method::POST, path, None);
    client
        .upload(&req, &Form { parts }, &indicatif::ProgressBar::hidden())
        .await
}

/// `1 file`, `3 files`.
pub fn files(n: usize) -> String {
    if n == 1 { "1 file".into() } else { format!("{n} files") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equality_follows_the_diff_rules() {
        assert!(same(
            &json!("claude-sonnet-4-6"),
            &json!({"id": "claude-sonnet-4-6", "speed": "standard"})
        ));
        assert!(same(&json!([]), &Value::Null));
        assert!(same(&json!(4.0), &json!(4)));
        assert!(same(
            &json!({"type": "cloud"}),
            &json!({"type": "cloud", "packages": {}})
        ));
        assert!(!same(&json!([1]), &json!([1, 2])));
    }

    #[test]
    fn long_texts_show_the_changed_words() {
        let before = "You review pull requests. Be direct and name the file and line of every problem you find.";
        let after = "You review pull requests. Be kind and name the file and line of every problem you find.";
        assert_eq!(
            word_diff(before, after),
            "You review pull requests. Be [-direct-] {+kind+} and name the file and line of every …3 words…"
        );
    }

    #[test]
    fn remote_hash_ignores_computed_and_empty_fields() {
        let a = json!({"id": "agent_1", "version": 3, "name": "x", "description": null, "skills": [], "metadata": {}});
        assert_eq!(remote_hash(Kind::Agent, &a), hash(&json!({"name": "x"})));
    }
}
