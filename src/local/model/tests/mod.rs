mod anthropic;
mod fake_model;
mod gateway;
mod openai;
mod replay;
mod server;

use std::path::PathBuf;

use serde_json::{Value, json};

use super::{ModelApi, ModelError, ModelRequest, ModelResponse, Provider, ProviderConfig};

const KEY: &str = "sk-test-secret-key";

fn config(api: ModelApi, base_url: &str) -> ProviderConfig {
    ProviderConfig {
        api,
        base_url: base_url.to_string(),
        api_key: Some(KEY.to_string()),
        model_map: Vec::new(),
        record: None,
        replay: None,
    }
}

fn provider(api: ModelApi, base_url: &str) -> Provider {
    Provider::new(config(api, base_url)).unwrap()
}

fn request(session: &str) -> ModelRequest {
    ModelRequest {
        session_id: session.to_string(),
        model: "claude-test".to_string(),
        system: Some("Be brief.".to_string()),
        messages: vec![json!({"role": "user", "content": [{"type": "text", "text": "hi"}]})],
        tools: vec![json!({
            "name": "read",
            "description": "Read a file",
            "input_schema": {"type": "object", "properties": {"file_path": {"type": "string"}}},
        })],
        max_tokens: 1000,
    }
}

/// Runs one completion and returns it with the text pieces the sink saw.
async fn complete(
    provider: &Provider,
    req: &ModelRequest,
) -> (Result<ModelResponse, ModelError>, Vec<(usize, String)>) {
    let mut pieces = Vec::new();
    let mut sink = |index: usize, text: &str| pieces.push((index, text.to_string()));
    let result = provider.complete(req, &mut sink).await;
    (result, pieces)
}

fn text_block(text: &str) -> Value {
    json!({"type": "text", "text": text})
}

fn temp_path(dir: &tempfile::TempDir, name: &str) -> PathBuf {
    dir.path().join(name)
}

#[test]
fn model_api_parses_from_its_names() {
    assert_eq!("anthropic".parse::<ModelApi>().unwrap(), ModelApi::Anthropic);
    assert_eq!("openai".parse::<ModelApi>().unwrap(), ModelApi::OpenAi);
    let err = "gemini".parse::<ModelApi>().unwrap_err().to_string();
    assert!(err.contains("\"gemini\"") && err.contains("anthropic"), "{err}");
}

#[test]
fn provider_and_its_future_are_send_and_sync() {
    fn send_sync<T: Send + Sync>() {}
    fn send<T: Send>(_: &T) {}
    send_sync::<Provider>();
    let provider = provider(ModelApi::Anthropic, "http://127.0.0.1:9");
    let req = request("s");
    let mut sink = |_: usize, _: &str| {};
    // The engine spawns sessions on a multi-threaded runtime.
    send(&provider.complete(&req, &mut sink));
}

#[test]
fn bad_configs_are_refused_with_clear_messages() {
    let dir = tempfile::tempdir().unwrap();
    let mut both = config(ModelApi::Anthropic, "");
    both.record = Some(temp_path(&dir, "a.jsonl"));
    both.replay = Some(temp_path(&dir, "b.jsonl"));
    let err = Provider::new(both).err().unwrap().to_string();
    assert!(err.contains("recording and replaying"), "{err}");

    let mut missing = config(ModelApi::Anthropic, "");
    missing.replay = Some(temp_path(&dir, "missing.jsonl"));
    let err = Provider::new(missing).err().unwrap().to_string();
    assert!(
        err.contains("cannot read replay file") && err.contains("missing.jsonl"),
        "{err}"
    );

    let err = Provider::new(config(ModelApi::OpenAi, "")).err().unwrap().to_string();
    assert!(err.contains("base URL"), "{err}");

    let err = Provider::new(config(ModelApi::OpenAi, "not a url"))
        .err()
        .unwrap()
        .to_string();
    assert!(err.contains("invalid model base URL"), "{err}");
}

#[tokio::test]
async fn connection_errors_are_retryable_and_never_show_the_key() {
    // Bind then drop, so the port is very likely closed.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    for api in [ModelApi::Anthropic, ModelApi::OpenAi] {
        let provider = provider(api, &format!("http://127.0.0.1:{port}/v1"));
        let (result, _) = complete(&provider, &request("s")).await;
        let err = result.unwrap_err();
        assert!(matches!(err, ModelError::Retryable { status: None, .. }), "{err:?}");
        assert!(!format!("{err} {err:?}").contains(KEY));
    }
}

#[tokio::test]
async fn model_map_applies_exact_entries_before_the_catch_all() {
    let reply = || {
        server::Reply::json(
            200,
            &json!({"content": [text_block("ok")], "stop_reason": "end_turn", "usage": {}}),
        )
    };
    let server = server::FakeServer::start(vec![reply(), reply(), reply()]).await;
    let mut cfg = config(ModelApi::Anthropic, &server.url);
    cfg.model_map = vec![
        ("*".to_string(), "fallback-model".to_string()),
        ("claude-test".to_string(), "local-model".to_string()),
    ];
    let provider = Provider::new(cfg).unwrap();
    let mut req = request("s");
    complete(&provider, &req).await.0.unwrap();
    req.model = "other".to_string();
    complete(&provider, &req).await.0.unwrap();

    let mut unmapped = config(ModelApi::Anthropic, &server.url);
    unmapped.model_map = vec![("x".to_string(), "y".to_string())];
    complete(&Provider::new(unmapped).unwrap(), &req).await.0.unwrap();

    let models: Vec<Value> = server.received().iter().map(|r| r.body["model"].clone()).collect();
    assert_eq!(
        models,
        vec![json!("local-model"), json!("fallback-model"), json!("other")]
    );
}
