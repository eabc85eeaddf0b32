//! `ant auth login|logout|status|print-credentials`: OAuth login into a profile, and what the
//! profiles hold, as the official CLI does it. Messages go to stderr; `status` and
//! `print-credentials` print their report or credentials on stdout.

use std::time::Duration;

use clap::parser::ValueSource;
use clap::{ArgMatches, Args, Subcommand};

use super::sourced;
use crate::client::config::{
    self, Authentication, Choice, ConfigDir, Login, ProfileConfig, StoredCredentials, USER_OAUTH, check_scheme,
};
use crate::client::oauth::{self, Authorize, Callback, OAuthError, Pkce, TokenEndpoint};

#[derive(Subcommand)]
pub enum AuthCommand {
    /// Log in via browser (OAuth)
    Login(LoginArgs),
    /// Remove stored credentials
    Logout {
        /// Remove all profiles and credentials
        #[arg(long)]
        all: bool,
    },
    /// Show current authentication status
    Status,
    /// Print credentials for the active profile, refreshing the access token if it is expired or near expiry
    #[command(
        long_about = "Print credentials for the active profile, refreshing the access token if it is expired or \
                      near expiry.\n\nBy default, prints the credentials as a JSON object (the shape of \
                      credentials/<profile>.json). With --access-token, only the bare token, e.g. for \
                      curl -H \"Authorization: Bearer $(ant auth print-credentials --access-token)\". With \
                      --env, KEY=value lines (ANTHROPIC_AUTH_TOKEN, and ANTHROPIC_BASE_URL when the profile sets one)."
    )]
    PrintCredentials {
        /// Print only the bare access token instead of the full JSON object
        #[arg(long, conflicts_with = "env")]
        access_token: bool,
        /// Print credentials as KEY=value lines (.env file format)
        #[arg(long)]
        env: bool,
    },
}

#[derive(Args)]
pub struct LoginArgs {
    /// Base URL for the OAuth authorize page [default: https://platform.claude.com]
    #[arg(long, env = "ANTHROPIC_CONSOLE_URL", value_name = "URL")]
    console_url: Option<String>,
    /// Print the authorize URL instead of opening a browser (with --callback-port: wait for the
    /// callback on that port, e.g. through `ssh -L`; without: paste the code the page shows)
    #[arg(long)]
    no_browser: bool,
    /// Local port for the OAuth callback (0 = ephemeral). Use a fixed port when port-forwarding from a remote host [default: 0]
    #[arg(long, value_name = "PORT")]
    callback_port: Option<u16>,
    /// How long to wait for the browser callback
    #[arg(long, default_value = "5m", value_parser = super::worker::parse_duration)]
    timeout: Duration,
    /// OAuth client_id (overrides the profile's stored value; defaults to the ant-cli prod client)
    #[arg(long, env = "ANTHROPIC_OAUTH_CLIENT_ID", value_name = "ID")]
    client_id: Option<String>,
    /// OAuth scope to request (space-separated; overrides the profile's stored scope or the default)
    #[arg(long)]
    scope: Option<String>,
}

pub async fn run(root: &ArgMatches, cmd: AuthCommand) -> anyhow::Result<i32> {
    super::refuse_local(root, "auth")?;
    let dir = ConfigDir::from_env();
    let (profile, choice) = dir.choose(sourced(root, "profile").as_ref());
    config::check_name(&profile)?;
    match cmd {
        AuthCommand::Login(args) => login(root, &dir, &profile, choice, args).await,
        AuthCommand::Logout { all } => logout(&dir, &profile, all),
        AuthCommand::Status => status(root, &dir, &profile, choice),
        AuthCommand::PrintCredentials { access_token, env } => {
            print_credentials(root, &dir, &profile, access_token, env).await
        }
    }
}

/// How the authorization code comes back.
enum Mode {
    /// Open the browser on the loopback URL; a code pasted on stdin is accepted too.
    Browser,
    /// `--no-browser --callback-port N`: print the loopback URL and wait (an ssh tunnel).
    Forwarded,
    /// `--no-browser`: print the Console's code-page URL and read the pasted code.
    Paste,
}

async fn login(
    root: &ArgMatches,
    dir: &ConfigDir,
    profile: &str,
    choice: Choice,
    args: LoginArgs,
) -> anyhow::Result<i32> {
    let debug = root.get_flag("debug");
    // The config is the user's intent: login writes one for a new profile, and only gives a
    // hand-written one its `authentication`.
    let previous = dir.config(profile)?;
    let bootstrapping = previous.is_none();
    let stored = previous.as_ref().and_then(ProfileConfig::user_oauth);
    let scope = args
        .scope
        .clone()
        .or_else(|| stored.and_then(|a| a.scope.clone()))
        .unwrap_or_else(|| oauth::DEFAULT_SCOPE.into());
    let client_id = args
        .client_id
        .clone()
        .or_else(|| stored.and_then(|a| a.client_id.clone()))
        .unwrap_or_else(|| oauth::DEFAULT_CLIENT_ID.into());
    let console_url = args
        .console_url
        .clone()
        .or_else(|| stored.and_then(|a| a.console_url.clone()))
        .unwrap_or_else(|| oauth::DEFAULT_CONSOLE_URL.into())
        .trim_end_matches('/')
        .to_string();
    check_scheme("--console-url", &console_url)?;
    let given = sourced(root, "base-url");
    let base_url_name = match &given {
        Some(s) if s.from_env => "ANTHROPIC_BASE_URL",
        Some(_) => "--base-url",
        None => "profile base_url",
    };
    let base_url_given = given.map(|s| s.value);
    let base_url = base_url_given
        .clone()
        .or_else(|| previous.as_ref().and_then(|p| p.base_url.clone()))
        .unwrap_or_else(|| config::DEFAULT_BASE_URL.into())
        .trim_end_matches('/')
        .to_string();
    check_scheme(base_url_name, &base_url)?;
    // The flag, else the profile's, else ANTHROPIC_WORKSPACE_ID: a stray variable cannot steer
    // the token away from the profile's workspace.
    let workspace_flag = root
        .get_one::<String>("workspace-id")
        .filter(|_| root.value_source("workspace-id") == Some(ValueSource::CommandLine));
    let workspace_id = workspace_flag
        .cloned()
        .or_else(|| previous.as_ref().and_then(|p| p.workspace_id.clone()))
        .or_else(|| root.get_one::<String>("workspace-id").cloned())
        .filter(|w| !w.is_empty());
    let organization_id = previous.as_ref().and_then(|p| p.organization_id.clone());
    if bootstrapping {
        eprintln!("Creating profile \"{profile}\".");
    }
    if let Some(org) = &organization_id {
        eprintln!(
            "Using organization {org} from profile \"{profile}\".\n  To pick another, start a new profile: ant auth login --profile <name>"
        );
    }

    let pkce = Pkce::new();
    let state = oauth::new_state();
    let authorize = Authorize {
        console_url: &console_url,
        client_id: &client_id,
        scope: &scope,
        state: &state,
        challenge: &pkce.challenge,
        workspace_id: workspace_id.as_deref(),
        organization_id: organization_id.as_deref(),
    };
    let mode = match (args.no_browser, args.callback_port) {
        (false, _) => Mode::Browser,
        (true, Some(_)) => Mode::Forwarded,
        (true, None) => Mode::Paste,
    };
    let port = args.callback_port.unwrap_or(0);
    let (code, redirect_uri) = match mode {
        Mode::Paste => {
            let redirect = manual_redirect(&console_url)?;
            eprintln!("Open this URL to authorize:\n\n  {}\n", authorize.url(&redirect));
            eprint!("After authorizing, the page will display a code. Paste it here:\nCode: ");
            (oauth::read_pasted_code(&state).await?, redirect)
        }
        Mode::Forwarded => {
            let callback = Callback::bind(port).await?;
            let redirect = callback.redirect_uri.clone();
            eprintln!(
                "Authorization URL (open on the machine where your SSH session originates):\n\n  {}\n",
                authorize.url(&redirect)
            );
            eprintln!("Waiting for callback on {redirect} ...");
            (callback.wait(&state, args.timeout).await?, redirect)
        }
        Mode::Browser => {
            let callback = Callback::bind(port).await?;
            let loopback = callback.redirect_uri.clone();
            if let Err(e) = webbrowser::open(&authorize.url(&loopback)) {
                eprintln!("(couldn't launch browser automatically: {e})");
            }
            let manual = manual_redirect(&console_url)?;
            eprint!(
                "Opening your browser to authenticate...\nIf your browser doesn't open or can't reach this machine, \
                 visit the URL below and paste the code here:\n\n  {}\n\nWaiting for authentication...\nCode: ",
                authorize.url(&manual)
            );
            // The browser's callback races a pasted code; stdin at its end (no terminal) only
            // leaves the callback.
            let pasted = async {
                match oauth::read_pasted_code(&state).await {
                    Err(OAuthError::Stdin(_)) => std::future::pending().await,
                    other => other,
                }
            };
            tokio::select! {
                code = callback.wait(&state, args.timeout) => {
                    // Wipe the prompt nobody answered.
                    eprint!("\r      \r");
                    (code?, loopback)
                }
                code = pasted => (code?, manual),
            }
        }
    };

    let token = TokenEndpoint::new(&base_url, debug)
        .exchange(&client_id, &code, &pkce.verifier, &redirect_uri, &state)
        .await?;
    let token_org = token.organization.as_ref().and_then(|o| o.uuid.clone());
    if let (Some(want), Some(got)) = (&organization_id, &token_org)
        && want != got
    {
        eprintln!(
            "⚠  Authorized into organization {got}, but profile \"{profile}\" has organization_id={want}.\n   \
             Run `ant profile set organization_id {got} --profile {profile}` to retarget the profile, or log in again."
        );
    }
    let token_workspace = token.workspace.as_ref().and_then(|w| w.id.clone());
    let Some(workspace) = token_workspace.clone().or(workspace_id) else {
        anyhow::bail!(
            "no workspace bound to the issued token: pass --workspace-id, set workspace_id on the profile, \
             or pick a workspace on the Console's consent page"
        );
    };
    let scope_granted = token.scope.clone();
    let credentials = token.credentials(None);

    let authentication = Authentication {
        kind: USER_OAUTH.into(),
        // Always written: the refresh token is bound to this client.
        client_id: Some(client_id.clone()),
        scope: args
            .scope
            .as_ref()
            .map(|s| scope_granted.clone().unwrap_or_else(|| s.clone())),
        console_url: args.console_url.as_ref().map(|_| console_url.clone()),
        ..Default::default()
    };
    match &previous {
        None => {
            let new = ProfileConfig {
                authentication: Some(authentication),
                base_url: base_url_given
                    .filter(|_| base_url != config::DEFAULT_BASE_URL)
                    .map(|_| base_url.clone()),
                organization_id: credentials.organization_uuid.clone(),
                workspace_id: Some(workspace.clone()),
                ..Default::default()
            };
            dir.save_config(profile, &new)?;
        }
        // A hand-written profile says how it authenticates from now on, or its token would go
        // without the OAuth beta (and the official CLI would not read it); the rest stays.
        Some(prev) if prev.authentication.is_none() => {
            let mut updated = prev.clone();
            updated.authentication = Some(authentication);
            dir.save_config(profile, &updated)?;
        }
        Some(_) => {}
    }
    if let Some(prev) = &previous
        && prev.workspace_id.as_deref() != Some(workspace.as_str())
    {
        eprintln!(
            "→ Token bound to workspace {workspace}; profile \"{profile}\" targets {}.\n  \
             To make it the profile's: ant profile set workspace_id {workspace} --profile {profile}",
            prev.workspace_id.as_deref().unwrap_or("no workspace")
        );
    }
    let credentials_path = dir.credentials_path(profile, dir.config(profile)?.as_ref());
    if let Ok(Some(old)) = dir.credentials(&credentials_path)
        && old.api_key.is_some()
    {
        eprintln!("→ The login replaces the API key stored in profile \"{profile}\".");
    }
    config::write_credentials(&credentials_path, &credentials)?;

    // Named explicitly, or the first profile: it becomes the active one.
    let was_active = dir.active();
    let activated = (choice.is_explicit() || was_active.is_none()) && was_active.as_deref() != Some(profile);
    if activated {
        dir.set_active(profile)?;
    }
    match who(&credentials) {
        Some(who) => eprintln!("✓ Logged in {who} (profile \"{profile}\")."),
        None => eprintln!("✓ Logged in as profile \"{profile}\"."),
    }
    if let (Some(uuid), name) = (&credentials.organization_uuid, &credentials.organization_name) {
        eprintln!("  organization: {} ({uuid})", name.as_deref().unwrap_or(""));
    }
    if activated {
        match was_active {
            Some(was) => eprintln!("  → set as active profile (was \"{was}\")"),
            None => eprintln!("  → set as active profile"),
        }
    }
    eprintln!(
        "  config:       {}\n  credentials:  {}",
        dir.config_path(profile).display(),
        credentials_path.display()
    );
    Ok(0)
}

fn manual_redirect(console_url: &str) -> anyhow::Result<String> {
    oauth::manual_redirect(console_url)
        .ok_or_else(|| anyhow::anyhow!("--console-url \"{console_url}\" is not a URL with a host"))
}

/// "to ORG as EMAIL", or as much of it as the credentials say.
fn who(c: &StoredCredentials) -> Option<String> {
    match (c.organization_name.as_deref(), c.account_email.as_deref()) {
        (Some(org), Some(email)) => Some(format!("to {org} as {email}")),
        (None, Some(email)) => Some(format!("as {email}")),
        (Some(org), None) => Some(format!("to {org}")),
        (None, None) => None,
    }
}

fn logout(dir: &ConfigDir, profile: &str, all: bool) -> anyhow::Result<i32> {
    if all {
        dir.remove_all()?;
        eprintln!("✓ Removed all profiles and credentials.");
        return Ok(0);
    }
    // The config (organization, workspace, base URL) stays: a new login reuses it.
    let path = dir.credentials_path(profile, dir.config(profile)?.as_ref());
    if dir.remove(&path)? {
        eprintln!("✓ Logged out of profile \"{profile}\".");
    } else {
        eprintln!("Not logged in (profile \"{profile}\").");
    }
    Ok(0)
}

/// Which credential requests carry, in the order of precedence.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Winner {
    ApiKey,
    AuthToken,
    Profile,
    Nothing,
}

/// The first 16 characters of a secret, enough to tell keys apart, never the whole of it.
fn mask(secret: &str) -> String {
    match secret.char_indices().nth(16) {
        Some((end, _)) => format!("{}...", &secret[..end]),
        None => format!("(set, {} chars)", secret.chars().count()),
    }
}

/// One source of a setting; the one in use is marked `(active)`.
fn row(active: bool, label: &str, value: &str) -> String {
    let marker = if active { "  (active) * " } else { "           * " };
    format!("{marker}{label:<46} {value}\n")
}

fn detail(key: &str, value: &str) -> String {
    format!("               {:<15} {value}\n", format!("{key}:"))
}

fn status(root: &ArgMatches, dir: &ConfigDir, profile: &str, choice: Choice) -> anyhow::Result<i32> {
    let mut out = format!(
        "Active profile:  {profile} ({})\nConfig dir:      {}\nProfile config:  {}\n",
        choice.describe(),
        dir.root().display(),
        dir.config_path(profile).display()
    );
    // An unreadable file is reported, not fatal: status is where one looks when things fail.
    let config = dir.config(profile);
    let config_ok = config.as_ref().ok().cloned().flatten();
    let credentials_path = dir.credentials_path(profile, config_ok.as_ref());
    out.push_str(&format!(
        "Credentials:     {}\n\nCredentials\n",
        credentials_path.display()
    ));
    let credentials = dir.credentials(&credentials_path);
    let stored = credentials.as_ref().ok().cloned().flatten();
    let profile_secret = stored
        .as_ref()
        .and_then(|c| c.api_key.clone().or_else(|| c.access_token.clone()))
        .filter(|s| !s.is_empty());

    let api_key = sourced(root, "api_key");
    let auth_token = sourced(root, "auth-token");
    let winner = if api_key.is_some() {
        Winner::ApiKey
    } else if auth_token.is_some() {
        Winner::AuthToken
    } else if profile_secret.is_some() {
        Winner::Profile
    } else {
        Winner::Nothing
    };
    if winner == Winner::Profile
        && let Some(who) = stored.as_ref().and_then(who)
    {
        out.push_str(&format!("  Logged in {who}\n"));
    }
    if winner == Winner::Nothing {
        out.push_str(&match (&config, &credentials) {
            (Err(e), _) | (_, Err(e)) => format!("  (profile unreadable: {e})\n"),
            (Ok(None), _) => format!("  (profile \"{profile}\" not configured: run `ant auth login` to set it up)\n"),
            (Ok(Some(_)), _) => {
                format!("  (profile \"{profile}\" configured but not logged in: run `ant auth login`)\n")
            }
        });
    }
    if let Some(k) = &api_key {
        out.push_str(&row(
            winner == Winner::ApiKey,
            "--api-key / ANTHROPIC_API_KEY",
            &mask(&k.value),
        ));
    }
    if let Some(t) = &auth_token {
        out.push_str(&row(
            winner == Winner::AuthToken,
            "--auth-token / ANTHROPIC_AUTH_TOKEN",
            &mask(&t.value),
        ));
    }
    if let (Some(secret), Some(c)) = (&profile_secret, &stored) {
        let kind = config_ok
            .as_ref()
            .and_then(|p| p.authentication.as_ref())
            .map_or("api_key", |a| a.kind.as_str());
        let via = if choice.is_explicit() {
            "[via --profile/ANTHROPIC_PROFILE]"
        } else {
            "[via active_config]"
        };
        out.push_str(&row(
            winner == Winner::Profile,
            &format!("Profile ({kind}) {via}"),
            &mask(secret),
        ));
        if let Some(at) = c.expires_at {
            let left = at - oauth::unix_now();
            let when = if left <= 0 {
                format!("expired {} ago", human(-left))
            } else {
                format!("in {}", human(left))
            };
            out.push_str(&detail("expires", &format!("{} ({when})", oauth::rfc3339(at))));
        }
        let scope = c
            .scope
            .clone()
            .or_else(|| config_ok.as_ref().and_then(|p| p.user_oauth()?.scope.clone()));
        if let Some(scope) = scope {
            out.push_str(&detail("scope", &scope));
        }
        if let Some(uuid) = &c.organization_uuid {
            let name = c.organization_name.as_deref().unwrap_or("");
            out.push_str(&detail("organization", &format!("{name} ({uuid})")));
        }
        if let Some(client_id) = config_ok.as_ref().and_then(|p| p.user_oauth()?.client_id.clone()) {
            out.push_str(&detail("client_id", &client_id));
        }
    }
    if profile_secret.is_some() && matches!(winner, Winner::ApiKey | Winner::AuthToken) {
        let var = if winner == Winner::ApiKey {
            "ANTHROPIC_API_KEY"
        } else {
            "ANTHROPIC_AUTH_TOKEN"
        };
        out.push_str(&format!(
            "\n⚠  {var} is set in your environment and overrides the logged-in profile.\n   Unset it to use the profile:  unset {var}\n"
        ));
    }

    out.push_str("\nBase URL\n");
    let flag_base = root
        .get_one::<String>("base-url")
        .filter(|_| root.value_source("base-url") == Some(ValueSource::CommandLine));
    let env_base = std::env::var("ANTHROPIC_BASE_URL").ok().filter(|v| !v.is_empty());
    let profile_base = config_ok.as_ref().and_then(|p| p.base_url.clone());
    if let Some(url) = flag_base {
        out.push_str(&row(true, "--base-url flag", url));
    }
    if let Some(url) = &env_base {
        out.push_str(&row(flag_base.is_none(), "ANTHROPIC_BASE_URL env", url));
    }
    if let Some(url) = &profile_base {
        out.push_str(&row(flag_base.is_none() && env_base.is_none(), "Profile base_url", url));
    }
    if flag_base.is_none() && env_base.is_none() && profile_base.is_none() {
        out.push_str(&row(true, "Default", config::DEFAULT_BASE_URL));
    }

    out.push_str("\nOrganization\n");
    let profile_org = config_ok.as_ref().and_then(|p| p.organization_id.clone());
    let token_org = stored.as_ref().and_then(|c| c.organization_uuid.clone());
    match (profile_org, token_org) {
        (Some(org), _) => out.push_str(&row(true, "Profile organization_id", &org)),
        (None, Some(uuid)) => {
            let name = stored
                .as_ref()
                .and_then(|c| c.organization_name.clone())
                .unwrap_or_default();
            out.push_str(&row(
                true,
                "Token organization (from credentials)",
                &format!("{name} ({uuid})"),
            ));
        }
        (None, None) => out.push_str(&row(
            true,
            "Derived from credential (server-side)",
            "(determined at request time)",
        )),
    }

    out.push_str("\nWorkspace\n");
    let header = sourced(root, "workspace-id");
    if let Some(ws) = &header {
        let label = if ws.from_env {
            "ANTHROPIC_WORKSPACE_ID env"
        } else {
            "--workspace-id flag"
        };
        out.push_str(&row(true, label, &ws.value));
    }
    let profile_ws = config_ok.as_ref().and_then(|p| p.workspace_id.clone());
    let token_ws = stored.as_ref().and_then(|c| {
        let id = c.workspace_id.clone()?;
        Some(match &c.workspace_name {
            Some(name) => format!("{id} ({name})"),
            None => id,
        })
    });
    let token_ws_id = stored.as_ref().and_then(|c| c.workspace_id.clone());
    let active = header.is_none();
    match (profile_ws, token_ws) {
        (Some(p), Some(t)) if Some(&p) == token_ws_id.as_ref() => out.push_str(&row(active, "Workspace", &t)),
        (Some(p), Some(t)) => {
            out.push_str(&row(false, "Profile workspace_id", &p));
            out.push_str(&row(
                active,
                "Active token workspace",
                &format!("{t}: drift, log in again to reconcile"),
            ));
        }
        (None, Some(t)) => out.push_str(&row(active, "Active token workspace", &t)),
        (Some(p), None) => out.push_str(&row(active, "Profile workspace_id", &p)),
        (None, None) if active => out.push_str(&row(true, "Server-side default", "(determined at request time)")),
        (None, None) => {}
    }
    print!("{out}");
    Ok(0)
}

/// A duration in words: `59m`, `2h3m`, `45s`.
fn human(secs: i64) -> String {
    let (h, m, s) = (secs / 3600, secs % 3600 / 60, secs % 60);
    match (h, m) {
        (0, 0) => format!("{s}s"),
        (0, m) => format!("{m}m{s}s"),
        (h, m) => format!("{h}h{m}m"),
    }
}

async fn print_credentials(
    root: &ArgMatches,
    dir: &ConfigDir,
    profile: &str,
    access_token: bool,
    env: bool,
) -> anyhow::Result<i32> {
    let config = dir.config(profile)?;
    let path = dir.credentials_path(profile, config.as_ref());
    let Some(stored) = dir.credentials(&path)? else {
        anyhow::bail!(
            "not logged in (profile \"{profile}\"): {} does not exist; run `ant auth login`",
            path.display()
        );
    };
    let profile_base = config.as_ref().and_then(|c| c.base_url.clone());
    let base_url = sourced(root, "base-url")
        .map(|s| s.value)
        .or_else(|| profile_base.clone())
        .unwrap_or_else(|| config::DEFAULT_BASE_URL.into());
    let login = Login {
        profile: profile.to_string(),
        path,
        credentials: stored,
        client_id: config.as_ref().and_then(|c| c.user_oauth()?.client_id.clone()),
    };
    let fresh = oauth::fresh(&login, &base_url, root.get_flag("debug")).await?;
    if let Some(warning) = fresh.warning {
        eprintln!("{warning}");
    }
    let c = fresh.credentials;
    if access_token || env {
        let (var, secret) = match (&c.access_token, &c.api_key) {
            (Some(token), _) => ("ANTHROPIC_AUTH_TOKEN", token),
            (None, Some(key)) if env => ("ANTHROPIC_API_KEY", key),
            _ => anyhow::bail!("profile \"{profile}\" holds no access token ({})", login.path.display()),
        };
        if access_token {
            println!("{secret}");
        } else {
            println!("{var}={secret}");
            if let Some(url) = profile_base {
                println!("ANTHROPIC_BASE_URL={url}");
            }
        }
    } else {
        println!("{}", serde_json::to_string_pretty(&c)?);
    }
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_show_at_most_their_first_16_characters() {
        assert_eq!(mask("sk-ant-oat01-abcdefghijklmnop"), "sk-ant-oat01-abc...");
        assert_eq!(mask("short"), "(set, 5 chars)");
        assert_eq!(human(59 * 60 + 3), "59m3s");
        assert_eq!(human(2 * 3600 + 180), "2h3m");
    }
}
