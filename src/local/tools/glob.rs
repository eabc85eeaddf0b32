//! glob: find files by doublestar pattern, newest first.

use std::path::{Component, Path, PathBuf};
use std::time::SystemTime;

use globset::GlobBuilder;
use ignore::WalkBuilder;
use serde_json::{Value, json};

use super::paths::{Workspace, os_error};
use super::{Input, ToolOutput, ToolSpec};

const MAX_RESULTS: usize = 200;
/// Entries visited before a walk gives up, so a huge tree cannot stall a call.
pub(super) const MAX_WALK: usize = 50_000;

pub(super) fn spec() -> ToolSpec {
    ToolSpec {
        name: "glob",
        description: "Find files whose path matches a glob pattern (e.g. \"**/*.rs\", \"src/*.txt\"; \
            * stays within one directory, ** crosses directories). Returns paths relative to the \
            working directory, newest first, at most 200.",
        input_schema: json!({
            "type": "object",
            "properties": {
                "pattern": {
                    "type": "string",
                    "description": "Relative glob pattern, matched against paths under path."
                },
                "path": {
                    "type": "string",
                    "description": "Directory to search from; defaults to the working directory."
                }
            },
            "required": ["pattern"]
        }),
    }
}

/// A walker over every entry (hidden ones too, no ignore files), not
/// following symlinks, in a stable order.
pub(super) fn walker(root: &Path) -> WalkBuilder {
    let mut b = WalkBuilder::new(root);
    b.standard_filters(false)
        .follow_links(false)
        .sort_by_file_name(|a, b| a.cmp(b));
    b
}

/// The metadata of the file or directory a walk starts from, which must be
/// readable: a walk skips what it cannot read, so an unreadable root (no
/// permission, or outside the thread's Landlock confinement) would otherwise
/// look like an empty result rather than the refusal it is.
pub(super) fn walk_root(tool: &str, root: &Path, label: &str) -> Result<std::fs::Metadata, String> {
    let meta = std::fs::metadata(root).map_err(|e| os_error(tool, label, &e))?;
    let opened = if meta.is_dir() {
        std::fs::read_dir(root).map(drop)
    } else {
        std::fs::File::open(root).map(drop)
    };
    opened.map_err(|e| os_error(tool, label, &e))?;
    Ok(meta)
}

pub(super) async fn run(ws: Workspace, input: &serde_json::Map<String, Value>) -> Result<ToolOutput, String> {
    let input = Input::new("glob", input);
    let pattern = input.str("pattern")?.to_string();
    let p = input.opt_str("path")?.map(str::to_string);
    let pattern_path = Path::new(&pattern);
    if pattern_path.is_absolute() {
        return Err("glob: absolute pattern not permitted; pass a relative pattern (and optionally path)".into());
    }
    if pattern_path.components().any(|c| c == Component::ParentDir) {
        return Err("glob: '..' not permitted in pattern".into());
    }
    // Paths are matched relative to the root, which never start with "./".
    let pattern = pattern.trim_start_matches("./");
    let matcher = GlobBuilder::new(pattern)
        .literal_separator(true)
        .build()
        .map_err(|e| format!("glob: invalid pattern: {e}"))?
        .compile_matcher();
    let root = match &p {
        Some(p) => ws.resolve("glob", p)?,
        None => ws.root().to_path_buf(),
    };
    let label = p.as_deref().unwrap_or(".").to_string();
    tokio::task::spawn_blocking(move || {
        let meta = walk_root("glob", &root, &label)?;
        if !meta.is_dir() {
            return Err(format!("glob: {label}: not a directory"));
        }
        let mut found: Vec<(SystemTime, PathBuf)> = Vec::new();
        for entry in walker(&root).build().take(MAX_WALK).flatten() {
            if entry.file_type().is_none_or(|t| t.is_dir()) {
                continue;
            }
            let Ok(rel) = entry.path().strip_prefix(&root) else {
                continue;
            };
            if matcher.is_match(rel) {
                let mtime = entry
                    .metadata()
                    .ok()
                    .and_then(|m| m.modified().ok())
                    .unwrap_or(SystemTime::UNIX_EPOCH);
                found.push((mtime, entry.into_path()));
            }
        }
        if found.is_empty() {
            return Ok(ToolOutput::text("no matches"));
        }
        found.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        let lines: Vec<String> = found
            .iter()
            .take(MAX_RESULTS)
            .map(|(_, path)| ws.relative(path))
            .collect();
        Ok(ToolOutput::text(lines.join("\n")))
    })
    .await
    .map_err(|e| format!("glob: internal error: {e}"))?
}

#[cfg(test)]
mod tests {
    use super::super::SessionTools;
    use super::*;
    use std::time::Duration;

    use super::super::testing::{call, tools};

    async fn glob(t: &SessionTools, input: Value) -> (String, bool) {
        call(t, "glob", &input).await
    }

    fn touch(path: &Path, age_secs: u64) {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        let f = std::fs::File::create(path).unwrap();
        f.set_modified(SystemTime::now() - Duration::from_secs(age_secs))
            .unwrap();
    }

    #[tokio::test]
    async fn newest_first_relative_paths() {
        let (dir, t) = tools();
        touch(&dir.path().join("notes/hello.txt"), 10);
        touch(&dir.path().join("notes/deep/new.txt"), 1);
        touch(&dir.path().join("old.txt"), 100);
        touch(&dir.path().join(".hidden/h.txt"), 50);
        touch(&dir.path().join("notes/skip.md"), 1);
        assert_eq!(
            glob(&t, json!({"pattern": "**/*.txt"})).await,
            (
                "notes/deep/new.txt\nnotes/hello.txt\n.hidden/h.txt\nold.txt".into(),
                false
            )
        );
        // `*` does not cross directories.
        assert_eq!(glob(&t, json!({"pattern": "*.txt"})).await, ("old.txt".into(), false));
        assert_eq!(
            glob(&t, json!({"pattern": "*.txt", "path": "notes"})).await,
            ("notes/hello.txt".into(), false)
        );
        assert_eq!(glob(&t, json!({"pattern": "*.rs"})).await, ("no matches".into(), false));
    }

    #[tokio::test]
    async fn caps_results_at_200() {
        let (dir, t) = tools();
        for i in 0..250 {
            std::fs::write(dir.path().join(format!("f{i}.txt")), "").unwrap();
        }
        let (out, err) = glob(&t, json!({"pattern": "*.txt"})).await;
        assert!(!err);
        assert_eq!(out.lines().count(), 200);
    }

    #[tokio::test]
    async fn rejected_patterns_and_paths() {
        let (dir, t) = tools();
        std::fs::write(dir.path().join("file"), "").unwrap();
        assert_eq!(
            glob(&t, json!({"pattern": "/etc/*"})).await,
            (
                "glob: absolute pattern not permitted; pass a relative pattern (and optionally path)".into(),
                true
            )
        );
        assert!(glob(&t, json!({"pattern": "../*"})).await.1);
        assert!(glob(&t, json!({"pattern": "a/../../*"})).await.1);
        assert!(glob(&t, json!({"pattern": "a[", "path": "."})).await.1);
        assert_eq!(
            glob(&t, json!({"pattern": "*", "path": "/etc"})).await,
            (
                "glob: path '/etc' is outside the session's working directory".into(),
                true
            )
        );
        assert_eq!(
            glob(&t, json!({"pattern": "*", "path": "file"})).await,
            ("glob: file: not a directory".into(), true)
        );
        assert_eq!(
            glob(&t, json!({"pattern": "*", "path": "nope"})).await,
            ("glob: nope: no such file or directory".into(), true)
        );
    }

    #[tokio::test]
    async fn symlinked_dirs_are_not_followed() {
        let (dir, t) = tools();
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret.txt"), "").unwrap();
        std::os::unix::fs::symlink(outside.path(), dir.path().join("out")).unwrap();
        assert_eq!(
            glob(&t, json!({"pattern": "**/*.txt"})).await,
            ("no matches".into(), false)
        );
    }
}
