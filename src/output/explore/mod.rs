//! `--format explore`: a full-screen browser of API output, the official CLI's default for reads
//! on a terminal. A single value is a tree to open and close; a list or a stream is a table, one
//! row per item, whose items come from a [`Feed`] (the next page when the reader nears the end,
//! or each event as it happens); enter opens an item's tree. `p` leaves the screen with the
//! selected value for the caller to print.
//!
//! The terminal is in raw mode on the alternate screen only while [`value`] or [`items`] runs,
//! and is given back on every way out: a return, an error, a signal, and a panic (ratatui's
//! panic hook).

mod app;
mod table;
mod tree;

use std::io;

use crossterm::event::{Event, EventStream, KeyEventKind};
use futures::StreamExt;
use ratatui::DefaultTerminal;
use tokio::signal::unix::{SignalKind, signal};
use tokio::sync::mpsc;

use app::{App, Outcome};

/// What a feed hands the browser.
#[derive(Debug)]
pub enum Fed {
    /// Items to add to the table: a page of a list, or events of a stream (each one's JSON).
    Items(Vec<String>),
    /// A passing message: a stream's connection dropped and is being reopened.
    Note(String),
    /// Nothing more will come; why, when there is more to say than "all loaded".
    End(Option<String>),
    /// The feed failed; the reader may go on browsing what came before.
    Failed(String),
}

/// Where the items after the first come from: a task of the caller's fills `items`.
pub struct Feed {
    pub items: mpsc::UnboundedReceiver<Fed>,
    /// Asks for the next page; `None` for a stream, whose items come unasked.
    pub more: Option<mpsc::Sender<()>>,
}

/// How the browser was left.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exit {
    /// `q`, esc or Ctrl-C.
    Quit,
    /// `p`: this value (JSON) is to be printed.
    Print(String),
    /// The process got this signal (SIGINT, SIGTERM or SIGHUP).
    Signal(i32),
}

/// Browses one value (JSON).
pub async fn value(title: &str, json: &str, color: bool) -> io::Result<Exit> {
    browse(App::value(title, json, color), None).await
}

/// Browses a list's or a stream's items: `first` at once, the rest from `feed`.
pub async fn items(title: &str, first: Vec<String>, feed: Feed, color: bool) -> io::Result<Exit> {
    let live = feed.more.is_none();
    browse(App::items(title, first, live, color), Some(feed)).await
}

async fn browse(mut app: App, feed: Option<Feed>) -> io::Result<Exit> {
    let (mut items, more) = match feed {
        Some(feed) => (Some(feed.items), feed.more),
        None => (None, None),
    };
    // In raw mode Ctrl-C is a key, but a signal from elsewhere must not leave the terminal raw.
    let mut signals = Vec::new();
    for kind in [SignalKind::interrupt(), SignalKind::terminate(), SignalKind::hangup()] {
        signals.push((kind.as_raw_value(), signal(kind)?));
    }
    let mut session = Session::enter()?;
    let mut keys = EventStream::new();
    loop {
        session.terminal.draw(|frame| app.draw(frame))?;
        if let Some(more) = &more
            && app.wants_more()
            && more.try_send(()).is_ok()
        {
            app.loading();
            session.terminal.draw(|frame| app.draw(frame))?;
        }
        tokio::select! {
            event = keys.next() => match event {
                Some(Ok(Event::Key(key))) if key.kind != KeyEventKind::Release => match app.key(key) {
                    Outcome::Continue => {}
                    Outcome::Quit => return Ok(Exit::Quit),
                    Outcome::Print(json) => return Ok(Exit::Print(json)),
                },
                // A resize (or anything else) just redraws.
                Some(Ok(_)) => {}
                Some(Err(e)) => return Err(e),
                None => return Ok(Exit::Quit),
            },
            fed = next_fed(&mut items) => match fed {
                Some(fed) => {
                    app.fed(fed);
                    // A burst of events costs one frame.
                    while let Some(fed) = items.as_mut().and_then(|rx| rx.try_recv().ok()) {
                        app.fed(fed);
                    }
                }
                None => items = None,
            },
            raw = next_signal(&mut signals) => return Ok(Exit::Signal(raw)),
        }
    }
}

/// The next message of the feed; never, once it has closed.
async fn next_fed(items: &mut Option<mpsc::UnboundedReceiver<Fed>>) -> Option<Fed> {
    match items {
        Some(rx) => rx.recv().await,
        None => std::future::pending().await,
    }
}

/// The number of the first of `signals` to arrive.
async fn next_signal(signals: &mut [(i32, tokio::signal::unix::Signal)]) -> i32 {
    let waits = signals.iter_mut().map(|(raw, s)| {
        Box::pin(async move {
            s.recv().await;
            *raw
        })
    });
    futures::future::select_all(waits).await.0
}

/// The terminal in raw mode on the alternate screen, given back when this is dropped.
struct Session {
    terminal: DefaultTerminal,
}

impl Session {
    fn enter() -> io::Result<Self> {
        match ratatui::try_init() {
            Ok(terminal) => Ok(Self { terminal }),
            Err(e) => {
                // Half set up (raw mode on, the screen not switched): undo what was done.
                ratatui::restore();
                Err(e)
            }
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.terminal.show_cursor();
        ratatui::restore();
    }
}
