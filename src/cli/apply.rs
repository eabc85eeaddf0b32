//! `ant apply` (templates → server, with a lockfile) and `ant validate` (templates, offline).

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

use clap::{Arg, ArgAction, ArgMatches, Command};
use serde_json::Value;

use crate::client::Client;
use crate::template::lock::{Lockfile, Origin};
use crate::template::plan::{self, Action, Plan};
use crate::template::{Kind, load};

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
    let counts: Vec<String> = [Kind::Agent, Kind::Environment, Kind::MemoryStore, Kind::Vault]
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
    load::check_fields(r)?;
    let mut body = r.body.clone();
    if let Some(agents) = body.pointer_mut("/multiagent/agents").and_then(Value::as_array_mut) {
        for x in &r.refs {
            agents[x.index] =
                serde_json::json!({"type": "agent", "id": "agent_011CZkYpogX7uDKUyvBTophP", "version": 1});
        }
    }
    use crate::api::{agents, environments, memory_stores, vaults};
    let result = match r.kind {
        Kind::Agent => created(body, agents::Agent::create),
        Kind::Environment => created(body, environments::Environment::create),
        Kind::Vault => created(body, vaults::Vault::create),
        Kind::MemoryStore => created(body, memory_stores::MemoryStore::create),
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

pub async fn apply(m: &ArgMatches, client: Client, base_url: String, workspace: Option<String>) -> anyhow::Result<i32> {
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
        paths = lock
            .entries
            .keys()
            .map(|k| lock_dir.join(k))
            .filter(|p| p.exists())
            .collect();
        if paths.is_empty() {
            anyhow::bail!("nothing to apply: name files or directories (e.g. `ant apply templates/`)");
        }
    }
    check_origin(&lock, &base_url, workspace.as_deref())?;
    let resources = load::load(&paths, &lock_dir)?;
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
    }
    render_plan(&mut out, &plan, verbose)?;
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
    if !m.get_flag("yes") {
        if !std::io::stdin().is_terminal() {
            drop(out);
            anyhow::bail!(
                "cannot ask for confirmation without a terminal; re-run with --yes to apply, or --dry-run to see the plan only"
            );
        }
        write!(out, "\nApply these changes? (y)es / (n)o ")?;
        out.flush()?;
        let mut answer = String::new();
        std::io::stdin().lock().read_line(&mut answer)?;
        if !answer.trim().eq_ignore_ascii_case("y") && !answer.trim().eq_ignore_ascii_case("yes") {
            writeln!(out, "Nothing was applied.")?;
            return Ok(0);
        }
    }
    lock.origin.get_or_insert_with(|| Origin {
        base_url: Some(base_url.trim_end_matches('/').to_string()),
        organization_id: None,
        workspace_id: workspace.clone(),
    });
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

/// Refuses a lockfile recorded for another server or workspace: its ids mean nothing there.
fn check_origin(lock: &Lockfile, base_url: &str, workspace: Option<&str>) -> anyhow::Result<()> {
    let Some(origin) = &lock.origin else { return Ok(()) };
    if let Some(recorded) = &origin.base_url
        && recorded.trim_end_matches('/') != base_url.trim_end_matches('/')
    {
        anyhow::bail!(
            "{}: recorded for {recorded}, but the credentials point at {base_url}; use the matching --base-url or profile, or --lock-file for a separate lockfile",
            shown(lock)
        );
    }
    if let (Some(recorded), Some(now)) = (&origin.workspace_id, workspace)
        && recorded != now
    {
        anyhow::bail!(
            "{}: recorded for workspace {recorded}, but the credentials use workspace {now}",
            shown(lock)
        );
    }
    Ok(())
}

fn glyph(action: Action) -> char {
    match action {
        Action::Create => '+',
        Action::Update => '~',
        Action::Destroy => '-',
        Action::NoChange => ' ',
    }
}

fn render_plan(out: &mut impl Write, plan: &Plan, verbose: bool) -> std::io::Result<()> {
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
                Action::Create => "create",
                Action::Update => "update",
                Action::NoChange => "no change",
                Action::Destroy => "destroy (archive)",
            };
            writeln!(out, "{} {:width$}  {word}", glyph(c.action), c.key)?;
            for line in &c.diff {
                writeln!(out, "      {line}")?;
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
        (Action::Destroy, '-', "to archive"),
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
