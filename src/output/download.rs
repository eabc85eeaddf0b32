//! Where a download goes, as the official CLI decides: `-o PATH`, `-o -` (stdout), or without
//! `-o` stdout when it is not a terminal or the content is text, else a file named after the
//! server's suggestion in the current directory. Bytes are written as they arrive; a file is
//! filled under a temporary name and renamed into place only once complete, so a failed
//! download leaves what was there before.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

use bytes::Bytes;
use indicatif::ProgressBar;

use crate::client::ClientError;
use crate::client::transfer::Download;

/// Refuses an `-o` path no file can be written at (a directory, or in a directory that does
/// not exist), so the command fails before it asks the server for anything.
pub fn check_target(path: &str) -> Result<(), String> {
    if matches!(path, "-" | "/dev/stdout") {
        return Ok(());
    }
    let path = Path::new(path);
    if path.is_dir() {
        return Err(format!("{} is a directory", path.display()));
    }
    match path.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(dir) if !dir.is_dir() => Err(format!("{} is not a directory", dir.display())),
        _ => Ok(()),
    }
}

/// Streams `download` to where `output` (`-o`) says. Returns the line to print once done
/// (`Wrote output to: PATH`) when the content went to a file.
pub async fn save(
    download: &mut Download,
    output: Option<&str>,
    stdout_is_tty: bool,
    progress: impl Fn(Option<u64>) -> ProgressBar,
) -> Result<Option<String>, ClientError> {
    let first = download.chunk().await?;
    let to_stdout = match output {
        Some("-" | "/dev/stdout") => true,
        Some(_) => false,
        None => !stdout_is_tty || first.as_deref().is_none_or(is_text),
    };
    if to_stdout {
        let mut out = Pipe::to(std::io::stdout());
        let mut chunk = first;
        while let Some(bytes) = chunk {
            out.send(bytes)?;
            chunk = download.chunk().await?;
        }
        out.finish()?;
        return Ok(None);
    }
    let (file, target) = match output {
        Some(path) => Target::at(Path::new(path))?,
        None => Target::new_in_cwd(download)?,
    };
    let bar = progress(download.announced_len());
    if let (Some(len), false) = (download.announced_len(), matches!(target, Target::Special(_))) {
        reserve(&file, len);
    }
    let mut out = Pipe::to(file);
    let mut chunk = first;
    let written = async {
        while let Some(bytes) = chunk {
            bar.inc(bytes.len() as u64);
            out.send(bytes)?;
            chunk = download.chunk().await?;
        }
        // Like cp, no fsync: the rename makes the file appear whole to every reader, and forcing
        // a large file to disk would cost more than the download itself.
        Ok::<_, ClientError>(())
    }
    .await;
    let written = written.and_then(|()| Ok(out.finish()?));
    bar.finish_and_clear();
    match written {
        Ok(()) => Ok(Some(format!("Wrote output to: {}", target.commit()?.display()))),
        Err(e) => {
            target.abandon();
            Err(e)
        }
    }
}

/// Reserves the file's blocks at once: the file system then places the download in one go rather
/// than block by block as it is written (a file system that cannot is left to do so).
fn reserve(file: &File, len: u64) {
    use std::os::fd::AsRawFd;
    if let Ok(len) = libc::off_t::try_from(len) {
        // SAFETY: the descriptor is open for writing for the call.
        unsafe { libc::posix_fallocate(file.as_raw_fd(), 0, len) };
    }
}

/// Chunks written on a thread of their own, so the network is read while the disk is written.
/// At most [`Pipe::DEPTH`] chunks wait between the two, which bounds the memory a download holds.
struct Pipe {
    chunks: Option<std::sync::mpsc::SyncSender<Bytes>>,
    writer: Option<std::thread::JoinHandle<std::io::Result<()>>>,
}

impl Pipe {
    const DEPTH: usize = 8;

    fn to(mut out: impl Write + Send + 'static) -> Self {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Bytes>(Self::DEPTH);
        let writer = std::thread::spawn(move || {
            // What has queued up while the last write ran goes out in one call.
            let mut batch = Vec::with_capacity(Self::DEPTH + 1);
            while let Ok(first) = rx.recv() {
                batch.push(first);
                batch.extend(rx.try_iter());
                write_batch(&mut out, &mut batch)?;
            }
            out.flush()
        });
        Self {
            chunks: Some(tx),
            writer: Some(writer),
        }
    }

    /// Queues `bytes`, waiting while the writer is [`Pipe::DEPTH`] chunks behind. A writer that
    /// failed gives its error here.
    fn send(&mut self, bytes: Bytes) -> std::io::Result<()> {
        match self.chunks.as_ref().map(|tx| tx.send(bytes)) {
            Some(Ok(())) => Ok(()),
            _ => self.join(),
        }
    }

    /// Waits until everything is written.
    fn finish(mut self) -> std::io::Result<()> {
        self.join()
    }

    fn join(&mut self) -> std::io::Result<()> {
        self.chunks = None;
        match self.writer.take().map(std::thread::JoinHandle::join) {
            Some(Ok(result)) => result,
            Some(Err(_)) => Err(std::io::Error::other("the writer thread panicked")),
            None => Err(std::io::Error::other("the output was closed")),
        }
    }
}

/// Writes every chunk of `batch` with as few vectored writes as `out` takes, leaving it empty.
fn write_batch(out: &mut impl Write, batch: &mut Vec<Bytes>) -> std::io::Result<()> {
    use bytes::Buf;
    batch.retain(|b| !b.is_empty());
    let mut done = 0;
    while done < batch.len() {
        let slices: Vec<std::io::IoSlice> = batch[done..].iter().map(|b| std::io::IoSlice::new(b)).collect();
        let mut written = match out.write_vectored(&slices) {
            Ok(0) => return Err(std::io::ErrorKind::WriteZero.into()),
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        while written > 0 {
            let first = &mut batch[done];
            let step = written.min(first.len());
            first.advance(step);
            written -= step;
            if first.is_empty() {
                done += 1;
            }
        }
    }
    batch.clear();
    Ok(())
}

/// Text that a terminal can show: no NUL, valid UTF-8 (a character cut at the chunk's end
/// counts as valid).
fn is_text(bytes: &[u8]) -> bool {
    if bytes.contains(&0) {
        return false;
    }
    match std::str::from_utf8(bytes) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none(),
    }
}

/// The file being written.
enum Target {
    /// A device or pipe (`/dev/null`), written in place.
    Special(PathBuf),
    /// A regular file filled under `partial` and renamed to `path` when complete.
    Staged { partial: PathBuf, path: PathBuf },
    /// A new file, created exclusively, removed if the download fails.
    Fresh(PathBuf),
}

impl Target {
    fn at(path: &Path) -> Result<(File, Self), ClientError> {
        let special = std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir());
        if special {
            return Ok((File::create(path)?, Target::Special(path.to_path_buf())));
        }
        let name = path.file_name().ok_or_else(|| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!("{}: not a file name", path.display()),
            )
        })?;
        let mut partial_name = std::ffi::OsString::from(".");
        partial_name.push(name);
        partial_name.push(format!(".{:08x}.partial", rand::random::<u32>()));
        let partial = path.with_file_name(partial_name);
        let file = File::options()
            .write(true)
            .create_new(true)
            .open(&partial)
            .map_err(|e| std::io::Error::new(e.kind(), format!("cannot write {}: {e}", path.display())))?;
        Ok((
            file,
            Target::Staged {
                partial,
                path: path.to_path_buf(),
            },
        ))
    }

    /// A new file in the current directory named as the server suggests (or `file` with an
    /// extension for the content type), with a random suffix if that name is taken.
    fn new_in_cwd(download: &Download) -> Result<(File, Self), ClientError> {
        let name = download.suggested_name().unwrap_or_else(|| {
            let ext = download
                .content_type()
                .and_then(|t| mime_guess::get_mime_extensions_str(&t).and_then(|e| e.first().copied()));
            ext.map_or_else(|| "file".to_string(), |e| format!("file.{e}"))
        });
        let path = PathBuf::from(&name);
        if let Ok(file) = File::options().write(true).create_new(true).open(&path) {
            return Ok((file, Target::Fresh(path)));
        }
        let stem = path
            .file_stem()
            .map_or("file".into(), |s| s.to_string_lossy().into_owned());
        let ext = path
            .extension()
            .map_or(String::new(), |e| format!(".{}", e.to_string_lossy()));
        let path = PathBuf::from(format!("{stem}-{:08x}{ext}", rand::random::<u32>()));
        let file = File::options().write(true).create_new(true).open(&path)?;
        Ok((file, Target::Fresh(path)))
    }

    fn commit(self) -> Result<PathBuf, ClientError> {
        Ok(match self {
            Target::Special(path) | Target::Fresh(path) => path,
            Target::Staged { partial, path } => {
                std::fs::rename(&partial, &path)?;
                path
            }
        })
    }

    fn abandon(self) {
        match self {
            Target::Special(_) => {}
            Target::Staged { partial: path, .. } | Target::Fresh(path) => drop(std::fs::remove_file(path)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_utf8_without_nul_even_when_cut_mid_character() {
        assert!(is_text(b"hello\n"));
        assert!(is_text("é".as_bytes()));
        assert!(is_text(&"é".as_bytes()[..1]));
        assert!(!is_text(b"a\0b"));
        assert!(!is_text(&[0xff, 0xfe, 0x41]));
    }

    /// A writer that takes at most 3 bytes per call, the first call interrupted.
    struct Stingy(Vec<u8>, bool);

    impl Write for Stingy {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if !std::mem::replace(&mut self.1, true) {
                return Err(std::io::ErrorKind::Interrupted.into());
            }
            let n = buf.len().min(3);
            self.0.extend_from_slice(&buf[..n]);
            Ok(n)
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_batch_is_written_whole_through_short_and_interrupted_writes() {
        let mut out = Stingy(Vec::new(), false);
        let mut batch = vec![Bytes::from_static(b"abcde"), Bytes::new(), Bytes::from_static(b"fg")];
        write_batch(&mut out, &mut batch).unwrap();
        assert_eq!(out.0, b"abcdefg");
        assert!(batch.is_empty());
        let mut empty = vec![Bytes::new()];
        write_batch(&mut out, &mut empty).unwrap();
        assert_eq!(out.0, b"abcdefg");
    }

    #[test]
    fn a_staged_file_appears_only_when_committed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.bin");
        std::fs::write(&path, "old").unwrap();
        let (mut file, target) = Target::at(&path).unwrap();
        file.write_all(b"new").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"old");
        target.abandon();
        assert_eq!(std::fs::read(&path).unwrap(), b"old");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        let (mut file, target) = Target::at(&path).unwrap();
        file.write_all(b"new").unwrap();
        assert_eq!(target.commit().unwrap(), path);
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn devices_are_written_in_place() {
        let (mut file, target) = Target::at(Path::new("/dev/null")).unwrap();
        file.write_all(b"x").unwrap();
        assert_eq!(target.commit().unwrap(), Path::new("/dev/null"));
        assert!(Path::new("/dev/null").exists());
    }
}
