//! Nothing the server acknowledged is lost to a `kill -9`: the real server, the scripted fake
//! model, real bash calls that append a marker line to a file (so a call run twice shows), and
//! `kill -9` at chosen and at random points.
//!
//! The window between committing a client event and the session's first write of its turn is
//! microseconds wide. The direct tests hold it open without any hook in the server: a trigger
//! in the server's own database refuses the one write that would close it (as a crash there
//! would leave it), then the server is killed and the trigger dropped before the restart.
//!
//! The campaign's size and seed come from `ANT_CRASH_TURNS` (default 10) and `ANT_CRASH_SEED`
//! (default: from the clock, printed so a failure can be replayed).

mod common;

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

use common::*;
use rand::rngs::SmallRng;
use rand::{RngExt, SeedableRng};
use serde_json::{Value, json};

/// A trigger in the server's database that refuses inserts matching an SQL condition.
struct Refusal {
    db: rusqlite::Connection,
    name: String,
}

impl Refusal {
    fn new(s: &Server, name: &str, table: &str, when: &str) -> Self {
        let db = rusqlite::Connection::open(s.path("ant.db")).unwrap();
        db.busy_timeout(Duration::from_secs(5)).unwrap();
        db.execute_batch(&format!(
            "CREATE TRIGGER {name} BEFORE INSERT ON {table} WHEN {when} BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;"
        ))
        .unwrap();
        Self {
            db,
            name: name.to_string(),
        }
    }

    /// Refuses the first write of every turn: the session can never leave idle.
    fn turn_starts(s: &Server) -> Self {
        Self::new(s, "no_turn_starts", "events", "NEW.type = 'session.status_running'")
    }

    fn lift(self) {
        self.db.execute_batch(&format!("DROP TRIGGER {}", self.name)).unwrap();
    }
}

fn mark_path(s: &Server, sid: &str) -> std::path::PathBuf {
    s.path("workspaces").join(sid).join("marks.txt")
}

/// The session's history once `done` holds for it; panics after `wait`.
async fn history_when(s: &Server, sid: &str, wait: Duration, done: impl Fn(&[Value]) -> bool) -> Vec<Value> {
    let deadline = Instant::now() + wait;
    loop {
        let history = s.history(sid).await;
        if done(&history) {
            return history;
        }
        assert!(
            Instant::now() < deadline,
            "session {sid} never got there; its history: {:#?}",
            types(&history)
        );
        tokio::time::sleep(Duration::from_millis(30)).await;
    }
}

fn ends_with(history: &[Value], stop_reason: &str) -> bool {
    history
        .last()
        .is_some_and(|e| e["type"] == "session.status_idle" && e["stop_reason"]["type"] == stop_reason)
}

async fn send(s: &Server, sid: &str, events: Value) -> Vec<String> {
    let answer = s
        .ok(
            "POST",
            &format!("/v1/sessions/{sid}/events"),
            Some(json!({ "events": events })),
        )
        .await;
    answer["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap().to_string())
        .collect()
}

fn allow(call_id: &str) -> Value {
    json!([{"type": "user.tool_confirmation", "tool_use_id": call_id, "result": "allow"}])
}

fn asks_for_bash() -> Value {
    json!([{"type": "agent_toolset_20260401", "configs": [{"name": "bash", "permission_policy": {"type": "always_ask"}}]}])
}

#[tokio::test]
async fn a_message_acknowledged_just_before_a_kill_is_answered_after_the_restart() {
    let model = FakeModel::start();
    let mut s = Server::with_model(&model, "anthropic");
    let sid = s.session(&s.agent("echo", toolset()).await).await;
    let refusal = Refusal::turn_starts(&s);
    let acknowledged = send(&s, &sid, user_message("remember me")).await;
    s.stop(true);
    refusal.lift();
    assert!(model.requests().is_empty(), "the turn never started before the kill");
    s.restart(true);
    let history = history_when(&s, &sid, Duration::from_secs(20), |h| ends_with(h, "end_turn")).await;
    assert_eq!(history[0]["id"], acknowledged[0].as_str());
    let answer = history.iter().find(|e| e["type"] == "agent.message").unwrap();
    assert_eq!(text_of(answer), "echo: remember me");
}

#[tokio::test]
async fn a_confirmation_acknowledged_just_before_a_kill_runs_its_call_once_after_the_restart() {
    let model = FakeModel::start();
    let mut s = Server::with_model(&model, "anthropic");
    let sid = s.session(&s.agent("shell", asks_for_bash()).await).await;
    let first = s.turn(&sid, user_message("echo ran >> marks.txt")).await;
    let stop = &first.last().unwrap()["stop_reason"];
    assert_eq!(stop["type"], "requires_action");
    let call = stop["event_ids"][0].as_str().unwrap().to_string();
    let refusal = Refusal::turn_starts(&s);
    send(&s, &sid, allow(&call)).await;
    s.stop(true);
    refusal.lift();
    assert!(!mark_path(&s, &sid).exists(), "the call never ran before the kill");
    s.restart(true);
    let history = history_when(&s, &sid, Duration::from_secs(20), |h| ends_with(h, "end_turn")).await;
    let result = history
        .iter()
        .find(|e| e["type"] == "agent.tool_result" && e["tool_use_id"] == call.as_str())
        .expect("the approved call has a result");
    assert_eq!(result["is_error"], false, "{result}");
    assert_eq!(std::fs::read_to_string(mark_path(&s, &sid)).unwrap(), "ran\n");
}

#[tokio::test]
async fn a_custom_tool_result_acknowledged_just_before_a_kill_reaches_the_model_after_the_restart() {
    let model = FakeModel::start();
    let mut s = Server::with_model(&model, "anthropic");
    let weather = json!([{"type": "custom", "name": "get_weather", "description": "The weather.",
                          "input_schema": {"type": "object", "properties": {"location": {"type": "string"}}}}]);
    let sid = s.session(&s.agent("custom", weather).await).await;
    let first = s.turn(&sid, user_message("weather?")).await;
    let call = first.last().unwrap()["stop_reason"]["event_ids"][0]
        .as_str()
        .unwrap()
        .to_string();
    let refusal = Refusal::turn_starts(&s);
    let answer = json!([{"type": "user.custom_tool_result", "custom_tool_use_id": call,
                         "content": [{"type": "text", "text": "sunny"}]}]);
    send(&s, &sid, answer).await;
    s.stop(true);
    refusal.lift();
    s.restart(true);
    let history = history_when(&s, &sid, Duration::from_secs(20), |h| ends_with(h, "end_turn")).await;
    let reply = history.iter().rfind(|e| e["type"] == "agent.message").unwrap();
    assert_eq!(text_of(reply), "weather: sunny");
}

/// A turn of a self-hosted session needs a work item for a worker: a turn that could not queue
/// its item before the kill, and one that queued it but could not start, both run after the
/// restart, each with its item.
#[tokio::test]
async fn self_hosted_turns_cut_short_by_a_kill_get_their_work_items() {
    let model = FakeModel::start();
    let mut s = Server::with_model(&model, "anthropic");
    let env = s
        .ok(
            "POST",
            "/v1/environments",
            Some(json!({"name": "hands", "config": {"type": "self_hosted"}})),
        )
        .await["id"]
        .as_str()
        .unwrap()
        .to_string();
    let agent = s.agent("hello", toolset()).await;
    let session = async || {
        let body = json!({"agent": agent, "environment_id": env});
        s.ok("POST", "/v1/sessions", Some(body)).await["id"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let (unqueued, unstarted) = (session().await, session().await);
    let no_item = Refusal::new(&s, "no_item", "work_items", &format!("NEW.session_id = '{unqueued}'"));
    let no_start = Refusal::new(
        &s,
        "no_start",
        "events",
        &format!("NEW.session_id = '{unstarted}' AND NEW.type = 'session.status_running'"),
    );
    send(&s, &unqueued, user_message("hi")).await;
    send(&s, &unstarted, user_message("hi")).await;
    s.stop(true);
    no_item.lift();
    no_start.lift();
    assert!(model.requests().is_empty(), "no turn started before the kill");
    s.restart(true);
    for sid in [&unqueued, &unstarted] {
        let history = history_when(&s, sid, Duration::from_secs(20), |h| ends_with(h, "end_turn")).await;
        assert!(history.iter().any(|e| e["type"] == "agent.message"));
    }
    let items = s.ok("GET", &format!("/v1/environments/{env}/work"), None).await;
    let queued_for: HashSet<&str> = items["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["data"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(queued_for, HashSet::from([unqueued.as_str(), unstarted.as_str()]));
}

/// What the campaign did, for its report.
#[derive(Default, Debug)]
struct Tally {
    kills: HashMap<&'static str, usize>,
    confirmations: usize,
    interrupted_calls: usize,
}

impl Tally {
    fn kill(&mut self, s: &mut Server, at: &'static str) {
        s.restart(true);
        *self.kills.entry(at).or_default() += 1;
    }
}

/// One session of the campaign and what was sent to it.
struct Subject {
    id: String,
    /// The ids of every client event the server acknowledged.
    acknowledged: Vec<String>,
    /// The marker of each turn sent to this session.
    markers: Vec<String>,
}

#[tokio::test]
async fn random_kill_9s_lose_no_input_run_no_tool_twice_and_strand_no_session() {
    let turns: usize = std::env::var("ANT_CRASH_TURNS")
        .ok()
        .map_or(10, |n| n.parse().expect("ANT_CRASH_TURNS is a number"));
    let seed: u64 = std::env::var("ANT_CRASH_SEED").ok().map_or_else(
        || {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_millis() as u64
        },
        |n| n.parse().expect("ANT_CRASH_SEED is a number"),
    );
    eprintln!("crash campaign: {turns} turns, ANT_CRASH_SEED={seed}");
    let mut rng = SmallRng::seed_from_u64(seed);
    let model = FakeModel::start();
    let mut s = Server::with_model(&model, "anthropic");
    let (allowed, asking) = (
        s.agent("shell", toolset()).await,
        s.agent("shell", asks_for_bash()).await,
    );
    let mut subjects = Vec::new();
    for agent in [&allowed, &asking, &allowed, &asking] {
        subjects.push(Subject {
            id: s.session(agent).await,
            acknowledged: Vec::new(),
            markers: Vec::new(),
        });
    }
    let mut tally = Tally::default();
    let turn_limit = Duration::from_secs(60);
    for turn in 0..turns {
        let subject = &mut subjects[turn % 4];
        let marker = format!("turn-{turn}");
        let command = format!("echo {marker} >> marks.txt; sleep 0.{}", rng.random_range(0..4));
        subject.markers.push(marker);
        let sent = send(&s, &subject.id, user_message(&command)).await;
        let message = sent[0].clone();
        subject.acknowledged.extend(sent);
        if rng.random_bool(0.3) {
            tally.kill(&mut s, "right after a message's 200");
        } else if rng.random_bool(0.3) {
            tokio::time::sleep(Duration::from_millis(rng.random_range(0..400))).await;
            tally.kill(&mut s, "at a random point of a turn");
        }
        let deadline = Instant::now() + turn_limit;
        let mut answered = HashSet::new();
        loop {
            assert!(
                Instant::now() < deadline,
                "turn {turn} of {} is stuck: {:#?}",
                subject.id,
                types(&s.history(&subject.id).await)
            );
            let history = s.history(&subject.id).await;
            let since = history.iter().position(|e| e["id"] == message.as_str()).unwrap();
            let last = history.last().unwrap();
            if history.len() > since + 1 && last["type"] == "session.status_idle" {
                match last["stop_reason"]["type"].as_str().unwrap() {
                    "end_turn" => break,
                    "requires_action" => {
                        for call in last["stop_reason"]["event_ids"].as_array().unwrap() {
                            let call = call.as_str().unwrap();
                            if answered.insert(call.to_string()) {
                                subject.acknowledged.extend(send(&s, &subject.id, allow(call)).await);
                                tally.confirmations += 1;
                                if rng.random_bool(0.4) {
                                    tally.kill(&mut s, "right after a confirmation's 200");
                                }
                            }
                        }
                    }
                    other => panic!("turn {turn} ended {other}: {history:#?}"),
                }
            }
            tokio::time::sleep(Duration::from_millis(30)).await;
        }
    }
    for subject in &subjects {
        let history = s.history(&subject.id).await;
        let ids: HashSet<&str> = history.iter().map(|e| e["id"].as_str().unwrap()).collect();
        for id in &subject.acknowledged {
            assert!(ids.contains(id.as_str()), "acknowledged event {id} is not in the log");
        }
        assert!(
            ends_with(&history, "end_turn"),
            "{} is left {:?}",
            subject.id,
            history.last()
        );
        // Every message has an answer before the next one.
        let kinds = types(&history);
        for (i, _) in kinds.iter().enumerate().filter(|(_, k)| **k == "user.message") {
            let next_message = kinds[i + 1..].iter().position(|k| *k == "user.message");
            let answer = kinds[i + 1..].iter().position(|k| *k == "agent.message");
            assert!(
                answer.is_some_and(|a| next_message.is_none_or(|m| a < m)),
                "message {i} of {} has no answer: {kinds:?}",
                subject.id
            );
        }
        // Every call that was allowed (by policy or by a confirmation) has a result.
        for call in history.iter().filter(|e| e["type"] == "agent.tool_use") {
            let result = history
                .iter()
                .find(|e| e["type"] == "agent.tool_result" && e["tool_use_id"] == call["id"]);
            assert!(result.is_some(), "call {} has no result", call["id"]);
        }
        let marks = std::fs::read_to_string(mark_path(&s, &subject.id)).unwrap_or_default();
        for marker in &subject.markers {
            let runs = marks.lines().filter(|l| l == marker).count();
            let call = history
                .iter()
                .find(|e| {
                    e["type"] == "agent.tool_use" && e["input"]["command"].as_str().unwrap().contains(marker.as_str())
                })
                .unwrap_or_else(|| panic!("no call for {marker}"));
            let result = history
                .iter()
                .find(|e| e["type"] == "agent.tool_result" && e["tool_use_id"] == call["id"])
                .unwrap();
            let cut_short = result["is_error"] == true && text_of(result).contains("restart");
            tally.interrupted_calls += usize::from(cut_short);
            if cut_short {
                assert!(runs <= 1, "{marker} ran {runs} times");
            } else {
                assert_eq!(runs, 1, "{marker} ran {runs} times: {result}");
            }
        }
    }
    eprintln!("crash campaign (seed {seed}): {turns} turns, {tally:?}");
}

// ---- uploads: answered from the page cache, forced to disk just after ----

/// A trigger that refuses the syncer's note that an upload is on disk, as a kill just after
/// the answer would leave it: the upload stays listed in `unsynced_blobs`.
fn hold_unsynced(s: &Server) -> Refusal {
    let db = rusqlite::Connection::open(s.path("ant.db")).unwrap();
    db.busy_timeout(Duration::from_secs(5)).unwrap();
    db.execute_batch(
        "CREATE TRIGGER hold_unsynced BEFORE DELETE ON unsynced_blobs BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;",
    )
    .unwrap();
    Refusal {
        db,
        name: "hold_unsynced".into(),
    }
}

fn sql_count(s: &Server, query: &str) -> i64 {
    let db = rusqlite::Connection::open(s.path("ant.db")).unwrap();
    db.busy_timeout(Duration::from_secs(5)).unwrap();
    db.query_row(query, [], |r| r.get(0)).unwrap()
}

fn unsynced(s: &Server) -> i64 {
    sql_count(s, "SELECT COUNT(*) FROM unsynced_blobs")
}

fn blob_of(s: &Server, file_id: &str) -> std::path::PathBuf {
    let db = rusqlite::Connection::open(s.path("ant.db")).unwrap();
    let blob: String = db
        .query_row("SELECT blob FROM files WHERE id = ?1", [file_id], |r| r.get(0))
        .unwrap();
    s.path("files").join(blob)
}

async fn upload_bytes(s: &Server, name: &str, data: &[u8]) -> String {
    let (status, meta) = s
        .upload("/v1/files", &[common::multipart::file("file", name, data)])
        .await;
    assert_eq!(status, 200, "{meta}");
    meta["id"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn an_upload_answered_just_before_a_kill_is_whole_after_the_restart() {
    let mut s = Server::start(&[]);
    let hold = hold_unsynced(&s);
    let data: Vec<u8> = (0..3_000_000u32).map(|i| (i % 251) as u8).collect();
    let id = upload_bytes(&s, "big.bin", &data).await;
    s.stop(true);
    hold.lift();
    assert_eq!(
        unsynced(&s),
        1,
        "the kill came before the upload was known to be on disk"
    );
    s.restart(false);
    assert_eq!(unsynced(&s), 0, "forced to disk at the start");
    assert_eq!(s.bytes(&format!("/v1/files/{id}/content")).await, (200, data));
}

/// After the machine stopped (another boot), an upload that was not yet known to be on disk
/// may be torn, whatever its size: its file is dropped and the log names it; files forced to
/// disk before are kept.
#[tokio::test]
async fn uploads_not_on_disk_when_the_machine_stopped_are_dropped_not_served() {
    let mut s = Server::logged(&[], &[]);
    let kept = upload_bytes(&s, "kept.txt", b"on disk in time").await;
    eventually(Duration::from_secs(20), "the first upload on disk", || {
        unsynced(&s) == 0
    })
    .await;
    let hold = hold_unsynced(&s);
    let torn = upload_bytes(&s, "torn.bin", &vec![7u8; 1_000_000]).await;
    let whole = upload_bytes(&s, "whole.txt", b"whole, maybe").await;
    let (torn_blob, whole_blob) = (blob_of(&s, &torn), blob_of(&s, &whole));
    s.stop(true);
    hold.lift();
    // As a power cut leaves them: written in an earlier boot, one of them cut short.
    let db = rusqlite::Connection::open(s.path("ant.db")).unwrap();
    assert_eq!(
        db.execute("UPDATE unsynced_blobs SET boot_id = 'an-earlier-boot'", [])
            .unwrap(),
        2
    );
    drop(db);
    std::fs::set_permissions(&torn_blob, std::os::unix::fs::PermissionsExt::from_mode(0o644)).unwrap();
    std::fs::OpenOptions::new()
        .write(true)
        .open(&torn_blob)
        .unwrap()
        .set_len(4096)
        .unwrap();
    s.restart(false);
    for id in [&torn, &whole] {
        let (status, v) = s.call("GET", &format!("/v1/files/{id}"), None).await;
        assert_eq!(status, 404, "{id}: {v}");
        let (status, _) = s.bytes(&format!("/v1/files/{id}/content")).await;
        assert_eq!(status, 404, "{id} is not served");
    }
    assert!(!torn_blob.exists() && !whole_blob.exists(), "their bytes are removed");
    let listed = s.ok("GET", "/v1/files", None).await;
    let ids: Vec<&str> = listed["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [kept.as_str()]);
    assert_eq!(
        s.bytes(&format!("/v1/files/{kept}/content")).await,
        (200, b"on disk in time".to_vec())
    );
    assert_eq!(unsynced(&s), 0);
    let log = s.log();
    for id in [&torn, &whole] {
        assert!(
            log.lines().any(|l| l.contains("dropped") && l.contains(id.as_str())),
            "no line names {id} as dropped: {log}"
        );
    }
}

/// A server that stops cleanly forces to disk the uploads it answered and had not yet: a reboot
/// after a clean stop drops nothing.
#[tokio::test]
async fn a_clean_stop_forces_the_uploads_not_yet_on_disk() {
    let mut s = Server::logged(&[], &[]);
    let hold = hold_unsynced(&s);
    let id = upload_bytes(&s, "a.txt", b"answered").await;
    eventually(Duration::from_secs(20), "the syncer's refused note", || {
        s.log().contains("the database cannot say so")
    })
    .await;
    hold.lift();
    assert_eq!(unsynced(&s), 1);
    s.stop(false);
    assert_eq!(unsynced(&s), 0, "forced to disk as the server stopped");
    s.restart(false);
    assert_eq!(
        s.bytes(&format!("/v1/files/{id}/content")).await,
        (200, b"answered".to_vec())
    );
}
