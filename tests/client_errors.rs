//! Errors and connection settings: the official error form, a table of bad input (one line,
//! exit 1), `--debug` redaction, profile precedence and `--local`.

mod common;

use common::{Ant, KEY, Server, assert_one_line_error, background_server_pid};

#[test]
fn api_error_prints_status_on_stderr_and_body_on_stdout() {
    let s = Server::start(&[]);
    let out = s.ant(&["beta:agents", "retrieve", "agent_nope"]).run();
    assert_eq!(out.code, 1);
    assert_eq!(
        out.stderr,
        format!("GET \"{}/v1/agents/agent_nope?beta=true\": 404 Not Found\n", s.base_url)
    );
    let body: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(body["type"], "error");
    assert_eq!(body["error"]["type"], "not_found_error");

    let out = s
        .ant(&[
            "agents",
            "retrieve",
            "agent_nope",
            "--transform-error",
            "error.message",
            "--format-error",
            "yaml",
        ])
        .run();
    assert_eq!(out.code, 1);
    assert_eq!(out.stdout, "agent agent_nope not found\n");
}

#[test]
fn bad_input_gives_one_line_naming_the_problem() {
    let s = Server::start(&[]);
    let missing = s.path("missing.txt");
    let missing = missing.to_str().unwrap();
    let cases: Vec<(Vec<&str>, Vec<&str>)> = vec![
        (
            vec!["beta:agent", "list"],
            vec!["'beta:agent'", "Did you mean 'ant beta:agents'?"],
        ),
        (
            vec!["agents", "lst"],
            vec!["'lst'", "Did you mean 'ant beta:agents list'?"],
        ),
        (
            vec!["agents", "create", "--nmae", "x"],
            vec!["'--nmae'", "Did you mean '--name'?"],
        ),
        (
            vec!["agents", "create", "--model", "claude-sonnet-4-6"],
            vec!["Required flag \"name\" not set", "ant beta:agents create --help"],
        ),
        (vec!["agents", "create"], vec!["Required flags \"model, name\" not set"]),
        (
            vec!["agents", "create", "--name", "x", "--model", "{id: [claude"],
            vec!["--model: invalid YAML at line 1, column"],
        ),
        (
            vec!["agents", "create", "--name", "x", "--metadata", "plain"],
            vec!["--metadata: expected a YAML/JSON mapping"],
        ),
        (
            vec!["agents", "retrieve", "--version", "two", "a"],
            vec!["--version: \"two\" is not an integer"],
        ),
        (
            vec!["agents", "retrieve", "a", "b"],
            vec!["Unexpected extra arguments: [a b]"],
        ),
    ];
    for (args, expected) in cases {
        let out = s.ant(&args).run();
        assert_one_line_error(&out, &expected);
    }
    let at = format!("@{missing}");
    let out = s
        .ant(&["agents", "create", "--name", "x", "--model", "m", "--system", &at])
        .run();
    assert_one_line_error(&out, &["--system: cannot read", missing]);

    let out = s.ant(&["agents", "create"]).stdin("name: [x\n").run();
    assert_one_line_error(&out, &["Failed to parse piped data as YAML/JSON: line 1, column"]);
}

#[test]
fn connection_problems_name_the_fix() {
    let out = Ant::new(&["agents", "list", "--base-url", "localhost:4480"]).run();
    assert_one_line_error(
        &out,
        &["--base-url \"localhost:4480\" is missing a scheme (expected http:// or https://)"],
    );
    let out = Ant::new(&["agents", "list"]).env("ANTHROPIC_BASE_URL", "nowhere").run();
    assert_one_line_error(&out, &["ANTHROPIC_BASE_URL \"nowhere\" is missing a scheme"]);

    // Port 9 (discard) is closed on loopback.
    let out = Ant::new(&[
        "agents",
        "list",
        "--base-url",
        "http://127.0.0.1:9",
        "--max-retries",
        "0",
    ])
    .run();
    assert_one_line_error(
        &out,
        &["cannot connect to http://127.0.0.1:9", "ant local serve", "--base-url"],
    );
}

#[test]
fn unauthorized_names_the_credential_not_its_value() {
    let s = Server::start(&[]);
    let out = Ant::new(&["agents", "list"])
        .env("ANTHROPIC_BASE_URL", &s.base_url)
        .env("ANTHROPIC_API_KEY", "wrong-secret-value")
        .run();
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains(": 401 Unauthorized\n"), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("hint: the server refused the credential from ANTHROPIC_API_KEY")
    );
    assert!(!out.stderr.contains("wrong-secret-value") && !out.stdout.contains("wrong-secret-value"));

    let out = Ant::new(&["agents", "list", "--base-url", &s.base_url]).run();
    assert!(out.stderr.contains("hint: no credential was sent"), "{}", out.stderr);
}

#[test]
fn debug_dumps_requests_without_secrets() {
    let s = Server::start(&[]);
    let out = s
        .ant(&["--debug", "agents", "create", "--name", KEY, "--model", "m"])
        .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("Request Content:\nPOST "), "{}", out.stderr);
    assert!(out.stderr.contains("x-api-key: <REDACTED>"), "{}", out.stderr);
    assert!(out.stderr.contains("anthropic-beta: managed-agents-2026-04-01"));
    assert!(out.stderr.contains("anthropic-version: 2023-06-01"));
    assert!(out.stderr.contains("Response Content:"));
    // The key is redacted even where a body repeats it.
    assert!(!out.stderr.contains(KEY), "{}", out.stderr);

    let beta = s
        .ant(&["--debug", "agents", "list", "--beta", "x-1", "--beta", "x-2"])
        .run();
    assert!(
        beta.stderr.contains("anthropic-beta: x-1\nanthropic-beta: x-2\n"),
        "{}",
        beta.stderr
    );
    assert!(!beta.stderr.contains("managed-agents-2026-04-01"));
}

/// Writes a profile in the official layout.
fn write_profile(dir: &std::path::Path, name: &str, key: &str, base_url: &str) {
    std::fs::create_dir_all(dir.join("configs")).unwrap();
    std::fs::create_dir_all(dir.join("credentials")).unwrap();
    std::fs::write(
        dir.join("configs").join(format!("{name}.json")),
        serde_json::json!({"base_url": base_url}).to_string(),
    )
    .unwrap();
    let credentials = dir.join("credentials").join(format!("{name}.json"));
    std::fs::write(
        &credentials,
        serde_json::json!({"type": "api_key", "api_key": key}).to_string(),
    )
    .unwrap();
    std::fs::set_permissions(&credentials, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
}

#[test]
fn profile_precedence() {
    let s = Server::start(&[]);
    let config = tempfile::tempdir().unwrap();
    write_profile(config.path(), "default", "bad-key", &s.base_url);
    write_profile(config.path(), "work", KEY, &s.base_url);
    let run = |args: &[&str], env: &[(&str, &str)]| {
        let mut ant = Ant::new(args).env("ANTHROPIC_CONFIG_DIR", config.path());
        for (k, v) in env {
            ant = ant.env(k, v);
        }
        ant.run()
    };
    // The implicit profile is `default` (its base URL is used, and its key is refused).
    assert_eq!(run(&["agents", "list"], &[]).code, 1);
    // active_config names the implicit profile.
    std::fs::write(config.path().join("active_config"), "work\n").unwrap();
    assert_eq!(run(&["agents", "list"], &[]).code, 0);
    // An explicit profile beats the active one, by flag or by variable.
    assert_eq!(run(&["agents", "list", "--profile", "default"], &[]).code, 1);
    assert_eq!(run(&["agents", "list"], &[("ANTHROPIC_PROFILE", "default")]).code, 1);
    // ANTHROPIC_API_KEY beats any profile, and a note names both sources.
    let out = run(
        &["agents", "list", "--profile", "default"],
        &[("ANTHROPIC_API_KEY", KEY)],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.stderr,
        "Note: multiple auth sources configured (ANTHROPIC_API_KEY, profile \"default\"); using ANTHROPIC_API_KEY per precedence. Run `ant auth status` for details.\n"
    );
    // --api-key beats the variable.
    assert_eq!(
        run(&["agents", "list", "--api-key", KEY], &[("ANTHROPIC_API_KEY", "bad")]).code,
        0
    );
    // An unknown explicit profile is an error, not a silent fallback.
    let out = run(&["agents", "list", "--profile", "nope"], &[]);
    assert_one_line_error(&out, &["profile \"nope\" not found"]);
}

#[test]
fn local_starts_a_server_when_none_runs() {
    let data = tempfile::tempdir().unwrap();
    let run = || {
        Ant::new(&[
            "--local",
            "environments",
            "create",
            "--name",
            "here",
            "--transform",
            "name",
            "-r",
        ])
        .env("ANT_LOCAL_DATA_DIR", data.path())
        .env("RUST_LOG", "warn")
        .run()
    };
    let first = run();
    let pid = background_server_pid(data.path()).unwrap();
    // The second call finds the running server rather than starting another.
    let second = Ant::new(&["environments", "list", "--transform", "name", "-r"])
        .env("ANT_LOCAL", "1")
        .env("ANT_LOCAL_DATA_DIR", data.path())
        .run();
    let pid_after = background_server_pid(data.path());
    unsafe { libc::kill(pid, libc::SIGTERM) };
    assert_eq!(first.ok(), "here\n");
    assert_eq!(second.ok(), "here\n");
    assert_eq!(pid_after, Some(pid));
}
