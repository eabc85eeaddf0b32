//! Files: bytes uploaded once and used by id (mounted into sessions), and the files sessions
//! write to `/mnt/session/outputs/`, scoped to their session.

use serde::{Deserialize, Serialize};

/// `FileMetadata` as the API shows it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct FileMetadata {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub filename: String,
    pub mime_type: String,
    pub size_bytes: u64,
    pub created_at: String,
    pub downloadable: bool,
    pub expires_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<FileScope>,
}

/// What a file belongs to: the session that wrote it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct FileScope {
    #[serde(rename = "type")]
    pub kind: String,
    pub id: String,
}

/// The shortest and longest life `expires_in_seconds` may give a file (one hour, ninety days).
pub const EXPIRY_RANGE: std::ops::RangeInclusive<i64> = 3600..=7_776_000;

/// The name a file is stored under: the final component of the part's filename (a client may
/// send a path), or `unnamed` when there is none.
pub fn stored_filename(given: Option<&str>) -> String {
    let last = given.unwrap_or("").rsplit(['/', '\\']).next().unwrap_or("").trim();
    if !last.is_empty() && last != "." && last != ".." {
        return last.to_string();
    }
    "unnamed".to_string()
}

/// A file's type: the one the client gave, unless it is missing or generic, then the one its
/// extension names, else `application/octet-stream`.
pub fn mime_type(given: Option<&str>, filename: &str) -> String {
    const OCTET_STREAM: &str = "application/octet-stream";
    let given = given
        .map(|t| t.split(';').next().unwrap_or("").trim().to_ascii_lowercase())
        .filter(|t| !t.is_empty() && t != OCTET_STREAM);
    given.unwrap_or_else(|| {
        mime_guess::from_path(filename)
            .first_raw()
            .unwrap_or(OCTET_STREAM)
            .to_string()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_keep_the_last_component_and_types_fall_back_to_the_extension() {
        assert_eq!(stored_filename(Some("a/b/report.csv")), "report.csv");
        assert_eq!(stored_filename(Some("C:\\x\\y.txt")), "y.txt");
        assert_eq!(stored_filename(Some("")), "unnamed");
        assert_eq!(stored_filename(None), "unnamed");
        assert_eq!(stored_filename(Some("dir/..")), "unnamed");
        assert_eq!(mime_type(Some("application/octet-stream"), "data.CSV"), "text/csv");
        assert_eq!(mime_type(Some("text/plain; charset=utf-8"), "x.bin"), "text/plain");
        assert_eq!(mime_type(None, "blob"), "application/octet-stream");
    }
}
