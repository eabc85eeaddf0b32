//! Test support shared by the tools' unit tests.

use serde_json::Value;

use super::{NetworkPolicy, SessionTools};

/// Tools on a fresh temporary workspace, with no network restriction.
pub fn tools() -> (tempfile::TempDir, SessionTools) {
    let dir = tempfile::tempdir().unwrap();
    let t = SessionTools::new(
        dir.path().into(),
        NetworkPolicy::Unrestricted,
        vec![],
        crate::local::sandbox::test_config(),
    );
    (dir, t)
}

/// Runs one tool and returns the text of its first block (empty for non-text) and `is_error`.
pub async fn call(t: &SessionTools, tool: &str, input: &Value) -> (String, bool) {
    let out = t.run(tool, input).await;
    (
        out.content[0]["text"].as_str().unwrap_or_default().to_string(),
        out.is_error,
    )
}
