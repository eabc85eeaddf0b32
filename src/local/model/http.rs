//! The HTTP side shared by both APIs: sending, error classification, SSE framing.

use std::time::Duration;

use eventsource_stream::{Event, EventStreamError, Eventsource};
use futures::{Stream, StreamExt};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use super::{ModelApi, ModelError, ModelRequest, ModelResponse, TextSink, anthropic, openai};

const ANTHROPIC_DEFAULT_URL: &str = "https://api.anthropic.com";

/// A provider that talks to a model server.
pub(super) struct Live {
    api: ModelApi,
    client: reqwest::Client,
    url: String,
    /// Authentication header, marked sensitive so that no Debug output shows the key.
    auth: Option<(HeaderName, HeaderValue)>,
}

impl Live {
    pub(super) fn new(api: ModelApi, base_url: &str, api_key: Option<String>) -> Result<Self, ModelError> {
        let base = base_url.trim_end_matches('/');
        let url = match api {
            ModelApi::Anthropic if base.is_empty() => {
                format!("{ANTHROPIC_DEFAULT_URL}/v1/messages")
            }
            ModelApi::Anthropic => format!("{base}/v1/messages"),
            ModelApi::OpenAi if base.is_empty() => {
                return Err(ModelError::fatal(
                    "the openai API needs a base URL, e.g. http://127.0.0.1:11434/v1",
                ));
            }
            ModelApi::OpenAi => format!("{base}/chat/completions"),
        };
        reqwest::Url::parse(&url)
            .map_err(|e| ModelError::fatal(format!("invalid model base URL {base_url:?}: {e}")))?;
        let auth = api_key
            .map(|key| {
                let (name, value) = match api {
                    ModelApi::Anthropic => (HeaderName::from_static("x-api-key"), key),
                    ModelApi::OpenAi => (reqwest::header::AUTHORIZATION, format!("Bearer {key}")),
                };
                let mut value = HeaderValue::from_str(&value)
                    .map_err(|_| ModelError::fatal("the API key contains characters not allowed in a header"))?;
                value.set_sensitive(true);
                Ok((name, value))
            })
            .transpose()?;
        let client = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(30))
            // Between bytes, not overall: local servers may think for minutes before the first
            // token, but a stream silent for this long is dead.
            .read_timeout(Duration::from_secs(600))
            .build()
            .map_err(|e| ModelError::fatal(format!("cannot build the HTTP client: {}", chain(&e))))?;
        Ok(Live { api, client, url, auth })
    }

    pub(super) async fn complete(
        &self,
        req: &ModelRequest,
        model: &str,
        on_text: TextSink<'_>,
    ) -> Result<ModelResponse, ModelError> {
        let mut headers = HeaderMap::new();
        headers.insert(
            reqwest::header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        if let Some((name, value)) = &self.auth {
            headers.insert(name.clone(), value.clone());
        }
        let body = match self.api {
            ModelApi::Anthropic => {
                headers.insert("anthropic-version", HeaderValue::from_static("2023-06-01"));
                anthropic::request_body(req, model)
            }
            ModelApi::OpenAi => openai::request_body(req, model),
        };
        // A byte body (not a stream) so that the request carries a Content-Length.
        let body =
            serde_json::to_vec(&body).map_err(|e| ModelError::fatal(format!("cannot serialize the request: {e}")))?;
        let response = self
            .client
            .post(&self.url)
            .headers(headers)
            .body(body)
            .send()
            .await
            .map_err(|e| transport_error("cannot reach the model server", &e))?;
        let status = response.status();
        if !status.is_success() {
            return Err(status_error(response).await);
        }
        let is_json = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.trim_start().starts_with("application/json"));
        if is_json {
            let bytes = response
                .bytes()
                .await
                .map_err(|e| transport_error("reading the model response failed", &e))?;
            let value: serde_json::Value = serde_json::from_slice(&bytes)
                .map_err(|e| ModelError::fatal(format!("the model server sent invalid JSON: {e}")))?;
            match self.api {
                ModelApi::Anthropic => anthropic::parse_message(&value, on_text),
                ModelApi::OpenAi => openai::parse_completion(&value, on_text),
            }
        } else {
            let events = sse(response);
            match self.api {
                ModelApi::Anthropic => anthropic::parse_stream(events, on_text).await,
                ModelApi::OpenAi => openai::parse_stream(events, on_text).await,
            }
        }
    }
}

/// The response's server-sent events, with stream failures already turned into ModelErrors.
fn sse(response: reqwest::Response) -> impl Stream<Item = Result<Event, ModelError>> + Send {
    response.bytes_stream().eventsource().map(|item| {
        item.map_err(|e| match e {
            EventStreamError::Transport(e) => transport_error("the response stream broke", &e),
            EventStreamError::Utf8(e) => ModelError::fatal(format!("the response stream is not UTF-8: {e}")),
            EventStreamError::Parser(e) => ModelError::fatal(format!("the response stream is not valid SSE: {e}")),
        })
    })
}

/// Transport failures (refused, reset, timed out, cut) are worth retrying.
fn transport_error(what: &str, e: &reqwest::Error) -> ModelError {
    ModelError::Retryable {
        status: e.status().map(|s| s.as_u16()),
        retry_after: None,
        message: format!("{what}: {}", chain(e)),
    }
}

/// An error with its causes, which carry the useful part (e.g. "connection refused").
fn chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        let text = cause.to_string();
        if !out.contains(&text) {
            out.push_str(": ");
            out.push_str(&text);
        }
        source = cause.source();
    }
    out
}

async fn status_error(response: reqwest::Response) -> ModelError {
    let status = response.status().as_u16();
    let retry_after = retry_after(response.headers());
    // The body only explains the error; a failure to read it must not hide the status.
    let body = response.text().await.unwrap_or_default();
    let message = error_message(&body);
    if status == 429 || status >= 500 {
        ModelError::Retryable {
            status: Some(status),
            retry_after,
            message,
        }
    } else {
        ModelError::Fatal {
            status: Some(status),
            message,
        }
    }
}

fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let number = |name: &str| headers.get(name)?.to_str().ok()?.trim().parse::<f64>().ok();
    // The HTTP-date form of retry-after is not understood; the engine's backoff applies then.
    number("retry-after-ms")
        .map(|ms| ms / 1000.0)
        .or_else(|| number("retry-after"))
        .and_then(|secs| Duration::try_from_secs_f64(secs).ok())
}

/// The human part of an error body: Anthropic `{error:{type,message}}`, OpenAI
/// `{error:{message}}`, Ollama `{error:"..."}`, or the raw text.
pub(super) fn error_message(body: &str) -> String {
    let parsed: Option<serde_json::Value> = serde_json::from_str(body).ok();
    if let Some(message) = parsed.as_ref().and_then(json_error_message) {
        return message;
    }
    let text = body.trim();
    if text.is_empty() {
        return "no error details in the response".to_string();
    }
    const LIMIT: usize = 500;
    match text.char_indices().nth(LIMIT) {
        Some((cut, _)) => format!("{}...", &text[..cut]),
        None => text.to_string(),
    }
}

pub(super) fn json_error_message(value: &serde_json::Value) -> Option<String> {
    let error = value.get("error")?;
    if let Some(text) = error.as_str() {
        return Some(text.to_string());
    }
    let message = error.get("message").and_then(|m| m.as_str()).unwrap_or("");
    match error.get("type").and_then(|t| t.as_str()) {
        Some(kind) if !message.is_empty() => Some(format!("{kind}: {message}")),
        Some(kind) => Some(kind.to_string()),
        None if !message.is_empty() => Some(message.to_string()),
        None => Some(error.to_string()),
    }
}
