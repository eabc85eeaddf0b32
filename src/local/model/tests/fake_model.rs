//! Against the project's Python scripted model server (shared/fake-model/fake_model.py).

use std::path::PathBuf;
use std::process::Stdio;

use serde_json::json;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

use super::{complete, provider, text_block};
use crate::local::model::{ModelApi, ModelRequest};

/// `FAKE_MODEL_PY`, or shared/fake-model/fake_model.py beside any folder above this crate.
fn script() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("FAKE_MODEL_PY") {
        return Some(path.into());
    }
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .map(|dir| dir.join("shared/fake-model/fake_model.py"))
        .find(|path| path.is_file())
}

/// The running server and its base URL, or None (with a note) when it cannot run here.
async fn start() -> Option<(Child, String)> {
    let Some(script) = script() else {
        println!("note: skipped, fake_model.py not found (set FAKE_MODEL_PY)");
        return None;
    };
    let spawned = Command::new("python3")
        .arg(&script)
        .args(["--port", "0"])
        .stdout(Stdio::piped())
        .kill_on_drop(true)
        .spawn();
    let mut child = match spawned {
        Ok(child) => child,
        Err(e) => {
            println!("note: skipped, cannot run python3: {e}");
            return None;
        }
    };
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let line = lines.next_line().await.unwrap().expect("fake_model.py printed nothing");
    let url = line
        .strip_prefix("listening on ")
        .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
        .to_string();
    Some((child, url))
}

fn scenario(name: &str) -> ModelRequest {
    ModelRequest {
        session_id: "s".to_string(),
        model: "fake-model".to_string(),
        system: Some(format!("You are a test. [scenario:{name}]")),
        messages: vec![json!({"role": "user", "content": [{"type": "text", "text": "go"}]})],
        tools: Vec::new(),
        max_tokens: 256,
    }
}

async fn check(api: ModelApi, base_url: impl Fn(&str) -> String) {
    let Some((_child, url)) = start().await else {
        return;
    };
    let provider = provider(api, &base_url(&url));

    let (result, _) = complete(&provider, &scenario("files")).await;
    let response = result.unwrap();
    assert_eq!(response.stop_reason, "tool_use");
    assert_eq!(response.content.len(), 1);
    let call = &response.content[0];
    assert_eq!(call["type"], "tool_use");
    assert_eq!(call["name"], "write");
    assert_eq!(
        call["input"],
        json!({"file_path": "notes/hello.txt", "content": "hello world\n"})
    );
    assert!(!call["id"].as_str().unwrap().is_empty());
    assert_eq!(response.usage.output_tokens, 7);

    let (result, pieces) = complete(&provider, &scenario("hello")).await;
    let response = result.unwrap();
    assert_eq!(response.content, vec![text_block("Hello from the fake model.")]);
    assert_eq!(response.stop_reason, "end_turn");
    let streamed: String = pieces.iter().map(|(_, piece)| piece.as_str()).collect();
    assert_eq!(streamed, "Hello from the fake model.");
    assert!(pieces.iter().all(|(index, _)| *index == 0));
}

#[tokio::test]
async fn anthropic_against_fake_model_py() {
    check(ModelApi::Anthropic, |url| url.to_string()).await;
}

#[tokio::test]
async fn openai_against_fake_model_py() {
    check(ModelApi::OpenAi, |url| format!("{url}/v1")).await;
}
