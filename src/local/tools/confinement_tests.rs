//! The kernel's backstop behind the file tools' path checks: each call runs
//! on a thread Landlock holds to the workspace (`Sandbox::run_files`). These
//! tests skip, with a note, where Landlock or every confining back end is
//! unavailable.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use super::{NetworkPolicy, SessionTools, ToolOutput, run_file_tool};
use crate::local::sandbox::{Extras, SandboxConfig, file_landlock, test_config, unconfined};

/// A workspace, a directory beside it holding a secret, and tools for the
/// workspace whose file tools run confined.
struct Setup {
    _root: tempfile::TempDir,
    root: PathBuf,
    ws: PathBuf,
    outside: PathBuf,
    tools: SessionTools,
}

fn setup() -> Option<Setup> {
    if let Err(why) = file_landlock() {
        eprintln!("note: skipping file tool confinement checks: {why}");
        return None;
    }
    let config = test_config();
    if config.name() == "none" {
        eprintln!("note: skipping file tool confinement checks: no confining back end works here");
        return None;
    }
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().canonicalize().unwrap();
    let ws = root.join("ws");
    let outside = root.join("outside");
    for dir in [&ws, &outside] {
        std::fs::create_dir(dir).unwrap();
    }
    std::fs::write(outside.join("secret.txt"), "outside-secret\n").unwrap();
    let tools = tools_for(&ws, config);
    Some(Setup {
        _root: tmp,
        root,
        ws,
        outside,
        tools,
    })
}

fn tools_for(ws: &Path, config: SandboxConfig) -> SessionTools {
    SessionTools::new(ws.to_path_buf(), NetworkPolicy::Unrestricted, vec![], config)
}

/// Runs `tool` through `tools`' confined executor with the path checks of a
/// workspace at `checked`, wider than the one the kernel allows: what a call
/// meets when bash swaps a checked directory for a symlink before the open.
async fn past_the_check(tools: &SessionTools, checked: &Path, tool: &'static str, input: Value) -> (String, bool) {
    let checked = checked.to_path_buf();
    let out = tools
        .sandbox
        .run_files(async move { run_file_tool(tool, &checked, &[], input.as_object().unwrap()).await })
        .await
        .unwrap()
        .unwrap_or_else(ToolOutput::error);
    (
        out.content[0]["text"].as_str().unwrap_or_default().to_string(),
        out.is_error,
    )
}

fn p(path: &Path) -> String {
    path.display().to_string()
}

#[tokio::test]
async fn a_path_that_passed_the_check_but_leads_outside_is_refused_by_the_kernel() {
    let Some(s) = setup() else { return };
    let secret = p(&s.outside.join("secret.txt"));
    let new = s.outside.join("new.txt");
    // Control, and what `--sandbox none` keeps: with only the path check in
    // the way, the read leaks.
    let none = tools_for(&s.ws, unconfined());
    assert_eq!(
        past_the_check(&none, &s.root, "read", json!({"file_path": secret})).await,
        ("outside-secret\n".into(), false)
    );

    let cases = [
        ("read", json!({"file_path": secret})),
        ("write", json!({"file_path": p(&new), "content": "x"})),
        (
            "edit",
            json!({"file_path": secret, "old_string": "outside", "new_string": "changed"}),
        ),
        ("glob", json!({"pattern": "*", "path": p(&s.outside)})),
        ("grep", json!({"pattern": "secret", "path": p(&s.outside)})),
    ];
    for (tool, input) in cases {
        let (out, is_error) = past_the_check(&s.tools, &s.root, tool, input).await;
        assert!(is_error, "{tool} not refused: {out}");
        assert!(out.contains("permission denied"), "{tool}: {out}");
        assert!(!out.contains("outside-secret"), "{tool} leaked: {out}");
    }
    assert!(!new.exists());
    assert_eq!(
        std::fs::read_to_string(s.outside.join("secret.txt")).unwrap(),
        "outside-secret\n"
    );
}

#[tokio::test]
async fn file_tools_work_inside_the_workspace_under_confinement() {
    let Some(s) = setup() else { return };
    let t = &s.tools;
    let call = |tool: &'static str, input: Value| async move { super::testing::call(t, tool, &input).await };
    assert_eq!(
        call("write", json!({"file_path": "d/f.txt", "content": "one two\n"})).await,
        ("wrote 8 bytes to d/f.txt".into(), false)
    );
    let (out, is_error) = call(
        "edit",
        json!({"file_path": "d/f.txt", "old_string": "two", "new_string": "three"}),
    )
    .await;
    assert!(!is_error, "{out}");
    assert_eq!(
        call("read", json!({"file_path": "d/f.txt"})).await,
        ("one three\n".into(), false)
    );
    assert_eq!(
        call("glob", json!({"pattern": "**/*.txt"})).await,
        ("d/f.txt".into(), false)
    );
    let (out, is_error) = call("grep", json!({"pattern": "three"})).await;
    assert!(!is_error && out.contains("d/f.txt"), "{out}");
    assert_eq!(std::fs::read_to_string(s.ws.join("d/f.txt")).unwrap(), "one three\n");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn threads_the_job_starts_are_confined_and_the_servers_are_not() {
    let Some(s) = setup() else { return };
    let secret = s.outside.join("secret.txt");
    let inner = secret.clone();
    let refused = s
        .tools
        .sandbox
        .run_files(async move {
            let blocking = {
                let secret = inner.clone();
                tokio::task::spawn_blocking(move || std::fs::read(secret))
                    .await
                    .unwrap()
            };
            let spawned = {
                let secret = inner.clone();
                std::thread::spawn(move || std::fs::read(secret)).join().unwrap()
            };
            let tokio_fs = tokio::fs::read(&inner).await;
            [blocking, spawned, tokio_fs].map(|r| r.unwrap_err().kind())
        })
        .await
        .unwrap();
    assert_eq!(refused, [std::io::ErrorKind::PermissionDenied; 3]);
    // The thread that awaited the call, and the runtime's other threads.
    assert_eq!(std::fs::read_to_string(&secret).unwrap(), "outside-secret\n");
    let elsewhere = tokio::task::spawn_blocking(move || std::fs::read_to_string(secret));
    assert_eq!(elsewhere.await.unwrap().unwrap(), "outside-secret\n");
}

#[tokio::test]
async fn read_only_extras_are_readable_and_nothing_more() {
    let Some(s) = setup() else { return };
    let tools = tools_for(&s.ws, test_config()).with_extras(Extras {
        read_only: vec![s.outside.clone()],
        env: vec![],
        mounts: vec![],
    });
    let secret = p(&s.outside.join("secret.txt"));
    let read = past_the_check(&tools, &s.root, "read", json!({"file_path": secret})).await;
    assert_eq!(read, ("outside-secret\n".into(), false));
    let (out, is_error) = past_the_check(
        &tools,
        &s.root,
        "write",
        json!({"file_path": secret, "content": "changed"}),
    )
    .await;
    assert!(is_error && out.contains("permission denied"), "{out}");
    // A directory next to the extras stays closed.
    std::fs::create_dir(s.root.join("other")).unwrap();
    let other = p(&s.root.join("other"));
    let (out, is_error) = past_the_check(&tools, &s.root, "glob", json!({"pattern": "*", "path": other})).await;
    assert!(is_error && out.contains("permission denied"), "{out}");
}
