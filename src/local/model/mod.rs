//! Model providers: turn an Anthropic-format transcript into one assistant response, over the
//! Anthropic Messages API or an OpenAI-compatible Chat Completions server, or from a recording.

mod anthropic;
mod gateway;
mod http;
mod openai;
mod replay;
#[cfg(test)]
mod tests;

use std::path::PathBuf;
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};

pub use self::gateway::{ApiCall, Rejection, Reply, ReplyBody, TOKEN_COUNT_HEADER};
use self::http::Live;
use self::replay::{Recorder, Replayer};

/// Which wire format the model server speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModelApi {
    Anthropic,
    OpenAi,
}

/// A model API name other than "anthropic" or "openai".
#[derive(Debug, thiserror::Error)]
#[error("unknown model API {0:?} (expected \"anthropic\" or \"openai\")")]
pub struct UnknownModelApi(pub String);

impl FromStr for ModelApi {
    type Err = UnknownModelApi;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "anthropic" => Ok(ModelApi::Anthropic),
            "openai" => Ok(ModelApi::OpenAi),
            other => Err(UnknownModelApi(other.to_string())),
        }
    }
}

/// One request for an assistant turn.
#[derive(Debug, Clone, Default)]
pub struct ModelRequest {
    /// Which session asks (used by record/replay; never sent to the model).
    pub session_id: String,
    /// Model id, already mapped by the caller (the provider's model map still applies).
    pub model: String,
    pub system: Option<String>,
    /// Anthropic Messages format: `[{role, content: [blocks]}]`.
    pub messages: Vec<serde_json::Value>,
    /// Anthropic tool definitions: `{name, description, input_schema}`.
    pub tools: Vec<serde_json::Value>,
    pub max_tokens: u32,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Usage {
    #[serde(default)]
    pub input_tokens: u64,
    #[serde(default)]
    pub output_tokens: u64,
    #[serde(default)]
    pub cache_creation_input_tokens: u64,
    #[serde(default)]
    pub cache_read_input_tokens: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModelResponse {
    /// Anthropic content blocks: `{type:"text",text}` and `{type:"tool_use",id,name,input}`.
    pub content: Vec<serde_json::Value>,
    /// Anthropic names: end_turn, tool_use, max_tokens, stop_sequence, refusal.
    pub stop_reason: String,
    #[serde(default)]
    pub usage: Usage,
}

#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// 429, 529, 5xx, connection errors, a stream cut mid-way: worth retrying.
    #[error("{}{message} (retryable)", status_prefix(.status))]
    Retryable {
        status: Option<u16>,
        retry_after: Option<Duration>,
        message: String,
    },
    /// Anything else (4xx, bad response): not retried.
    #[error("{}{message}", status_prefix(.status))]
    Fatal { status: Option<u16>, message: String },
}

fn status_prefix(status: &Option<u16>) -> String {
    status.map(|s| format!("HTTP {s}: ")).unwrap_or_default()
}

impl ModelError {
    /// The HTTP status the model server answered with, if it answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            ModelError::Retryable { status, .. } | ModelError::Fatal { status, .. } => *status,
        }
    }

    pub fn message(&self) -> &str {
        match self {
            ModelError::Retryable { message, .. } | ModelError::Fatal { message, .. } => message,
        }
    }

    fn fatal(message: impl Into<String>) -> Self {
        ModelError::Fatal {
            status: None,
            message: message.into(),
        }
    }

    fn retryable(message: impl Into<String>) -> Self {
        ModelError::Retryable {
            status: None,
            retry_after: None,
            message: message.into(),
        }
    }
}

/// Streamed previews: called with (content block index, text piece) as text arrives.
pub type TextSink<'a> = &'a mut (dyn FnMut(usize, &str) + Send);

#[derive(Clone)]
pub struct ProviderConfig {
    pub api: ModelApi,
    /// Anthropic: the host (default `https://api.anthropic.com`); OpenAI: up to and including `/v1`.
    pub base_url: String,
    pub api_key: Option<String>,
    /// `FROM=TO` pairs; `*` as FROM matches any model without an exact entry.
    pub model_map: Vec<(String, String)>,
    pub record: Option<PathBuf>,
    pub replay: Option<PathBuf>,
}

/// A model provider, shared by all sessions.
pub struct Provider {
    backend: Backend,
    model_map: Vec<(String, String)>,
}

enum Backend {
    /// The recorder is shared with the streams it records.
    Live {
        live: Live,
        recorder: Option<Arc<Recorder>>,
    },
    Replay(Replayer),
}

impl Provider {
    pub fn new(cfg: ProviderConfig) -> Result<Self, ModelError> {
        let backend = match (cfg.record, cfg.replay) {
            (Some(_), Some(_)) => {
                return Err(ModelError::fatal(
                    "recording and replaying at the same time is not supported",
                ));
            }
            (None, Some(path)) => Backend::Replay(Replayer::open(&path)?),
            (record, None) => Backend::Live {
                live: Live::new(cfg.api, &cfg.base_url, cfg.api_key)?,
                recorder: record.map(|p| Recorder::create(&p).map(Arc::new)).transpose()?,
            },
        };
        Ok(Provider {
            backend,
            model_map: cfg.model_map,
        })
    }

    /// One attempt; no retries here. Cancel-safe: dropping the future abandons the request and
    /// records nothing.
    pub async fn complete(&self, req: &ModelRequest, on_text: TextSink<'_>) -> Result<ModelResponse, ModelError> {
        match &self.backend {
            Backend::Replay(replayer) => replayer.next(&req.session_id, on_text),
            Backend::Live { live, recorder } => {
                // The ordinal is taken at the first ask, before the outcome is known, so that
                // replay orders sessions the same way even when some first attempts failed.
                let ordinal = recorder.as_ref().map(|r| r.slot(&req.session_id));
                let response = live.complete(req, self.map_model(&req.model), on_text).await?;
                if let (Some(recorder), Some(ordinal)) = (recorder, ordinal) {
                    recorder.append(ordinal, &req.model, &response)?;
                }
                Ok(response)
            }
        }
    }

    fn map_model<'a>(&'a self, model: &'a str) -> &'a str {
        let find = |from: &str| {
            self.model_map
                .iter()
                .find(|(f, _)| f == from)
                .map(|(_, to)| to.as_str())
        };
        find(model).or_else(|| find("*")).unwrap_or(model)
    }
}
