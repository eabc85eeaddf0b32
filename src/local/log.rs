//! The session log as the rest of the server sees it: append to the store, then publish to the
//! live streams of that session. Appends and publishing happen under one lock, so every
//! subscriber sees a session's events in log order.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tokio::sync::broadcast;

use super::store::{Result, Store};
use crate::api::events::Event;

/// How many frames a subscriber may fall behind before it is dropped: a slow reader never
/// stalls the session, it loses its stream (and can list the history to catch up).
const BACKLOG: usize = 4096;

/// One frame of a session's stream: a stored event, a preview (`event_start`/`event_delta`), or a
/// notice that is only streamed (`session.deleted`, the progress of installing packages).
#[derive(Debug)]
pub struct Frame {
    pub kind: String,
    /// The event id, sent as the SSE `id:` line (previews have none).
    pub id: Option<String>,
    pub data: String,
    /// Sent only to streams that asked for deltas (`event_deltas[]`).
    pub preview: bool,
    /// The subagent thread it belongs to (None: the primary thread).
    pub thread: Option<String>,
    /// Whether the session's stream shows it (see [`crate::api::events::placement`]).
    pub on_primary: bool,
}

impl Frame {
    /// Whether a stream of `thread` (None: the session's stream, which is the primary thread's)
    /// shows this frame. The end of a deleted session ends every stream.
    pub fn shown_in(&self, thread: Option<&str>) -> bool {
        match thread {
            _ if self.kind == "session.deleted" => true,
            None => self.on_primary,
            Some(t) => self.thread.as_deref() == Some(t),
        }
    }
}

pub struct Log {
    pub store: Store,
    channels: Mutex<HashMap<String, broadcast::Sender<Arc<Frame>>>>,
}

impl Log {
    pub fn new(store: Store) -> Self {
        Self {
            store,
            channels: Mutex::new(HashMap::new()),
        }
    }

    /// Stores events (stamping `processed_at`) and streams them to current subscribers.
    pub fn append(&self, session_id: &str, mut events: Vec<Event>) -> Result<Vec<Event>> {
        self.store.append_events(session_id, &mut events, |stored| {
            self.publish_stored(session_id, stored)
        })?;
        Ok(events)
    }

    /// Appends as [`Log::append`] does while the log still ends at sequence number `last`;
    /// nothing when another event came first.
    pub fn append_if_last(&self, session_id: &str, last: i64, mut events: Vec<Event>) -> Result<()> {
        self.store
            .append_events_if_last(session_id, last, &mut events, |stored| {
                self.publish_stored(session_id, stored)
            })?;
        Ok(())
    }

    fn publish_stored(&self, session_id: &str, stored: &[Event]) {
        for e in stored {
            let data = serde_json::to_string(e).unwrap_or_default();
            let (thread, on_primary) = crate::api::events::placement(e);
            self.publish(
                session_id,
                Frame {
                    kind: e.kind.clone(),
                    id: Some(e.id.clone()),
                    data,
                    preview: false,
                    thread: thread.map(str::to_string),
                    on_primary,
                },
            );
        }
    }

    /// Streams a frame that is not stored: previews and notices.
    pub fn publish(&self, session_id: &str, frame: Frame) {
        let mut channels = self.channels.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(tx) = channels.get(session_id) {
            if tx.receiver_count() == 0 {
                channels.remove(session_id);
            } else {
                let _ = tx.send(Arc::new(frame));
            }
        }
    }

    /// Subscribes to a session's future frames. Call before answering the stream request, so
    /// nothing emitted in between is lost.
    pub fn subscribe(&self, session_id: &str) -> broadcast::Receiver<Arc<Frame>> {
        let mut channels = self.channels.lock().unwrap_or_else(|e| e.into_inner());
        channels
            .entry(session_id.to_string())
            .or_insert_with(|| broadcast::channel(BACKLOG).0)
            .subscribe()
    }

    /// Ends every stream of a session (it was deleted).
    pub fn close(&self, session_id: &str) {
        self.channels
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(session_id);
    }
}
