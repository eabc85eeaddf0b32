//! `--format explore` in a real terminal (tmux) against a real `ant local serve`: the table of a
//! list loads pages as the reader scrolls, enter opens an item's tree, `r` shows raw JSON, `p`
//! prints the selection after the screen closes, `q` quits, and the terminal is given back
//! after a quit, a failed page and a signal. Off a terminal, reads print JSON.

mod common;

use common::tmux::{Tmux, tmux_missing};
use common::*;
use serde_json::{Value, json};

/// Creates `n` agents named `agent-00`, `agent-01`, ... in that order; returns their ids.
async fn create_agents(s: &Server, n: usize) -> Vec<String> {
    let mut ids = Vec::new();
    for i in 0..n {
        let body = json!({"name": format!("agent-{i:02}"), "model": "claude-sonnet-4-6"});
        let agent = s.ok("POST", "/v1/agents", Some(body)).await;
        ids.push(agent["id"].as_str().unwrap().to_string());
    }
    ids
}

/// `ant ARGS` in a 120x40 terminal with a clean environment. When it exits, the screen says
/// `explore exited: CODE`, then whether the terminal's settings are those it started with.
fn explore(s: &Server, dir: &tempfile::TempDir, args: &str) -> Tmux {
    let script = dir.path().join("explore.sh");
    std::fs::write(
        &script,
        format!(
            "saved=$(stty -g)\n\
             env -i PATH=\"$PATH\" TERM=\"$TERM\" ANTHROPIC_CONFIG_DIR={config} ANTHROPIC_BASE_URL={url} ANTHROPIC_API_KEY={KEY} {ANT} {args}\n\
             echo \"explore exited: $?\"\n\
             if [ \"$(stty -g)\" = \"$saved\" ]; then echo 'terminal restored'; else echo 'terminal left changed'; fi\n\
             sleep 600\n",
            config = dir.path().display(),
            url = s.base_url,
        ),
    )
    .unwrap();
    Tmux::start("ant-explore", (120, 40), &format!("sh {}", script.display())).expect("tmux runs")
}

/// A server holding `n` agents (see [`create_agents`]) and `ant ARGS` in a terminal against it;
/// `args` may name the agents' ids. `None` when tmux is not installed.
async fn agents_in_a_terminal(n: usize, args: impl FnOnce(&[String]) -> String) -> Option<Browsing> {
    if tmux_missing() {
        return None;
    }
    let s = Server::start(&[]);
    let ids = create_agents(&s, n).await;
    let dir = tempfile::tempdir().unwrap();
    let term = explore(&s, &dir, &args(&ids));
    Some(Browsing {
        term,
        s,
        ids,
        _dir: dir,
    })
}

/// Bind every field: one left out is dropped at once, and the server with it.
struct Browsing {
    term: Tmux,
    s: Server,
    ids: Vec<String>,
    _dir: tempfile::TempDir,
}

/// The screen once `ant` has exited with `code` and the script has checked the terminal.
fn exited(term: &Tmux, code: i32) -> String {
    let line = format!("explore exited: {code}");
    term.wait_until(&line, |s| {
        s.contains(&line) && (s.contains("terminal restored") || s.contains("terminal left changed"))
    })
}

/// The `N items` of the status line.
fn items_shown(screen: &str) -> usize {
    let line = screen
        .lines()
        .find(|l| l.contains(" items · "))
        .unwrap_or_else(|| panic!("no status line:\n{screen}"));
    line.split(' ').next().unwrap().parse().unwrap()
}

/// The first line of the screen, the browser's title.
fn title(screen: &str) -> &str {
    screen.lines().next().unwrap_or_default().trim_end()
}

/// The JSON printed before `explore exited:`.
fn printed_json(screen: &str) -> Value {
    let lines: Vec<&str> = screen.lines().collect();
    let end = lines.iter().position(|l| l.starts_with("explore exited:")).unwrap();
    let start = lines[..end]
        .iter()
        .position(|l| l.starts_with('{'))
        .unwrap_or_else(|| panic!("nothing printed:\n{screen}"));
    serde_json::from_str(&lines[start..end].join("\n")).unwrap_or_else(|e| panic!("{e}:\n{screen}"))
}

/// The screen once the first rows have filled it (the screen holds 35 rows) and loading stopped.
fn first_screenful(term: &Tmux) -> String {
    term.wait_until("a full first screen", |s| {
        s.contains("more below") && s.lines().any(|l| l.contains(" items · ")) && items_shown(s) >= 35
    })
}

#[tokio::test]
async fn a_list_loads_pages_as_the_reader_scrolls_and_p_prints_the_selected_item() {
    let Some(Browsing { term, s, ids, _dir }) = agents_in_a_terminal(60, |_| "agents list --limit 10".into()).await
    else {
        return;
    };
    let screen = first_screenful(&term);
    assert!(term.alternate_screen());
    assert_eq!(title(&screen), "beta:agents list");
    assert!(
        screen.contains("id  ") && screen.contains("name  ") && screen.contains("created_at"),
        "{screen}"
    );
    assert!(screen.contains("agent-59") && !screen.contains("agent-00"), "{screen}");
    std::thread::sleep(std::time::Duration::from_millis(300));
    let loaded = items_shown(&term.screen());
    assert!(
        loaded < 60,
        "pages load as the reader nears them, not all at once: {loaded}"
    );

    // The last row loaded is near the end: the rest of the pages come.
    term.send_keys("G");
    term.wait_for("60 items · all loaded");
    term.send_keys("G");
    term.wait_for("agent-00");

    term.send_keys("Enter");
    let screen = term.wait_for(r#"name: "agent-00""#);
    assert!(screen.contains(&format!("beta:agents list → {}", ids[0])), "{screen}");
    assert!(screen.contains(r#"▸ model: {id: "claude-sonnet-4-6""#), "{screen}");
    term.send_keys("r");
    let screen = term.wait_for(r#""name": "agent-00""#);
    assert!(
        screen.contains(&format!("beta:agents list → {} (JSON)", ids[0])),
        "{screen}"
    );
    term.send_keys("r");
    term.wait_for(r#"name: "agent-00""#);
    term.send_keys("Escape");
    term.wait_until("the table again", |s| {
        s.contains("id  ") && !s.contains(r#"name: "agent-00""#)
    });

    term.send_keys("p");
    let screen = exited(&term, 0);
    assert!(screen.contains("terminal restored"), "{screen}");
    assert!(!term.alternate_screen());
    let retrieved = s.ok("GET", &format!("/v1/agents/{}", ids[0]), None).await;
    assert_eq!(printed_json(&screen), retrieved);
}

#[tokio::test]
async fn a_retrieve_opens_its_tree_and_q_quits_printing_nothing() {
    let Some(Browsing { term, ids, s: _s, _dir }) =
        agents_in_a_terminal(1, |ids| format!("agents retrieve {}", ids[0])).await
    else {
        return;
    };
    let screen = term.wait_for("▸ model");
    assert_eq!(title(&screen), "beta:agents retrieve");
    assert!(screen.contains(&format!(r#"id: "{}""#, ids[0])), "{screen}");
    // The model opens in place.
    let model_row = screen.lines().position(|l| l.starts_with("▸ model")).unwrap();
    for _ in 1..model_row {
        term.send_keys("j");
    }
    term.send_keys("l");
    term.wait_for(r#"    id: "claude-sonnet-4-6""#);
    term.send_keys("q");
    let screen = exited(&term, 0);
    assert!(screen.contains("terminal restored"), "{screen}");
    assert!(!screen.contains("agent-00"), "q prints nothing:\n{screen}");
    assert!(!term.alternate_screen());
}

#[tokio::test]
async fn a_page_that_fails_shows_on_the_status_line_and_ends_the_command_with_its_error() {
    let Some(Browsing { term, mut s, _dir, .. }) =
        agents_in_a_terminal(60, |_| "agents list --limit 10 --max-retries 0".into()).await
    else {
        return;
    };
    first_screenful(&term);
    s.stop(true);
    term.send_keys("G");
    let screen = term.wait_for("error: cannot connect");
    assert!(items_shown(&screen) >= 35, "what was loaded stays:\n{screen}");
    term.send_keys("q");
    let screen = exited(&term, 1);
    assert!(screen.contains("ant: cannot connect to"), "{screen}");
    assert!(screen.contains("terminal restored"), "{screen}");
    assert!(!term.alternate_screen());
}

#[tokio::test]
async fn a_signal_gives_the_terminal_back() {
    let Some(Browsing { term, s: _s, _dir, .. }) = agents_in_a_terminal(3, |_| "agents list".into()).await else {
        return;
    };
    term.wait_for("3 items");
    let pid = descendant_running(term.shell_pid(), ANT).expect("ant runs in the terminal");
    unsafe { libc::kill(pid as i32, libc::SIGTERM) };
    let screen = exited(&term, 143);
    assert!(screen.contains("terminal restored"), "{screen}");
    assert!(!term.alternate_screen());
}

#[tokio::test]
async fn a_stream_in_explore_adds_events_as_they_happen() {
    if tmux_missing() {
        return;
    }
    let model = FakeModel::start();
    let s = Server::with_model(&model, "anthropic");
    let sid = s.session(&s.agent("hello", json!([])).await).await;
    let dir = tempfile::tempdir().unwrap();
    let term = explore(&s, &dir, &format!("stream {sid} --format explore --until-idle"));
    term.wait_for("0 items · following the stream");
    s.ok(
        "POST",
        &format!("/v1/sessions/{sid}/events"),
        Some(json!({"events": user_message("hi")})),
    )
    .await;
    let screen = term.wait_for("the session is idle (end_turn)");
    assert!(
        screen.contains("user.message") && screen.contains("Hello from the fake model."),
        "{screen}"
    );
    let history = s.history(&sid).await;
    assert_eq!(items_shown(&screen), history.len(), "{screen}");
    // The selection followed the stream to its last event.
    term.send_keys("p");
    let screen = exited(&term, 0);
    assert!(screen.contains("terminal restored"), "{screen}");
    assert_eq!(&printed_json(&screen), history.last().unwrap());
}

#[tokio::test]
async fn off_a_terminal_reads_print_json_and_only_an_explicit_explore_warns() {
    let s = Server::start(&[]);
    let ids = create_agents(&s, 12).await;
    let out = s.ant(&["agents", "list", "--limit", "5"]).run();
    assert_eq!((out.code, out.stderr.as_str()), (0, ""), "{}", out.stdout);
    let names: Vec<String> = serde_json::Deserializer::from_str(&out.stdout)
        .into_iter::<Value>()
        .map(|v| v.unwrap()["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names.len(), 12);
    assert_eq!((names[0].as_str(), names[11].as_str()), ("agent-11", "agent-00"));

    let out = s.ant(&["agents", "retrieve", &ids[0], "--format", "explore"]).run();
    assert_eq!(
        out.stderr,
        "Warning: Output format 'explore' not supported for non-terminal output; falling back to 'json'\n"
    );
    let agent: Value = serde_json::from_str(&out.ok()).unwrap();
    assert_eq!(agent["id"], ids[0]);
}

/// A process below `root` (its child, or a child's child) running `exe`.
fn descendant_running(root: u32, exe: &str) -> Option<u32> {
    let parent_of = |pid: u32| -> Option<u32> {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
        // The fields after the command name, which is in parentheses and may hold spaces.
        stat.rsplit_once(')')?.1.split_whitespace().nth(1)?.parse().ok()
    };
    let exe = std::path::Path::new(exe).canonicalize().ok()?;
    std::fs::read_dir("/proc").ok()?.find_map(|entry| {
        let pid: u32 = entry.ok()?.file_name().to_str()?.parse().ok()?;
        if std::fs::read_link(format!("/proc/{pid}/exe")).ok()? != exe {
            return None;
        }
        let parent = parent_of(pid)?;
        (parent == root || parent_of(parent) == Some(root)).then_some(pid)
    })
}
