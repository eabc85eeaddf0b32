//! Message batches run locally: each request goes to the model provider as a `/v1/messages`
//! call would (recorded and replayed alike), a few at a time, and its result is stored as it
//! comes. A cancel stops new requests from starting; what had not started is `canceled`, and
//! what had not started by `expires_at` is `expired`. After a restart a batch goes on with the
//! requests that have no result yet.

use std::sync::{Arc, Mutex};

use futures::{StreamExt, TryStreamExt};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use serde_json::{Map, Value, json};

use super::log::Log;
use super::model::{ApiCall, Provider};
use super::store::{PendingRequest, StoreError};
use crate::api::message_batches::{BatchCreate, MessageBatch};

/// How many requests of one batch are with the model at once.
const CONCURRENCY: usize = 4;

#[derive(Debug, thiserror::Error)]
pub enum BatchError {
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("message batch {0} not found")]
    NotFound(String),
    #[error("message batch {0} has already ended: there is nothing left to cancel")]
    Ended(String),
}

pub struct Batches {
    log: Arc<Log>,
    provider: Arc<Provider>,
    /// Held while a batch changes status, so that a cancel and the end of processing never
    /// overwrite each other.
    transitions: Mutex<()>,
}

impl Batches {
    pub fn new(log: Arc<Log>, provider: Arc<Provider>) -> Arc<Self> {
        Arc::new(Batches {
            log,
            provider,
            transitions: Mutex::new(()),
        })
    }

    /// Stores a checked batch and starts processing it. The client's headers that a model
    /// endpoint is given (`anthropic-beta` and the like) go with each of its requests.
    pub fn create(
        self: &Arc<Self>,
        create: BatchCreate,
        client_headers: &HeaderMap,
    ) -> Result<MessageBatch, BatchError> {
        let batch = MessageBatch::new(
            crate::api::new_id("msgbatch"),
            time::OffsetDateTime::now_utc(),
            create.requests.len() as u64,
        );
        let forwarded = ApiCall::new(Map::new(), client_headers, None).headers;
        let pairs: Vec<(&str, &str)> = forwarded
            .iter()
            .filter_map(|(name, value)| Some((name.as_str(), value.to_str().ok()?)))
            .collect();
        let requests: Vec<(String, String)> = create
            .requests
            .into_iter()
            .map(|r| (r.custom_id, Value::Object(r.params).to_string()))
            .collect();
        self.log
            .store
            .insert_message_batch(&batch, &json!(pairs).to_string(), &requests)?;
        self.spawn(batch.id.clone());
        Ok(batch)
    }

    /// Starts cancelling a batch: requests already with the model finish, the others are
    /// canceled. A batch already canceling is returned as it is.
    pub fn cancel(&self, id: &str) -> Result<MessageBatch, BatchError> {
        let _transition = self.transitions.lock().unwrap_or_else(|e| e.into_inner());
        let store = &self.log.store;
        let mut batch = store
            .message_batch(id)?
            .ok_or_else(|| BatchError::NotFound(id.to_string()))?;
        match batch.processing_status.as_str() {
            "ended" => return Err(BatchError::Ended(id.to_string())),
            "canceling" => return Ok(batch),
            _ => {}
        }
        batch.processing_status = "canceling".into();
        batch.cancel_initiated_at = Some(crate::api::now());
        store.put_message_batch(&batch)?;
        Ok(batch)
    }

    /// Takes up every batch whose processing had not ended when the server stopped.
    pub fn resume(self: &Arc<Self>) -> Result<usize, StoreError> {
        let unfinished = self.log.store.unfinished_message_batches()?;
        let count = unfinished.len();
        for id in unfinished {
            self.spawn(id);
        }
        Ok(count)
    }

    fn spawn(self: &Arc<Self>, id: String) {
        let batches = self.clone();
        tokio::spawn(async move {
            if let Err(e) = batches.process(&id).await {
                tracing::error!("message batch {id}: {e}");
            }
        });
    }

    async fn process(&self, id: &str) -> Result<(), BatchError> {
        let store = &self.log.store;
        let stored = store
            .message_batch_headers(id)?
            .ok_or_else(|| BatchError::NotFound(id.to_string()))?;
        let headers = header_map(&stored);
        let pending = store.pending_batch_requests(id)?;
        futures::stream::iter(pending)
            .map(|request| self.settle(id, &headers, request))
            .buffer_unordered(CONCURRENCY)
            .try_collect::<Vec<()>>()
            .await?;
        let _transition = self.transitions.lock().unwrap_or_else(|e| e.into_inner());
        let mut batch = store
            .message_batch(id)?
            .ok_or_else(|| BatchError::NotFound(id.to_string()))?;
        batch.request_counts = store.batch_result_counts(id)?;
        batch.processing_status = "ended".into();
        batch.ended_at = Some(crate::api::now());
        store.put_message_batch(&batch)?;
        Ok(())
    }

    /// Runs one request, unless the batch is being canceled or has expired, and stores its result.
    async fn settle(&self, id: &str, headers: &HeaderMap, request: PendingRequest) -> Result<(), BatchError> {
        let store = &self.log.store;
        let batch = store
            .message_batch(id)?
            .ok_or_else(|| BatchError::NotFound(id.to_string()))?;
        let result = if batch.processing_status == "canceling" {
            json!({"type": "canceled"})
        } else if crate::api::now() >= batch.expires_at {
            json!({"type": "expired"})
        } else {
            match serde_json::from_str::<Map<String, Value>>(&request.params) {
                Ok(params) => match self.provider.message(&ApiCall::new(params, headers, None)).await {
                    Ok(message) => json!({"type": "succeeded", "message": message}),
                    Err(rejection) => json!({"type": "errored", "error": rejection.error}),
                },
                Err(e) => return Err(StoreError::Json(e).into()),
            }
        };
        let kind = result["type"].as_str().unwrap_or("errored").to_string();
        store.set_batch_result(id, request.position, &kind, &result.to_string())?;
        Ok(())
    }
}

/// The stored `[[name, value], ...]` headers of a batch.
fn header_map(stored: &str) -> HeaderMap {
    let pairs: Vec<(String, String)> = serde_json::from_str(stored).unwrap_or_default();
    let mut headers = HeaderMap::new();
    for (name, value) in pairs {
        if let (Ok(name), Ok(value)) = (HeaderName::from_bytes(name.as_bytes()), HeaderValue::from_str(&value)) {
            headers.append(name, value);
        }
    }
    headers
}
