//! Agents as code: template files of every kind (agents, environments, memory stores, vaults,
//! deployments, and skill directories) loaded with their references, the `claude-lock.json`
//! lockfile, and the plan that brings the server in line with the files. The rules follow the
//! official `ant apply` (../shared/api/ant-apply.md) so a repository can move between the two
//! CLIs without touching its files or its lockfile.

pub mod canon;
pub mod fetch;
pub mod load;
pub mod lock;
mod node;
pub mod plan;
pub mod refs;
pub mod skill;

/// The resource kinds this build manages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    // Declaration order is the kind rank: referenced kinds first.
    Skill,
    Environment,
    MemoryStore,
    Vault,
    Agent,
    Deployment,
}

/// Every kind, in rank order.
pub const KINDS: [Kind; 6] = [
    Kind::Skill,
    Kind::Environment,
    Kind::MemoryStore,
    Kind::Vault,
    Kind::Agent,
    Kind::Deployment,
];

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Skill => "skill",
            Kind::Environment => "environment",
            Kind::MemoryStore => "memory_store",
            Kind::Vault => "vault",
            Kind::Agent => "agent",
            Kind::Deployment => "deployment",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        KINDS.into_iter().find(|k| k.name() == s)
    }

    /// The prefix of this kind's ids (`agent_…`), which tells an inline id from a path.
    pub fn id_prefix(self) -> &'static str {
        match self {
            Kind::Skill => "skill",
            Kind::Environment => "env",
            Kind::MemoryStore => "memstore",
            Kind::Vault => "vlt",
            Kind::Agent => "agent",
            Kind::Deployment => "depl",
        }
    }

    /// The API collection, e.g. `/v1/agents`.
    pub fn collection(self) -> &'static str {
        match self {
            Kind::Skill => "/v1/skills",
            Kind::Environment => "/v1/environments",
            Kind::MemoryStore => "/v1/memory_stores",
            Kind::Vault => "/v1/vaults",
            Kind::Agent => "/v1/agents",
            Kind::Deployment => "/v1/deployments",
        }
    }

    /// The `anthropic-beta` its API family needs, when not the client's default.
    pub fn beta(self) -> Option<&'static str> {
        match self {
            Kind::Skill => Some("skills-2025-10-02"),
            Kind::MemoryStore => Some("agent-memory-2026-07-22"),
            Kind::Environment | Kind::Vault | Kind::Agent | Kind::Deployment => None,
        }
    }

    /// Skills are directories uploaded as files (a payload), not JSON bodies; they are deleted,
    /// not archived, and have versions of their own.
    pub fn is_payload(self) -> bool {
        self == Kind::Skill
    }

    /// The field of a server object that holds its version, for the kinds that have one.
    pub fn version_field(self) -> Option<&'static str> {
        match self {
            Kind::Agent => Some("version"),
            Kind::Skill => Some("latest_version"),
            _ => None,
        }
    }

    /// What `--prune` does to an object of this kind.
    pub fn destroy_word(self) -> &'static str {
        if self.is_payload() { "delete" } else { "archive" }
    }

    /// Top-level fields a template of this kind may set: the API's create body (a skill's are
    /// its `SKILL.md` front matter, which is free-form).
    pub fn fields(self) -> &'static [&'static str] {
        match self {
            Kind::Agent => &[
                "name",
                "description",
                "model",
                "system",
                "tools",
                "mcp_servers",
                "skills",
                "multiagent",
                "metadata",
                "execution_identity",
            ],
            Kind::Environment => &["name", "description", "config", "metadata", "scope"],
            Kind::MemoryStore => &["name", "description", "metadata"],
            Kind::Vault => &["display_name", "metadata"],
            Kind::Deployment => &[
                "name",
                "description",
                "agent",
                "environment_id",
                "initial_events",
                "budget",
                "metadata",
                "resources",
                "schedule",
                "vault_ids",
            ],
            Kind::Skill => &[],
        }
    }

    /// The fields a planned create shows in its details (all of them with `-v`).
    pub fn summary_fields(self) -> &'static [&'static str] {
        match self {
            Kind::Agent => &["name", "model", "description"],
            Kind::Environment => &["name", "config"],
            Kind::MemoryStore => &["name", "description"],
            Kind::Vault => &["display_name"],
            Kind::Deployment => &["name", "agent", "environment_id", "schedule"],
            Kind::Skill => &["display_name"],
        }
    }

    /// The field a Markdown file's body fills, if the kind has one.
    pub fn prose_field(self) -> Option<&'static str> {
        match self {
            Kind::Agent => Some("system"),
            Kind::Environment | Kind::MemoryStore => Some("description"),
            Kind::Deployment => Some("initial_events"),
            Kind::Vault | Kind::Skill => None,
        }
    }

    /// Fields (dotted paths) the server fills in itself; they are left out of `remote_hash`.
    /// The official lists are not public (ant-apply.md §3.6): these are the documented candidates.
    pub fn computed(self) -> &'static [&'static str] {
        match self {
            Kind::Agent => &["id", "type", "version", "created_at", "updated_at", "archived_at"],
            Kind::Deployment => &[
                "id",
                "type",
                "created_at",
                "updated_at",
                "archived_at",
                "status",
                "paused_reason",
                "schedule.last_run_at",
                "schedule.upcoming_runs_at",
            ],
            Kind::Environment | Kind::MemoryStore | Kind::Vault | Kind::Skill => {
                &["id", "type", "created_at", "updated_at", "archived_at"]
            }
        }
    }

    /// Fields that an update must set to `null` when the file no longer declares them, or the
    /// server would keep the old value.
    pub fn clearable(self) -> &'static [&'static str] {
        match self {
            Kind::Agent => &["description", "system", "tools", "mcp_servers", "skills", "multiagent"],
            Kind::Environment | Kind::MemoryStore => &["description"],
            Kind::Deployment => &["description", "budget", "resources", "schedule", "vault_ids"],
            Kind::Vault | Kind::Skill => &[],
        }
    }
}

/// An error about a file, at the place it was written.
#[derive(Debug, Clone, thiserror::Error, PartialEq)]
#[error("{file}:{line}:{column}: {message}")]
pub struct FileError {
    /// The path as the user sees it (relative to the current directory when possible).
    pub file: String,
    pub line: u64,
    pub column: u64,
    pub message: String,
}

/// A path for messages: relative to the current directory when it is below it.
pub fn display_path(path: &std::path::Path) -> String {
    let cwd = std::env::current_dir().ok();
    match cwd.as_deref().and_then(|c| path.strip_prefix(c).ok()) {
        Some(rel) => rel.display().to_string(),
        None => path.display().to_string(),
    }
}
