//! Files and sequences through the real binary and a recording server: uploads arrive whole
//! (from disk and from stdin), downloads land in `-o` only once complete, JSON lines and
//! `--stream` events are printed as they arrive (the server holds back the next one until the
//! command has shown the last), and lists page by `after_id`/`before_id`.

mod common;
#[path = "common/recorder.rs"]
mod recorder;

use std::io::BufRead;
use std::sync::mpsc;
use std::time::Duration;

use common::Ant;
use recorder::{Answer, Recorder};
use serde_json::Value;

/// How long a line may take to show before the test calls it held back.
const PATIENCE: Duration = Duration::from_secs(20);

fn ant(recorder: &Recorder, args: &[&str]) -> Ant {
    Ant::new(args)
        .env("ANTHROPIC_BASE_URL", &recorder.url)
        .env("ANTHROPIC_API_KEY", "k")
}

/// The file parts of a multipart body: (name, filename, bytes).
fn file_parts(content_type: &str, body: &[u8]) -> Vec<(String, String, Vec<u8>)> {
    let boundary = content_type.split("boundary=").nth(1).unwrap();
    let delimiter = format!("\r\n--{boundary}");
    let mut body = body.to_vec();
    body.splice(0..0, *b"\r\n");
    let mut out = Vec::new();
    let mut rest = &body[..];
    let find = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).position(|w| w == needle);
    while let Some(at) = find(rest, delimiter.as_bytes()) {
        rest = &rest[at + delimiter.len()..];
        if rest.starts_with(b"--") {
            break;
        }
        let head_end = find(rest, b"\r\n\r\n").unwrap();
        let head = String::from_utf8_lossy(&rest[..head_end]).into_owned();
        let data = &rest[head_end + 4..];
        let end = find(data, delimiter.as_bytes()).unwrap();
        let field = |key: &str| {
            head.split(&format!("{key}=\""))
                .nth(1)
                .and_then(|v| v.split('"').next())
                .map(str::to_string)
        };
        if let Some(filename) = field("filename") {
            out.push((field("name").unwrap(), filename, data[..end].to_vec()));
        }
        rest = &data[end..];
    }
    out
}

#[test]
fn uploads_send_every_byte_from_disk_and_from_stdin() {
    let recorder = Recorder::start();
    let dir = tempfile::tempdir().unwrap();
    let big: Vec<u8> = (0..(20u32 << 20))
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let path = dir.path().join("data.pdf");
    std::fs::write(&path, &big).unwrap();
    let out = ant(&recorder, &["beta:files", "upload", "--file", path.to_str().unwrap()]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let [req] = recorder.take().try_into().unwrap();
    assert_eq!(req.path, "/v1/files");
    let content_type = req.header("content-type")[0].to_string();
    let files = file_parts(&content_type, &req.body);
    assert_eq!(files.len(), 1);
    let (name, filename, bytes) = &files[0];
    assert_eq!((name.as_str(), filename.as_str()), ("file", "data.pdf"));
    assert!(
        bytes == &big,
        "the uploaded bytes differ ({} of {})",
        bytes.len(),
        big.len()
    );
    // The whole size is announced, so the server can refuse a file too large before it comes.
    assert!(req.body.len() > big.len());

    let out = ant(&recorder, &["beta:skills:versions", "create", "skill_1", "--file", "-"])
        .stdin_bytes(b"name: from stdin\n")
        .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let [req] = recorder.take().try_into().unwrap();
    assert_eq!(req.path, "/v1/skills/skill_1/versions");
    let files = file_parts(req.header("content-type")[0], &req.body);
    assert_eq!(
        files,
        [(
            "files[]".to_string(),
            "anonymous_file".to_string(),
            b"name: from stdin\n".to_vec()
        )]
    );
}

#[test]
fn downloads_land_whole_or_not_at_all() {
    let recorder = Recorder::start();
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("report.bin");
    let target_str = target.to_str().unwrap();
    let content: Vec<u8> = (0..3_000_000u32).map(|i| (i % 251) as u8).collect();
    recorder.queue(Answer::Full {
        status: 200,
        content_type: "application/octet-stream".into(),
        body: content.clone(),
    });
    let out = ant(&recorder, &["beta:files", "download", "file_1", "-o", target_str]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout, format!("Wrote output to: {target_str}\n"));
    assert!(std::fs::read(&target).unwrap() == content);
    let [req] = recorder.take().try_into().unwrap();
    assert_eq!(req.path, "/v1/files/file_1/content");
    assert_eq!(req.header("accept"), ["application/binary"]);

    // A download that breaks half-way leaves the earlier file as it was, and no partial file.
    let (answer, feed) = Answer::feed("application/octet-stream");
    recorder.queue(answer);
    feed.send(Ok(vec![7; 100_000])).unwrap();
    feed.send(Err(std::io::Error::other("cut"))).unwrap();
    let out = ant(
        &recorder,
        &[
            "beta:skills:versions",
            "download",
            "3",
            "--skill-id",
            "skill_1",
            "-o",
            target_str,
        ],
    )
    .run();
    assert_eq!(out.code, 1, "{}", out.stdout);
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    assert!(std::fs::read(&target).unwrap() == content, "the earlier file changed");
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["report.bin"]);

    // Piped, with no -o, the content goes to stdout.
    recorder.queue(Answer::Full {
        status: 200,
        content_type: "text/plain".into(),
        body: b"plain text\n".to_vec(),
    });
    let out = ant(&recorder, &["beta:files", "download", "file_2"]).run();
    assert_eq!((out.code, out.stdout.as_str()), (0, "plain text\n"), "{}", out.stderr);
}

/// Runs `args` and hands back its stdout lines as they come.
fn lines_of(ant: Ant) -> (std::process::Child, mpsc::Receiver<String>) {
    let mut child = ant.spawn();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout).lines() {
            if tx.send(line.unwrap()).is_err() {
                return;
            }
        }
    });
    (child, rx)
}

#[test]
fn batch_results_print_each_line_as_it_arrives() {
    let recorder = Recorder::start();
    let (answer, feed) = Answer::feed("application/x-jsonl");
    recorder.queue(answer);
    let (mut child, lines) = lines_of(ant(
        &recorder,
        &["messages:batches", "results", "msgbatch_1", "--format", "jsonl"],
    ));
    feed.send(Ok(b"{\"custom_id\":\"a\"}\n{\"custom_id\":".to_vec()))
        .unwrap();
    assert_eq!(lines.recv_timeout(PATIENCE).unwrap(), r#"{"custom_id":"a"}"#);
    feed.send(Ok(b"\"b\"}\n".to_vec())).unwrap();
    assert_eq!(lines.recv_timeout(PATIENCE).unwrap(), r#"{"custom_id":"b"}"#);
    drop(feed);
    assert!(child.wait().unwrap().success());
    let [req] = recorder.take().try_into().unwrap();
    assert_eq!(req.path, "/v1/messages/batches/msgbatch_1/results");
    assert_eq!(req.header("accept"), ["application/x-jsonl"]);
    assert!(req.query.is_empty(), "the GA API has no ?beta=true: {:?}", req.query);
    assert!(req.header("anthropic-beta").is_empty());
}

fn sse(event: &str, data: &str) -> Vec<u8> {
    format!("event: {event}\ndata: {data}\n\n").into_bytes()
}

#[test]
fn streamed_messages_print_each_event_as_it_arrives() {
    let recorder = Recorder::start();
    let (answer, feed) = Answer::feed("text/event-stream");
    recorder.queue(answer);
    let args = [
        "messages",
        "create",
        "--model",
        "claude-sonnet-4-6",
        "--max-tokens",
        "64",
        "--message",
        "{role: user, content: Hi}",
        "--stream",
    ];
    let (mut child, lines) = lines_of(ant(&recorder, &args));
    feed.send(Ok(sse(
        "message_start",
        r#"{"type":"message_start","message":{"id":"msg_1"}}"#,
    )))
    .unwrap();
    let first: Value = serde_json::from_str(&lines.recv_timeout(PATIENCE).unwrap()).unwrap();
    assert_eq!(first["type"], "message_start");
    feed.send(Ok(b"event: ping\ndata: {\"type\":\"ping\"}\n\n".to_vec()))
        .unwrap();
    feed.send(Ok(sse(
        "content_block_delta",
        r#"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hello"}}"#,
    )))
    .unwrap();
    let second: Value = serde_json::from_str(&lines.recv_timeout(PATIENCE).unwrap()).unwrap();
    assert_eq!(second["delta"]["text"], "Hello");
    feed.send(Ok(sse("message_stop", r#"{"type":"message_stop"}"#)))
        .unwrap();
    drop(feed);
    assert_eq!(lines.recv_timeout(PATIENCE).unwrap(), r#"{"type":"message_stop"}"#);
    assert!(child.wait().unwrap().success());
    let [req] = recorder.take().try_into().unwrap();
    assert_eq!(req.json()["stream"], true);
    assert_eq!(req.header("accept"), ["text/event-stream"]);

    // For people, the reply's text; an error event ends the command with exit 1.
    let (answer, feed) = Answer::feed("text/event-stream");
    recorder.queue(answer);
    for (event, data) in [
        (
            "content_block_delta",
            r#"{"type":"content_block_delta","delta":{"type":"text_delta","text":"Hello, "}}"#,
        ),
        (
            "content_block_delta",
            r#"{"type":"content_block_delta","delta":{"type":"text_delta","text":"world"}}"#,
        ),
        ("message_stop", r#"{"type":"message_stop"}"#),
    ] {
        feed.send(Ok(sse(event, data))).unwrap();
    }
    drop(feed);
    let mut human = args.to_vec();
    human.extend(["--format", "human"]);
    let out = ant(&recorder, &human).run();
    assert_eq!((out.code, out.stdout.as_str()), (0, "Hello, world\n"), "{}", out.stderr);

    let (answer, feed) = Answer::feed("text/event-stream");
    recorder.queue(answer);
    feed.send(Ok(sse(
        "error",
        r#"{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"#,
    )))
    .unwrap();
    drop(feed);
    let out = ant(&recorder, &args).run();
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("overloaded_error"), "{}", out.stderr);
}

/// One page of an id-paged list.
fn page(ids: &[&str], more: bool) -> Answer {
    let data: Vec<Value> = ids.iter().map(|id| serde_json::json!({"id": id})).collect();
    let page = serde_json::json!({"data": data, "has_more": more, "first_id": ids[0], "last_id": ids[ids.len() - 1]});
    Answer::json(200, &page.to_string())
}

/// Serves `pages` to `args` (a list printing ids): the ids printed, and each request's query.
fn walk(recorder: &Recorder, pages: Vec<Answer>, args: &[&str]) -> (String, Vec<Vec<(String, String)>>) {
    for p in pages {
        recorder.queue(p);
    }
    let mut args = args.to_vec();
    args.extend(["--transform", "id", "-r"]);
    let out = ant(recorder, &args).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    (out.stdout, recorder.take().into_iter().map(|r| r.query).collect())
}

fn pairs(p: &[(&str, &str)]) -> Vec<(String, String)> {
    p.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

#[test]
fn id_paged_lists_follow_last_id_or_first_id_while_has_more() {
    let recorder = Recorder::start();
    let (ids, queries) = walk(
        &recorder,
        vec![page(&["m1", "m2"], true), page(&["m3"], false)],
        &["models", "list", "--limit", "2"],
    );
    assert_eq!(ids, "m1\nm2\nm3\n");
    assert_eq!(
        queries,
        [pairs(&[("limit", "2")]), pairs(&[("after_id", "m2"), ("limit", "2")])]
    );

    let (ids, queries) = walk(
        &recorder,
        vec![page(&["m9", "m8"], true), page(&["m7"], false)],
        &["beta:models", "list", "--before-id", "m10"],
    );
    assert_eq!(ids, "m9\nm8\nm7\n");
    assert_eq!(
        queries,
        [
            pairs(&[("beta", "true"), ("before_id", "m10")]),
            pairs(&[("beta", "true"), ("before_id", "m9")])
        ]
    );

    // --max-items stops before the next page is asked for.
    let (ids, queries) = walk(
        &recorder,
        vec![page(&["m1", "m2"], true)],
        &["models", "list", "--max-items", "2"],
    );
    assert_eq!((ids.as_str(), queries.len()), ("m1\nm2\n", 1));
}
