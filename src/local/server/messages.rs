//! `/v1/messages`, `/v1/messages/count_tokens` and the legacy `/v1/complete`: answered by the
//! model provider, which forwards them to the model endpoint or replays them.

use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};

use super::Shared;
use super::http::object;
use crate::local::model::{ApiCall, Rejection, Reply};

/// The call a request makes: its body object, and the headers and query passed on.
fn call(headers: &HeaderMap, query: Option<&str>, body: &Bytes) -> Result<ApiCall, Rejection> {
    Ok(ApiCall::new(object(body)?, headers, query))
}

fn answer(reply: Result<Reply, Rejection>) -> Response {
    match reply {
        Ok(reply) => reply.into_response(),
        Err(rejection) => rejection.into_response(),
    }
}

pub async fn create(State(s): State<Shared>, headers: HeaderMap, RawQuery(q): RawQuery, body: Bytes) -> Response {
    answer(async { s.model.messages(call(&headers, q.as_deref(), &body)?).await }.await)
}

pub async fn count_tokens(State(s): State<Shared>, headers: HeaderMap, RawQuery(q): RawQuery, body: Bytes) -> Response {
    answer(async { s.model.count_tokens(call(&headers, q.as_deref(), &body)?).await }.await)
}

pub async fn complete(State(s): State<Shared>, headers: HeaderMap, RawQuery(q): RawQuery, body: Bytes) -> Response {
    answer(async { s.model.text_completion(call(&headers, q.as_deref(), &body)?).await }.await)
}
