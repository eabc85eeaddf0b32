//! The bytes of files, by content: `<dir>/<sha256 hex>`, each written once through a temp file
//! in `<dir>/tmp` (hashed while it is written, renamed into place when whole), never changed
//! afterwards (mode 0444). A partial or refused upload leaves nothing behind; a 1 GiB upload
//! passes through in chunks, never whole in memory.

use std::io::{self, Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use bytes::Bytes;
use futures::{Stream, StreamExt};
use sha2::{Digest, Sha256};

/// What a stream of bytes became.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    pub sha256: String,
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

#[derive(Debug, Clone)]
pub struct Blobs {
    dir: PathBuf,
}

impl Blobs {
    const QUEUED_CHUNKS: usize = 16;

    pub fn new(dir: PathBuf) -> Self {
        Self { dir }
    }

    pub fn path(&self, sha256: &str) -> PathBuf {
        self.dir.join(sha256)
    }

    fn temp(&self) -> io::Result<tempfile::NamedTempFile> {
        let tmp = self.dir.join("tmp");
        std::fs::create_dir_all(&tmp)?;
        tempfile::NamedTempFile::new_in(tmp)
    }

    /// Stores a stream of chunks, refusing more than `limit` bytes. The chunks are hashed and
    /// written on a blocking thread of their own while the next ones arrive; at most
    /// [`Self::QUEUED_CHUNKS`] wait between the two, which bounds the memory an upload holds.
    pub async fn put_stream<S, E>(&self, mut chunks: S, limit: u64) -> Result<Stored, BlobError>
    where
        S: Stream<Item = Result<Bytes, E>> + Unpin,
        E: std::fmt::Display,
    {
        let temp = self.temp()?;
        let mut file = temp.reopen()?;
        let (tx, mut rx) = tokio::sync::mpsc::channel::<Bytes>(Self::QUEUED_CHUNKS);
        let sink = tokio::task::spawn_blocking(move || {
            let mut hasher = Sha256::new();
            while let Some(chunk) = rx.blocking_recv() {
                hasher.update(&chunk);
                file.write_all(&chunk)?;
            }
            Ok::<_, io::Error>(crate::local::work::hex(&hasher.finalize()))
        });
        let mut size = 0u64;
        while let Some(chunk) = chunks.next().await {
            let chunk = chunk.map_err(|e| BlobError::Body(e.to_string()))?;
            size += chunk.len() as u64;
            if size > limit {
                return Err(BlobError::TooLarge { limit });
            }
            if tx.send(chunk).await.is_err() {
                // The sink stopped: its error says why.
                break;
            }
        }
        drop(tx);
        let sha256 = sink.await.map_err(io::Error::other)??;
        self.keep(temp, &sha256)?;
        Ok(Stored { sha256, size })
    }

    /// Stores a copy of a file on disk (a session's output). Blocking.
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
        self.keep(temp, &sha256)?;
        Ok(Stored { sha256, size })
    }

    /// Moves a finished temp file into place, unless the same bytes are there already.
    fn keep(&self, temp: tempfile::NamedTempFile, sha256: &str) -> io::Result<()> {
        let target = self.path(sha256);
        if target.exists() {
            return Ok(());
        }
        temp.as_file().sync_all()?;
        std::fs::set_permissions(temp.path(), std::fs::Permissions::from_mode(0o444))?;
        temp.persist(&target).map_err(|e| e.error)?;
        Ok(())
    }

    /// Removes a blob no file holds any more.
    pub fn remove(&self, sha256: &str) {
        if let Err(e) = std::fs::remove_file(self.path(sha256))
            && e.kind() != io::ErrorKind::NotFound
        {
            tracing::warn!("file store: cannot remove {sha256}: {e}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn streams_are_stored_by_content_and_refused_past_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        let blobs = Blobs::new(dir.path().to_path_buf());
        let chunks = || futures::stream::iter(["hello ", "world"].map(|c| Ok::<_, String>(Bytes::from(c))));
        let stored = blobs.put_stream(chunks(), 100).await.unwrap();
        assert_eq!(stored.size, 11);
        assert_eq!(
            stored.sha256,
            "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"
        );
        assert_eq!(std::fs::read(blobs.path(&stored.sha256)).unwrap(), b"hello world");
        assert_eq!(
            blobs.put_stream(chunks(), 100).await.unwrap(),
            stored,
            "the same bytes, once"
        );
        assert!(matches!(
            blobs.put_stream(chunks(), 10).await,
            Err(BlobError::TooLarge { limit: 10 })
        ));
        let failing = futures::stream::iter([Ok(Bytes::from("x")), Err("cut".to_string())]);
        assert!(matches!(blobs.put_stream(failing, 100).await, Err(BlobError::Body(m)) if m == "cut"));
        let left: Vec<_> = std::fs::read_dir(dir.path().join("tmp")).unwrap().collect();
        assert!(left.is_empty(), "no temp file is left behind");
        let copied = blobs.put_file(&blobs.path(&stored.sha256)).unwrap();
        assert_eq!(copied, stored);
    }
}
