//! edit: replace an exact substring in a text file.

use serde_json::{Value, json};

use super::paths::{Workspace, os_error};
use super::read::TEXT_CAP;
use super::{Input, ToolOutput, ToolSpec};

pub(super) fn spec() -> ToolSpec {
    ToolSpec {
        name: "edit",
        description: "Replace an exact string in a text file. old_string must appear exactly once \
            unless replace_all is true. Include enough surrounding context to make it unique.",
        input_schema: json!({
            "type": "object",
            "properties": {
                "file_path": {
                    "type": "string",
                    "description": "Path to the file, relative to the working directory or absolute inside it."
                },
                "old_string": {
                    "type": "string",
                    "description": "The exact text to replace, including whitespace."
                },
                "new_string": {
                    "type": "string",
                    "description": "The replacement text."
                },
                "replace_all": {
                    "type": "boolean",
                    "description": "Replace every occurrence instead of requiring exactly one."
                }
            },
            "required": ["file_path", "old_string", "new_string"]
        }),
    }
}

pub(super) async fn run(ws: &Workspace, input: &serde_json::Map<String, Value>) -> Result<ToolOutput, String> {
    let input = Input::new("edit", input);
    let p = input.str("file_path")?;
    let old = input.str("old_string")?;
    let new = input.str("new_string")?;
    let replace_all = input.bool("replace_all")?;
    if old.is_empty() {
        return Err("edit: old_string must not be empty".into());
    }
    let path = ws.resolve_writable("edit", p)?;
    let meta = tokio::fs::metadata(&path).await.map_err(|e| os_error("edit", p, &e))?;
    if !meta.is_file() {
        return Err(format!("edit: {p}: not a regular file"));
    }
    if meta.len() > TEXT_CAP {
        return Err(format!(
            "edit: {p} is {} bytes, exceeds {TEXT_CAP}-byte limit",
            meta.len()
        ));
    }
    let bytes = tokio::fs::read(&path).await.map_err(|e| os_error("edit", p, &e))?;
    let text = String::from_utf8(bytes).map_err(|_| format!("edit: {p} is not valid UTF-8 text"))?;
    let count = text.matches(old).count();
    if count == 0 {
        return Err(format!("edit: old_string not found in {p}"));
    }
    if count > 1 && !replace_all {
        return Err(format!(
            "edit: old_string appears {count} times in {p} (must be unique)"
        ));
    }
    let edited = text.replace(old, new);
    tokio::fs::write(&path, edited)
        .await
        .map_err(|e| os_error("edit", p, &e))?;
    Ok(ToolOutput::text(format!("edited {p} ({count} replacement(s))")))
}

#[cfg(test)]
mod tests {
    use super::super::SessionTools;
    use super::*;

    use super::super::testing::{call, tools};

    async fn edit(t: &SessionTools, input: Value) -> (String, bool) {
        call(t, "edit", &input).await
    }

    #[tokio::test]
    async fn unique_and_replace_all() {
        let (dir, t) = tools();
        let f = dir.path().join("a.txt");
        std::fs::write(&f, "foo bar foo\nbaz\n").unwrap();
        assert_eq!(
            edit(
                &t,
                json!({"file_path": "a.txt", "old_string": "baz", "new_string": "qux"})
            )
            .await,
            ("edited a.txt (1 replacement(s))".into(), false)
        );
        assert_eq!(std::fs::read_to_string(&f).unwrap(), "foo bar foo\nqux\n");
        assert_eq!(
            edit(
                &t,
                json!({"file_path": "a.txt", "old_string": "foo", "new_string": "x"})
            )
            .await,
            (
                "edit: old_string appears 2 times in a.txt (must be unique)".into(),
                true
            )
        );
        assert_eq!(std::fs::read_to_string(&f).unwrap(), "foo bar foo\nqux\n");
        assert_eq!(
            edit(
                &t,
                json!({"file_path": "a.txt", "old_string": "foo", "new_string": "x", "replace_all": true})
            )
            .await,
            ("edited a.txt (2 replacement(s))".into(), false)
        );
        assert_eq!(std::fs::read_to_string(&f).unwrap(), "x bar x\nqux\n");
        assert_eq!(
            edit(
                &t,
                json!({"file_path": "a.txt", "old_string": "nope", "new_string": "x"})
            )
            .await,
            ("edit: old_string not found in a.txt".into(), true)
        );
        assert!(
            edit(&t, json!({"file_path": "a.txt", "old_string": "", "new_string": "x"}))
                .await
                .1
        );
    }

    #[tokio::test]
    async fn limits_and_escapes() {
        let (dir, t) = tools();
        std::fs::write(dir.path().join("big.txt"), "a".repeat(TEXT_CAP as usize + 1)).unwrap();
        let (msg, err) = edit(
            &t,
            json!({"file_path": "big.txt", "old_string": "a", "new_string": "b"}),
        )
        .await;
        assert!(err);
        assert_eq!(msg, "edit: big.txt is 262145 bytes, exceeds 262144-byte limit");
        assert_eq!(
            edit(
                &t,
                json!({"file_path": "none.txt", "old_string": "a", "new_string": "b"})
            )
            .await,
            ("edit: none.txt: no such file or directory".into(), true)
        );
        assert_eq!(
            edit(&t, json!({"file_path": "../x", "old_string": "a", "new_string": "b"})).await,
            (
                "edit: path '../x' is outside the session's working directory".into(),
                true
            )
        );
    }
}
