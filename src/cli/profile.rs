//! `ant profile activate|list|get|set`: the profiles under `$ANTHROPIC_CONFIG_DIR`, as the
//! official CLI manages them. The profile worked on is `--profile`/`ANTHROPIC_PROFILE`, else
//! `active_config`, else `default`.

use clap::{ArgMatches, Subcommand};
use serde_json::Value;

use super::sourced;
use crate::client::config::{ConfigDir, ProfileConfig, check_scheme};

/// The keys `profile set` writes.
const SETTABLE: [&str; 6] = [
    "workspace_id",
    "base_url",
    "organization_id",
    "scope",
    "client_id",
    "console_url",
];

/// The keys `profile get` reads: the config's own (but its format `version`), and `scope`.
const READABLE: [&str; 5] = ["authentication", "base_url", "organization_id", "workspace_id", "scope"];

#[derive(Subcommand)]
pub enum ProfileCommand {
    /// Set the active profile
    Activate {
        #[arg(value_name = "NAME")]
        name: String,
    },
    /// List configured profiles (the active one marked *)
    List,
    /// Print the profile config (or one field)
    Get {
        #[arg(value_name = "KEY")]
        key: Option<String>,
    },
    /// Set a field in the profile config: workspace_id, base_url, organization_id; on
    /// `ant auth login` profiles also scope, client_id, console_url
    Set {
        #[arg(value_name = "KEY")]
        key: String,
        #[arg(value_name = "VALUE")]
        value: String,
    },
}

pub fn run(root: &ArgMatches, cmd: ProfileCommand) -> anyhow::Result<i32> {
    super::refuse_local(root, "profile")?;
    let dir = ConfigDir::from_env();
    let (profile, _) = dir.choose(sourced(root, "profile").as_ref());
    match cmd {
        ProfileCommand::Activate { name } => {
            existing(&dir, &name)?;
            dir.set_active(&name)?;
            eprintln!("✓ Active profile set to \"{name}\".");
        }
        ProfileCommand::List => {
            let names = dir.profiles()?;
            if names.is_empty() {
                eprintln!("(no profiles: run `ant auth login`)");
            }
            for name in names {
                let marker = if name == profile { "*" } else { " " };
                println!("{marker} {name}");
            }
        }
        ProfileCommand::Get { key } => get(&existing(&dir, &profile)?, key.as_deref())?,
        ProfileCommand::Set { key, value } => {
            let mut config = existing(&dir, &profile)?;
            let cleared = set(&mut config, &key, &value)?;
            dir.save_config(&profile, &config)?;
            eprintln!("✓ Set {key}={value} on profile \"{profile}\".");
            if cleared {
                eprintln!(
                    "  Cleared workspace_id: it belonged to the previous organization. Set one for the new \
                     organization with: ant profile set workspace_id <id>"
                );
            }
        }
    }
    Ok(0)
}

/// A profile's config; a profile without one does not exist for these commands.
fn existing(dir: &ConfigDir, name: &str) -> anyhow::Result<ProfileConfig> {
    dir.config(name)?.ok_or_else(|| {
        anyhow::anyhow!(
            "profile \"{name}\" doesn't exist ({} not found); run `ant auth login --profile {name}` to create it",
            dir.config_path(name).display()
        )
    })
}

fn get(config: &ProfileConfig, key: Option<&str>) -> anyhow::Result<()> {
    let Some(key) = key else {
        println!("{}", serde_json::to_string_pretty(config)?);
        return Ok(());
    };
    anyhow::ensure!(READABLE.contains(&key), "no such field \"{key}\" in profile config");
    let value = if key == "scope" {
        config.user_oauth().and_then(|a| a.scope.clone()).map(Value::String)
    } else {
        serde_json::to_value(config)?.get(key).cloned()
    };
    match value {
        Some(Value::String(s)) => println!("{s}"),
        Some(v @ (Value::Object(_) | Value::Array(_))) => println!("{}", serde_json::to_string_pretty(&v)?),
        Some(v) => println!("{v}"),
        None => println!(),
    }
    Ok(())
}

/// Sets `key`; returns whether the workspace was cleared (a new organization's workspaces are
/// other ones).
fn set(config: &mut ProfileConfig, key: &str, value: &str) -> anyhow::Result<bool> {
    match key {
        "workspace_id" => config.workspace_id = Some(value.to_string()),
        "base_url" => {
            check_scheme("base_url", value)?;
            config.base_url = Some(value.to_string());
        }
        "organization_id" => {
            let changed = config.organization_id.as_deref() != Some(value);
            config.organization_id = Some(value.to_string());
            if changed && config.workspace_id.take().is_some() {
                return Ok(true);
            }
        }
        "scope" | "client_id" | "console_url" => {
            let Some(auth) = config
                .authentication
                .as_mut()
                .filter(|a| a.kind == crate::client::config::USER_OAUTH)
            else {
                anyhow::bail!("{key} can only be set on user_oauth profiles (run `ant auth login` first)");
            };
            match key {
                "scope" => auth.scope = Some(value.to_string()),
                "client_id" => auth.client_id = Some(value.to_string()),
                _ => {
                    let url = value.trim_end_matches('/');
                    check_scheme("console_url", url)?;
                    auth.console_url = Some(url.to_string());
                }
            }
        }
        _ => anyhow::bail!("unsupported key \"{key}\" (one of: {})", SETTABLE.join(", ")),
    }
    Ok(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_organization_clears_the_workspace_and_oauth_keys_need_an_oauth_profile() {
        let mut config = ProfileConfig {
            organization_id: Some("org-a".into()),
            workspace_id: Some("wrkspc_a".into()),
            ..Default::default()
        };
        assert!(!set(&mut config, "organization_id", "org-a").unwrap());
        assert_eq!(config.workspace_id.as_deref(), Some("wrkspc_a"));
        assert!(set(&mut config, "organization_id", "org-b").unwrap());
        assert_eq!(config.workspace_id, None);
        let e = set(&mut config, "scope", "x").unwrap_err().to_string();
        assert_eq!(
            e,
            "scope can only be set on user_oauth profiles (run `ant auth login` first)"
        );
        let e = set(&mut config, "base_url", "example.com").unwrap_err().to_string();
        assert!(e.contains("missing a scheme"), "{e}");
        let e = set(&mut config, "colour", "x").unwrap_err().to_string();
        assert!(e.starts_with("unsupported key \"colour\""), "{e}");
    }
}
