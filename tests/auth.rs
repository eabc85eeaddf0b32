//! `ant auth`: the OAuth login end to end against a fake Console and API (the browser played by
//! curl), the stored credentials and what later commands send with them, refresh, status,
//! print-credentials, logout, and the failures, each in one line.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Child, Command};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use common::console::{self, Console};
use common::tmux::{Tmux, tmux_missing};
use common::*;
use serde_json::Value;

/// `ant ARGS` with `config` as its config dir, the fake as Console and API.
fn ant(config: &Path, console: &Console, args: &[&str]) -> Ant {
    Ant::new(args)
        .env("ANTHROPIC_CONFIG_DIR", config)
        .env("ANTHROPIC_CONSOLE_URL", &console.url)
        .env("ANTHROPIC_BASE_URL", &console.url)
}

/// A running `ant auth login`, its stderr read line by line.
struct Running {
    child: Child,
    lines: Receiver<String>,
    seen: Vec<String>,
}

impl Running {
    fn start(ant: Ant) -> Self {
        let mut child = ant.spawn_piped();
        let stderr = child.stderr.take().unwrap();
        let (tx, lines) = channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
        Self {
            child,
            lines,
            seen: Vec::new(),
        }
    }

    /// The first stderr line containing `text`.
    fn line_with(&mut self, text: &str) -> String {
        loop {
            let line = self
                .lines
                .recv_timeout(Duration::from_secs(20))
                .unwrap_or_else(|_| panic!("no {text:?} on stderr: {:?}", self.seen));
            self.seen.push(line.clone());
            if line.contains(text) {
                return line;
            }
        }
    }

    /// The authorize URL it printed.
    fn authorize_url(&mut self) -> String {
        self.line_with("/oauth/authorize?").trim().to_string()
    }

    fn type_line(&mut self, line: &str) {
        writeln!(self.child.stdin.as_mut().unwrap(), "{line}").unwrap();
    }

    fn finish(mut self) -> Out {
        let status = self.child.wait().unwrap();
        self.seen.extend(self.lines.iter());
        let mut stdout = String::new();
        std::io::Read::read_to_string(self.child.stdout.as_mut().unwrap(), &mut stdout).unwrap();
        Out {
            code: status.code().unwrap_or(-1),
            stdout,
            stderr: self.seen.join("\n") + "\n",
        }
    }
}

/// GETs `url` as a browser would, following redirects: (status, body).
fn browse(url: &str) -> (u16, String) {
    let out = Command::new("curl")
        .args(["-sS", "-L", "-w", "\n%{http_code}", url])
        .output()
        .expect("curl runs");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let (body, status) = text.rsplit_once('\n').unwrap();
    (status.parse().unwrap_or(0), body.to_string())
}

fn query_param(url: &str, name: &str) -> String {
    let query = url.split_once('?').unwrap().1;
    form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
        .unwrap_or_else(|| panic!("{url} has no {name}"))
}

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// `ant auth login --no-browser --callback-port 0 ARGS`, with curl as the browser.
fn login(config: &Path, console: &Console, args: &[&str]) -> Out {
    let mut all = vec!["auth", "login", "--no-browser", "--callback-port", "0"];
    all.extend_from_slice(args);
    let mut running = Running::start(ant(config, console, &all));
    let url = running.authorize_url();
    let (status, page) = browse(&url);
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("✓ Authorized"), "{page}");
    running.finish()
}

#[test]
fn login_through_the_loopback_stores_a_private_token_that_later_commands_send() {
    let console = Console::start();
    let config = tempfile::tempdir().unwrap();
    let out = login(config.path(), &console, &["--profile", "work", "--debug"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("✓ Logged in to Test Org as dev@example.com (profile \"work\")."),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains(&format!(
            "[debug] token exchange POST {}/v1/oauth/token -> 200 OK (request_id=)",
            console.url
        )),
        "{}",
        out.stderr
    );
    let token = console.access_tokens()[0].clone();
    assert!(!out.stderr.contains(&token), "the token was printed: {}", out.stderr);
    let refresh = read_json(&config.path().join("credentials/work.json"))["refresh_token"].clone();
    assert!(!out.stderr.contains(refresh.as_str().unwrap()), "{}", out.stderr);

    // The code was redeemed with the verifier of the challenge (the fake checks), form-encoded.
    let exchange = &console.token_requests()[0];
    assert_eq!(exchange.content_type, "application/x-www-form-urlencoded");
    assert_eq!(
        query_param(&format!("?{}", exchange.body), "grant_type"),
        "authorization_code"
    );
    assert_eq!(
        query_param(&format!("?{}", exchange.body), "client_id"),
        console::CLIENT_ID
    );

    let credentials = config.path().join("credentials/work.json");
    assert_eq!(mode(&credentials), 0o600);
    assert_eq!(mode(&config.path().join("credentials")), 0o700);
    let stored = read_json(&credentials);
    assert_eq!(stored["type"], "oauth_token");
    assert_eq!(stored["access_token"], token.as_str());
    assert!(stored["refresh_token"].as_str().unwrap().starts_with("sk-ant-ort01-"));
    assert!(stored["expires_at"].as_i64().unwrap() > time_now() + 3000);
    assert_eq!(stored["account_email"], "dev@example.com");
    assert_eq!(stored["workspace_id"], console::WORKSPACE);
    let profile = read_json(&config.path().join("configs/work.json"));
    assert_eq!(profile["authentication"]["type"], "user_oauth");
    assert_eq!(profile["authentication"]["client_id"], console::CLIENT_ID);
    assert_eq!(profile["base_url"], console.url.as_str());
    assert_eq!(profile["workspace_id"], console::WORKSPACE);
    assert_eq!(profile["organization_id"], console::ORG);
    assert_eq!(
        std::fs::read_to_string(config.path().join("active_config")).unwrap(),
        "work\n"
    );

    // A later command finds the API through the profile and sends the token as a bearer, with
    // the OAuth beta beside its own and the token's workspace; --debug shows none of it.
    let listed = Ant::new(&["beta:agents", "list", "--debug"])
        .env("ANTHROPIC_CONFIG_DIR", config.path())
        .run();
    assert_eq!(listed.code, 0, "{}", listed.stderr);
    assert!(!listed.stderr.contains(&token), "{}", listed.stderr);
    assert!(
        listed.stderr.contains("authorization: Bearer <REDACTED>"),
        "{}",
        listed.stderr
    );
    let request = console.requests().pop().unwrap();
    assert_eq!(request.path, "/v1/agents");
    assert_eq!(request.header("authorization").unwrap(), format!("Bearer {token}"));
    assert_eq!(
        request.header("anthropic-beta").unwrap(),
        "managed-agents-2026-04-01,oauth-2025-04-20"
    );
    assert_eq!(request.header("anthropic-workspace-id").unwrap(), console::WORKSPACE);
}

fn time_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

#[test]
fn login_into_a_hand_written_api_key_profile_makes_it_an_oauth_one() {
    let console = Console::start();
    let config = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(config.path().join("configs")).unwrap();
    std::fs::write(
        config.path().join("configs/default.json"),
        serde_json::json!({"base_url": console.url, "team": "kept"}).to_string(),
    )
    .unwrap();
    std::fs::create_dir_all(config.path().join("credentials")).unwrap();
    let credentials = config.path().join("credentials/default.json");
    std::fs::write(&credentials, r#"{"api_key": "sk-ant-api03-old"}"#).unwrap();
    std::fs::set_permissions(&credentials, std::fs::Permissions::from_mode(0o600)).unwrap();

    let out = login(config.path(), &console, &[]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("→ The login replaces the API key stored in profile \"default\"."),
        "{}",
        out.stderr
    );
    let profile = read_json(&config.path().join("configs/default.json"));
    assert_eq!(profile["authentication"]["type"], "user_oauth");
    assert_eq!(profile["base_url"], console.url.as_str());
    assert_eq!(profile["team"], "kept");
    assert!(read_json(&credentials).get("api_key").is_none());
    let listed = Ant::new(&["agents", "list"])
        .env("ANTHROPIC_CONFIG_DIR", config.path())
        .run();
    assert_eq!(listed.code, 0, "{}", listed.stderr);
    let request = console.requests().pop().unwrap();
    assert_eq!(
        request.header("authorization").unwrap(),
        format!("Bearer {}", console.access_tokens()[0])
    );
    assert!(request.header("anthropic-beta").unwrap().contains("oauth-2025-04-20"));
}

#[test]
fn login_by_pasting_the_code_the_console_shows() {
    let console = Console::start();
    let config = tempfile::tempdir().unwrap();
    let mut running = Running::start(ant(config.path(), &console, &["auth", "login", "--no-browser"]));
    let url = running.authorize_url();
    // No listener: the code goes to the Console's page, which shows `code#state`.
    assert!(
        query_param(&url, "redirect_uri").ends_with("/oauth/code/callback?app=anthropic-cli"),
        "{url}"
    );
    let (status, shown) = browse(&url);
    assert_eq!(status, 200);
    assert!(shown.contains('#'), "{shown}");
    running.type_line(&shown);
    let out = running.finish();
    assert_eq!(out.code, 0, "{}", out.stderr);
    // The first profile is `default`, and it becomes the active one.
    assert!(out.stderr.contains("(profile \"default\")"), "{}", out.stderr);
    let stored = read_json(&config.path().join("credentials/default.json"));
    assert_eq!(stored["access_token"], console.access_tokens()[0].as_str());
}

#[test]
fn login_opens_the_browser_which_comes_back_to_the_loopback() {
    let console = Console::start();
    let config = tempfile::tempdir().unwrap();
    let browser = config.path().join("browser.sh");
    std::fs::write(&browser, "#!/bin/sh\nexec curl -sSL -o /dev/null \"$1\"\n").unwrap();
    std::fs::set_permissions(&browser, std::fs::Permissions::from_mode(0o755)).unwrap();
    let out = ant(config.path(), &console, &["auth", "login"])
        .env("BROWSER", &browser)
        .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("Opening your browser"), "{}", out.stderr);
    assert!(config.path().join("credentials/default.json").exists());
}

#[test]
fn a_token_near_expiry_is_refreshed_before_a_command_uses_it() {
    let console = Console::start();
    console.expires_in(60);
    let config = tempfile::tempdir().unwrap();
    assert_eq!(login(config.path(), &console, &[]).code, 0);
    let first = read_json(&config.path().join("credentials/default.json"));

    let listed = Ant::new(&["agents", "list"])
        .env("ANTHROPIC_CONFIG_DIR", config.path())
        .run();
    assert_eq!(listed.code, 0, "{}", listed.stderr);
    let refresh = console.token_requests().pop().unwrap();
    assert_eq!(refresh.beta.as_deref(), Some("oauth-2025-04-20"));
    let body: Value = serde_json::from_str(&refresh.body).unwrap();
    assert_eq!(body["grant_type"], "refresh_token");
    assert_eq!(body["refresh_token"], first["refresh_token"]);
    let renewed = console.access_tokens()[1].clone();
    let request = console.requests().pop().unwrap();
    assert_eq!(request.header("authorization").unwrap(), format!("Bearer {renewed}"));
    let stored_path = config.path().join("credentials/default.json");
    let stored = read_json(&stored_path);
    assert_eq!(stored["access_token"], renewed.as_str());
    assert_ne!(stored["refresh_token"], first["refresh_token"], "rotated");
    assert_eq!(stored["workspace_id"], console::WORKSPACE);
    assert_eq!(mode(&stored_path), 0o600);
}

#[test]
fn an_expired_token_that_cannot_be_refreshed_is_one_line() {
    let console = Console::start();
    let config = tempfile::tempdir().unwrap();
    assert_eq!(login(config.path(), &console, &[]).code, 0);
    let path = config.path().join("credentials/default.json");
    let mut stored = read_json(&path);
    stored["expires_at"] = (time_now() - 10).into();
    std::fs::write(&path, stored.to_string()).unwrap();
    console.fail_tokens(401, r#"{"error": "invalid_grant"}"#);
    let out = Ant::new(&["agents", "list"])
        .env("ANTHROPIC_CONFIG_DIR", config.path())
        .run();
    assert_one_line_error(
        &out,
        &[
            "the access token of profile \"default\" expired at",
            "refreshing it failed: token endpoint",
            "401 Unauthorized",
            "run `ant auth login`",
        ],
    );
    assert!(
        console.requests().iter().all(|r| r.path != "/v1/agents"),
        "nothing is sent with an expired token"
    );

    // print-credentials warns but still prints a token that has not expired yet.
    stored["expires_at"] = (time_now() + 60).into();
    std::fs::write(&path, stored.to_string()).unwrap();
    let out = Ant::new(&["auth", "print-credentials", "--access-token"])
        .env("ANTHROPIC_CONFIG_DIR", config.path())
        .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout.trim(), stored["access_token"].as_str().unwrap());
    assert!(
        out.stderr
            .starts_with("warning: the access token of profile \"default\" expires at")
    );
}

#[test]
fn status_print_credentials_and_logout() {
    let console = Console::start();
    let config = tempfile::tempdir().unwrap();
    assert_eq!(login(config.path(), &console, &["--profile", "work"]).code, 0);
    let token = console.access_tokens()[0].clone();
    let run = |args: &[&str]| Ant::new(args).env("ANTHROPIC_CONFIG_DIR", config.path());

    let status = run(&["auth", "status"]).run().ok();
    assert!(
        status.contains("Active profile:  work (from active_config file)"),
        "{status}"
    );
    assert!(
        status.contains("  Logged in to Test Org as dev@example.com"),
        "{status}"
    );
    assert!(
        status.contains("  (active) * Profile (user_oauth) [via active_config]"),
        "{status}"
    );
    assert!(status.contains(&format!("{}...", &token[..16])), "{status}");
    assert!(!status.contains(&token), "status printed the token: {status}");
    assert!(
        status.contains(&format!(
            "Profile base_url                               {}",
            console.url
        )),
        "{status}"
    );
    assert!(
        status.contains(&format!(
            "Workspace                                      {} (Test Workspace)",
            console::WORKSPACE
        )),
        "{status}"
    );

    // A leftover ANTHROPIC_API_KEY wins, and status says so without printing it.
    let key = "sk-ant-api03-leftover-key-0123456789";
    let shadowed = run(&["auth", "status"]).env("ANTHROPIC_API_KEY", key).run().ok();
    assert!(
        shadowed.contains("  (active) * --api-key / ANTHROPIC_API_KEY"),
        "{shadowed}"
    );
    assert!(
        shadowed.contains("ANTHROPIC_API_KEY is set in your environment and overrides"),
        "{shadowed}"
    );
    assert!(!shadowed.contains(key), "{shadowed}");

    let bare = run(&["auth", "print-credentials", "--access-token"]).run().ok();
    assert_eq!(bare, format!("{token}\n"));
    let env = run(&["auth", "print-credentials", "--env"]).run().ok();
    assert_eq!(
        env,
        format!("ANTHROPIC_AUTH_TOKEN={token}\nANTHROPIC_BASE_URL={}\n", console.url)
    );
    let full: Value = serde_json::from_str(&run(&["auth", "print-credentials"]).run().ok()).unwrap();
    assert_eq!(full, read_json(&config.path().join("credentials/work.json")));
    let both = run(&["auth", "print-credentials", "--env", "--access-token"]).run();
    assert_one_line_error(&both, &["--access-token", "--env"]);

    let out = run(&["auth", "logout"]).run();
    assert_eq!(out.stderr, "✓ Logged out of profile \"work\".\n");
    assert!(!config.path().join("credentials/work.json").exists());
    assert!(
        config.path().join("configs/work.json").exists(),
        "logout keeps the config"
    );
    assert_eq!(
        run(&["auth", "logout"]).run().stderr,
        "Not logged in (profile \"work\").\n"
    );
    let status = run(&["auth", "status"]).run().ok();
    assert!(
        status.contains("(profile \"work\" configured but not logged in"),
        "{status}"
    );
    let out = run(&["auth", "print-credentials"]).run();
    assert_one_line_error(&out, &["not logged in (profile \"work\")"]);

    let out = run(&["auth", "logout", "--all"]).run();
    assert_eq!(out.code, 0);
    for gone in ["configs", "credentials", "active_config"] {
        assert!(!config.path().join(gone).exists(), "{gone}");
    }
}

/// The last line of a failed login: the error, in one line.
fn failure(out: &Out) -> String {
    assert_eq!(out.code, 1, "{}", out.stderr);
    out.stderr.lines().last().unwrap().to_string()
}

#[test]
fn login_failures_are_one_line_and_store_nothing() {
    let console = Console::start();
    let config = tempfile::tempdir().unwrap();
    let credentials = config.path().join("credentials/default.json");

    // A callback whose state is not this login's (a forged link) is refused.
    let mut running = Running::start(ant(
        config.path(),
        &console,
        &["auth", "login", "--no-browser", "--callback-port", "0"],
    ));
    let url = running.authorize_url();
    let forged = format!("{}?code=stolen&state=not-yours", query_param(&url, "redirect_uri"));
    let (status, page) = browse(&forged);
    assert_eq!(status, 400, "{page}");
    assert!(page.contains("State mismatch"), "{page}");
    let line = failure(&running.finish());
    assert!(
        line.starts_with("ant: state mismatch in the authorization callback"),
        "{line}"
    );
    assert!(console.token_requests().is_empty());
    assert!(!credentials.exists());

    // The token endpoint's error, with its status, request id and body.
    console.fail_tokens(
        400,
        r#"{"error": "invalid_grant", "error_description": "code expired"}"#,
    );
    let out = login(config.path(), &console, &[]);
    let line = failure(&out);
    assert!(
        line.starts_with(&format!(
            "ant: token endpoint {}/v1/oauth/token returned 400 Bad Request (request_id=req_fake_02): ",
            console.url
        )),
        "{line}"
    );
    assert!(line.contains("code expired"), "{line}");
    assert!(!credentials.exists());
    assert!(!config.path().join("configs/default.json").exists());

    // Nobody comes back.
    let out = ant(
        config.path(),
        &console,
        &[
            "auth",
            "login",
            "--no-browser",
            "--callback-port",
            "0",
            "--timeout",
            "1s",
        ],
    )
    .run();
    assert_eq!(
        failure(&out),
        "ant: timed out after 1s waiting for the authorization (--timeout)"
    );

    // Bad flags and files.
    let out = ant(config.path(), &console, &["auth", "login", "--timeout", "soon"]).run();
    assert_one_line_error(&out, &["--timeout", "soon"]);
    let out = ant(
        config.path(),
        &console,
        &["auth", "login", "--console-url", "console.example"],
    )
    .run();
    assert_one_line_error(&out, &["--console-url \"console.example\" is missing a scheme"]);
    std::fs::create_dir_all(config.path().join("credentials")).unwrap();
    std::fs::write(&credentials, "{\"access_token\": \n}").unwrap();
    std::fs::set_permissions(&credentials, std::fs::Permissions::from_mode(0o600)).unwrap();
    let out = Ant::new(&["agents", "list"])
        .env("ANTHROPIC_CONFIG_DIR", config.path())
        .run();
    assert_one_line_error(&out, &["credentials/default.json: invalid JSON at line 2 column 1"]);
    std::fs::set_permissions(&credentials, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = Ant::new(&["agents", "list"])
        .env("ANTHROPIC_CONFIG_DIR", config.path())
        .run();
    assert_one_line_error(&out, &["mode 644 lets other users read the credentials (chmod 600"]);
}

#[test]
fn login_in_a_terminal_by_pasting_the_code() {
    if tmux_missing() {
        return;
    }
    let console = Console::start();
    let config = tempfile::tempdir().unwrap();
    let command = format!(
        "env -u ANTHROPIC_PROFILE -u ANTHROPIC_API_KEY -u ANTHROPIC_AUTH_TOKEN ANTHROPIC_CONFIG_DIR={} \
         ANTHROPIC_CONSOLE_URL={url} ANTHROPIC_BASE_URL={url} {ANT} auth login --no-browser --profile term; \
         echo login exited: $?; sleep 60",
        config.path().display(),
        url = console.url
    );
    let tmux = Tmux::start("ant-login", (200, 50), &command).expect("tmux runs");
    let screen = tmux.wait_for("Code: ");
    let url = screen
        .lines()
        .map(str::trim)
        .find(|l| l.contains("/oauth/authorize?"))
        .unwrap_or_else(|| panic!("no URL on screen:\n{screen}"))
        .to_string();
    let (_, shown) = browse(&url);
    tmux.type_line(&shown);
    let screen = tmux.wait_for("login exited: ");
    assert!(screen.contains("login exited: 0"), "{screen}");
    assert!(
        screen.contains("✓ Logged in to Test Org as dev@example.com (profile \"term\")."),
        "{screen}"
    );
    assert!(screen.contains("→ set as active profile"), "{screen}");
    assert_eq!(mode(&config.path().join("credentials/term.json")), 0o600);
}
