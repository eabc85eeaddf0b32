//! The local server's own API key when none is given: a random key kept in the data dir's
//! `api-key` file (mode 0600), made at first use. The server requires it and the clients of that
//! data dir (`--local`, `ant local api-key`) read it, so the local API is never open to whoever
//! reaches the port, a session's tools included.

use std::io::{ErrorKind, Read, Write};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

/// The key file's name in the data dir.
const FILE_NAME: &str = "api-key";

/// Says what the key is wherever it turns up.
const PREFIX: &str = "sk-ant-local-";

#[derive(Debug, thiserror::Error)]
pub enum KeyFileError {
    #[error("{}: cannot read the local server's API key: {source}", path.display())]
    Unreadable { path: PathBuf, source: std::io::Error },
    #[error("{}: the local server's API key file is empty", path.display())]
    Empty { path: PathBuf },
    #[error("{}: mode {mode:03o} lets other users read the local server's API key (chmod 600 it)", path.display())]
    TooOpen { path: PathBuf, mode: u32 },
    #[error("{}: cannot create the local server's API key: {source}", path.display())]
    Create { path: PathBuf, source: std::io::Error },
}

/// Where `data_dir` keeps its key.
pub fn path(data_dir: &Path) -> PathBuf {
    data_dir.join(FILE_NAME)
}

/// The key of `data_dir`, made first when there is none. An existing file is never replaced:
/// running servers and clients hold its key.
pub fn load_or_create(data_dir: &Path) -> Result<String, KeyFileError> {
    let path = path(data_dir);
    match read(&path) {
        Err(KeyFileError::Unreadable { source, .. }) if source.kind() == ErrorKind::NotFound => {}
        found => return found,
    }
    create(data_dir, &path)?;
    read(&path)
}

/// The key in `path`, refused when others may read it.
fn read(path: &Path) -> Result<String, KeyFileError> {
    let unreadable = |source| KeyFileError::Unreadable {
        path: path.to_path_buf(),
        source,
    };
    let mut file = std::fs::File::open(path).map_err(unreadable)?;
    let meta = file.metadata().map_err(unreadable)?;
    if !meta.is_file() {
        return Err(unreadable(std::io::Error::other("not a regular file")));
    }
    let mode = meta.permissions().mode() & 0o777;
    if mode & 0o077 != 0 {
        return Err(KeyFileError::TooOpen {
            path: path.to_path_buf(),
            mode,
        });
    }
    let mut text = String::new();
    file.read_to_string(&mut text).map_err(unreadable)?;
    let key = text.trim();
    if key.is_empty() {
        return Err(KeyFileError::Empty {
            path: path.to_path_buf(),
        });
    }
    Ok(key.to_string())
}

/// Writes a new key to a temp file and hard-links it into place: readers never see a partial
/// file, and when two processes race the link of the second fails, so both read the first key.
fn create(data_dir: &Path, path: &Path) -> Result<(), KeyFileError> {
    let failed = |source| KeyFileError::Create {
        path: path.to_path_buf(),
        source,
    };
    std::fs::create_dir_all(data_dir).map_err(failed)?;
    let temp = data_dir.join(format!(".{FILE_NAME}.{:016x}", rand::random::<u64>()));
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&temp)
        .and_then(|mut file| {
            writeln!(file, "{}", super::work::new_secret(PREFIX))?;
            file.sync_all()
        })
        .and_then(|()| match std::fs::hard_link(&temp, path) {
            Err(e) if e.kind() == ErrorKind::AlreadyExists => Ok(()),
            linked => linked,
        });
    let _ = std::fs::remove_file(&temp);
    written.map_err(failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_use_makes_a_private_key_and_later_ones_read_it() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let key = load_or_create(&data).unwrap();
        assert!(key.starts_with(PREFIX) && key.len() == PREFIX.len() + 64, "{key}");
        let mode = std::fs::metadata(path(&data)).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        assert_eq!(load_or_create(&data).unwrap(), key);
        let names: Vec<_> = std::fs::read_dir(&data)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["api-key"], "no temp file is left behind");
    }

    #[test]
    fn racing_starts_agree_on_one_key() {
        let dir = tempfile::tempdir().unwrap();
        let keys: Vec<String> = std::thread::scope(|s| {
            let racers: Vec<_> = (0..8)
                .map(|_| s.spawn(|| load_or_create(dir.path()).unwrap()))
                .collect();
            racers.into_iter().map(|r| r.join().unwrap()).collect()
        });
        assert!(keys.iter().all(|k| *k == keys[0]), "{keys:?}");
    }

    #[test]
    fn a_bad_key_file_is_refused_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let file = path(dir.path());
        std::fs::write(&file, "sk-ant-local-shared\n").unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o640)).unwrap();
        let err = load_or_create(dir.path()).unwrap_err().to_string();
        assert_eq!(
            err,
            format!(
                "{}: mode 640 lets other users read the local server's API key (chmod 600 it)",
                file.display()
            )
        );
        std::fs::write(&file, " \n").unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        let err = load_or_create(dir.path()).unwrap_err().to_string();
        assert_eq!(
            err,
            format!("{}: the local server's API key file is empty", file.display())
        );
        assert_eq!(std::fs::read_to_string(&file).unwrap(), " \n", "never overwritten");

        std::fs::remove_file(&file).unwrap();
        std::fs::create_dir(&file).unwrap();
        let err = load_or_create(dir.path()).unwrap_err().to_string();
        assert_eq!(
            err,
            format!(
                "{}: cannot read the local server's API key: not a regular file",
                file.display()
            )
        );
    }
}
