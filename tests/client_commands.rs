//! Every resource command against a real `ant local serve`: CRUD, input forms, output formats,
//! transforms, paging and streaming.

mod common;

use common::{Server, redactions};
use serde_json::json;

fn create_agent(s: &Server, name: &str) -> String {
    s.ant(&[
        "agents",
        "create",
        "--name",
        name,
        "--model",
        "claude-sonnet-4-6",
        "--transform",
        "id",
        "-r",
    ])
    .run()
    .ok()
    .trim()
    .to_string()
}

fn create_environment(s: &Server, name: &str) -> String {
    s.ant(&["environments", "create", "--name", name, "--transform", "id", "-r"])
        .run()
        .ok()
        .trim()
        .to_string()
}

#[test]
fn agents_create_retrieve_update_versions_list_archive() {
    let s = Server::start(&[]);
    let agent = s
        .ant(&[
            "beta:agents",
            "create",
            "--name",
            "coder",
            // A bare model id: the official CLI refuses it, we accept it.
            "--model",
            "claude-sonnet-4-6",
            "--tool",
            "{type: agent_toolset_20260401}",
            "--tool",
            r#"{"type": "custom", "name": "lookup", "description": "d", "input_schema": {"type": "object"}}"#,
            "--metadata",
            "{team: infra}",
        ])
        .run()
        .json();
    let id = agent["id"].as_str().unwrap();
    assert_eq!(agent["model"]["id"], "claude-sonnet-4-6");
    assert_eq!(agent["tools"].as_array().unwrap().len(), 2);
    assert_eq!(agent["metadata"], json!({"team": "infra"}));

    // The positional argument fills --agent-id.
    let got = s.ant(&["beta:agents", "retrieve", id]).run().json();
    assert_eq!(got["name"], "coder");

    let updated = s
        .ant(&[
            "agents",
            "update",
            id,
            "--version",
            "1",
            "--name",
            "coder2",
            "--model",
            "{id: claude-opus-4-6}",
            "--description",
            "null",
        ])
        .run()
        .json();
    assert_eq!(updated["version"], 2);
    assert_eq!(updated["name"], "coder2");
    assert_eq!(updated["model"]["id"], "claude-opus-4-6");
    assert_eq!(updated["description"], serde_json::Value::Null);

    let old = s
        .ant(&["agents", "retrieve", "--agent-id", id, "--version", "1"])
        .run()
        .json();
    assert_eq!(old["name"], "coder");

    let versions = s
        .ant(&[
            "beta:agents:versions",
            "list",
            id,
            "--transform",
            "version",
            "--format",
            "jsonl",
        ])
        .run()
        .ok();
    let mut versions: Vec<&str> = versions.lines().collect();
    versions.sort();
    assert_eq!(versions, ["1", "2"]);

    assert_eq!(
        s.ant(&["agents", "list", "--transform", "id", "-r"]).run().ok(),
        format!("{id}\n")
    );
    let archived = s.ant(&["agents", "archive", id]).run().json();
    assert!(archived["archived_at"].is_string());
    assert_eq!(s.ant(&["agents", "list"]).run().ok(), "");
    let with_archived = s
        .ant(&["agents", "list", "--include-archived", "--transform", "id", "-r"])
        .run()
        .ok();
    assert_eq!(with_archived, format!("{id}\n"));
}

#[test]
fn environments_create_retrieve_update_list_archive_delete() {
    let s = Server::start(&[]);
    let env = s
        .ant(&[
            "environments",
            "create",
            "--name",
            "py",
            "--config",
            "{type: cloud, packages: {pip: [pandas]}, networking: {type: unrestricted}}",
        ])
        .run()
        .json();
    let id = env["id"].as_str().unwrap();
    assert_eq!(env["config"]["packages"]["pip"], json!(["pandas"]));

    assert_eq!(s.ant(&["beta:environments", "retrieve", id]).run().json()["name"], "py");
    let updated = s
        .ant(&["environments", "update", id, "--description", "data work"])
        .run()
        .json();
    assert_eq!(updated["description"], "data work");
    assert_eq!(
        s.ant(&["environments", "list", "--transform", "name", "-r"]).run().ok(),
        "py\n"
    );
    assert!(s.ant(&["environments", "archive", id]).run().json()["archived_at"].is_string());
    let deleted = s.ant(&["environments", "delete", id]).run().json();
    assert_eq!(deleted, json!({"id": id, "type": "environment_deleted"}));
    let gone = s.ant(&["environments", "retrieve", id]).run();
    assert_eq!(gone.code, 1);
}

#[test]
fn sessions_and_their_events() {
    let s = Server::start(&[]);
    let agent = create_agent(&s, "a");
    let env = create_environment(&s, "e");
    let session = s
        .ant(&[
            "sessions",
            "create",
            "--agent",
            &agent,
            "--environment-id",
            &env,
            "--title",
            "first",
        ])
        .run()
        .json();
    let sid = session["id"].as_str().unwrap().to_string();
    assert_eq!(session["title"], "first");
    assert_eq!(
        s.ant(&["beta:sessions", "retrieve", &sid]).run().json()["id"],
        sid.as_str()
    );
    let updated = s
        .ant(&["sessions", "update", &sid, "--metadata", "{k: v}"])
        .run()
        .json();
    assert_eq!(updated["metadata"], json!({"k": "v"}));
    assert_eq!(
        s.ant(&["sessions", "list", "--agent-id", &agent, "--transform", "id", "-r"])
            .run()
            .ok(),
        format!("{sid}\n")
    );

    // Open the stream first: it carries only what happens after it connects.
    let stream = s
        .ant(&[
            "stream",
            &sid,
            "--max-items",
            "1",
            "--format",
            "jsonl",
            "--transform",
            "type",
            "-r",
        ])
        .spawn();
    std::thread::sleep(std::time::Duration::from_millis(500));
    s.ant(&[
        "beta:sessions:events",
        "send",
        &sid,
        "--event",
        "{type: user.message, content: [{type: text, text: hello}]}",
    ])
    .run()
    .ok();
    let types = s
        .ant(&[
            "beta:sessions:events",
            "list",
            &sid,
            "--type",
            "user.message",
            "--transform",
            "content.0.text",
            "-r",
        ])
        .run()
        .ok();
    assert_eq!(types, "hello\n");

    // A running session cannot be archived; an idle one can.
    let idle = s
        .ant(&[
            "sessions",
            "create",
            "--agent",
            &agent,
            "--environment-id",
            &env,
            "--transform",
            "id",
            "-r",
        ])
        .run()
        .ok();
    assert!(s.ant(&["sessions", "archive", idle.trim()]).run().json()["archived_at"].is_string());
    let deleted = s.ant(&["sessions", "delete", idle.trim()]).run().json();
    assert_eq!(deleted["type"], "session_deleted");
    // The stream printed the first event after it connected, then stopped at --max-items.
    let streamed = stream.wait_with_output().unwrap();
    assert_eq!(String::from_utf8(streamed.stdout).unwrap(), "user.message\n");
}

#[test]
fn each_output_format() {
    let s = Server::start(&[]);
    let id = s
        .ant(&[
            "environments",
            "create",
            "--name",
            "fmt",
            "--metadata",
            "{owner: ops}",
            "--transform",
            "id",
            "-r",
        ])
        .run()
        .ok();
    let id = id.trim();
    let mut settings = insta::Settings::clone_current();
    for (from, to) in redactions() {
        settings.add_filter(from, to);
    }
    settings.bind(|| {
        for format in ["json", "jsonl", "yaml", "pretty", "raw"] {
            let out = s.ant(&["environments", "retrieve", id, "--format", format]).run().ok();
            insta::assert_snapshot!(format!("retrieve_{format}"), out);
        }
        let out = s
            .ant(&[
                "environments",
                "list",
                "--format",
                "yaml",
                "--transform",
                "{name,owner:metadata.owner}",
            ])
            .run()
            .ok();
        insta::assert_snapshot!("list_yaml_transform", out);
    });
}

#[test]
fn explore_falls_back_to_json_with_the_official_warning() {
    let s = Server::start(&[]);
    create_environment(&s, "x");
    let out = s.ant(&["environments", "list", "--format", "explore"]).run();
    assert_eq!(out.code, 0);
    assert_eq!(
        out.stderr,
        "Warning: Output format 'explore' not supported for non-terminal output; falling back to 'json'\n"
    );
    assert!(out.stdout.starts_with("{\n  \"id\""), "{}", out.stdout);
    // Implicit explore (the default of reads) falls back silently.
    assert_eq!(s.ant(&["environments", "list"]).run().stderr, "");
}

#[test]
fn colour_follows_force_color_and_no_color() {
    let s = Server::start(&[]);
    create_environment(&s, "c");
    let forced = s.ant(&["environments", "list"]).env("FORCE_COLOR", "1").run().ok();
    assert!(forced.contains("\x1b["));
    let plain = s.ant(&["environments", "list"]).env("NO_COLOR", "1").run().ok();
    assert!(!plain.contains("\x1b["));
    // Not a terminal: no colour by default.
    assert!(!s.ant(&["environments", "list"]).run().ok().contains("\x1b["));
}

#[test]
fn lists_page_through_limit_max_items_and_page() {
    let s = Server::start(&[]);
    for i in 0..5 {
        create_environment(&s, &format!("e{i}"));
    }
    let all = s
        .ant(&["environments", "list", "--limit", "2", "--transform", "name", "-r"])
        .run()
        .ok();
    assert_eq!(all.lines().count(), 5, "{all}");
    let capped = s
        .ant(&[
            "environments",
            "list",
            "--limit",
            "2",
            "--max-items",
            "3",
            "--transform",
            "name",
            "-r",
        ])
        .run()
        .ok();
    assert_eq!(
        capped.lines().collect::<Vec<_>>(),
        all.lines().take(3).collect::<Vec<_>>()
    );
    // Raw on a list is the first page's envelope; its cursor resumes the list.
    let cursor = s
        .ant(&[
            "environments",
            "list",
            "--limit",
            "2",
            "--format",
            "raw",
            "--transform",
            "next_page",
            "-r",
        ])
        .run()
        .ok();
    let rest = s
        .ant(&[
            "environments",
            "list",
            "--limit",
            "2",
            "--page",
            cursor.trim(),
            "--transform",
            "name",
            "-r",
        ])
        .run()
        .ok();
    assert_eq!(
        rest.lines().collect::<Vec<_>>(),
        all.lines().skip(2).collect::<Vec<_>>()
    );
}

#[test]
fn stdin_body_is_merged_with_flags_and_flags_win() {
    let s = Server::start(&[]);
    let yaml = "name: from-yaml\nmodel: claude-sonnet-4-6\nsystem: |\n  Be brief.\nmetadata: {source: file}\n";
    let agent = s.ant(&["beta:agents", "create"]).stdin(yaml).run().json();
    assert_eq!(agent["name"], "from-yaml");
    assert_eq!(agent["system"], "Be brief.\n");

    let agent = s
        .ant(&["agents", "create", "--name", "from-flag"])
        .stdin(yaml)
        .run()
        .json();
    assert_eq!(agent["name"], "from-flag");
    assert_eq!(agent["metadata"], json!({"source": "file"}));

    // A retrieve result piped into update: its `id` is the path id.
    let id = agent["id"].as_str().unwrap();
    let piped = format!(r#"{{"id": "{id}", "description": "piped"}}"#);
    let updated = s.ant(&["agents", "update"]).stdin(&piped).run().json();
    assert_eq!(updated["description"], "piped");

    // Path ids come from stdin too.
    let got = s
        .ant(&["agents", "retrieve"])
        .stdin(&format!("agent_id: {id}"))
        .run()
        .json();
    assert_eq!(got["id"], id);
}

#[test]
fn at_file_embedding_and_inner_flags() {
    let s = Server::start(&[]);
    std::fs::write(s.path("prompt.txt"), "You review Rust.\n").unwrap();
    std::fs::write(s.path("blob.bin"), [0u8, 159, 146, 150]).unwrap();
    let agent = s
        .ant(&[
            "agents",
            "create",
            "--name",
            "\\@handle",
            "--model",
            "claude-sonnet-4-6",
            "--system",
            "@prompt.txt",
            "--description",
            "@data://blob.bin",
            "--metadata",
            "{raw: '@file://prompt.txt'}",
            "--mcp-server.name",
            "docs",
            "--mcp-server.type",
            "url",
            "--mcp-server.url",
            "https://mcp.example.com/sse",
            "--tool",
            "{type: mcp_toolset, mcp_server_name: docs}",
        ])
        .current_dir(s.dir.path())
        .run()
        .json();
    assert_eq!(agent["name"], "@handle");
    assert_eq!(agent["system"], "You review Rust.\n");
    assert_eq!(agent["description"], "AJ+Slg==");
    assert_eq!(agent["metadata"]["raw"], "You review Rust.\n");
    assert_eq!(agent["mcp_servers"][0]["name"], "docs");
    assert_eq!(agent["mcp_servers"][0]["url"], "https://mcp.example.com/sse");
}
