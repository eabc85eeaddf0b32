//! A memory store as a directory: each memory a file at its path. A [`Mirror`] keeps the two in
//! step both ways: files the session wrote become memory versions (pushed through a
//! [`Remote`]: the store itself in the server, the API in a worker), and changes made in the
//! store reach the files. Where both changed, the store wins, as the official worker's sync
//! does. What cannot become a memory (over 100 kB, not UTF-8, a bad path, a full store) stays
//! a local file and is reported once per change, for the tool result to say.

use std::collections::HashMap;
use std::future::Future;
use std::io;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use crate::api::memory_stores::{MAX_MEMORY_BYTES, check_path};
use crate::local::store::content_sha256;

/// A memory as a listing shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct RemoteMemory {
    pub id: String,
    pub path: String,
    pub sha256: String,
}

/// What became of a change sent to the store.
#[derive(Debug, PartialEq)]
pub enum Pushed {
    Done(RemoteMemory),
    /// The store changed first (a precondition failed, or the path is taken): it wins.
    Lost,
    /// The memory is gone from the store.
    Gone,
    /// The store refuses it for good (size, path, count): why.
    Refused(String),
}

/// The store a mirror syncs with.
pub trait Remote {
    fn list(&self) -> impl Future<Output = Result<Vec<RemoteMemory>, String>> + Send;
    fn content(&self, id: &str) -> impl Future<Output = Result<String, String>> + Send;
    fn create(&self, path: &str, content: &str) -> impl Future<Output = Result<Pushed, String>> + Send;
    fn update(&self, id: &str, content: &str, expected: &str) -> impl Future<Output = Result<Pushed, String>> + Send;
    fn delete(&self, id: &str, expected: &str) -> impl Future<Output = Result<Pushed, String>> + Send;
}

/// What a file was when it was last in step with the store.
#[derive(Debug, Clone)]
struct Known {
    memory_id: String,
    sha256: String,
    size: u64,
    mtime_ns: i64,
}

/// A local file as last seen: its size and modification time.
fn stamp(meta: &std::fs::Metadata) -> (u64, i64) {
    (meta.len(), meta.mtime() * 1_000_000_000 + meta.mtime_nsec())
}

pub struct Mirror {
    dir: PathBuf,
    /// The path shown in notes, where the session sees the directory.
    shown: String,
    read_only: bool,
    known: HashMap<String, Known>,
    /// Files refused, by path, with the stamp they were refused at: reported once per change.
    refused: HashMap<String, (u64, i64)>,
    adopted: bool,
}

/// Where a sync went wrong, so that it could not finish (the store or the disk failing).
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("memory store: {0}")]
    Remote(String),
    #[error("memory directory {path}: {error}")]
    Disk { path: PathBuf, error: io::Error },
}

fn disk(path: &Path) -> impl FnOnce(io::Error) -> SyncError + '_ {
    move |error| SyncError::Disk {
        path: path.to_path_buf(),
        error,
    }
}

impl Mirror {
    pub fn new(dir: PathBuf, shown: String, read_only: bool) -> Self {
        Self {
            dir,
            shown,
            read_only,
            known: HashMap::new(),
            refused: HashMap::new(),
            adopted: false,
        }
    }

    /// Sends the session's changes to the store (unless read-only), then brings the store's
    /// into the directory. Returns a line for each file the store refused since the last sync.
    pub async fn sync(&mut self, remote: &impl Remote) -> Result<Vec<String>, SyncError> {
        std::fs::create_dir_all(&self.dir).map_err(disk(&self.dir))?;
        if !self.adopted {
            self.adopt(remote).await?;
        }
        let mut notes = Vec::new();
        if !self.read_only {
            self.push(remote, &mut notes).await?;
        }
        self.pull(remote).await?;
        Ok(notes)
    }

    /// On the first sync, files already here (a restart) that match the store are in step;
    /// the rest are the session's if the store lacks them, else the store's.
    async fn adopt(&mut self, remote: &impl Remote) -> Result<(), SyncError> {
        let listed = remote.list().await.map_err(SyncError::Remote)?;
        for (path, file) in self.scan()? {
            let Some(m) = listed.iter().find(|m| m.path == path) else {
                continue;
            };
            let (size, mtime_ns) = file.stamp;
            // A file that differs is known at the store's hash, so the pull replaces it.
            let sha256 = if self.read_sha(&file.full)?.as_deref() == Some(m.sha256.as_str()) {
                m.sha256.clone()
            } else {
                String::new()
            };
            self.known.insert(
                path,
                Known {
                    memory_id: m.id.clone(),
                    sha256,
                    size,
                    mtime_ns,
                },
            );
        }
        self.adopted = true;
        Ok(())
    }

    async fn push(&mut self, remote: &impl Remote, notes: &mut Vec<String>) -> Result<(), SyncError> {
        let files = self.scan()?;
        for (path, file) in &files {
            if let Some(k) = self.known.get(path)
                && (k.size, k.mtime_ns) == file.stamp
            {
                continue;
            }
            let content = match std::fs::read(&file.full) {
                Ok(bytes) => bytes,
                // Removed since the scan: the next sync sees it gone.
                Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
                Err(e) => return Err(disk(&file.full)(e)),
            };
            let sha256 = content_sha256_bytes(&content);
            if let Some(k) = self.known.get_mut(path)
                && k.sha256 == sha256
            {
                (k.size, k.mtime_ns) = file.stamp;
                continue;
            }
            if let Err(why) = memory_text(path, &content) {
                self.refuse(path, file.stamp, &why, notes);
                continue;
            }
            let text = String::from_utf8_lossy(&content);
            let pushed = match self.known.get(path) {
                Some(k) if !k.sha256.is_empty() => remote.update(&k.memory_id, &text, &k.sha256).await,
                _ => remote.create(path, &text).await,
            }
            .map_err(SyncError::Remote)?;
            let pushed = match pushed {
                // Deleted in the store meanwhile: the session's newer write makes it again.
                Pushed::Gone => remote.create(path, &text).await.map_err(SyncError::Remote)?,
                other => other,
            };
            match pushed {
                Pushed::Done(m) => {
                    self.refused.remove(path);
                    self.known.insert(
                        path.clone(),
                        Known {
                            memory_id: m.id,
                            sha256: m.sha256,
                            size: file.stamp.0,
                            mtime_ns: file.stamp.1,
                        },
                    );
                }
                // The store's version comes down in the pull.
                Pushed::Lost | Pushed::Gone => {
                    if let Some(k) = self.known.get_mut(path) {
                        k.sha256.clear();
                    }
                }
                Pushed::Refused(why) => self.refuse(path, file.stamp, &why, notes),
            }
        }
        let removed: Vec<(String, Known)> = self
            .known
            .iter()
            .filter(|(path, _)| !files.contains_key(*path))
            .map(|(p, k)| (p.clone(), k.clone()))
            .collect();
        for (path, k) in removed {
            match remote
                .delete(&k.memory_id, &k.sha256)
                .await
                .map_err(SyncError::Remote)?
            {
                Pushed::Done(_) | Pushed::Gone => {
                    self.known.remove(&path);
                }
                // Changed in the store meanwhile: it comes back in the pull.
                Pushed::Lost | Pushed::Refused(_) => {
                    if let Some(k) = self.known.get_mut(&path) {
                        k.sha256.clear();
                    }
                }
            }
        }
        Ok(())
    }

    fn refuse(&mut self, path: &str, stamp: (u64, i64), why: &str, notes: &mut Vec<String>) {
        if self.refused.insert(path.to_string(), stamp) != Some(stamp) {
            notes.push(format!(
                "memory: {}{path} was not saved to the memory store: {why}",
                self.shown.trim_end_matches('/')
            ));
        }
    }

    async fn pull(&mut self, remote: &impl Remote) -> Result<(), SyncError> {
        let listed = remote.list().await.map_err(SyncError::Remote)?;
        let mut live = std::collections::HashSet::new();
        for m in listed {
            live.insert(m.path.clone());
            let in_step = self
                .known
                .get(&m.path)
                .is_some_and(|k| k.memory_id == m.id && k.sha256 == m.sha256);
            if in_step {
                continue;
            }
            let content = remote.content(&m.id).await.map_err(SyncError::Remote)?;
            let full = self.local(&m.path);
            write_atomically(&full, content.as_bytes()).map_err(disk(&full))?;
            let meta = std::fs::metadata(&full).map_err(disk(&full))?;
            let (size, mtime_ns) = stamp(&meta);
            self.refused.remove(&m.path);
            self.known.insert(
                m.path.clone(),
                Known {
                    memory_id: m.id,
                    sha256: m.sha256,
                    size,
                    mtime_ns,
                },
            );
        }
        let gone: Vec<String> = self.known.keys().filter(|p| !live.contains(*p)).cloned().collect();
        for path in gone {
            self.known.remove(&path);
            let full = self.local(&path);
            if let Err(e) = std::fs::remove_file(&full)
                && e.kind() != io::ErrorKind::NotFound
            {
                return Err(disk(&full)(e));
            }
        }
        Ok(())
    }

    fn local(&self, path: &str) -> PathBuf {
        self.dir.join(path.trim_start_matches('/'))
    }

    fn read_sha(&self, full: &Path) -> Result<Option<String>, SyncError> {
        match std::fs::read(full) {
            Ok(bytes) => Ok(Some(content_sha256_bytes(&bytes))),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(disk(full)(e)),
        }
    }

    /// The regular files below the directory, by memory path (`/a/b.md`); links and other
    /// special files are not memories and are left alone.
    fn scan(&self) -> Result<HashMap<String, LocalFile>, SyncError> {
        let mut out = HashMap::new();
        let mut dirs = vec![self.dir.clone()];
        while let Some(dir) = dirs.pop() {
            let entries = match std::fs::read_dir(&dir) {
                Ok(entries) => entries,
                Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
                Err(e) => return Err(disk(&dir)(e)),
            };
            for entry in entries {
                let entry = entry.map_err(disk(&dir))?;
                let full = entry.path();
                let meta = std::fs::symlink_metadata(&full).map_err(disk(&full))?;
                if meta.is_dir() {
                    dirs.push(full);
                } else if meta.is_file()
                    && let Ok(rel) = full.strip_prefix(&self.dir)
                {
                    let path = format!("/{}", rel.to_string_lossy());
                    out.insert(
                        path,
                        LocalFile {
                            full: full.clone(),
                            stamp: stamp(&meta),
                        },
                    );
                }
            }
        }
        Ok(out)
    }
}

/// Syncs each memory store's mirror (by store id) through the remote `remote` gives for it;
/// lines for what the stores refused, or for a sync that failed.
pub async fn sync_all<R: Remote>(mirrors: &mut [(String, Mirror)], remote: impl Fn(&str) -> R) -> Vec<String> {
    let mut notes = Vec::new();
    for (store_id, mirror) in mirrors.iter_mut() {
        match mirror.sync(&remote(store_id)).await {
            Ok(refused) => notes.extend(refused),
            Err(e) => {
                tracing::warn!("memory store {store_id}: {e}");
                notes.push(format!("memory: could not sync {}: {e}", mirror.shown));
            }
        }
    }
    notes
}

struct LocalFile {
    full: PathBuf,
    stamp: (u64, i64),
}

fn content_sha256_bytes(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(text) => content_sha256(text),
        // Never equal to a memory's hash: such a file is refused before it is compared.
        Err(_) => String::from("not-utf8"),
    }
}

/// Why a file cannot be a memory, if it cannot.
fn memory_text(path: &str, content: &[u8]) -> Result<(), String> {
    check_path("path", path)?;
    if content.len() > MAX_MEMORY_BYTES {
        return Err(format!(
            "it is {} bytes, over the limit of a memory ({MAX_MEMORY_BYTES} bytes, 100 kB)",
            content.len()
        ));
    }
    std::str::from_utf8(content).map_err(|_| "a memory is UTF-8 text, and this file is not".to_string())?;
    Ok(())
}

/// Writes a file whole or not at all (a reader never sees half a memory).
fn write_atomically(path: &Path, content: &[u8]) -> io::Result<()> {
    let parent = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent)?;
    let mut temp = tempfile::Builder::new().prefix(".memory-").tempfile_in(parent)?;
    io::Write::write_all(&mut temp, content)?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    /// A store in memory that can be changed behind the mirror's back.
    #[derive(Default)]
    struct Fake {
        memories: Mutex<Vec<(RemoteMemory, String)>>,
        next: Mutex<u32>,
    }

    impl Fake {
        fn put(&self, path: &str, content: &str) -> RemoteMemory {
            let mut memories = self.memories.lock().unwrap();
            let mut next = self.next.lock().unwrap();
            *next += 1;
            let m = RemoteMemory {
                id: format!("mem_{next}"),
                path: path.into(),
                sha256: content_sha256(content),
            };
            memories.retain(|(x, _)| x.path != path);
            memories.push((m.clone(), content.into()));
            m
        }

        fn get(&self, path: &str) -> Option<String> {
            let memories = self.memories.lock().unwrap();
            memories.iter().find(|(m, _)| m.path == path).map(|(_, c)| c.clone())
        }
    }

    impl Remote for Fake {
        async fn list(&self) -> Result<Vec<RemoteMemory>, String> {
            Ok(self.memories.lock().unwrap().iter().map(|(m, _)| m.clone()).collect())
        }
        async fn content(&self, id: &str) -> Result<String, String> {
            let memories = self.memories.lock().unwrap();
            Ok(memories.iter().find(|(m, _)| m.id == id).unwrap().1.clone())
        }
        async fn create(&self, path: &str, content: &str) -> Result<Pushed, String> {
            if self.get(path).is_some() {
                return Ok(Pushed::Lost);
            }
            Ok(Pushed::Done(self.put(path, content)))
        }
        async fn update(&self, id: &str, content: &str, expected: &str) -> Result<Pushed, String> {
            let current = self.memories.lock().unwrap().iter().find(|(m, _)| m.id == id).cloned();
            match current {
                None => Ok(Pushed::Gone),
                Some((m, _)) if m.sha256 != expected => Ok(Pushed::Lost),
                Some((m, _)) => {
                    let mut memories = self.memories.lock().unwrap();
                    let slot = memories.iter_mut().find(|(x, _)| x.id == id).unwrap();
                    *slot = (
                        RemoteMemory {
                            sha256: content_sha256(content),
                            ..m
                        },
                        content.into(),
                    );
                    Ok(Pushed::Done(slot.0.clone()))
                }
            }
        }
        async fn delete(&self, id: &str, expected: &str) -> Result<Pushed, String> {
            let mut memories = self.memories.lock().unwrap();
            match memories.iter().position(|(m, _)| m.id == id) {
                None => Ok(Pushed::Gone),
                Some(i) if memories[i].0.sha256 != expected => Ok(Pushed::Lost),
                Some(i) => {
                    memories.remove(i);
                    Ok(Pushed::Done(RemoteMemory {
                        id: id.into(),
                        path: String::new(),
                        sha256: String::new(),
                    }))
                }
            }
        }
    }

    fn write(dir: &Path, rel: &str, text: &str) {
        let path = dir.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    #[tokio::test]
    async fn writes_go_up_and_store_changes_come_down() {
        let dir = tempfile::tempdir().unwrap();
        let fake = Fake::default();
        fake.put("/prefs/colour.md", "blue");
        let mut mirror = Mirror::new(dir.path().join("m"), "/mnt/memory/m/".into(), false);
        assert!(mirror.sync(&fake).await.unwrap().is_empty());
        assert_eq!(
            std::fs::read_to_string(dir.path().join("m/prefs/colour.md")).unwrap(),
            "blue"
        );

        write(&dir.path().join("m"), "notes/new.md", "learned");
        write(&dir.path().join("m"), "prefs/colour.md", "green");
        mirror.sync(&fake).await.unwrap();
        assert_eq!(fake.get("/notes/new.md").as_deref(), Some("learned"));
        assert_eq!(fake.get("/prefs/colour.md").as_deref(), Some("green"));

        // The store changes behind the mirror's back, and the session changes the same file:
        // the store wins.
        fake.put("/prefs/colour.md", "red");
        write(&dir.path().join("m"), "prefs/colour.md", "purple");
        mirror.sync(&fake).await.unwrap();
        assert_eq!(fake.get("/prefs/colour.md").as_deref(), Some("red"));
        assert_eq!(
            std::fs::read_to_string(dir.path().join("m/prefs/colour.md")).unwrap(),
            "red"
        );

        std::fs::remove_file(dir.path().join("m/notes/new.md")).unwrap();
        mirror.sync(&fake).await.unwrap();
        assert_eq!(fake.get("/notes/new.md"), None);
    }

    #[tokio::test]
    async fn what_cannot_be_a_memory_is_said_once_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let fake = Fake::default();
        let mut mirror = Mirror::new(dir.path().to_path_buf(), "/mnt/memory/m/".into(), false);
        write(dir.path(), "big.txt", &"x".repeat(MAX_MEMORY_BYTES + 1));
        let notes = mirror.sync(&fake).await.unwrap();
        assert_eq!(notes.len(), 1, "{notes:?}");
        assert!(
            notes[0].contains("/mnt/memory/m/big.txt") && notes[0].contains("100 kB"),
            "{notes:?}"
        );
        assert!(mirror.sync(&fake).await.unwrap().is_empty(), "said once");
        assert!(dir.path().join("big.txt").exists(), "the file stays");
        std::fs::write(dir.path().join("bin"), [0xff, 0xfe]).unwrap();
        let notes = mirror.sync(&fake).await.unwrap();
        assert!(notes[0].contains("UTF-8"), "{notes:?}");
        assert_eq!(fake.list().await.unwrap().len(), 0);
    }

    #[tokio::test]
    async fn read_only_stores_are_never_pushed_and_restarts_adopt_what_matches() {
        let dir = tempfile::tempdir().unwrap();
        let fake = Fake::default();
        fake.put("/a.md", "store");
        let mut ro = Mirror::new(dir.path().to_path_buf(), "/m/".into(), true);
        ro.sync(&fake).await.unwrap();
        write(dir.path(), "b.md", "local");
        ro.sync(&fake).await.unwrap();
        assert_eq!(fake.get("/b.md"), None);

        // A new mirror over the same directory (a restart) keeps what matches, takes the
        // store's where it differs, and sends what the store lacks.
        write(dir.path(), "a.md", "stale");
        let mut again = Mirror::new(dir.path().to_path_buf(), "/m/".into(), false);
        again.sync(&fake).await.unwrap();
        assert_eq!(std::fs::read_to_string(dir.path().join("a.md")).unwrap(), "store");
        assert_eq!(fake.get("/b.md").as_deref(), Some("local"));
    }
}
