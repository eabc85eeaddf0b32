//! Dynamic shell completion as the official CLI does it: `ant @completion SHELL` prints a script
//! that asks `COMPLETION_STYLE=SHELL ant __complete -- WORDS... CURRENT` for candidates, one per
//! line (`name:help` for zsh, `name<TAB>help` for fish, bare otherwise), exiting 0 (use them),
//! 10 (complete file names) or 11 (nothing to offer). Beyond the official: a flag's listed
//! values, and resource ids (`--session-id`, a positional `AGENT_ID`) fetched from the API with
//! the line's own credentials, quickly and silently on any error.

use std::time::Duration;

use clap::{Arg, ArgMatches, Command};

use super::resources::{self, events};
use super::spec::{Action, Resource, Shape};
use crate::client::{Client, Request};

/// The shells `@completion` has scripts for, as the official names them.
const SHELLS: [&str; 4] = ["bash", "zsh", "fish", "pwsh"];
/// The longest a completion waits for the API.
const LOOKUP_TIMEOUT: Duration = Duration::from_secs(2);
/// How many ids a completion offers.
const MAX_IDS: &str = "100";

pub fn completion_command() -> Command {
    Command::new("@completion")
        .hide(true)
        .about("Print a dynamic completion script (bash, zsh, fish, pwsh)")
        .arg(Arg::new("shell").num_args(0..=1))
}

pub fn complete_command() -> Command {
    Command::new("__complete").hide(true).disable_help_flag(true).arg(
        Arg::new("words")
            .num_args(0..)
            .trailing_var_arg(true)
            .allow_hyphen_values(true),
    )
}

/// `ant @completion SHELL`.
pub fn print_script(m: &ArgMatches) -> anyhow::Result<i32> {
    let shells = format!("[{}]", SHELLS.join(" "));
    let script = match m.get_one::<String>("shell").map(String::as_str) {
        None => anyhow::bail!("no shell provided for completion command. available shells are {shells}"),
        Some("bash") => include_str!("complete/ant.bash"),
        Some("zsh") => include_str!("complete/ant.zsh"),
        Some("fish") => include_str!("complete/ant.fish"),
        Some("pwsh") => include_str!("complete/ant.ps1"),
        Some(other) => anyhow::bail!("unknown shell {other}, available shells are {shells}"),
    };
    print!("{script}");
    Ok(0)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Bash,
    Zsh,
    Fish,
    Pwsh,
}

/// What the shell does with the answer; the exit code says it.
#[derive(Debug, PartialEq, Eq)]
enum Answer {
    Candidates(Vec<Candidate>),
    Files,
    Nothing,
}

#[derive(Debug, PartialEq, Eq)]
struct Candidate {
    name: String,
    help: String,
}

/// `ant __complete -- WORDS... CURRENT`.
pub async fn run(m: &ArgMatches) -> i32 {
    let style = match std::env::var("COMPLETION_STYLE").as_deref() {
        Ok("bash") => Style::Bash,
        Ok("zsh") => Style::Zsh,
        Ok("fish") => Style::Fish,
        Ok("pwsh") => Style::Pwsh,
        _ => {
            eprintln!("ant: COMPLETION_STYLE must be set to 'bash', 'zsh', 'pwsh', or 'fish'");
            return 1;
        }
    };
    let mut words: Vec<String> = m.get_many::<String>("words").into_iter().flatten().cloned().collect();
    if words.first().is_some_and(|w| w == "--") {
        words.remove(0);
    }
    let words = rejoin_colons(words);
    let (current, preceding) = match words.split_last() {
        Some((current, preceding)) => (current.clone(), preceding.to_vec()),
        None => (String::new(), Vec::new()),
    };
    // Only the families the line names get their actions built: a Tab stays as quick with 30
    // families as with a few.
    let named: Vec<&str> = preceding
        .iter()
        .filter_map(|w| resources::find(w))
        .map(|r| r.name)
        .collect();
    let mut root = super::command().mut_subcommands(|sub| {
        if resources::find(sub.get_name()).is_some() && !named.contains(&sub.get_name()) {
            sub.defer(std::convert::identity)
        } else {
            sub
        }
    });
    root.build();
    let walk = walk(&root, &preceding);
    let answer = match walk.value_of {
        Some(arg) => value_answer(arg, &current, &preceding).await,
        None => {
            let mut candidates = names(walk.command, &current);
            if !current.starts_with('-')
                && let Some(flag) = walk.action.and_then(|a| a.positional()).map(|p| p.flag)
            {
                candidates.extend(ids(flag, &current, &preceding).await.unwrap_or_default());
            }
            Answer::Candidates(collapse(candidates, &current, style))
        }
    };
    match answer {
        Answer::Candidates(candidates) => {
            let out: String = candidates.iter().map(|c| render(c, style) + "\n").collect();
            // A shell that stopped reading wants nothing more.
            let _ = std::io::Write::write_all(&mut std::io::stdout(), out.as_bytes());
            0
        }
        Answer::Files => 10,
        Answer::Nothing => 11,
    }
}

/// Where the words before the current one lead: the command, the resource action if it is
/// one, and the flag whose value the current word is.
struct Walk<'a> {
    command: &'a Command,
    action: Option<&'static Action>,
    value_of: Option<&'a Arg>,
}

fn walk<'a>(root: &'a Command, preceding: &[String]) -> Walk<'a> {
    let mut command = root;
    let mut path: Vec<&str> = Vec::new();
    let mut value_of = None;
    let mut words = preceding.iter().peekable();
    while let Some(word) = words.next() {
        value_of = None;
        if let Some(flag) = word.strip_prefix('-').filter(|f| !f.is_empty()) {
            let (name, inline) = match flag.trim_start_matches('-').split_once('=') {
                Some((name, _)) => (name, true),
                None => (flag.trim_start_matches('-'), false),
            };
            let arg = command
                .get_arguments()
                .find(|a| a.get_long() == Some(name) || (name.len() == 1 && a.get_short() == name.chars().next()));
            // A flag that takes the next word: the current word, when that is the next one.
            if let Some(arg) = arg
                && arg.get_action().takes_values()
                && !arg.is_require_equals_set()
                && !inline
                && words.next().is_none()
            {
                value_of = Some(arg);
            }
        } else if let Some(sub) = command
            .get_subcommands()
            .find(|s| !s.is_hide_set() && (s.get_name() == word || s.get_all_aliases().any(|a| a == word)))
        {
            command = sub;
            path.push(sub.get_name());
        }
    }
    Walk {
        command,
        action: action(&path),
        value_of,
    }
}

/// The resource action a command path names, e.g. `beta:sessions retrieve` or `stream`.
fn action(path: &[&str]) -> Option<&'static Action> {
    match path {
        ["stream"] => Some(&events::STREAM),
        [resource, action] => resources::find(resource)?.actions.iter().find(|a| a.name == *action),
        _ => None,
    }
}

/// Flags (for a word starting with `-`) or subcommands of `command` that start with `current`.
fn names(command: &Command, current: &str) -> Vec<Candidate> {
    let help = |h: Option<&clap::builder::StyledStr>| h.map(|s| s.to_string()).unwrap_or_default();
    if current.starts_with('-') {
        return command
            .get_arguments()
            .filter(|a| !a.is_hide_set())
            .flat_map(|a| {
                let long = a.get_long().map(|l| format!("--{l}"));
                let short = a.get_short().map(|s| format!("-{s}"));
                long.into_iter().chain(short).map(move |name| Candidate {
                    name,
                    help: help(a.get_help()),
                })
            })
            .filter(|c| c.name.starts_with(current))
            .collect();
    }
    command
        .get_subcommands()
        .filter(|s| !s.is_hide_set())
        .flat_map(|s| {
            std::iter::once(s.get_name())
                .chain(s.get_visible_aliases())
                .map(move |name| Candidate {
                    name: name.to_string(),
                    help: help(s.get_about()),
                })
        })
        .filter(|c| c.name.starts_with(current))
        .collect()
}

/// The current word is `arg`'s value: its listed values, resource ids, file names, or nothing.
async fn value_answer(arg: &Arg, current: &str, preceding: &[String]) -> Answer {
    let listed: Vec<Candidate> = arg
        .get_possible_values()
        .into_iter()
        .filter(|v| !v.is_hide_set() && v.get_name().starts_with(current))
        .map(|v| Candidate {
            name: v.get_name().to_string(),
            help: v.get_help().map(|h| h.to_string()).unwrap_or_default(),
        })
        .collect();
    if !listed.is_empty() {
        return Answer::Candidates(listed);
    }
    if let Some(ids) = ids(arg.get_id().as_str(), current, preceding).await {
        return Answer::Candidates(ids);
    }
    use clap::ValueHint::{AnyPath, DirPath, ExecutablePath, FilePath};
    match arg.get_value_hint() {
        AnyPath | FilePath | DirPath | ExecutablePath => Answer::Files,
        _ => Answer::Nothing,
    }
}

/// The list request that names the ids a flag takes (`--session-id` is what `GET /v1/sessions`
/// lists), and its family. None for flags that are not such ids.
fn id_list(flag: &str) -> Option<(Request, &'static Resource)> {
    let resource = resources::ALL
        .into_iter()
        .find(|r| r.actions.iter().any(|a| a.positional().is_some_and(|p| p.flag == flag)))?;
    let list = resource
        .actions
        .iter()
        .find(|a| matches!(a.shape, Shape::List(_)) && !a.path.contains('{'))?;
    let request = Request {
        method: reqwest::Method::GET,
        path: list.path.to_string(),
        query: vec![("limit".into(), MAX_IDS.into())],
        body: None,
        betas: Vec::new(),
    };
    Some((request, resource))
}

/// The ids `flag` takes that start with `current`, from the API with the line's connection
/// settings; None when the flag takes no such ids or anything fails.
async fn ids(flag: &str, current: &str, preceding: &[String]) -> Option<Vec<Candidate>> {
    let (request, resource) = id_list(flag)?;
    let line = std::iter::once("ant".to_string()).chain(preceding.iter().cloned());
    let matches = super::command().ignore_errors(true).try_get_matches_from(line).ok()?;
    // Completing never starts a local server.
    if matches.get_flag("local") {
        return None;
    }
    let fetch = async {
        let settings = super::settings(&matches).await.ok()?;
        let client = Client::new(settings, 0, false)
            .ok()?
            .for_family(resource.default_beta(), resource.beta_query());
        client.send(&request).await.ok()
    };
    let page = tokio::time::timeout(LOOKUP_TIMEOUT, fetch).await.ok()??;
    Some(
        gjson::get(&page, "data")
            .array()
            .iter()
            .map(|item| Candidate {
                name: item.get("id").to_string(),
                help: ["name", "title"]
                    .iter()
                    .map(|k| item.get(k))
                    .find(|v| v.kind() == gjson::Kind::String)
                    .map(|v| v.to_string())
                    .unwrap_or_default(),
            })
            .filter(|c| !c.name.is_empty() && c.name.starts_with(current))
            .collect(),
    )
}

/// Until the current word holds a `:`, `beta:agents` and its kin show as one `beta`; bash, which
/// splits words at `:`, gets only what follows the current word's last colon.
fn collapse(candidates: Vec<Candidate>, current: &str, style: Style) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    for mut c in candidates {
        if let Some(colon) = current.rfind(':') {
            if style == Style::Bash {
                c.name = c.name.get(colon + 1..).unwrap_or_default().to_string();
            }
        } else if let Some((group, _)) = c.name.split_once(':') {
            c = Candidate {
                name: group.to_string(),
                help: String::new(),
            };
        }
        if !out.iter().any(|o| o.name == c.name) {
            out.push(c);
        }
    }
    out
}

fn render(c: &Candidate, style: Style) -> String {
    let help = c.help.lines().next().unwrap_or("");
    match style {
        Style::Zsh if !help.is_empty() => format!("{}:{help}", c.name.replace(':', "\\:")),
        Style::Zsh => c.name.replace(':', "\\:"),
        Style::Fish if !help.is_empty() => format!("{}\t{help}", c.name),
        _ => c.name.clone(),
    }
}

/// Shells that split words at `:` hand `beta:agents` over as `beta`, `:`, `agents`: joined again.
fn rejoin_colons(words: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut glue = false;
    for word in words {
        match out.last_mut() {
            Some(last) if word == ":" => {
                last.push(':');
                glue = true;
            }
            Some(last) if glue => {
                last.push_str(&word);
                glue = false;
            }
            _ => out.push(word),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn words_split_at_colons_are_joined_again() {
        assert_eq!(
            rejoin_colons(strings(&["a", "b", ":", "c", "d"])),
            strings(&["a", "b:c", "d"])
        );
        assert_eq!(
            rejoin_colons(strings(&["beta", ":", "sessions", ":", "ev"])),
            strings(&["beta:sessions:ev"])
        );
        assert_eq!(rejoin_colons(strings(&["beta", ":", ""])), strings(&["beta:"]));
        assert_eq!(rejoin_colons(strings(&["x", ""])), strings(&["x", ""]));
    }

    #[test]
    fn colon_groups_collapse_until_a_colon_is_typed() {
        let c = |name: &str| Candidate {
            name: name.into(),
            help: "h".into(),
        };
        let all = || vec![c("beta:agents"), c("beta:sessions"), c("auth")];
        let names = |v: Vec<Candidate>| v.into_iter().map(|c| c.name).collect::<Vec<_>>();
        assert_eq!(names(collapse(all(), "", Style::Zsh)), ["beta", "auth"]);
        assert_eq!(
            names(collapse(all(), "beta:", Style::Zsh)),
            ["beta:agents", "beta:sessions", "auth"]
        );
        assert_eq!(
            names(collapse(vec![c("beta:agents")], "beta:a", Style::Bash)),
            ["agents"]
        );
        assert_eq!(render(&c("beta:agents"), Style::Zsh), "beta\\:agents:h");
        assert_eq!(render(&c("x"), Style::Fish), "x\th");
    }

    #[test]
    fn id_flags_map_to_their_list() {
        assert_eq!(id_list("session-id").unwrap().0.path, "/v1/sessions");
        assert_eq!(id_list("agent-id").unwrap().0.path, "/v1/agents");
        assert_eq!(id_list("environment-id").unwrap().0.path, "/v1/environments");
        let (files, family) = id_list("file-id").unwrap();
        assert_eq!(
            (files.path.as_str(), family.default_beta()),
            ("/v1/files", Some("files-api-2025-04-14"))
        );
        assert!(id_list("name").is_none());
    }
}
