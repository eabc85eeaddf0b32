//! Confines file tools to the session's workspace and words OS errors the way
//! the API does.

use std::io;
use std::path::{Component, Path, PathBuf};

use crate::local::sandbox::Mount;

/// Symlink hops allowed while resolving one path, as in Linux's MAXSYMLINKS.
const MAX_SYMLINKS: usize = 40;

/// A workspace that exists, by its canonical path, and the session's resources: the file
/// tools reach a resource by the path its processes see (`guest`) and act on where it is
/// (`host`).
#[derive(Debug, Clone)]
pub(super) struct Workspace {
    root: PathBuf,
    mounts: Vec<Mount>,
}

/// Where a path resolved to lies: the workspace, or a resource (read-only or not).
enum Owner<'a> {
    Workspace,
    Mount(&'a Mount),
}

impl Workspace {
    /// `dir` must exist, and so must each mount's host path.
    pub(super) fn open(dir: &Path, mounts: &[Mount]) -> Result<Self, String> {
        let root = std::fs::canonicalize(dir).map_err(|e| format!("{}: {}", dir.display(), describe(&e)))?;
        Ok(Self {
            root,
            mounts: mounts.to_vec(),
        })
    }

    pub(super) fn root(&self) -> &Path {
        &self.root
    }

    /// Resolves `p` (relative to the workspace, or absolute) to a real path
    /// inside the workspace or a resource, following the symlinks of whatever
    /// part exists. The part that does not exist yet is kept as written, so a
    /// write can create it.
    pub(super) fn resolve(&self, tool: &str, p: &str) -> Result<PathBuf, String> {
        self.resolve_in(tool, p).map(|(path, _)| path)
    }

    /// Resolves `p` as [`Workspace::resolve`] does, for a change: a path inside a read-only
    /// resource is refused.
    pub(super) fn resolve_writable(&self, tool: &str, p: &str) -> Result<PathBuf, String> {
        match self.resolve_in(tool, p)? {
            (_, Owner::Mount(m)) if !m.writable => Err(format!(
                "{tool}: {p} is inside read-only directory {}",
                m.guest.display()
            )),
            (path, _) => Ok(path),
        }
    }

    fn resolve_in(&self, tool: &str, p: &str) -> Result<(PathBuf, Owner<'_>), String> {
        let outside = || {
            let others = if self.mounts.is_empty() {
                ""
            } else {
                " and its other permitted directories"
            };
            format!("{tool}: path '{p}' is outside the session's working directory{others}")
        };
        let joined = self.root.join(p);
        // `..` is applied lexically first: the OS only ever sees the result,
        // so `link/..` never walks through a symlink.
        let lexical = normalize(&joined).ok_or_else(outside)?;
        let host = match longest(&self.mounts, &lexical, |m| &m.guest) {
            Some(m) => m.host.join(lexical.strip_prefix(&m.guest).unwrap_or(Path::new(""))),
            None => lexical,
        };
        let real = resolve_symlinks(&host).map_err(|e| os_error(tool, p, &e))?;
        let mount = longest(&self.mounts, &real, |m| &m.host);
        let in_workspace = real.starts_with(&self.root);
        match mount {
            // The deeper of the two holds it (a mount may lie inside the workspace).
            Some(m) if !in_workspace || m.host.starts_with(&self.root) => Ok((real, Owner::Mount(m))),
            _ if in_workspace => Ok((real, Owner::Workspace)),
            _ => Err(outside()),
        }
    }

    /// `path` relative to the workspace, for output (`.` for the root itself); a path in a
    /// resource as its processes see it.
    pub(super) fn relative(&self, path: &Path) -> String {
        if let Some(m) = longest(&self.mounts, path, |m| &m.host) {
            let rest = path.strip_prefix(&m.host).unwrap_or(Path::new(""));
            return m.guest.join(rest).display().to_string();
        }
        match path.strip_prefix(&self.root) {
            Ok(rel) if rel.as_os_str().is_empty() => ".".to_string(),
            Ok(rel) => rel.display().to_string(),
            Err(_) => path.display().to_string(),
        }
    }
}

/// The mount whose `side` holds `path` most closely.
fn longest<'a>(mounts: &'a [Mount], path: &Path, side: impl Fn(&Mount) -> &PathBuf) -> Option<&'a Mount> {
    mounts
        .iter()
        .filter(|m| path.starts_with(side(m)))
        .max_by_key(|m| side(m).components().count())
}

/// Applies `.` and `..` without touching the file system; `None` if `..`
/// climbs above `/`.
fn normalize(path: &Path) -> Option<PathBuf> {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::RootDir | Component::Prefix(_) => out.push(c),
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    return None;
                }
            }
            Component::Normal(n) => out.push(n),
        }
    }
    Some(out)
}

/// Like `realpath`, but a missing tail is appended unresolved instead of
/// failing. A dangling symlink is followed to where it points, so a write
/// through it is checked against its real target.
fn resolve_symlinks(path: &Path) -> io::Result<PathBuf> {
    let mut out = PathBuf::from("/");
    let mut pending: Vec<PathBuf> = path
        .components()
        .rev()
        .filter_map(|c| match c {
            Component::Normal(n) => Some(PathBuf::from(n)),
            _ => None,
        })
        .collect();
    let mut hops = 0;
    while let Some(part) = pending.pop() {
        if part.as_os_str() == ".." {
            out.pop();
            continue;
        }
        if part.as_os_str() == "." {
            continue;
        }
        let next = out.join(&part);
        match std::fs::symlink_metadata(&next) {
            Ok(meta) if meta.file_type().is_symlink() => {
                hops += 1;
                if hops > MAX_SYMLINKS {
                    return Err(io::Error::other("too many levels of symbolic links"));
                }
                let target = std::fs::read_link(&next)?;
                if target.is_absolute() {
                    out = PathBuf::from("/");
                }
                pending.extend(target.components().rev().filter_map(|c| match c {
                    Component::Normal(n) => Some(PathBuf::from(n)),
                    Component::ParentDir => Some(PathBuf::from("..")),
                    _ => None,
                }));
            }
            // Missing or not a directory: the rest cannot be a symlink; the
            // tool's own operation reports the error.
            _ => out = next,
        }
    }
    Ok(out)
}

/// `<op>: <path>: <reason>` in the API's words.
pub(super) fn os_error(op: &str, path: &str, e: &io::Error) -> String {
    format!("{op}: {path}: {}", describe(e))
}

/// The API's wording for common OS errors, the OS's for the rest.
pub(super) fn describe(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".into(),
        io::ErrorKind::NotADirectory => "not a directory".into(),
        io::ErrorKind::IsADirectory => "is a directory".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        io::ErrorKind::AlreadyExists => "file already exists".into(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    fn setup() -> (tempfile::TempDir, tempfile::TempDir, Workspace) {
        let ws = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        let w = Workspace::open(ws.path(), &[]).unwrap();
        (ws, outside, w)
    }

    fn refused(tool: &str, p: &str) -> String {
        format!("{tool}: path '{p}' is outside the session's working directory")
    }

    #[test]
    fn relative_and_absolute_inside_are_fine() {
        let (_ws, _o, w) = setup();
        assert_eq!(w.resolve("read", "a/b.txt").unwrap(), w.root().join("a/b.txt"));
        let abs = w.root().join("x/./y/../z");
        assert_eq!(w.resolve("read", abs.to_str().unwrap()).unwrap(), w.root().join("x/z"));
        assert_eq!(w.resolve("read", "a/../b").unwrap(), w.root().join("b"));
        assert_eq!(w.resolve("read", "").unwrap(), w.root());
    }

    #[test]
    fn escapes_are_refused() {
        let (_ws, outside, w) = setup();
        let abs = outside.path().join("f").display().to_string();
        assert_eq!(w.resolve("read", &abs).unwrap_err(), refused("read", &abs));
        assert_eq!(w.resolve("write", "../x").unwrap_err(), refused("write", "../x"));
        assert_eq!(
            w.resolve("edit", "a/../../x").unwrap_err(),
            refused("edit", "a/../../x")
        );
        let deep = "../".repeat(64) + "etc/passwd";
        assert!(w.resolve("read", &deep).is_err());
        assert!(w.resolve("read", "/etc/passwd").is_err());
    }

    #[test]
    fn symlinks_that_leave_are_refused() {
        let (_ws, outside, w) = setup();
        symlink(outside.path(), w.root().join("out")).unwrap();
        assert!(w.resolve("read", "out").is_err());
        assert!(w.resolve("write", "out/new/file.txt").is_err());
        // Dangling link whose target would be created outside.
        symlink(outside.path().join("nope"), w.root().join("dangling")).unwrap();
        assert!(w.resolve("write", "dangling").is_err());
        // Relative link climbing out.
        symlink("../..", w.root().join("up")).unwrap();
        assert!(w.resolve("read", "up/x").is_err());
    }

    #[test]
    fn symlinks_that_stay_inside_resolve() {
        let (_ws, _o, w) = setup();
        std::fs::create_dir(w.root().join("real")).unwrap();
        symlink("real", w.root().join("alias")).unwrap();
        assert_eq!(w.resolve("read", "alias/f").unwrap(), w.root().join("real/f"));
        // `alias/..` is applied lexically, so it is the workspace itself.
        assert_eq!(w.resolve("read", "alias/..").unwrap(), w.root());
    }

    #[test]
    fn symlink_loops_are_errors() {
        let (_ws, _o, w) = setup();
        symlink("b", w.root().join("a")).unwrap();
        symlink("a", w.root().join("b")).unwrap();
        assert!(w.resolve("read", "a").is_err());
    }

    #[test]
    fn error_wording() {
        let e = io::Error::from(io::ErrorKind::NotFound);
        assert_eq!(os_error("read", "x", &e), "read: x: no such file or directory");
        let e = io::Error::from(io::ErrorKind::AlreadyExists);
        assert_eq!(describe(&e), "file already exists");
        let e = io::Error::from_raw_os_error(libc::ENOTDIR);
        assert_eq!(describe(&e), "not a directory");
        let e = io::Error::from_raw_os_error(libc::EISDIR);
        assert_eq!(describe(&e), "is a directory");
        let e = io::Error::from_raw_os_error(libc::EACCES);
        assert_eq!(describe(&e), "permission denied");
    }
}
