//! What a session mounts, laid out on disk. Each session has a tree of its own,
//! `<data dir>/mounts/<session id>/`, that mirrors the paths the API names: `mnt/session/uploads`
//! (its files, hard links to their bytes), `mnt/session/outputs` (what it writes there becomes
//! files scoped to it), `mnt/memory/<slug>` (its memory stores, kept in step by
//! [`memory::Mirror`]) and `workspace/<repo>` (its repositories, cloned by the server). Skills are
//! shown from the skill store itself. Bubblewrap binds the tree at `/mnt` and `/workspace`
//! (read-only, with the writable parts bound read-write over it); Landlock, which cannot place
//! anything, allows the tree where it is, and the model is told those paths instead.

pub mod git;
pub mod memory;

use std::io;
use std::path::{Path, PathBuf};

use serde_json::Value;

use self::memory::{Mirror, Pushed, Remote, RemoteMemory};
use crate::api::files::{FileMetadata, FileScope};
use crate::api::memory_stores::{Actor, MemoryStore};
use crate::api::session_resources::{MEMORY, OUTPUTS, REPOSITORIES, SKILLS, UPLOADS};
use crate::api::sessions::Session;
use crate::api::skills::{SkillVersion, parse_refs};
use crate::local::blobs::Blobs;
use crate::local::sandbox::Mount;
use crate::local::store::{MemoryChange, MemoryError, Store, StoreError};

/// The Files API's limit on one file: 500 MB (MiB, as the local server counts its limits).
pub const MAX_FILE_BYTES: u64 = 500 << 20;

/// Where resources live in the data dir, and the limit on an upload.
#[derive(Debug, Clone)]
pub struct Resources {
    pub blobs: Blobs,
    /// Skill versions' files: `<skills>/<skill id>/<version id>/`.
    pub skills: PathBuf,
    /// Sessions' trees: `<mounts>/<session id>/`.
    mounts: PathBuf,
    pub max_file_bytes: u64,
    /// Files are hard links to their bytes where a sandbox keeps tools from changing them;
    /// with no sandbox they are copies, so a tool cannot change what other files share.
    pub link_files: bool,
}

impl Resources {
    pub fn new(data_dir: &Path, max_file_bytes: u64, link_files: bool) -> Self {
        Self {
            blobs: Blobs::new(data_dir.join("files")),
            skills: data_dir.join("skills"),
            mounts: data_dir.join("mounts"),
            max_file_bytes,
            link_files,
        }
    }

    /// Where a path a session sees (`/mnt/...`, `/workspace/...`) lies in its tree.
    pub fn host_path(&self, session_id: &str, guest: &str) -> PathBuf {
        self.mounts.join(session_id).join(guest.trim_start_matches('/'))
    }

    /// Puts a file's bytes (its blob) at its mount path in the session's tree, read-only.
    pub fn place_file(&self, session_id: &str, mount_path: &str, blob: &str) -> io::Result<()> {
        let target = self.host_path(session_id, mount_path);
        if target.exists() {
            return Ok(());
        }
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let source = self.blobs.path(blob);
        if self.link_files && std::fs::hard_link(&source, &target).is_ok() {
            return Ok(());
        }
        std::fs::copy(&source, &target)?;
        std::fs::set_permissions(&target, std::os::unix::fs::PermissionsExt::from_mode(0o444))
    }

    pub fn remove_file(&self, session_id: &str, mount_path: &str) -> io::Result<()> {
        match std::fs::remove_file(self.host_path(session_id, mount_path)) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }

    /// Removes a session's tree (the session is gone).
    pub fn forget(&self, session_id: &str) {
        let tree = self.mounts.join(session_id);
        if let Err(e) = std::fs::remove_dir_all(&tree)
            && e.kind() != io::ErrorKind::NotFound
        {
            tracing::warn!("cannot remove {}: {e}", tree.display());
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum PrepareError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{path}: {error}")]
    Disk { path: PathBuf, error: io::Error },
    #[error("{0}")]
    Missing(String),
}

fn disk(path: &Path) -> impl FnOnce(io::Error) -> PrepareError + '_ {
    move |error| PrepareError::Disk {
        path: path.to_path_buf(),
        error,
    }
}

/// A session's resources, ready for its sandbox and its model.
pub struct SessionResources {
    pub mounts: Vec<Mount>,
    /// What the system prompt says of them (empty: nothing).
    pub prompt: String,
    /// Its memory stores' mirrors, by store id.
    pub stores: Vec<(String, Mirror)>,
    /// Where the session's outputs are written, on the host (a self-hosted session's stay
    /// with its worker).
    pub outputs: Option<PathBuf>,
}

/// Lays out a session's tree and says where each resource is. `in_place`: the sandbox shows
/// resources at the API's paths (bubblewrap); otherwise the model is told the tree's.
pub fn prepare(
    res: &Resources,
    store: &Store,
    session: &Session,
    in_place: bool,
) -> Result<SessionResources, PrepareError> {
    let sid = &session.id;
    let host = |guest: &str| res.host_path(sid, guest);
    let shown = |guest: &str| {
        if in_place { PathBuf::from(guest) } else { host(guest) }
    };
    let mut mounts = Vec::new();
    let mut prompt = Prompt::default();
    for dir in [UPLOADS, OUTPUTS, MEMORY, SKILLS] {
        std::fs::create_dir_all(host(dir)).map_err(disk(&host(dir)))?;
    }
    let outputs = host(OUTPUTS);
    mounts.push(Mount {
        host: outputs.clone(),
        guest: shown(OUTPUTS),
        writable: true,
    });
    let mut stores = Vec::new();
    for r in store.session_resources(sid)? {
        let body = &r.body;
        let text = |key: &str| body[key].as_str().unwrap_or_default().to_string();
        match r.kind.as_str() {
            "file" => {
                let (file_id, mount_path) = (text("file_id"), text("mount_path"));
                let file = store
                    .file(&file_id)?
                    .ok_or_else(|| PrepareError::Missing(format!("file {file_id} is gone")))?;
                res.place_file(sid, &mount_path, &file.blob)
                    .map_err(disk(&host(&mount_path)))?;
                prompt.files.push(format!(
                    "- {} ({}, {} bytes, read-only)",
                    shown(&mount_path).display(),
                    file.metadata.filename,
                    file.metadata.size_bytes
                ));
            }
            "github_repository" => {
                let mount_path = text("mount_path");
                let checkout = match body.get("checkout") {
                    Some(Value::Object(c)) => format!(
                        ", {} {}",
                        c.get("type").and_then(Value::as_str).unwrap_or(""),
                        c.get("name").or(c.get("sha")).and_then(Value::as_str).unwrap_or("")
                    ),
                    _ => String::new(),
                };
                mounts.push(Mount {
                    host: host(&mount_path),
                    guest: shown(&mount_path),
                    writable: true,
                });
                prompt.files.push(format!(
                    "- {}: a git checkout of {}{checkout}",
                    shown(&mount_path).display(),
                    text("url")
                ));
            }
            "memory_store" => {
                let mount_path = text("mount_path");
                let read_only = body["access"] == "read_only";
                let dir = host(&mount_path);
                std::fs::create_dir_all(&dir).map_err(disk(&dir))?;
                let shown_dir = format!("{}/", shown(&mount_path).display());
                mounts.push(Mount {
                    host: dir.clone(),
                    guest: shown(&mount_path),
                    writable: !read_only,
                });
                prompt.memory.push(memory_note(body, &shown_dir, read_only));
                stores.push((text("memory_store_id"), Mirror::new(dir, shown_dir, read_only)));
            }
            _ => {}
        }
    }
    for skill in session_skills(store, session)? {
        let dir = crate::local::skills::version_dir(&res.skills, &skill.skill_id, &skill.id);
        let guest = format!("{SKILLS}/{}", skill.name);
        if in_place {
            // bwrap mounts over a directory that must exist in the read-only tree.
            std::fs::create_dir_all(host(&guest)).map_err(disk(&host(&guest)))?;
        }
        let at = if in_place { PathBuf::from(&guest) } else { dir.clone() };
        prompt.skills.push(skill_line(&skill, &at));
        mounts.push(Mount {
            host: dir,
            guest: at,
            writable: false,
        });
    }
    // The trees themselves, read-only: the writable parts above are bound over them.
    let roots: Vec<&str> = if in_place {
        vec!["/mnt", REPOSITORIES]
    } else {
        vec!["/"]
    };
    for root in roots {
        let dir = host(root);
        if dir.is_dir() {
            mounts.push(Mount {
                host: dir,
                guest: shown(root),
                writable: false,
            });
        }
    }
    Ok(SessionResources {
        prompt: prompt.render(Some(&shown(OUTPUTS)), in_place),
        mounts,
        stores,
        outputs: Some(outputs),
    })
}

/// A self-hosted session's resources: only what the system prompt says of them, as
/// `ant beta:worker` places them in its working directory (skills in `skills/<name>/`, memory
/// stores in `memory/<slug>/`). Placing files and repositories is up to the worker's owner,
/// as it is with the official worker.
pub fn for_worker(store: &Store, session: &Session) -> Result<SessionResources, PrepareError> {
    let mut prompt = Prompt::default();
    for skill in session_skills(store, session)? {
        prompt
            .skills
            .push(skill_line(&skill, Path::new(&format!("skills/{}", skill.name))));
    }
    for r in store.session_resources(&session.id)? {
        if r.kind == "memory_store" {
            let slug = r.body["mount_path"]
                .as_str()
                .and_then(|p| p.rsplit('/').next())
                .unwrap_or_default();
            let read_only = r.body["access"] == "read_only";
            prompt
                .memory
                .push(memory_note(&r.body, &format!("memory/{slug}/"), read_only));
        }
    }
    Ok(SessionResources {
        mounts: Vec::new(),
        prompt: prompt.render(None, true),
        stores: Vec::new(),
        outputs: None,
    })
}

fn skill_line(skill: &SkillVersion, dir: &Path) -> String {
    format!(
        "- {}: {} (read {}/SKILL.md first)",
        skill.name,
        skill.description,
        dir.display()
    )
}

/// A session's skills at the versions it runs.
pub fn session_skills(store: &Store, session: &Session) -> Result<Vec<SkillVersion>, PrepareError> {
    let refs = parse_refs("agent.skills", &session.agent.skills).map_err(PrepareError::Missing)?;
    let mut out = Vec::with_capacity(refs.len());
    for r in refs {
        let version = store
            .skill_version(&r.skill_id, &r.version)?
            .ok_or_else(|| PrepareError::Missing(format!("skill {} has no version {}", r.skill_id, r.version)))?;
        out.push(version);
    }
    Ok(out)
}

fn memory_note(body: &Value, dir: &str, read_only: bool) -> String {
    let mut note = format!(
        "- {dir} ({}): memory store \"{}\"",
        if read_only { "read-only" } else { "read-write" },
        body["name"].as_str().unwrap_or_default()
    );
    if let Some(d) = body["description"].as_str().filter(|d| !d.is_empty()) {
        note.push_str(&format!(": {d}"));
    }
    if let Some(i) = body["instructions"].as_str().filter(|i| !i.is_empty()) {
        note.push_str(&format!("\n  Instructions: {i}"));
    }
    note
}

/// The system prompt's sections on resources, one list each.
#[derive(Default)]
struct Prompt {
    skills: Vec<String>,
    memory: Vec<String>,
    files: Vec<String>,
}

impl Prompt {
    fn render(&self, outputs: Option<&Path>, in_place: bool) -> String {
        let mut out = String::new();
        if !self.skills.is_empty() {
            out.push_str(
                "# Skills\nThese skills are available. Each is a directory of instructions and files; when a task \
                 matches a skill's description, read its SKILL.md and follow it.\n",
            );
            out.push_str(&self.skills.join("\n"));
            out.push_str("\n\n");
        }
        if !self.memory.is_empty() {
            out.push_str(
                "# Memory\nThese memory stores are mounted as directories of text files that persist across \
                 sessions. Check them for what earlier sessions learned before you start, and write down what \
                 later sessions should know (one topic per file, at most 100 kB each) with your file tools.\n",
            );
            out.push_str(&self.memory.join("\n"));
            out.push_str("\n\n");
        }
        let Some(outputs) = outputs else {
            return out;
        };
        out.push_str("# Session files\n");
        if !self.files.is_empty() {
            out.push_str(&self.files.join("\n"));
            out.push('\n');
        }
        out.push_str(&format!(
            "Files you write to {}/ are saved and given to the user as files when your turn ends.\n",
            outputs.display()
        ));
        if !in_place {
            out.push_str(
                "(This sandbox cannot place files at /mnt or /workspace: the paths above are where they are.)\n",
            );
        }
        out
    }
}

/// The memory store of a session, through the store itself; the session is the author.
pub struct StoreRemote<'a> {
    pub store: &'a Store,
    pub store_id: String,
    pub actor: Actor,
}

impl StoreRemote<'_> {
    fn writable(&self) -> Result<Option<Pushed>, String> {
        let body = self
            .store
            .memory_store(&self.store_id)
            .map_err(|e| e.to_string())?
            .ok_or_else(|| format!("memory store {} is gone", self.store_id))?;
        let store: MemoryStore = serde_json::from_str(&body).map_err(|e| e.to_string())?;
        Ok(store
            .archived_at
            .map(|_| Pushed::Refused("the memory store is archived (read-only)".into())))
    }

    fn outcome(&self, result: Result<crate::api::memory_stores::Memory, MemoryError>) -> Result<Pushed, String> {
        match result {
            Ok(m) => Ok(Pushed::Done(RemoteMemory {
                id: m.id,
                path: m.path,
                sha256: m.content_sha256,
            })),
            Err(MemoryError::PathTaken(_) | MemoryError::Precondition { .. }) => Ok(Pushed::Lost),
            Err(MemoryError::NotFound(_)) => Ok(Pushed::Gone),
            Err(MemoryError::Full) => Ok(Pushed::Refused(MemoryError::Full.to_string())),
            Err(MemoryError::Store(e)) => Err(e.to_string()),
        }
    }
}

impl Remote for StoreRemote<'_> {
    async fn list(&self) -> Result<Vec<RemoteMemory>, String> {
        let memories = self.store.memories(&self.store_id).map_err(|e| e.to_string())?;
        Ok(memories
            .into_iter()
            .map(|m| RemoteMemory {
                id: m.id,
                path: m.path,
                sha256: m.content_sha256,
            })
            .collect())
    }

    async fn content(&self, id: &str) -> Result<String, String> {
        let memory = self.store.memory(&self.store_id, id).map_err(|e| e.to_string())?;
        Ok(memory.and_then(|m| m.content).unwrap_or_default())
    }

    async fn create(&self, path: &str, content: &str) -> Result<Pushed, String> {
        if let Some(refused) = self.writable()? {
            return Ok(refused);
        }
        self.outcome(self.store.create_memory(&self.store_id, path, content, &self.actor))
    }

    async fn update(&self, id: &str, content: &str, expected: &str) -> Result<Pushed, String> {
        if let Some(refused) = self.writable()? {
            return Ok(refused);
        }
        let change = MemoryChange {
            content: Some(content),
            path: None,
            expected_sha256: Some(expected),
        };
        self.outcome(self.store.update_memory(&self.store_id, id, &change, &self.actor))
    }

    async fn delete(&self, id: &str, expected: &str) -> Result<Pushed, String> {
        if let Some(refused) = self.writable()? {
            return Ok(refused);
        }
        let deleted = self
            .store
            .delete_memory(&self.store_id, id, Some(expected), &self.actor);
        match deleted {
            Ok(()) => Ok(Pushed::Done(RemoteMemory {
                id: id.to_string(),
                path: String::new(),
                sha256: String::new(),
            })),
            Err(e) => self.outcome(Err(e)),
        }
    }
}

/// Takes what a session wrote to its outputs directory as files scoped to it: each file once
/// per content (a file written again with other bytes is a new file), named by its path below
/// the directory. Returns how many new files there are. Blocking.
pub fn collect_outputs(res: &Resources, store: &Store, session_id: &str, dir: &Path) -> Result<usize, PrepareError> {
    let mut new = 0;
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(d) = dirs.pop() {
        let entries = match std::fs::read_dir(&d) {
            Ok(e) => e,
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(e) => return Err(disk(&d)(e)),
        };
        for entry in entries {
            let entry = entry.map_err(disk(&d))?;
            let path = entry.path();
            let kind = entry.file_type().map_err(disk(&path))?;
            if kind.is_dir() {
                dirs.push(path);
                continue;
            }
            // Links are not followed: an output is what the session wrote, not what it points at.
            if !kind.is_file() {
                continue;
            }
            let rel = path.strip_prefix(dir).unwrap_or(&path).to_string_lossy().into_owned();
            let stored = res.blobs.put_file(&path).map_err(disk(&path))?;
            if store.session_output(session_id, &rel, &stored.blob)?.is_some() {
                continue;
            }
            let file = FileMetadata {
                id: crate::api::new_id("file"),
                kind: "file".into(),
                mime_type: crate::api::files::mime_type(None, &rel),
                filename: rel.clone(),
                size_bytes: stored.size,
                created_at: crate::api::now(),
                downloadable: true,
                expires_at: None,
                scope: Some(FileScope {
                    kind: "session".into(),
                    id: session_id.to_string(),
                }),
            };
            store.insert_session_output(&file, &stored.blob, &rel)?;
            new += 1;
        }
    }
    Ok(new)
}
