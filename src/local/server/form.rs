//! A `multipart/form-data` body read as it arrives, for file uploads: a part's bytes are handed
//! on as slices of the chunks the connection delivered, never copied (only a part's headers and
//! the few bytes where a delimiter may straddle two chunks are). `multer`, which the other forms
//! use, copies every byte into a buffer of its own first: with everything else of an upload the
//! same, `ant beta:files upload` of 512 MiB ran at 0.51-0.54 of `cp` through `multer` and at
//! 0.59-0.61 through this reader (alternate runs of `cargo bench --bench local -- files`), and the
//! target is 0.5. The tests hold it to `multer`'s reading of 2,000 random forms.

use bytes::{Buf, Bytes};
use futures::{Stream, StreamExt};

use super::http::BodyFailure;
use crate::api::error::ApiError;

/// The most a part's headers may hold.
const MAX_HEADERS: usize = 16 << 10;

/// Why a form could not be read: its body failed (408, 413) or it is not well formed (400).
#[derive(Debug, Clone)]
pub enum FormError {
    Body(ApiError),
    Malformed(String),
}

impl From<FormError> for ApiError {
    fn from(e: FormError) -> Self {
        match e {
            FormError::Body(e) => e,
            FormError::Malformed(why) => ApiError::invalid(format!("body: malformed multipart/form-data: {why}")),
        }
    }
}

impl std::fmt::Display for FormError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&ApiError::from(self.clone()).message)
    }
}

/// One part's headers.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Part {
    pub name: Option<String>,
    pub filename: Option<String>,
    pub content_type: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    /// Before the first delimiter (a preamble may come first).
    Start,
    /// Just past a delimiter: a part's headers, or the close, follow.
    Delimited,
    /// In a part's bytes.
    Data,
    /// Past the close (or failed).
    End,
}

pub struct Form<S> {
    body: S,
    /// Bytes received and not yet handed on.
    buf: Bytes,
    /// The search for `\r\n--<boundary>`, what ends a part (its needle), built once.
    delimiter: memchr::memmem::Finder<'static>,
    state: State,
}

impl<S> Form<S>
where
    S: Stream<Item = Result<Bytes, BodyFailure>> + Unpin,
{
    pub fn new(body: S, boundary: &str) -> Self {
        Self {
            body,
            buf: Bytes::new(),
            delimiter: memchr::memmem::Finder::new(format!("\r\n--{boundary}").as_bytes()).into_owned(),
            state: State::Start,
        }
    }

    /// More bytes from the body, appended to `buf` (which is copied only when it is short: the
    /// tail of a chunk that might begin a delimiter). False at the body's end.
    async fn fill(&mut self) -> Result<bool, FormError> {
        let Some(chunk) = self.next_chunk().await? else {
            return Ok(false);
        };
        self.buf = if self.buf.is_empty() {
            chunk
        } else {
            let mut joined = Vec::with_capacity(self.buf.len() + chunk.len());
            joined.extend_from_slice(&self.buf);
            joined.extend_from_slice(&chunk);
            joined.into()
        };
        Ok(true)
    }

    /// The next chunk of a body, without joining it to `buf`.
    async fn next_chunk(&mut self) -> Result<Option<Bytes>, FormError> {
        loop {
            match self.body.next().await {
                None => return Ok(None),
                Some(Err(BodyFailure(e))) => {
                    self.state = State::End;
                    return Err(FormError::Body(e));
                }
                Some(Ok(chunk)) if chunk.is_empty() => continue,
                Some(Ok(chunk)) => return Ok(Some(chunk)),
            }
        }
    }

    fn malformed(&mut self, why: &str) -> FormError {
        self.state = State::End;
        FormError::Malformed(why.to_string())
    }

    /// The next part's headers, skipping what is left of the current part; `None` past the
    /// close.
    pub async fn next_part(&mut self) -> Result<Option<Part>, FormError> {
        loop {
            match self.state {
                State::End => return Ok(None),
                State::Data => while self.chunk().await?.is_some() {},
                State::Start => {
                    // The first delimiter has no CRLF before it, unless a preamble comes first.
                    let first = self.delimiter.needle().len() - 2;
                    while self.buf.len() < first {
                        if !self.fill().await? {
                            return Err(self.malformed("no boundary"));
                        }
                    }
                    if self.buf[..first] == self.delimiter.needle()[2..] {
                        self.buf.advance(first);
                        self.state = State::Delimited;
                    } else {
                        // A preamble: skipped as a part's bytes are.
                        self.state = State::Data;
                    }
                }
                State::Delimited => return self.headers().await,
            }
        }
    }

    /// Past a delimiter: the close (`--`), or transport padding, CRLF and a part's headers.
    async fn headers(&mut self) -> Result<Option<Part>, FormError> {
        let (padding, end) = loop {
            if self.buf.starts_with(b"--") {
                self.state = State::End;
                return Ok(None);
            }
            let padding = self.buf.iter().take_while(|b| **b == b' ' || **b == b'\t').count();
            let line = &self.buf[padding..];
            // A lone `-` may be the start of the close.
            let close = self.buf.as_ref() == b"-";
            if !close && (line.len() >= 2 && !line.starts_with(b"\r\n") || line.len() == 1 && line[0] != b'\r') {
                return Err(self.malformed("a boundary is not followed by CRLF"));
            }
            if let Some(at) = memchr::memmem::find(line, b"\r\n\r\n") {
                break (padding, padding + at);
            }
            if self.buf.len() > MAX_HEADERS {
                return Err(self.malformed("a part's headers are larger than 16 KiB"));
            }
            if !self.fill().await? {
                return Err(self.malformed("the body ends in a part's headers"));
            }
        };
        let buf = self.buf.clone();
        // The header lines, between the boundary line's CRLF and the blank line.
        let block = buf.get(padding + 2..end).unwrap_or_default();
        let mut part = Part::default();
        for line in block.split(|b| *b == b'\n') {
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            if line.is_empty() {
                continue;
            }
            let Some(colon) = memchr::memchr(b':', line) else {
                return Err(self.malformed("a part's header has no colon"));
            };
            let (name, value) = (&line[..colon], trim(&line[colon + 1..]));
            if name.eq_ignore_ascii_case(b"content-disposition") {
                part.name = attribute(value, b"name");
                part.filename = attribute(value, b"filename");
            } else if name.eq_ignore_ascii_case(b"content-type") {
                part.content_type = std::str::from_utf8(value)
                    .ok()
                    .filter(|t| is_media_type(t))
                    .map(str::to_string);
            }
        }
        self.buf.advance(end + 4);
        self.state = State::Data;
        Ok(Some(part))
    }

    /// The next bytes of the current part, `None` at its end.
    pub async fn chunk(&mut self) -> Result<Option<Bytes>, FormError> {
        if self.state != State::Data {
            return Ok(None);
        }
        let d = self.delimiter.needle().len();
        loop {
            if let Some(at) = self.delimiter.find(&self.buf) {
                let data = self.buf.split_to(at);
                self.buf.advance(d);
                self.state = State::Delimited;
                return Ok((!data.is_empty()).then_some(data));
            }
            // Hold back the tail that could begin a delimiter; the rest is the part's.
            let keep = self.possible_start(&self.buf);
            if self.buf.len() > keep {
                return Ok(Some(self.buf.split_to(self.buf.len() - keep)));
            }
            // All of `buf` might begin a delimiter (or it is empty): look at the next chunk.
            let Some(next) = self.next_chunk().await? else {
                return Err(self.malformed("the body ends in a part"));
            };
            if self.buf.is_empty() {
                self.buf = next;
                continue;
            }
            // Does a delimiter begin in the held-back tail? Only its first bytes need joining.
            let tail = std::mem::take(&mut self.buf);
            let mut window = Vec::with_capacity(tail.len() + d);
            window.extend_from_slice(&tail);
            window.extend_from_slice(&next[..next.len().min(d)]);
            match self.delimiter.find(&window) {
                Some(at) if at < tail.len() => {
                    let after = at + d - tail.len();
                    self.buf = next.slice(after..);
                    self.state = State::Delimited;
                    return Ok((at > 0).then(|| tail.slice(..at)));
                }
                _ if window.len() < tail.len() + d && next.len() < d => {
                    // Too few bytes yet to tell: keep both and read on.
                    self.buf = window.into();
                }
                _ => {
                    self.buf = next;
                    return Ok(Some(tail));
                }
            }
        }
    }

    /// How many bytes at the end of `buf` could be the start of a delimiter.
    fn possible_start(&self, buf: &[u8]) -> usize {
        let d = self.delimiter.needle().len();
        let from = buf.len().saturating_sub(d - 1);
        let mut at = from;
        while let Some(i) = memchr::memchr(b'\r', &buf[at..]) {
            let start = at + i;
            if self.delimiter.needle().starts_with(&buf[start..]) {
                return buf.len() - start;
            }
            at = start + 1;
        }
        0
    }

    /// The current part's bytes as a stream (for a file), each chunk as it arrives.
    pub fn data(&mut self) -> impl Stream<Item = Result<Bytes, FormError>> + Unpin + '_ {
        Box::pin(futures::stream::unfold(Some(self), |form| async move {
            let form = form?;
            match form.chunk().await {
                Ok(Some(chunk)) => Some((Ok(chunk), Some(form))),
                Ok(None) => None,
                Err(e) => Some((Err(e), None)),
            }
        }))
    }

    /// The current part's bytes as text (a field), at most `limit` bytes.
    pub async fn text(&mut self, limit: usize) -> Result<String, FormError> {
        let mut text = Vec::new();
        while let Some(chunk) = self.chunk().await? {
            if text.len() + chunk.len() > limit {
                return Err(self.malformed(&format!("a field is larger than {limit} bytes")));
            }
            text.extend_from_slice(&chunk);
        }
        String::from_utf8(text).map_err(|_| self.malformed("a field is not UTF-8 text"))
    }
}

fn trim(bytes: &[u8]) -> &[u8] {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(start, |e| e + 1);
    &bytes[start..end.max(start)]
}

/// `type/subtype`, with parameters or none.
fn is_media_type(t: &str) -> bool {
    let essence = t.split(';').next().unwrap_or("").trim();
    let token = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"!#$&-^_.+".contains(&b))
    };
    essence.split_once('/').is_some_and(|(a, b)| token(a) && token(b))
}

/// A `content-disposition` attribute (`name`, `filename`), quoted or not, as `multer` reads it.
fn attribute(mut header: &[u8], key: &[u8]) -> Option<String> {
    fn ws_then(bytes: &[u8], c: u8) -> Option<&[u8]> {
        let start = bytes
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .unwrap_or(bytes.len());
        match &bytes[start..] {
            [first, rest @ ..] if *first == c => Some(rest),
            _ => None,
        }
    }
    while let Some(i) = memchr::memmem::find(header, key) {
        let suffix = &header[i + key.len()..];
        if i > 0 && !(header[i - 1].is_ascii_whitespace() || header[i - 1] == b';') {
            header = suffix;
            continue;
        }
        let Some(rest) = ws_then(suffix, b'=') else {
            // `filename*=`, say: not this attribute.
            header = suffix;
            continue;
        };
        let (bytes, escaped) = if let Some(rest) = ws_then(rest, b'"') {
            let (mut k, mut escaped) = (memchr::memchr(b'"', rest)?, false);
            while k > 0 && rest[k - 1] == b'\\' {
                escaped = true;
                k = k + 1 + memchr::memchr(b'"', &rest[k + 1..])?;
            }
            (&rest[..k], escaped)
        } else {
            let start = rest.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(rest.len());
            let rest = &rest[start..];
            let j = memchr::memchr2(b';', b' ', rest).unwrap_or(rest.len());
            (&rest[..j], false)
        };
        let text = std::str::from_utf8(bytes).ok()?;
        return Some(if escaped {
            text.replace("\\\"", "\"")
        } else {
            text.to_string()
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOUNDARY: &str = "b0UNd-ary";

    /// A part: its name, filename, content type and bytes.
    type TestPart<'a> = (&'a str, Option<&'a str>, Option<&'a str>, &'a [u8]);

    fn form_bytes(parts: &[TestPart]) -> Vec<u8> {
        let mut body = Vec::new();
        for (name, filename, ctype, data) in parts {
            body.extend_from_slice(format!("--{BOUNDARY}\r\n").as_bytes());
            let mut disposition = format!("Content-Disposition: form-data; name=\"{name}\"");
            if let Some(f) = filename {
                disposition.push_str(&format!("; filename=\"{f}\""));
            }
            body.extend_from_slice(disposition.as_bytes());
            body.extend_from_slice(b"\r\n");
            if let Some(t) = ctype {
                body.extend_from_slice(format!("content-type: {t}\r\n").as_bytes());
            }
            body.extend_from_slice(b"\r\n");
            body.extend_from_slice(data);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
        body
    }

    /// Every part of `body` cut into chunks at `cuts`: (headers, bytes) or the error's text.
    async fn read(body: &[u8], cuts: &[usize]) -> Result<Vec<(Part, Vec<u8>)>, String> {
        let mut chunks = Vec::new();
        let mut last = 0;
        for &c in cuts.iter().chain([body.len()].iter()) {
            let c = c.clamp(last, body.len());
            chunks.push(Ok(Bytes::copy_from_slice(&body[last..c])));
            last = c;
        }
        let mut form = Form::new(futures::stream::iter(chunks), BOUNDARY);
        let mut parts = Vec::new();
        let fail = |e: FormError| ApiError::from(e).message;
        while let Some(part) = form.next_part().await.map_err(fail)? {
            let mut data = Vec::new();
            let mut stream = form.data();
            while let Some(chunk) = stream.next().await {
                data.extend_from_slice(&chunk.map_err(fail)?);
            }
            parts.push((part, data));
        }
        Ok(parts)
    }

    #[tokio::test]
    async fn parts_are_read_whatever_the_chunks() {
        let file: Vec<u8> = (0..5000u32).map(|i| (i * 7 % 251) as u8).collect();
        // Bytes that look like the start of a delimiter, and a whole one but for its last byte.
        let tricky = format!("a\r\n--{}x\r\n--b0UN\r\r\n", &BOUNDARY[..BOUNDARY.len() - 1]).into_bytes();
        let body = form_bytes(&[
            ("file", Some(r#"a \"q\".bin"#), Some("application/pdf"), &file),
            ("expires_in_seconds", None, None, b"3600"),
            ("odd", None, Some("not a type"), &tricky),
            ("empty", None, None, b""),
        ]);
        let want = read(&body, &[]).await.unwrap();
        assert_eq!(want.len(), 4);
        assert_eq!(want[0].0.name.as_deref(), Some("file"));
        assert_eq!(want[0].0.filename.as_deref(), Some(r#"a "q".bin"#));
        assert_eq!(want[0].0.content_type.as_deref(), Some("application/pdf"));
        assert_eq!(want[0].1, file);
        assert_eq!(want[1].1, b"3600");
        assert_eq!(want[2].0.content_type, None);
        assert_eq!(want[2].1, tricky);
        assert_eq!(want[3].1, b"");
        // Every cut of the body in two and in three (around the parts' edges) reads the same.
        for a in 0..body.len() {
            assert_eq!(read(&body, &[a]).await.unwrap(), want, "cut at {a}");
        }
        let edges: Vec<usize> = (0..body.len())
            .filter(|i| i % 97 == 0 || body[*i] == b'\r' || body[*i] == b'-')
            .collect();
        for &a in &edges {
            for &b in edges.iter().filter(|b| **b > a).take(40) {
                assert_eq!(read(&body, &[a, b]).await.unwrap(), want, "cuts at {a}, {b}");
            }
        }
        let bytewise: Vec<usize> = (1..body.len()).collect();
        assert_eq!(read(&body, &bytewise).await.unwrap(), want, "a byte at a time");
    }

    /// Random forms (their bytes full of near-delimiters) cut at random, read by this reader
    /// and by `multer`: the same parts, with the same bytes.
    #[tokio::test]
    async fn random_forms_read_as_multer_reads_them() {
        use rand::{RngExt, SeedableRng};
        async fn ours(chunks: Vec<Bytes>) -> Vec<(Option<String>, Vec<u8>)> {
            let mut form = Form::new(futures::stream::iter(chunks.into_iter().map(Ok)), BOUNDARY);
            let mut parts = Vec::new();
            while let Some(part) = form.next_part().await.unwrap() {
                let data: Vec<u8> = form.data().map(|c| c.unwrap().to_vec()).concat().await;
                parts.push((part.name, data));
            }
            parts
        }
        async fn theirs(chunks: Vec<Bytes>) -> Vec<(Option<String>, Vec<u8>)> {
            let body = futures::stream::iter(chunks.into_iter().map(Ok::<_, std::io::Error>));
            let mut form = multer::Multipart::new(body, BOUNDARY);
            let mut parts = Vec::new();
            while let Some(field) = form.next_field().await.unwrap() {
                let name = field.name().map(str::to_string);
                parts.push((name, field.bytes().await.unwrap().to_vec()));
            }
            parts
        }
        let mut rng = rand::rngs::SmallRng::seed_from_u64(16);
        // No `y`, the boundary's last byte: a part's bytes never hold a whole delimiter.
        let alphabet = b"\r\n-b0UNdar";
        for _ in 0..2000 {
            let mut body = Vec::new();
            for i in 0..rng.random_range(1..4) {
                body.extend_from_slice(
                    format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"f{i}\"\r\n\r\n").as_bytes(),
                );
                for _ in 0..rng.random_range(0..200) {
                    if rng.random_bool(0.05) {
                        let near = &BOUNDARY[..rng.random_range(0..BOUNDARY.len())];
                        body.extend_from_slice(format!("\r\n--{near}").as_bytes());
                    } else {
                        body.push(alphabet[rng.random_range(0..alphabet.len())]);
                    }
                }
                body.extend_from_slice(b"\r\n");
            }
            body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
            let mut chunks = Vec::new();
            let mut at = 0;
            while at < body.len() {
                let n = rng.random_range(1..=(body.len() - at).min(40));
                chunks.push(Bytes::copy_from_slice(&body[at..at + n]));
                at += n;
            }
            let text = String::from_utf8_lossy(&body).into_owned();
            assert_eq!(ours(chunks.clone()).await, theirs(chunks).await, "{text:?}");
        }
    }

    #[tokio::test]
    async fn a_preamble_is_skipped_and_bad_forms_are_named() {
        let mut body = b"preamble\r\n".to_vec();
        body.extend(form_bytes(&[("f", None, None, b"x")]));
        let parts = read(&body, &[3]).await.unwrap();
        assert_eq!((parts.len(), parts[0].1.as_slice()), (1, &b"x"[..]));

        let whole = form_bytes(&[("file", Some("a"), None, b"abc")]);
        let cut = &whole[..whole.len() - 12];
        assert!(read(cut, &[]).await.unwrap_err().contains("the body ends in a part"));
        assert!(read(b"nothing", &[]).await.unwrap_err().contains("no boundary"));
        let bad = format!("--{BOUNDARY}xx\r\n\r\n");
        assert!(
            read(bad.as_bytes(), &[])
                .await
                .unwrap_err()
                .contains("not followed by CRLF")
        );
        let unending = format!("--{BOUNDARY}\r\nContent-Disposition: form-data");
        assert!(read(unending.as_bytes(), &[]).await.unwrap_err().contains("headers"));
    }

    #[test]
    fn attributes_are_read_as_multer_reads_them() {
        let v = br#"form-data; name="my_field"; filename="file abc.txt""#;
        assert_eq!(attribute(v, b"name").as_deref(), Some("my_field"));
        assert_eq!(attribute(v, b"filename").as_deref(), Some("file abc.txt"));
        let v = br#"form-data; filename=file-name.txt; name=file"#;
        assert_eq!(attribute(v, b"name").as_deref(), Some("file"));
        assert_eq!(attribute(v, b"filename").as_deref(), Some("file-name.txt"));
        let v = br#"form-data; name="my\"field\"name""#;
        assert_eq!(attribute(v, b"name").as_deref(), Some(r#"my"field"name"#));
        assert_eq!(attribute(br#"form-data; name=";""#, b"name").as_deref(), Some(";"));
        assert_eq!(attribute(br#"form-data; filename="x""#, b"name"), None);
        assert!(is_media_type("text/plain; charset=utf-8"));
        assert!(!is_media_type("text"));
    }
}
