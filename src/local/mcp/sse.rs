//! The HTTP+SSE transport of MCP's 2024-11-05 revision, for servers that do not speak
//! streamable HTTP: a `GET` opens an event stream whose first `endpoint` event names where to
//! `POST` messages; answers come back as `message` events on the stream. rmcp no longer ships
//! this transport, so it is a sink and a stream handed to rmcp's client.

use std::io;

use eventsource_stream::Eventsource;
use futures::StreamExt;
use rmcp::ServiceExt;
use rmcp::model::{ClientConfig, ClientJsonRpcMessage, ServerJsonRpcMessage};
use rmcp::service::{RoleClient, RunningService};

use super::{McpError, classify, client_config};

/// Whether a failed streamable connection should be tried again over SSE: the server answered
/// the `POST` with a 4xx other than 401 and 403 (an SSE-only server has no `POST` there).
pub fn fallback_applies(e: &McpError) -> bool {
    matches!(e, McpError::Connection(m) if m.contains("HTTP 4"))
}

/// Opens the event stream, waits for its endpoint, and does the MCP handshake over it.
pub async fn connect(url: &str, bearer: Option<String>) -> Result<RunningService<RoleClient, ClientConfig>, McpError> {
    let http = reqwest::Client::new();
    let mut get = http.get(url).header("accept", "text/event-stream");
    if let Some(token) = &bearer {
        get = get.bearer_auth(token);
    }
    let response = get
        .send()
        .await
        .map_err(|e| McpError::Connection(format!("{url}: {e}")))?;
    let status = response.status();
    if !status.is_success() {
        return Err(classify(url, &format!("HTTP {status} on the SSE stream"), false));
    }
    let mut events = response.bytes_stream().eventsource();
    let endpoint = loop {
        match events.next().await {
            Some(Ok(e)) if e.event == "endpoint" => break e.data,
            Some(Ok(_)) => continue,
            Some(Err(e)) => return Err(McpError::Connection(format!("{url}: the SSE stream broke: {e}"))),
            None => {
                return Err(McpError::Connection(format!(
                    "{url}: the SSE stream ended before its endpoint"
                )));
            }
        }
    };
    let endpoint = reqwest::Url::parse(url)
        .and_then(|base| base.join(endpoint.trim()))
        .map_err(|e| McpError::Connection(format!("{url}: bad endpoint '{endpoint}': {e}")))?;
    let messages = Box::pin(events.filter_map(|e| async move {
        match e {
            Ok(e) if e.event == "message" || e.event.is_empty() => {
                serde_json::from_str::<ServerJsonRpcMessage>(&e.data).ok()
            }
            _ => None,
        }
    }));
    let posts = Box::pin(futures::sink::unfold(
        (http, endpoint, bearer),
        |(http, endpoint, bearer), message: ClientJsonRpcMessage| async move {
            let mut post = http.post(endpoint.clone()).json(&message);
            if let Some(token) = &bearer {
                post = post.bearer_auth(token);
            }
            let response = post.send().await.map_err(io::Error::other)?;
            if !response.status().is_success() {
                return Err(io::Error::other(format!("HTTP {} from {endpoint}", response.status())));
            }
            Ok::<_, io::Error>((http, endpoint, bearer))
        },
    ));
    client_config()
        .serve((posts, messages))
        .await
        .map_err(|e| classify(url, &e.to_string(), false))
}
