//! Following a session's event stream without losing or repeating events across dropped
//! connections. The stream carries only what happens after it connects, so after a drop the
//! new stream is opened first and the history listed second (the order the official docs advise):
//! anything emitted in the gap is then in the history, and anything emitted while listing is
//! waiting in the new stream. Events are deduplicated by id, so each is handed out once, in order.

use std::collections::{HashSet, VecDeque};
use std::pin::Pin;

use futures::{Stream, StreamExt};
use reqwest::Method;

use super::{Client, ClientError, Request, backoff};

/// Reconnect attempts after a drop before giving up (about a minute with the backoff).
const MAX_RECONNECTS: u32 = 10;
/// The largest page of the history list.
const HISTORY_PAGE: &str = "1000";

type Chunks = Pin<Box<dyn Stream<Item = reqwest::Result<bytes::Bytes>> + Send>>;

/// What the follower hands out.
#[derive(Debug)]
pub enum Item {
    /// One event's JSON, as the server sent it.
    Event(String),
    /// The connection dropped; the next call reconnects and catches up.
    Dropped { cause: String },
}

pub struct Follower {
    client: Client,
    stream: Request,
    history: Request,
    chunks: Option<Chunks>,
    decoder: Decoder,
    /// Missed events found in the history, handed out before the new stream's.
    backlog: VecDeque<String>,
    seen: HashSet<String>,
    /// The newest event id accounted for: events up to it were printed or predate the command.
    bookmark: Option<String>,
    /// `session.deleted` came: the server closes the stream, and there is nothing to reconnect to.
    ended: bool,
}

impl Follower {
    /// Opens `stream` (a session's `.../events/stream` request, with any `event_deltas[]`) and
    /// notes the newest event already in the history, so a reconnect shows only what this command
    /// missed.
    pub async fn open(client: Client, stream: Request) -> Result<Self, ClientError> {
        let history = Request {
            method: Method::GET,
            path: stream.path.trim_end_matches("/stream").to_string(),
            query: Vec::new(),
            body: None,
            betas: stream.betas.clone(),
        };
        let mut f = Self {
            client,
            stream,
            history,
            chunks: None,
            decoder: Decoder::default(),
            backlog: VecDeque::new(),
            seen: HashSet::new(),
            bookmark: None,
            ended: false,
        };
        f.connect().await?;
        let mut newest = f.history.clone();
        newest.query = vec![("order".into(), "desc".into()), ("limit".into(), "1".into())];
        let page = f.client.send(&newest).await?;
        let newest = gjson::get(&page, "data.0.id");
        f.bookmark = newest.exists().then(|| newest.str().to_string());
        Ok(f)
    }

    async fn connect(&mut self) -> Result<(), ClientError> {
        let resp = self.client.execute(&self.stream, "text/event-stream").await?;
        self.chunks = Some(Box::pin(resp.bytes_stream()));
        self.decoder = Decoder::default();
        Ok(())
    }

    /// The next event, or `None` once the session is deleted.
    pub async fn next(&mut self) -> Result<Option<Item>, ClientError> {
        loop {
            if let Some(event) = self.next_received()? {
                return Ok(Some(Item::Event(event)));
            }
            let Some(chunks) = self.chunks.as_mut() else {
                if self.ended {
                    return Ok(None);
                }
                self.reconnect().await?;
                continue;
            };
            match chunks.next().await {
                Some(Ok(bytes)) => self.decoder.push(&bytes),
                Some(Err(e)) => {
                    self.chunks = None;
                    return Ok(Some(Item::Dropped {
                        cause: super::root_cause(&e),
                    }));
                }
                None => {
                    self.chunks = None;
                    if self.ended {
                        return Ok(None);
                    }
                    return Ok(Some(Item::Dropped {
                        cause: "the server closed the stream".into(),
                    }));
                }
            }
        }
    }

    /// The next event already received, without waiting: `None` when only the network can
    /// tell what comes next. A caller that batches its output flushes when this says `None`.
    pub fn next_received(&mut self) -> Result<Option<String>, ClientError> {
        if let Some(event) = self.backlog.pop_front() {
            return Ok(Some(event));
        }
        while let Some(frame) = self.decoder.next() {
            if let Some(event) = self.accept(frame)? {
                return Ok(Some(event));
            }
        }
        Ok(None)
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
        if !id.is_empty() {
            if !self.seen.insert(id.clone()) {
                return Ok(None);
            }
            self.bookmark = Some(id);
        }
        if gjson::get(&frame.data, "type").str() == "session.deleted" {
            self.ended = true;
        }
        Ok(Some(frame.data))
    }

    /// Opens a new stream with backoff, then queues what the history has after the bookmark.
    async fn reconnect(&mut self) -> Result<(), ClientError> {
        let mut attempt = 0;
        loop {
            tokio::time::sleep(backoff(attempt)).await;
            match self.connect().await {
                Ok(()) => break,
                Err(e) if attempt + 1 < MAX_RECONNECTS && transient(&e) => attempt += 1,
                Err(e) => return Err(e),
            }
        }
        let mut req = self.history.clone();
        req.query = vec![("order".into(), "asc".into()), ("limit".into(), HISTORY_PAGE.into())];
        let mut history = Vec::new();
        self.client
            .list(req, None, |event| {
                history.push(event.to_string());
                Ok(())
            })
            .await?;
        // Only what comes after the bookmark was missed; what precedes it was shown or predates us.
        let start = match &self.bookmark {
            Some(mark) => history
                .iter()
                .position(|e| gjson::get(e, "id").str() == mark)
                .map_or(0, |i| i + 1),
            None => 0,
        };
        for event in history.drain(start..) {
            let id = gjson::get(&event, "id").str().to_string();
            if self.seen.insert(id.clone()) {
                self.bookmark = Some(id);
                self.backlog.push_back(event);
            }
        }
        Ok(())
    }
}

/// Errors worth another reconnect: the server restarting, or overloaded. A 4xx (the session is
/// gone, the key is wrong) will not change by waiting.
fn transient(e: &ClientError) -> bool {
    match e {
        ClientError::Connect { .. } | ClientError::Transport { .. } => true,
        ClientError::Api { status, .. } => super::is_retryable(*status),
        _ => false,
    }
}

/// One SSE event: its `event:` name, `id:` and `data:` lines (joined with newlines).
#[derive(Debug, Default, PartialEq)]
struct Frame {
    event: String,
    id: String,
    data: String,
}

/// SSE decoding over a buffer whose consumed part is dropped only once it is half the buffer:
/// a large chunk holding thousands of events is then not moved once per event.
#[derive(Default)]
struct Decoder {
    buf: Vec<u8>,
    start: usize,
}

impl Decoder {
    fn push(&mut self, bytes: &[u8]) {
        if self.start > 0 && self.start * 2 >= self.buf.len() {
            self.buf.drain(..self.start);
            self.start = 0;
        }
        self.buf.extend_from_slice(bytes);
    }

    /// The next complete event; blocks of comments only (`: keepalive`) are skipped.
    fn next(&mut self) -> Option<Frame> {
        loop {
            let rest = &self.buf[self.start..];
            let (end, separator) = blank_line(rest)?;
            let block = &rest[..end];
            self.start += end + separator;
            let block = String::from_utf8_lossy(block);
            let mut frame = Frame::default();
            let mut has_data = false;
            for line in block.split('\n') {
                let line = line.strip_suffix('\r').unwrap_or(line);
                let (field, value) = line.split_once(':').unwrap_or((line, ""));
                let value = value.strip_prefix(' ').unwrap_or(value);
                match field {
                    "event" => frame.event = value.to_string(),
                    "id" => frame.id = value.to_string(),
                    "data" => {
                        if has_data {
                            frame.data.push('\n');
                        }
                        frame.data.push_str(value);
                        has_data = true;
                    }
                    _ => {}
                }
            }
            if has_data || !frame.event.is_empty() {
                return Some(frame);
            }
        }
    }
}

/// Where the first event block of `bytes` ends, and the length of the blank line after it.
fn blank_line(bytes: &[u8]) -> Option<(usize, usize)> {
    for i in memchr::memchr_iter(b'\n', bytes) {
        match &bytes[i + 1..] {
            [b'\n', ..] => return Some((i, 2)),
            [b'\r', b'\n', ..] => return Some((i, 3)),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_split_across_chunks_and_line_endings_decode() {
        let mut d = Decoder::default();
        d.push(b": keepalive\n\nevent: a\nid: 1\ndata: {\"x\":");
        assert_eq!(d.next(), None);
        d.push(b"1}\r\n\r\nevent: b\ndata: one\ndata: two\n\n");
        let a = d.next().unwrap();
        assert_eq!(
            (a.event.as_str(), a.id.as_str(), a.data.as_str()),
            ("a", "1", "{\"x\":1}")
        );
        let b = d.next().unwrap();
        assert_eq!((b.event.as_str(), b.data.as_str()), ("b", "one\ntwo"));
        assert_eq!(d.next(), None);
    }
}
