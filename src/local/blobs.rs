//! The bytes of files: `<dir>/<blob>`, each written once through a temp file in `<dir>/tmp`
//! (renamed into place when whole), never changed afterwards (mode 0444). A partial or refused
//! upload leaves nothing behind; a 1 GiB upload passes through in chunks, never whole in memory.
//!
//! An upload's blob is named by a random key and is not hashed: the Files API never shows a
//! hash, and hashing cost more than the rest of an upload. It is answered once its bytes are in
//! the kernel's page cache, which a crash of the server cannot lose, and forced to disk
//! (`fsync`) [`Blobs::SYNC_DELAY`] later: the database lists it in `unsynced_blobs` until then,
//! in the same transaction as its file, with the boot it was written in (see
//! [`Blobs::recover`]). A session's output is named by its SHA-256 (its outputs are taken once
//! per content) and forced to disk before its file is recorded; data dirs from before named
//! every blob so.

use std::io::{self, Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock, mpsc};
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures::{Stream, StreamExt};
use sha2::{Digest, Sha256};

use crate::local::store::{Store, StoreError};

/// What a stream of bytes or a file became.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    /// Its name in the store: a random key for an upload, the SHA-256 (hex) of a file's bytes.
    pub blob: String,
    pub size: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum BlobError {
    #[error("file store: {0}")]
    Io(#[from] io::Error),
    #[error("larger than {limit} bytes")]
    TooLarge { limit: u64 },
    /// The body could not be read (the client's fault or the connection's).
    #[error("{0}")]
    Body(String),
}

/// What [`Blobs::recover`] found.
#[derive(Debug, Default, PartialEq)]
pub struct Recovered {
    /// Uploads of this boot that a stopped server had not yet forced to disk: forced now.
    pub synced: usize,
    /// Files dropped: their bytes were written before the machine restarted and had not been
    /// forced to disk, so they may be torn.
    pub dropped: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Blobs {
    dir: PathBuf,
    /// The thread that forces uploads to disk after they are answered, started on first use.
    syncer: Arc<OnceLock<mpsc::Sender<SyncJob>>>,
}

/// An upload to force to disk once `due`, and what to do then.
struct SyncJob {
    blob: String,
    due: Instant,
    done: Box<dyn FnOnce(io::Result<()>) + Send>,
}

impl Blobs {
    /// How long after its answer an upload is forced to disk: writing a large file back to
    /// disk slows the page-cache writes of everything else on the machine (a download of the
    /// file just after its upload ran at half speed), so it waits a moment.
    pub const SYNC_DELAY: Duration = Duration::from_secs(5);

    pub fn new(dir: PathBuf) -> Self {
        Self {
            dir,
            syncer: Arc::default(),
        }
    }

    pub fn path(&self, blob: &str) -> PathBuf {
        self.dir.join(blob)
    }

    fn temp(&self) -> io::Result<tempfile::NamedTempFile> {
        let tmp = self.dir.join("tmp");
        std::fs::create_dir_all(&tmp)?;
        tempfile::NamedTempFile::new_in(tmp)
    }

    /// Stores a stream of chunks, refusing more than `limit` bytes, under a new random name.
    /// Each chunk is written as it arrives, on this task: a write into the page cache is short,
    /// and handing each chunk to a thread of its own cost more than the write (the server took
    /// 0.50 s of CPU for a 512 MiB upload that way, 0.29 s so). Nothing waits in memory. The
    /// blob is whole in the page cache but not yet on disk: [`Self::sync`] or
    /// [`Self::sync_later`] forces it there.
    pub async fn put_stream<S, E>(&self, mut chunks: S, limit: u64) -> Result<Stored, BlobError>
    where
        S: Stream<Item = Result<Bytes, E>> + Unpin,
        E: std::fmt::Display,
    {
        let mut temp = self.temp()?;
        let mut size = 0u64;
        while let Some(chunk) = chunks.next().await {
            let chunk = chunk.map_err(|e| BlobError::Body(e.to_string()))?;
            size += chunk.len() as u64;
            if size > limit {
                return Err(BlobError::TooLarge { limit });
            }
            temp.write_all(&chunk)?;
        }
        let blob = format!("up_{}", uuid::Uuid::new_v4().simple());
        self.keep(temp, &blob)?;
        Ok(Stored { blob, size })
    }

    /// Forces a blob's bytes and its name to disk; one that is gone (its file deleted) needs
    /// nothing. Blocking.
    pub fn sync(&self, blob: &str) -> io::Result<()> {
        match std::fs::File::open(self.path(blob)) {
            Ok(file) => file.sync_all()?,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(e),
        }
        self.sync_names()
    }

    /// Moves a whole temp file into place as `blob`, never to change again.
    fn keep(&self, temp: tempfile::NamedTempFile, blob: &str) -> io::Result<()> {
        std::fs::set_permissions(temp.path(), std::fs::Permissions::from_mode(0o444))?;
        temp.persist(self.path(blob)).map_err(|e| e.error)?;
        Ok(())
    }

    /// Forces the blobs' names (the directory) to disk.
    fn sync_names(&self) -> io::Result<()> {
        std::fs::File::open(&self.dir)?.sync_all()
    }

    /// Forces a blob to disk [`Self::SYNC_DELAY`] from now, on the syncer thread (one blob
    /// after another, at the lowest CPU and disk priority), then calls `done`.
    pub fn sync_later(&self, blob: &str, done: impl FnOnce(io::Result<()>) + Send + 'static) {
        let job = SyncJob {
            blob: blob.to_string(),
            due: Instant::now() + Self::SYNC_DELAY,
            done: Box::new(done),
        };
        let syncer = self.syncer.get_or_init(|| {
            let (tx, rx) = mpsc::channel::<SyncJob>();
            let blobs = Blobs::new(self.dir.clone());
            let spawned = std::thread::Builder::new().name("ant-syncer".into()).spawn(move || {
                lowest_priority();
                for job in rx {
                    std::thread::sleep(job.due.saturating_duration_since(Instant::now()));
                    (job.done)(blobs.sync(&job.blob));
                }
            });
            if let Err(e) = spawned {
                tracing::warn!("file store: no syncer thread ({e}): uploads are forced to disk as they are answered");
            }
            tx
        });
        // Without its thread, the job comes back and is done here and now.
        if let Err(mpsc::SendError(job)) = syncer.send(job) {
            (job.done)(self.sync(&job.blob));
        }
    }

    /// Stores a copy of a file on disk (a session's output) under the SHA-256 of its bytes,
    /// unless the same bytes are there already, forced to disk. Blocking.
    pub fn put_file(&self, source: &Path) -> io::Result<Stored> {
        let mut input = std::fs::File::open(source)?;
        let mut temp = self.temp()?;
        let mut hasher = Sha256::new();
        let mut size = 0u64;
        let mut buf = vec![0u8; 256 << 10];
        loop {
            let n = input.read(&mut buf)?;
            if n == 0 {
                break;
            }
            hasher.update(&buf[..n]);
            temp.write_all(&buf[..n])?;
            size += n as u64;
        }
        let sha256 = crate::local::work::hex(&hasher.finalize());
        if !self.path(&sha256).exists() {
            temp.as_file().sync_all()?;
            self.keep(temp, &sha256)?;
            self.sync_names()?;
        }
        Ok(Stored { blob: sha256, size })
    }

    /// A blob's bytes for a download, as a stream of windows of the file mapped into memory
    /// (on a blocking thread, their pages loaded at once), at most two at a time: the bytes go
    /// from the page cache to the connection with no copy in between, which halved the server's
    /// CPU time for a download, and the server never holds more of the file than two windows.
    pub fn read(&self, blob: &str) -> io::Result<impl Stream<Item = io::Result<Bytes>> + Send + use<>> {
        const WINDOW: u64 = 8 << 20;
        let file = Arc::new(std::fs::File::open(self.path(blob))?);
        let len = file.metadata()?.len();
        let windows = futures::stream::iter((0..len).step_by(WINDOW as usize)).map(move |at| {
            let file = file.clone();
            tokio::task::spawn_blocking(move || {
                let window = WINDOW.min(len - at) as usize;
                // SAFETY: a blob is never changed or truncated once in place (mode 0444), and a
                // deleted one stays mapped whole until the window is dropped. (A disk that fails
                // to read a page would stop the server with SIGBUS, where `read` would fail.)
                let map = unsafe {
                    memmap2::MmapOptions::new()
                        .offset(at)
                        .len(window)
                        .populate()
                        .map(&*file)?
                };
                Ok(Bytes::from_owner(map))
            })
        });
        Ok(windows.buffered(2).map(|joined| joined.map_err(io::Error::other)?))
    }

    /// Removes a blob no file holds any more.
    pub fn remove(&self, blob: &str) {
        if let Err(e) = std::fs::remove_file(self.path(blob))
            && e.kind() != io::ErrorKind::NotFound
        {
            tracing::warn!("file store: cannot remove {blob}: {e}");
        }
    }

    /// At start, before any request: settles the uploads that were not yet on disk when the
    /// server stopped ([`Self::settle`]) and removes what half-finished uploads left in `tmp`.
    pub fn recover(&self, store: &Store) -> Result<Recovered, StoreError> {
        let found = self.settle(store)?;
        match std::fs::remove_dir_all(self.dir.join("tmp")) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e.into()),
            _ => Ok(found),
        }
    }

    /// Settles the uploads not yet known to be on disk (`unsynced_blobs`). One of this boot is
    /// whole in the page cache (at most the server stopped): it is forced to disk now. One of
    /// an earlier boot may have been torn by the machine stopping (a power cut) before its
    /// bytes reached the disk, and nothing tells torn bytes from good ones without a hash: its
    /// file is dropped, as if the upload had never been answered (as a power cut may also roll
    /// back the database's last commits), and the log names it. The server settles at start
    /// and when it stops, so a clean stop and reboot drops nothing.
    pub fn settle(&self, store: &Store) -> Result<Recovered, StoreError> {
        let mut found = Recovered::default();
        let boot = boot_id();
        let mut synced = Vec::new();
        for unsynced in store.unsynced_blobs()? {
            let path = self.path(&unsynced.blob);
            let this_boot = boot.is_some() && unsynced.boot_id.as_deref() == boot;
            let forced = this_boot.then(|| std::fs::File::open(&path).and_then(|f| f.sync_all()));
            match forced {
                Some(Ok(())) => synced.push(unsynced.blob),
                _ => {
                    let why = match forced {
                        Some(Err(e)) => format!("its bytes cannot be forced to disk: {e}"),
                        _ => "uploaded just before the machine stopped, its bytes had not been forced to disk"
                            .to_string(),
                    };
                    let ids = store.drop_torn_blob(&unsynced.blob)?;
                    self.remove(&unsynced.blob);
                    if !ids.is_empty() {
                        tracing::error!("file(s) {} dropped: {why}", ids.join(", "));
                    }
                    found.dropped.extend(ids);
                }
            }
        }
        if !synced.is_empty() {
            self.sync_names()?;
            for blob in &synced {
                store.blob_synced(blob)?;
            }
        }
        found.synced = synced.len();
        Ok(found)
    }
}

/// The calling thread's CPU (nice 19) and disk (idle class) priorities become the lowest.
fn lowest_priority() {
    #[cfg(target_os = "linux")]
    // SAFETY: plain system calls on the calling thread.
    unsafe {
        libc::setpriority(libc::PRIO_PROCESS, libc::gettid() as libc::id_t, 19);
        const IOPRIO_WHO_PROCESS: libc::c_long = 1;
        const IOPRIO_CLASS_IDLE: libc::c_long = 3;
        libc::syscall(libc::SYS_ioprio_set, IOPRIO_WHO_PROCESS, 0, IOPRIO_CLASS_IDLE << 13);
    }
}

/// This boot of the machine (Linux's `boot_id`), or `None` where it cannot be told: uploads are
/// then forced to disk before they are answered.
pub fn boot_id() -> Option<&'static str> {
    static BOOT: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    BOOT.get_or_init(|| {
        let id = std::fs::read_to_string("/proc/sys/kernel/random/boot_id").ok()?;
        let id = id.trim();
        (!id.is_empty()).then(|| id.to_string())
    })
    .as_deref()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn streams_are_stored_under_new_names_and_refused_past_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        let blobs = Blobs::new(dir.path().to_path_buf());
        let chunks = || futures::stream::iter(["hello ", "world"].map(|c| Ok::<_, String>(Bytes::from(c))));
        let stored = blobs.put_stream(chunks(), 100).await.unwrap();
        blobs.sync(&stored.blob).unwrap();
        assert_eq!(stored.size, 11);
        assert_eq!(std::fs::read(blobs.path(&stored.blob)).unwrap(), b"hello world");
        let again = blobs.put_stream(chunks(), 100).await.unwrap();
        assert_ne!(again.blob, stored.blob, "each upload has its own blob");
        assert!(matches!(
            blobs.put_stream(chunks(), 10).await,
            Err(BlobError::TooLarge { limit: 10 })
        ));
        let failing = futures::stream::iter([Ok(Bytes::from("x")), Err("cut".to_string())]);
        assert!(matches!(blobs.put_stream(failing, 100).await, Err(BlobError::Body(m)) if m == "cut"));
        let left: Vec<_> = std::fs::read_dir(dir.path().join("tmp")).unwrap().collect();
        assert!(left.is_empty(), "no temp file is left behind");
        let copied = blobs.put_file(&blobs.path(&stored.blob)).unwrap();
        assert_eq!(
            copied,
            Stored {
                blob: "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9".into(),
                size: 11
            },
            "a file is stored by content"
        );
        assert_eq!(blobs.put_file(&blobs.path(&stored.blob)).unwrap(), copied, "once");
    }

    fn file(id: &str) -> crate::api::files::FileMetadata {
        serde_json::from_value(
            serde_json::json!({"id": id, "type": "file", "filename": "f", "mime_type": "text/plain",
            "size_bytes": 1, "created_at": "t", "downloadable": true, "expires_at": null}),
        )
        .unwrap()
    }

    #[cfg(target_os = "linux")]
    #[tokio::test]
    async fn uploads_of_this_boot_are_forced_to_disk_at_start_and_an_earlier_boots_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let blobs = Blobs::new(dir.path().join("files"));
        let store = Store::open(&dir.path().join("db")).unwrap();
        let put =
            |text: &'static str| blobs.put_stream(futures::stream::iter([Ok::<_, String>(Bytes::from(text))]), 100);
        let (this, earlier) = (put("this boot").await.unwrap(), put("an earlier boot").await.unwrap());
        store
            .insert_upload(&file("file_this"), &this.blob, boot_id().unwrap())
            .unwrap();
        store
            .insert_upload(&file("file_earlier"), &earlier.blob, "an-earlier-boot")
            .unwrap();
        std::fs::write(dir.path().join("files/tmp/half"), "left by a crash").unwrap();
        let found = blobs.recover(&store).unwrap();
        assert_eq!(
            found,
            Recovered {
                synced: 1,
                dropped: vec!["file_earlier".to_string()]
            }
        );
        assert_eq!(store.file("file_this").unwrap().unwrap().blob, this.blob);
        assert!(store.file("file_earlier").unwrap().is_none());
        assert!(!blobs.path(&earlier.blob).exists());
        assert!(store.unsynced_blobs().unwrap().is_empty());
        assert!(
            !dir.path().join("files/tmp").exists(),
            "half-finished uploads are removed"
        );
        assert_eq!(blobs.recover(&store).unwrap(), Recovered::default());
    }

    /// A download reads a blob window by window: an empty one is no bytes, a large one comes
    /// back whole in windows of 8 MiB, also when it is deleted while it is read.
    #[tokio::test]
    async fn blobs_are_read_whole_window_by_window_even_when_deleted_meanwhile() {
        let dir = tempfile::tempdir().unwrap();
        let blobs = Blobs::new(dir.path().to_path_buf());
        let put =
            |bytes: Vec<u8>| blobs.put_stream(futures::stream::iter([Ok::<_, String>(Bytes::from(bytes))]), 1 << 30);
        let empty = put(Vec::new()).await.unwrap();
        let read: Vec<_> = blobs.read(&empty.blob).unwrap().collect().await;
        assert!(read.is_empty(), "{read:?}");
        let content: Vec<u8> = (0..20 << 20).map(|i: u32| (i % 251) as u8).collect();
        let large = put(content.clone()).await.unwrap();
        let mut windows = blobs.read(&large.blob).unwrap();
        let first = windows.next().await.unwrap().unwrap();
        blobs.remove(&large.blob);
        let mut read = first.to_vec();
        let mut sizes = vec![first.len()];
        while let Some(window) = windows.next().await {
            let window = window.unwrap();
            sizes.push(window.len());
            read.extend_from_slice(&window);
        }
        assert_eq!(sizes, [8 << 20, 8 << 20, 4 << 20]);
        assert!(read == content, "the bytes differ");
        assert!(blobs.read(&large.blob).is_err(), "a removed blob cannot be read anew");
    }
}
