//! grep: regex search over the workspace, as `path:line:text`.

use std::path::Path;

use grep_regex::RegexMatcher;
use grep_searcher::{BinaryDetection, Searcher, SearcherBuilder, Sink, SinkMatch};
use serde_json::{Value, json};

use super::glob::{MAX_WALK, walk_root, walker};
use super::paths::Workspace;
use super::{Input, ToolOutput, ToolSpec};

const OUTPUT_CAP: usize = 100 * 1024;
/// Longer lines are skipped: they are usually minified or generated.
const MAX_LINE: usize = 2000;
const SKIP_DIRS: [&str; 2] = [".git", "node_modules"];

pub(super) fn spec() -> ToolSpec {
    ToolSpec {
        name: "grep",
        description: "Search file contents with a regular expression (Rust regex syntax). Returns \
            matching lines as path:line:text, paths relative to the working directory. Skips .git, \
            node_modules, binary files and symlinks.",
        input_schema: json!({
            "type": "object",
            "properties": {
                "pattern": {
                    "type": "string",
                    "description": "Regular expression to search for."
                },
                "path": {
                    "type": "string",
                    "description": "File or directory to search; defaults to the working directory."
                }
            },
            "required": ["pattern"]
        }),
    }
}

pub(super) async fn run(ws: Workspace, input: &serde_json::Map<String, Value>) -> Result<ToolOutput, String> {
    let input = Input::new("grep", input);
    let pattern = input.str("pattern")?;
    let p = input.opt_str("path")?.map(str::to_string);
    let matcher = RegexMatcher::new(pattern).map_err(|e| format!("grep: invalid regex: {e}"))?;
    let root = match &p {
        Some(p) => ws.resolve("grep", p)?,
        None => ws.root().to_path_buf(),
    };
    let label = p.unwrap_or_else(|| ".".into());
    tokio::task::spawn_blocking(move || {
        walk_root("grep", &root, &label)?;
        let mut searcher = SearcherBuilder::new()
            .binary_detection(BinaryDetection::quit(0))
            .line_number(true)
            .build();
        let mut out = Collected::default();
        let entries = walker(&root)
            .filter_entry(|e| {
                !(e.file_type().is_some_and(|t| t.is_dir())
                    && e.file_name().to_str().is_some_and(|n| SKIP_DIRS.contains(&n)))
            })
            .build();
        for entry in entries.take(MAX_WALK).flatten() {
            // An explicitly named symlink (depth 0) was already confined by resolve.
            if entry.depth() > 0 && entry.path_is_symlink() {
                continue;
            }
            if !entry.file_type().is_some_and(|t| t.is_file()) {
                continue;
            }
            if !out.search(&mut searcher, &matcher, entry.path(), &ws) {
                break;
            }
        }
        Ok(ToolOutput::text(out.finish()))
    })
    .await
    .map_err(|e| format!("grep: internal error: {e}"))?
}

/// Output so far, bounded by OUTPUT_CAP.
#[derive(Default)]
struct Collected {
    text: String,
    truncated: bool,
}

impl Collected {
    /// Adds one file's matches; false once the output is full.
    fn search(&mut self, searcher: &mut Searcher, matcher: &RegexMatcher, path: &Path, ws: &Workspace) -> bool {
        let mut sink = FileSink::default();
        // Unreadable files are skipped, like binary ones.
        if searcher.search_path(matcher, path, &mut sink).is_err() || sink.binary {
            return true;
        }
        let rel = ws.relative(path);
        for (line, text) in sink.matches {
            let entry = format!("{rel}:{line}:{text}\n");
            if self.text.len() + entry.len() > OUTPUT_CAP {
                self.truncated = true;
                return false;
            }
            self.text.push_str(&entry);
        }
        true
    }

    fn finish(mut self) -> String {
        if self.text.is_empty() && !self.truncated {
            return "no matches".into();
        }
        if self.truncated {
            self.text.push_str(&format!("[output truncated at {OUTPUT_CAP} bytes]"));
        } else {
            self.text.pop();
        }
        self.text
    }
}

/// One file's matching lines; discarded if the file turns out to be binary.
#[derive(Default)]
struct FileSink {
    matches: Vec<(u64, String)>,
    binary: bool,
}

impl Sink for FileSink {
    type Error = std::io::Error;

    fn matched(&mut self, _: &Searcher, mat: &SinkMatch<'_>) -> Result<bool, Self::Error> {
        let line = mat.bytes();
        if line.len() <= MAX_LINE {
            let text = String::from_utf8_lossy(line);
            let text = text.trim_end_matches(['\n', '\r']).to_string();
            self.matches.push((mat.line_number().unwrap_or(0), text));
        }
        Ok(true)
    }

    fn binary_data(&mut self, _: &Searcher, _: u64) -> Result<bool, Self::Error> {
        self.binary = true;
        Ok(false)
    }
}

#[cfg(test)]
mod tests {
    use super::super::SessionTools;
    use super::*;

    use super::super::testing::{call, tools};

    async fn grep(t: &SessionTools, input: Value) -> (String, bool) {
        call(t, "grep", &input).await
    }

    fn put(root: &Path, rel: &str, content: &[u8]) {
        let p = root.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, content).unwrap();
    }

    #[tokio::test]
    async fn finds_lines_and_skips_what_it_should() {
        let (dir, t) = tools();
        let root = dir.path();
        put(root, "a.txt", b"hello world\nnothing\nhello again\n");
        put(root, "src/b.rs", b"fn hello() {}\n");
        put(root, ".git/config", b"hello git\n");
        put(root, "node_modules/m/index.js", b"hello npm\n");
        put(root, "bin.dat", b"hello\0binary\n");
        put(
            root,
            "long.txt",
            format!("hello {}\nhello short\n", "x".repeat(3000)).as_bytes(),
        );
        put(root, ".hidden/h.txt", b"hello hidden\n");
        let outside = tempfile::tempdir().unwrap();
        put(outside.path(), "o.txt", b"hello outside\n");
        std::os::unix::fs::symlink(outside.path().join("o.txt"), root.join("link.txt")).unwrap();
        std::os::unix::fs::symlink(outside.path(), root.join("linkdir")).unwrap();
        let (out, err) = grep(&t, json!({"pattern": "hel+o"})).await;
        assert!(!err);
        assert_eq!(
            out,
            ".hidden/h.txt:1:hello hidden\n\
             a.txt:1:hello world\n\
             a.txt:3:hello again\n\
             long.txt:2:hello short\n\
             src/b.rs:1:fn hello() {}"
        );
        assert_eq!(
            grep(&t, json!({"pattern": "again", "path": "a.txt"})).await,
            ("a.txt:3:hello again".into(), false)
        );
        assert_eq!(
            grep(&t, json!({"pattern": "hello", "path": "src"})).await,
            ("src/b.rs:1:fn hello() {}".into(), false)
        );
        assert_eq!(grep(&t, json!({"pattern": "zzz"})).await, ("no matches".into(), false));
    }

    #[tokio::test]
    async fn errors() {
        let (_dir, t) = tools();
        let (msg, err) = grep(&t, json!({"pattern": "a("})).await;
        assert!(err);
        assert!(msg.starts_with("grep: invalid regex:"), "{msg}");
        assert_eq!(
            grep(&t, json!({"pattern": "a", "path": "/etc"})).await,
            (
                "grep: path '/etc' is outside the session's working directory".into(),
                true
            )
        );
        assert_eq!(
            grep(&t, json!({"pattern": "a", "path": "missing"})).await,
            ("grep: missing: no such file or directory".into(), true)
        );
    }

    #[tokio::test]
    async fn output_is_capped() {
        let (dir, t) = tools();
        let body = "match this line please\n".repeat(10_000);
        put(dir.path(), "many.txt", body.as_bytes());
        let (out, err) = grep(&t, json!({"pattern": "match"})).await;
        assert!(!err);
        assert!(
            out.ends_with("\n[output truncated at 102400 bytes]"),
            "{}",
            &out[out.len() - 80..]
        );
        assert!(out.len() <= OUTPUT_CAP + 40);
        assert!(out.starts_with("many.txt:1:match this line please\n"));
    }
}
