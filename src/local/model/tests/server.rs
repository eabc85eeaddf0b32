//! A tiny scripted HTTP/1.1 server on loopback: each connection gets the next scripted reply,
//! and every request is kept for inspection.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::Value;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

pub struct Reply {
    status: u16,
    content_type: &'static str,
    headers: Vec<(&'static str, String)>,
    /// Written one by one with a pause between, so the client sees a real stream.
    chunks: Vec<String>,
}

impl Reply {
    pub fn json(status: u16, body: &Value) -> Reply {
        Reply {
            status,
            content_type: "application/json",
            headers: Vec::new(),
            chunks: vec![body.to_string()],
        }
    }

    /// Anthropic style: each event named after its data's type.
    pub fn anthropic_sse(events: &[Value]) -> Reply {
        let chunks = events
            .iter()
            .map(|e| format!("event: {}\ndata: {e}\n\n", e["type"].as_str().unwrap()))
            .collect();
        Reply::sse(chunks)
    }

    /// OpenAI style: data-only chunks ended by `[DONE]`.
    pub fn openai_sse(chunks: &[Value]) -> Reply {
        let mut chunks: Vec<String> = chunks.iter().map(|c| format!("data: {c}\n\n")).collect();
        chunks.push("data: [DONE]\n\n".to_string());
        Reply::sse(chunks)
    }

    pub fn sse(chunks: Vec<String>) -> Reply {
        Reply {
            status: 200,
            content_type: "text/event-stream",
            headers: Vec::new(),
            chunks,
        }
    }

    pub fn header(mut self, name: &'static str, value: &str) -> Reply {
        self.headers.push((name, value.to_string()));
        self
    }
}

#[derive(Debug, Clone)]
pub struct Received {
    pub path: String,
    /// Lowercased names.
    pub headers: HashMap<String, String>,
    pub body: Value,
}

pub struct FakeServer {
    /// `http://127.0.0.1:PORT`
    pub url: String,
    received: Arc<Mutex<Vec<Received>>>,
    task: JoinHandle<()>,
}

impl FakeServer {
    pub async fn start(replies: Vec<Reply>) -> FakeServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let received = Arc::new(Mutex::new(Vec::new()));
        let replies = Arc::new(Mutex::new(VecDeque::from(replies)));
        let log = received.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let (log, replies) = (log.clone(), replies.clone());
                tokio::spawn(async move { serve(stream, &log, &replies).await });
            }
        });
        FakeServer { url, received, task }
    }

    pub fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }
}

impl Drop for FakeServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn serve(stream: TcpStream, log: &Mutex<Vec<Received>>, replies: &Mutex<VecDeque<Reply>>) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream);
    let mut request_line = String::new();
    reader.read_line(&mut request_line).await?;
    let path = request_line.split_whitespace().nth(1).unwrap_or("").to_string();
    let mut headers = HashMap::new();
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).await?;
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            headers.insert(name.trim().to_lowercase(), value.trim().to_string());
        }
    }
    // Without a Content-Length the body is not read; tests then see Null and fail loudly.
    let body = match headers.get("content-length") {
        Some(length) => {
            let mut bytes = vec![0; length.parse().unwrap()];
            reader.read_exact(&mut bytes).await?;
            serde_json::from_slice(&bytes).unwrap_or(Value::Null)
        }
        None => Value::Null,
    };
    log.lock().unwrap().push(Received { path, headers, body });
    let reply = replies
        .lock()
        .unwrap()
        .pop_front()
        .expect("more requests than scripted replies");
    let mut stream = reader.into_inner();
    let mut head = format!(
        "HTTP/1.1 {} Scripted\r\ncontent-type: {}\r\nconnection: close\r\n",
        reply.status, reply.content_type
    );
    for (name, value) in &reply.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    if reply.chunks.len() == 1 {
        head.push_str(&format!("content-length: {}\r\n", reply.chunks[0].len()));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await?;
    for chunk in &reply.chunks {
        stream.write_all(chunk.as_bytes()).await?;
        stream.flush().await?;
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    stream.shutdown().await
}
