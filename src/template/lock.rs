//! `claude-lock.json`: which file became which server object, and the hashes that tell whether
//! either side changed since (ant-apply.md §4). Written byte for byte as the Go CLI writes it.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::canon::write_string;
use super::{FileError, Kind, display_path};
use crate::template::load::LOCKFILE_NAME;

/// The schema version this build reads and writes.
const SCHEMA: u64 = 1;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Origin {
    pub base_url: Option<String>,
    pub organization_id: Option<String>,
    pub workspace_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub kind: Kind,
    pub id: String,
    /// The server's version, as a string (an agent's number, a skill's epoch string).
    pub version: Option<String>,
    pub hash: String,
    pub remote_hash: Option<String>,
    /// A URL source's pinned commit and the directory in it.
    pub revision: Option<String>,
    pub subpath: Option<String>,
    /// Fields a newer CLI wrote; kept while the entry keeps its id and kind.
    pub extra: Map<String, Value>,
}

#[derive(Debug)]
pub struct Lockfile {
    pub path: PathBuf,
    pub exists: bool,
    pub origin: Option<Origin>,
    pub entries: BTreeMap<String, Entry>,
}

/// `--lock-file`, else the nearest `claude-lock.json` walking up from `start` and stopping at
/// the repository root (a directory holding `.git`); else a new one in `start`.
pub fn find(start: &Path) -> PathBuf {
    let mut dir = Some(start);
    while let Some(d) = dir {
        let candidate = d.join(LOCKFILE_NAME);
        if candidate.is_file() {
            return candidate;
        }
        if d.join(".git").exists() {
            break;
        }
        dir = d.parent();
    }
    start.join(LOCKFILE_NAME)
}

fn error_at(path: &Path, text: &str, needle: Option<&str>, message: String) -> FileError {
    // Entries are checked after parsing, so the position is that of the entry's key.
    let offset = needle.and_then(|n| text.find(n)).unwrap_or(0);
    let before = &text[..offset];
    FileError {
        file: display_path(path),
        line: before.matches('\n').count() as u64 + 1,
        column: (offset - before.rfind('\n').map_or(0, |i| i + 1)) as u64 + 1,
        message,
    }
}

impl Lockfile {
    pub fn dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }

    pub fn read(path: &Path) -> Result<Lockfile, FileError> {
        let mut lock = Lockfile {
            path: path.to_path_buf(),
            exists: path.exists(),
            origin: None,
            entries: BTreeMap::new(),
        };
        if !lock.exists {
            return Ok(lock);
        }
        let text = std::fs::read_to_string(path).map_err(|e| error_at(path, "", None, format!("cannot read: {e}")))?;
        if text.trim().is_empty() {
            return Ok(lock);
        }
        let doc: Value = serde_json::from_str(&text).map_err(|e| FileError {
            file: display_path(path),
            line: e.line() as u64,
            column: e.column() as u64,
            message: format!(
                "not a valid lockfile: {}",
                e.to_string().split(" at line ").next().unwrap_or("")
            ),
        })?;
        let top = |msg: &str| error_at(path, &text, None, msg.to_string());
        let doc = doc
            .as_object()
            .ok_or_else(|| top("not a valid lockfile: expected an object"))?;
        match doc.get("version").and_then(Value::as_u64) {
            Some(v) if v > SCHEMA => {
                let msg = format!("written by a newer ant (lockfile version {v}, this build understands {SCHEMA})");
                return Err(top(&msg));
            }
            Some(_) => {}
            None => return Err(top("not a valid lockfile: `version` must be a number")),
        }
        if let Some(o) = doc.get("origin").and_then(Value::as_object) {
            let field = |k: &str| o.get(k).and_then(Value::as_str).map(str::to_string);
            lock.origin = Some(Origin {
                base_url: field("base_url"),
                organization_id: field("organization_id"),
                workspace_id: field("workspace_id"),
            });
        }
        let resources = match doc.get("resources") {
            None | Some(Value::Null) => Map::new(),
            Some(Value::Object(m)) => m.clone(),
            Some(_) => return Err(top("not a valid lockfile: `resources` must be an object")),
        };
        for (key, entry) in resources {
            let needle = serde_json::to_string(&key).expect("a string serialises");
            let bad = |reason: &str| error_at(path, &text, Some(&needle), format!("entry \"{key}\": {reason}"));
            if !(key.starts_with("./") || key.starts_with("../") || key.starts_with("https://")) {
                return Err(bad("resource keys start with ./, ../ or https://"));
            }
            if key.starts_with("../") {
                return Err(bad("key resolves outside the lockfile directory"));
            }
            let Value::Object(mut fields) = entry else {
                return Err(bad("expected an object"));
            };
            let mut take = |k: &str| match fields.remove(k) {
                Some(Value::String(s)) => Some(s),
                _ => None,
            };
            let id = take("id").ok_or_else(|| bad("missing `id`"))?;
            let kind_name = take("kind").ok_or_else(|| bad("missing `kind`"))?;
            let kind = Kind::parse(&kind_name).ok_or_else(|| bad(&format!("unknown kind \"{kind_name}\"")))?;
            let hash = take("hash").unwrap_or_default();
            let version = take("version");
            let remote_hash = take("remote_hash");
            let revision = take("revision");
            let subpath = take("subpath");
            lock.entries.insert(
                key.clone(),
                Entry {
                    kind,
                    id,
                    version,
                    hash,
                    remote_hash,
                    revision,
                    subpath,
                    extra: fields,
                },
            );
        }
        Ok(lock)
    }

    /// The bytes Go's `json.MarshalIndent(lock, "", "  ")` writes, plus a newline.
    pub fn render(&self) -> String {
        let mut out = String::from("{\n  \"version\": 1");
        if let Some(o) = &self.origin {
            let fields = [
                ("base_url", &o.base_url),
                ("organization_id", &o.organization_id),
                ("workspace_id", &o.workspace_id),
            ];
            let set: Vec<_> = fields.iter().filter_map(|(k, v)| v.as_ref().map(|v| (*k, v))).collect();
            if !set.is_empty() {
                out.push_str(",\n  \"origin\": {");
                for (i, (k, v)) in set.iter().enumerate() {
                    out.push_str(if i == 0 { "\n    " } else { ",\n    " });
                    write_string(&mut out, k);
                    out.push_str(": ");
                    write_string(&mut out, v);
                }
                out.push_str("\n  }");
            }
        }
        out.push_str(",\n  \"resources\": {");
        for (i, (key, e)) in self.entries.iter().enumerate() {
            out.push_str(if i == 0 { "\n    " } else { ",\n    " });
            write_string(&mut out, key);
            out.push_str(": {");
            let mut fields: Vec<(String, Value)> = vec![
                ("kind".into(), Value::String(e.kind.name().into())),
                ("id".into(), Value::String(e.id.clone())),
            ];
            let optional = [
                ("version", &e.version),
                ("hash", &Some(e.hash.clone())),
                ("remote_hash", &e.remote_hash),
                ("revision", &e.revision),
                ("subpath", &e.subpath),
            ];
            for (k, v) in optional {
                if let Some(v) = v.as_ref().filter(|v| !v.is_empty()) {
                    fields.push((k.into(), Value::String(v.clone())));
                }
            }
            // An entry with fields this build does not know is written as a map: sorted keys.
            if !e.extra.is_empty() {
                fields.extend(e.extra.iter().map(|(k, v)| (k.clone(), v.clone())));
                fields.sort_by(|a, b| a.0.cmp(&b.0));
            }
            for (j, (k, v)) in fields.iter().enumerate() {
                out.push_str(if j == 0 { "\n      " } else { ",\n      " });
                write_string(&mut out, k);
                out.push_str(": ");
                write_indented(&mut out, v, 6);
            }
            out.push_str("\n    }");
        }
        out.push_str(if self.entries.is_empty() { "}" } else { "\n  }" });
        out.push_str("\n}\n");
        out
    }

    /// Replaces the file atomically: a temporary file beside it, synced, then renamed over it.
    pub fn write(&self) -> std::io::Result<()> {
        use std::os::unix::fs::PermissionsExt;
        let dir = self.dir();
        let tmp = dir.join(format!(".{LOCKFILE_NAME}.tmp-{}", uuid::Uuid::new_v4().simple()));
        let result = (|| {
            let mut f = std::fs::File::create(&tmp)?;
            f.write_all(self.render().as_bytes())?;
            f.sync_all()?;
            std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o644))?;
            std::fs::rename(&tmp, &self.path)
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result
    }
}

/// A nested value of an unknown field, indented as MarshalIndent would at `depth` spaces.
fn write_indented(out: &mut String, v: &Value, depth: usize) {
    match v {
        Value::Array(items) if !items.is_empty() => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                out.push_str(if i == 0 { "\n" } else { ",\n" });
                out.push_str(&" ".repeat(depth + 2));
                write_indented(out, item, depth + 2);
            }
            out.push('\n');
            out.push_str(&" ".repeat(depth));
            out.push(']');
        }
        Value::Object(map) if !map.is_empty() => {
            out.push('{');
            for (i, (k, item)) in map.iter().enumerate() {
                out.push_str(if i == 0 { "\n" } else { ",\n" });
                out.push_str(&" ".repeat(depth + 2));
                write_string(out, k);
                out.push_str(": ");
                write_indented(out, item, depth + 2);
            }
            out.push('\n');
            out.push_str(&" ".repeat(depth));
            out.push('}');
        }
        other => out.push_str(&super::canon::canonical(other)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lockfile_round_trips_byte_for_byte() {
        let text = "{\n  \"version\": 1,\n  \"origin\": {\n    \"base_url\": \"https://api.anthropic.com\"\n  },\n  \"resources\": {\n    \"./agents/a.md\": {\n      \"kind\": \"agent\",\n      \"id\": \"agent_1\",\n      \"version\": \"2\",\n      \"hash\": \"h\",\n      \"remote_hash\": \"r\"\n    },\n    \"./environments/e.yaml\": {\n      \"future\": [\n        1\n      ],\n      \"hash\": \"h\",\n      \"id\": \"env_1\",\n      \"kind\": \"environment\"\n    },\n    \"https://github.com/o/r/tree/main/skills/x\": {\n      \"kind\": \"skill\",\n      \"id\": \"skill_1\",\n      \"version\": \"1759178010641129\",\n      \"hash\": \"h\",\n      \"revision\": \"0123456789abcdef0123456789abcdef01234567\",\n      \"subpath\": \"skills/x\"\n    }\n  }\n}\n";
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join(LOCKFILE_NAME);
        std::fs::write(&p, text).unwrap();
        let lock = Lockfile::read(&p).unwrap();
        assert_eq!(lock.render(), text);
        lock.write().unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), text);
    }

    #[test]
    fn bad_lockfiles_are_refused_with_a_position() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join(LOCKFILE_NAME);
        std::fs::write(&p, "{\n  \"version\": 1,\n  \"resources\": {,}\n}\n").unwrap();
        let e = Lockfile::read(&p).unwrap_err();
        assert_eq!((e.line, e.column), (3, 17), "{e}");
        std::fs::write(&p, "{\"version\": 2, \"resources\": {}}").unwrap();
        assert!(Lockfile::read(&p).unwrap_err().message.contains("newer ant"));
        std::fs::write(
            &p,
            "{\"version\": 1,\n \"resources\": {\"./a.md\": {\"kind\": \"widget\", \"id\": \"x\"}}}",
        )
        .unwrap();
        let e = Lockfile::read(&p).unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.contains("unknown kind \"widget\""), "{e}");
    }
}
