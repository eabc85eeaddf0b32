//! A small HTTP server on 127.0.0.1 that records every request it receives (method, path,
//! query, headers, body bytes) and answers plausibly for the kind of endpoint: JSON (an object
//! that is also a one-page list in both paging styles), an event stream for `.../stream` paths
//! and for bodies asking `stream: true`, JSON lines for `.../results`, bytes for `.../content`.
//! A test may queue its own answers, including bodies it feeds chunk by chunk.
#![allow(dead_code)] // each test binary uses its own subset

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::Response;
use serde_json::Value;
use tokio::sync::mpsc;

/// One request as it arrived.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    /// Query pairs, decoded, in order.
    pub query: Vec<(String, String)>,
    /// Header names in lower case, values in order.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| panic!("body is not JSON ({e}): {:?}", self.body))
    }
}

/// An answer a test queues for the next request.
pub enum Answer {
    Full {
        status: u16,
        content_type: String,
        body: Vec<u8>,
    },
    /// A body sent as the test feeds it; an `Err` breaks the connection, dropping the sender
    /// ends the body.
    Feed {
        content_type: String,
        chunks: mpsc::UnboundedReceiver<Result<Vec<u8>, std::io::Error>>,
    },
}

impl Answer {
    pub fn json(status: u16, body: &str) -> Self {
        Answer::Full {
            status,
            content_type: "application/json".into(),
            body: body.as_bytes().to_vec(),
        }
    }

    /// A body fed chunk by chunk through the returned sender.
    pub fn feed(content_type: &str) -> (Self, mpsc::UnboundedSender<Result<Vec<u8>, std::io::Error>>) {
        let (tx, rx) = mpsc::unbounded_channel();
        (
            Answer::Feed {
                content_type: content_type.into(),
                chunks: rx,
            },
            tx,
        )
    }
}

#[derive(Default)]
struct Shared {
    requests: Mutex<Vec<Recorded>>,
    answers: Mutex<VecDeque<Answer>>,
}

pub struct Recorder {
    pub url: String,
    shared: Arc<Shared>,
    _runtime: tokio::runtime::Runtime,
}

/// The default JSON: an object with an id that is also a one-page list of one item in both
/// paging styles (`next_page`; `has_more`, `first_id`, `last_id`).
pub const DEFAULT_JSON: &str = r#"{"id":"obj_rec","type":"recorded","data":[{"id":"item_1","type":"recorded"}],"next_page":null,"has_more":false,"first_id":"item_1","last_id":"item_1"}"#;

/// The default event stream: twelve events, then the server keeps the connection open.
pub fn default_events() -> String {
    (1..=12)
        .map(|n| {
            format!("event: agent.message\ndata: {{\"type\":\"agent.message\",\"id\":\"sevt_{n}\",\"content\":[]}}\n\n")
        })
        .collect()
}

impl Recorder {
    pub fn start() -> Self {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let shared = Arc::new(Shared::default());
        let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let app = axum::Router::new()
            .fallback(record)
            .layer(DefaultBodyLimit::disable())
            .with_state(shared.clone());
        runtime.spawn(async move { axum::serve(listener, app).await });
        Self {
            url,
            shared,
            _runtime: runtime,
        }
    }

    /// The requests received since the last call.
    pub fn take(&self) -> Vec<Recorded> {
        std::mem::take(&mut self.shared.requests.lock().unwrap())
    }

    /// Answers the next request with `answer` (queued in order).
    pub fn queue(&self, answer: Answer) {
        self.shared.answers.lock().unwrap().push_back(answer);
    }
}

async fn record(
    State(shared): State<Arc<Shared>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let query = uri
        .query()
        .map(|q| form_urlencoded::parse(q.as_bytes()).into_owned().collect())
        .unwrap_or_default();
    let recorded = Recorded {
        method: method.to_string(),
        path: uri.path().to_string(),
        query,
        headers: headers
            .iter()
            .map(|(n, v)| {
                (
                    n.as_str().to_string(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect(),
        body: body.to_vec(),
    };
    let queued = shared.answers.lock().unwrap().pop_front();
    let answer = queued.unwrap_or_else(|| default_answer(&recorded));
    shared.requests.lock().unwrap().push(recorded);
    match answer {
        Answer::Full {
            status,
            content_type,
            body,
        } => Response::builder()
            .status(StatusCode::from_u16(status).unwrap())
            .header("content-type", content_type)
            .body(Body::from(body))
            .unwrap(),
        Answer::Feed { content_type, chunks } => {
            let stream = futures::stream::unfold(chunks, |mut rx| async move { rx.recv().await.map(|c| (c, rx)) });
            Response::builder()
                .header("content-type", content_type)
                .body(Body::from_stream(stream))
                .unwrap()
        }
    }
}

fn default_answer(req: &Recorded) -> Answer {
    let streams = req.path.ends_with("/stream")
        || serde_json::from_slice::<Value>(&req.body).is_ok_and(|b| b["stream"] == Value::Bool(true));
    if streams {
        let (answer, tx) = Answer::feed("text/event-stream");
        tx.send(Ok(default_events().into_bytes())).unwrap();
        // The sender stays alive with the connection: a session's stream does not end by itself.
        tokio::spawn(async move {
            tokio::time::sleep(std::time::Duration::from_secs(60)).await;
            drop(tx);
        });
        answer
    } else if req.path.ends_with("/results") {
        Answer::Full {
            status: 200,
            content_type: "application/x-jsonl".into(),
            body: b"{\"custom_id\":\"a\",\"result\":{\"type\":\"succeeded\"}}\n{\"custom_id\":\"b\",\"result\":{\"type\":\"errored\"}}\n".to_vec(),
        }
    } else if req.path.ends_with("/content") {
        Answer::Full {
            status: 200,
            content_type: "application/octet-stream".into(),
            body: vec![0, 1, 2, 3, 255],
        }
    } else {
        Answer::json(200, DEFAULT_JSON)
    }
}
