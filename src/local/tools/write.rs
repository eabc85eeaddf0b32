//! write: create or overwrite a file, creating parent directories.

use serde_json::{Value, json};

use super::paths::{Workspace, os_error};
use super::{Input, ToolOutput, ToolSpec};

pub(super) fn spec() -> ToolSpec {
    ToolSpec {
        name: "write",
        description: "Write a file in the session's working directory, replacing it if it exists. \
            Parent directories are created as needed.",
        input_schema: json!({
            "type": "object",
            "properties": {
                "file_path": {
                    "type": "string",
                    "description": "Path to the file, relative to the working directory or absolute inside it."
                },
                "content": {
                    "type": "string",
                    "description": "The complete new content of the file."
                }
            },
            "required": ["file_path", "content"]
        }),
    }
}

pub(super) async fn run(ws: &Workspace, input: &serde_json::Map<String, Value>) -> Result<ToolOutput, String> {
    let input = Input::new("write", input);
    let p = input.str("file_path")?;
    let content = input.str("content")?;
    // Resolving first means a refused path creates nothing, not even parents.
    let path = ws.resolve_writable("write", p)?;
    if let Some(parent) = path.parent() {
        tokio::fs::create_dir_all(parent).await.map_err(|e| {
            // create_dir_all reports a file in the way as "already exists".
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                format!("write: {p}: not a directory")
            } else {
                os_error("write", p, &e)
            }
        })?;
    }
    tokio::fs::write(&path, content)
        .await
        .map_err(|e| os_error("write", p, &e))?;
    Ok(ToolOutput::text(format!(
        "wrote {} bytes to {p}",
        content.chars().count()
    )))
}

#[cfg(test)]
mod tests {
    use super::super::SessionTools;
    use super::*;

    use super::super::testing::{call, tools};

    async fn write(t: &SessionTools, p: &str, content: &str) -> (String, bool) {
        call(t, "write", &json!({"file_path": p, "content": content})).await
    }

    #[tokio::test]
    async fn creates_parents_and_overwrites() {
        let (dir, t) = tools();
        assert_eq!(
            write(&t, "notes/deep/hello.txt", "héllo").await,
            ("wrote 5 bytes to notes/deep/hello.txt".into(), false)
        );
        assert_eq!(
            std::fs::read_to_string(dir.path().join("notes/deep/hello.txt")).unwrap(),
            "héllo"
        );
        let abs = dir.path().join("notes/deep/hello.txt").display().to_string();
        assert!(!write(&t, &abs, "bye").await.1);
        assert_eq!(
            std::fs::read_to_string(dir.path().join("notes/deep/hello.txt")).unwrap(),
            "bye"
        );
    }

    #[tokio::test]
    async fn os_errors_are_worded() {
        let (dir, t) = tools();
        std::fs::create_dir(dir.path().join("d")).unwrap();
        std::fs::write(dir.path().join("file"), "x").unwrap();
        assert_eq!(write(&t, "d", "x").await, ("write: d: is a directory".into(), true));
        assert_eq!(
            write(&t, "file/child", "x").await,
            ("write: file/child: not a directory".into(), true)
        );
    }

    #[tokio::test]
    async fn refused_writes_leave_no_file() {
        let (dir, t) = tools();
        let outside = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(outside.path(), dir.path().join("out")).unwrap();
        std::os::unix::fs::symlink(outside.path().join("target"), dir.path().join("dangling")).unwrap();
        let abs = outside.path().join("new/abs.txt").display().to_string();
        let parent_name = dir.path().file_name().unwrap().to_str().unwrap();
        let dotdot = format!("../{parent_name}-sibling/x.txt");
        for p in [abs.as_str(), dotdot.as_str(), "out/sub/x.txt", "dangling"] {
            assert_eq!(
                write(&t, p, "nope").await,
                (
                    format!("write: path '{p}' is outside the session's working directory"),
                    true
                )
            );
        }
        assert_eq!(std::fs::read_dir(outside.path()).unwrap().count(), 0);
        assert!(
            !dir.path()
                .parent()
                .unwrap()
                .join(format!("{parent_name}-sibling"))
                .exists()
        );
    }
}
