//! Following a session's event stream without losing or repeating events across dropped
//! connections. The stream carries only what happens after it connects, so after a drop the
//! new stream is opened first and the history listed second (the order the official docs advise):
//! anything emitted in the gap is then in the history, and anything emitted while listing is
//! waiting in the new stream. Events are deduplicated by id, so each is handed out once, in order.

use std::collections::{HashSet, VecDeque};
use std::pin::Pin;

use eventsource_stream::Eventsource;
use futures::{Stream, StreamExt};
use reqwest::Method;

use super::{Client, ClientError, Request, backoff};

/// Reconnect attempts after a drop before giving up (about a minute with the backoff).
const MAX_RECONNECTS: u32 = 10;
/// The largest page of the history list.
const HISTORY_PAGE: &str = "1000";

type Frames = Pin<Box<dyn Stream<Item = Result<eventsource_stream::Event, String>> + Send>>;

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
    frames: Option<Frames>,
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
            frames: None,
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
        let frames = resp.bytes_stream().eventsource().map(|r| r.map_err(|e| e.to_string()));
        self.frames = Some(Box::pin(frames));
        Ok(())
    }

    /// The next event, or `None` once the session is deleted.
    pub async fn next(&mut self) -> Result<Option<Item>, ClientError> {
        loop {
            if let Some(event) = self.backlog.pop_front() {
                return Ok(Some(Item::Event(event)));
            }
            let Some(frames) = self.frames.as_mut() else {
                if self.ended {
                    return Ok(None);
                }
                self.reconnect().await?;
                continue;
            };
            let frame = match frames.next().await {
                Some(Ok(frame)) => frame,
                Some(Err(cause)) => {
                    self.frames = None;
                    return Ok(Some(Item::Dropped { cause }));
                }
                None => {
                    self.frames = None;
                    if self.ended {
                        return Ok(None);
                    }
                    return Ok(Some(Item::Dropped {
                        cause: "the server closed the stream".into(),
                    }));
                }
            };
            if self.client.debug {
                self.client.debug_log(&format!(
                    "event: {}\ndata: {}",
                    frame.event,
                    self.client.redact(&frame.data)
                ));
            }
            match frame.event.as_str() {
                "ping" => continue,
                "error" => return Err(ClientError::Stream { body: frame.data }),
                _ if frame.data.trim().is_empty() => continue,
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
                    continue;
                }
                self.bookmark = Some(id);
            }
            if gjson::get(&frame.data, "type").str() == "session.deleted" {
                self.ended = true;
            }
            return Ok(Some(Item::Event(frame.data)));
        }
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
