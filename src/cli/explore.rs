//! `--format explore` on a terminal: fetches what the browser shows first (so a failing first
//! request is reported as in any format), feeds it the rest from a task (a list's next page
//! when the reader nears the end, a stream's events as they come), prints what `p` chose once
//! the screen is left, and turns the way it ended into the exit code.

use clap::ArgMatches;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use super::spec::{Action, Shape};
use super::watch::{self, End, Sink};
use crate::client::stream::Follower;
use crate::client::{Client, ClientError, Items, Request};
use crate::output::explore::{self, Exit, Fed, Feed};
use crate::output::{Format, Printer, transformed};

/// How the browser's values are shown and printed.
pub struct Explore {
    /// The command's name, the browser's title ("beta:agents list").
    pub title: String,
    /// `--transform`, applied to the value, or to each item of a list or stream.
    pub transform: Option<String>,
    /// `-r`, for the value `p` prints.
    pub raw_output: bool,
    pub color: bool,
}

/// Browses the answer to `request`; returns the exit code, or the error of the first request
/// (or of a later page) for the caller to report as usual.
pub async fn run(
    explore: Explore,
    client: Client,
    request: Request,
    action: &Action,
    m: &ArgMatches,
    max_items: Option<u64>,
) -> Result<i32, ClientError> {
    match action.shape {
        // One value (the caller sends no feed of lines, events or bytes here).
        Shape::One | Shape::OneOrEvents | Shape::Lines | Shape::Download => {
            let text = client.send(&request).await?;
            if text.is_empty() {
                return Ok(0);
            }
            let json = transformed(&text, explore.transform.as_deref());
            let exit = explore::value(&explore.title, &json, explore.color).await?;
            explore.finish(exit)
        }
        Shape::List(paging) => {
            let mut items = Items::with_paging(request, paging, max_items);
            let first = items.next_page(&client).await?.unwrap_or_default();
            let (tx, rx) = mpsc::unbounded_channel();
            let (more, mut asked) = mpsc::channel(1);
            let transform = explore.transform.clone();
            let task = tokio::spawn(async move {
                while asked.recv().await.is_some() {
                    let fed = match items.next_page(&client).await {
                        Ok(Some(page)) => {
                            Fed::Items(page.iter().map(|i| transformed(i, transform.as_deref())).collect())
                        }
                        Ok(None) => Fed::End(None),
                        Err(e) => {
                            let _ = tx.send(Fed::Failed(e.to_string()));
                            return Err(e);
                        }
                    };
                    let _ = tx.send(fed);
                }
                Ok(())
            });
            let first = first
                .iter()
                .map(|i| transformed(i, explore.transform.as_deref()))
                .collect();
            let feed = Feed {
                items: rx,
                more: Some(more),
            };
            let exit = explore::items(&explore.title, first, feed, explore.color).await;
            let failed = stop(task).await.and_then(Result::err);
            let code = explore.finish(exit?)?;
            failed.map_or(Ok(code), Err)
        }
        Shape::Stream => {
            let mut follower = Follower::open(client, request).await?;
            let (tx, rx) = mpsc::unbounded_channel();
            let until_idle = m.try_get_one::<bool>("until-idle").ok().flatten() == Some(&true);
            let task = tokio::spawn(async move {
                let mut sink = Sink::Browser(tx.clone());
                let watched = watch::watch(&mut follower, &mut sink, until_idle, max_items).await;
                let _ = tx.send(match &watched {
                    Ok(end) => Fed::End(Some(describe(end))),
                    Err(e) => Fed::Failed(e.to_string()),
                });
                watched
            });
            let feed = Feed { items: rx, more: None };
            let exit = explore::items(&explore.title, Vec::new(), feed, explore.color).await;
            let code = explore.finish(exit?)?;
            match stop(task).await {
                // The reader left before the stream ended.
                None => Ok(code),
                Some(Ok(end)) => {
                    if let Some(line) = end.message(&super::request_session(action, m)) {
                        eprintln!("ant: {line}");
                    }
                    Ok(if code == 0 { end.exit_code() } else { code })
                }
                Some(Err(e)) => Err(e),
            }
        }
    }
}

impl Explore {
    /// Prints what `p` chose, as `--format json` would; a signal exits as the shell expects.
    fn finish(&self, exit: Exit) -> Result<i32, ClientError> {
        match exit {
            Exit::Quit => Ok(0),
            Exit::Signal(signal) => Ok(128 + signal),
            Exit::Print(json) => {
                let mut printer = Printer::new(
                    std::io::stdout().lock(),
                    Format::Json,
                    None,
                    self.raw_output,
                    self.color,
                    self.title.clone(),
                );
                printer.print(&json)?;
                Ok(0)
            }
        }
    }
}

/// The task's result when it has ended; otherwise it is stopped, and `None`.
async fn stop<T>(task: JoinHandle<T>) -> Option<T> {
    if !task.is_finished() {
        task.abort();
        return None;
    }
    task.await.ok()
}

/// How a stream ended, for the browser's status line.
fn describe(end: &End) -> String {
    match end {
        End::Idle { reason, .. } => format!("the session is idle ({reason})"),
        End::Terminated => "the session was terminated".into(),
        End::Deleted => "the session was deleted".into(),
        End::Enough => "--max-items events shown".into(),
    }
}
