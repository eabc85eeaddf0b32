//! read: text files (whole or by line range), images and PDFs.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde_json::{Value, json};
use tokio::io::AsyncBufReadExt;

use super::paths::{Workspace, os_error};
use super::{Input, ToolOutput, ToolSpec};

/// Largest text returned in one call.
pub(super) const TEXT_CAP: u64 = 256 * 1024;
/// Largest image, measured as base64.
const IMAGE_B64_CAP: u64 = 5 * 1024 * 1024;
/// Largest PDF, measured raw.
const PDF_CAP: u64 = 20 * 1024 * 1024;

pub(super) fn spec() -> ToolSpec {
    ToolSpec {
        name: "read",
        description: "Read a file in the session's working directory. Text files are returned as UTF-8 \
            (up to 256 KiB; use view_range for larger files). PNG, JPEG, GIF and WebP images and \
            PDF documents are returned as content the model can see.",
        input_schema: json!({
            "type": "object",
            "properties": {
                "file_path": {
                    "type": "string",
                    "description": "Path to the file, relative to the working directory or absolute inside it."
                },
                "view_range": {
                    "type": "array",
                    "items": { "type": "integer" },
                    "minItems": 2,
                    "maxItems": 2,
                    "description": "[start, end] lines to return, 1-indexed and inclusive; end <= 0 means through the end of the file. Text files only."
                }
            },
            "required": ["file_path"]
        }),
    }
}

/// What a file is read as, from its extension.
enum Kind {
    Text,
    Image(&'static str),
    Pdf,
}

fn kind(path: &std::path::Path) -> Kind {
    let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("png") => Kind::Image("image/png"),
        Some("jpg" | "jpeg") => Kind::Image("image/jpeg"),
        Some("gif") => Kind::Image("image/gif"),
        Some("webp") => Kind::Image("image/webp"),
        Some("pdf") => Kind::Pdf,
        _ => Kind::Text,
    }
}

pub(super) async fn run(ws: &Workspace, input: &serde_json::Map<String, Value>) -> Result<ToolOutput, String> {
    let input = Input::new("read", input);
    let p = input.str("file_path")?;
    let range = match input.get("view_range") {
        None => None,
        Some(v) => Some(view_range(v)?),
    };
    let path = ws.resolve("read", p)?;
    let meta = tokio::fs::metadata(&path).await.map_err(|e| os_error("read", p, &e))?;
    if !meta.is_file() {
        return Err(format!("read: {p}: not a regular file"));
    }
    let size = meta.len();
    let kind = kind(&path);
    if range.is_some() && !matches!(kind, Kind::Text) {
        return Err("read: view_range is only supported for text files".into());
    }
    match kind {
        Kind::Image(media_type) => {
            let b64_len = size.div_ceil(3) * 4;
            if b64_len > IMAGE_B64_CAP {
                return Err(format!(
                    "read: {p} is {size} bytes ({b64_len} as base64), exceeds {IMAGE_B64_CAP}-byte image limit"
                ));
            }
            let data = read_bytes(&path, p).await?;
            Ok(blocks(json!({
                "type": "image",
                "source": { "type": "base64", "media_type": media_type, "data": STANDARD.encode(data) }
            })))
        }
        Kind::Pdf => {
            if size > PDF_CAP {
                return Err(format!("read: {p} is {size} bytes, exceeds {PDF_CAP}-byte PDF limit"));
            }
            let data = read_bytes(&path, p).await?;
            Ok(blocks(json!({
                "type": "document",
                "source": { "type": "base64", "media_type": "application/pdf", "data": STANDARD.encode(data) }
            })))
        }
        Kind::Text => match range {
            None => {
                if size > TEXT_CAP {
                    return Err(format!(
                        "read: {p} is {size} bytes, exceeds {TEXT_CAP}-byte limit. Use the view_range parameter to read specific line ranges, e.g. view_range: [1, 500]."
                    ));
                }
                let text = String::from_utf8(read_bytes(&path, p).await?).map_err(|_| not_utf8(p))?;
                // The API rejects empty text blocks.
                Ok(ToolOutput::text(if text.is_empty() {
                    "(empty file)".to_string()
                } else {
                    text
                }))
            }
            Some((start, end)) => read_lines(&path, p, start, end).await.map(ToolOutput::text),
        },
    }
}

fn blocks(block: Value) -> ToolOutput {
    ToolOutput {
        content: vec![block],
        is_error: false,
    }
}

fn not_utf8(p: &str) -> String {
    format!("read: {p} is not valid UTF-8 text")
}

async fn read_bytes(path: &std::path::Path, p: &str) -> Result<Vec<u8>, String> {
    tokio::fs::read(path).await.map_err(|e| os_error("read", p, &e))
}

/// `[start, end]` with start >= 1; end <= 0 becomes `None` (to end of file).
fn view_range(v: &Value) -> Result<(u64, Option<u64>), String> {
    let bad = || "read: view_range must be an array of exactly 2 integers [start, end]".to_string();
    let items = v.as_array().filter(|a| a.len() == 2).ok_or_else(bad)?;
    let start = items[0].as_i64().ok_or_else(bad)?;
    let end = items[1].as_i64().ok_or_else(bad)?;
    if start < 1 {
        return Err("read: view_range start must be >= 1".into());
    }
    let start = start as u64;
    if end <= 0 {
        return Ok((start, None));
    }
    let end = end as u64;
    if end < start {
        return Err(format!("read: view_range end ({end}) is before start ({start})"));
    }
    Ok((start, Some(end)))
}

/// Streams the file so a small range of a huge file costs little.
async fn read_lines(path: &std::path::Path, p: &str, start: u64, end: Option<u64>) -> Result<String, String> {
    let file = tokio::fs::File::open(path).await.map_err(|e| os_error("read", p, &e))?;
    let mut reader = tokio::io::BufReader::new(file);
    let mut selected: Vec<u8> = Vec::new();
    let mut line = Vec::new();
    let mut number = 0u64;
    loop {
        line.clear();
        let n = reader
            .read_until(b'\n', &mut line)
            .await
            .map_err(|e| os_error("read", p, &e))?;
        if n == 0 {
            break;
        }
        number += 1;
        if number < start {
            continue;
        }
        if number > start {
            selected.push(b'\n');
        }
        selected.extend_from_slice(line.strip_suffix(b"\n").unwrap_or(&line));
        if selected.len() as u64 > TEXT_CAP {
            return Err(format!(
                "read: lines {start}.. of {p} exceed the {TEXT_CAP}-byte limit; request a smaller view_range"
            ));
        }
        if end == Some(number) {
            break;
        }
    }
    if number < start {
        return Err(format!(
            "read: view_range start ({start}) is past the end of {p} ({number} lines)"
        ));
    }
    let text = String::from_utf8(selected).map_err(|_| not_utf8(p))?;
    Ok(if text.is_empty() {
        "(empty lines)".to_string()
    } else {
        text
    })
}

#[cfg(test)]
mod tests {
    use super::super::SessionTools;
    use super::*;

    use super::super::testing::{call, tools};

    async fn read(t: &SessionTools, input: Value) -> (String, bool) {
        call(t, "read", &input).await
    }

    #[tokio::test]
    async fn whole_file_and_ranges() {
        let (dir, t) = tools();
        std::fs::write(dir.path().join("f.txt"), "one\ntwo\nthree\nfour\n").unwrap();
        let ok = |s: &str| (s.to_string(), false);
        assert_eq!(
            read(&t, json!({"file_path": "f.txt"})).await,
            ok("one\ntwo\nthree\nfour\n")
        );
        assert_eq!(
            read(&t, json!({"file_path": "f.txt", "view_range": [2, 3]})).await,
            ok("two\nthree")
        );
        assert_eq!(
            read(&t, json!({"file_path": "f.txt", "view_range": [3, 0]})).await,
            ok("three\nfour")
        );
        assert_eq!(
            read(&t, json!({"file_path": "f.txt", "view_range": [4, -1]})).await,
            ok("four")
        );
        assert_eq!(
            read(&t, json!({"file_path": "f.txt", "view_range": [2, 99]})).await,
            ok("two\nthree\nfour")
        );
        let abs = dir.path().join("f.txt").display().to_string();
        assert_eq!(
            read(&t, json!({"file_path": abs, "view_range": [1, 1]})).await,
            ok("one")
        );
        for bad in [
            json!([1]),
            json!([1, 2, 3]),
            json!("1-2"),
            json!([0, 2]),
            json!([3, 2]),
            json!([1.5, 2]),
        ] {
            let (msg, err) = read(&t, json!({"file_path": "f.txt", "view_range": bad})).await;
            assert!(err, "{bad}: {msg}");
        }
        let (msg, err) = read(&t, json!({"file_path": "f.txt", "view_range": [9, 10]})).await;
        assert!(err);
        assert!(msg.contains("past the end"), "{msg}");
    }

    #[tokio::test]
    async fn size_limit_and_view_range_on_big_file() {
        let (dir, t) = tools();
        let line = "x".repeat(99) + "\n";
        let body = line.repeat(3000);
        std::fs::write(dir.path().join("big.txt"), &body).unwrap();
        let (msg, err) = read(&t, json!({"file_path": "big.txt"})).await;
        assert!(err);
        assert_eq!(
            msg,
            "read: big.txt is 300000 bytes, exceeds 262144-byte limit. Use the view_range parameter to read specific line ranges, e.g. view_range: [1, 500]."
        );
        let (out, err) = read(&t, json!({"file_path": "big.txt", "view_range": [1, 500]})).await;
        assert!(!err);
        assert_eq!(out.lines().count(), 500);
    }

    #[tokio::test]
    async fn errors() {
        let (dir, t) = tools();
        std::fs::create_dir(dir.path().join("d")).unwrap();
        std::fs::write(dir.path().join("bin.dat"), [0xff, 0xfe, 0x00]).unwrap();
        std::fs::write(dir.path().join("empty.txt"), "").unwrap();
        assert_eq!(
            read(&t, json!({"file_path": "missing.txt"})).await,
            ("read: missing.txt: no such file or directory".into(), true)
        );
        assert_eq!(
            read(&t, json!({"file_path": "d"})).await,
            ("read: d: not a regular file".into(), true)
        );
        assert_eq!(
            read(&t, json!({"file_path": "bin.dat"})).await,
            ("read: bin.dat is not valid UTF-8 text".into(), true)
        );
        assert_eq!(
            read(&t, json!({"file_path": "empty.txt"})).await,
            ("(empty file)".into(), false)
        );
    }

    #[tokio::test]
    async fn images_and_pdfs() {
        let (dir, t) = tools();
        let png = b"\x89PNG\r\n\x1a\nfake";
        std::fs::write(dir.path().join("pic.PNG"), png).unwrap();
        std::fs::write(dir.path().join("doc.pdf"), b"%PDF-1.4 fake").unwrap();
        let out = t.run("read", &json!({"file_path": "pic.PNG"})).await;
        assert!(!out.is_error);
        assert_eq!(
            out.content,
            vec![
                json!({"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": STANDARD.encode(png)}})
            ]
        );
        let out = t.run("read", &json!({"file_path": "doc.pdf"})).await;
        assert_eq!(out.content[0]["type"], "document");
        assert_eq!(out.content[0]["source"]["media_type"], "application/pdf");
        assert_eq!(out.content[0]["source"]["data"], STANDARD.encode(b"%PDF-1.4 fake"));
        let (msg, err) = read(&t, json!({"file_path": "pic.PNG", "view_range": [1, 2]})).await;
        assert!(err, "{msg}");
        // 4 MiB raw is over 5 MiB as base64.
        let f = std::fs::File::create(dir.path().join("huge.jpg")).unwrap();
        f.set_len(4 * 1024 * 1024).unwrap();
        let (msg, err) = read(&t, json!({"file_path": "huge.jpg"})).await;
        assert!(err);
        assert!(msg.contains("image limit"), "{msg}");
        let f = std::fs::File::create(dir.path().join("huge.pdf")).unwrap();
        f.set_len(PDF_CAP + 1).unwrap();
        assert!(read(&t, json!({"file_path": "huge.pdf"})).await.1);
    }

    #[tokio::test]
    async fn escapes_are_refused() {
        let (dir, t) = tools();
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret"), "s").unwrap();
        std::os::unix::fs::symlink(outside.path().join("secret"), dir.path().join("link")).unwrap();
        let abs = outside.path().join("secret").display().to_string();
        for p in [abs.as_str(), "../secret", "link"] {
            assert_eq!(
                read(&t, json!({"file_path": p})).await,
                (
                    format!("read: path '{p}' is outside the session's working directory"),
                    true
                )
            );
        }
    }
}
