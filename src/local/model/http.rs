//! The HTTP side shared by both APIs: sending, error classification, SSE framing.

use std::collections::VecDeque;
use std::time::Duration;

use eventsource_stream::{Event, EventStreamError, Eventsource};
use futures::{Stream, StreamExt};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use serde_json::Value;

use super::openai::ChunkTranslator;
use super::{ModelApi, ModelError, ModelRequest, ModelResponse, TextSink, anthropic, openai};

const ANTHROPIC_DEFAULT_URL: &str = "https://api.anthropic.com";

/// The `anthropic-version` sent when the caller names none.
pub(super) const ANTHROPIC_VERSION: &str = "2023-06-01";

/// A provider that talks to a model server.
pub(super) struct Live {
    pub(super) api: ModelApi,
    client: reqwest::Client,
    /// Anthropic: the host; OpenAI: up to and including `/v1`. No trailing slash.
    base: String,
    /// Authentication header, marked sensitive so that no Debug output shows the key.
    auth: Option<(HeaderName, HeaderValue)>,
}

impl Live {
    pub(super) fn new(api: ModelApi, base_url: &str, api_key: Option<String>) -> Result<Self, ModelError> {
        let base = match (api, base_url.trim_end_matches('/')) {
            (ModelApi::Anthropic, "") => ANTHROPIC_DEFAULT_URL.to_string(),
            (ModelApi::OpenAi, "") => {
                return Err(ModelError::fatal(
                    "the openai API needs a base URL, e.g. http://127.0.0.1:11434/v1",
                ));
            }
            (_, base) => base.to_string(),
        };
        reqwest::Url::parse(&base)
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
        Ok(Live {
            api,
            client,
            base,
            auth,
        })
    }

    /// Where the endpoint lives, for messages that name it.
    pub(super) fn base(&self) -> &str {
        &self.base
    }

    /// Sends a request to `path` under the base URL with the endpoint's credentials. A JSON
    /// body goes as bytes (not a stream) so that the request carries a Content-Length.
    pub(super) async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        mut headers: HeaderMap,
        body: Option<Vec<u8>>,
    ) -> Result<reqwest::Response, ModelError> {
        if let Some((name, value)) = &self.auth {
            headers.insert(name.clone(), value.clone());
        }
        let mut request = self
            .client
            .request(method, format!("{}{path}", self.base))
            .headers(headers);
        if let Some(body) = body {
            request = request
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(body);
        }
        request
            .send()
            .await
            .map_err(|e| transport_error("cannot reach the model server", &e))
    }

    /// Where a Messages request goes and its body in the endpoint's wire format: as it is
    /// (with the mapped model) for an Anthropic endpoint, translated to Chat Completions for an
    /// OpenAI one.
    pub(super) fn wire_body(
        &self,
        body: &serde_json::Map<String, Value>,
        model: &str,
    ) -> Result<(&'static str, Vec<u8>), openai::Untranslatable> {
        Ok(match self.api {
            ModelApi::Anthropic => {
                let mut body = body.clone();
                body.insert("model".into(), model.into());
                ("/v1/messages", Value::Object(body).to_string().into_bytes())
            }
            ModelApi::OpenAi => (
                "/chat/completions",
                openai::chat_request(body, model)?.to_string().into_bytes(),
            ),
        })
    }

    pub(super) async fn complete(
        &self,
        req: &ModelRequest,
        model: &str,
        on_text: TextSink<'_>,
    ) -> Result<ModelResponse, ModelError> {
        let mut headers = HeaderMap::new();
        if self.api == ModelApi::Anthropic {
            headers.insert("anthropic-version", HeaderValue::from_static(ANTHROPIC_VERSION));
        }
        let body = anthropic::request_body(req, model);
        let body = body.as_object().expect("a request body is an object");
        let (path, body) = self
            .wire_body(body, model)
            .map_err(|e| ModelError::fatal(e.to_string()))?;
        let response = self.send(reqwest::Method::POST, path, headers, Some(body)).await?;
        if !response.status().is_success() {
            return Err(status_error(response).await);
        }
        if is_json(&response) {
            let message = self.whole_message(response, model).await?;
            anthropic::response_of(&message, on_text)
        } else {
            let message = anthropic::read_stream(self.message_events(response, model), on_text).await?;
            anthropic::response_of(&message, &mut |_, _| {})
        }
    }

    /// A whole (non-streamed) answer as a message.
    pub(super) async fn whole_message(&self, response: reqwest::Response, model: &str) -> Result<Value, ModelError> {
        let value = read_json(response).await?;
        match self.api {
            ModelApi::Anthropic => Ok(value),
            ModelApi::OpenAi => openai::message_of_completion(&value, model),
        }
    }

    /// A streamed answer as the Messages API's stream events, translated from Chat Completions
    /// chunks for an OpenAI endpoint. A failure is the last item.
    pub(super) fn message_events(
        &self,
        response: reqwest::Response,
        model: &str,
    ) -> impl Stream<Item = Result<Value, ModelError>> + Send + 'static {
        let events = sse(response);
        let translator = (self.api == ModelApi::OpenAi).then(|| ChunkTranslator::new(model));
        let state = (Box::pin(events), Some(translator), VecDeque::new());
        // `stage`: None once the stream is over; Some(None) for Anthropic events passed on.
        futures::stream::unfold(state, |(mut events, mut stage, mut queue)| async move {
            loop {
                if let Some(item) = queue.pop_front() {
                    return Some((item, (events, stage, queue)));
                }
                let translator = stage.take()?;
                let next = events.next().await;
                let produced = match (next, translator) {
                    (Some(Err(e)), _) => Err(e),
                    (None, None) => Err(ModelError::retryable("the response stream ended before message_stop")),
                    (None, Some(translator)) => translator.finish(false),
                    (Some(Ok(event)), translator) => {
                        let data = event.data.trim();
                        match translator {
                            Some(translator) if data == "[DONE]" => translator.finish(true),
                            _ if data.is_empty() => {
                                stage = Some(translator);
                                Ok(Vec::new())
                            }
                            Some(mut translator) => {
                                let chunk = serde_json::from_str(data)
                                    .map_err(|e| ModelError::fatal(format!("invalid JSON in a stream chunk: {e}")));
                                let events = chunk.and_then(|chunk| translator.chunk(&chunk));
                                stage = Some(Some(translator));
                                events
                            }
                            None => {
                                let parsed: Result<Value, _> = serde_json::from_str(data).map_err(|e| {
                                    ModelError::fatal(format!("invalid JSON in {:?} event: {e}", event.event))
                                });
                                // The stream is over at message_stop, whatever follows.
                                if parsed.as_ref().is_ok_and(|v| v["type"] != "message_stop") {
                                    stage = Some(None);
                                }
                                parsed.map(|value| vec![value])
                            }
                        }
                    }
                };
                match produced {
                    Ok(produced) => queue.extend(produced.into_iter().map(Ok)),
                    Err(e) => {
                        stage = None;
                        queue.push_back(Err(e));
                    }
                }
            }
        })
    }
}

pub(super) fn is_json(response: &reqwest::Response) -> bool {
    response
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim_start().starts_with("application/json"))
}

pub(super) async fn read_json(response: reqwest::Response) -> Result<Value, ModelError> {
    let bytes = response
        .bytes()
        .await
        .map_err(|e| transport_error("reading the model response failed", &e))?;
    serde_json::from_slice(&bytes).map_err(|e| ModelError::fatal(format!("the model server sent invalid JSON: {e}")))
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

pub(super) async fn status_error(response: reqwest::Response) -> ModelError {
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
