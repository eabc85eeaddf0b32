//! The completion scripts checked in under `completions/` match what `ant completion` prints;
//! regenerate them with `for s in bash zsh fish pwsh elvish; do ant completion $s > completions/ant.$s; done`.

mod common;

#[test]
fn checked_in_completions_are_current() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    for shell in ["bash", "zsh", "fish", "pwsh", "elvish"] {
        let generated = common::Ant::new(&["completion", shell]).run().ok();
        let path = dir.join(format!("ant.{shell}"));
        let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            generated == checked_in,
            "{} is stale: run `ant completion {shell} > {}`",
            path.display(),
            path.display()
        );
        assert!(generated.contains("beta:agents"), "{shell} lacks the resource commands");
    }
}

/// `ant __complete` as the scripts of `ant @completion` call it.
fn complete(style: &str, words: &[&str]) -> common::Out {
    let mut args = vec!["__complete", "--"];
    args.extend_from_slice(words);
    common::Ant::new(&args).env("COMPLETION_STYLE", style).run()
}

#[test]
fn dynamic_completion_offers_commands_flags_values_and_ids() {
    // Colon groups collapse until a colon is typed; bash gets what follows the colon.
    let top = complete("zsh", &[""]);
    assert_eq!(top.code, 0);
    assert!(top.stdout.lines().any(|l| l == "beta"), "{}", top.stdout);
    assert!(top.stdout.contains("auth:Manage authentication\n"), "{}", top.stdout);
    assert!(!top.stdout.contains("__complete") && !top.stdout.contains("@manpages"));
    let bash = complete("bash", &["beta", ":", "sess"]).ok();
    assert_eq!(
        bash,
        "sessions\nsessions:events\nsessions:resources\nsessions:threads\nsessions:threads:events\n"
    );
    let fish = complete("fish", &["auth", "log"]).ok();
    assert_eq!(
        fish,
        "login\tLog in via browser (OAuth)\nlogout\tRemove stored credentials\n"
    );
    let flags = complete("bash", &["auth", "login", "--no"]).ok();
    assert_eq!(flags, "--no-browser\n");
    let values = complete("bash", &["agents", "list", "--format", "js"]).ok();
    assert_eq!(values, "json\njsonl\n");
    // A value to type: nothing to offer (11); a path: file names (10).
    assert_eq!(complete("bash", &["agents", "list", "--page", ""]).code, 11);
    assert_eq!(complete("bash", &["apply", "--lock-file", ""]).code, 10);
    let bad = common::Ant::new(&["__complete", "--", "x"]).run();
    assert_eq!(bad.code, 1);
    assert_eq!(
        bad.stderr,
        "ant: COMPLETION_STYLE must be set to 'bash', 'zsh', 'pwsh', or 'fish'\n"
    );
}

#[test]
fn ids_are_completed_from_the_api_with_the_lines_credentials() {
    let console = common::console::Console::start();
    let ids = |words: &[&str]| {
        let mut args = vec!["__complete", "--"];
        args.extend_from_slice(words);
        common::Ant::new(&args)
            .env("COMPLETION_STYLE", "zsh")
            .env("ANTHROPIC_BASE_URL", &console.url)
            .run()
    };
    let out = ids(&[
        "sessions",
        "retrieve",
        "--api-key",
        "typed-key",
        "--session-id",
        "sesn_",
    ]);
    assert_eq!(out.ok(), "sesn_completion_01:first\nsesn_completion_02:second\n");
    let request = console.requests().pop().unwrap();
    assert_eq!(request.path, "/v1/sessions");
    assert_eq!(request.header("x-api-key").unwrap(), "typed-key");
    // The positional id of a resource action.
    assert_eq!(
        ids(&["beta:sessions", "archive", "sesn_completion_02"]).ok(),
        "sesn_completion_02:second\n"
    );
    // A server that cannot be reached: silence, and nothing to offer.
    let out = common::Ant::new(&["__complete", "--", "sessions", "retrieve", "--session-id", ""])
        .env("COMPLETION_STYLE", "bash")
        .env("ANTHROPIC_BASE_URL", "http://127.0.0.1:9")
        .run();
    assert_eq!((out.code, out.stdout.as_str(), out.stderr.as_str()), (11, "", ""));
}

#[test]
fn at_completion_prints_the_dynamic_scripts_and_at_manpages_writes_man_pages() {
    for shell in ["bash", "zsh", "fish", "pwsh"] {
        let script = common::Ant::new(&["@completion", shell]).run().ok();
        assert!(script.contains("__complete"), "{shell}: {script}");
    }
    let out = common::Ant::new(&["@completion", "tcsh"]).run();
    common::assert_one_line_error(&out, &["unknown shell tcsh, available shells are [bash zsh fish pwsh]"]);
    let out = common::Ant::new(&["@completion"]).run();
    common::assert_one_line_error(&out, &["no shell provided for completion command"]);
    // Each script parses in its shell, where that shell is installed.
    let scripts = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish"] {
        let path = scripts.path().join(shell);
        std::fs::write(&path, common::Ant::new(&["@completion", shell]).run().ok()).unwrap();
        match std::process::Command::new(shell).arg("-n").arg(&path).status() {
            Ok(status) => assert!(status.success(), "the {shell} script does not parse"),
            Err(_) => eprintln!("skipped: {shell} is not installed"),
        }
    }

    let dir = tempfile::tempdir().unwrap();
    let out = common::Ant::new(&["@manpages", "-o", dir.path().to_str().unwrap(), "--text"]).run();
    assert_eq!(out.ok(), format!("Wrote manpages to {}\n", dir.path().display()));
    let page = std::fs::read_to_string(dir.path().join("man1/ant-auth-login.1")).unwrap();
    assert!(page.starts_with(".ie \\n(.g .ds Aq"), "roff: {page}");
    assert!(page.contains("callback\\-port"), "{page}");
    let gz = std::fs::read(dir.path().join("man1/ant.1.gz")).unwrap();
    let mut roff = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gz[..]), &mut roff).unwrap();
    assert!(roff.contains(".TH ant 1"), "{roff}");
    let only_text = tempfile::tempdir().unwrap();
    common::Ant::new(&[
        "@manpages",
        "-o",
        only_text.path().to_str().unwrap(),
        "--gzip=false",
        "--text",
    ])
    .run()
    .ok();
    assert!(only_text.path().join("man1/ant.1").exists());
    assert!(!only_text.path().join("man1/ant.1.gz").exists());
}
