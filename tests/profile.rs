//! `ant profile`: set, get, list and activate round trips in the official layout, which
//! credential wins (flag > variable > explicit profile > active_config > default) as a recording
//! API sees it, bad input in one line, and the commands typed in a real terminal.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use common::console::Console;
use common::tmux::{Tmux, tmux_missing};
use common::*;
use serde_json::{Value, json};

/// A hand-written profile holding an API key, pointed at `base_url`.
fn api_key_profile(dir: &Path, name: &str, key: &str, base_url: &str) {
    std::fs::create_dir_all(dir.join("configs")).unwrap();
    std::fs::create_dir_all(dir.join("credentials")).unwrap();
    std::fs::write(
        dir.join(format!("configs/{name}.json")),
        json!({"base_url": base_url}).to_string(),
    )
    .unwrap();
    let credentials = dir.join(format!("credentials/{name}.json"));
    std::fs::write(&credentials, json!({"api_key": key}).to_string()).unwrap();
    std::fs::set_permissions(&credentials, std::fs::Permissions::from_mode(0o600)).unwrap();
}

fn profile(config: &Path, args: &[&str]) -> Ant {
    Ant::new(args).env("ANTHROPIC_CONFIG_DIR", config)
}

#[test]
fn set_get_list_and_activate_round_trip() {
    let console = Console::start();
    let config = tempfile::tempdir().unwrap();
    let dir = config.path();
    api_key_profile(dir, "default", "key-default", "http://unused.invalid");
    api_key_profile(dir, "work", "key-work", "http://unused.invalid");

    assert_eq!(profile(dir, &["profile", "list"]).run().ok(), "* default\n  work\n");
    let out = profile(dir, &["profile", "activate", "work"]).run();
    assert_eq!(out.stderr, "✓ Active profile set to \"work\".\n");
    assert_eq!(std::fs::read_to_string(dir.join("active_config")).unwrap(), "work\n");
    assert_eq!(profile(dir, &["profile", "list"]).run().ok(), "  default\n* work\n");
    // --profile names the profile worked on, and the one list marks.
    assert_eq!(
        profile(dir, &["profile", "list", "--profile", "default"]).run().ok(),
        "* default\n  work\n"
    );

    let out = profile(dir, &["profile", "set", "base_url", &console.url]).run();
    assert_eq!(
        out.stderr,
        format!("✓ Set base_url={} on profile \"work\".\n", console.url)
    );
    profile(dir, &["profile", "set", "organization_id", "org-1"]).run().ok();
    profile(dir, &["profile", "set", "workspace_id", "wrkspc_1"]).run().ok();
    assert_eq!(
        profile(dir, &["profile", "get", "base_url"]).run().ok(),
        format!("{}\n", console.url)
    );
    assert_eq!(
        profile(dir, &["profile", "get", "workspace_id"]).run().ok(),
        "wrkspc_1\n"
    );
    assert_eq!(profile(dir, &["profile", "get", "scope"]).run().ok(), "\n");
    let whole: Value = serde_json::from_str(&profile(dir, &["profile", "get"]).run().ok()).unwrap();
    assert_eq!(
        whole,
        json!({"version": "1.0", "base_url": console.url, "organization_id": "org-1", "workspace_id": "wrkspc_1"})
    );
    assert_eq!(
        std::fs::metadata(dir.join("configs/work.json"))
            .unwrap()
            .permissions()
            .mode()
            & 0o777,
        0o644
    );

    // What was set is what requests use.
    let listed = profile(dir, &["agents", "list"]).run();
    assert_eq!(listed.code, 0, "{}", listed.stderr);
    let request = console.requests().pop().unwrap();
    assert_eq!(request.header("x-api-key").unwrap(), "key-work");
    assert_eq!(request.header("anthropic-workspace-id").unwrap(), "wrkspc_1");

    // Another organization's workspaces are other ones.
    let out = profile(dir, &["profile", "set", "organization_id", "org-2"]).run();
    assert!(out.stderr.contains("Cleared workspace_id"), "{}", out.stderr);
    assert_eq!(profile(dir, &["profile", "get", "workspace_id"]).run().ok(), "\n");
}

/// Who wins, as the API sees it: each case's environment and flags, and the credential header
/// the request carries.
#[test]
fn credential_precedence_flag_env_explicit_profile_active_default() {
    let console = Console::start();
    let config = tempfile::tempdir().unwrap();
    let dir = config.path();
    for name in ["default", "active", "named"] {
        api_key_profile(dir, name, &format!("key-{name}"), &console.url);
    }
    let sent = |args: &[&str], env: &[(&str, &str)]| {
        let mut all = vec!["agents", "list"];
        all.extend_from_slice(args);
        let mut ant = profile(dir, &all);
        for (k, v) in env {
            ant = ant.env(k, v);
        }
        let out = ant.run();
        assert_eq!(out.code, 0, "{args:?} {env:?}: {}", out.stderr);
        let request = console.requests().pop().unwrap();
        request
            .header("x-api-key")
            .map(|k| format!("x-api-key {k}"))
            .or_else(|| request.header("authorization"))
            .unwrap()
    };
    assert_eq!(sent(&[], &[]), "x-api-key key-default");
    profile(dir, &["profile", "activate", "active"]).run().ok();
    assert_eq!(sent(&[], &[]), "x-api-key key-active");
    assert_eq!(sent(&[], &[("ANTHROPIC_PROFILE", "named")]), "x-api-key key-named");
    assert_eq!(
        sent(&["--profile", "default"], &[("ANTHROPIC_PROFILE", "named")]),
        "x-api-key key-default"
    );
    let base = [("ANTHROPIC_BASE_URL", console.url.as_str())];
    let with = |extra: &[(&'static str, &'static str)]| [&base[..], extra].concat();
    assert_eq!(
        sent(&["--profile", "named"], &with(&[("ANTHROPIC_AUTH_TOKEN", "env-token")])),
        "Bearer env-token"
    );
    assert_eq!(
        sent(
            &["--profile", "named"],
            &with(&[("ANTHROPIC_AUTH_TOKEN", "env-token"), ("ANTHROPIC_API_KEY", "env-key")])
        ),
        "x-api-key env-key"
    );
    assert_eq!(
        sent(&["--api-key", "flag-key"], &with(&[("ANTHROPIC_API_KEY", "env-key")])),
        "x-api-key flag-key"
    );
    assert_eq!(
        sent(
            &["--auth-token", "flag-token"],
            &with(&[("ANTHROPIC_AUTH_TOKEN", "env-token")])
        ),
        "Bearer flag-token"
    );
}

#[test]
fn bad_profile_input_is_one_line() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path();
    api_key_profile(dir, "plain", "k", "http://127.0.0.1:9");
    let cases: &[(&[&str], &[&str])] = &[
        (
            &["profile", "activate", "nope"],
            &["profile \"nope\" doesn't exist", "run `ant auth login --profile nope`"],
        ),
        (&["profile", "activate", "../etc"], &["invalid profile name \"../etc\""]),
        (&["profile", "get"], &["profile \"default\" doesn't exist"]),
        (
            &["profile", "get", "colour", "--profile", "plain"],
            &["no such field \"colour\""],
        ),
        (
            &["profile", "set", "colour", "x", "--profile", "plain"],
            &["unsupported key \"colour\""],
        ),
        (
            &["profile", "set", "scope", "x", "--profile", "plain"],
            &["scope can only be set on user_oauth profiles"],
        ),
        (
            &["profile", "set", "base_url", "example.com", "--profile", "plain"],
            &["base_url \"example.com\" is missing a scheme"],
        ),
        (&["profile", "set", "base_url", "--profile", "plain"], &["VALUE"]),
        (
            &["agents", "list", "--profile", "nope"],
            &["profile \"nope\" not found"],
        ),
        (
            &["profile", "list", "--local"],
            &["--local: `ant profile` works on the profiles"],
        ),
    ];
    for (args, expected) in cases {
        let out = profile(dir, args).run();
        assert_one_line_error(&out, expected);
    }
    // A broken config names its line and column, and is left as it was.
    std::fs::write(dir.join("configs/plain.json"), "{\n  \"base_url\": ,\n}").unwrap();
    let out = profile(dir, &["profile", "set", "workspace_id", "w", "--profile", "plain"]).run();
    assert_one_line_error(&out, &["configs/plain.json: invalid JSON at line 2 column 15"]);
    assert_eq!(
        std::fs::read_to_string(dir.join("configs/plain.json")).unwrap(),
        "{\n  \"base_url\": ,\n}"
    );
}

#[test]
fn profile_commands_and_completion_in_a_terminal() {
    if tmux_missing() {
        return;
    }
    let console = Console::start();
    let config = tempfile::tempdir().unwrap();
    let dir = config.path();
    api_key_profile(dir, "default", "k-default", &console.url);
    api_key_profile(dir, "work", "k-work", &console.url);
    // A shell as a person has it: ant on the PATH, its completion loaded.
    let bin = Path::new(ANT).parent().unwrap();
    let command = format!(
        "env -i HOME={home} PATH={bin}:/usr/bin:/bin TERM=xterm ANTHROPIC_CONFIG_DIR={config} bash --norc --noprofile",
        home = dir.display(),
        bin = bin.display(),
        config = dir.display()
    );
    let tmux = Tmux::start("ant-profile", (200, 50), &command).expect("tmux runs");
    std::fs::write(dir.join("notes-for-completion.txt"), "notes").unwrap();
    tmux.type_line(&format!(
        "PS1='$ '; source <(ant @completion bash); cd {}; echo ready",
        dir.display()
    ));
    tmux.wait_for("ready");
    tmux.type_line("ant profile activate work && ant profile list");
    let screen = tmux.wait_for("* work");
    assert!(screen.contains("✓ Active profile set to \"work\"."), "{screen}");
    assert!(screen.contains("  default"), "{screen}");
    tmux.type_line("ant profile set workspace_id wrkspc_typed; ant profile get workspace_id");
    tmux.wait_for("✓ Set workspace_id=wrkspc_typed on profile \"work\".");
    tmux.wait_for("\nwrkspc_typed");

    // Tab completes a command, a colon group, and a session id from the API (the fake lists two).
    tmux.send_keys("C-u");
    tmux.type_keys("ant prof");
    tmux.send_keys("Tab");
    tmux.type_keys("ge");
    tmux.send_keys("Tab");
    tmux.send_keys("Enter");
    let screen = tmux.wait_for("\"workspace_id\": \"wrkspc_typed\"");
    assert!(screen.contains("ant profile get"), "{screen}");
    tmux.type_keys("ant beta:sessions retrieve --session-id sesn_completion_0");
    tmux.send_keys("Tab");
    tmux.send_keys("Tab");
    let screen = tmux.wait_for("sesn_completion_02");
    assert!(screen.contains("sesn_completion_01"), "{screen}");
    let listed = console.requests().pop().unwrap();
    assert_eq!(listed.path, "/v1/sessions");
    assert_eq!(listed.header("x-api-key").unwrap(), "k-work");

    // File names after @ and @file:// (which bash splits at '@' and ':').
    tmux.send_keys("C-u");
    tmux.type_keys("ant agents create --name @notes-for-c");
    tmux.send_keys("Tab");
    tmux.type_keys("--system @file://notes-for-c");
    tmux.send_keys("Tab");
    tmux.wait_for("--name @notes-for-completion.txt --system @file://notes-for-completion.txt");
}
