//! Memory stores: named sets of text documents ("memories") addressed by path, every change
//! kept as a version. Sessions mount a store at `/mnt/memory/<slug>/`.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use unicode_normalization::is_nfc;

use super::Metadata;

/// The largest memory: 100 kB.
pub const MAX_MEMORY_BYTES: usize = 102_400;
/// The most memories a store holds.
pub const MAX_MEMORIES: usize = 2_000;
/// The longest path, in bytes, and the most segments it has.
const MAX_PATH_BYTES: usize = 1_024;
const MAX_SEGMENTS: usize = 20;
/// `instructions` of a session's memory store resource, in characters.
pub const MAX_INSTRUCTIONS: usize = 4_096;
/// The most memory stores one session mounts.
pub const MAX_PER_SESSION: usize = 8;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct MemoryStore {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub name: String,
    pub description: String,
    pub metadata: Metadata,
    pub created_at: String,
    pub updated_at: String,
    pub archived_at: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MemoryStoreCreate {
    pub name: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub metadata: Option<Metadata>,
}

impl MemoryStore {
    pub fn create(id: String, now: String, body: MemoryStoreCreate) -> Result<Self, String> {
        let metadata = body.metadata.unwrap_or_default();
        super::check_metadata("metadata", &metadata)?;
        Ok(Self {
            id,
            kind: "memory_store".into(),
            name: check_name(&body.name)?,
            description: check_description(body.description.unwrap_or_default())?,
            metadata,
            created_at: now.clone(),
            updated_at: now,
            archived_at: None,
        })
    }

    /// Applies an update body (`name`, `description`, `metadata` as a patch); true if anything changed.
    pub fn apply_update(&mut self, patch: &serde_json::Map<String, Value>) -> Result<bool, String> {
        let before = self.clone();
        for (key, value) in patch {
            match (key.as_str(), value) {
                ("name", Value::String(s)) => self.name = check_name(s)?,
                ("name", _) => return Err("name: must be a string of 1 to 255 characters".into()),
                ("description", Value::Null) => self.description = String::new(),
                ("description", Value::String(s)) => self.description = check_description(s.clone())?,
                ("description", _) => return Err("description: must be a string".into()),
                ("metadata", Value::Null) => {}
                ("metadata", Value::Object(m)) => super::patch_metadata("metadata", &mut self.metadata, m)?,
                ("metadata", _) => return Err("metadata: must be an object".into()),
                (other, _) => return Err(format!("{other}: unknown field")),
            }
        }
        Ok(*self != before)
    }

    /// The directory name a session mounts the store under: the name lowercased, each run of
    /// characters other than ASCII letters and digits one hyphen (none at the ends).
    pub fn slug(&self) -> String {
        slug(&self.name, &self.id)
    }
}

fn slug(name: &str, id: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_matches('-');
    if out.is_empty() {
        id.to_ascii_lowercase()
    } else {
        out.to_string()
    }
}

fn check_name(name: &str) -> Result<String, String> {
    let len = name.chars().count();
    if len == 0 || len > 255 || name.chars().any(char::is_control) {
        return Err("name: must be 1 to 255 characters, without control characters".into());
    }
    Ok(name.to_string())
}

fn check_description(d: String) -> Result<String, String> {
    if d.chars().count() > 1024 {
        return Err("description: must be at most 1024 characters".into());
    }
    Ok(d)
}

/// A memory: its content lives in the store alongside; `content` is shown in the full view only.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Memory {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub memory_store_id: String,
    pub path: String,
    pub content_sha256: String,
    pub content_size_bytes: u64,
    pub memory_version_id: String,
    pub content: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// Who changed a memory: a session writing through its mount, or a caller of the API.
#[derive(Debug, Clone, PartialEq)]
pub enum Actor {
    Session(String),
    Api(String),
}

impl Actor {
    pub fn to_json(&self) -> Value {
        match self {
            Actor::Session(id) => serde_json::json!({"type": "session_actor", "session_id": id}),
            Actor::Api(id) => serde_json::json!({"type": "api_actor", "api_key_id": id}),
        }
    }
}

/// One change of a memory. Redaction clears what it held, never who made it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct MemoryVersion {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub memory_id: String,
    pub memory_store_id: String,
    /// `created`, `modified` or `deleted`.
    pub operation: String,
    pub path: Option<String>,
    pub content: Option<String>,
    pub content_sha256: Option<String>,
    pub content_size_bytes: Option<u64>,
    pub created_at: String,
    pub created_by: Option<Value>,
    pub redacted_at: Option<String>,
    pub redacted_by: Option<Value>,
}

/// `view`: whether memories and versions carry their content. Lists default to basic,
/// retrieves to full.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum View {
    Basic,
    Full,
}

impl View {
    pub fn parse(value: Option<&str>, default: View) -> Result<View, String> {
        match value {
            None => Ok(default),
            Some("basic") => Ok(View::Basic),
            Some("full") => Ok(View::Full),
            Some(other) => Err(format!("view: must be basic or full, not '{other}'")),
        }
    }
}

/// Checks a memory path: it starts with `/`, has 1 to 20 segments, none empty, `.` or `..`, no
/// control or format characters (nor U+2028/U+2029), is in NFC and at most 1,024 bytes.
pub fn check_path(field: &str, path: &str) -> Result<(), String> {
    let bad = |why: &str| Err(format!("{field}: '{path}' {why}"));
    let Some(rest) = path.strip_prefix('/') else {
        return bad("must start with /");
    };
    if path.len() > MAX_PATH_BYTES {
        return bad("is longer than 1024 bytes");
    }
    let segments: Vec<&str> = rest.split('/').collect();
    if segments.len() > MAX_SEGMENTS {
        return bad("has more than 20 segments");
    }
    if segments.iter().any(|s| s.is_empty() || *s == "." || *s == "..") {
        return bad("has an empty, '.' or '..' segment");
    }
    if path.chars().any(forbidden_char) {
        return bad("holds a control or format character");
    }
    if !is_nfc(path) {
        return bad("is not in Unicode Normalization Form C");
    }
    Ok(())
}

/// Control characters, format characters (general category Cf, e.g. zero-width joiners and
/// bidirectional marks) and the line and paragraph separators.
fn forbidden_char(c: char) -> bool {
    const FORMAT: &[std::ops::RangeInclusive<u32>] = &[
        0xAD..=0xAD,
        0x600..=0x605,
        0x61C..=0x61C,
        0x6DD..=0x6DD,
        0x70F..=0x70F,
        0x180E..=0x180E,
        0x200B..=0x200F,
        0x2028..=0x202E,
        0x2060..=0x2064,
        0x2066..=0x206F,
        0xFEFF..=0xFEFF,
        0xFFF9..=0xFFFB,
        0xE0001..=0xE0001,
        0xE0020..=0xE007F,
    ];
    c.is_control() || FORMAT.iter().any(|r| r.contains(&(c as u32)))
}

/// Checks a `path_prefix`: `/`, or a valid path followed by `/`.
pub fn check_prefix(prefix: &str) -> Result<(), String> {
    if prefix == "/" {
        return Ok(());
    }
    match prefix.strip_suffix('/') {
        Some(dir) => check_path("path_prefix", dir),
        None => Err(format!("path_prefix: '{prefix}' must end with /")),
    }
}

/// Checks a memory's content against the size limit.
pub fn check_content(field: &str, content: &str) -> Result<(), String> {
    if content.len() > MAX_MEMORY_BYTES {
        return Err(format!(
            "{field}: {} bytes is over the limit of a memory ({MAX_MEMORY_BYTES} bytes, 100 kB)",
            content.len()
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_lowercase_and_collapse_runs() {
        assert_eq!(slug("User Preferences", "x"), "user-preferences");
        assert_eq!(slug("  Team: notes!! v2 ", "x"), "team-notes-v2");
        assert_eq!(slug("日本", "memstore_Ab"), "memstore_ab");
    }

    #[test]
    fn paths_follow_the_rules() {
        assert!(check_path("path", "/notes/todo.md").is_ok());
        assert!(check_path("path", "/é.md").is_ok());
        for bad in [
            "notes",
            "/",
            "/a//b",
            "/a/../b",
            "/./a",
            "/a\u{200B}b",
            "/a\nb",
            "/e\u{301}.md",
        ] {
            assert!(check_path("path", bad).is_err(), "{bad:?}");
        }
        let deep = "/a".repeat(21);
        assert!(check_path("path", &deep).is_err());
        assert!(check_path("path", &format!("/{}", "x".repeat(1024))).is_err());
        assert!(check_prefix("/").is_ok());
        assert!(check_prefix("/notes/").is_ok());
        assert!(check_prefix("/notes").is_err());
    }

    #[test]
    fn content_is_at_most_100_kb() {
        assert!(check_content("content", &"x".repeat(MAX_MEMORY_BYTES)).is_ok());
        let err = check_content("content", &"x".repeat(MAX_MEMORY_BYTES + 1)).unwrap_err();
        assert!(err.contains("102401 bytes"), "{err}");
    }
}
