//! Agents as code: template files (agents, environments, memory stores, vaults) loaded with their
//! references, the `claude-lock.json` lockfile, and the plan that brings the server in line with
//! the files. The rules follow the official `ant apply` (../shared/api/ant-apply.md) so a
//! repository can move between the two CLIs without touching its files or its lockfile.

pub mod canon;
pub mod fetch;
pub mod load;
pub mod lock;
mod node;
pub mod plan;

/// The resource kinds this build manages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    // Declaration order is the kind rank: referenced kinds first.
    Environment,
    MemoryStore,
    Vault,
    Agent,
}

/// Every kind, in rank order.
pub const KINDS: [Kind; 4] = [Kind::Environment, Kind::MemoryStore, Kind::Vault, Kind::Agent];

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Environment => "environment",
            Kind::MemoryStore => "memory_store",
            Kind::Vault => "vault",
            Kind::Agent => "agent",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        KINDS.into_iter().find(|k| k.name() == s)
    }

    /// The API collection, e.g. `/v1/agents`.
    pub fn collection(self) -> &'static str {
        match self {
            Kind::Environment => "/v1/environments",
            Kind::MemoryStore => "/v1/memory_stores",
            Kind::Vault => "/v1/vaults",
            Kind::Agent => "/v1/agents",
        }
    }

    /// The `anthropic-beta` its API family needs, when not the client's default.
    pub fn beta(self) -> Option<&'static str> {
        match self {
            Kind::MemoryStore => Some("agent-memory-2026-07-22"),
            Kind::Environment | Kind::Vault | Kind::Agent => None,
        }
    }

    /// Top-level fields a template of this kind may set: the API's create body.
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
        }
    }

    /// The field a Markdown file's body fills, if the kind has one.
    pub fn prose_field(self) -> Option<&'static str> {
        match self {
            Kind::Agent => Some("system"),
            Kind::Environment | Kind::MemoryStore => Some("description"),
            Kind::Vault => None,
        }
    }

    /// Fields the server fills in itself; they are left out of `remote_hash`. The official list
    /// is not public (ant-apply.md §3.6): this is its documented candidate.
    pub fn computed(self) -> &'static [&'static str] {
        match self {
            Kind::Agent => &["id", "type", "version", "created_at", "updated_at", "archived_at"],
            Kind::Environment | Kind::MemoryStore | Kind::Vault => {
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
            Kind::Vault => &[],
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
