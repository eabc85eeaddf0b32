//! Following a session on screen, shared by `stream`, `run` and `chat`: events from the
//! reconnecting follower go to the live view or to the printer, and the way the stream ends
//! becomes the exit code.

use std::io::{BufWriter, Stdout};

use tokio::sync::mpsc::UnboundedSender;

use crate::client::ClientError;
use crate::client::stream::{Follower, Item};
use crate::output::Printer;
use crate::output::explore::Fed;
use crate::output::live::Live;

/// Where events go: the human view, one formatted value per event, or the explore browser.
pub enum Sink {
    Live(Live<Stdout>),
    /// Buffered, because stdout's own buffer writes every line at once; `flush` ends a burst.
    Print(Printer<BufWriter<Stdout>>),
    Browser(UnboundedSender<Fed>),
}

impl Sink {
    pub fn event(&mut self, json: &str) -> std::io::Result<()> {
        match self {
            Sink::Live(live) => live.event(json),
            Sink::Print(printer) => printer.write(json),
            Sink::Browser(tx) => browser_send(tx, Fed::Items(vec![json.to_string()])),
        }
    }

    /// Writes out what `event` buffered: called whenever no further event has arrived yet, so
    /// nothing is held back while the stream is quiet, and a burst costs one write, not one each.
    pub fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Sink::Live(_) | Sink::Browser(_) => Ok(()),
            Sink::Print(printer) => printer.flush(),
        }
    }

    /// A message from the command: in the view for people, on stderr beside machine output.
    pub fn note(&mut self, text: &str) -> std::io::Result<()> {
        match self {
            Sink::Live(live) => live.note(text),
            Sink::Print(_) => {
                eprintln!("ant: {text}");
                Ok(())
            }
            Sink::Browser(tx) => browser_send(tx, Fed::Note(text.to_string())),
        }
    }

    /// Ends the view: the status line goes, buffered output comes out.
    pub fn finish(&mut self) {
        match self {
            Sink::Live(live) => live.finish(),
            // Stdout closed by a reader that had enough is not worth reporting here.
            Sink::Print(printer) => drop(printer.flush()),
            Sink::Browser(_) => {}
        }
    }
}

/// Hands the browser a message; a browser that has closed is a reader gone, like a closed pipe.
fn browser_send(tx: &UnboundedSender<Fed>, fed: Fed) -> std::io::Result<()> {
    tx.send(fed)
        .map_err(|_| std::io::Error::new(std::io::ErrorKind::BrokenPipe, "the browser has closed"))
}

/// Stdout for `Sink::Print`, with room for a burst of events.
pub fn buffered_stdout() -> BufWriter<Stdout> {
    BufWriter::with_capacity(1 << 16, std::io::stdout())
}

/// How watching stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum End {
    /// `session.status_idle` with this stop reason (only with `until_idle`).
    Idle {
        reason: String,
        event_ids: Vec<String>,
    },
    Terminated,
    Deleted,
    /// `--max-items` events were shown.
    Enough,
}

impl End {
    /// The documented exit codes: 0 for a finished turn (or enough items), 2 when the session
    /// waits for the user, 1 for an error, a termination or a deletion.
    pub fn exit_code(&self) -> i32 {
        match self {
            End::Idle { reason, .. } if reason == "end_turn" => 0,
            End::Idle { reason, .. } if reason == "requires_action" => 2,
            End::Enough => 0,
            _ => 1,
        }
    }

    /// A line for stderr when the ending is not what the person asked for.
    pub fn message(&self, session_id: &str) -> Option<String> {
        match self {
            End::Deleted => Some(format!("session {session_id} was deleted")),
            End::Terminated => Some(format!("session {session_id} was terminated")),
            End::Idle { reason, .. } if reason != "end_turn" && reason != "requires_action" => {
                Some(format!("session {session_id} stopped: {reason}"))
            }
            _ => None,
        }
    }
}

/// Shows events until the session goes idle (when `until_idle`), ends, or `max_items` were shown.
pub async fn watch(
    follower: &mut Follower,
    sink: &mut Sink,
    until_idle: bool,
    max_items: Option<u64>,
) -> Result<End, ClientError> {
    let mut shown = 0u64;
    if max_items == Some(0) {
        return Ok(End::Enough);
    }
    loop {
        let received = match follower.next_received()? {
            Some(event) => Some(Item::Event(event)),
            None => {
                sink.flush()?;
                follower.next().await?
            }
        };
        let event = match received {
            None => return Ok(End::Deleted),
            Some(Item::Dropped { cause }) => {
                sink.note(&format!("connection lost ({cause}); reconnecting"))?;
                continue;
            }
            Some(Item::Event(event)) => event,
        };
        sink.event(&event)?;
        shown += 1;
        let end = match gjson::get(&event, "type").str() {
            "session.status_idle" if until_idle => Some(End::Idle {
                reason: gjson::get(&event, "stop_reason.type").str().to_string(),
                event_ids: gjson::get(&event, "stop_reason.event_ids")
                    .array()
                    .iter()
                    .map(|id| id.str().to_string())
                    .collect(),
            }),
            "session.status_terminated" => Some(End::Terminated),
            "session.deleted" => Some(End::Deleted),
            _ => None,
        };
        if let Some(end) = end {
            return Ok(end);
        }
        if max_items.is_some_and(|max| shown >= max) {
            return Ok(End::Enough);
        }
    }
}
