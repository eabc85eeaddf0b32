//! Files, session resources, memory stores and skills through HTTP against the real server,
//! with the scripted model running each message as a bash command (or calling one file tool
//! with the message as its input), under each sandbox back end that works here.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use common::multipart::{field, file};
use common::*;
use serde_json::{Value, json};

/// An agent of the fake model's `scenario` with the built-in tools (and `skills`).
async fn agent(server: &Server, scenario: &str, skills: Value) -> String {
    let body = json!({"name": scenario, "model": "claude-sonnet-4-6", "system": format!("[scenario:{scenario}]"),
                      "tools": toolset(), "skills": skills});
    let (status, v) = server.call("POST", "/v1/agents", Some(body)).await;
    assert_eq!(status, 200, "{v}");
    v["id"].as_str().unwrap().to_string()
}

async fn environment(server: &Server, config: Value) -> String {
    let v = server
        .ok("POST", "/v1/environments", Some(json!({"name": "e", "config": config})))
        .await;
    v["id"].as_str().unwrap().to_string()
}

/// Creates a session of `agent` with `resources`: the status and the answer.
async fn create_session(server: &Server, agent: &str, env: &str, resources: Value) -> (u16, Value) {
    let body = json!({"agent": agent, "environment_id": env, "resources": resources});
    server.call("POST", "/v1/sessions", Some(body)).await
}

async fn session(server: &Server, agent: &str, resources: Value) -> Value {
    let env = environment(server, json!({"type": "cloud", "networking": {"type": "unrestricted"}})).await;
    let (status, v) = create_session(server, agent, &env, resources).await;
    assert_eq!(status, 200, "{v}");
    v
}

/// Sends one message and returns the text of the turn's tool results (the command's output).
async fn run(server: &Server, sid: &str, message: &str) -> String {
    let events = server.turn(sid, user_message(message)).await;
    assert_eq!(
        events.last().map(|e| e["type"].clone()),
        Some(json!("session.status_idle")),
        "{events:?}"
    );
    events
        .iter()
        .filter(|e| e["type"] == "agent.tool_result")
        .map(text_of)
        .collect::<Vec<_>>()
        .join("\n")
}

async fn upload(server: &Server, name: &str, data: &[u8]) -> Value {
    let (status, v) = server.upload("/v1/files", &[file("file", name, data)]).await;
    assert_eq!(status, 200, "{v}");
    v
}

/// Every file of a directory tree, relative paths, for "nothing was left behind" checks.
fn files_below(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(d) = dirs.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else {
                out.push(path.strip_prefix(dir).unwrap().to_path_buf());
            }
        }
    }
    out
}

fn sh(dir: &Path, script: &str) -> String {
    let out = Command::new("sh")
        .arg("-c")
        .arg(script)
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{script}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

/// Where a session's tools find `guest`, a path the API names: there under bwrap, in the
/// session's tree in the data dir under Landlock (or no sandbox). `back_end`: the server's
/// `--sandbox`, or none for `auto`.
fn seen_at(server: &Server, back_end: Option<&str>, sid: &str, guest: &str) -> String {
    let back_end = back_end.or_else(|| working_back_ends().first().copied());
    match back_end {
        Some("bwrap") => guest.to_string(),
        _ => server.path(&format!("mounts/{sid}{guest}")).display().to_string(),
    }
}

#[tokio::test]
async fn files_are_uploaded_listed_downloaded_and_deleted() {
    let server = Server::start(&["--max-file-bytes", "100000"]);
    let a = upload(&server, "notes/report.csv", b"a,b\n1,2\n").await;
    assert_eq!(a["type"], "file");
    assert_eq!(a["filename"], "report.csv", "only the last component is kept");
    assert_eq!(a["mime_type"], "text/csv");
    assert_eq!(a["size_bytes"], 8);
    assert_eq!(a["downloadable"], true);
    assert!(a["id"].as_str().unwrap().starts_with("file_"));
    let b = upload(&server, "copy.csv", b"a,b\n1,2\n").await;
    let c = upload(&server, "blob", &[0u8, 255, 1, 2]).await;
    assert_eq!(c["mime_type"], "application/octet-stream");
    let blobs = || {
        files_below(&server.path("files"))
            .into_iter()
            .filter(|p| !p.starts_with("tmp"))
            .count()
    };
    assert_eq!(blobs(), 3, "each upload has bytes of its own, the same or not");

    let (a_id, b_id, c_id) = (
        a["id"].as_str().unwrap(),
        b["id"].as_str().unwrap(),
        c["id"].as_str().unwrap(),
    );
    assert_eq!(server.ok("GET", &format!("/v1/files/{a_id}"), None).await, a);
    assert_eq!(
        server.bytes(&format!("/v1/files/{c_id}/content")).await,
        (200, vec![0u8, 255, 1, 2])
    );

    // Newest first; SDK 2.10 pages by `page`, the official CLI by `after_id`/`before_id`.
    let page = server.ok("GET", "/v1/files?limit=2", None).await;
    let ids = |v: &Value| {
        v["data"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["id"].clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&page), [json!(c_id), json!(b_id)]);
    assert_eq!(page["has_more"], true);
    let next = server
        .ok(
            "GET",
            &format!("/v1/files?limit=2&page={}", page["next_page"].as_str().unwrap()),
            None,
        )
        .await;
    assert_eq!(ids(&next), [json!(a_id)]);
    assert_eq!(next["next_page"], Value::Null);
    let after = server
        .ok(
            "GET",
            &format!("/v1/files?limit=2&after_id={}", page["last_id"].as_str().unwrap()),
            None,
        )
        .await;
    assert_eq!(
        (ids(&after), after["has_more"].clone()),
        (vec![json!(a_id)], json!(false))
    );
    let before = server.ok("GET", &format!("/v1/files?before_id={a_id}"), None).await;
    assert_eq!(ids(&before), [json!(c_id), json!(b_id)]);

    let deleted = server.ok("DELETE", &format!("/v1/files/{a_id}"), None).await;
    assert_eq!(deleted, json!({"id": a_id, "type": "file_deleted"}));
    assert_eq!(blobs(), 2, "a deleted file's bytes go with it");
    server.ok("DELETE", &format!("/v1/files/{b_id}"), None).await;
    assert_eq!(blobs(), 1);
    assert_eq!(
        server.bytes(&format!("/v1/files/{c_id}/content")).await,
        (200, vec![0u8, 255, 1, 2])
    );
    let (status, v) = server.call("GET", &format!("/v1/files/{a_id}"), None).await;
    assert_eq!((status, v["error"]["type"].clone()), (404, json!("not_found_error")));

    // Bad uploads: each a 4xx in the API's shape, and no temp file left.
    let (status, v) = server.upload("/v1/files", &[field("purpose", "x")]).await;
    assert_eq!(status, 400, "{v}");
    assert!(v["error"]["message"].as_str().unwrap().contains("purpose"), "{v}");
    let (status, v) = server.upload("/v1/files", &[]).await;
    assert_eq!(status, 400, "{v}");
    let (status, v) = server
        .upload(
            "/v1/files",
            &[file("file", "x", b"x"), field("expires_in_seconds", "60")],
        )
        .await;
    assert_eq!(status, 400, "{v}");
    assert!(
        v["error"]["message"].as_str().unwrap().contains("expires_in_seconds"),
        "{v}"
    );
    let (status, v) = server.call("POST", "/v1/files", Some(json!({"file": "x"}))).await;
    assert_eq!(status, 400, "{v}");
    let big = vec![b'x'; 100_001];
    let (status, v) = server.upload("/v1/files", &[file("file", "big", &big)]).await;
    assert_eq!(
        (status, v["error"]["type"].clone()),
        (413, json!("request_too_large")),
        "{v}"
    );
    assert!(
        files_below(&server.path("files/tmp")).is_empty(),
        "no partial upload is kept"
    );
    let expiring = server
        .upload(
            "/v1/files",
            &[file("file", "e.txt", b"e"), field("expires_in_seconds", "3600")],
        )
        .await
        .1;
    assert!(expiring["expires_at"].as_str().unwrap() > expiring["created_at"].as_str().unwrap());
}

/// A data dir from before named each file's bytes by their SHA-256 (uploads now have a random
/// name): such files still download and delete.
#[tokio::test]
async fn files_whose_bytes_are_named_by_their_sha256_still_download_and_delete() {
    use sha2::Digest;
    let mut server = Server::start(&[]);
    let old = upload(&server, "old.txt", b"from before").await;
    let id = old["id"].as_str().unwrap();
    server.stop(false);
    let sha: String = sha2::Sha256::digest(b"from before")
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let db = rusqlite::Connection::open(server.path("ant.db")).unwrap();
    let blob: String = db
        .query_row("SELECT blob FROM files WHERE id = ?1", [id], |r| r.get(0))
        .unwrap();
    assert_ne!(blob, sha);
    std::fs::rename(server.path("files").join(&blob), server.path("files").join(&sha)).unwrap();
    db.execute("UPDATE files SET blob = ?1 WHERE id = ?2", [&sha, id])
        .unwrap();
    drop(db);
    server.restart(false);
    assert_eq!(
        server.bytes(&format!("/v1/files/{id}/content")).await,
        (200, b"from before".to_vec())
    );
    server.ok("DELETE", &format!("/v1/files/{id}"), None).await;
    assert!(!server.path("files").join(&sha).exists(), "its bytes went with it");
}

/// A file resource under each working back end: bash and the read tool read it at the path
/// the model is told, nothing can change it, and files added to a running session appear.
#[tokio::test]
async fn mounted_files_are_read_by_bash_and_the_file_tools_and_cannot_change() {
    for back_end in working_back_ends() {
        let model = FakeModel::start();
        let server = Server::start(&["--model-url", &model.url, "--sandbox", back_end]);
        let data = upload(&server, "data.csv", b"city,temp\nParis,21\n").await;
        let fid = data["id"].as_str().unwrap();
        let shell = agent(&server, "shell", json!([])).await;
        let s = session(&server, &shell, json!([{"type": "file", "file_id": fid}])).await;
        let sid = s["id"].as_str().unwrap();
        let resource = &s["resources"][0];
        assert_eq!(resource["mount_path"], format!("/mnt/session/uploads/{fid}"));
        assert!(resource["id"].as_str().unwrap().starts_with("sesrsc_"));
        // bwrap shows it where the API says; Landlock cannot, and the model is told where it is.
        let path = seen_at(&server, Some(back_end), sid, &format!("/mnt/session/uploads/{fid}"));
        let out = run(
            &server,
            sid,
            &format!("cat {path}; echo changed > {path} || echo refused"),
        )
        .await;
        assert!(out.contains("Paris,21") && out.contains("refused"), "{back_end}: {out}");
        let system = model.requests()[0]["system"].as_str().unwrap().to_string();
        assert!(
            system.contains(&format!("- {path} (data.csv, 19 bytes, read-only)")),
            "{back_end}: {system}"
        );
        assert!(
            system.contains("/mnt/session/outputs") || back_end != "bwrap",
            "{system}"
        );

        let reader = agent(&server, "use:read", json!([])).await;
        let s2 = session(
            &server,
            &reader,
            json!([{"type": "file", "file_id": fid, "mount_path": "in/data.csv"}]),
        )
        .await;
        let sid2 = s2["id"].as_str().unwrap();
        assert_eq!(s2["resources"][0]["mount_path"], "/mnt/session/uploads/in/data.csv");
        let path2 = seen_at(&server, Some(back_end), sid2, "/mnt/session/uploads/in/data.csv");
        let out = run(&server, sid2, &json!({"file_path": path2}).to_string()).await;
        assert!(out.contains("Paris,21"), "{back_end}: {out}");
        let writer = agent(&server, "use:write", json!([])).await;
        let s3 = session(&server, &writer, json!([{"type": "file", "file_id": fid}])).await;
        let sid3 = s3["id"].as_str().unwrap();
        let target = seen_at(&server, Some(back_end), sid3, &format!("/mnt/session/uploads/{fid}"));
        let out = run(&server, sid3, &json!({"file_path": target, "content": "x"}).to_string()).await;
        assert!(out.contains("is inside read-only directory"), "{back_end}: {out}");
        assert_eq!(
            server.bytes(&format!("/v1/files/{fid}/content")).await.1,
            b"city,temp\nParis,21\n",
            "{back_end}: the file's bytes never changed"
        );

        // Added while the session lives (its shell still running), then removed.
        let more = upload(&server, "more.txt", b"more-bytes").await;
        let added = server
            .ok(
                "POST",
                &format!("/v1/sessions/{sid}/resources"),
                Some(json!({"type": "file", "file_id": more["id"], "mount_path": "more.txt"})),
            )
            .await;
        let more_path = path.replace(fid, "more.txt");
        let out = run(&server, sid, &format!("cat {more_path}")).await;
        assert!(out.contains("more-bytes"), "{back_end}: {out}");
        let listed = server.ok("GET", &format!("/v1/sessions/{sid}/resources"), None).await;
        assert_eq!(listed["data"].as_array().unwrap().len(), 2);
        assert_eq!(listed["next_page"], Value::Null);
        let rid = added["id"].as_str().unwrap();
        assert_eq!(
            server
                .ok("GET", &format!("/v1/sessions/{sid}/resources/{rid}"), None)
                .await,
            added
        );
        server
            .ok("DELETE", &format!("/v1/sessions/{sid}/resources/{rid}"), None)
            .await;
        let out = run(&server, sid, &format!("cat {more_path} || echo gone")).await;
        assert!(out.contains("gone"), "{back_end}: {out}");
        let session = server.ok("GET", &format!("/v1/sessions/{sid}"), None).await;
        assert_eq!(session["resources"].as_array().unwrap().len(), 1, "{session}");
    }
}

#[tokio::test]
async fn outputs_become_files_of_their_session() {
    let model = FakeModel::start();
    let server = Server::with_model(&model, "anthropic");
    let shell = agent(&server, "shell", json!([])).await;
    let s = session(&server, &shell, json!([])).await;
    let sid = s["id"].as_str().unwrap();
    let outputs = server.path(&format!("mounts/{sid}/mnt/session/outputs"));
    let root = seen_at(&server, None, sid, "/mnt/session/outputs");
    run(
        &server,
        sid,
        &format!(
            "head -c 300000 /dev/urandom > {root}/report.bin && mkdir -p {root}/sub && echo hi > {root}/sub/note.txt"
        ),
    )
    .await;
    let listed = server.ok("GET", &format!("/v1/files?scope_id={sid}"), None).await;
    let mut files = listed["data"].as_array().unwrap().clone();
    files.sort_by_key(|f| f["filename"].as_str().unwrap().to_string());
    assert_eq!(files.len(), 2, "{listed}");
    assert_eq!(files[0]["filename"], "report.bin");
    assert_eq!(files[0]["size_bytes"], 300_000);
    assert_eq!(files[0]["scope"], json!({"type": "session", "id": sid}));
    assert_eq!(files[1]["filename"], "sub/note.txt");
    let (status, downloaded) = server
        .bytes(&format!("/v1/files/{}/content", files[0]["id"].as_str().unwrap()))
        .await;
    assert_eq!(status, 200);
    assert_eq!(
        downloaded,
        std::fs::read(outputs.join("report.bin")).unwrap(),
        "byte-identical"
    );
    let all = server.ok("GET", "/v1/files", None).await;
    assert_eq!(all["data"].as_array().unwrap().len(), 2);
    let other = server.ok("GET", "/v1/files?scope_id=sesn_other", None).await;
    assert!(other["data"].as_array().unwrap().is_empty());

    // The same bytes again are the same file; other bytes are a new one.
    run(
        &server,
        sid,
        &format!("touch {root}/report.bin; echo bye > {root}/sub/note.txt"),
    )
    .await;
    let listed = server.ok("GET", &format!("/v1/files?scope_id={sid}"), None).await;
    assert_eq!(listed["data"].as_array().unwrap().len(), 3, "{listed}");
}

#[tokio::test]
async fn a_repository_is_cloned_at_its_commit_and_its_token_reaches_nothing_else() {
    let model = FakeModel::start();
    let server = Server::logged(&["--model-url", &model.url], &[("RUST_LOG", "debug")]);
    let repos = tempfile::tempdir().unwrap();
    let first = sh(
        repos.path(),
        "git init -q -b main work && cd work && echo one > f && git add f \
         && git -c user.name=t -c user.email=t@t commit -q -m one && git rev-parse HEAD \
         && echo two > f && git -c user.name=t -c user.email=t@t commit -q -am two \
         && git clone -q --bare . ../app.git",
    );
    let url = repos.path().join("app.git").display().to_string();
    let token = "ghp_localtesttoken_4f1b2c";
    let shell = agent(&server, "shell", json!([])).await;
    let s = session(
        &server,
        &shell,
        json!([{"type": "github_repository", "url": url, "authorization_token": token,
                "checkout": {"type": "commit", "sha": first}}]),
    )
    .await;
    let sid = s["id"].as_str().unwrap();
    let repo = &s["resources"][0];
    assert_eq!(repo["mount_path"], "/workspace/app");
    assert_eq!(repo["checkout"], json!({"type": "commit", "sha": first}));
    assert!(repo.get("authorization_token").is_none(), "{repo}");
    let host = server.path(&format!("mounts/{sid}/workspace/app"));
    let root = seen_at(&server, None, sid, "/workspace/app");
    let out = run(
        &server,
        sid,
        &format!("cd {root} && git rev-parse HEAD && cat f && echo edit >> f && cat .git/config; env; cat /proc/self/environ | tr '\\0' '\\n'"),
    )
    .await;
    assert!(out.contains(&first) && out.contains("one"), "{out}");
    assert_eq!(
        std::fs::read_to_string(host.join("f")).unwrap(),
        "one\nedit\n",
        "the checkout is writable"
    );
    let config = std::fs::read_to_string(host.join(".git/config")).unwrap();
    assert!(!config.contains(token) && !config.contains("extraHeader"), "{config}");

    // Rotating the token: accepted, and still shown nowhere.
    let rid = repo["id"].as_str().unwrap();
    let rotated = server
        .ok(
            "POST",
            &format!("/v1/sessions/{sid}/resources/{rid}"),
            Some(json!({"authorization_token": "ghp_rotated_99"})),
        )
        .await;
    assert!(!rotated.to_string().contains("ghp_rotated_99"));
    let history = serde_json::to_string(&server.history(sid).await).unwrap();
    let listed = server.ok("GET", &format!("/v1/sessions/{sid}/resources"), None).await;
    let retrieved = server.ok("GET", &format!("/v1/sessions/{sid}"), None).await;
    for (what, text) in [
        ("events", history),
        ("the resources", listed.to_string()),
        ("the session", retrieved.to_string()),
        ("the server's log", server.log()),
        (
            "the model's requests",
            serde_json::to_string(&model.requests()).unwrap(),
        ),
    ] {
        assert!(
            !text.contains(token) && !text.contains("ghp_rotated_99"),
            "the token is in {what}"
        );
    }

    // A branch, and clones that cannot be made.
    let env = environment(&server, json!(null)).await;
    let (status, v) = create_session(
        &server,
        &shell,
        &env,
        json!([{"type": "github_repository", "url": format!("file://{url}"), "checkout": {"type": "branch", "name": "main"},
                "mount_path": "/workspace/src/app"}]),
    )
    .await;
    assert_eq!(status, 200, "{v}");
    let main = server.path(&format!("mounts/{}/workspace/src/app/f", v["id"].as_str().unwrap()));
    assert_eq!(std::fs::read_to_string(main).unwrap(), "two\n");
    let sessions_before = files_below(&server.path("mounts")).len();
    for (resource, words) in [
        (
            json!({"type": "github_repository", "url": repos.path().join("nothing").display().to_string()}),
            "cannot clone",
        ),
        (
            json!({"type": "github_repository", "url": url, "checkout": {"type": "branch", "name": "nope"}}),
            "cannot check out nope",
        ),
        (
            json!({"type": "github_repository", "url": "https://github.com/acme/app.git"}),
            "is not https://github.com",
        ),
    ] {
        let (status, v) = create_session(&server, &shell, &env, json!([resource])).await;
        assert_eq!(status, 400, "{v}");
        let message = v["error"]["message"].as_str().unwrap();
        assert!(
            message.starts_with("resources[0].url: ") && message.contains(words),
            "{message}"
        );
    }
    assert_eq!(
        files_below(&server.path("mounts")).len(),
        sessions_before,
        "nothing half-cloned is left"
    );
}

/// The API of memory stores, and a session writing to one through its mount.
#[tokio::test]
async fn memory_writes_from_a_session_become_versions_and_preconditions_hold() {
    let model = FakeModel::start();
    let server = Server::with_model(&model, "anthropic");
    let store = server
        .ok(
            "POST",
            "/v1/memory_stores",
            Some(json!({"name": "User Preferences", "description": "What the user likes."})),
        )
        .await;
    let msid = store["id"].as_str().unwrap();
    assert!(msid.starts_with("memstore_"));
    let base = format!("/v1/memory_stores/{msid}/memories");
    let created = server
        .ok(
            "POST",
            &base,
            Some(json!({"path": "/prefs/colour.md", "content": "blue"})),
        )
        .await;
    assert_eq!(created["content"], Value::Null, "create answers the basic view");
    assert_eq!(created["content_size_bytes"], 4);
    let mid = created["id"].as_str().unwrap();
    let sha_blue = created["content_sha256"].as_str().unwrap().to_string();
    assert_eq!(
        sha_blue,
        "16477688c0e00699c6cfa4497a3612d7e83c532062b64b250fed8908128ed548"
    );

    let shell = agent(&server, "shell", json!([])).await;
    let s = session(
        &server,
        &shell,
        json!([{"type": "memory_store", "memory_store_id": msid, "instructions": "Keep notes short."}]),
    )
    .await;
    let sid = s["id"].as_str().unwrap();
    let resource = &s["resources"][0];
    assert_eq!(resource["mount_path"], "/mnt/memory/user-preferences");
    assert_eq!(resource["access"], "read_write");
    assert_eq!(resource["name"], "User Preferences");
    assert!(
        resource.get("id").is_none(),
        "a memory store resource has no id: {resource}"
    );
    let dir = seen_at(&server, None, sid, "/mnt/memory/user-preferences");
    let out = run(
        &server,
        sid,
        &format!(
            "cat {dir}/prefs/colour.md; echo green > {dir}/prefs/colour.md; mkdir -p {dir}/notes && echo met > {dir}/notes/a.md \
             && head -c 102401 /dev/zero | tr '\\0' a > {dir}/big.txt"
        ),
    )
    .await;
    assert!(out.starts_with("blue"), "{out}");
    assert!(
        out.contains(&format!("memory: {dir}/big.txt was not saved to the memory store"))
            && out.contains("102401 bytes"),
        "the tool result says what the store refused: {out}"
    );
    let system = model.requests()[0]["system"].as_str().unwrap().to_string();
    assert!(
        system.contains("memory store \"User Preferences\": What the user likes.")
            && system.contains("Instructions: Keep notes short."),
        "{system}"
    );

    let versions = server
        .ok(
            "GET",
            &format!("/v1/memory_stores/{msid}/memory_versions?session_id={sid}"),
            None,
        )
        .await;
    let mut ops: Vec<String> = versions["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| format!("{} {}", v["operation"], v["path"]))
        .collect();
    ops.sort();
    assert_eq!(
        ops,
        [r#""created" "/notes/a.md""#, r#""modified" "/prefs/colour.md""#],
        "{versions}"
    );
    for v in versions["data"].as_array().unwrap() {
        assert_eq!(v["created_by"], json!({"type": "session_actor", "session_id": sid}));
        assert_eq!(v["content"], Value::Null, "lists answer the basic view");
    }
    let current = server.ok("GET", &format!("{base}/{mid}"), None).await;
    assert_eq!(current["content"], "green\n");

    // A precondition on stale content fails, and changes nothing.
    let (status, v) = server
        .call(
            "POST",
            &format!("{base}/{mid}"),
            Some(json!({"content": "red", "precondition": {"type": "content_sha256", "content_sha256": sha_blue}})),
        )
        .await;
    assert_eq!(
        (status, v["error"]["type"].clone()),
        (409, json!("memory_precondition_failed_error")),
        "{v}"
    );
    let (status, v) = server
        .call(
            "DELETE",
            &format!("{base}/{mid}?expected_content_sha256={sha_blue}"),
            None,
        )
        .await;
    assert_eq!(
        (status, v["error"]["type"].clone()),
        (409, json!("memory_precondition_failed_error")),
        "{v}"
    );
    let fresh = current["content_sha256"].as_str().unwrap();
    let red = server
        .ok(
            "POST",
            &format!("{base}/{mid}?view=full"),
            Some(json!({"content": "red", "precondition": {"type": "content_sha256", "content_sha256": fresh}})),
        )
        .await;
    assert_eq!(red["content"], "red");
    // A change made through the API reaches the session's next turn.
    let out = run(&server, sid, &format!("cat {dir}/prefs/colour.md")).await;
    assert!(out.starts_with("red"), "{out}");

    // Paths, sizes and conflicts.
    for (body, words) in [
        (json!({"path": "/a/../b.md", "content": "x"}), "'..'"),
        (json!({"path": "notes.md", "content": "x"}), "must start with /"),
        (json!({"path": "/big.md", "content": "x".repeat(102_401)}), "100 kB"),
    ] {
        let (status, v) = server.call("POST", &base, Some(body)).await;
        assert_eq!(status, 400, "{v}");
        assert!(v["error"]["message"].as_str().unwrap().contains(words), "{v}");
    }
    let (status, v) = server
        .call("POST", &base, Some(json!({"path": "/notes/a.md", "content": "again"})))
        .await;
    assert_eq!(
        (status, v["error"]["type"].clone()),
        (409, json!("memory_path_conflict_error")),
        "{v}"
    );

    // depth=1 rolls deeper paths up; pages follow the cursor.
    let top = server.ok("GET", &format!("{base}?depth=1"), None).await;
    let items: Vec<(Value, Value)> = top["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["type"].clone(), i["path"].clone()))
        .collect();
    assert_eq!(
        items,
        [
            (json!("memory_prefix"), json!("/notes/")),
            (json!("memory_prefix"), json!("/prefs/"))
        ]
    );
    let first = server.ok("GET", &format!("{base}?limit=1"), None).await;
    assert_eq!(first["data"][0]["path"], "/notes/a.md");
    let second = server
        .ok(
            "GET",
            &format!("{base}?limit=1&page={}", first["next_page"].as_str().unwrap()),
            None,
        )
        .await;
    assert_eq!(second["data"][0]["path"], "/prefs/colour.md");
    assert_eq!(second["next_page"], Value::Null);
    let scoped = server
        .ok("GET", &format!("{base}?path_prefix=/prefs/&view=full"), None)
        .await;
    assert_eq!(scoped["data"][0]["content"], "red");

    // Redaction: never the head; an older version loses its content, not its author.
    let history = server
        .ok(
            "GET",
            &format!("/v1/memory_stores/{msid}/memory_versions?memory_id={mid}"),
            None,
        )
        .await;
    let history = history["data"].as_array().unwrap();
    assert_eq!(
        history.len(),
        3,
        "created, modified by the session, modified by the API"
    );
    assert_eq!(
        history[0]["created_by"],
        json!({"type": "api_actor", "api_key_id": "apikey_local"})
    );
    let (status, _) = server
        .call(
            "POST",
            &format!(
                "/v1/memory_stores/{msid}/memory_versions/{}/redact",
                history[0]["id"].as_str().unwrap()
            ),
            None,
        )
        .await;
    assert_eq!(status, 400, "the head cannot be redacted");
    let oldest = history[2]["id"].as_str().unwrap();
    let redacted = server
        .ok(
            "POST",
            &format!("/v1/memory_stores/{msid}/memory_versions/{oldest}/redact"),
            None,
        )
        .await;
    assert_eq!(
        (
            redacted["content"].clone(),
            redacted["path"].clone(),
            redacted["content_sha256"].clone()
        ),
        (Value::Null, Value::Null, Value::Null)
    );
    assert!(redacted["redacted_at"].is_string());
    assert_eq!(redacted["created_by"], history[2]["created_by"]);

    // A read-only mount: writes fail in the sandbox and make no version.
    let ro = session(
        &server,
        &shell,
        json!([{"type": "memory_store", "memory_store_id": msid, "access": "read_only"}]),
    )
    .await;
    let ro_id = ro["id"].as_str().unwrap();
    let ro_dir = dir.replace(sid, ro_id);
    let out = run(
        &server,
        ro_id,
        &format!("cat {ro_dir}/prefs/colour.md; echo x > {ro_dir}/new.md || echo refused"),
    )
    .await;
    assert!(out.starts_with("red") && out.contains("refused"), "{out}");
    let after = server
        .ok(
            "GET",
            &format!("/v1/memory_stores/{msid}/memory_versions?session_id={ro_id}"),
            None,
        )
        .await;
    assert!(after["data"].as_array().unwrap().is_empty(), "{after}");

    // Archived: read-only through the API and not attachable; deleting cascades.
    server
        .ok("POST", &format!("/v1/memory_stores/{msid}/archive"), None)
        .await;
    let (status, _) = server
        .call("POST", &base, Some(json!({"path": "/x.md", "content": ""})))
        .await;
    assert_eq!(status, 400);
    let env = environment(&server, json!(null)).await;
    let (status, v) = create_session(
        &server,
        &shell,
        &env,
        json!([{"type": "memory_store", "memory_store_id": msid}]),
    )
    .await;
    assert_eq!(status, 400, "{v}");
    assert!(v["error"]["message"].as_str().unwrap().contains("archived"), "{v}");
    server.ok("DELETE", &format!("/v1/memory_stores/{msid}"), None).await;
    let (status, _) = server.call("GET", &format!("{base}/{mid}"), None).await;
    assert_eq!(status, 404);
}

const SKILL_MD: &str =
    "---\nname: csv-tools\ndescription: Summarise CSV files with awk.\n---\nRun scripts/sum.sh on the file.\n";

/// Uploads the csv-tools skill (as a directory's files) and returns it.
async fn csv_skill(server: &Server) -> Value {
    let (status, skill) = server
        .upload(
            "/v1/skills",
            &[
                file("files[]", "csv-tools/SKILL.md", SKILL_MD.as_bytes()),
                file("files[]", "csv-tools/scripts/sum.sh", b"echo summed\n"),
                field("display_title", "CSV tools"),
            ],
        )
        .await;
    assert_eq!(status, 200, "{skill}");
    skill
}

fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    use std::io::Write;
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, data) in entries {
        w.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
        w.write_all(data).unwrap();
    }
    w.finish().unwrap().into_inner()
}

#[tokio::test]
async fn a_skill_is_uploaded_attached_and_read_by_the_agent() {
    let model = FakeModel::start();
    let server = Server::with_model(&model, "anthropic");
    let skill = csv_skill(&server).await;
    let skill_id = skill["id"].as_str().unwrap();
    assert!(skill_id.starts_with("skill_"));
    assert_eq!(
        (skill["display_name"].clone(), skill["display_title"].clone()),
        (json!("CSV tools"), json!("CSV tools"))
    );
    assert_eq!(skill["source"], json!({"type": "custom"}));
    let v1 = skill["latest_version_id"].as_str().unwrap().to_string();
    assert!(
        v1.len() >= 16 && v1.bytes().all(|b| b.is_ascii_digit()),
        "an epoch-microsecond id: {v1}"
    );
    let version = server
        .ok("GET", &format!("/v1/skills/{skill_id}/versions/latest"), None)
        .await;
    assert_eq!(
        (
            version["id"].clone(),
            version["name"].clone(),
            version["description"].clone()
        ),
        (json!(v1), json!("csv-tools"), json!("Summarise CSV files with awk."))
    );
    let (status, zipped) = server
        .bytes(&format!("/v1/skills/{skill_id}/versions/{v1}/content"))
        .await;
    assert_eq!(status, 200);
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zipped)).unwrap();
    let mut names: Vec<String> = (0..archive.len())
        .map(|i| archive.by_index(i).unwrap().name().unwrap().to_string())
        .collect();
    names.sort();
    assert_eq!(names, ["csv-tools/SKILL.md", "csv-tools/scripts/sum.sh"]);

    let shell = agent(&server, "shell", json!([{"type": "custom", "skill_id": skill_id}])).await;
    let stored = server.ok("GET", &format!("/v1/agents/{shell}"), None).await;
    assert_eq!(
        stored["skills"],
        json!([{"type": "custom", "skill_id": skill_id, "version": "latest"}])
    );
    let s = session(&server, &shell, json!([])).await;
    let sid = s["id"].as_str().unwrap();
    assert_eq!(
        s["agent"]["skills"][0]["version"], v1,
        "the session pins the newest version"
    );
    let dir = if working_back_ends().first() == Some(&"bwrap") {
        "/mnt/skills/csv-tools".to_string()
    } else {
        server.path(&format!("skills/{skill_id}/{v1}")).display().to_string()
    };
    let out = run(
        &server,
        sid,
        &format!("cat {dir}/SKILL.md; sh {dir}/scripts/sum.sh; touch {dir}/x || echo refused"),
    )
    .await;
    assert!(
        out.contains("Run scripts/sum.sh") && out.contains("summed") && out.contains("refused"),
        "{out}"
    );
    let system = model.requests()[0]["system"].as_str().unwrap().to_string();
    assert!(
        system.contains(&format!(
            "- csv-tools: Summarise CSV files with awk. (read {dir}/SKILL.md first)"
        )),
        "{system}"
    );

    // A second version (as a zip); new sessions get it, the first keeps its own.
    let v2_md = SKILL_MD.replace("with awk", "with awk, faster");
    let zipped = zip_of(&[("csv-tools/SKILL.md", v2_md.as_bytes())]);
    let (status, v2) = server
        .upload(
            &format!("/v1/skills/{skill_id}/versions"),
            &[file("files[]", "csv-tools.zip", &zipped)],
        )
        .await;
    assert_eq!(status, 200, "{v2}");
    let v2_id = v2["id"].as_str().unwrap();
    assert!(v2_id > v1.as_str());
    let newer = session(&server, &shell, json!([])).await;
    assert_eq!(newer["agent"]["skills"][0]["version"], v2_id);
    let renamed = SKILL_MD.replace("name: csv-tools", "name: other-name");
    let (status, v) = server
        .upload(
            &format!("/v1/skills/{skill_id}/versions"),
            &[file("files", "d/SKILL.md", renamed.as_bytes())],
        )
        .await;
    assert_eq!(status, 400, "{v}");
    assert!(v["error"]["message"].as_str().unwrap().contains("cannot change"), "{v}");
    let versions = server.ok("GET", &format!("/v1/skills/{skill_id}/versions"), None).await;
    assert_eq!(versions["data"].as_array().unwrap().len(), 2);

    server
        .ok("DELETE", &format!("/v1/skills/{skill_id}/versions/{v2_id}"), None)
        .await;
    let after = server.ok("GET", &format!("/v1/skills/{skill_id}"), None).await;
    assert_eq!(after["latest_version_id"], v1);
    assert!(!server.path(&format!("skills/{skill_id}/{v2_id}")).exists());
    let deleted = server.ok("DELETE", &format!("/v1/skills/{skill_id}"), None).await;
    assert_eq!(deleted, json!({"id": skill_id, "type": "skill_deleted"}));
    assert!(!server.path(&format!("skills/{skill_id}")).exists());
}

/// Bad input of every kind: a 4xx in the API's shape naming what is wrong, and nothing
/// half-written in the data dir.
#[tokio::test]
async fn bad_input_is_refused_and_leaves_nothing_behind() {
    let model = FakeModel::start();
    let server = Server::with_model(&model, "anthropic");
    let bomb = {
        use std::io::Write;
        let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        w.start_file("b/SKILL.md", zip::write::SimpleFileOptions::default())
            .unwrap();
        let zeros = vec![0u8; 1 << 20];
        for _ in 0..64 {
            w.write_all(&zeros).unwrap();
        }
        w.finish().unwrap().into_inner()
    };
    let linked = {
        let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default();
        w.start_file("l/SKILL.md", options).unwrap();
        std::io::Write::write_all(&mut w, SKILL_MD.as_bytes()).unwrap();
        w.add_symlink("l/secrets", "/etc", options).unwrap();
        w.finish().unwrap().into_inner()
    };
    let traversal = zip_of(&[("t/SKILL.md", SKILL_MD.as_bytes()), ("t/../../evil", b"x")]);
    let skills: [(Vec<u8>, &str, u16, &str); 5] = [
        (b"# no manifest".to_vec(), "x/README.md", 400, "no SKILL.md"),
        (bomb, "bomb.zip", 413, "larger than 8 MiB"),
        (linked, "linked.zip", 400, "symbolic link"),
        (traversal, "t.zip", 400, "'..'"),
        (SKILL_MD.as_bytes().to_vec(), "SKILL.md", 400, "top-level directory"),
    ];
    for (data, name, want, words) in skills {
        let (status, v) = server.upload("/v1/skills", &[file("files[]", name, &data)]).await;
        assert_eq!(status, want, "{name}: {v}");
        assert_eq!(v["type"], "error");
        assert!(v["error"]["message"].as_str().unwrap().contains(words), "{name}: {v}");
    }
    assert!(files_below(&server.path("skills")).is_empty(), "no skill files kept");

    for (skills, words) in [
        (
            json!([{"type": "anthropic", "skill_id": "xlsx"}]),
            "only in Anthropic's cloud",
        ),
        (
            json!([{"type": "custom", "skill_id": "skill_missing"}]),
            "skill skill_missing not found",
        ),
    ] {
        let body = json!({"name": "a", "model": "claude-sonnet-4-6", "skills": skills});
        let (status, v) = server.call("POST", "/v1/agents", Some(body)).await;
        assert_eq!(status, 400, "{v}");
        assert!(v["error"]["message"].as_str().unwrap().starts_with("skills[0]"), "{v}");
        assert!(v["error"]["message"].as_str().unwrap().contains(words), "{v}");
    }

    let shell = agent(&server, "shell", json!([])).await;
    let env = environment(&server, json!(null)).await;
    let f = upload(&server, "f.txt", b"f").await;
    for (resources, status, words) in [
        (
            json!([{"type": "file", "file_id": "file_missing"}]),
            404,
            "resources[0].file_id: file file_missing not found",
        ),
        (
            json!([{"type": "file", "file_id": f["id"], "mount_path": "../../etc/x"}]),
            400,
            "resources[0].mount_path",
        ),
        (
            json!([{"type": "file", "file_id": f["id"], "mount_path": "/etc/passwd"}]),
            400,
            "under /mnt/ or /workspace/",
        ),
        (
            json!([{"type": "file", "file_id": f["id"], "mount_path": "a"}, {"type": "file", "file_id": f["id"], "mount_path": "a"}]),
            400,
            "overlaps",
        ),
        (
            json!([{"type": "memory_store", "memory_store_id": "memstore_missing"}]),
            404,
            "memory store memstore_missing not found",
        ),
        (json!([{"type": "vault"}]), 400, "resources[0].type"),
    ] {
        let (got, v) = create_session(&server, &shell, &env, resources).await;
        assert_eq!(got, status, "{v}");
        assert!(v["error"]["message"].as_str().unwrap().contains(words), "{v}");
    }
    let sessions = server.ok("GET", "/v1/sessions", None).await;
    assert!(sessions["data"].as_array().unwrap().is_empty(), "no session was made");
    assert!(!server.path("mounts").exists() || files_below(&server.path("mounts")).is_empty());
}

/// `ant beta:worker` places the agent's skills in `skills/<name>/` and keeps the session's
/// memory store in step in `memory/<slug>/` of its working directory.
#[tokio::test]
async fn the_worker_places_skills_and_syncs_memory_stores() {
    let model = FakeModel::start();
    let server = Server::with_model(&model, "anthropic");
    let (env, key) = server.self_hosted_environment().await;
    let skill = csv_skill(&server).await;
    let store = server
        .ok("POST", "/v1/memory_stores", Some(json!({"name": "Team notes"})))
        .await;
    let msid = store["id"].as_str().unwrap();
    server
        .ok(
            "POST",
            &format!("/v1/memory_stores/{msid}/memories"),
            Some(json!({"path": "/known.md", "content": "from the store"})),
        )
        .await;
    let shell = agent(&server, "shell", json!([{"type": "custom", "skill_id": skill["id"]}])).await;
    let (status, s) = create_session(
        &server,
        &shell,
        &env,
        json!([{"type": "memory_store", "memory_store_id": msid}]),
    )
    .await;
    assert_eq!(status, 200, "{s}");
    let sid = s["id"].as_str().unwrap();
    let workdir = tempfile::tempdir().unwrap();
    let _worker = Killed(
        Command::new(ANT)
            .args([
                "beta:worker",
                "poll",
                "--max-idle",
                "1s",
                "--base-url",
                &server.base_url,
            ])
            .args(["--environment-id", &env, "--environment-key", &key, "--workdir"])
            .arg(workdir.path())
            .env("RUST_LOG", "warn")
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap(),
    );
    let command =
        "cat skills/csv-tools/SKILL.md && cat memory/team-notes/known.md && echo learned > memory/team-notes/new.md";
    server
        .ok(
            "POST",
            &format!("/v1/sessions/{sid}/events"),
            Some(json!({"events": user_message(command)})),
        )
        .await;
    // The worker answers the call as `user.tool_result`; the turn ends after it.
    let deadline = Instant::now() + Duration::from_secs(30);
    let history = loop {
        let history = server.history(sid).await;
        let ended = history
            .last()
            .is_some_and(|e| e["type"] == "session.status_idle" && e["stop_reason"]["type"] != "requires_action");
        if ended {
            break history;
        }
        assert!(Instant::now() < deadline, "the turn did not end: {history:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let out = history
        .iter()
        .filter(|e| e["type"] == "user.tool_result")
        .map(text_of)
        .collect::<String>();
    assert!(
        out.contains("Run scripts/sum.sh") && out.contains("from the store"),
        "{out}"
    );
    let versions = server
        .ok(
            "GET",
            &format!("/v1/memory_stores/{msid}/memory_versions?session_id={sid}"),
            None,
        )
        .await;
    assert_eq!(versions["data"][0]["path"], "/new.md", "{versions}");
    assert_eq!(
        versions["data"][0]["created_by"],
        json!({"type": "session_actor", "session_id": sid})
    );
    let system = model.requests()[0]["system"].as_str().unwrap().to_string();
    assert!(
        system.contains("(read skills/csv-tools/SKILL.md first)")
            && system.contains("- memory/team-notes/ (read-write)"),
        "{system}"
    );
    assert!(
        !system.contains("/mnt/session/outputs"),
        "outputs stay with a self-hosted worker: {system}"
    );
    // Once the item is done, the skills it placed go.
    let deadline = Instant::now() + Duration::from_secs(20);
    while workdir.path().join("skills/csv-tools").exists() {
        assert!(
            Instant::now() < deadline,
            "the worker kept the skills after the item ended"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// A child process killed when the test ends, passed or not.
struct Killed(std::process::Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The server's peak resident memory so far, from /proc.
fn peak_rss_bytes(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap();
    let kib: u64 = line.split_whitespace().nth(1).unwrap().parse().unwrap();
    kib * 1024
}

/// A 1 GiB upload and its download stream through the server: it never holds the file.
#[tokio::test]
async fn a_1_gib_upload_and_download_keep_the_server_small() {
    const MIB: usize = 1 << 20;
    const SIZE: usize = 1024 * MIB;
    let server = Server::start(&["--max-file-bytes", &(2 * SIZE).to_string()]);
    let chunk = |i: usize| bytes::Bytes::from(vec![(i % 251) as u8; MIB]);
    let chunks = futures::stream::iter((0..SIZE / MIB).map(chunk));
    let body = reqwest::Body::wrap_stream(common::multipart::streamed_file("big.bin", chunks));
    let (status, meta) = server.upload_body("/v1/files", body).await;
    assert_eq!(status, 200, "{meta}");
    assert_eq!(meta["size_bytes"], SIZE);
    let resp = server
        .http
        .get(server.url(&format!("/v1/files/{}/content", meta["id"].as_str().unwrap())))
        .header("x-api-key", &server.key)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.content_length(), Some(SIZE as u64));
    let mut stream = resp.bytes_stream();
    let mut seen = 0usize;
    while let Some(piece) = futures::StreamExt::next(&mut stream).await {
        let piece = piece.unwrap();
        for (offset, byte) in piece.iter().enumerate() {
            let at = seen + offset;
            assert_eq!(*byte, ((at / MIB) % 251) as u8, "byte {at} differs");
        }
        seen += piece.len();
    }
    assert_eq!(seen, SIZE);
    let peak = peak_rss_bytes(server.pid());
    assert!(
        peak < 200 * MIB as u64,
        "the server peaked at {} MiB",
        peak / MIB as u64
    );
}

/// A resource that cannot be laid out when the session's first turn starts (its file deleted
/// since it was attached) is a `session.error` naming it, and the turn ends without the model.
#[tokio::test]
async fn a_file_gone_before_the_first_turn_is_a_session_error() {
    let model = FakeModel::start();
    let server = Server::with_model(&model, "anthropic");
    let shell = agent(&server, "shell", json!([])).await;
    let f = upload(&server, "gone.txt", b"soon gone").await;
    let fid = f["id"].as_str().unwrap();
    let s = session(&server, &shell, json!([{"type": "file", "file_id": fid}])).await;
    let sid = s["id"].as_str().unwrap();
    server.ok("DELETE", &format!("/v1/files/{fid}"), None).await;
    let events = server.turn(sid, user_message("cat /etc/hostname")).await;
    let error = events
        .iter()
        .find(|e| e["type"] == "session.error")
        .unwrap_or_else(|| panic!("no session.error: {events:?}"));
    assert!(
        error["error"]["message"]
            .as_str()
            .unwrap()
            .contains(&format!("file {fid} is gone")),
        "{error}"
    );
    assert_eq!(events.last().unwrap()["type"], "session.status_idle", "{events:?}");
    assert!(model.requests().is_empty(), "the model was not called");
}

/// The official commands end to end against the local server: a file uploaded from disk,
/// listed, its metadata read, downloaded byte for byte to `-o` and to a pipe, and deleted; a
/// memory written and then refused on a stale precondition.
#[test]
fn the_file_and_memory_commands_work_against_the_local_server() {
    let s = Server::start(&[]);
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("notes.bin");
    let data: Vec<u8> = (0..300_000u32).map(|i| (i * 7 % 251) as u8).collect();
    std::fs::write(&source, &data).unwrap();
    let uploaded = s
        .ant(&[
            "beta:files",
            "upload",
            "--file",
            source.to_str().unwrap(),
            "--format",
            "json",
        ])
        .run()
        .json();
    let file_id = uploaded["id"].as_str().unwrap();
    assert_eq!(uploaded["filename"], "notes.bin");
    assert_eq!(uploaded["size_bytes"], data.len());

    let listed = s.ant(&["beta:files", "list", "--format", "jsonl"]).run().ok();
    assert!(listed.contains(file_id), "{listed}");
    let meta = s
        .ant(&[
            "beta:files",
            "retrieve-metadata",
            "--file-id",
            file_id,
            "--format",
            "json",
        ])
        .run()
        .json();
    assert_eq!(meta["id"], file_id);

    let target = dir.path().join("back.bin");
    s.ant(&[
        "beta:files",
        "download",
        "--file-id",
        file_id,
        "-o",
        target.to_str().unwrap(),
    ])
    .run()
    .ok();
    assert_eq!(std::fs::read(&target).unwrap(), data);
    let mut child = s.ant(&["beta:files", "download", "--file-id", file_id]).spawn_piped();
    drop(child.stdin.take());
    let piped = child.wait_with_output().unwrap();
    assert!(piped.status.success());
    assert_eq!(piped.stdout, data);

    s.ant(&["beta:files", "delete", "--file-id", file_id]).run().ok();
    let gone = s.ant(&["beta:files", "retrieve-metadata", "--file-id", file_id]).run();
    assert_eq!(gone.code, 1, "{}", gone.stderr);
    assert!(
        gone.stderr.contains("404") || gone.stderr.contains("not_found"),
        "{}",
        gone.stderr
    );

    let store = s
        .ant(&["beta:memory-stores", "create", "--name", "notes", "--format", "json"])
        .run()
        .json();
    let store_id = store["id"].as_str().unwrap();
    let memory = s
        .ant(&[
            "beta:memory-stores:memories",
            "create",
            "--memory-store-id",
            store_id,
            "--path",
            "/todo.md",
            "--content",
            "first",
            "--format",
            "json",
        ])
        .run()
        .json();
    let memory_id = memory["id"].as_str().unwrap();
    let stale = s
        .ant(&[
            "beta:memory-stores:memories",
            "update",
            "--memory-store-id",
            store_id,
            "--memory-id",
            memory_id,
            "--content",
            "second",
            "--precondition",
            &format!("{{type: content_sha256, content_sha256: '{}'}}", "0".repeat(64)),
        ])
        .run();
    assert_eq!(stale.code, 1, "{}", stale.stderr);
    // The error line on stderr, the API's error body on stdout (as the official CLI prints them).
    assert!(stale.stderr.contains("409"), "{}", stale.stderr);
    assert!(
        stale.stdout.contains("memory_precondition_failed_error"),
        "{}",
        stale.stdout
    );
    let listed = s
        .ant(&[
            "beta:memory-stores:memories",
            "list",
            "--memory-store-id",
            store_id,
            "--format",
            "jsonl",
        ])
        .run()
        .ok();
    assert_eq!(listed.lines().count(), 1, "{listed}");
}
