//! Files named in values: `@path` strings replaced by the file's contents in JSON bodies,
//! headers and query, and the parts of a multipart body, whose files are checked here (so a
//! missing file or a directory is refused before anything is sent) and read as the request goes.

use std::io::Read;
use std::path::PathBuf;

use base64::Engine as _;
use serde_json::{Map, Value};

use super::input::InputError;
use crate::client::transfer::{FileSource, Form, FormPart};

/// Stdin can be read once: by a piped document or by one value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stdin {
    Free,
    /// Read as the piped YAML/JSON document.
    Piped,
    /// Read by a value (`@-`, or `-` for a file flag).
    Taken,
}

impl Stdin {
    fn take(&mut self, label: &str) -> Result<(), InputError> {
        match self {
            Stdin::Free => {
                *self = Stdin::Taken;
                Ok(())
            }
            Stdin::Piped => Err(InputError::new(format!(
                "{label}: cannot read from stdin: stdin was already consumed by piped YAML/JSON input"
            ))),
            Stdin::Taken => Err(InputError::new(format!(
                "{label}: stdin has already been read by another parameter; it can only be read once"
            ))),
        }
    }
}

/// Whether a name stands for stdin.
pub fn is_stdin(path: &str) -> bool {
    matches!(path, "-" | "/dev/stdin" | "/dev/fd/0")
}

/// How an `@` reference is read.
enum Encoding {
    /// Text if the file is UTF-8 text, else base64.
    Sniff,
    Text,
    Base64,
}

/// The file an `@` string refers to, if it is one: `@path`, `@file://path`, `@data://path`.
/// `\@x` is not (see [`unescape`]).
fn reference(s: &str) -> Option<(&str, Encoding)> {
    let spec = s.strip_prefix('@')?;
    Some(if let Some(p) = spec.strip_prefix("file://") {
        (p, Encoding::Text)
    } else if let Some(p) = spec.strip_prefix("data://") {
        (p, Encoding::Base64)
    } else {
        (spec, Encoding::Sniff)
    })
}

/// Whether any of `values` asks to read stdin (`@-`, `@file:///dev/stdin`, ...).
pub fn wants_stdin<'a>(mut values: impl Iterator<Item = &'a str>) -> bool {
    values.any(|v| reference(v).is_some_and(|(path, _)| is_stdin(path)))
}

/// A plain `@name` (no `.` or `/`) that names no file is kept as text: it is a handle, not a path.
fn looks_like_a_path(path: &str) -> bool {
    path.contains(['.', '/'])
}

fn is_text(bytes: &[u8]) -> bool {
    !bytes.contains(&0) && std::str::from_utf8(bytes).is_ok()
}

/// Replaces `@path`, `@file://path` (text), `@data://path` (base64) and `@-` (stdin) strings
/// anywhere in `v` by the file's contents; `\@` is a literal `@`. Errors name `label`.
pub fn embed(v: &mut Value, stdin: &mut Stdin, label: &str) -> Result<(), InputError> {
    match v {
        Value::String(s) => {
            if let Some(literal) = s.strip_prefix("\\@") {
                *s = format!("@{literal}");
            } else if let Some(replacement) = embedded(s, stdin, label)? {
                *v = Value::String(replacement);
            }
        }
        Value::Array(items) => {
            for item in items {
                embed(item, stdin, label)?;
            }
        }
        Value::Object(fields) => {
            for item in fields.values_mut() {
                embed(item, stdin, label)?;
            }
        }
        _ => {}
    }
    Ok(())
}

fn embedded(s: &str, stdin: &mut Stdin, label: &str) -> Result<Option<String>, InputError> {
    let Some((path, encoding)) = reference(s) else {
        return Ok(None);
    };
    let bytes = if is_stdin(path) {
        stdin.take(label)?;
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| InputError::new(format!("{label}: {s}: cannot read stdin: {e}")))?;
        buf
    } else {
        match std::fs::read(path) {
            Ok(b) => b,
            Err(_) if matches!(encoding, Encoding::Sniff) && !looks_like_a_path(path) => return Ok(None),
            Err(e) => return Err(InputError::new(format!("{label}: cannot read {s}: {e}"))),
        }
    };
    Ok(Some(match encoding {
        Encoding::Text => String::from_utf8(bytes).map_err(|_| {
            InputError::new(format!(
                "{label}: {s} is not UTF-8 text; @data://{path} sends it as base64"
            ))
        })?,
        Encoding::Sniff if is_text(&bytes) => String::from_utf8(bytes).expect("checked"),
        Encoding::Sniff | Encoding::Base64 => base64::engine::general_purpose::STANDARD.encode(&bytes),
    }))
}

/// A multipart body from a JSON-like body, as the official CLI encodes forms: keys in order,
/// list elements as `key[]`, object fields as `key.field`, null as an empty field. Values of
/// `file_keys` are file paths; elsewhere an `@path` string is a file too. `label` names a key
/// for errors.
pub fn form(
    body: &Map<String, Value>,
    file_keys: &[&str],
    stdin: &mut Stdin,
    label: &dyn Fn(&str) -> String,
) -> Result<Form, InputError> {
    let mut parts = Vec::new();
    let mut keys: Vec<&String> = body.keys().collect();
    keys.sort();
    for key in keys {
        let file = file_keys.contains(&key.as_str());
        add_parts(key, &body[key], file, stdin, &label(key), &mut parts)?;
    }
    Ok(Form { parts })
}

fn add_parts(
    name: &str,
    v: &Value,
    file: bool,
    stdin: &mut Stdin,
    label: &str,
    out: &mut Vec<FormPart>,
) -> Result<(), InputError> {
    let text = |value: String| FormPart::Text {
        name: name.to_string(),
        value,
    };
    match v {
        Value::Array(items) => {
            for item in items {
                add_parts(&format!("{name}[]"), item, file, stdin, label, out)?;
            }
        }
        Value::Object(fields) => {
            for (k, item) in fields {
                add_parts(&format!("{name}.{k}"), item, file, stdin, label, out)?;
            }
        }
        Value::Null => out.push(text(String::new())),
        Value::String(path) if file => out.push(file_part(name, path, stdin, label)?),
        Value::String(s) => {
            if let Some(literal) = s.strip_prefix("\\@") {
                out.push(text(format!("@{literal}")));
            } else if let Some((path, encoding)) = reference(s)
                && (is_stdin(path)
                    || std::fs::metadata(path).is_ok()
                    || !matches!(encoding, Encoding::Sniff)
                    || looks_like_a_path(path))
            {
                out.push(file_part(name, path, stdin, label)?);
            } else {
                out.push(text(s.clone()));
            }
        }
        other => out.push(text(other.to_string())),
    }
    Ok(())
}

/// A file part, once the file is known to be a readable file.
fn file_part(name: &str, path: &str, stdin: &mut Stdin, label: &str) -> Result<FormPart, InputError> {
    let part = |source, filename: String, content_type: String| FormPart::File {
        name: name.to_string(),
        source,
        filename,
        content_type,
    };
    if is_stdin(path) {
        stdin.take(label)?;
        return Ok(part(
            FileSource::Stdin,
            "anonymous_file".into(),
            "application/octet-stream".into(),
        ));
    }
    if path.is_empty() {
        return Err(InputError::new(format!("{label}: no file named")));
    }
    let cannot = |e: std::io::Error| InputError::new(format!("{label}: cannot read {path}: {e}"));
    let meta = std::fs::metadata(path).map_err(cannot)?;
    if meta.is_dir() {
        return Err(InputError::new(format!("{label}: {path} is a directory, not a file")));
    }
    std::fs::File::open(path).map_err(cannot)?;
    let path = PathBuf::from(path);
    let filename = path
        .file_name()
        .map_or_else(|| "anonymous_file".into(), |n| n.to_string_lossy().into_owned());
    let content_type = mime_guess::from_path(&path).first_or_octet_stream().to_string();
    Ok(part(FileSource::Path(path), filename, content_type))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaped_at_is_literal_and_unreadable_handles_are_kept() {
        let mut stdin = Stdin::Free;
        let mut v = serde_json::json!({"a": "\\@me", "b": "@someone"});
        embed(&mut v, &mut stdin, "--x").unwrap();
        assert_eq!(v, serde_json::json!({"a": "@me", "b": "@someone"}));
        let mut missing = serde_json::json!("@no/such/file.txt");
        let e = embed(&mut missing, &mut stdin, "--system").unwrap_err().to_string();
        assert!(e.starts_with("--system: cannot read @no/such/file.txt:"), "{e}");
    }

    #[test]
    fn binary_files_are_base64_unless_text_is_demanded() {
        let dir = tempfile::tempdir().unwrap();
        let bin = dir.path().join("x.bin");
        std::fs::write(&bin, [0u8, 159, 146, 150]).unwrap();
        let bin = bin.to_str().unwrap();
        let mut stdin = Stdin::Free;
        let mut v = Value::String(format!("@{bin}"));
        embed(&mut v, &mut stdin, "--x").unwrap();
        assert_eq!(v, "AJ+Slg==");
        let mut v = Value::String(format!("@file://{bin}"));
        let e = embed(&mut v, &mut stdin, "--system").unwrap_err().to_string();
        assert!(
            e.contains("--system: @file://") && e.contains("is not UTF-8 text"),
            "{e}"
        );
    }

    #[test]
    fn forms_list_keys_in_order_with_brackets_and_dots() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.txt");
        std::fs::write(&a, "hi").unwrap();
        let body = serde_json::json!({
            "files": [a.to_str().unwrap()],
            "display_title": null,
            "meta": {"k": 1},
        });
        let mut stdin = Stdin::Free;
        let form = form(body.as_object().unwrap(), &["files"], &mut stdin, &|k| format!("--{k}")).unwrap();
        let names: Vec<&str> = form
            .parts
            .iter()
            .map(|p| match p {
                FormPart::Text { name, .. } | FormPart::File { name, .. } => name.as_str(),
            })
            .collect();
        assert_eq!(names, ["display_title", "files[]", "meta.k"]);
        assert!(matches!(&form.parts[1], FormPart::File { filename, content_type, .. }
            if filename == "a.txt" && content_type == "text/plain"));
    }

    #[test]
    fn directories_and_missing_files_are_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let mut stdin = Stdin::Free;
        let e = file_part("file", dir.path().to_str().unwrap(), &mut stdin, "--file").unwrap_err();
        assert!(e.to_string().ends_with("is a directory, not a file"), "{e}");
        let e = file_part("file", "/no/such/file", &mut stdin, "--file").unwrap_err();
        assert!(e.to_string().starts_with("--file: cannot read /no/such/file:"), "{e}");
        let mut piped = Stdin::Piped;
        let e = file_part("file", "-", &mut piped, "--file").unwrap_err();
        assert!(e.to_string().contains("already consumed by piped"), "{e}");
    }
}
