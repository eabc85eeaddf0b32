use serde_json::{Value, json};

use super::server::{FakeServer, Reply};
use super::{complete, config, request, temp_path, text_block};
use crate::local::model::{ModelApi, ModelError, ModelResponse, Provider};

fn message(text: &str) -> Value {
    json!({"content": [{"type": "text", "text": text},
                       {"type": "tool_use", "id": "toolu_1", "name": "bash", "input": {"command": "ls"}}],
           "stop_reason": "tool_use", "usage": {"input_tokens": 1, "output_tokens": 2}})
}

#[tokio::test]
async fn records_then_replays_interleaved_sessions_without_a_server() {
    let dir = tempfile::tempdir().unwrap();
    let file = temp_path(&dir, "run.jsonl");
    // Session "b" asks first, so it is session 0 in the recording.
    let order = [("b", "b1"), ("a", "a1"), ("b", "b2"), ("a", "a2")];
    let server = FakeServer::start(order.iter().map(|(_, text)| Reply::json(200, &message(text))).collect()).await;
    let mut cfg = config(ModelApi::Anthropic, &server.url);
    cfg.record = Some(file.clone());
    let recorder = Provider::new(cfg).unwrap();
    let mut live: Vec<ModelResponse> = Vec::new();
    for (session, _) in order {
        live.push(complete(&recorder, &request(session)).await.0.unwrap());
    }
    drop(recorder);
    drop(server);

    let lines: Vec<Value> = std::fs::read_to_string(&file)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let sessions: Vec<&Value> = lines.iter().map(|l| &l["session"]).collect();
    assert_eq!(sessions, [&json!(0), &json!(1), &json!(0), &json!(1)]);
    assert_eq!(lines[1]["response"]["content"][0], text_block("a1"));
    assert_eq!(lines[1]["response"]["stop_reason"], "tool_use");
    assert_eq!(lines[1]["response"]["usage"]["output_tokens"], 2);

    // New session ids and a dead base URL: replay must need neither.
    let mut cfg = config(ModelApi::OpenAi, "http://127.0.0.1:9/v1");
    cfg.replay = Some(file.clone());
    let replayer = Provider::new(cfg).unwrap();
    let order = [("y", 0), ("x", 1), ("x", 3), ("y", 2)];
    for (session, live_index) in order {
        let (result, pieces) = complete(&replayer, &request(session)).await;
        let response = result.unwrap();
        assert_eq!(response, live[live_index]);
        let text = live[live_index].content[0]["text"].as_str().unwrap();
        assert_eq!(pieces, vec![(0, text.to_string())]);
    }

    let err = complete(&replayer, &request("x")).await.0.unwrap_err();
    let expected = format!("replay file {} has no more responses for session 1", file.display());
    assert!(
        matches!(&err, ModelError::Fatal { status: None, message } if *message == expected),
        "{err:?}"
    );
    // A session the recording never saw is exhausted from the start.
    let err = complete(&replayer, &request("z")).await.0.unwrap_err();
    assert!(err.to_string().contains("for session 2"), "{err}");
}

#[tokio::test]
async fn failed_attempts_record_nothing_but_keep_the_session_order() {
    let dir = tempfile::tempdir().unwrap();
    let file = temp_path(&dir, "run.jsonl");
    std::fs::write(&file, "stale line from an earlier run\n").unwrap();
    let server = FakeServer::start(vec![
        Reply::json(529, &json!({"type": "error", "error": {"type": "overloaded_error"}})),
        Reply::json(200, &message("second")),
        Reply::json(200, &message("first")),
    ])
    .await;
    let mut cfg = config(ModelApi::Anthropic, &server.url);
    cfg.record = Some(file.clone());
    let recorder = Provider::new(cfg).unwrap();
    assert!(complete(&recorder, &request("first")).await.0.is_err());
    complete(&recorder, &request("second")).await.0.unwrap();
    complete(&recorder, &request("first")).await.0.unwrap();

    let text = std::fs::read_to_string(&file).unwrap();
    let sessions: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["session"].clone())
        .collect();
    assert_eq!(sessions, [json!(1), json!(0)]);
}

#[test]
fn a_malformed_replay_file_names_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let file = temp_path(&dir, "bad.jsonl");
    std::fs::write(
        &file,
        "{\"session\":0,\"response\":{\"content\":[],\"stop_reason\":\"end_turn\"}}\n\n{oops\n",
    )
    .unwrap();
    let mut cfg = config(ModelApi::Anthropic, "");
    cfg.replay = Some(file);
    let err = Provider::new(cfg).err().unwrap().to_string();
    assert!(err.contains("bad.jsonl line 3"), "{err}");
}
