//! Skill directories as resources (ant-apply.md §1.10, §3.5): the directory holding `SKILL.md`
//! is one resource; its files are the payload, uploaded under one folder, and its hash is a
//! fingerprint of those files rather than of a JSON body.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use super::FileError;
use super::load::SKIPPED_DIRS;

pub const MANIFEST: &str = "SKILL.md";
/// The bundle limits the official engine applies before uploading.
const MAX_FILES: usize = 1000;
const MAX_FILE_BYTES: u64 = 16 << 20;
const MAX_TOTAL_BYTES: u64 = 32 << 20;
const MAX_FRONT_MATTER: usize = 256_000;

/// The files of a skill, as they will be uploaded.
#[derive(Debug)]
pub struct Bundle {
    /// The folder the files are uploaded under: the skill's `name`, else the directory's name.
    pub folder: String,
    pub display_name: String,
    pub files: Vec<BundleFile>,
    /// The resource's `hash` (§3.5).
    pub fingerprint: String,
}

#[derive(Debug)]
pub struct BundleFile {
    /// The path below the skill directory, with `/`.
    pub rel: String,
    pub path: PathBuf,
}

/// What a skill directory declares: the YAML of its `SKILL.md` front matter (and the line it
/// starts on) for the loader to parse.
pub struct Declared<'a> {
    pub yaml: &'a str,
    pub line_offset: u64,
}

fn error(path: &Path, message: impl Into<String>) -> FileError {
    FileError {
        file: super::display_path(path),
        line: 1,
        column: 1,
        message: message.into(),
    }
}

/// Whether `dir` is a skill directory.
pub fn is_skill_dir(dir: &Path) -> bool {
    dir.join(MANIFEST).is_file()
}

/// The manifest of a directory named as a skill: `SKILL.md`, spelled exactly.
pub fn manifest(dir: &Path) -> Result<PathBuf, FileError> {
    let path = dir.join(MANIFEST);
    if path.is_file() {
        return Ok(path);
    }
    let other = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| n.eq_ignore_ascii_case(MANIFEST));
    Err(match other {
        Some(found) => error(
            dir,
            format!("the manifest must be spelled SKILL.md, in capitals; found {found}"),
        ),
        None => error(
            dir,
            "is a directory but declares no resource (a skill holds SKILL.md at its root)",
        ),
    })
}

/// The front matter of `SKILL.md`, found the stricter way the API finds it: no byte-order mark,
/// only blank lines before a line of exactly `---`, closed by another, and not empty.
pub fn front_matter<'a>(path: &Path, text: &'a str) -> Result<Declared<'a>, FileError> {
    if text.starts_with('\u{feff}') {
        return Err(error(
            path,
            "starts with a byte-order mark; save it as UTF-8 without one",
        ));
    }
    let mut offset = 0;
    let mut line_no = 0;
    let mut opened = None;
    for line in text.split_inclusive('\n') {
        line_no += 1;
        offset += line.len();
        let bare = line.trim_end_matches(['\n', '\r']);
        if bare.trim_matches([' ', '\t']).is_empty() && opened.is_none() {
            continue;
        }
        match opened {
            None if bare == "---" && line.ends_with('\n') => opened = Some((offset, line_no)),
            None => {
                return Err(error(
                    path,
                    "has no front matter: it must open with a line of exactly \"---\"",
                ));
            }
            Some((start, first_line)) if bare == "---" => {
                let yaml = &text[start..offset - line.len()];
                if yaml.trim().is_empty() {
                    return Err(error(path, "front matter is empty; it must at least declare `name`"));
                }
                if yaml.len() > MAX_FRONT_MATTER {
                    return Err(error(
                        path,
                        format!("front matter is larger than {MAX_FRONT_MATTER} bytes"),
                    ));
                }
                return Ok(Declared {
                    yaml,
                    line_offset: first_line,
                });
            }
            Some(_) => {}
        }
    }
    Err(error(
        path,
        match opened {
            None => "has no front matter: it must open with a line of exactly \"---\"",
            Some(_) => "front matter is never closed: end it with a line of exactly \"---\"",
        },
    ))
}

/// The body the plan shows for a skill: its display name, and its `name` when declared.
pub fn body(dir: &Path, fields: &Map<String, Value>) -> Result<Map<String, Value>, String> {
    let declared = |k: &str| {
        fields
            .get(k)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
    };
    let dir_name = dir.file_name().unwrap_or_default().to_string_lossy().into_owned();
    let display = ["display_name", "display_title", "title", "name"]
        .into_iter()
        .find_map(declared)
        .map_or(dir_name, str::to_string);
    let mut body = Map::new();
    body.insert("display_name".into(), Value::String(display));
    if let Some(name) = fields.get("name").and_then(Value::as_str) {
        if name.contains(['/', '\\']) || name.contains("..") {
            return Err(format!(
                "name \"{name}\" cannot contain '/', '\\', or '..'; it names the folder the files are uploaded under"
            ));
        }
        body.insert("name".into(), Value::String(name.to_string()));
    }
    Ok(body)
}

/// Every regular file of the skill (no dot-entries, no tool directories, no links), sorted by
/// path, within the limits; and the fingerprint over them.
pub fn bundle(dir: &Path, body: &Map<String, Value>) -> Result<Bundle, FileError> {
    let mut files = Vec::new();
    collect(dir, dir, &mut files)?;
    files.sort_by(|a, b| a.rel.cmp(&b.rel));
    if files.len() > MAX_FILES {
        return Err(error(dir, format!("holds more than {MAX_FILES} files")));
    }
    let folder = body
        .get("name")
        .and_then(Value::as_str)
        .map(str::to_string)
        .unwrap_or_else(|| dir.file_name().unwrap_or_default().to_string_lossy().into_owned());
    let display_name = body["display_name"].as_str().unwrap_or_default().to_string();
    let mut digest = Sha256::new();
    digest.update(format!("dir:{folder}\0title:{display_name}\0"));
    let mut total = 0u64;
    for f in &files {
        let data = std::fs::read(&f.path).map_err(|e| error(&f.path, format!("cannot read: {e}")))?;
        let size = data.len() as u64;
        if size > MAX_FILE_BYTES {
            return Err(error(&f.path, format!("is larger than {} MiB", MAX_FILE_BYTES >> 20)));
        }
        total += size;
        if total > MAX_TOTAL_BYTES {
            return Err(error(dir, format!("holds more than {} MiB", MAX_TOTAL_BYTES >> 20)));
        }
        digest.update(format!("path:{}\0size:{size}\0", f.rel));
        digest.update(&data);
        digest.update([0u8]);
    }
    let hex: String = digest.finalize().iter().map(|b| format!("{b:02x}")).collect();
    Ok(Bundle {
        folder,
        display_name,
        files,
        fingerprint: hex[..32].to_string(),
    })
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<BundleFile>) -> Result<(), FileError> {
    let entries = std::fs::read_dir(dir).map_err(|e| error(dir, format!("cannot read: {e}")))?;
    for entry in entries {
        let entry = entry.map_err(|e| error(dir, format!("cannot read: {e}")))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        let kind = entry.file_type().map_err(|e| error(&path, e.to_string()))?;
        if kind.is_dir() {
            if !SKIPPED_DIRS.contains(&name.as_str()) {
                collect(root, &path, out)?;
            }
        } else if kind.is_file() {
            let rel = path.strip_prefix(root).expect("below the root");
            let rel = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            out.push(BundleFile { rel, path });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_found_the_way_the_api_finds_it() {
        let p = Path::new("/s/SKILL.md");
        let ok = front_matter(p, "\n---\nname: x\n---\nbody\n").unwrap();
        assert_eq!((ok.yaml, ok.line_offset), ("name: x\n", 2));
        for (text, says) in [
            ("\u{feff}---\nname: x\n---\n", "byte-order mark"),
            ("# x\n---\nname: x\n---\n", "has no front matter"),
            ("--- \nname: x\n---\n", "has no front matter"),
            ("---\nname: x\n", "never closed"),
            ("---\n\n---\n", "is empty"),
        ] {
            let e = front_matter(p, text).err().unwrap_or_else(|| panic!("{text:?} passed"));
            assert!(e.message.contains(says), "{text:?}: {e}");
        }
    }

    #[test]
    fn the_fingerprint_covers_folder_title_paths_sizes_and_contents() {
        let d = tempfile::tempdir().unwrap();
        let dir = d.path().join("pr-writer");
        std::fs::create_dir_all(dir.join("scripts")).unwrap();
        std::fs::create_dir_all(dir.join(".git")).unwrap();
        std::fs::create_dir_all(dir.join("node_modules")).unwrap();
        std::fs::write(dir.join("SKILL.md"), "---\nname: pr-writer\n---\nWrite PRs.\n").unwrap();
        std::fs::write(dir.join("scripts/a.py"), "print(1)\n").unwrap();
        std::fs::write(dir.join(".git/HEAD"), "x").unwrap();
        std::fs::write(dir.join("node_modules/x.js"), "x").unwrap();
        std::os::unix::fs::symlink("/etc/passwd", dir.join("link")).unwrap();
        let mut fields = Map::new();
        fields.insert("name".into(), "pr-writer".into());
        let body = body(&dir, &fields).unwrap();
        assert_eq!(
            Value::Object(body.clone()),
            serde_json::json!({"display_name": "pr-writer", "name": "pr-writer"})
        );
        let b = bundle(&dir, &body).unwrap();
        let rels: Vec<&str> = b.files.iter().map(|f| f.rel.as_str()).collect();
        assert_eq!(rels, ["SKILL.md", "scripts/a.py"]);
        // Recomputed by hand from the rule: the folder, the title, then each file.
        let mut expected = Sha256::new();
        expected.update(
            b"dir:pr-writer\0title:pr-writer\0path:SKILL.md\0size:35\0---\nname: pr-writer\n---\nWrite PRs.\n\0path:scripts/a.py\0size:9\0print(1)\n\0",
        );
        let hex: String = expected.finalize().iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(b.fingerprint, hex[..32]);
        std::fs::write(dir.join("scripts/a.py"), "print(2)\n").unwrap();
        assert_ne!(bundle(&dir, &body).unwrap().fingerprint, b.fingerprint);
        let mut bad = Map::new();
        bad.insert("name".into(), "../x".into());
        assert!(super::body(&dir, &bad).unwrap_err().contains("cannot contain"));
    }
}
