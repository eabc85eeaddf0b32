//! Following a session's event stream without losing or repeating events across dropped
//! connections. The stream carries only what happens after it connects, so after a drop the
//! new stream is opened first and the history listed second (the order the official docs advise):
//! anything emitted in the gap is then in the history, and anything emitted while listing is
//! waiting in the new stream. Events are deduplicated by id, so each is handed out once, in order.
//!
//! No server can keep the follower busy forever: connections that fail (refused, not an event
//! stream, broken, silent, or closed before a new event) are retried with backoff a bounded number
//! of times in a row, an event may hold at most [`MAX_EVENT_BYTES`], and catching up reads a
//! bounded history.

use std::borrow::Cow;
use std::collections::{HashSet, VecDeque};
use std::pin::Pin;
use std::time::{Duration, Instant};

use futures::{Stream, StreamExt};
use reqwest::StatusCode;
use reqwest::header::{CONTENT_ENCODING, CONTENT_TYPE, HeaderMap, HeaderName};

use super::{Client, ClientError, MAX_BACKOFF, Pages, Request, backoff};
use crate::api::depth::exceeds_max_depth;

/// The most one event may hold (its data, name and id, and the line being read): far beyond
/// any real event, and a bound on what a server can make this client buffer.
pub const MAX_EVENT_BYTES: usize = 64 << 20;
/// Connections in a row that may fail before the command gives up: with the backoff between
/// them, about a quarter of a minute.
const MAX_FAILED_CONNECTIONS: u32 = 6;
/// A connection that kept delivering frames (pings count) this long was healthy even without a
/// new event: a quiet session's stream that a proxy cuts now and then is not a failing server.
const HEALTHY_AFTER: Duration = Duration::from_secs(60);
/// The largest page of the history list.
const HISTORY_PAGE: &str = "1000";
/// Catching up after a drop reads at most this much history: more is a server that pages
/// without end, or an outage longer than this client should hold in memory.
const MAX_CATCHUP_PAGES: usize = 1_000;
const MAX_CATCHUP_EVENTS: usize = 100_000;
pub(super) const EVENT_STREAM: &str = "text/event-stream";

type Chunks = Pin<Box<dyn Stream<Item = reqwest::Result<bytes::Bytes>> + Send>>;

/// What the follower hands out.
#[derive(Debug)]
pub enum Item {
    /// One event's JSON, as the server sent it.
    Event(String),
    /// A connection that had been working dropped; the next call reconnects and catches up.
    /// Reported once per outage: failed attempts after it are not.
    Dropped { cause: String },
}

/// One open event stream.
struct Connection {
    chunks: Chunks,
    decoder: Decoder,
    opened: Instant,
    /// When the last frame (a ping included) arrived.
    last_frame: Instant,
    /// Whether an event not seen before was handed out while it was open.
    delivered: bool,
}

impl Connection {
    fn new(chunks: Chunks) -> Self {
        let now = Instant::now();
        Self {
            chunks,
            decoder: Decoder::default(),
            opened: now,
            last_frame: now,
            delivered: false,
        }
    }

    /// Whether losing it is an ordinary drop rather than one more failed attempt.
    fn healthy(&self) -> bool {
        self.delivered || self.last_frame.duration_since(self.opened) >= HEALTHY_AFTER
    }
}

pub struct Follower {
    client: Client,
    stream: Request,
    history: Request,
    connection: Option<Connection>,
    /// Missed events found in the history, handed out before the new stream's.
    backlog: VecDeque<String>,
    seen: HashSet<String>,
    /// The newest event in the history when the command started: it and all before it predate
    /// the command, so catching up stops there.
    origin: Option<String>,
    /// `session.deleted` came: the server closes the stream, and there is nothing to reconnect to.
    ended: bool,
    /// Connections in a row that failed: refused, unusable, or ended without a new event.
    failures: u32,
    /// The server's `retry:` field: the least time to wait before reconnecting.
    retry: Option<Duration>,
}

impl Follower {
    /// Opens `stream` (a session's or a thread's event stream, with any `event_deltas[]`) and
    /// notes the newest event already in the history, so a reconnect shows only what this command
    /// missed.
    pub async fn open(client: Client, stream: Request) -> Result<Self, ClientError> {
        // A session's stream is `.../events/stream`, a thread's `.../threads/{id}/stream`; the
        // history is `.../events` for both.
        let base = stream.path.trim_end_matches("/stream");
        let history = Request {
            method: reqwest::Method::GET,
            path: if base.ends_with("/events") {
                base.to_string()
            } else {
                format!("{base}/events")
            },
            query: Vec::new(),
            body: None,
            betas: stream.betas.clone(),
        };
        let mut f = Self {
            client,
            stream,
            history,
            connection: None,
            backlog: VecDeque::new(),
            seen: HashSet::new(),
            origin: None,
            ended: false,
            failures: 0,
            retry: None,
        };
        f.connect_retrying(true).await?;
        let mut newest = f.history.clone();
        newest.query = vec![("order".into(), "desc".into()), ("limit".into(), "1".into())];
        let page = f.client.send(&newest).await?;
        let newest = gjson::get(&page, "data.0.id");
        f.origin = newest.exists().then(|| newest.str().to_string());
        Ok(f)
    }

    /// One attempt at opening the stream (with `retries` of its own, see [`Client::execute`]):
    /// a success whose answer is an event stream this client can read.
    async fn connect(&mut self, retries: u32) -> Result<(), ClientError> {
        let resp = self.client.execute(&self.stream, EVENT_STREAM, retries).await?;
        if let Some(cause) = unreadable_stream(resp.headers()) {
            return Err(ClientError::Transport {
                method: self.stream.method.clone(),
                url: self.client.url(&self.stream),
                cause,
            });
        }
        self.connection = Some(Connection::new(Box::pin(resp.bytes_stream())));
        Ok(())
    }

    /// Opens the stream, retrying what may pass (see [`worth_retrying`]) with backoff. The
    /// first contact (`opening`) goes as any command's does: `--max-retries` applies, and a
    /// server that cannot be reached at all ends the command at once.
    async fn connect_retrying(&mut self, opening: bool) -> Result<(), ClientError> {
        let mut retries = if opening { self.client.max_retries } else { 0 };
        loop {
            match self.connect(retries).await {
                Ok(()) => return Ok(()),
                Err(e @ ClientError::Connect { .. }) if opening => return Err(e),
                Err(e) if worth_retrying(&e) => {
                    self.failed(e.to_string())?;
                    tokio::time::sleep(self.wait()).await;
                    retries = 0;
                }
                Err(e) => return Err(e),
            }
        }
    }

    /// Counts a failed connection; past the bound, the command ends with its cause.
    fn failed(&mut self, cause: String) -> Result<(), ClientError> {
        self.failures += 1;
        if self.failures >= MAX_FAILED_CONNECTIONS {
            return Err(ClientError::GaveUp {
                attempts: self.failures,
                cause,
            });
        }
        Ok(())
    }

    /// The pause before the next attempt: the backoff for the failures so far, or the server's
    /// `retry:` when that is longer (within the same cap).
    fn wait(&self) -> Duration {
        let asked = self.retry.unwrap_or_default().min(MAX_BACKOFF);
        backoff(self.failures.saturating_sub(1)).max(asked)
    }

    /// The next event, or `None` once the session is deleted.
    pub async fn next(&mut self) -> Result<Option<Item>, ClientError> {
        loop {
            if let Some(event) = self.next_received()? {
                return Ok(Some(Item::Event(event)));
            }
            if self.ended {
                return Ok(None);
            }
            let Some(connection) = self.connection.as_mut() else {
                if !self.reconnect().await? {
                    return Ok(None);
                }
                continue;
            };
            let cause = match connection.chunks.next().await {
                Some(Ok(bytes)) => {
                    connection.decoder.push(&bytes)?;
                    continue;
                }
                Some(Err(e)) => self.client.cause_of(&e),
                None => "the server closed the stream".to_string(),
            };
            let connection = self.connection.take().expect("it was just read");
            self.retry = connection.decoder.retry().or(self.retry);
            if connection.healthy() {
                self.failures = 0;
                return Ok(Some(Item::Dropped { cause }));
            }
            self.failed(cause)?;
        }
    }

    /// The next event already received, without waiting: `None` when only the network can
    /// tell what comes next. A caller that batches its output flushes when this says `None`.
    pub fn next_received(&mut self) -> Result<Option<String>, ClientError> {
        let event = match self.backlog.pop_front() {
            Some(event) => Some(event),
            None => self.next_streamed()?,
        };
        if event.is_some()
            && let Some(connection) = &mut self.connection
        {
            connection.delivered = true;
        }
        Ok(event)
    }

    fn next_streamed(&mut self) -> Result<Option<String>, ClientError> {
        loop {
            let Some(connection) = self.connection.as_mut() else {
                return Ok(None);
            };
            let Some(frame) = connection.decoder.next() else {
                return Ok(None);
            };
            connection.last_frame = Instant::now();
            if let Some(event) = self.accept(frame)? {
                return Ok(Some(event));
            }
        }
    }

    /// The event a frame carries, or `None` for keepalives, empty frames and repeats.
    fn accept(&mut self, frame: Frame) -> Result<Option<String>, ClientError> {
        if self.client.debug {
            self.client.debug_log(&format!(
                "event: {}\ndata: {}",
                frame.event,
                self.client.redact(&frame.data)
            ));
        }
        match frame.event.as_str() {
            "ping" => return Ok(None),
            "error" => return Err(ClientError::Stream { body: frame.data }),
            _ if frame.data.trim().is_empty() => return Ok(None),
            _ => {}
        }
        if exceeds_max_depth(&frame.data) {
            return Err(ClientError::TooDeep {
                origin: "the event stream".into(),
            });
        }
        if !gjson::valid(&frame.data) {
            return Err(ClientError::BadEvent {
                data: frame.data.chars().take(80).collect(),
            });
        }
        let id = if frame.id.is_empty() {
            gjson::get(&frame.data, "id").str().to_string()
        } else {
            frame.id
        };
        if !id.is_empty() && !self.seen.insert(id) {
            return Ok(None);
        }
        if gjson::get(&frame.data, "type").str() == "session.deleted" {
            self.ended = true;
        }
        Ok(Some(frame.data))
    }

    /// Waits out the backoff, opens a new stream and queues what the history has that this
    /// command has not shown. False when the session is gone (404).
    async fn reconnect(&mut self) -> Result<bool, ClientError> {
        tokio::time::sleep(self.wait()).await;
        let result = match self.connect_retrying(false).await {
            Ok(()) => self.catch_up().await,
            Err(e) => Err(e),
        };
        match result {
            Ok(()) => Ok(true),
            Err(ClientError::Api {
                status: StatusCode::NOT_FOUND,
                ..
            }) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// Queues the history's events that this command has not handed out, oldest first. The
    /// history is read newest first and only down to an event already accounted for (handed
    /// out, or the newest when the command started), so a long session costs a page, not all
    /// of its history.
    async fn catch_up(&mut self) -> Result<(), ClientError> {
        let mut req = self.history.clone();
        req.query = vec![("order".into(), "desc".into()), ("limit".into(), HISTORY_PAGE.into())];
        let url = self.client.url(&req);
        let mut pages = Pages::new(req);
        let mut missed = Vec::new();
        let mut read = 0;
        'pages: while let Some(page) = pages.next(&self.client).await? {
            read += 1;
            for event in gjson::get(&page, "data").array() {
                let id = event.get("id");
                if self.seen.contains(id.str()) || self.origin.as_deref() == Some(id.str()) {
                    break 'pages;
                }
                missed.push(event.json().to_string());
            }
            if read >= MAX_CATCHUP_PAGES || missed.len() > MAX_CATCHUP_EVENTS {
                return Err(ClientError::Paging {
                    url,
                    cause: format!(
                        "catching up read {read} pages ({} events) without reaching an event already shown",
                        missed.len()
                    ),
                });
            }
        }
        for event in missed.into_iter().rev() {
            if self.seen.insert(gjson::get(&event, "id").str().to_string()) {
                self.backlog.push_back(event);
            }
        }
        Ok(())
    }
}

/// Why an answer to the stream request cannot be read as one, if it cannot: not an event
/// stream (a JSON body, a proxy's page), or compressed though this client asked for no encoding.
pub(super) fn unreadable_stream(headers: &HeaderMap) -> Option<String> {
    let header = |name: HeaderName| {
        headers
            .get(name)
            .map(|v| String::from_utf8_lossy(v.as_bytes()).trim().to_ascii_lowercase())
            .unwrap_or_default()
    };
    let content_type = header(CONTENT_TYPE);
    let media_type = content_type.split(';').next().unwrap_or_default().trim();
    if media_type != EVENT_STREAM {
        return Some(if content_type.is_empty() {
            "the answer has no content-type; expected an event stream".into()
        } else {
            format!("the answer is {content_type}, not an event stream")
        });
    }
    match header(CONTENT_ENCODING).as_str() {
        "" | "identity" => None,
        encoding => Some(format!(
            "the stream is {encoding}-encoded, which this client does not decode"
        )),
    }
}

/// Failures worth another attempt: the server restarting, overloaded, or answering with
/// something that is not a readable stream. A 4xx (the session is gone, the key is wrong) will
/// not change by waiting.
fn worth_retrying(e: &ClientError) -> bool {
    match e {
        ClientError::Connect { .. } | ClientError::Transport { .. } => true,
        ClientError::Api { status, .. } => super::is_retryable(*status),
        _ => false,
    }
}

/// One SSE event: its `event:` name, the `id:` it carries itself (the spec's last event id
/// outlives the event; this client uses ids only to deduplicate, so a frame without one has
/// none) and its `data:` lines joined with newlines.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Frame {
    pub event: String,
    pub id: String,
    pub data: String,
}

/// An event past the decoder's limit: the stream cannot go on without holding all of it.
#[derive(Debug, PartialEq, thiserror::Error)]
#[error("the event stream sent an event larger than {}, the most this client holds", size(*.limit))]
pub struct EventTooLarge {
    pub limit: usize,
}

fn size(bytes: usize) -> String {
    if bytes >= 1 << 20 && bytes.is_multiple_of(1 << 20) {
        format!("{} MiB", bytes >> 20)
    } else {
        format!("{bytes} bytes")
    }
}

const BOM: &[u8] = "\u{feff}".as_bytes();

/// The field of an SSE line that this client keeps.
enum Field {
    Event,
    Data,
    Id,
    Retry,
    Ignored,
}

/// SSE decoding by the WHATWG rules: lines end in CRLF, LF or CR alone (also when a chunk ends
/// between the CR and the LF); a line splits into field and value at its first colon, with one
/// leading space dropped from the value; `data` lines join with newlines; a blank line
/// dispatches; comments and unknown fields are ignored. Each byte is looked at once: a line cut
/// by a chunk's end is kept and only the new bytes are scanned. What one event may hold is
/// bounded.
pub struct Decoder {
    limit: usize,
    /// The start of a line whose end has not arrived yet.
    line: Vec<u8>,
    /// The last chunk ended with CR: an LF opening the next one ends no further line.
    after_cr: bool,
    /// No line has ended yet (a byte order mark may open the stream).
    at_start: bool,
    event: String,
    id: String,
    /// Kept as bytes until dispatch, so a long data line becomes the data without a copy.
    data: Option<Vec<u8>>,
    retry: Option<Duration>,
    ready: VecDeque<Frame>,
}

impl Default for Decoder {
    fn default() -> Self {
        Self::new(MAX_EVENT_BYTES)
    }
}

impl Decoder {
    /// A decoder that refuses events holding more than `limit` bytes.
    pub fn new(limit: usize) -> Self {
        Self {
            limit,
            line: Vec::new(),
            after_cr: false,
            at_start: true,
            event: String::new(),
            id: String::new(),
            data: None,
            retry: None,
            ready: VecDeque::new(),
        }
    }

    /// Decodes the next bytes of the stream; complete events wait to be taken as the decoder's
    /// items.
    pub fn push(&mut self, mut bytes: &[u8]) -> Result<(), EventTooLarge> {
        if std::mem::take(&mut self.after_cr) && bytes.first() == Some(&b'\n') {
            bytes = &bytes[1..];
        }
        while let Some(end) = memchr::memchr2(b'\n', b'\r', bytes) {
            // A line counts whole while it is read, however the chunks cut it, so the verdict
            // on an event never depends on the network.
            self.hold_check(end)?;
            if self.line.is_empty() {
                self.line_ended(Cow::Borrowed(&bytes[..end]));
            } else {
                self.line.extend_from_slice(&bytes[..end]);
                let line = std::mem::take(&mut self.line);
                self.line_ended(Cow::Owned(line));
            }
            let crlf = bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n');
            self.after_cr = bytes[end] == b'\r' && end + 1 == bytes.len();
            bytes = &bytes[end + 1 + usize::from(crlf)..];
        }
        self.hold(bytes)
    }

    /// The reconnection time the stream asked for (`retry:`), if it did.
    pub fn retry(&self) -> Option<Duration> {
        self.retry
    }

    /// The bytes the event being read holds so far.
    fn held(&self) -> usize {
        self.line.len() + self.event.len() + self.id.len() + self.data.as_ref().map_or(0, Vec::len)
    }

    /// Refuses `more` bytes of the line being read if the event would then hold too much. A
    /// line's value never takes more room than the line did, so a line that passes can be
    /// applied as it is.
    fn hold_check(&self, more: usize) -> Result<(), EventTooLarge> {
        if self.held() + more > self.limit {
            return Err(EventTooLarge { limit: self.limit });
        }
        Ok(())
    }

    /// Keeps the start of a line whose end is still to come.
    fn hold(&mut self, bytes: &[u8]) -> Result<(), EventTooLarge> {
        self.hold_check(bytes.len())?;
        self.line.extend_from_slice(bytes);
        Ok(())
    }

    fn line_ended(&mut self, line: Cow<'_, [u8]>) {
        let bom = if std::mem::take(&mut self.at_start) && line.starts_with(BOM) {
            BOM.len()
        } else {
            0
        };
        let text = &line[bom..];
        if text.is_empty() {
            self.dispatch();
            return;
        }
        let Some((field, value_at)) = field_of(text) else {
            return;
        };
        let start = bom + value_at;
        let value = &line[start..];
        match field {
            Field::Data => self.data_line(line, start),
            Field::Event => self.event = String::from_utf8_lossy(value).into_owned(),
            Field::Id if !value.contains(&0) => self.id = String::from_utf8_lossy(value).into_owned(),
            Field::Retry if !value.is_empty() && value.iter().all(u8::is_ascii_digit) => {
                // Digits too many for a u64 are still a (very long) wait.
                let ms = std::str::from_utf8(value).map_or(u64::MAX, |v| v.parse().unwrap_or(u64::MAX));
                self.retry = Some(Duration::from_millis(ms));
            }
            Field::Id | Field::Retry | Field::Ignored => {}
        }
    }

    /// A `data` line whose value starts at `start`: the first one of an event becomes its data
    /// (without a copy when the line was assembled across chunks), later ones are appended.
    fn data_line(&mut self, line: Cow<'_, [u8]>, start: usize) {
        match &mut self.data {
            Some(data) => {
                data.push(b'\n');
                data.extend_from_slice(&line[start..]);
            }
            None => {
                self.data = Some(match line {
                    Cow::Owned(mut whole) => {
                        whole.drain(..start);
                        whole
                    }
                    Cow::Borrowed(part) => part[start..].to_vec(),
                })
            }
        }
    }

    /// A blank line: the event read so far goes out if it has data (an event without data is
    /// dropped, as the spec says).
    fn dispatch(&mut self) {
        let event = std::mem::take(&mut self.event);
        let id = std::mem::take(&mut self.id);
        if let Some(data) = self.data.take() {
            let data = String::from_utf8(data).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
            self.ready.push_back(Frame { event, id, data });
        }
    }
}

/// The complete events decoded so far, oldest first.
impl Iterator for Decoder {
    type Item = Frame;

    fn next(&mut self) -> Option<Frame> {
        self.ready.pop_front()
    }
}

/// A line's field and where its value starts: after the first colon and one space, if any (a
/// line without a colon is a field with an empty value). `None` for a comment.
fn field_of(text: &[u8]) -> Option<(Field, usize)> {
    let (name, value_at) = match memchr::memchr(b':', text) {
        Some(0) => return None,
        Some(colon) => {
            let space = usize::from(text.get(colon + 1) == Some(&b' '));
            (&text[..colon], colon + 1 + space)
        }
        None => (text, text.len()),
    };
    let field = match name {
        b"event" => Field::Event,
        b"data" => Field::Data,
        b"id" => Field::Id,
        b"retry" => Field::Retry,
        _ => Field::Ignored,
    };
    Some((field, value_at))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every frame of `chunks` fed one after another, or the error that stopped them.
    fn decode(chunks: &[&[u8]], limit: usize) -> Result<Vec<Frame>, EventTooLarge> {
        let mut d = Decoder::new(limit);
        let mut frames = Vec::new();
        for chunk in chunks {
            d.push(chunk)?;
            frames.extend(d.by_ref());
        }
        Ok(frames)
    }

    fn frame(event: &str, id: &str, data: &str) -> Frame {
        Frame {
            event: event.into(),
            id: id.into(),
            data: data.into(),
        }
    }

    #[test]
    fn frames_split_across_chunks_and_line_endings_decode() {
        let frames = decode(
            &[
                b": keepalive\n\nevent: a\nid: 1\ndata: {\"x\":",
                b"1}\r\n\r\nevent: b\ndata: one\ndata: two\n\n",
            ],
            MAX_EVENT_BYTES,
        );
        assert_eq!(
            frames,
            Ok(vec![frame("a", "1", "{\"x\":1}"), frame("b", "", "one\ntwo")])
        );
    }

    #[test]
    fn every_line_ending_and_every_split_point_gives_the_same_events() {
        let stream = b"\xef\xbb\xbfevent: a\r\nid: 1\r\ndata: x\r\n\r\nevent: b\rdata: y\rdata: z\r\rdata: w\n\n";
        let expected = vec![frame("a", "1", "x"), frame("b", "", "y\nz"), frame("", "", "w")];
        assert_eq!(decode(&[stream], 1024), Ok(expected.clone()));
        for at in 0..=stream.len() {
            let (head, tail) = stream.split_at(at);
            assert_eq!(decode(&[head, tail], 1024), Ok(expected.clone()), "split at {at}");
        }
        let bytes: Vec<&[u8]> = stream.chunks(1).collect();
        assert_eq!(decode(&bytes, 1024), Ok(expected));
    }

    #[test]
    fn a_cr_ending_one_chunk_and_an_lf_starting_the_next_end_one_line() {
        // Read as two line ends, the LF would be a blank line dispatching half an event.
        let frames = decode(&[b"data: {\"a\":\r", b"\ndata: 1}\r", b"\n\r", b"\n"], 1024);
        assert_eq!(frames, Ok(vec![frame("", "", "{\"a\":\n1}")]));
        // A CR then a CR is two line ends: the second one dispatches.
        assert_eq!(
            decode(&[b"data: x\r", b"\rdata: y\n\n"], 1024),
            Ok(vec![frame("", "", "x"), frame("", "", "y")])
        );
    }

    #[test]
    fn fields_follow_the_spec() {
        let stream: &[u8] = b": a comment\n\
            data:no space\n\
            data:  two spaces\n\
            data: a: colon\n\
            data\n\
            unknown: field\n\
            event\n\
            \n\
            event: only a name\n\
            id: 7\n\
            \n\
            id: with\0nul\n\
            retry: 15x\n\
            data: {}\n\
            \n\
            retry: 2500\n\
            data:\n\
            \n";
        let mut d = Decoder::new(1024);
        d.push(stream).unwrap();
        assert_eq!(d.next(), Some(frame("", "", "no space\n two spaces\na: colon\n")));
        // An event without data is not dispatched; an id holding NUL is ignored.
        assert_eq!(d.next(), Some(frame("", "", "{}")));
        assert_eq!(d.next(), Some(frame("", "", "")));
        assert_eq!(d.next(), None);
        assert_eq!(d.retry(), Some(Duration::from_millis(2500)));
    }

    #[test]
    fn an_event_past_the_limit_is_refused_and_nothing_more_is_held() {
        // A line counts with its field name while it is read.
        let at_limit = format!("data: {}\n\n", "x".repeat(94));
        assert_eq!(decode(&[at_limit.as_bytes()], 100).map(|f| f.len()), Ok(1));
        let over = format!("data: {}\n\n", "x".repeat(95));
        assert_eq!(decode(&[over.as_bytes()], 100), Err(EventTooLarge { limit: 100 }));
        // Lines of one event count together, whatever the chunks.
        let lines = "data: 0123456789\n".repeat(10);
        assert!(decode(&[lines.as_bytes()], 100).is_err());
        for at in 0..at_limit.len() {
            let (head, tail) = at_limit.as_bytes().split_at(at);
            assert_eq!(decode(&[head, tail], 100).map(|f| f.len()), Ok(1), "split at {at}");
            let (head, tail) = over.as_bytes().split_at(at);
            assert!(decode(&[head, tail], 100).is_err(), "split at {at}");
        }
        // A line that never ends is cut off at the limit, however it arrives.
        let mut d = Decoder::new(1000);
        let chunk = [b'a'; 64];
        let mut pushed = 0;
        while d.push(&chunk).is_ok() {
            pushed += chunk.len();
            assert!(d.held() <= 1000);
        }
        assert_eq!(pushed, 960);
        assert_eq!(
            EventTooLarge { limit: 64 << 20 }.to_string(),
            "the event stream sent an event larger than 64 MiB, the most this client holds"
        );
    }

    #[test]
    fn a_stream_that_is_not_an_event_stream_is_named() {
        let mut h = HeaderMap::new();
        assert!(unreadable_stream(&h).unwrap().contains("no content-type"));
        h.insert(CONTENT_TYPE, "application/json".parse().unwrap());
        assert_eq!(
            unreadable_stream(&h).unwrap(),
            "the answer is application/json, not an event stream"
        );
        h.insert(CONTENT_TYPE, "Text/Event-Stream; charset=utf-8".parse().unwrap());
        assert_eq!(unreadable_stream(&h), None);
        h.insert(CONTENT_ENCODING, "gzip".parse().unwrap());
        assert!(unreadable_stream(&h).unwrap().contains("gzip-encoded"));
    }
}
