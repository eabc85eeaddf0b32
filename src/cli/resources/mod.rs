//! Every API resource family of the official CLI, one table file per family (its sub-families
//! with it), and the clap commands built from them. A family's actions are built only when the
//! family is used (clap's `defer`), so start-up does not grow with the number of commands.

mod agents;
mod completions;
mod deployments;
mod dreams;
mod environments;
pub mod events;
mod files;
mod memory_stores;
mod messages;
mod models;
mod sessions;
mod skills;
mod threads;
mod tunnels;
mod user_profiles;
mod vaults;

#[cfg(test)]
mod facts;

use clap::Command;

use super::spec::{self, Resource};

/// Every resource family, in help order.
pub const ALL: [&Resource; 30] = [
    &agents::AGENTS,
    &agents::VERSIONS,
    &environments::ENVIRONMENTS,
    &environments::WORK,
    &sessions::SESSIONS,
    &events::EVENTS,
    &sessions::RESOURCES,
    &threads::THREADS,
    &threads::THREAD_EVENTS,
    &deployments::DEPLOYMENTS,
    &deployments::RUNS,
    &vaults::VAULTS,
    &vaults::CREDENTIALS,
    &memory_stores::MEMORY_STORES,
    &memory_stores::MEMORIES,
    &memory_stores::MEMORY_VERSIONS,
    &files::FILES,
    &skills::SKILLS,
    &skills::SKILL_VERSIONS,
    &user_profiles::USER_PROFILES,
    &dreams::DREAMS,
    &tunnels::TUNNELS,
    &tunnels::CERTIFICATES,
    &messages::MESSAGES,
    &messages::BATCHES,
    &messages::BETA_MESSAGES,
    &messages::BETA_BATCHES,
    &models::MODELS,
    &models::BETA_MODELS,
    &completions::COMPLETIONS,
];

/// The family named `name` (its official name or its short alias).
pub fn find(name: &str) -> Option<&'static Resource> {
    ALL.into_iter().find(|r| r.name == name || r.alias == Some(name))
}

/// A family's command; its actions are added when clap first needs them.
pub fn command(resource: &Resource) -> Command {
    let mut cmd = Command::new(resource.name)
        .about(resource.about)
        .subcommand_required(true)
        .help_template(spec::HELP)
        .defer(add_actions);
    if let Some(alias) = resource.alias {
        cmd = cmd.visible_alias(alias);
    }
    cmd
}

fn add_actions(cmd: Command) -> Command {
    let resource = find(cmd.get_name()).expect("commands are built from the table");
    let mut cmd = cmd;
    for action in resource.actions {
        let mut sub = spec::action_command(resource, action, action.name);
        if resource.name == events::EVENTS.name && action.name == events::STREAM.name {
            sub = sub.arg(events::until_idle());
        }
        cmd = cmd.subcommand(sub);
    }
    cmd
}
