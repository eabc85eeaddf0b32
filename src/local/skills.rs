//! A skill version's files: taken from an upload (files under one top-level directory, or one
//! zip of them), checked (SKILL.md at the top, no `..`, no absolute path, no link, no zip bomb),
//! kept as a directory in the data dir, and handed out as a zip with the skill's name as its
//! one top-level directory. The worker unpacks such a zip with the same checks.

use std::io::{self, Cursor, Read, Write};
use std::path::{Path, PathBuf};

use crate::api::skills::{Manifest, parse_manifest};

/// The most a skill version may hold, uncompressed, and how many files.
pub const MAX_BYTES: u64 = 8 << 20;
pub const MAX_FILES: usize = 1_000;

#[derive(Debug, thiserror::Error)]
pub enum SkillError {
    #[error("{0}")]
    Invalid(String),
    #[error("the skill is larger than {} MiB uncompressed", MAX_BYTES >> 20)]
    TooLarge,
    #[error("skill store: {0}")]
    Io(#[from] io::Error),
}

fn invalid(message: impl Into<String>) -> SkillError {
    SkillError::Invalid(message.into())
}

/// An upload's files, by their path below the skill's top-level directory.
#[derive(Debug, Default)]
pub struct Upload {
    pub directory: String,
    pub files: Vec<(String, Vec<u8>)>,
    size: u64,
}

impl Upload {
    /// Adds one file given by its path in the upload (`<directory>/<rest>`).
    fn add(&mut self, path: &str, data: Vec<u8>) -> Result<(), SkillError> {
        let segments = clean_segments(path).ok_or_else(|| {
            invalid(format!(
                "files: '{path}' is not a relative path inside the skill's directory (no '..', '.', empty segment, backslash or leading /)"
            ))
        })?;
        let [top, rest @ ..] = segments.as_slice() else {
            return Err(invalid(format!("files: '{path}' is empty")));
        };
        if rest.is_empty() {
            return Err(invalid(format!(
                "files: '{path}' must lie in the skill's top-level directory, as <directory>/{path}"
            )));
        }
        if self.directory.is_empty() {
            self.directory = top.to_string();
        } else if self.directory != *top {
            return Err(invalid(format!(
                "files: every file must be in one top-level directory, but '{path}' is not in '{}'",
                self.directory
            )));
        }
        let rel = rest.join("/");
        if self.files.iter().any(|(p, _)| *p == rel) {
            return Err(invalid(format!("files: '{path}' is given twice")));
        }
        self.size += data.len() as u64;
        if self.size > MAX_BYTES {
            return Err(SkillError::TooLarge);
        }
        if self.files.len() >= MAX_FILES {
            return Err(invalid(format!("files: more than {MAX_FILES} files")));
        }
        self.files.push((rel, data));
        Ok(())
    }

    /// What its SKILL.md says; an upload without one is refused.
    pub fn manifest(&self) -> Result<Manifest, SkillError> {
        let (_, text) = self.files.iter().find(|(p, _)| p == "SKILL.md").ok_or_else(|| {
            invalid(format!(
                "files: no SKILL.md at the top of '{}' (a skill needs {0}/SKILL.md)",
                if self.directory.is_empty() {
                    "the upload"
                } else {
                    &self.directory
                }
            ))
        })?;
        let text = std::str::from_utf8(text).map_err(|_| invalid("SKILL.md: must be UTF-8 text"))?;
        parse_manifest(text, &self.directory).map_err(invalid)
    }
}

/// The segments of a relative path, if it is one with no `..`, `.`, empty segment or backslash.
fn clean_segments(path: &str) -> Option<Vec<&str>> {
    if path.starts_with('/') || path.contains('\\') || path.contains('\0') {
        return None;
    }
    let segments: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    segments
        .iter()
        .all(|s| !s.is_empty() && *s != "." && *s != "..")
        .then_some(segments)
}

/// The files of an upload: each part `(filename, bytes)`, or one zip holding them.
pub fn from_parts(parts: Vec<(String, Vec<u8>)>) -> Result<Upload, SkillError> {
    if parts.is_empty() {
        return Err(invalid("files: at least one file is required"));
    }
    if let [(name, data)] = parts.as_slice()
        && (name.to_ascii_lowercase().ends_with(".zip") || data.starts_with(b"PK\x03\x04"))
    {
        return from_zip(data);
    }
    let mut upload = Upload::default();
    for (name, data) in parts {
        upload.add(&name, data)?;
    }
    Ok(upload)
}

/// The files of a zip: no links, none outside its directory, at most [`MAX_BYTES`] however
/// much the archive claims (the bytes are counted as they inflate).
pub fn from_zip(data: &[u8]) -> Result<Upload, SkillError> {
    let mut archive =
        zip::ZipArchive::new(Cursor::new(data)).map_err(|e| invalid(format!("files: not a zip archive: {e}")))?;
    if archive.len() > MAX_FILES * 2 {
        return Err(invalid(format!("files: the zip has more than {MAX_FILES} files")));
    }
    let mut upload = Upload::default();
    for i in 0..archive.len() {
        let entry = archive
            .by_index(i)
            .map_err(|e| invalid(format!("files: zip entry {i}: {e}")))?;
        let name = entry
            .name()
            .map_err(|e| invalid(format!("files: zip entry {i}: {e}")))?
            .to_string();
        if entry.is_symlink() {
            return Err(invalid(format!(
                "files: '{name}' is a symbolic link; a skill holds only files"
            )));
        }
        if entry.is_dir() {
            continue;
        }
        let budget = MAX_BYTES.saturating_sub(upload.size);
        let mut bytes = Vec::new();
        entry
            .take(budget + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| invalid(format!("files: '{name}': {e}")))?;
        if bytes.len() as u64 > budget {
            return Err(SkillError::TooLarge);
        }
        upload.add(&name, bytes)?;
    }
    Ok(upload)
}

/// Where a version's files are kept.
pub fn version_dir(root: &Path, skill_id: &str, version_id: &str) -> PathBuf {
    root.join(skill_id).join(version_id)
}

/// Writes an upload as version `version_id` of `skill_id`: into a staging directory first,
/// renamed into place when whole, so a failure leaves nothing.
pub fn keep(root: &Path, skill_id: &str, version_id: &str, upload: &Upload) -> io::Result<PathBuf> {
    std::fs::create_dir_all(root)?;
    let staging = tempfile::Builder::new().prefix(".staging-").tempdir_in(root)?;
    write_files(staging.path(), &upload.files)?;
    let target = version_dir(root, skill_id, version_id);
    std::fs::create_dir_all(target.parent().unwrap_or(root))?;
    std::fs::rename(staging.keep(), &target)?;
    Ok(target)
}

fn write_files(dir: &Path, files: &[(String, Vec<u8>)]) -> io::Result<()> {
    for (rel, data) in files {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, data)?;
    }
    Ok(())
}

/// A zip of a version's directory, its files under `<name>/`.
pub fn zip(dir: &Path, name: &str) -> io::Result<Vec<u8>> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().unix_permissions(0o644);
    let mut files = Vec::new();
    collect(dir, dir, &mut files)?;
    files.sort();
    for rel in files {
        writer
            .start_file(format!("{name}/{rel}"), options)
            .map_err(io::Error::other)?;
        writer.write_all(&std::fs::read(dir.join(&rel))?)?;
    }
    Ok(writer.finish().map_err(io::Error::other)?.into_inner())
}

/// The regular files below `dir`, relative to `root`.
fn collect(root: &Path, dir: &Path, out: &mut Vec<String>) -> io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let kind = entry.file_type()?;
        if kind.is_dir() {
            collect(root, &entry.path(), out)?;
        } else if kind.is_file()
            && let Ok(rel) = entry.path().strip_prefix(root)
        {
            out.push(rel.to_string_lossy().into_owned());
        }
    }
    Ok(())
}

/// Unpacks a version's zip into `dest` (which must not exist), its one top-level directory
/// stripped, through a staging directory renamed into place when whole.
pub fn unpack(data: &[u8], dest: &Path) -> Result<(), SkillError> {
    let upload = from_zip(data)?;
    let parent = dest.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent)?;
    let staging = tempfile::Builder::new().prefix(".staging-").tempdir_in(parent)?;
    write_files(staging.path(), &upload.files)?;
    std::fs::rename(staging.keep(), dest)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const MANIFEST: &[u8] = b"---\nname: csv-tools\ndescription: Reads CSV files.\n---\nUse pandas.\n";

    fn part(name: &str, data: &[u8]) -> (String, Vec<u8>) {
        (name.to_string(), data.to_vec())
    }

    #[test]
    fn uploads_are_one_directory_with_a_manifest() {
        let upload = from_parts(vec![part("csv/SKILL.md", MANIFEST), part("csv/lib/x.py", b"print(1)")]).unwrap();
        assert_eq!(upload.directory, "csv");
        assert_eq!(upload.manifest().unwrap().name, "csv-tools");
        let bad = [
            vec![part("SKILL.md", MANIFEST)],
            vec![part("a/SKILL.md", MANIFEST), part("b/x", b"")],
            vec![part("a/../SKILL.md", MANIFEST)],
            vec![part("/a/SKILL.md", MANIFEST)],
            vec![part("a\\SKILL.md", MANIFEST)],
        ];
        for parts in bad {
            let name = parts[0].0.clone();
            assert!(matches!(from_parts(parts), Err(SkillError::Invalid(_))), "{name}");
        }
        let without = from_parts(vec![part("a/README.md", b"hi")]).unwrap();
        assert!(without.manifest().unwrap_err().to_string().contains("no SKILL.md"));
    }

    #[test]
    fn zips_round_trip_and_refuse_links_and_bombs() {
        let dir = tempfile::tempdir().unwrap();
        let upload = from_parts(vec![part("csv/SKILL.md", MANIFEST), part("csv/lib/x.py", b"print(1)")]).unwrap();
        let kept = keep(dir.path(), "skill_1", "100", &upload).unwrap();
        let data = zip(&kept, "csv-tools").unwrap();
        let again = from_parts(vec![part("skill.zip", &data)]).unwrap();
        assert_eq!(again.directory, "csv-tools");
        assert_eq!(again.files.len(), 2);
        let dest = dir.path().join("out/csv-tools");
        unpack(&data, &dest).unwrap();
        assert_eq!(std::fs::read(dest.join("lib/x.py")).unwrap(), b"print(1)");

        // A link entry.
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default();
        w.add_symlink("s/link", "/etc/passwd", options).unwrap();
        let linked = w.finish().unwrap().into_inner();
        assert!(from_zip(&linked).unwrap_err().to_string().contains("symbolic link"));

        // 64 MiB of zeros compress to a few dozen KiB: refused while inflating.
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        w.start_file("b/SKILL.md", options).unwrap();
        let zeros = vec![0u8; 1 << 20];
        for _ in 0..64 {
            w.write_all(&zeros).unwrap();
        }
        let bomb = w.finish().unwrap().into_inner();
        assert!(bomb.len() < 1 << 20);
        assert!(matches!(from_zip(&bomb), Err(SkillError::TooLarge)));
        let stray: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|n| n.starts_with(".staging"))
            .collect();
        assert!(stray.is_empty(), "{stray:?}");
    }
}
