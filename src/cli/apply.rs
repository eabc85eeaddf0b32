//! `ant apply` (templates → server, with a lockfile) and `ant validate` (templates, offline).

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

use clap::{Arg, ArgAction, ArgMatches, Command};
use serde_json::Value;

use crate::client::Client;
use crate::template::lock::{Lockfile, Origin};
use crate::template::plan::{self, Action, Plan};
use crate::template::{Kind, fetch, load};

pub fn apply_command() -> Command {
    Command::new("apply")
        .about("Create or update agents and environments from files, tracked in claude-lock.json")
        .arg(
            Arg::new("paths")
                .value_name("PATH")
                .num_args(0..)
                .value_parser(clap::value_parser!(PathBuf))
                .help("Files or directories (default: every file in the lockfile)"),
        )
        .arg(
            Arg::new("dry-run")
                .long("dry-run")
                .action(ArgAction::SetTrue)
                .help("Show the plan; send and write nothing"),
        )
        .arg(
            Arg::new("yes")
                .short('y')
                .long("yes")
                .action(ArgAction::SetTrue)
                .help("Apply without asking (required without a terminal)"),
        )
        .arg(
            Arg::new("force")
                .long("force")
                .action(ArgAction::SetTrue)
                .help("Overwrite drift and recreate archived or deleted resources"),
        )
        .arg(
            Arg::new("prune")
                .long("prune")
                .action(ArgAction::SetTrue)
                .help("Archive resources whose files are gone"),
        )
        .arg(
            Arg::new("verbose")
                .short('v')
                .long("verbose")
                .action(ArgAction::SetTrue)
                .help("Also list unchanged resources"),
        )
        .arg(
            Arg::new("upgrade")
                .long("upgrade")
                .action(ArgAction::SetTrue)
                .help("Fetch URL sources (skills on GitHub) again instead of the commits the lockfile pinned"),
        )
        .arg(
            Arg::new("lock-file")
                .long("lock-file")
                .value_name("PATH")
                .value_parser(clap::value_parser!(PathBuf))
                .help("The lockfile (default: the nearest claude-lock.json up to the repository root)"),
        )
        .arg(
            Arg::new("detailed-exitcode")
                .long("detailed-exitcode")
                .action(ArgAction::SetTrue)
                .help("Exit 0 when there is nothing to do, 2 when there are changes, 1 on error"),
        )
}

pub fn validate_command() -> Command {
    Command::new("validate")
        .about("Check template files offline: syntax, fields, references and the API's rules")
        .arg(
            Arg::new("paths")
                .value_name("PATH")
                .num_args(1..)
                .required(true)
                .value_parser(clap::value_parser!(PathBuf)),
        )
}

fn lockfile(m: &ArgMatches) -> anyhow::Result<Lockfile> {
    let cwd = std::env::current_dir()?;
    let path = match m.get_one::<PathBuf>("lock-file") {
        Some(p) => cwd.join(p),
        None => crate::template::lock::find(&cwd),
    };
    Ok(Lockfile::read(&load::normalize(&path))?)
}

fn shown(lock: &Lockfile) -> String {
    crate::template::display_path(&lock.path).replace("\\", "/").to_string()
}

pub fn validate(m: &ArgMatches) -> anyhow::Result<i32> {
    let paths: Vec<PathBuf> = m.get_many::<PathBuf>("paths").expect("required").cloned().collect();
    let base = std::env::current_dir()?;
    let resources = load::load(&paths, &base)?;
    for r in &resources {
        check(r)?;
    }
    let counts: Vec<String> = crate::template::KINDS
        .iter()
        .map(|k| format!("{} {}(s)", resources.iter().filter(|r| r.kind == *k).count(), k.name()))
        .collect();
    println!(
        "{} valid: {}",
        paths
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(" "),
        counts.join(", ")
    );
    Ok(0)
}

/// The local server's own rules for a create body, applied offline; references stand in as
/// well-formed ids since their targets were checked when loading.
fn check(r: &load::Resource) -> anyhow::Result<()> {
    if r.kind != Kind::Skill {
        load::check_fields(r)?;
    }
    let body = plan::stand_in_body(r);
    use crate::api::{agents, deployments, environments, memory_stores, skills, vaults};
    let result = match r.kind {
        // A skill's files were checked when it loaded; its manifest as the server reads it.
        Kind::Skill => {
            let text = std::fs::read_to_string(&r.path)?;
            let folder = r.bundle.as_ref().map_or("", |b| b.folder.as_str());
            skills::parse_manifest(&text, folder).map(drop)
        }
        Kind::Agent => created(body, agents::Agent::create),
        Kind::Environment => created(body, environments::Environment::create),
        Kind::Vault => created(body, vaults::Vault::create),
        Kind::MemoryStore => created(body, memory_stores::MemoryStore::create),
        Kind::Deployment => created(body, |_, _, b: deployments::DeploymentCreate| {
            let (agent, version) = deployments::parse_agent(&b.agent)?;
            let pin = deployments::AgentPin::new(&agent, version.unwrap_or(1));
            deployments::Deployment::create(String::new(), time::OffsetDateTime::now_utc(), b, pin)
        }),
    };
    result.map_err(|message| {
        // The API's messages start with the field path (`tools[0].type: ...`).
        let path = message.split(':').next().unwrap_or("");
        r.error_at(path, message.clone()).into()
    })
}

/// Whether `body` reads as the create body `B` and the server's `create` accepts it.
fn created<B: serde::de::DeserializeOwned, T>(
    body: Value,
    create: impl FnOnce(String, String, B) -> Result<T, String>,
) -> Result<(), String> {
    let body = serde_json::from_value::<B>(body).map_err(|e| e.to_string())?;
    create(String::new(), String::new(), body).map(drop)
}

/// Where `ant apply` sends its changes, as the command line and profile resolved it.
pub struct Target {
    pub base_url: String,
    pub workspace: Option<String>,
    /// What the credential is and where it came from (never its value).
    pub credential: Option<String>,
}

/// The organization the server answers for, learnt from a cheap read: the lockfile records it,
/// and a later apply whose credentials belong to another one is refused.
async fn organization(client: &Client) -> anyhow::Result<Option<String>> {
    let probe = crate::client::Request {
        method: reqwest::Method::GET,
        path: "/v1/agents".into(),
        query: vec![("limit".into(), "1".into())],
        body: None,
        betas: Vec::new(),
    };
    Ok(client.send_for_organization(&probe).await?.1)
}

pub async fn apply(m: &ArgMatches, client: Client, target: Target) -> anyhow::Result<i32> {
    let dry_run = m.get_flag("dry-run");
    let detailed = m.get_flag("detailed-exitcode");
    let verbose = m.get_flag("verbose");
    let mut lock = lockfile(m)?;
    let lock_dir = lock.dir().to_path_buf();
    let mut paths: Vec<PathBuf> = m
        .get_many::<PathBuf>("paths")
        .map(|v| v.cloned().collect())
        .unwrap_or_default();
    if paths.is_empty() {
        // URL keys are left out: a URL source stays tracked while a file references it.
        paths = lock
            .entries
            .keys()
            .filter(|k| !k.starts_with("https://"))
            .map(|k| lock_dir.join(k))
            .filter(|p| p.exists())
            .collect();
        if lock.entries.is_empty() {
            anyhow::bail!("nothing to apply: name files or directories (e.g. `ant apply templates/`)");
        }
    }
    // The files first: their mistakes are found without a server.
    let resources = load_resources(&paths, &lock, m.get_flag("upgrade")).await?;
    let organization = organization(&client).await?;
    check_origin(&lock, &target, organization.as_deref())?;
    let opts = plan::Options {
        force: m.get_flag("force"),
        prune: m.get_flag("prune"),
    };
    let plan = plan::plan(&client, &resources, &lock, &opts).await?;

    let mut out = std::io::stdout().lock();
    if !lock.exists && !dry_run {
        writeln!(
            out,
            "First apply  {} does not exist yet and will be created\n",
            shown(&lock)
        )?;
        render_origin(&mut out, &target, organization.as_deref())?;
        writeln!(out, "Preview  {} (new)\n", shown(&lock))?;
    }
    // Details show unless a terminal can ask for them: `--yes` leaves them in CI logs.
    let yes = m.get_flag("yes");
    render_plan(&mut out, &plan, verbose, dry_run || verbose || yes)?;
    let blocked = plan.blocked();
    if !blocked.is_empty() {
        writeln!(out, "\nThis plan cannot be applied:")?;
        for b in &blocked {
            writeln!(out, "  {b}")?;
        }
        drop(out);
        if dry_run && !detailed {
            return Ok(0);
        }
        anyhow::bail!("refusing to apply");
    }
    let pending = if plan.has_work() { 2 } else { 0 };
    if !plan.has_work() {
        writeln!(out, "\nNo changes. The server matches the files.")?;
        return Ok(0);
    }
    if dry_run {
        return Ok(if detailed { pending } else { 0 });
    }
    if !yes {
        if !std::io::stdin().is_terminal() {
            drop(out);
            anyhow::bail!(
                "cannot ask for confirmation without a terminal; re-run with --yes to apply, or --dry-run to see the plan only"
            );
        }
        if !confirm(&mut out, &plan, verbose)? {
            writeln!(out, "Nothing was applied.")?;
            return Ok(0);
        }
    }
    let origin = lock.origin.get_or_insert_with(|| Origin {
        base_url: Some(target.base_url.trim_end_matches('/').to_string()),
        organization_id: None,
        workspace_id: target.workspace.clone(),
    });
    if origin.organization_id.is_none() {
        origin.organization_id = organization;
    }
    writeln!(out, "\nApply  {}\n", shown(&lock))?;
    let width = plan
        .changes
        .iter()
        .map(|c| c.key.chars().count())
        .max()
        .unwrap_or(4)
        .max(4);
    writeln!(out, "± {:width$}  Status", "Name")?;
    let mut tally: Vec<(&'static str, usize)> = Vec::new();
    let result = plan::apply(&client, &resources, &plan, &mut lock, |change, outcome, id| {
        if outcome == plan::Outcome::Unchanged && !verbose {
            return;
        }
        let _ = writeln!(
            std::io::stdout(),
            "{} {:width$}  {:<10} {id}",
            glyph(change.action),
            change.key,
            outcome.word()
        );
        match tally.iter_mut().find(|(w, _)| *w == outcome.word()) {
            Some((_, n)) => *n += 1,
            None => tally.push((outcome.word(), 1)),
        }
    })
    .await;
    result?;
    let summary: Vec<String> = tally
        .iter()
        .filter(|(w, _)| *w != "unchanged")
        .map(|(w, n)| format!("{n} {w}"))
        .collect();
    writeln!(
        out,
        "\nResources  {}\n\nState written to {}",
        summary.join(", "),
        shown(&lock)
    )?;
    Ok(if detailed { pending } else { 0 })
}

/// Loads the templates; URL sources (skills on GitHub) are fetched, at the commit the lockfile
/// pinned unless `--upgrade`.
async fn load_resources(paths: &[PathBuf], lock: &Lockfile, upgrade: bool) -> anyhow::Result<Vec<load::Resource>> {
    let paths = paths.to_vec();
    let lock_dir = lock.dir().to_path_buf();
    let pins: std::collections::HashMap<String, fetch::Pin> = lock
        .entries
        .iter()
        .filter(|_| !upgrade)
        .filter_map(|(k, e)| {
            Some((
                k.clone(),
                fetch::Pin {
                    revision: e.revision.clone()?,
                    subpath: e.subpath.clone().unwrap_or_default(),
                },
            ))
        })
        .collect();
    // Fetched commits are kept between runs: a pinned commit never changes.
    let cache = dirs::cache_dir().unwrap_or_else(std::env::temp_dir).join("ant");
    let runtime = tokio::runtime::Handle::current();
    let loaded = tokio::task::spawn_blocking(move || {
        let mut fetcher = |url: &str| runtime.block_on(fetch::fetch(url, pins.get(url), &cache));
        load::load_with(&paths, &lock_dir, &mut fetcher)
    })
    .await?;
    Ok(loaded?)
}

/// Asks `(y)es / (n)o / (d)etails` until answered; `d` shows every row's details. Details are
/// only offered when some row has them.
fn confirm(out: &mut impl Write, plan: &Plan, verbose: bool) -> anyhow::Result<bool> {
    let has_details = plan.changes.iter().any(|c| {
        matches!(c.action, Action::Create | Action::Update) || (c.action == Action::Destroy && !c.notes.is_empty())
    });
    loop {
        let offer = if has_details { " / (d)etails" } else { "" };
        write!(out, "\nApply these changes? (y)es / (n)o{offer} ")?;
        out.flush()?;
        let mut answer = String::new();
        if std::io::stdin().lock().read_line(&mut answer)? == 0 {
            return Ok(false);
        }
        match answer.trim().to_ascii_lowercase().as_str() {
            "y" | "yes" => return Ok(true),
            "n" | "no" => return Ok(false),
            "d" | "details" if has_details => {
                writeln!(out)?;
                render_plan(out, plan, verbose, true)?;
            }
            _ => {}
        }
    }
}

/// The block a first apply shows: which credentials, host, organization and workspace the new
/// resources will belong to.
fn render_origin(out: &mut impl Write, target: &Target, organization: Option<&str>) -> std::io::Result<()> {
    let host = reqwest::Url::parse(&target.base_url)
        .ok()
        .and_then(|u| {
            let host = u.host_str()?.to_string();
            Some(u.port().map_or(host.clone(), |p| format!("{host}:{p}")))
        })
        .unwrap_or_else(|| target.base_url.clone());
    let rows = [
        ("credentials", target.credential.clone()),
        ("host", Some(host)),
        ("organization", organization.map(str::to_string)),
        ("workspace", target.workspace.clone()),
    ];
    writeln!(out, "Resources will be created with")?;
    for (label, value) in rows {
        if let Some(v) = value {
            writeln!(out, "  {label:<12}  {v}")?;
        }
    }
    writeln!(out)
}

/// Refuses a lockfile recorded for another organization, workspace or (when the server names
/// no organization) another server: its ids mean nothing there.
fn check_origin(lock: &Lockfile, target: &Target, organization: Option<&str>) -> anyhow::Result<()> {
    let Some(origin) = &lock.origin else { return Ok(()) };
    match (&origin.organization_id, organization) {
        (Some(recorded), Some(now)) if recorded != now => anyhow::bail!(
            "{}: recorded for organization {recorded}, but these credentials belong to organization {now}; use the matching profile or key, or --lock-file for a separate lockfile",
            shown(lock)
        ),
        // The same organization may be reached at another address (a local server's port).
        (Some(_), Some(_)) => {}
        _ => {
            if let Some(recorded) = &origin.base_url
                && recorded.trim_end_matches('/') != target.base_url.trim_end_matches('/')
            {
                anyhow::bail!(
                    "{}: recorded for {recorded}, but the credentials point at {}; use the matching --base-url or profile, or --lock-file for a separate lockfile",
                    shown(lock),
                    target.base_url
                );
            }
        }
    }
    if let (Some(recorded), Some(now)) = (&origin.workspace_id, &target.workspace)
        && recorded != now
    {
        anyhow::bail!(
            "{}: recorded for workspace {recorded}, but the credentials use workspace {now}",
            shown(lock)
        );
    }
    Ok(())
}

/// A row's details: an update's field diff; a create's summary fields (every field with
/// `-v`), or the files a skill uploads. Secrets show as `(sensitive)`.
fn row_details(c: &plan::Change, verbose: bool) -> Vec<String> {
    if c.action != Action::Create {
        return c.diff.clone();
    }
    let mut lines = c.diff.clone();
    if let Some(body) = c.planned.as_object() {
        let mut keys: Vec<&String> = body
            .keys()
            .filter(|k| verbose || c.kind.summary_fields().contains(&k.as_str()))
            .collect();
        keys.sort();
        for k in keys {
            lines.push(format!("{k}: {}", plan::short(&sensitive_hidden(&body[k]))));
        }
    }
    lines
}

/// A value with the contents of secret-looking keys (`authorization_token`) replaced.
fn sensitive_hidden(v: &Value) -> Value {
    match v {
        Value::Object(o) => Value::Object(
            o.iter()
                .map(|(k, v)| {
                    let secret = k.contains("token") || k.contains("secret") || k.contains("password");
                    let v = if secret {
                        Value::from("(sensitive)")
                    } else {
                        sensitive_hidden(v)
                    };
                    (k.clone(), v)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(sensitive_hidden).collect()),
        other => other.clone(),
    }
}

fn glyph(action: Action) -> char {
    match action {
        Action::Create => '+',
        Action::Update => '~',
        Action::Destroy => '-',
        Action::NoChange => ' ',
    }
}

fn render_plan(out: &mut impl Write, plan: &Plan, verbose: bool, details: bool) -> std::io::Result<()> {
    let rows: Vec<_> = plan
        .changes
        .iter()
        .filter(|c| verbose || c.action != Action::NoChange)
        .collect();
    if !rows.is_empty() {
        let width = rows.iter().map(|c| c.key.chars().count()).max().unwrap_or(4).max(4);
        writeln!(out, "± {:width$}  Plan", "Name")?;
        for c in rows {
            let word = match c.action {
                Action::Create => "create".to_string(),
                Action::Update => "update".to_string(),
                Action::NoChange => "no change".to_string(),
                Action::Destroy => format!("destroy ({})", c.kind.destroy_word()),
            };
            writeln!(out, "{} {:width$}  {word}", glyph(c.action), c.key)?;
            if details {
                for line in row_details(c, verbose) {
                    writeln!(out, "      {line}")?;
                }
            }
            for note in &c.notes {
                let note = note
                    .strip_prefix("! ")
                    .map(|n| format!("! {n}"))
                    .unwrap_or_else(|| format!("· {note}"));
                writeln!(out, "      {note}")?;
            }
        }
    }
    let mut parts = Vec::new();
    for (action, glyph, word) in [
        (Action::Create, '+', "to create"),
        (Action::Update, '~', "to update"),
        (Action::Destroy, '-', "to destroy"),
    ] {
        let n = plan.count(action);
        if n > 0 {
            parts.push(format!("{glyph} {n} {word}"));
        }
    }
    let same = plan.count(Action::NoChange);
    if same > 0 {
        parts.push(format!("{same} unchanged"));
    }
    writeln!(out, "\nResources  {}", parts.join(", "))?;
    for w in &plan.warnings {
        writeln!(out, "warning: {w}")?;
    }
    Ok(())
}
