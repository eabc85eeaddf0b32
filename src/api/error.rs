//! The API's error body: `{"type":"error","error":{"type","message"},"request_id"}`.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ErrorBody {
    #[serde(rename = "type")]
    pub kind: String,
    pub error: ErrorDetail,
    #[serde(default)]
    pub request_id: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ErrorDetail {
    #[serde(rename = "type")]
    pub kind: String,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<serde_json::Value>,
}

/// An API error as the server answers it: an HTTP status, an error type and a message.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{kind}: {message}")]
pub struct ApiError {
    pub status: u16,
    pub kind: &'static str,
    pub message: String,
    /// `error.details`: `{error_code, ...}` for errors that SDK 2.10 types by code.
    pub details: Option<serde_json::Value>,
}

impl ApiError {
    pub fn new(status: u16, kind: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            kind,
            message: message.into(),
            details: None,
        }
    }
    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::new(403, "permission_error", message)
    }
    pub fn invalid(message: impl Into<String>) -> Self {
        Self::new(400, "invalid_request_error", message)
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(404, "not_found_error", message)
    }
    pub fn conflict(message: impl Into<String>) -> Self {
        Self::new(409, "conflict_error", message)
    }
    pub fn unauthorized(message: impl Into<String>) -> Self {
        Self::new(401, "authentication_error", message)
    }
    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(500, "api_error", message)
    }

    pub fn body(&self, request_id: &str) -> ErrorBody {
        ErrorBody {
            kind: "error".into(),
            error: ErrorDetail {
                kind: self.kind.into(),
                message: self.message.clone(),
                details: None,
            },
            request_id: Some(request_id.into()),
        }
    }
}

impl From<String> for ApiError {
    fn from(message: String) -> Self {
        Self::invalid(message)
    }
}
