//! The general API on the model endpoint: `/v1/messages`, `count_tokens`, `/v1/models` and
//! `/v1/complete` answered by forwarding to the configured endpoint (as they are to an
//! Anthropic one, translated for an OpenAI one), or from a recording under `--replay`.

use bytes::Bytes;
use futures::stream::BoxStream;
use futures::{Stream, StreamExt};
use reqwest::Method;
use reqwest::header::{CONTENT_TYPE, HeaderMap, HeaderName, HeaderValue};
use serde_json::{Map, Value, json};

use super::anthropic::{self, MessageBuilder};
use super::http::{self, ANTHROPIC_VERSION, Live};
use super::replay::{Call, Recorder, Replayer, request_key};
use super::{Backend, ModelApi, ModelError, Provider, openai};
use crate::api::error::ApiError;

/// The client's headers an Anthropic endpoint is given; its credentials never are (the
/// endpoint gets the server's model key instead).
const FORWARDED_REQUEST_HEADERS: [&str; 4] = [
    "anthropic-version",
    "anthropic-beta",
    "anthropic-workspace-id",
    "anthropic-user-profile-id",
];

/// How `count_tokens` counts on an OpenAI endpoint, said in a response header.
pub const TOKEN_COUNT_HEADER: &str = "ant-token-count";
const TOKEN_COUNT_METHOD: &str = "prompt_tokens of a one-token chat completion at the model endpoint";

/// The most events that are ready together written at once.
const READY_FRAMES: usize = 256;

/// The most pages of an Anthropic endpoint's model list read for one answer.
const MAX_MODEL_PAGES: usize = 50;

/// A general API call as the client made it.
pub struct ApiCall {
    pub body: Map<String, Value>,
    /// The client's headers that an Anthropic endpoint is given.
    pub headers: HeaderMap,
    /// The query string (`beta=true`), passed on as it is.
    pub query: Option<String>,
}

impl ApiCall {
    pub fn new(body: Map<String, Value>, client_headers: &HeaderMap, query: Option<&str>) -> Self {
        let mut headers = HeaderMap::new();
        for name in FORWARDED_REQUEST_HEADERS {
            for value in client_headers.get_all(name) {
                headers.append(HeaderName::from_static(name), value.clone());
            }
        }
        ApiCall {
            body,
            headers,
            query: query.filter(|q| !q.is_empty()).map(str::to_string),
        }
    }

    /// The model the call names (before `--model-map`).
    fn model(&self) -> Result<&str, Rejection> {
        self.body
            .get("model")
            .and_then(Value::as_str)
            .ok_or_else(|| ApiError::invalid("model: required, a string").into())
    }

    fn streams(&self) -> bool {
        self.body.get("stream").and_then(Value::as_bool) == Some(true)
    }

    /// `path` with the call's query string.
    fn path(&self, path: &str) -> String {
        match &self.query {
            Some(query) => format!("{path}?{query}"),
            None => path.to_string(),
        }
    }

    /// The headers for an Anthropic endpoint: the client's, with a version when it sent none.
    fn anthropic_headers(&self) -> HeaderMap {
        let mut headers = self.headers.clone();
        if !headers.contains_key("anthropic-version") {
            headers.insert("anthropic-version", HeaderValue::from_static(ANTHROPIC_VERSION));
        }
        headers
    }
}

/// An answer to pass on to the client.
pub struct Reply {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: ReplyBody,
}

pub enum ReplyBody {
    Whole(Bytes),
    /// Server-sent events, or bytes passed on as they arrive.
    Stream(BoxStream<'static, Result<Bytes, std::io::Error>>),
}

impl Reply {
    fn json(value: &Value) -> Reply {
        let mut headers = HeaderMap::new();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        Reply {
            status: 200,
            headers,
            body: ReplyBody::Whole(value.to_string().into()),
        }
    }

    /// Server-sent events, each written as soon as it is ready; events that are ready together
    /// go in one write.
    fn events(frames: impl Stream<Item = Bytes> + Send + 'static) -> Reply {
        let mut headers = HeaderMap::new();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("text/event-stream"));
        headers.insert("cache-control", HeaderValue::from_static("no-cache"));
        let writes = frames
            .ready_chunks(READY_FRAMES)
            .map(|frames| Ok(Bytes::from(frames.concat())));
        Reply {
            status: 200,
            headers,
            body: ReplyBody::Stream(writes.boxed()),
        }
    }
}

/// An error answer: the API's error body (`{type: "error", error: {type, message}}`) with its
/// status, from the endpoint (with its headers, `retry-after` among them) or made here.
#[derive(Debug)]
pub struct Rejection {
    pub status: u16,
    /// Boxed: an error travels through many `Result`s and is mostly without headers.
    pub headers: Box<HeaderMap>,
    pub error: Value,
}

impl From<ApiError> for Rejection {
    fn from(e: ApiError) -> Self {
        Rejection {
            status: e.status,
            headers: Box::default(),
            error: json!({"type": "error", "error": {"type": e.kind, "message": e.message}}),
        }
    }
}

/// The API's error type for an HTTP status.
fn error_type(status: u16) -> &'static str {
    match status {
        400 => "invalid_request_error",
        401 => "authentication_error",
        402 => "billing_error",
        403 => "permission_error",
        404 => "not_found_error",
        408 => "timeout_error",
        413 => "request_too_large",
        429 => "rate_limit_error",
        503 | 529 => "overloaded_error",
        500.. => "api_error",
        _ => "invalid_request_error",
    }
}

/// The answer of the endpoint's headers worth passing on: rate limits, retry hints, its id.
fn answer_headers(from: &HeaderMap) -> HeaderMap {
    let mut headers = HeaderMap::new();
    for (name, value) in from {
        let name_text = name.as_str();
        let passed = matches!(
            name_text,
            "content-type" | "request-id" | "retry-after" | "retry-after-ms" | "x-should-retry"
        ) || name_text.starts_with("anthropic-");
        if passed {
            headers.append(name.clone(), value.clone());
        }
    }
    headers
}

/// A model as the API lists it.
pub fn model_info(id: &str, display_name: &str, created_at: &str) -> Value {
    json!({"type": "model", "id": id, "display_name": display_name, "created_at": created_at,
           "lifecycle": "active"})
}

/// The API's `created_at` for a model whose release date is unknown.
pub(super) const EPOCH: &str = "1970-01-01T00:00:00.000000Z";

impl Provider {
    /// `POST /v1/messages`: a whole message, or its stream of events.
    pub async fn messages(&self, call: ApiCall) -> Result<Reply, Rejection> {
        if !call.streams() {
            return self.message(&call).await.map(|message| Reply::json(&message));
        }
        let (live, recorder) = match &self.backend {
            Backend::Replay(replayer) => {
                let message = replayed(replayer, Call::Messages, &call)?;
                let frames = anthropic::message_events(&message)
                    .into_iter()
                    .map(|e| anthropic::sse_frame(&e));
                return Ok(Reply::events(futures::stream::iter(frames)));
            }
            Backend::Live { live, recorder } => (live, recorder),
        };
        let model = call.model()?;
        let mapped = self.map_model(model);
        let response = self.post_messages(live, &call, mapped).await?;
        let recording = recorder
            .clone()
            .map(|recorder| (recorder, request_key(&call.body), model.to_string()));
        Ok(Reply::events(frames(live.message_events(response, mapped), recording)))
    }

    /// A whole message for a Messages request (not streamed), or the error the API answers.
    pub async fn message(&self, call: &ApiCall) -> Result<Value, Rejection> {
        let (live, recorder) = match &self.backend {
            Backend::Replay(replayer) => return replayed(replayer, Call::Messages, call),
            Backend::Live { live, recorder } => (live, recorder),
        };
        let model = call.model()?;
        let mapped = self.map_model(model);
        let response = self.post_messages(live, call, mapped).await?;
        let message = live
            .whole_message(response, mapped)
            .await
            .map_err(|e| unusable(live, &e))?;
        if let Some(recorder) = recorder {
            record(recorder, Call::Messages, request_key(&call.body), model, &message);
        }
        Ok(message)
    }

    /// Sends a Messages request and checks that the endpoint accepted it.
    async fn post_messages(&self, live: &Live, call: &ApiCall, model: &str) -> Result<reqwest::Response, Rejection> {
        let (path, body) = live
            .wire_body(&call.body, model)
            .map_err(|e| ApiError::invalid(e.to_string()))?;
        let headers = match live.api {
            ModelApi::Anthropic => call.anthropic_headers(),
            ModelApi::OpenAi => HeaderMap::new(),
        };
        let response = live
            .send(Method::POST, &call.path(path), headers, Some(body))
            .await
            .map_err(|e| unusable(live, &e))?;
        accepted(live, response).await
    }

    /// `POST /v1/messages/count_tokens`: the endpoint's count. An OpenAI endpoint has no count
    /// of its own, so it is asked for a one-token completion of the translated request, whose
    /// usage reports the prompt's tokens as that endpoint counts them (a header says so).
    pub async fn count_tokens(&self, call: ApiCall) -> Result<Reply, Rejection> {
        let (live, recorder) = match &self.backend {
            Backend::Replay(replayer) => return replayed(replayer, Call::CountTokens, &call).map(|n| Reply::json(&n)),
            Backend::Live { live, recorder } => (live, recorder),
        };
        let model = call.model()?;
        let mapped = self.map_model(model);
        let mut reply_headers = HeaderMap::new();
        let count = match live.api {
            ModelApi::Anthropic => {
                let mut body = call.body.clone();
                body.insert("model".into(), json!(mapped));
                let body = serde_json::to_vec(&body).map_err(|e| ApiError::internal(e.to_string()))?;
                let path = call.path("/v1/messages/count_tokens");
                let response = live
                    .send(Method::POST, &path, call.anthropic_headers(), Some(body))
                    .await
                    .map_err(|e| unusable(live, &e))?;
                let response = accepted(live, response).await?;
                reply_headers = answer_headers(response.headers());
                http::read_json(response).await.map_err(|e| unusable(live, &e))?
            }
            ModelApi::OpenAi => {
                let mut body = call.body.clone();
                body.insert("max_tokens".into(), json!(1));
                body.remove("stream");
                let (path, wire) = live
                    .wire_body(&body, mapped)
                    .map_err(|e| ApiError::invalid(e.to_string()))?;
                let response = live
                    .send(Method::POST, path, HeaderMap::new(), Some(wire))
                    .await
                    .map_err(|e| unusable(live, &e))?;
                let completion = http::read_json(accepted(live, response).await?)
                    .await
                    .map_err(|e| unusable(live, &e))?;
                let tokens = openai::prompt_tokens(&completion).ok_or_else(|| {
                    ApiError::new(
                        502,
                        "api_error",
                        format!(
                            "the model endpoint {} reported no usage.prompt_tokens, so the local server cannot count tokens for it",
                            live.base()
                        ),
                    )
                })?;
                reply_headers.insert(TOKEN_COUNT_HEADER, HeaderValue::from_static(TOKEN_COUNT_METHOD));
                json!({"input_tokens": tokens})
            }
        };
        if let Some(recorder) = recorder {
            record(recorder, Call::CountTokens, request_key(&call.body), model, &count);
        }
        let mut reply = Reply::json(&count);
        reply.headers.extend(reply_headers);
        reply
            .headers
            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        Ok(reply)
    }

    /// `POST /v1/complete`, the legacy Text Completions API: passed on as it is to an
    /// Anthropic endpoint, streamed bytes as they arrive. Neither translated nor recorded.
    pub async fn text_completion(&self, call: ApiCall) -> Result<Reply, Rejection> {
        let live = match &self.backend {
            Backend::Live { live, .. } if live.api == ModelApi::Anthropic => live,
            _ => {
                return Err(ApiError::invalid(
                    "/v1/complete (Text Completions) is passed on only to an Anthropic endpoint; this server \
                     replays a recording or speaks --model-api openai, so use /v1/messages",
                )
                .into());
            }
        };
        let mut body = call.body.clone();
        body.insert("model".into(), json!(self.map_model(call.model()?)));
        let body = serde_json::to_vec(&body).map_err(|e| ApiError::internal(e.to_string()))?;
        let response = live
            .send(
                Method::POST,
                &call.path("/v1/complete"),
                call.anthropic_headers(),
                Some(body),
            )
            .await
            .map_err(|e| unusable(live, &e))?;
        let response = accepted(live, response).await?;
        Ok(Reply {
            status: 200,
            headers: answer_headers(response.headers()),
            body: ReplyBody::Stream(
                response
                    .bytes_stream()
                    .map(|chunk| chunk.map_err(std::io::Error::other))
                    .boxed(),
            ),
        })
    }

    /// Every model a call may name, as the API lists them: the `--model-map` names (each
    /// running as its target), then the endpoint's own models; under `--replay`, the models
    /// the recording holds. An endpoint that cannot list its models leaves the mapped names
    /// alone, or is an error when there are none.
    pub async fn models(&self) -> Result<Vec<Value>, Rejection> {
        let live = match &self.backend {
            Backend::Replay(replayer) => {
                return Ok(replayer.models().iter().map(|id| model_info(id, id, EPOCH)).collect());
            }
            Backend::Live { live, .. } => live,
        };
        let offered = match self.endpoint_models(live).await {
            Ok(offered) => offered,
            Err(e) if self.mapped_names().next().is_some() => {
                tracing::warn!("models: listing the mapped names only: {}", e.error);
                Vec::new()
            }
            Err(e) => return Err(e),
        };
        let mut models: Vec<Value> = self
            .mapped_names()
            .map(|(from, to)| self.mapped_model(from, to, &offered))
            .collect();
        for model in offered {
            if !models.iter().any(|m| m["id"] == model["id"]) {
                models.push(model);
            }
        }
        Ok(models)
    }

    /// `GET /v1/models/{id}`: a mapped name (or any, under a `*` mapping) as its mapping, else
    /// the endpoint's own answer for an Anthropic endpoint, else the model from the list.
    pub async fn model(&self, id: &str, call: &ApiCall) -> Result<Value, Rejection> {
        let not_found = || Rejection::from(ApiError::not_found(format!("model {id:?}: not offered by this server")));
        let live = match &self.backend {
            Backend::Replay(replayer) => {
                return replayer
                    .models()
                    .iter()
                    .find(|m| *m == id)
                    .map(|m| model_info(m, m, EPOCH))
                    .ok_or_else(not_found);
            }
            Backend::Live { live, .. } => live,
        };
        let target = self.map_model(id);
        if target != id {
            let offered = self.endpoint_models(live).await.unwrap_or_default();
            return Ok(self.mapped_model(id, target, &offered));
        }
        if live.api == ModelApi::OpenAi {
            let offered = self.endpoint_models(live).await?;
            return offered.into_iter().find(|m| m["id"] == id).ok_or_else(not_found);
        }
        let path = call.path(&format!("/v1/models/{}", encode_path_segment(id)));
        let response = live
            .send(Method::GET, &path, call.anthropic_headers(), None)
            .await
            .map_err(|e| unusable(live, &e))?;
        http::read_json(accepted(live, response).await?)
            .await
            .map_err(|e| unusable(live, &e).into())
    }

    /// The `FROM=TO` pairs of `--model-map` with a FROM a call can name (not `*`).
    fn mapped_names(&self) -> impl Iterator<Item = (&str, &str)> {
        self.model_map
            .iter()
            .filter(|(from, _)| from != "*")
            .map(|(from, to)| (from.as_str(), to.as_str()))
    }

    /// A mapped name as a model, released when its target was (if the endpoint says).
    fn mapped_model(&self, from: &str, to: &str, offered: &[Value]) -> Value {
        let created = offered
            .iter()
            .find(|m| m["id"] == to)
            .and_then(|m| m["created_at"].as_str())
            .unwrap_or(EPOCH);
        model_info(from, &format!("{from} (runs as {to})"), created)
    }

    /// The endpoint's own models in the API's shape: every page of an Anthropic endpoint's
    /// list, or an OpenAI endpoint's `/models` translated.
    async fn endpoint_models(&self, live: &Live) -> Result<Vec<Value>, Rejection> {
        let mut headers = HeaderMap::new();
        if live.api == ModelApi::OpenAi {
            let response = live
                .send(Method::GET, "/models", headers, None)
                .await
                .map_err(|e| unusable(live, &e))?;
            let list = http::read_json(accepted(live, response).await?)
                .await
                .map_err(|e| unusable(live, &e))?;
            return Ok(openai::models_of_list(&list));
        }
        headers.insert("anthropic-version", HeaderValue::from_static(ANTHROPIC_VERSION));
        let mut models = Vec::new();
        let mut after: Option<String> = None;
        for _ in 0..MAX_MODEL_PAGES {
            let path = match &after {
                Some(id) => format!("/v1/models?limit=1000&after_id={}", encode_path_segment(id)),
                None => "/v1/models?limit=1000".to_string(),
            };
            let response = live
                .send(Method::GET, &path, headers.clone(), None)
                .await
                .map_err(|e| unusable(live, &e))?;
            let page = http::read_json(accepted(live, response).await?)
                .await
                .map_err(|e| unusable(live, &e))?;
            let data = page.get("data").and_then(Value::as_array).cloned().unwrap_or_default();
            models.extend(data.into_iter().filter(|m| m["id"].is_string()));
            match page.get("last_id").and_then(Value::as_str) {
                Some(last) if page["has_more"] == true => after = Some(last.to_string()),
                _ => break,
            }
        }
        Ok(models)
    }
}

/// A recorded answer, or an error naming the recording that lacks it.
fn replayed(replayer: &Replayer, kind: Call, call: &ApiCall) -> Result<Value, Rejection> {
    let model = call.model()?;
    let what = match kind {
        Call::Messages => "/v1/messages",
        Call::CountTokens => "/v1/messages/count_tokens",
    };
    replayer.call(kind, &request_key(&call.body)).ok_or_else(|| {
        ApiError::invalid(format!(
            "the replay file {} holds no answer to this {what} request (model {model:?}): replay answers \
             only requests recorded with --record, field for field",
            replayer.path().display()
        ))
        .into()
    })
}

/// The response, if the endpoint accepted the request; its error otherwise, in the API's
/// shape (translated from an OpenAI endpoint's) and with its status.
async fn accepted(live: &Live, response: reqwest::Response) -> Result<reqwest::Response, Rejection> {
    let status = response.status().as_u16();
    if response.status().is_success() {
        return Ok(response);
    }
    let headers = Box::new(answer_headers(response.headers()));
    // The body only explains the error; a failure to read it must not hide the status.
    let text = response.text().await.unwrap_or_default();
    let parsed: Option<Value> = serde_json::from_str(&text).ok();
    let error = match (live.api, parsed) {
        (ModelApi::Anthropic, Some(body)) if body["type"] == "error" => body,
        _ => json!({"type": "error", "error": {"type": error_type(status),
                                               "message": http::error_message(&text)}}),
    };
    Err(Rejection { status, headers, error })
}

/// A failure to reach the endpoint or to read its answer: a 502 naming the endpoint.
fn unusable(live: &Live, e: &ModelError) -> ApiError {
    ApiError::new(502, "api_error", format!("the model endpoint {}: {e}", live.base()))
}

fn record(recorder: &Recorder, kind: Call, key: String, model: &str, response: &Value) {
    // The answer stands whether or not it could be recorded; the log says what was lost.
    if let Err(e) = recorder.append_call(kind, key, model, response) {
        tracing::error!("record: {e}");
    }
}

/// A message's stream events as server-sent event frames, recording the whole message at its
/// end when asked. A failure mid-stream becomes an `error` event, the stream's last.
fn frames(
    events: impl Stream<Item = Result<Value, ModelError>> + Send + 'static,
    recording: Option<(std::sync::Arc<Recorder>, String, String)>,
) -> impl Stream<Item = Bytes> + Send + 'static {
    let mut builder = recording.map(|recording| (MessageBuilder::default(), recording));
    events.map(move |event| {
        let event = match event {
            Ok(event) => event,
            Err(e) => {
                let kind = error_type(e.status().unwrap_or(500));
                return anthropic::sse_frame(
                    &json!({"type": "error", "error": {"type": kind, "message": e.message()}}),
                );
            }
        };
        if let Some((mut message, recording)) = builder.take() {
            match message.event(&event, &mut |_, _| {}) {
                Ok(true) => match message.finish() {
                    Ok(whole) => record(&recording.0, Call::Messages, recording.1, &recording.2, &whole),
                    Err(e) => tracing::error!("record: the streamed message is not whole: {e}"),
                },
                Ok(false) => builder = Some((message, recording)),
                Err(_) => {}
            }
        }
        anthropic::sse_frame(&event)
    })
}

/// A path segment with the characters a model id might hold that a path cannot.
fn encode_path_segment(segment: &str) -> String {
    form_urlencoded::byte_serialize(segment.as_bytes())
        .collect::<String>()
        .replace('+', "%20")
}
