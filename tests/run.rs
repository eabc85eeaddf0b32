//! `ant run`: the README's offline demo, end to end, exactly as the README's first line runs it.

mod common;

use common::*;

#[test]
fn the_readme_demo_runs_offline_and_writes_real_files() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let first = readme
        .lines()
        .find(|l| l.trim_start().starts_with("cargo run"))
        .unwrap();
    let command = first.split('#').next().unwrap().trim();
    let args = shell_words(
        command
            .strip_prefix("cargo run --release -- ")
            .expect("the demo command"),
    );
    let data = tempfile::tempdir().unwrap();
    // As a user of the official CLI runs it: with an Anthropic key exported, which is not the
    // local server's.
    let user_key = "sk-ant-user-secret";
    let out = Ant::new(&args.iter().map(String::as_str).collect::<Vec<_>>())
        .current_dir(root)
        .env("ANT_LOCAL_DATA_DIR", data.path())
        .env("ANTHROPIC_API_KEY", user_key)
        .run();
    assert_eq!(out.code, 0, "{}\n{}", out.stdout, out.stderr);
    assert!(out.stdout.contains("▸ write: hello.sh (83 bytes)"), "{}", out.stdout);
    assert!(out.stdout.contains("— idle: end_turn"), "{}", out.stdout);
    let workspace = out
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix("· workspace: "))
        .expect("the workspace is named");
    assert!(workspace.starts_with(data.path().to_str().unwrap()));
    let ws = std::path::Path::new(workspace);
    assert!(
        std::fs::read_to_string(ws.join("hello.sh"))
            .unwrap()
            .contains("hello from the demo agent")
    );
    assert!(
        std::fs::read_to_string(ws.join("notes/README.md"))
            .unwrap()
            .starts_with("# Demo notes")
    );
    assert_eq!(
        std::fs::read_to_string(ws.join("output.txt")).unwrap(),
        "hello from the demo agent\nstep 1\nstep 2\nstep 3\n",
        "the script ran for real"
    );
    // The history hint, run as printed, reaches the same (local) server: it starts it again.
    let hint = out
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix("· history:"))
        .expect("the history is named");
    let mut words = shell_words(hint);
    assert_eq!(words.remove(0), "ant", "{hint}");
    words.extend(["--transform", "type", "-r"].map(String::from));
    let listed = Ant::new(&words.iter().map(String::as_str).collect::<Vec<_>>())
        .env("ANT_LOCAL_DATA_DIR", data.path())
        .env("ANTHROPIC_API_KEY", user_key)
        .env("RUST_LOG", "warn")
        .run();
    if let Some(pid) = background_server_pid(data.path()) {
        unsafe { libc::kill(pid, libc::SIGTERM) };
    }
    let listed = listed.ok();
    assert!(
        listed.starts_with("user.message\n") && listed.ends_with("session.status_idle\n"),
        "{listed}"
    );
}

#[test]
fn every_template_agent_starts_a_session() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let replay = root.join("templates/demo/replay.jsonl");
    for entry in std::fs::read_dir(root.join("templates/agents")).unwrap() {
        let file = entry.unwrap().path();
        let data = tempfile::tempdir().unwrap();
        let out = Ant::new(&[
            "run",
            file.to_str().unwrap(),
            "say hello",
            "--local",
            "--replay",
            replay.to_str().unwrap(),
        ])
        .env("ANT_LOCAL_DATA_DIR", data.path())
        .run();
        // The replayed turn writes and runs a script: a template whose bash asks first stops there
        // for approval (exit 2, as with --until-idle); the others finish the turn (exit 0).
        let asks = std::fs::read_to_string(&file).unwrap().contains("always_ask");
        assert_eq!(
            out.code,
            if asks { 2 } else { 0 },
            "{}: {}\n{}",
            file.display(),
            out.stdout,
            out.stderr
        );
        assert!(out.stdout.contains("· history:"), "{}: {}", file.display(), out.stdout);
    }
}

/// `ant ARGS` in `dir`, with no server to reach, exits 1; returns its stderr.
fn refused(dir: &std::path::Path, args: &[&str]) -> String {
    let out = Ant::new(args)
        .current_dir(dir)
        .env("ANTHROPIC_BASE_URL", "http://127.0.0.1:9")
        .run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    out.stderr.trim().to_string()
}

#[test]
fn replay_without_local_is_refused_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(
        refused(dir.path(), &["run", "agent_01x", "task", "--replay", "r.jsonl"]),
        "ant: --replay needs --local: it configures the local server"
    );
}

#[test]
fn a_broken_or_missing_agent_file_is_one_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("agent.yaml"), "name: x\nmodel: [\n").unwrap();
    assert_eq!(
        refused(dir.path(), &["run", "agent.yaml", "task"]),
        "ant: agent.yaml: line 2, column 8: unclosed bracket '['"
    );
    assert_eq!(
        refused(dir.path(), &["run", "agents/missing.yaml", "task"]),
        "ant: agents/missing.yaml: no such file (AGENT is an agent file or an agent id)"
    );
}

/// Splits a command line on spaces, keeping double-quoted words whole.
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ' ' if !quoted => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
            _ => word.push(c),
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// Ctrl-C (SIGINT) during `ant run` interrupts the agent's turn, not only the view, and exits 130.
#[tokio::test]
async fn ctrl_c_interrupts_the_running_turn() {
    let model = FakeModel::start();
    let s = Server::with_model(&model, "anthropic");
    let agent = s.agent("sleep", toolset()).await;
    let mut child = s.ant(&["run", &agent, "nap"]).spawn();
    let started = std::time::Instant::now();
    let sid = loop {
        let sessions = s.ok("GET", "/v1/sessions", None).await;
        if let Some(sid) = sessions["data"][0]["id"].as_str()
            && types(&s.history(sid).await).contains(&"agent.tool_use")
        {
            break sid.to_string();
        }
        assert!(started.elapsed().as_secs() < 20, "the turn never reached its tool call");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    };
    // SAFETY: a signal to our own child.
    assert_eq!(unsafe { libc::kill(child.id() as i32, libc::SIGINT) }, 0);
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(130));
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
    assert!(stderr.contains(&format!("ant: interrupted session {sid}")), "{stderr}");
    let history = s.history(&sid).await;
    assert!(types(&history).contains(&"user.interrupt"), "{history:?}");
}
