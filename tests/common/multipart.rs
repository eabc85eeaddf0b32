//! Multipart uploads for tests of the Files and Skills APIs: a form built in memory, or one
//! whose file part is streamed (a body never whole in memory, for the largest uploads).

use bytes::Bytes;
use futures::Stream;
use serde_json::Value;

use super::Server;

const BOUNDARY: &str = "ant-test-boundary-7f3a9c";

/// One part: its field name, its filename (a file part) or none (a text field), its bytes.
pub struct Part<'a> {
    pub name: &'a str,
    pub filename: Option<&'a str>,
    pub data: &'a [u8],
}

pub fn file<'a>(name: &'a str, filename: &'a str, data: &'a [u8]) -> Part<'a> {
    Part {
        name,
        filename: Some(filename),
        data,
    }
}

pub fn field<'a>(name: &'a str, value: &'a str) -> Part<'a> {
    Part {
        name,
        filename: None,
        data: value.as_bytes(),
    }
}

pub fn content_type() -> String {
    format!("multipart/form-data; boundary={BOUNDARY}")
}

fn head(name: &str, filename: Option<&str>) -> String {
    let disposition = match filename {
        Some(f) => format!("form-data; name=\"{name}\"; filename=\"{f}\""),
        None => format!("form-data; name=\"{name}\""),
    };
    format!("--{BOUNDARY}\r\nContent-Disposition: {disposition}\r\n\r\n")
}

fn tail() -> String {
    format!("--{BOUNDARY}--\r\n")
}

/// A whole form in memory.
pub fn form(parts: &[Part]) -> Vec<u8> {
    let mut body = Vec::new();
    for p in parts {
        body.extend_from_slice(head(p.name, p.filename).as_bytes());
        body.extend_from_slice(p.data);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(tail().as_bytes());
    body
}

/// A form with one file part named `file`, whose bytes come from `chunks` as they are sent.
pub fn streamed_file(
    filename: &str,
    chunks: impl Stream<Item = Bytes> + Send + 'static,
) -> impl Stream<Item = Result<Bytes, std::io::Error>> + Send + 'static {
    use futures::StreamExt;
    let open = futures::stream::once(futures::future::ready(Bytes::from(head("file", Some(filename)))));
    let close = futures::stream::once(futures::future::ready(Bytes::from(format!("\r\n{}", tail()))));
    open.chain(chunks).chain(close).map(Ok)
}

impl Server {
    /// POSTs a multipart form: the status and the body as JSON (or as a string).
    pub async fn upload(&self, path: &str, parts: &[Part<'_>]) -> (u16, Value) {
        self.upload_body(path, reqwest::Body::from(form(parts))).await
    }

    pub async fn upload_body(&self, path: &str, body: reqwest::Body) -> (u16, Value) {
        let resp = self
            .http
            .post(self.url(path))
            .header("x-api-key", &self.key)
            .header("content-type", content_type())
            .body(body)
            .send()
            .await
            .unwrap();
        let status = resp.status().as_u16();
        let text = resp.text().await.unwrap();
        (status, serde_json::from_str(&text).unwrap_or(Value::String(text)))
    }

    /// The bytes of a GET (a download).
    pub async fn bytes(&self, path: &str) -> (u16, Vec<u8>) {
        let resp = self
            .http
            .get(self.url(path))
            .header("x-api-key", &self.key)
            .send()
            .await
            .unwrap();
        (resp.status().as_u16(), resp.bytes().await.unwrap().to_vec())
    }
}
