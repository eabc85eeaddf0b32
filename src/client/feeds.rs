//! Answers that arrive as a sequence: JSON lines (a batch's results) and a one-off event stream
//! (`messages create --stream`). Each item goes to the caller as soon as it is whole, and no
//! item may hold more than [`MAX_EVENT_BYTES`].

use futures::StreamExt;

use super::stream::{Decoder, EVENT_STREAM, MAX_EVENT_BYTES, unreadable_stream};
use super::{Client, ClientError, Request};
use crate::api::depth::exceeds_max_depth;

/// Checks one item's JSON before anyone reads it.
fn checked(origin: &str, data: &str) -> Result<(), ClientError> {
    if exceeds_max_depth(data) {
        return Err(ClientError::TooDeep { origin: origin.into() });
    }
    if !gjson::valid(data) {
        return Err(ClientError::BadEvent {
            data: data.chars().take(80).collect(),
        });
    }
    Ok(())
}

impl Client {
    /// Sends `req` and calls `on_line` with each line of the JSON-lines answer as it arrives,
    /// stopping after `max_items` lines when given.
    pub async fn lines(
        &self,
        req: &Request,
        max_items: Option<u64>,
        mut on_line: impl FnMut(&str) -> std::io::Result<()>,
    ) -> Result<(), ClientError> {
        let resp = self.execute(req, "application/x-jsonl", self.max_retries).await?;
        let url = resp.url().to_string();
        let failure = |cause: String| ClientError::Transport {
            method: req.method.clone(),
            url: url.clone(),
            cause,
        };
        let mut chunks = resp.bytes_stream();
        let mut pending: Vec<u8> = Vec::new();
        let mut shown = 0u64;
        let mut emit = |line: &[u8]| -> Result<bool, ClientError> {
            let line = String::from_utf8_lossy(line);
            let line = line.trim();
            if line.is_empty() {
                return Ok(true);
            }
            checked("the JSON lines", line)?;
            on_line(line)?;
            shown += 1;
            Ok(max_items.is_none_or(|max| shown < max))
        };
        if max_items == Some(0) {
            return Ok(());
        }
        while let Some(chunk) = chunks.next().await {
            let chunk = chunk.map_err(|e| failure(self.cause_of(&e)))?;
            let mut rest = &chunk[..];
            while let Some(end) = memchr::memchr(b'\n', rest) {
                let more = if pending.is_empty() {
                    emit(&rest[..end])?
                } else {
                    pending.extend_from_slice(&rest[..end]);
                    emit(&std::mem::take(&mut pending))?
                };
                if !more {
                    return Ok(());
                }
                rest = &rest[end + 1..];
            }
            if pending.len() + rest.len() > MAX_EVENT_BYTES {
                return Err(failure(format!(
                    "a line is longer than {} MiB, the most this client holds",
                    MAX_EVENT_BYTES >> 20
                )));
            }
            pending.extend_from_slice(rest);
        }
        emit(&pending)?;
        Ok(())
    }

    /// Sends `req` and calls `on_event` with each event of the server-sent event stream it
    /// answers with (its name and data) as it arrives, stopping after `max_items` events when
    /// given. `ping` is skipped; `error` ends the stream with its data as the error.
    pub async fn events(
        &self,
        req: &Request,
        max_items: Option<u64>,
        mut on_event: impl FnMut(&str, &str) -> std::io::Result<()>,
    ) -> Result<(), ClientError> {
        let resp = self.execute(req, EVENT_STREAM, self.max_retries).await?;
        let url = resp.url().to_string();
        let failure = |cause: String| ClientError::Transport {
            method: req.method.clone(),
            url: url.clone(),
            cause,
        };
        if let Some(cause) = unreadable_stream(resp.headers()) {
            return Err(failure(cause));
        }
        let mut chunks = resp.bytes_stream();
        let mut decoder = Decoder::default();
        let mut shown = 0u64;
        while max_items.is_none_or(|max| shown < max) {
            let Some(frame) = decoder.next() else {
                match chunks.next().await {
                    Some(chunk) => decoder.push(&chunk.map_err(|e| failure(self.cause_of(&e)))?)?,
                    None => return Ok(()),
                }
                continue;
            };
            if self.debug {
                self.debug_log(&format!("event: {}\ndata: {}", frame.event, self.redact(&frame.data)));
            }
            match frame.event.as_str() {
                "ping" => continue,
                "error" => return Err(ClientError::Stream { body: frame.data }),
                _ if frame.data.trim().is_empty() => continue,
                _ => {}
            }
            checked("the event stream", &frame.data)?;
            on_event(&frame.event, &frame.data)?;
            shown += 1;
        }
        Ok(())
    }
}
