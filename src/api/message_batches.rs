//! Message Batches: many Messages requests processed together, with their results as JSON lines.

use serde::{Deserialize, Serialize};

/// At most this many requests in one batch.
pub const MAX_REQUESTS: usize = 100_000;

/// A batch ends this long after its creation, whatever remains unprocessed expiring.
pub const LIFETIME: time::Duration = time::Duration::hours(24);

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MessageBatch {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    /// `in_progress`, `canceling` or `ended`.
    pub processing_status: String,
    pub request_counts: RequestCounts,
    pub ended_at: Option<String>,
    pub created_at: String,
    pub expires_at: String,
    pub archived_at: Option<String>,
    pub cancel_initiated_at: Option<String>,
    /// Where the results are, once processing has ended.
    pub results_url: Option<String>,
}

/// Requests count as `processing` until the whole batch ends; the sum always matches the total.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestCounts {
    pub processing: u64,
    pub succeeded: u64,
    pub errored: u64,
    pub canceled: u64,
    pub expired: u64,
}

/// One request of a batch create: `{custom_id, params}`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BatchRequest {
    pub custom_id: String,
    /// A Messages create body.
    pub params: serde_json::Map<String, serde_json::Value>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BatchCreate {
    pub requests: Vec<BatchRequest>,
}

impl MessageBatch {
    pub fn new(id: String, created: time::OffsetDateTime, requests: u64) -> Self {
        MessageBatch {
            id,
            kind: "message_batch".into(),
            processing_status: "in_progress".into(),
            request_counts: RequestCounts {
                processing: requests,
                ..RequestCounts::default()
            },
            ended_at: None,
            created_at: super::format_time(created),
            expires_at: super::format_time(created + LIFETIME),
            archived_at: None,
            cancel_initiated_at: None,
            results_url: None,
        }
    }

    pub fn ended(&self) -> bool {
        self.processing_status == "ended"
    }
}

impl BatchCreate {
    /// The API's rules for the requests themselves; their `params` are checked one by one as
    /// they run, and a bad one is an `errored` result.
    pub fn check(&self) -> Result<(), String> {
        if self.requests.is_empty() {
            return Err("requests: must hold at least one request".into());
        }
        if self.requests.len() > MAX_REQUESTS {
            return Err(format!("requests: at most {MAX_REQUESTS} requests in one batch"));
        }
        let mut seen = std::collections::HashMap::new();
        for (i, request) in self.requests.iter().enumerate() {
            let id = &request.custom_id;
            let valid =
                (1..=64).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
            if !valid {
                return Err(format!(
                    "requests.{i}.custom_id: must be 1 to 64 letters, digits, '_' or '-', not {id:?}"
                ));
            }
            if let Some(first) = seen.insert(id.as_str(), i) {
                return Err(format!(
                    "requests.{i}.custom_id: {id:?} is already the custom_id of requests.{first}"
                ));
            }
            if request.params.get("stream").and_then(|s| s.as_bool()) == Some(true) {
                return Err(format!("requests.{i}.params.stream: a batch's requests cannot stream"));
            }
        }
        Ok(())
    }
}
