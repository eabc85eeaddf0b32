//! Request and response plumbing shared by the handlers: error bodies, JSON bodies, query
//! strings, and cursor paging.

use std::pin::Pin;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use http_body_util::BodyExt;
use serde_json::{Map, Value};

use crate::api::error::ApiError;
use crate::local::model::{Rejection, Reply, ReplyBody};
use crate::local::store::{ListQuery, Rows, StoreError};

/// A handler's error: rendered as the API's error body with a `request-id` header.
#[derive(Debug)]
pub struct Failure(pub ApiError);

pub type Answer = Result<Response, Failure>;

impl From<ApiError> for Failure {
    fn from(e: ApiError) -> Self {
        Self(e)
    }
}

impl From<String> for Failure {
    fn from(message: String) -> Self {
        Self(ApiError::invalid(message))
    }
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Self {
        tracing::error!("store: {e}");
        Self(ApiError::internal("the local store failed; see the server log"))
    }
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        let request_id = crate::api::new_id("req");
        let status = StatusCode::from_u16(self.0.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        error_response(
            status,
            HeaderMap::new(),
            json_bytes(&self.0.body(&request_id)),
            &request_id,
        )
    }
}

/// An error body as an answer: JSON, its request id in the `request-id` header too.
fn error_response(status: StatusCode, headers: HeaderMap, body: Vec<u8>, request_id: &str) -> Response {
    let mut response = (status, body).into_response();
    response.headers_mut().extend(headers);
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    if let Ok(v) = HeaderValue::from_str(request_id) {
        response.headers_mut().insert("request-id", v);
    }
    response
}

fn json_bytes<T: serde::Serialize>(value: &T) -> Vec<u8> {
    serde_json::to_vec(value).unwrap_or_default()
}

/// A 200 answer with a JSON body already serialised.
pub fn raw_json(body: String) -> Response {
    (
        [(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))],
        body,
    )
        .into_response()
}

pub fn json<T: serde::Serialize>(value: &T) -> Answer {
    Ok(raw_json(
        serde_json::to_string(value).map_err(|e| ApiError::internal(e.to_string()))?,
    ))
}

/// How long a request's body may pause before the server gives up on it with a 408. A client
/// on loopback sends its body with its head; one across a network gets time for several TCP
/// retransmissions (1 s, 2 s, 4 s). A client that declared a body and never sends it no longer
/// holds a connection and a task for good.
const BODY_PAUSE: Duration = Duration::from_secs(10);

/// The largest body read (but under `/v1/messages`): axum's default limit for body extractors.
const MAX_BODY: usize = 2 << 20;

/// The largest body of a Messages request (and of a batch of them): the API's own limit for
/// Messages. The API takes batches up to 256 MB; the local server holds a batch in memory
/// while it stores it, so it takes what it takes for one request.
const MAX_MESSAGES_BODY: usize = 32 << 20;

/// The request with its whole body read, so that no handler waits on a client that stalls:
/// a pause of [`BODY_PAUSE`] is a 408, a body over 2 MiB (32 MiB under `/v1/messages`) a 413.
pub async fn buffered(req: Request) -> Result<Request, Failure> {
    let limit = if req.uri().path().starts_with("/v1/messages") {
        MAX_MESSAGES_BODY
    } else {
        MAX_BODY
    };
    let (parts, mut body) = req.into_parts();
    let mut data = Vec::new();
    loop {
        let frame = tokio::time::timeout(BODY_PAUSE, body.frame()).await.map_err(|_| {
            ApiError::new(
                408,
                "timeout_error",
                format!(
                    "the request body stopped arriving: nothing for {} s",
                    BODY_PAUSE.as_secs()
                ),
            )
        })?;
        let Some(frame) = frame else { break };
        let frame = frame.map_err(|e| ApiError::invalid(format!("body: cannot read it: {e}")))?;
        if let Ok(chunk) = frame.into_data() {
            if data.len() + chunk.len() > limit {
                let message = format!("body: larger than {} MiB", limit >> 20);
                return Err(ApiError::new(413, "request_too_large", message).into());
            }
            data.extend_from_slice(&chunk);
        }
    }
    Ok(Request::from_parts(parts, Body::from(data)))
}

/// Why an upload's body stopped: it paused too long (408) or grew past its limit (413).
#[derive(Debug, thiserror::Error)]
#[error("{}", .0.message)]
pub struct BodyFailure(pub ApiError);

fn too_large(limit: u64) -> ApiError {
    ApiError::new(413, "request_too_large", format!("body: larger than {limit} bytes"))
}

/// An upload's body as it arrives, never whole in memory: each piece must come within
/// [`BODY_PAUSE`], and the whole may hold `limit` bytes (a declared `content-length` over it
/// is refused before anything is read).
pub fn upload_body(
    headers: &HeaderMap,
    body: Body,
    limit: u64,
) -> Result<impl futures::Stream<Item = Result<Bytes, BodyFailure>> + Send + 'static, Failure> {
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit) {
        return Err(too_large(limit).into());
    }
    // The state is None once the body has failed: the stream then ends.
    let state = Some((body.into_data_stream(), 0u64));
    Ok(futures::stream::unfold(state, move |state| async move {
        let (mut data, seen) = state?;
        let failed = |e: ApiError| Some((Err(BodyFailure(e)), None));
        match tokio::time::timeout(BODY_PAUSE, futures::StreamExt::next(&mut data)).await {
            Err(_) => failed(ApiError::new(
                408,
                "timeout_error",
                format!(
                    "the request body stopped arriving: nothing for {} s",
                    BODY_PAUSE.as_secs()
                ),
            )),
            Ok(None) => None,
            Ok(Some(Err(e))) => failed(ApiError::invalid(format!("body: cannot read it: {e}"))),
            Ok(Some(Ok(chunk))) => {
                let seen = seen + chunk.len() as u64;
                if seen > limit {
                    return failed(too_large(limit));
                }
                Some((Ok(chunk), Some((data, seen))))
            }
        }
    }))
}

/// A multipart upload's parts as they arrive, or a 400 when it is not one.
pub fn multipart(headers: &HeaderMap, body: Body, limit: u64) -> Result<multer::Multipart<'static>, Failure> {
    let boundary = boundary(headers)?;
    Ok(multer::Multipart::new(upload_body(headers, body, limit)?, boundary))
}

/// The boundary of a `multipart/form-data` body, or a 400 when the body is not one.
fn boundary(headers: &HeaderMap) -> Result<String, Failure> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    Ok(multer::parse_boundary(content_type)
        .map_err(|_| ApiError::invalid(format!("body: must be multipart/form-data, not '{content_type}'")))?)
}

/// An upload's body as [`upload_body`] gives it.
pub type UploadBody = Pin<Box<dyn futures::Stream<Item = Result<Bytes, BodyFailure>> + Send>>;

/// A file upload's form as it arrives, read by [`super::form::Form`], or a 400 when it is not one.
pub fn form(headers: &HeaderMap, body: Body, limit: u64) -> Result<super::form::Form<UploadBody>, Failure> {
    let boundary = boundary(headers)?;
    Ok(super::form::Form::new(
        Box::pin(upload_body(headers, body, limit)?),
        &boundary,
    ))
}

/// A failed multipart read as the answer: the body's own failure (408, 413), else a 400.
pub fn multipart_failure(e: multer::Error) -> Failure {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(&e);
    while let Some(err) = source {
        if let Some(BodyFailure(api)) = err.downcast_ref::<BodyFailure>() {
            return api.clone().into();
        }
        source = err.source();
    }
    ApiError::invalid(format!("body: malformed multipart/form-data: {e}")).into()
}

/// Parses a request body as a JSON object. An empty body counts as `{}` (the SDK sends none
/// on archive and similar calls).
pub fn object(body: &Bytes) -> Result<Map<String, Value>, Failure> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Map::new());
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(m)) => Ok(m),
        Ok(_) => Err(ApiError::invalid("body: must be a JSON object").into()),
        Err(e) => Err(ApiError::invalid(format!(
            "body: invalid JSON at line {} column {}: {e}",
            e.line(),
            e.column()
        ))
        .into()),
    }
}

/// Deserialises a body object into a typed request, naming the offending field on error.
pub fn typed<T: serde::de::DeserializeOwned>(body: Map<String, Value>) -> Result<T, Failure> {
    serde_path_to_error::deserialize(Value::Object(body)).map_err(|e| {
        let path = e.path().to_string();
        let message = e.inner().to_string();
        // serde names a missing field in its message; the path is then the enclosing object.
        let message = if path == "." {
            message
        } else {
            format!("{path}: {message}")
        };
        ApiError::invalid(message).into()
    })
}

/// Query parameters as sent: `key[]=a&key[]=b` and repeated `key=a&key=b` are both lists.
pub struct Query(Vec<(String, String)>);

impl Query {
    pub fn parse(raw: Option<&str>) -> Self {
        Self(
            form_urlencoded::parse(raw.unwrap_or("").as_bytes())
                .into_owned()
                .collect(),
        )
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.0.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    pub fn all(&self, key: &str) -> Vec<&str> {
        let bracketed = format!("{key}[]");
        self.0
            .iter()
            .filter(|(k, _)| *k == key || *k == bracketed)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    pub fn bool(&self, key: &str) -> Result<bool, Failure> {
        match self.get(key) {
            None | Some("false") => Ok(false),
            Some("true") => Ok(true),
            Some(other) => Err(ApiError::invalid(format!("{key}: must be true or false, not '{other}'")).into()),
        }
    }

    pub fn int(&self, key: &str) -> Result<Option<i64>, Failure> {
        self.get(key)
            .map(|v| {
                v.parse()
                    .map_err(|_| ApiError::invalid(format!("{key}: must be an integer, not '{v}'")).into())
            })
            .transpose()
    }

    /// Reads `limit`, `page`, `order`, `include_archived` and `created_at[...]` into a list query.
    /// `desc` is the default order of this list; `max` its largest page.
    pub fn list(&self, desc: bool, max: i64) -> Result<ListQuery, Failure> {
        let limit = self.int("limit")?.unwrap_or(20);
        if !(1..=max).contains(&limit) {
            return Err(ApiError::invalid(format!("limit: must be between 1 and {max}")).into());
        }
        let desc = match self.get("order") {
            None => desc,
            Some("asc") => false,
            Some("desc") => true,
            Some(other) => return Err(ApiError::invalid(format!("order: must be asc or desc, not '{other}'")).into()),
        };
        let after = self
            .get("page")
            .filter(|p| !p.is_empty())
            .map(|p| decode_cursor(p, desc))
            .transpose()?;
        let mut time = Vec::new();
        for (op, sql) in [("gt", ">"), ("gte", ">="), ("lt", "<"), ("lte", "<=")] {
            let key = format!("created_at[{op}]");
            if let Some(v) = self.get(&key) {
                let t = crate::api::parse_time(v)
                    .ok_or_else(|| ApiError::invalid(format!("{key}: '{v}' is not an RFC 3339 timestamp")))?;
                time.push((sql, t));
            }
        }
        Ok(ListQuery {
            limit: limit as usize,
            after,
            desc,
            include_archived: self.bool("include_archived")?,
            time,
            filters: Vec::new(),
        })
    }
}

/// Cursors are opaque to clients; inside they carry the order and the last row handed out, so a
/// cursor reused with the other order is refused rather than silently skipping rows.
pub fn encode_cursor(seq: i64, desc: bool) -> String {
    format!(
        "page_{}",
        URL_SAFE_NO_PAD.encode(format!("{}{seq}", if desc { 'd' } else { 'a' }))
    )
}

fn decode_cursor(cursor: &str, desc: bool) -> Result<i64, Failure> {
    let bad = || Failure(ApiError::invalid(format!("page: invalid or expired cursor '{cursor}'")));
    let raw = cursor.strip_prefix("page_").ok_or_else(bad)?;
    let text = String::from_utf8(URL_SAFE_NO_PAD.decode(raw).map_err(|_| bad())?).map_err(|_| bad())?;
    let (order, seq) = text.split_at_checked(1).ok_or_else(bad)?;
    if order != if desc { "d" } else { "a" } {
        return Err(ApiError::invalid("page: the cursor was made for the other order").into());
    }
    seq.parse().map_err(|_| bad())
}

/// A cursor that names the last item handed out by a key of its own (a memory's path) rather
/// than by a row.
pub fn encode_key_cursor(key: &str) -> String {
    format!("page_{}", URL_SAFE_NO_PAD.encode(format!("k{key}")))
}

pub fn decode_key_cursor(cursor: &str) -> Result<String, Failure> {
    let bad = || Failure(ApiError::invalid(format!("page: invalid or expired cursor '{cursor}'")));
    let raw = cursor.strip_prefix("page_").ok_or_else(bad)?;
    let text = String::from_utf8(URL_SAFE_NO_PAD.decode(raw).map_err(|_| bad())?).map_err(|_| bad())?;
    text.strip_prefix('k').map(str::to_string).ok_or_else(bad)
}

/// Renders a page of stored JSON bodies without re-serialising them.
pub fn page(rows: Rows, q: &ListQuery, with_prev: bool) -> Response {
    let mut body = String::with_capacity(rows.bodies.iter().map(|b| b.len() + 1).sum::<usize>() + 64);
    body.push_str("{\"data\":[");
    for (i, b) in rows.bodies.iter().enumerate() {
        if i > 0 {
            body.push(',');
        }
        body.push_str(b);
    }
    body.push_str("],\"next_page\":");
    match rows.next {
        Some(seq) => {
            body.push('"');
            body.push_str(&encode_cursor(seq, q.desc));
            body.push('"');
        }
        None => body.push_str("null"),
    }
    if with_prev {
        body.push_str(",\"prev_page\":null");
    }
    body.push('}');
    raw_json(body)
}

/// `after_id`, `before_id` and `limit`: how the lists of models and message batches page.
pub struct IdPage {
    pub cursor: Option<Cursor>,
    pub limit: usize,
}

/// Where a page starts: right after an item (further down the list), or right before it.
pub enum Cursor {
    After(String),
    Before(String),
}

impl Cursor {
    pub fn key(&self) -> &'static str {
        match self {
            Cursor::After(_) => "after_id",
            Cursor::Before(_) => "before_id",
        }
    }

    pub fn id(&self) -> &str {
        match self {
            Cursor::After(id) | Cursor::Before(id) => id,
        }
    }

    /// The 400 for a cursor that names nothing in the list.
    pub fn unknown(&self) -> Failure {
        ApiError::invalid(format!("{}: no item with id {:?} in this list", self.key(), self.id())).into()
    }
}

impl Query {
    pub fn id_page(&self) -> Result<IdPage, Failure> {
        let limit = self.int("limit")?.unwrap_or(20);
        if !(1..=1000).contains(&limit) {
            return Err(ApiError::invalid("limit: must be between 1 and 1000").into());
        }
        let id = |key: &str| self.get(key).filter(|v| !v.is_empty()).map(str::to_string);
        let cursor = match (id("after_id"), id("before_id")) {
            (Some(_), Some(_)) => {
                return Err(ApiError::invalid("after_id and before_id: give one or the other").into());
            }
            (Some(after), None) => Some(Cursor::After(after)),
            (None, Some(before)) => Some(Cursor::Before(before)),
            (None, None) => None,
        };
        Ok(IdPage {
            cursor,
            limit: limit as usize,
        })
    }
}

impl IdPage {
    /// The page of a whole list (in list order) that this asks for, and whether more lie
    /// beyond it in the direction paged.
    pub fn slice(&self, items: Vec<Value>) -> Result<(Vec<Value>, bool), Failure> {
        let position = |cursor: &Cursor| {
            items
                .iter()
                .position(|item| item["id"] == cursor.id())
                .ok_or_else(|| cursor.unknown())
        };
        let (start, end, has_more) = match &self.cursor {
            Some(cursor @ Cursor::Before(_)) => {
                let end = position(cursor)?;
                let start = end.saturating_sub(self.limit);
                (start, end, start > 0)
            }
            Some(cursor @ Cursor::After(_)) => {
                let start = position(cursor)? + 1;
                let end = (start + self.limit).min(items.len());
                (start, end, end < items.len())
            }
            None => {
                let end = self.limit.min(items.len());
                (0, end, end < items.len())
            }
        };
        Ok((items[start..end].to_vec(), has_more))
    }
}

/// A page of a list that pages by id: `{data, has_more, first_id, last_id}`.
pub fn id_page<T: serde::Serialize>(data: &[T], has_more: bool) -> Answer {
    json(&id_page_body(data, has_more)?)
}

/// The body of [`id_page`], for a list that adds to it.
pub fn id_page_body<T: serde::Serialize>(data: &[T], has_more: bool) -> Result<Value, Failure> {
    let data = serde_json::to_value(data).map_err(|e| ApiError::internal(e.to_string()))?;
    let id_at = |i: usize| {
        data.get(i)
            .and_then(|item| item.get("id"))
            .cloned()
            .unwrap_or(Value::Null)
    };
    let count = data.as_array().map_or(0, Vec::len);
    Ok(serde_json::json!({
        "data": data,
        "has_more": has_more,
        "first_id": id_at(0),
        "last_id": if count == 0 { Value::Null } else { id_at(count - 1) },
    }))
}

impl From<Failure> for Rejection {
    fn from(failure: Failure) -> Self {
        failure.0.into()
    }
}

/// An error from the model endpoint (or about it) as the API's error body, with its status
/// and the endpoint's headers; its `request_id` is the endpoint's when it gave one.
impl IntoResponse for Rejection {
    fn into_response(self) -> Response {
        let mut error = self.error;
        let request_id = self
            .headers
            .get("request-id")
            .and_then(|v| v.to_str().ok())
            .map_or_else(|| crate::api::new_id("req"), str::to_string);
        if error.get("request_id").is_none() {
            error["request_id"] = Value::String(request_id.clone());
        }
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::BAD_GATEWAY);
        error_response(status, *self.headers, error.to_string().into_bytes(), &request_id)
    }
}

impl IntoResponse for Reply {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::OK);
        let body = match self.body {
            ReplyBody::Whole(bytes) => Body::from(bytes),
            ReplyBody::Stream(stream) => Body::from_stream(stream),
        };
        let mut response = (status, body).into_response();
        response.headers_mut().extend(self.headers);
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_refuse_garbage() {
        let c = encode_cursor(42, true);
        assert!(c.starts_with("page_"));
        assert_eq!(decode_cursor(&c, true).ok(), Some(42));
        assert!(decode_cursor(&c, false).is_err());
        assert!(decode_cursor("page_!!", true).is_err());
        assert!(decode_cursor("nonsense", true).is_err());
    }

    #[test]
    fn queries_accept_both_array_forms() {
        let q = Query::parse(Some(
            "types[]=a&types=b&limit=5&created_at%5Bgte%5D=2026-01-01T00:00:00Z",
        ));
        assert_eq!(q.all("types"), vec!["a", "b"]);
        let list = q.list(false, 100).unwrap();
        assert_eq!(list.limit, 5);
        assert_eq!(list.time[0].0, ">=");
        assert!(Query::parse(Some("limit=0")).list(false, 100).is_err());
        assert!(Query::parse(Some("order=up")).list(false, 100).is_err());
    }
}
