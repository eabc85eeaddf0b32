//! Skill directories named by GitHub URLs (ant-apply.md §1.9 "URL sources").
//!
//! A URL such as `https://github.com/o/r/tree/release/v1/skills/x` names a git ref and a path in
//! the repository, and where one ends and the other begins is ambiguous: the ref may contain
//! slashes. An unpinned URL is resolved against the GitHub API, shortest ref first; a pinned one
//! (the lockfile's `revision` and `subpath`) is used as it is, with no request but the tarball's,
//! and none at all when the commit is already cached. The tarball is streamed through gzip and
//! tar into a temporary directory beside its cache entry, at most [`MAX_ARCHIVE_BYTES`] of it
//! (compressed and unpacked alike), keeping only regular files and directories, and renamed into
//! place whole, so a cache entry that exists is complete.
//!
//! Every error is one line that starts with the URL, in the official texts (§6).

use std::fmt;
use std::io::{self, Read};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use bytes::Bytes;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// The environment variable naming the GitHub API root (tests point it at a local fake).
pub const API_URL_VAR: &str = "ANT_GITHUB_API_URL";
/// The GitHub API root when [`API_URL_VAR`] is unset or empty.
pub const DEFAULT_API_URL: &str = "https://api.github.com";
/// The most a tarball may weigh, downloaded and again unpacked.
pub const MAX_ARCHIVE_BYTES: u64 = 64 << 20;

/// The most of an error answer's body quoted in the message.
const ERROR_BODY_BYTES: usize = 4096;
/// The most of a commit answer read.
const COMMIT_BODY_BYTES: usize = 1 << 20;

/// A GitHub URL taken apart. Path segments are percent-decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub owner: String,
    /// Without a trailing `.git`.
    pub repo: String,
    /// The segments after `/tree/` or `/blob/`: a git ref followed by a path in the repository
    /// (resolution settles where one ends). Empty for a bare repository URL, which means `HEAD`.
    pub rest: Vec<String>,
}

/// What the lockfile remembers of a URL source so later applies land on the same files.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pin {
    /// The full commit SHA (40 lowercase hex digits).
    pub revision: String,
    /// The directory in the repository, slash-separated; empty for the repository root.
    pub subpath: String,
}

/// A URL source on local disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fetched {
    /// The directory at `subpath` in the cached tree of `revision`. The cached tree itself is
    /// named `<owner>-<repo>-<sha12>`, as the official CLI names it: a skill at a repository root
    /// that declares no `name` is displayed under it.
    pub dir: PathBuf,
    pub revision: String,
    pub subpath: String,
}

/// Takes a GitHub URL apart. Errors start with `<url>: `.
pub fn parse(url: &str) -> Result<Source, String> {
    parse_source(url).map_err(|e| one_line(&format!("{url}: {e}")))
}

/// Fetches the directory `url` names into `cache` (shared by all repositories and commits), with
/// the API root from `ANT_GITHUB_API_URL` and the token from `GITHUB_TOKEN`, else `GH_TOKEN`.
/// With a pin carrying a revision, the URL's ref is not resolved: the pin is used as it is.
pub async fn fetch(url: &str, pin: Option<&Pin>, cache: &Path) -> Result<Fetched, String> {
    let fetcher = Fetcher::from_env().map_err(|e| one_line(&format!("{url}: {e}")))?;
    fetcher.fetch(url, pin, cache).await
}

/// A GitHub client for URL sources; one can fetch many URLs over the same connections.
pub struct Fetcher {
    http: reqwest::Client,
    /// The API root, without a trailing slash.
    api: String,
    token: Option<String>,
    /// The most a tarball may weigh, downloaded and unpacked.
    limit: u64,
}

impl fmt::Debug for Fetcher {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The token is a credential: never shown.
        f.debug_struct("Fetcher")
            .field("api", &self.api)
            .field("token", &self.token.as_ref().map(|_| "<redacted>"))
            .field("limit", &self.limit)
            .finish()
    }
}

impl Fetcher {
    /// The API root from `ANT_GITHUB_API_URL` (default `https://api.github.com`), the token from
    /// `GITHUB_TOKEN`, else `GH_TOKEN` (empty values count as unset), the 64 MiB limit.
    pub fn from_env() -> Result<Self, String> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let api = var(API_URL_VAR).unwrap_or_else(|| DEFAULT_API_URL.to_string());
        let token = var("GITHUB_TOKEN").or_else(|| var("GH_TOKEN"));
        Self::new(&api, token, MAX_ARCHIVE_BYTES)
    }

    fn new(api: &str, token: Option<String>, limit: u64) -> Result<Self, String> {
        Self::with_client(reqwest::Client::builder(), api, token, limit)
    }

    fn with_client(
        builder: reqwest::ClientBuilder,
        api: &str,
        token: Option<String>,
        limit: u64,
    ) -> Result<Self, String> {
        let http = builder
            .user_agent(concat!("ant-rs/", env!("CARGO_PKG_VERSION")))
            // The tarball endpoint answers with a redirect to codeload.github.com. Across hosts
            // reqwest drops the Authorization header, as the signed codeload URL needs none.
            .redirect(reqwest::redirect::Policy::limited(10))
            .connect_timeout(Duration::from_secs(30))
            // Any silence this long, waiting for an answer or within a body, ends the request; a
            // whole download may take longer on a slow link.
            .read_timeout(Duration::from_secs(60))
            .build()
            .map_err(|e| format!("building the HTTP client: {}", describe(e)))?;
        Ok(Self {
            http,
            api: api.trim_end_matches('/').to_string(),
            token,
            limit,
        })
    }

    /// See [`fetch`]. Errors are one line and start with `<url>: `.
    pub async fn fetch(&self, url: &str, pin: Option<&Pin>, cache: &Path) -> Result<Fetched, String> {
        self.fetch_source(url, pin, cache)
            .await
            .map_err(|e| one_line(&format!("{url}: {e}")))
    }

    async fn fetch_source(&self, url: &str, pin: Option<&Pin>, cache: &Path) -> Result<Fetched, String> {
        let source = parse_source(url)?;
        let pin = match pin {
            Some(pin) if !pin.revision.is_empty() => pin.clone(),
            _ => self.resolve(&source).await?,
        };
        // A pin comes from a committed lockfile, as open to anyone as the URL itself: its
        // revision lands in a cache path and an API URL, its subpath picks the directory uploaded.
        let sha = &pin.revision;
        if !is_full_sha(sha) {
            return Err(format!("{} is not a full commit SHA", quote(sha)));
        }
        let Some(sub) = local_path(Path::new(&pin.subpath)) else {
            return Err(format!("subpath {} escapes the repository", quote(&pin.subpath)));
        };
        let root = cache_entry(cache, &source, sha);
        if !root.is_dir() {
            self.download(&source, sha, cache, &root).await?;
        }
        let dir = if sub.as_os_str().is_empty() {
            root
        } else {
            root.join(sub)
        };
        if !dir.is_dir() {
            return Err(format!("no directory {} at commit {}", quote(&pin.subpath), &sha[..12]));
        }
        Ok(Fetched {
            dir,
            revision: pin.revision,
            subpath: pin.subpath,
        })
    }

    /// The commit and subpath an unpinned URL names: the shortest leading run of segments that
    /// names a commit is the ref, the rest the subpath. A 40-hex candidate is taken as a commit
    /// without asking. When nothing resolves, the first failure is reported: for the common plain
    /// branch name it is the accurate one.
    async fn resolve(&self, source: &Source) -> Result<Pin, String> {
        if source.rest.is_empty() {
            let revision = self.commit(source, "HEAD").await?;
            return Ok(Pin {
                revision,
                subpath: String::new(),
            });
        }
        let mut first_error = None;
        for n in 1..=source.rest.len() {
            let candidate = source.rest[..n].join("/");
            let subpath = join_segments(&source.rest[n..]);
            if is_full_sha(&candidate) {
                return Ok(Pin {
                    revision: candidate,
                    subpath,
                });
            }
            match self.commit(source, &candidate).await {
                Ok(revision) => return Ok(Pin { revision, subpath }),
                Err(e) => {
                    first_error.get_or_insert(e);
                }
            }
        }
        Err(first_error.unwrap_or_default())
    }

    /// `GET /repos/{o}/{r}/commits/{ref}`'s `sha`.
    async fn commit(&self, source: &Source, git_ref: &str) -> Result<String, String> {
        let endpoint = format!(
            "{}/commits/{}",
            self.repo_endpoint(source),
            utf8_percent_encode(git_ref, SEGMENT)
        );
        let mut response = self.get(&endpoint).await?;
        let what = format!("{}/{}@{git_ref}", source.owner, source.repo);
        let mut body = Vec::new();
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|e| format!("GET {endpoint}: {}", describe(e)))?
        {
            body.extend_from_slice(&chunk);
            if body.len() > COMMIT_BODY_BYTES {
                return Err(format!("decoding commit for {what}: the answer is over 1 MiB"));
            }
        }
        #[derive(serde::Deserialize)]
        struct Commit {
            #[serde(default)]
            sha: String,
        }
        let commit: Commit = serde_json::from_slice(&body).map_err(|e| format!("decoding commit for {what}: {e}"))?;
        if commit.sha.is_empty() {
            return Err(format!("no commit found for {what}"));
        }
        Ok(commit.sha)
    }

    fn repo_endpoint(&self, source: &Source) -> String {
        // Owner and repository hold only URL-safe characters (checked by the parser).
        format!("{}/repos/{}/{}", self.api, source.owner, source.repo)
    }

    /// A GET with the API's headers; an answer other than 2xx is an error quoting its status and
    /// the start of its body.
    async fn get(&self, endpoint: &str) -> Result<reqwest::Response, String> {
        tracing::debug!(%endpoint, authenticated = self.token.is_some(), "GitHub GET");
        let mut request = self
            .http
            .get(endpoint)
            .header(reqwest::header::ACCEPT, "application/vnd.github+json")
            .header("X-GitHub-Api-Version", "2022-11-28");
        if let Some(token) = &self.token {
            request = request.bearer_auth(token);
        }
        let mut response = request
            .send()
            .await
            .map_err(|e| format!("GET {endpoint}: {}", describe(e)))?;
        let status = response.status();
        if status.is_success() {
            return Ok(response);
        }
        let mut body = Vec::new();
        while body.len() < ERROR_BODY_BYTES {
            match response.chunk().await {
                Ok(Some(chunk)) => body.extend_from_slice(&chunk),
                _ => break,
            }
        }
        body.truncate(ERROR_BODY_BYTES);
        let body = String::from_utf8_lossy(&body);
        let body = body.split_whitespace().collect::<Vec<_>>().join(" ");
        let hint = match (status.as_u16(), &self.token) {
            (404, None) => " (set GITHUB_TOKEN if the repository is private)",
            (403, None) => " (unauthenticated GitHub API requests are rate-limited; set GITHUB_TOKEN)",
            _ => "",
        };
        Err(format!("GET {endpoint}: {status}{hint}: {body}"))
    }

    /// Downloads the tarball of `sha` and unpacks it into `dest`, through a temporary directory
    /// beside it that is renamed into place. On failure nothing is left: the temporary directory
    /// goes, and so do the parents made for it when they stay empty.
    async fn download(&self, source: &Source, sha: &str, cache: &Path, dest: &Path) -> Result<(), String> {
        let parent = dest.parent().expect("a cache entry has a parent");
        std::fs::create_dir_all(parent).map_err(|e| format!("creating {}: {e}", parent.display()))?;
        let result = self.download_into(source, sha, parent, dest).await;
        if result.is_err() {
            remove_empty_parents(parent, cache);
        }
        result
    }

    async fn download_into(&self, source: &Source, sha: &str, parent: &Path, dest: &Path) -> Result<(), String> {
        let tmp = tempfile::Builder::new()
            .prefix(".extract-")
            .tempdir_in(parent)
            .map_err(|e| format!("creating a directory in {}: {e}", parent.display()))?;
        let tree = tmp.path().join("tree");
        self.unpack(source, sha, &tree).await?;
        // GitHub wraps the tree in one `<owner>-<repo>-<sha7>/` directory.
        let root = single_directory(&tree).unwrap_or(tree);
        if let Err(e) = std::fs::rename(&root, dest) {
            // Another apply may have put the same commit in place meanwhile.
            if !dest.is_dir() {
                return Err(format!("moving the tree into {}: {e}", dest.display()));
            }
        }
        Ok(())
    }

    /// Streams the tarball into `tree`, with gzip and tar on a blocking thread fed through a
    /// bounded channel: no more than a few chunks are in memory at once.
    async fn unpack(&self, source: &Source, sha: &str, tree: &Path) -> Result<(), String> {
        let endpoint = format!("{}/tarball/{sha}", self.repo_endpoint(source));
        let limit = self.limit;
        let too_large = || format!("GET {endpoint}: the archive is larger than the {} limit", size(limit));
        let mut response = self.get(&endpoint).await?;
        if response.content_length().is_some_and(|n| n > limit) {
            return Err(too_large());
        }

        let (tx, rx) = tokio::sync::mpsc::channel::<io::Result<Bytes>>(8);
        let out = tree.to_path_buf();
        let extractor =
            tokio::task::spawn_blocking(move || extract(ChannelReader { rx, buf: Bytes::new() }, &out, limit));
        let mut received: u64 = 0;
        let downloaded = loop {
            match response.chunk().await {
                Ok(Some(chunk)) => {
                    received += chunk.len() as u64;
                    if received > limit {
                        break Err(too_large());
                    }
                    if tx.send(Ok(chunk)).await.is_err() {
                        // The extractor stopped; its result says why.
                        break Ok(());
                    }
                }
                Ok(None) => break Ok(()),
                Err(e) => break Err(format!("GET {endpoint}: {}", describe(e))),
            }
        };
        if downloaded.is_err() {
            // Not an end of file: the extractor must not take a cut archive for a whole one.
            let _ = tx.send(Err(io::Error::other("download aborted"))).await;
        }
        drop(tx);
        let joined = extractor.await;
        downloaded?;
        let extracted =
            joined.map_err(|e| format!("extracting {}/{}@{}: {e}", source.owner, source.repo, &sha[..12]))?;
        extracted.map_err(|e| match e {
            Extract::TooLarge => format!(
                "GET {endpoint}: the archive unpacks to more than the {} limit",
                size(limit)
            ),
            Extract::Failed(e) => format!("extracting {}/{}@{}: {e}", source.owner, source.repo, &sha[..12]),
        })
    }
}

/// The characters a git ref keeps in a URL path segment; all others (`/` included) are escaped.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

fn parse_source(url: &str) -> Result<Source, String> {
    // Scheme, authority, path; the query and fragment are ignored.
    let after_scheme = url.split_once("://").and_then(|(scheme, rest)| {
        let valid = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
        valid.then_some(rest)
    });
    let (host, path) = match after_scheme {
        Some(rest) => {
            let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
            let authority = &rest[..end];
            let host = authority.rsplit_once('@').map_or(authority, |(_, host)| host);
            let path = &rest[end..];
            let path = &path[..path.find(['?', '#']).unwrap_or(path.len())];
            (host, path)
        }
        None => ("", ""),
    };
    let lower = host.to_ascii_lowercase();
    if lower != "github.com" && lower != "www.github.com" {
        return Err(format!("only github.com URLs are supported, got {}", quote(host)));
    }
    let path = percent_encoding::percent_decode_str(path)
        .decode_utf8()
        .map_err(|_| "not a valid URL: its path is not UTF-8".to_string())?;
    let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
    if parts.len() < 2 {
        return Err("expected a URL like https://github.com/<owner>/<repo>/tree/<ref>/<path>".to_string());
    }
    let owner = parts[0].to_string();
    let repo = parts[1].strip_suffix(".git").unwrap_or(parts[1]).to_string();
    let mut rest = Vec::new();
    if parts.len() > 2 {
        let kind = parts[2];
        if kind != "tree" && kind != "blob" {
            return Err(format!(
                "expected /tree/<ref>/<path> after the repository, got /{kind}/"
            ));
        }
        if parts.len() < 4 || parts[3].is_empty() {
            return Err(format!("missing a git ref after /{kind}/"));
        }
        rest = parts[3..].iter().map(|s| s.to_string()).collect();
    }
    // A ".." would aim the bundle outside the downloaded tree.
    if parts.contains(&"..") {
        return Err("path segments may not contain \"..\"".to_string());
    }
    // GitHub's own alphabet; anything else could not name a repository, and these names become
    // cache path components and API path segments.
    let valid = |name: &str| {
        !name.is_empty() && name != "." && name.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
    };
    if !valid(&owner) || !valid(&repo) {
        return Err(format!(
            "{} is not a GitHub repository",
            quote(&format!("{owner}/{repo}"))
        ));
    }
    Ok(Source { owner, repo, rest })
}

/// Path segments joined as Go's `path.Join` would: empty and `.` segments dropped, `.` when
/// nothing else is left of a non-empty list.
fn join_segments(segments: &[String]) -> String {
    let kept: Vec<&str> = segments
        .iter()
        .map(String::as_str)
        .filter(|s| !s.is_empty() && *s != ".")
        .collect();
    if kept.is_empty() && segments.iter().any(|s| !s.is_empty()) {
        ".".to_string()
    } else {
        kept.join("/")
    }
}

fn is_full_sha(s: &str) -> bool {
    s.len() == 40 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// The path made of `path`'s plain components, or None when it is absolute or has a `..`.
fn local_path(path: &Path) -> Option<PathBuf> {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::Normal(part) => out.push(part),
            Component::CurDir => {}
            Component::ParentDir | Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    Some(out)
}

/// `<cache>/github/<owner>/<repo>/<sha>/<owner>-<repo>-<sha12>`: one directory per repository
/// and full commit, the last name being the one the official CLI gives the tree.
fn cache_entry(cache: &Path, source: &Source, sha: &str) -> PathBuf {
    cache
        .join("github")
        .join(&source.owner)
        .join(&source.repo)
        .join(sha)
        .join(format!("{}-{}-{}", source.owner, source.repo, &sha[..12]))
}

/// Removes `dir` and its parents up to `cache` (excluded) while they are empty.
fn remove_empty_parents(dir: &Path, cache: &Path) {
    let mut dir = Some(dir);
    while let Some(d) = dir {
        if d == cache || !d.starts_with(cache) || std::fs::remove_dir(d).is_err() {
            break;
        }
        dir = d.parent();
    }
}

/// The only entry of `dir` when it is a directory.
fn single_directory(dir: &Path) -> Option<PathBuf> {
    let mut entries = std::fs::read_dir(dir).ok()?;
    let first = entries.next()?.ok()?;
    if entries.next().is_some() || !first.file_type().ok()?.is_dir() {
        return None;
    }
    Some(first.path())
}

enum Extract {
    TooLarge,
    Failed(String),
}

/// Unpacks a gzipped tar into `out`: regular files and directories only (symbolic and hard
/// links, devices and the like are dropped), refusing any entry whose path is absolute or has a
/// `..`, and at most `limit` unpacked bytes.
fn extract(reader: impl Read, out: &Path, limit: u64) -> Result<(), Extract> {
    let exceeded = Arc::new(AtomicBool::new(false));
    let limited = Limited {
        inner: flate2::read::GzDecoder::new(reader),
        left: limit,
        exceeded: exceeded.clone(),
    };
    let fail = |e: String| {
        if exceeded.load(Ordering::Relaxed) {
            Extract::TooLarge
        } else {
            Extract::Failed(e)
        }
    };
    std::fs::create_dir_all(out).map_err(|e| fail(format!("creating {}: {e}", out.display())))?;
    let mut archive = tar::Archive::new(limited);
    let entries = archive.entries().map_err(|e| fail(e.to_string()))?;
    for entry in entries {
        let mut entry = entry.map_err(|e| fail(e.to_string()))?;
        let name = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
        let kind = entry.header().entry_type();
        let path = entry
            .path()
            .map_err(|e| fail(format!("archive entry {}: {e}", quote(&name))))?;
        let Some(rel) = local_path(&path) else {
            return Err(Extract::Failed(format!(
                "archive entry {} escapes the extraction directory",
                quote(&name)
            )));
        };
        if rel.as_os_str().is_empty() || !(kind.is_file() || kind.is_dir()) {
            continue;
        }
        let target = out.join(&rel);
        let io_error = |e: io::Error| fail(format!("writing {}: {e}", target.display()));
        if kind.is_dir() {
            std::fs::create_dir_all(&target).map_err(io_error)?;
            continue;
        }
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(io_error)?;
        }
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            let executable = entry.header().mode().is_ok_and(|m| m & 0o111 != 0);
            options.mode(if executable { 0o755 } else { 0o644 });
        }
        // No link is ever made here, so opening a path below `out` cannot leave it.
        let mut file = options.open(&target).map_err(io_error)?;
        io::copy(&mut entry, &mut file).map_err(io_error)?;
    }
    Ok(())
}

/// A reader that fails, and says so in `exceeded`, past `left` bytes.
struct Limited<R> {
    inner: R,
    left: u64,
    exceeded: Arc<AtomicBool>,
}

impl<R: Read> Read for Limited<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n as u64 > self.left {
            self.exceeded.store(true, Ordering::Relaxed);
            return Err(io::Error::other("the archive unpacks past the size limit"));
        }
        self.left -= n as u64;
        Ok(n)
    }
}

/// The blocking end of the download channel.
struct ChannelReader {
    rx: tokio::sync::mpsc::Receiver<io::Result<Bytes>>,
    buf: Bytes,
}

impl Read for ChannelReader {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        while self.buf.is_empty() {
            match self.rx.blocking_recv() {
                Some(Ok(chunk)) => self.buf = chunk,
                Some(Err(e)) => return Err(e),
                None => return Ok(0),
            }
        }
        let n = out.len().min(self.buf.len());
        out[..n].copy_from_slice(&self.buf.split_to(n));
        Ok(n)
    }
}

/// A byte count for messages: whole MiB as such.
fn size(bytes: u64) -> String {
    if bytes >= 1 << 20 && bytes.is_multiple_of(1 << 20) {
        format!("{} MiB", bytes >> 20)
    } else {
        format!("{bytes}-byte")
    }
}

/// A double-quoted string with escapes, like Go's `%q` for the texts met here.
fn quote(s: &str) -> String {
    format!("{s:?}")
}

/// An error and its causes on one line, without the request URL reqwest would add.
fn describe(e: reqwest::Error) -> String {
    let e = e.without_url();
    let mut text = e.to_string();
    let mut source = std::error::Error::source(&e);
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text = format!("{text}: {cause_text}");
        }
        source = cause.source();
    }
    text
}

/// The message with line breaks turned to spaces.
fn one_line(s: &str) -> String {
    s.replace(['\r', '\n'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;
    use axum::extract::{Request, State};
    use axum::http::{StatusCode, header};
    use axum::response::{IntoResponse, Response};
    use std::collections::HashMap;
    use std::sync::Mutex;

    /// `main` and `HEAD` of o/r.
    const A: &str = "abc1234000000000000000000000000000000001";
    /// `release/v1` of o/r.
    const B: &str = "b0b5678000000000000000000000000000000002";
    const SKILL: &[u8] = b"---\nname: x\n---\nbody\n";

    /// A fake GitHub: commits by `owner/repo@ref`, tarballs by `owner/repo@sha` (served by a
    /// redirect to a codeload-like path, in chunks and with no length), and every request seen.
    #[derive(Default)]
    struct Fake {
        commits: HashMap<String, String>,
        tarballs: HashMap<String, Vec<u8>>,
        seen: Mutex<Vec<Seen>>,
    }

    #[derive(Debug, Clone)]
    struct Seen {
        /// As sent, percent-encoding included.
        path: String,
        authorization: Option<String>,
    }

    impl Fake {
        fn with_repo() -> Self {
            let mut fake = Fake::default();
            fake.commit("o/r", "main", A);
            fake.commit("o/r", "HEAD", A);
            fake.commit("o/r", "release/v1", B);
            fake.tarball("o/r", A, skill_tarball("o-r-abc1234", SKILL));
            fake.tarball("o/r", B, skill_tarball("o-r-b0b5678", b"---\nname: x\n---\nrelease\n"));
            fake
        }

        fn commit(&mut self, repo: &str, git_ref: &str, sha: &str) {
            self.commits.insert(format!("{repo}@{git_ref}"), sha.to_string());
        }

        fn tarball(&mut self, repo: &str, sha: &str, bytes: Vec<u8>) {
            self.tarballs.insert(format!("{repo}@{sha}"), bytes);
        }

        /// The paths of the requests seen whose path contains `part`.
        fn seen(&self, part: &str) -> Vec<String> {
            let seen = self.seen.lock().unwrap();
            seen.iter()
                .filter(|s| s.path.contains(part))
                .map(|s| s.path.clone())
                .collect()
        }

        fn count(&self) -> usize {
            self.seen.lock().unwrap().len()
        }
    }

    async fn handle(State(fake): State<Arc<Fake>>, request: Request) -> Response {
        let raw = request.uri().path().to_string();
        let authorization = request
            .headers()
            .get(header::AUTHORIZATION)
            .map(|v| v.to_str().unwrap().to_string());
        fake.seen.lock().unwrap().push(Seen {
            path: raw.clone(),
            authorization,
        });
        let path = percent_encoding::percent_decode_str(&raw).decode_utf8().unwrap();
        let not_found = || {
            (
                StatusCode::NOT_FOUND,
                "{\"message\": \"Not Found\",\n \"status\": \"404\"}\n",
            )
                .into_response()
        };
        let parts: Vec<&str> = path.splitn(6, '/').collect();
        match parts.as_slice() {
            ["", "repos", owner, repo, "commits", git_ref] => {
                match fake.commits.get(&format!("{owner}/{repo}@{git_ref}")) {
                    Some(sha) => axum::Json(serde_json::json!({"sha": sha, "commit": {}})).into_response(),
                    None => not_found(),
                }
            }
            ["", "repos", owner, repo, "tarball", sha]
                if fake.tarballs.contains_key(&format!("{owner}/{repo}@{sha}")) =>
            {
                let location = format!("/codeload/{owner}/{repo}/tar.gz/{sha}");
                (StatusCode::FOUND, [(header::LOCATION, location)]).into_response()
            }
            ["", "codeload", owner, repo, "tar.gz", sha] => match fake.tarballs.get(&format!("{owner}/{repo}@{sha}")) {
                Some(bytes) => {
                    let chunks: Vec<Result<Bytes, io::Error>> =
                        bytes.chunks(1024).map(|c| Ok(Bytes::copy_from_slice(c))).collect();
                    Body::from_stream(futures::stream::iter(chunks)).into_response()
                }
                None => not_found(),
            },
            _ => not_found(),
        }
    }

    /// Serves `fake` on 127.0.0.1; returns its root URL.
    async fn serve(fake: Fake) -> (String, Arc<Fake>) {
        let fake = Arc::new(fake);
        let app = axum::Router::new().fallback(handle).with_state(fake.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        (format!("http://{addr}"), fake)
    }

    fn fetcher(api: &str, token: Option<&str>, limit: u64) -> Fetcher {
        let builder = reqwest::Client::builder().no_proxy();
        Fetcher::with_client(builder, api, token.map(str::to_string), limit).unwrap()
    }

    enum Entry<'a> {
        Dir(&'a str),
        File(&'a str, &'a [u8]),
        Symlink(&'a str, &'a str),
        HardLink(&'a str, &'a str),
        /// GitHub's leading `pax_global_header` with the commit.
        Global(&'a str),
    }

    /// A gzipped tar of `entries`, names written as they are (the tar crate's own setters
    /// refuse `..`).
    fn targz(entries: &[Entry]) -> Vec<u8> {
        let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        let mut builder = tar::Builder::new(gz);
        for entry in entries {
            let record;
            let (name, kind, data, link): (&str, tar::EntryType, &[u8], &str) = match *entry {
                Entry::Dir(name) => (name, tar::EntryType::Directory, b"", ""),
                Entry::File(name, data) => (name, tar::EntryType::Regular, data, ""),
                Entry::Symlink(name, link) => (name, tar::EntryType::Symlink, b"", link),
                Entry::HardLink(name, link) => (name, tar::EntryType::Link, b"", link),
                Entry::Global(sha) => {
                    record = format!("52 comment={sha}\n");
                    (
                        "pax_global_header",
                        tar::EntryType::XGlobalHeader,
                        record.as_bytes(),
                        "",
                    )
                }
            };
            let mut header = tar::Header::new_ustar();
            let old = header.as_old_mut();
            old.name[..name.len()].copy_from_slice(name.as_bytes());
            old.linkname[..link.len()].copy_from_slice(link.as_bytes());
            header.set_entry_type(kind);
            header.set_size(data.len() as u64);
            header.set_mode(if matches!(entry, Entry::Dir(_)) { 0o755 } else { 0o644 });
            header.set_mtime(0);
            header.set_cksum();
            builder.append(&header, data).unwrap();
        }
        builder.into_inner().unwrap().finish().unwrap()
    }

    /// A repository tree under `top`: a README, `skills/x/SKILL.md` holding `skill`, and a
    /// symbolic and a hard link beside it.
    fn skill_tarball(top: &str, skill: &[u8]) -> Vec<u8> {
        let path = |rest: &str| format!("{top}/{rest}");
        targz(&[
            Entry::Global(A),
            Entry::Dir(&path("")),
            Entry::File(&path("README.md"), b"repo\n"),
            Entry::Dir(&path("skills/")),
            Entry::Dir(&path("skills/x/")),
            Entry::File(&path("skills/x/SKILL.md"), skill),
            Entry::Symlink(&path("skills/x/passwd"), "/etc/passwd"),
            Entry::HardLink(&path("skills/x/hard"), &path("README.md")),
        ])
    }

    /// Every path below `dir`, relative, sorted.
    fn tree(dir: &Path) -> Vec<String> {
        let mut out = Vec::new();
        let mut stack = vec![dir.to_path_buf()];
        while let Some(d) = stack.pop() {
            for entry in std::fs::read_dir(&d).unwrap() {
                let path = entry.unwrap().path();
                out.push(path.strip_prefix(dir).unwrap().display().to_string());
                if path.is_dir() && !path.is_symlink() {
                    stack.push(path);
                }
            }
        }
        out.sort();
        out
    }

    #[test]
    fn parse_errors_use_the_official_texts() {
        let cases = [
            (
                "https://gitlab.com/o/r",
                r#"only github.com URLs are supported, got "gitlab.com""#,
            ),
            (
                "https://github.com:8443/o/r",
                r#"only github.com URLs are supported, got "github.com:8443""#,
            ),
            ("github.com/o/r", r#"only github.com URLs are supported, got """#),
            (
                "https://github.com/o",
                "expected a URL like https://github.com/<owner>/<repo>/tree/<ref>/<path>",
            ),
            (
                "https://github.com/o/r/releases/latest",
                "expected /tree/<ref>/<path> after the repository, got /releases/",
            ),
            ("https://github.com/o/r/tree", "missing a git ref after /tree/"),
            ("https://github.com/o/r/tree/", "missing a git ref after /tree/"),
            ("https://github.com/o/r/tree//skills", "missing a git ref after /tree/"),
            ("https://github.com/o/r/blob", "missing a git ref after /blob/"),
            (
                "https://github.com/o/r/tree/main/../../etc",
                r#"path segments may not contain "..""#,
            ),
            (
                "https://github.com/o/r/tree/main/%2E%2E/etc",
                r#"path segments may not contain "..""#,
            ),
            (
                "https://github.com/o/r%5C..%5Cx/tree/main",
                r#""o/r\\..\\x" is not a GitHub repository"#,
            ),
        ];
        for (url, message) in cases {
            assert_eq!(parse(url).unwrap_err(), format!("{url}: {message}"), "{url}");
        }
    }

    #[test]
    fn parse_takes_the_forms_people_paste() {
        let source = |owner: &str, repo: &str, rest: &[&str]| Source {
            owner: owner.to_string(),
            repo: repo.to_string(),
            rest: rest.iter().map(|s| s.to_string()).collect(),
        };
        let cases = [
            ("https://github.com/o/r", source("o", "r", &[])),
            ("https://www.GitHub.com/o/r.git/", source("o", "r", &[])),
            (
                "https://github.com/o/r/tree/release/v1/skills/x?tab=readme#top",
                source("o", "r", &["release", "v1", "skills", "x"]),
            ),
            (
                "https://github.com/o/r/blob/main/skills/x",
                source("o", "r", &["main", "skills", "x"]),
            ),
            (
                "https://github.com/o/r/tree/release%25blue/s",
                source("o", "r", &["release%blue", "s"]),
            ),
        ];
        for (url, want) in cases {
            assert_eq!(parse(url).unwrap(), want, "{url}");
        }
    }

    #[test]
    fn subpaths_join_like_go_path_join() {
        let join = |s: &[&str]| join_segments(&s.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(join(&[]), "");
        assert_eq!(join(&["skills", "", "x"]), "skills/x");
        assert_eq!(join(&["skills", ".", "x"]), "skills/x");
        assert_eq!(join(&["."]), ".");
    }

    #[tokio::test]
    async fn an_unpinned_ref_with_a_slash_resolves_shortest_first() {
        let (api, fake) = serve(Fake::with_repo()).await;
        let cache = tempfile::tempdir().unwrap();
        let url = "https://github.com/o/r/tree/release/v1/skills/x";
        let got = fetcher(&api, None, MAX_ARCHIVE_BYTES)
            .fetch(url, None, cache.path())
            .await
            .unwrap();

        assert_eq!(
            fake.seen("/commits/"),
            ["/repos/o/r/commits/release", "/repos/o/r/commits/release%2Fv1"]
        );
        assert_eq!((got.revision.as_str(), got.subpath.as_str()), (B, "skills/x"));
        let root = cache.path().join(format!("github/o/r/{B}/o-r-b0b567800000"));
        assert_eq!(got.dir, root.join("skills/x"));
        assert_eq!(
            std::fs::read(got.dir.join("SKILL.md")).unwrap(),
            b"---\nname: x\n---\nrelease\n"
        );
    }

    #[tokio::test]
    async fn links_are_dropped_and_the_top_directory_stripped() {
        let (api, fake) = serve(Fake::with_repo()).await;
        let cache = tempfile::tempdir().unwrap();
        let url = "https://github.com/o/r/tree/main/skills/x";
        let got = fetcher(&api, None, MAX_ARCHIVE_BYTES)
            .fetch(url, None, cache.path())
            .await
            .unwrap();

        assert_eq!(fake.seen("/commits/"), ["/repos/o/r/commits/main"]);
        assert_eq!(fake.seen("/tarball/"), [format!("/repos/o/r/tarball/{A}")]);
        assert_eq!(fake.seen("/codeload/").len(), 1, "the redirect is followed");
        assert_eq!((got.revision.as_str(), got.subpath.as_str()), (A, "skills/x"));
        // Only the finished entry is left: no temporary directory beside it.
        let sha_dir = cache.path().join(format!("github/o/r/{A}"));
        assert_eq!(
            tree(&sha_dir),
            [
                "o-r-abc123400000",
                "o-r-abc123400000/README.md",
                "o-r-abc123400000/skills",
                "o-r-abc123400000/skills/x",
                "o-r-abc123400000/skills/x/SKILL.md",
            ]
        );
        assert_eq!(std::fs::read(got.dir.join("SKILL.md")).unwrap(), SKILL);
    }

    #[tokio::test]
    async fn a_bare_repository_url_fetches_head() {
        let (api, fake) = serve(Fake::with_repo()).await;
        let cache = tempfile::tempdir().unwrap();
        let got = fetcher(&api, None, MAX_ARCHIVE_BYTES)
            .fetch("https://github.com/o/r", None, cache.path())
            .await
            .unwrap();

        assert_eq!(fake.seen("/commits/"), ["/repos/o/r/commits/HEAD"]);
        assert_eq!((got.revision.as_str(), got.subpath.as_str()), (A, ""));
        // The official CLI's name for the tree: a root skill with no `name` is displayed so.
        assert_eq!(got.dir, cache.path().join(format!("github/o/r/{A}/o-r-abc123400000")));
    }

    #[tokio::test]
    async fn a_full_sha_in_the_url_is_taken_without_asking() {
        let (api, fake) = serve(Fake::with_repo()).await;
        let cache = tempfile::tempdir().unwrap();
        let url = format!("https://github.com/o/r/tree/{A}/skills/x");
        let got = fetcher(&api, None, MAX_ARCHIVE_BYTES)
            .fetch(&url, None, cache.path())
            .await
            .unwrap();

        assert!(fake.seen("/commits/").is_empty());
        assert_eq!(fake.seen("/tarball/").len(), 1);
        assert_eq!((got.revision.as_str(), got.subpath.as_str()), (A, "skills/x"));
    }

    #[tokio::test]
    async fn a_pin_is_used_as_it_is() {
        let (api, fake) = serve(Fake::with_repo()).await;
        let cache = tempfile::tempdir().unwrap();
        // The URL says main (A); the lockfile says B.
        let url = "https://github.com/o/r/tree/main/skills/x";
        let pin = Pin {
            revision: B.to_string(),
            subpath: "skills/x".to_string(),
        };
        let got = fetcher(&api, None, MAX_ARCHIVE_BYTES)
            .fetch(url, Some(&pin), cache.path())
            .await
            .unwrap();

        assert!(fake.seen("/commits/").is_empty());
        assert_eq!(fake.seen("/tarball/"), [format!("/repos/o/r/tarball/{B}")]);
        assert_eq!((got.revision.as_str(), got.subpath.as_str()), (B, "skills/x"));
        assert_eq!(
            std::fs::read(got.dir.join("SKILL.md")).unwrap(),
            b"---\nname: x\n---\nrelease\n"
        );
    }

    #[tokio::test]
    async fn a_pin_that_is_not_a_commit_or_leaves_the_repository_is_refused() {
        let (api, fake) = serve(Fake::with_repo()).await;
        let cache = tempfile::tempdir().unwrap();
        let url = "https://github.com/o/r/tree/main/skills/x";
        let fetcher = fetcher(&api, None, MAX_ARCHIVE_BYTES);
        let cases = [
            (
                A.to_uppercase(),
                "skills/x",
                format!(r#""{}" is not a full commit SHA"#, A.to_uppercase()),
            ),
            (
                "deadbeef".to_string(),
                "skills/x",
                r#""deadbeef" is not a full commit SHA"#.to_string(),
            ),
            (
                "../../../x".to_string(),
                "skills/x",
                r#""../../../x" is not a full commit SHA"#.to_string(),
            ),
            (
                A.to_string(),
                "../etc",
                r#"subpath "../etc" escapes the repository"#.to_string(),
            ),
            (
                A.to_string(),
                "skills/../../etc",
                r#"subpath "skills/../../etc" escapes the repository"#.to_string(),
            ),
            (
                A.to_string(),
                "/etc",
                r#"subpath "/etc" escapes the repository"#.to_string(),
            ),
        ];
        for (revision, subpath, message) in cases {
            let pin = Pin {
                revision,
                subpath: subpath.to_string(),
            };
            let err = fetcher.fetch(url, Some(&pin), cache.path()).await.unwrap_err();
            assert_eq!(err, format!("{url}: {message}"));
        }
        assert_eq!(fake.count(), 0);
        assert!(tree(cache.path()).is_empty());
    }

    #[tokio::test]
    async fn the_token_is_sent_as_bearer_and_never_shown() {
        let (api, fake) = serve(Fake::with_repo()).await;
        let cache = tempfile::tempdir().unwrap();
        let token = "ghp_not-a-real-secret";
        let fetcher = fetcher(&api, Some(token), MAX_ARCHIVE_BYTES);
        fetcher
            .fetch("https://github.com/o/r/tree/main/skills/x", None, cache.path())
            .await
            .unwrap();
        let seen = fake.seen.lock().unwrap().clone();
        let api_calls: Vec<_> = seen.iter().filter(|s| s.path.starts_with("/repos/")).collect();
        assert_eq!(api_calls.len(), 2, "{seen:?}");
        for call in api_calls {
            assert_eq!(
                call.authorization.as_deref(),
                Some("Bearer ghp_not-a-real-secret"),
                "{}",
                call.path
            );
        }

        // With a token, a 404 names no token and gives no hint to set one.
        let url = "https://github.com/o/private/tree/main/s";
        let err = fetcher.fetch(url, None, cache.path()).await.unwrap_err();
        assert_eq!(
            err,
            format!(
                "{url}: GET {api}/repos/o/private/commits/main: 404 Not Found: {{\"message\": \"Not Found\", \"status\": \"404\"}}"
            )
        );
        assert!(!format!("{fetcher:?}").contains(token));
    }

    #[tokio::test]
    async fn a_missing_repository_says_to_set_github_token() {
        let (api, fake) = serve(Fake::with_repo()).await;
        let cache = tempfile::tempdir().unwrap();
        let url = "https://github.com/o/private/tree/main/s";
        let err = fetcher(&api, None, MAX_ARCHIVE_BYTES)
            .fetch(url, None, cache.path())
            .await
            .unwrap_err();
        // Both splits were tried; the first failure is the one reported, on one line.
        assert_eq!(
            fake.seen("/commits/"),
            ["/repos/o/private/commits/main", "/repos/o/private/commits/main%2Fs"]
        );
        assert_eq!(
            err,
            format!(
                "{url}: GET {api}/repos/o/private/commits/main: 404 Not Found (set GITHUB_TOKEN if the repository \
                 is private): {{\"message\": \"Not Found\", \"status\": \"404\"}}"
            )
        );
        assert!(tree(cache.path()).is_empty());
    }

    #[tokio::test]
    async fn a_missing_subpath_names_the_commit() {
        let (api, _fake) = serve(Fake::with_repo()).await;
        let cache = tempfile::tempdir().unwrap();
        let fetcher = fetcher(&api, None, MAX_ARCHIVE_BYTES);
        let url = "https://github.com/o/r/tree/main/skills/nope";
        let err = fetcher.fetch(url, None, cache.path()).await.unwrap_err();
        assert_eq!(
            err,
            format!(r#"{url}: no directory "skills/nope" at commit abc123400000"#)
        );
        // A file is no directory either.
        let pin = Pin {
            revision: A.to_string(),
            subpath: "README.md".to_string(),
        };
        let err = fetcher.fetch(url, Some(&pin), cache.path()).await.unwrap_err();
        assert_eq!(
            err,
            format!(r#"{url}: no directory "README.md" at commit abc123400000"#)
        );
    }

    #[tokio::test]
    async fn a_cached_commit_is_not_downloaded_again() {
        let (api, fake) = serve(Fake::with_repo()).await;
        let cache = tempfile::tempdir().unwrap();
        let url = "https://github.com/o/r/tree/main/skills/x";
        let first = fetcher(&api, None, MAX_ARCHIVE_BYTES)
            .fetch(url, None, cache.path())
            .await
            .unwrap();
        // A later run: unpinned, it resolves the ref again but reuses the tree.
        let second = fetcher(&api, None, MAX_ARCHIVE_BYTES)
            .fetch(url, None, cache.path())
            .await
            .unwrap();
        assert_eq!(first, second);
        assert_eq!(fake.seen("/commits/").len(), 2);
        assert_eq!(fake.seen("/tarball/").len(), 1);
        // Pinned, it asks nothing at all.
        let before = fake.count();
        let pin = Pin {
            revision: first.revision.clone(),
            subpath: first.subpath.clone(),
        };
        let pinned = fetcher(&api, None, MAX_ARCHIVE_BYTES)
            .fetch(url, Some(&pin), cache.path())
            .await
            .unwrap();
        assert_eq!(pinned, first);
        assert_eq!(fake.count(), before);
    }

    /// `n` bytes no compressor can shrink.
    fn noise(n: usize) -> Vec<u8> {
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x as u8
            })
            .collect()
    }

    #[tokio::test]
    async fn a_tarball_over_the_limit_is_refused_and_leaves_nothing() {
        let mut fake = Fake::with_repo();
        let big = noise(64 * 1024);
        fake.tarball(
            "o/big",
            A,
            targz(&[Entry::Dir("o-big-abc1234/"), Entry::File("o-big-abc1234/blob", &big)]),
        );
        // Small to download, large unpacked.
        let zeros = vec![0u8; 1 << 20];
        fake.tarball(
            "o/bomb",
            A,
            targz(&[
                Entry::Dir("o-bomb-abc1234/"),
                Entry::File("o-bomb-abc1234/blob", &zeros),
            ]),
        );
        let (api, fake) = serve(fake).await;
        let base = tempfile::tempdir().unwrap();
        let cache = base.path().join("cache");
        std::fs::create_dir(&cache).unwrap();
        let limit = 16 * 1024;
        let fetcher = fetcher(&api, None, limit);
        assert!(fake.tarballs[&format!("o/bomb@{A}")].len() < limit as usize);

        let url = format!("https://github.com/o/big/tree/{A}");
        let err = fetcher.fetch(&url, None, &cache).await.unwrap_err();
        assert_eq!(
            err,
            format!("{url}: GET {api}/repos/o/big/tarball/{A}: the archive is larger than the 16384-byte limit")
        );
        assert!(tree(&cache).is_empty(), "{:?}", tree(&cache));

        let url = format!("https://github.com/o/bomb/tree/{A}");
        let err = fetcher.fetch(&url, None, &cache).await.unwrap_err();
        assert_eq!(
            err,
            format!("{url}: GET {api}/repos/o/bomb/tarball/{A}: the archive unpacks to more than the 16384-byte limit")
        );
        assert!(tree(&cache).is_empty(), "{:?}", tree(&cache));

        // The same limit lets a small tarball through, next to what a failure left (nothing).
        let got = fetcher
            .fetch("https://github.com/o/r/tree/main/skills/x", None, &cache)
            .await
            .unwrap();
        assert!(got.dir.join("SKILL.md").is_file());
        assert_eq!(tree(base.path()).iter().filter(|p| !p.starts_with("cache")).count(), 0);
    }

    #[tokio::test]
    async fn an_entry_that_escapes_is_refused_and_leaves_nothing() {
        let base = tempfile::tempdir().unwrap();
        let cache = base.path().join("cache");
        std::fs::create_dir(&cache).unwrap();
        // Both would land in `base`, beside the cache, where the test can see them.
        let absolute = format!("{}/escape", base.path().display());
        let mut fake = Fake::default();
        let escape = "o-evil-abc1234/../../../../../../../../escape";
        fake.tarball(
            "o/evil",
            A,
            targz(&[
                Entry::Dir("o-evil-abc1234/"),
                Entry::File("o-evil-abc1234/skills/x/SKILL.md", SKILL),
                Entry::File(escape, b"pwned"),
            ]),
        );
        fake.tarball(
            "o/absolute",
            A,
            targz(&[Entry::Dir("o-absolute-abc1234/"), Entry::File(&absolute, b"pwned")]),
        );
        let (api, _fake) = serve(fake).await;
        let fetcher = fetcher(&api, None, MAX_ARCHIVE_BYTES);

        for (repo, entry) in [("evil", escape), ("absolute", absolute.as_str())] {
            let url = format!("https://github.com/o/{repo}/tree/{A}/skills/x");
            let err = fetcher.fetch(&url, None, &cache).await.unwrap_err();
            assert_eq!(
                err,
                format!(
                    r#"{url}: extracting o/{repo}@abc123400000: archive entry "{entry}" escapes the extraction directory"#
                )
            );
            assert_eq!(tree(base.path()), ["cache"]);
        }
    }
}
