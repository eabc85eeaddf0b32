//! `ant apply` and `ant validate` through the real binary against a real `ant local serve`.

mod common;

use std::path::Path;

use common::{Ant, Server};
use serde_json::{Value, json};

fn write(dir: &Path, rel: &str, text: &str) {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

/// A repository with no files yet (its `.git` stops the lockfile search).
fn empty_repo() -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    std::fs::create_dir(d.path().join(".git")).unwrap();
    d
}

/// A repository with a coordinator agent referencing a worker, and an environment.
fn repo() -> tempfile::TempDir {
    let d = empty_repo();
    write(
        d.path(),
        "agents/worker.md",
        "---\nmodel: claude-sonnet-4-6\n---\nYou do the work.\n",
    );
    write(
        d.path(),
        "agents/lead.yaml",
        "model: claude-sonnet-4-6\nsystem: You delegate.\nmultiagent:\n  type: coordinator\n  agents: [worker.md]\n",
    );
    write(
        d.path(),
        "environments/cloud.yaml",
        "config: {type: cloud, networking: {type: unrestricted}}\n",
    );
    d
}

fn apply(s: &Server, dir: &Path, args: &[&str]) -> common::Out {
    let mut all = vec!["apply"];
    all.extend_from_slice(args);
    s.ant(&all).current_dir(dir).run()
}

fn lock(dir: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(dir.join("claude-lock.json")).unwrap()).unwrap()
}

#[tokio::test]
async fn apply_creates_updates_detects_drift_and_prunes() {
    let s = Server::start(&[]);
    let d = repo();
    let dir = d.path();

    let out = apply(&s, dir, &[".", "--yes"]).ok();
    assert!(out.contains("First apply"), "{out}");
    let l = lock(dir);
    let worker = l["resources"]["./agents/worker.md"]["id"].as_str().unwrap().to_string();
    let lead = l["resources"]["./agents/lead.yaml"]["id"].as_str().unwrap().to_string();
    assert_eq!(l["resources"]["./agents/worker.md"]["version"], "1");
    assert_eq!(l["resources"]["./environments/cloud.yaml"]["kind"], "environment");
    // The reference became the worker's id and version, in dependency order.
    let got = s.ok("GET", &format!("/v1/agents/{lead}"), None).await;
    assert_eq!(
        got["multiagent"]["agents"],
        json!([{"type": "agent", "id": worker, "version": 1}])
    );

    // The lockfile's hash is the documented rule over the body the files declare.
    let by_hand = ant::template::canon::hash(
        &json!({"model": "claude-sonnet-4-6", "name": "worker", "system": "You do the work."}),
    );
    assert_eq!(l["resources"]["./agents/worker.md"]["hash"], by_hand.as_str());

    let out = apply(&s, dir, &["--yes"]).ok();
    assert!(out.contains("No changes"), "{out}");
    assert_eq!(apply(&s, dir, &[".", "--dry-run", "--detailed-exitcode"]).code, 0);

    // A prompt edit: an update with a diff; the lead pins the new version, so it updates too.
    write(
        dir,
        "agents/worker.md",
        "---\nmodel: claude-sonnet-4-6\n---\nYou do the work well.\n",
    );
    let out = apply(&s, dir, &[".", "--dry-run", "--detailed-exitcode"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stdout
            .contains("~ system: \"You do the work.\" → \"You do the work well.\""),
        "{}",
        out.stdout
    );
    apply(&s, dir, &[".", "--yes"]).ok();
    assert_eq!(lock(dir)["resources"]["./agents/worker.md"]["version"], "2");
    let got = s.ok("GET", &format!("/v1/agents/{lead}"), None).await;
    assert_eq!(got["multiagent"]["agents"][0]["version"], 2);

    // An update made outside the files blocks the plan until --force.
    s.ok(
        "POST",
        &format!("/v1/agents/{worker}"),
        Some(json!({"system": "changed by hand"})),
    )
    .await;
    let out = apply(&s, dir, &[".", "--yes"]);
    assert_eq!(out.code, 1);
    assert!(out.stdout.contains("This plan cannot be applied"), "{}", out.stdout);
    assert!(
        out.stdout.contains(&format!("{worker} changed outside this config")),
        "{}",
        out.stdout
    );
    assert!(out.stderr.contains("refusing to apply"), "{}", out.stderr);
    apply(&s, dir, &[".", "--yes", "--force"]).ok();
    let got = s.ok("GET", &format!("/v1/agents/{worker}"), None).await;
    assert_eq!(got["system"], "You do the work well.");
    assert!(apply(&s, dir, &[".", "--yes"]).ok().contains("No changes"));

    // Removing a file: a warning, then --prune archives it.
    std::fs::remove_file(dir.join("environments/cloud.yaml")).unwrap();
    let env = lock(dir)["resources"]["./environments/cloud.yaml"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let out = apply(&s, dir, &[".", "--yes"]).ok();
    assert!(out.contains("pass --prune to remove it"), "{out}");
    let out = apply(&s, dir, &[".", "--yes", "--prune"]).ok();
    assert!(out.contains("archived"), "{out}");
    let got = s.ok("GET", &format!("/v1/environments/{env}"), None).await;
    assert!(!got["archived_at"].is_null());
    assert!(lock(dir)["resources"].get("./environments/cloud.yaml").is_none());

    // Without a terminal, applying needs --yes.
    write(dir, "agents/worker.md", "---\nmodel: claude-sonnet-4-6\n---\nAgain.\n");
    let out = apply(&s, dir, &["."]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("re-run with --yes"), "{}", out.stderr);
}

#[tokio::test]
async fn bad_input_names_the_place_and_applies_nothing() {
    let s = Server::start(&[]);
    let cases: [(&str, &str, &str); 4] = [
        ("agents/x.yaml", "model: [claude\nname: x\n", "agents/x.yaml:"),
        (
            "agents/x.yaml",
            "model: m\nmultiagent:\n  type: coordinator\n  agents: [missing.md]\n",
            "agents/x.yaml:4:",
        ),
        (
            "agents/x.yaml",
            "model: m\nmultiagent: {type: coordinator, agents: [y.yaml]}\n",
            "reference cycle: ./agents/x.yaml → ./agents/y.yaml → ./agents/x.yaml",
        ),
        (
            "agents/x.yaml",
            "model: m\nname: w\n",
            "agents/x.yaml:2:7: agent name \"w\" is already used by ./agents/w.md",
        ),
    ];
    for (file, text, want) in cases {
        let d = tempfile::tempdir().unwrap();
        write(
            d.path(),
            "agents/w.md",
            "---\nmodel: claude-sonnet-4-6\n---\nA valid agent.\n",
        );
        write(
            d.path(),
            "agents/y.yaml",
            "model: m\nmultiagent: {type: coordinator, agents: [x.yaml]}\n",
        );
        write(d.path(), file, text);
        if !want.contains("cycle") {
            std::fs::remove_file(d.path().join("agents/y.yaml")).unwrap();
        }
        let out = apply(&s, d.path(), &[".", "--yes"]);
        assert_eq!(out.code, 1, "{want}: {}", out.stdout);
        assert!(out.stderr.contains(want), "want {want}, got {}", out.stderr);
        assert!(!d.path().join("claude-lock.json").exists());
        let out = Ant::new(&["validate", "."]).current_dir(d.path()).run();
        assert_eq!(out.code, 1);
        assert!(out.stderr.contains(want), "validate: want {want}, got {}", out.stderr);
    }
    let (_, agents) = s.call("GET", "/v1/agents", None).await;
    assert_eq!(agents["data"], json!([]), "nothing was created");

    let d = tempfile::tempdir().unwrap();
    write(
        d.path(),
        "agents/w.md",
        "---\nmodel: claude-sonnet-4-6\n---\nA valid agent.\n",
    );
    write(
        d.path(),
        "claude-lock.json",
        "{\n  \"version\": 1,\n  \"resources\": {\n    \"./agents/w.md\": {\"kind\": \"agent\",}\n  }\n}\n",
    );
    let out = apply(&s, d.path(), &[".", "--yes"]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("claude-lock.json:4:"), "{}", out.stderr);
}

#[tokio::test]
async fn unknown_fields_are_sent_as_written_and_validate_names_them() {
    let s = Server::start(&[]);
    let d = empty_repo();
    write(d.path(), "agents/x.md", "---\nmodel: m\nsytem: typo\n---\nHi.\n");
    let out = Ant::new(&["validate", "."]).current_dir(d.path()).run();
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.contains("agents/x.md:3:1: unknown field `sytem`"),
        "{}",
        out.stderr
    );
    // apply sends it, as the official engine does: the server is the judge of new fields.
    let out = apply(&s, d.path(), &[".", "--yes"]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("sytem"), "{}", out.stderr);
    let (_, agents) = s.call("GET", "/v1/agents", None).await;
    assert_eq!(agents["data"], json!([]));
}

#[tokio::test]
async fn the_templates_library_applies_cleanly() {
    let s = Server::start(&[]);
    let d = tempfile::tempdir().unwrap();
    let templates = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for f in std::fs::read_dir(from).unwrap() {
            let f = f.unwrap();
            if f.file_type().unwrap().is_dir() {
                copy(&f.path(), &to.join(f.file_name()));
            } else {
                std::fs::copy(f.path(), to.join(f.file_name())).unwrap();
            }
        }
    }
    for kind in ["agents", "environments", "memory_stores", "skills", "deployments"] {
        copy(&templates.join(kind), &d.path().join(kind));
    }
    let out = Ant::new(&["validate", "."]).current_dir(d.path()).run().ok();
    assert!(
        out.contains("1 skill(s), 3 environment(s), 1 memory_store(s), 0 vault(s), 4 agent(s), 1 deployment(s)"),
        "{out}"
    );
    apply(&s, d.path(), &[".", "--yes"]).ok();
    assert!(apply(&s, d.path(), &[".", "--yes"]).ok().contains("No changes"));
    let reviewer = lock(d.path())["resources"]["./agents/code-reviewer.md"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let got = s.ok("GET", &format!("/v1/agents/{reviewer}"), None).await;
    let bash = got["tools"][0]["configs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "bash")
        .unwrap()
        .clone();
    assert_eq!(bash["permission_policy"]["type"], "always_ask");
}

#[tokio::test]
async fn quoted_globs_and_included_tools_reach_the_server() {
    let s = Server::start(&[]);
    let d = tempfile::tempdir().unwrap();
    write(
        d.path(),
        "agents/helper.md",
        "---\nmodel: claude-sonnet-4-6\ntools: [{type: agent_toolset_20260401}, ../tools/*.yaml]\n---\nYou help.\n",
    );
    write(
        d.path(),
        "tools/lookup.yaml",
        "type: custom\nname: lookup\ndescription: Looks a word up.\ninput_schema: {type: object, properties: {word: {type: string}}}\n",
    );
    let out = apply(&s, d.path(), &["agents/*.md", "--yes"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let (_, agents) = s.call("GET", "/v1/agents", None).await;
    let tools = &agents["data"][0]["tools"];
    assert_eq!(tools[1]["name"], "lookup", "{tools}");
    assert!(lock(d.path())["resources"].get("./agents/helper.md").is_some());

    let out = apply(&s, d.path(), &["skills/*", "--yes"]);
    assert_eq!(out.code, 1);
    assert_eq!(out.stderr.trim().lines().count(), 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("skills/*") && out.stderr.contains("no files match"),
        "{}",
        out.stderr
    );
}

#[tokio::test]
async fn memory_stores_are_created_updated_and_pruned() {
    let s = Server::start(&[]);
    let d = empty_repo();
    let dir = d.path();
    write(
        dir,
        "memory_stores/notes.md",
        "---\nmetadata: {team: docs}\n---\nWhat the team learned.\n",
    );
    write(dir, "memory_store-prefs.yaml", "description: Preferences.\n");
    let out = Ant::new(&["validate", "."]).current_dir(dir).run();
    assert!(
        out.ok()
            .contains("0 environment(s), 2 memory_store(s), 0 vault(s), 0 agent(s)")
    );

    apply(&s, dir, &[".", "--yes"]).ok();
    let l = lock(dir);
    let notes = &l["resources"]["./memory_stores/notes.md"];
    assert_eq!(notes["kind"], "memory_store");
    let id = notes["id"].as_str().unwrap().to_string();
    assert!(id.starts_with("memstore_"), "{id}");
    assert!(notes.get("version").is_none());
    let by_hand = ant::template::canon::hash(
        &json!({"name": "notes", "description": "What the team learned.", "metadata": {"team": "docs"}}),
    );
    assert_eq!(notes["hash"], by_hand.as_str());
    let prefs = l["resources"]["./memory_store-prefs.yaml"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let got = s.ok("GET", &format!("/v1/memory_stores/{prefs}"), None).await;
    assert_eq!(
        (got["name"].as_str(), got["description"].as_str()),
        (Some("prefs"), Some("Preferences."))
    );
    assert!(apply(&s, dir, &["--yes"]).ok().contains("No changes"));

    write(
        dir,
        "memory_stores/notes.md",
        "---\nmetadata: {team: docs}\n---\nWhat the team learned, kept.\n",
    );
    let out = apply(&s, dir, &[".", "--yes"]).ok();
    assert!(out.contains("What the team learned, kept."), "{out}");
    let got = s.ok("GET", &format!("/v1/memory_stores/{id}"), None).await;
    assert_eq!(got["description"], "What the team learned, kept.");

    std::fs::remove_file(dir.join("memory_stores/notes.md")).unwrap();
    apply(&s, dir, &[".", "--yes", "--prune"]).ok();
    let got = s.ok("GET", &format!("/v1/memory_stores/{id}"), None).await;
    assert!(got["archived_at"].is_string(), "{got}");
    assert!(lock(dir)["resources"].get("./memory_stores/notes.md").is_none());
}

#[tokio::test]
async fn vaults_are_created_updated_and_pruned_with_the_documented_hash() {
    let s = Server::start(&[]);
    let d = empty_repo();
    let dir = d.path();
    // A test vector of ant-apply.md §3.4: `type` is dropped, and a vault gets no `name`.
    write(
        dir,
        "vaults/review.yaml",
        "type: vault\ndisplay_name: \"Réviz — GitHub\"\n",
    );
    write(dir, "vault.yaml", "display_name: Deploys\nmetadata: {env: prod}\n");
    apply(&s, dir, &[".", "--yes"]).ok();
    let l = lock(dir);
    let review = &l["resources"]["./vaults/review.yaml"];
    assert_eq!(review["kind"], "vault");
    assert_eq!(review["hash"], "ebeebb7d001afe27b9323f1e9ce82b95");
    let id = review["id"].as_str().unwrap().to_string();
    assert!(id.starts_with("vlt_"), "{id}");
    let deploys = l["resources"]["./vault.yaml"]["id"].as_str().unwrap().to_string();
    let got = s.ok("GET", &format!("/v1/vaults/{deploys}"), None).await;
    assert_eq!(got["metadata"], json!({"env": "prod"}));
    assert!(apply(&s, dir, &["--yes"]).ok().contains("No changes"));

    write(dir, "vaults/review.yaml", "type: vault\ndisplay_name: Review\n");
    apply(&s, dir, &[".", "--yes"]).ok();
    assert_eq!(
        s.ok("GET", &format!("/v1/vaults/{id}"), None).await["display_name"],
        "Review"
    );

    // A Markdown vault has nothing for its body to fill.
    write(dir, "vaults/notes.md", "---\ndisplay_name: Notes\n---\nSome text.\n");
    let out = Ant::new(&["validate", "."]).current_dir(dir).run();
    assert_eq!(out.code, 1);
    assert!(
        out.stderr
            .contains("vaults/notes.md:1:1: a vault has no field for a Markdown body"),
        "{}",
        out.stderr
    );
    std::fs::remove_file(dir.join("vaults/notes.md")).unwrap();

    std::fs::remove_file(dir.join("vaults/review.yaml")).unwrap();
    apply(&s, dir, &[".", "--yes", "--prune"]).ok();
    assert!(s.ok("GET", &format!("/v1/vaults/{id}"), None).await["archived_at"].is_string());
}

#[tokio::test]
async fn skills_are_uploaded_pinned_by_agents_versioned_and_deleted() {
    let s = Server::start(&[]);
    let d = empty_repo();
    let dir = d.path();
    write(
        dir,
        "skills/pr-writer/SKILL.md",
        "---\nname: pr-writer\ndescription: Writes pull request descriptions.\n---\nSay what changed and why.\n",
    );
    write(dir, "skills/pr-writer/scripts/lint.py", "print('ok')\n");
    write(
        dir,
        "agents/writer.md",
        "---\nmodel: claude-sonnet-4-6\nskills: [../skills/pr-writer]\n---\nYou write PRs.\n",
    );
    let out = Ant::new(&["validate", "."]).current_dir(dir).run().ok();
    assert!(out.contains("1 skill(s)") && out.contains("1 agent(s)"), "{out}");

    let out = apply(&s, dir, &[".", "--yes"]).ok();
    assert!(out.contains("+ ./skills/pr-writer"), "{out}");
    let l = lock(dir);
    let entry = &l["resources"]["./skills/pr-writer"];
    assert_eq!(entry["kind"], "skill");
    assert!(entry.get("remote_hash").is_none(), "a payload records no remote_hash");
    let skill = entry["id"].as_str().unwrap().to_string();
    let v1 = entry["version"].as_str().unwrap().to_string();
    assert!(v1.len() >= 16 && v1.chars().all(|c| c.is_ascii_digit()), "{v1}");
    let agent = l["resources"]["./agents/writer.md"]["id"].as_str().unwrap().to_string();
    let got = s.ok("GET", &format!("/v1/agents/{agent}"), None).await;
    assert_eq!(
        got["skills"],
        json!([{"type": "custom", "skill_id": skill, "version": v1}])
    );
    let version = s.ok("GET", &format!("/v1/skills/{skill}/versions/{v1}"), None).await;
    assert_eq!(version["name"], "pr-writer");
    assert!(apply(&s, dir, &[".", "--yes"]).ok().contains("No changes"));

    // A changed file is a new version, and the agent that pins it moves with it.
    write(dir, "skills/pr-writer/scripts/lint.py", "print('better')\n");
    let out = apply(&s, dir, &[".", "--dry-run"]).ok();
    assert!(
        out.contains("~ ./skills/pr-writer") && out.contains("upload 2 files"),
        "{out}"
    );
    assert!(out.contains("~ ./agents/writer.md"), "{out}");
    apply(&s, dir, &[".", "--yes"]).ok();
    let l = lock(dir);
    let v2 = l["resources"]["./skills/pr-writer"]["version"]
        .as_str()
        .unwrap()
        .to_string();
    assert_ne!(v1, v2);
    assert_eq!(l["resources"]["./skills/pr-writer"]["id"], skill.as_str());
    let got = s.ok("GET", &format!("/v1/agents/{agent}"), None).await;
    assert_eq!(got["skills"][0]["version"], v2.as_str());

    // A version made outside the files is drift.
    let manifest = "---\nname: pr-writer\ndescription: Changed by hand.\n---\nx\n";
    let part = reqwest::multipart::Part::text(manifest).file_name("pr-writer/SKILL.md");
    let resp = s
        .http
        .post(s.url(&format!("/v1/skills/{skill}/versions")))
        .header("x-api-key", &s.key)
        .multipart(reqwest::multipart::Form::new().part("files[]", part))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let out = apply(&s, dir, &[".", "--yes"]);
    assert_eq!(out.code, 1);
    assert!(out.stdout.contains("server has version"), "{}", out.stdout);

    // Pruned: the agent goes first, then the skill is deleted with its versions.
    std::fs::remove_dir_all(dir.join("skills")).unwrap();
    std::fs::remove_file(dir.join("agents/writer.md")).unwrap();
    let out = apply(&s, dir, &["--yes", "--prune"]).ok();
    let (a, k) = (
        out.find("./agents/writer.md").unwrap(),
        out.find("./skills/pr-writer").unwrap(),
    );
    assert!(a < k, "{out}");
    assert!(out.contains("deleted"), "{out}");
    let (status, _) = s.call("GET", &format!("/v1/skills/{skill}"), None).await;
    assert_eq!(status, 404);
}

/// A fake GitHub API: `main` resolves to whichever commit was published last, and each commit's
/// tarball holds `skills/summarize/SKILL.md` with that commit's text. Counts what was asked.
#[derive(Default)]
struct FakeGitHub {
    main: std::sync::Mutex<String>,
    tarballs: std::sync::Mutex<std::collections::HashMap<String, Vec<u8>>>,
    requests: std::sync::Mutex<Vec<String>>,
}

impl FakeGitHub {
    fn publish(&self, sha: &str, manifest: &str) {
        let mut tar = tar::Builder::new(flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast()));
        let mut add = |path: &str, data: &[u8]| {
            let mut header = tar::Header::new_gnu();
            header.set_size(data.len() as u64);
            header.set_mode(0o644);
            header.set_cksum();
            tar.append_data(&mut header, format!("o-r-{}/{path}", &sha[..7]), data)
                .unwrap();
        };
        add("README.md", b"# skills\n");
        add("skills/summarize/SKILL.md", manifest.as_bytes());
        let bytes = tar.into_inner().unwrap().finish().unwrap();
        self.tarballs.lock().unwrap().insert(sha.to_string(), bytes);
        *self.main.lock().unwrap() = sha.to_string();
    }

    async fn serve(self: std::sync::Arc<Self>) -> String {
        use axum::extract::{Path as UrlPath, State};
        use axum::response::IntoResponse;
        async fn commit(
            State(f): State<std::sync::Arc<FakeGitHub>>,
            UrlPath(r): UrlPath<String>,
        ) -> axum::response::Response {
            f.requests.lock().unwrap().push(format!("commit {r}"));
            if r == "main" {
                axum::Json(json!({"sha": *f.main.lock().unwrap()})).into_response()
            } else {
                (axum::http::StatusCode::NOT_FOUND, "{\"message\":\"No commit found\"}").into_response()
            }
        }
        async fn tarball(
            State(f): State<std::sync::Arc<FakeGitHub>>,
            UrlPath(sha): UrlPath<String>,
        ) -> axum::response::Response {
            f.requests.lock().unwrap().push(format!("tarball {sha}"));
            match f.tarballs.lock().unwrap().get(&sha) {
                Some(bytes) => bytes.clone().into_response(),
                None => axum::http::StatusCode::NOT_FOUND.into_response(),
            }
        }
        let app = axum::Router::new()
            .route("/repos/o/r/commits/{r}", axum::routing::get(commit))
            .route("/repos/o/r/tarball/{sha}", axum::routing::get(tarball))
            .with_state(self);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await });
        url
    }

    fn asked(&self) -> Vec<String> {
        std::mem::take(&mut *self.requests.lock().unwrap())
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_skill_from_github_is_pinned_by_the_lockfile_until_upgrade() {
    let s = Server::start(&[]);
    let github = std::sync::Arc::new(FakeGitHub::default());
    let first = "1111111111111111111111111111111111111111";
    github.publish(
        first,
        "---\nname: summarize\ndescription: Summarizes.\n---\nBe short.\n",
    );
    let api = github.clone().serve().await;
    let d = empty_repo();
    let dir = d.path();
    let cache = tempfile::tempdir().unwrap();
    let url = "https://github.com/o/r/tree/main/skills/summarize";
    write(
        dir,
        "agents/summarizer.md",
        &format!("---\nmodel: claude-sonnet-4-6\nskills: [\"{url}\"]\n---\nYou summarize.\n"),
    );
    let run = |args: &[&str]| {
        let mut all = vec!["apply"];
        all.extend_from_slice(args);
        s.ant(&all)
            .env("ANT_GITHUB_API_URL", &api)
            .env("XDG_CACHE_HOME", cache.path())
            .current_dir(dir)
            .run()
    };

    run(&[".", "--yes"]).ok();
    assert_eq!(github.asked(), ["commit main".to_string(), format!("tarball {first}")]);
    let l = lock(dir);
    let entry = &l["resources"][url];
    assert_eq!(
        (
            entry["kind"].as_str(),
            entry["revision"].as_str(),
            entry["subpath"].as_str()
        ),
        (Some("skill"), Some(first), Some("skills/summarize"))
    );
    let skill = entry["id"].as_str().unwrap().to_string();
    let agent = l["resources"]["./agents/summarizer.md"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let got = s.ok("GET", &format!("/v1/agents/{agent}"), None).await;
    assert_eq!(got["skills"][0]["skill_id"], skill.as_str());

    // A new commit on main changes nothing until --upgrade: the pin is used, from the cache.
    let second = "2222222222222222222222222222222222222222";
    github.publish(
        second,
        "---\nname: summarize\ndescription: Summarizes better.\n---\nBe shorter.\n",
    );
    assert!(run(&[".", "--yes"]).ok().contains("No changes"));
    assert_eq!(
        github.asked(),
        Vec::<String>::new(),
        "a pinned commit is neither resolved nor fetched again"
    );

    let out = run(&[".", "--yes", "--upgrade"]).ok();
    assert!(out.contains(url) && out.contains("updated"), "{out}");
    assert_eq!(github.asked(), ["commit main".to_string(), format!("tarball {second}")]);
    let l = lock(dir);
    assert_eq!(l["resources"][url]["revision"], second);
    assert_eq!(
        l["resources"][url]["id"],
        skill.as_str(),
        "the same skill, a new version"
    );
    let versions = s.ok("GET", &format!("/v1/skills/{skill}/versions"), None).await;
    assert_eq!(versions["data"].as_array().unwrap().len(), 2);

    // A subpath that is not in the commit is one line naming the URL.
    write(
        dir,
        "agents/other.md",
        "---\nmodel: claude-sonnet-4-6\nskills: [\"https://github.com/o/r/tree/main/skills/nope\"]\n---\nx\n",
    );
    let out = run(&["agents/other.md", "--yes"]);
    common::assert_one_line_error(
        &out,
        &["agents/other.md", "no directory \"skills/nope\" at commit 222222222222"],
    );

    // A tarball over the limit is refused, and nothing of it is kept.
    let huge = "3333333333333333333333333333333333333333";
    github
        .tarballs
        .lock()
        .unwrap()
        .insert(huge.into(), vec![0; (64 << 20) + 1]);
    *github.main.lock().unwrap() = huge.into();
    let out = run(&["agents/summarizer.md", "--yes", "--upgrade"]);
    common::assert_one_line_error(&out, &["agents/summarizer.md", "64 MiB"]);
    let kept = std::fs::read_dir(cache.path().join("ant/github/o/r")).unwrap();
    let mut kept: Vec<String> = kept
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    kept.sort();
    assert_eq!(kept, [first, second]);
}

#[tokio::test]
async fn the_lockfile_is_refused_for_another_organization_but_not_for_another_port() {
    let s = Server::start(&[]);
    let d = repo();
    let dir = d.path();
    let out = s.ant(&["apply", ".", "--yes"]).current_dir(dir).run().ok();
    assert!(out.contains("Resources will be created with"), "{out}");
    assert!(out.contains("credentials   API key (ANTHROPIC_API_KEY)"), "{out}");
    let org = lock(dir)["origin"]["organization_id"].as_str().unwrap().to_string();
    assert!(org.starts_with("org_local_") && out.contains(&org), "{out}");

    // The same organization behind another address is the same place.
    let before = s.base_url.clone();
    let mut s = s;
    s.restart(false);
    assert_ne!(s.base_url, before);
    let out = s.ant(&["apply", "--yes"]).current_dir(dir).run().ok();
    assert!(out.contains("No changes"), "{out}");

    // Another server (another key) is another organization: refused before anything is read.
    let other = Server::with_key_file(&[], &[]);
    let out = other.ant(&["apply", "--yes"]).current_dir(dir).run();
    common::assert_one_line_error(
        &out,
        &[
            "claude-lock.json",
            &org,
            "these credentials belong to organization org_local_",
        ],
    );
}

#[tokio::test]
async fn at_a_terminal_the_plan_offers_details_before_applying() {
    let s = Server::start(&[]);
    let d = repo();
    let config = tempfile::tempdir().unwrap();
    let cmd = format!(
        "cd {} && env -u ANTHROPIC_PROFILE ANTHROPIC_CONFIG_DIR={} ANTHROPIC_BASE_URL={} ANTHROPIC_API_KEY={} {} apply .; echo exit=$?; sleep 30",
        d.path().display(),
        config.path().display(),
        s.base_url,
        s.key,
        env!("CARGO_BIN_EXE_ant")
    );
    let term = common::tmux::Tmux::start("apply", (120, 50), &cmd).expect("tmux runs");
    let screen = term.wait_for("(y)es / (n)o / (d)etails");
    assert!(
        screen.contains("Resources will be created with") && screen.contains("Preview"),
        "{screen}"
    );
    assert!(
        !screen.contains("model: \"claude-sonnet-4-6\""),
        "details wait for d: {screen}"
    );
    term.type_line("d");
    let screen = term.wait_until("the details and the question again", |s| {
        s.matches("(y)es / (n)o / (d)etails").count() == 2
    });
    assert!(screen.contains("model: \"claude-sonnet-4-6\""), "{screen}");
    term.type_line("y");
    let screen = term.wait_for("exit=0");
    assert!(screen.contains("State written to claude-lock.json"), "{screen}");
}

/// The documented examples (ant-apply.md §3.3, §3.4) applied for real: the lockfile is the
/// official layout byte for byte, each `hash` the documented one, and where the official
/// lockfiles show `remote_hash == hash` (vaults, memory stores) the local server's answer hashes
/// the same.
#[tokio::test]
async fn the_lockfile_of_the_documented_examples_is_byte_for_byte_the_official_one() {
    let s = Server::start(&[]);
    let d = empty_repo();
    let dir = d.path();
    write(
        dir,
        "agents/reviewer.md",
        "---\nmodel: claude-sonnet-4-6\ntools: [{type: agent_toolset_20260401}]\n---\nYou review pull requests. Be direct.\n",
    );
    write(
        dir,
        "environments/reviz.yaml",
        "name: reviz-relecture\nconfig:\n  type: cloud\n  networking: {type: limited, allow_mcp_servers: true, allow_package_managers: false}\n",
    );
    write(dir, "vault.yaml", "display_name: \"Réviz — GitHub\"\n");
    write(dir, "memory_stores/notes.md", "---\n---\nWhat the team learned.\n");
    apply(&s, dir, &[".", "--yes"]).ok();
    let text = std::fs::read_to_string(dir.join("claude-lock.json")).unwrap();
    let l: Value = serde_json::from_str(&text).unwrap();
    let r = &l["resources"];
    let field = |key: &str, f: &str| r[key][f].as_str().unwrap().to_string();
    let org = l["origin"]["organization_id"].as_str().unwrap();
    let expected = format!(
        r#"{{
  "version": 1,
  "origin": {{
    "base_url": "{base}",
    "organization_id": "{org}"
  }},
  "resources": {{
    "./agents/reviewer.md": {{
      "kind": "agent",
      "id": "{agent}",
      "version": "1",
      "hash": "b6153119cd3a54fc895e6051bd7c88da",
      "remote_hash": "{agent_remote}"
    }},
    "./environments/reviz.yaml": {{
      "kind": "environment",
      "id": "{env}",
      "hash": "89e144bc7f151137d58a25eed065cfc7",
      "remote_hash": "{env_remote}"
    }},
    "./memory_stores/notes.md": {{
      "kind": "memory_store",
      "id": "{store}",
      "hash": "{store_hash}",
      "remote_hash": "{store_hash}"
    }},
    "./vault.yaml": {{
      "kind": "vault",
      "id": "{vault}",
      "hash": "ebeebb7d001afe27b9323f1e9ce82b95",
      "remote_hash": "ebeebb7d001afe27b9323f1e9ce82b95"
    }}
  }}
}}
"#,
        base = s.base_url,
        agent = field("./agents/reviewer.md", "id"),
        agent_remote = field("./agents/reviewer.md", "remote_hash"),
        env = field("./environments/reviz.yaml", "id"),
        env_remote = field("./environments/reviz.yaml", "remote_hash"),
        vault = field("./vault.yaml", "id"),
        store = field("./memory_stores/notes.md", "id"),
        store_hash = ant::template::canon::hash(&json!({"name": "notes", "description": "What the team learned."})),
    );
    assert_eq!(text, expected);
}

/// A repository holding every kind, applied end to end: create, no change, an update with a
/// diff that moves what pins it, drift, and prune.
#[tokio::test]
async fn a_repository_of_every_kind_applies_end_to_end() {
    let s = Server::start(&[]);
    let d = empty_repo();
    let dir = d.path();
    write(
        dir,
        "skills/notes-format/SKILL.md",
        "---\nname: notes-format\ndescription: How notes are written.\n---\nOne line per fact.\n",
    );
    write(
        dir,
        "environments/ci.yaml",
        "config: {type: cloud, networking: {type: unrestricted}}\n",
    );
    write(dir, "memory_stores/team.md", "---\n---\nWhat the team knows.\n");
    write(dir, "vaults/tokens.yaml", "display_name: Tokens\n");
    write(
        dir,
        "agents/reporter.md",
        "---\nmodel: claude-sonnet-4-6\nskills: [../skills/notes-format]\n---\nYou write the daily report.\n",
    );
    write(
        dir,
        "deployments/daily.md",
        "---\nagent: ../agents/reporter.md\nenvironment_id: ../environments/ci.yaml\nresources: [{path: ../memory_stores/team.md, access: read_only}]\nschedule: {type: cron, expression: '0 9 * * 1-5', timezone: Europe/Paris}\n---\nWrite today's report.\n",
    );
    let out = Ant::new(&["validate", "."]).current_dir(dir).run().ok();
    assert!(
        out.contains("1 skill(s), 1 environment(s), 1 memory_store(s), 1 vault(s), 1 agent(s), 1 deployment(s)"),
        "{out}"
    );
    let out = apply(&s, dir, &[".", "--yes"]).ok();
    assert!(out.contains("6 created"), "{out}");
    let l = lock(dir);
    let id = |key: &str| l["resources"][key]["id"].as_str().unwrap().to_string();
    let (agent, env, store, depl) = (
        id("./agents/reporter.md"),
        id("./environments/ci.yaml"),
        id("./memory_stores/team.md"),
        id("./deployments/daily.md"),
    );
    let entry = &l["resources"]["./deployments/daily.md"];
    assert!(depl.starts_with("depl_"), "{depl}");
    assert_eq!(entry["remote_hash"], entry["hash"], "as in the official lockfiles");
    let got = s.ok("GET", &format!("/v1/deployments/{depl}"), None).await;
    assert_eq!(got["agent"], json!({"type": "agent", "id": agent, "version": 1}));
    assert_eq!(got["environment_id"], env.as_str());
    assert_eq!(
        got["resources"],
        json!([{"type": "memory_store", "memory_store_id": store, "access": "read_only"}])
    );
    assert_eq!(got["initial_events"][0]["content"][0]["text"], "Write today's report.");
    assert_eq!(got["schedule"]["upcoming_runs_at"].as_array().unwrap().len(), 5);
    assert!(apply(&s, dir, &[".", "--yes"]).ok().contains("No changes"));

    // The agent's prompt changes: the deployment that pins its version is updated with it.
    write(
        dir,
        "agents/reporter.md",
        "---\nmodel: claude-sonnet-4-6\nskills: [../skills/notes-format]\n---\nYou write the daily report, briefly.\n",
    );
    let out = apply(&s, dir, &[".", "--yes"]).ok();
    assert!(
        out.contains("~ system: \"You write the daily report.\" → \"You write the daily report, briefly.\""),
        "{out}"
    );
    assert!(out.contains("~ ./deployments/daily.md"), "{out}");
    let got = s.ok("GET", &format!("/v1/deployments/{depl}"), None).await;
    assert_eq!(got["agent"]["version"], 2);
    assert!(apply(&s, dir, &[".", "--yes"]).ok().contains("No changes"));

    // Pausing is the server's business (computed fields); a changed description is drift.
    s.ok("POST", &format!("/v1/deployments/{depl}/pause"), Some(json!({})))
        .await;
    assert!(apply(&s, dir, &[".", "--yes"]).ok().contains("No changes"));
    s.ok(
        "POST",
        &format!("/v1/deployments/{depl}"),
        Some(json!({"description": "edited by hand"})),
    )
    .await;
    let out = apply(&s, dir, &[".", "--yes"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stdout.contains(&format!("{depl} changed outside this config")),
        "{}",
        out.stdout
    );
    let out = apply(&s, dir, &[".", "--yes", "--force"]).ok();
    assert!(out.contains("- description: \"edited by hand\" → (unset)"), "{out}");

    // Everything pruned: referencing kinds first, each archived (the skill deleted).
    for sub in [
        "skills",
        "environments",
        "memory_stores",
        "vaults",
        "agents",
        "deployments",
    ] {
        std::fs::remove_dir_all(dir.join(sub)).unwrap();
    }
    let out = apply(&s, dir, &["--yes", "--prune"]).ok();
    let at = |key: &str| out.find(&format!("./{key}")).unwrap_or_else(|| panic!("{key}: {out}"));
    assert!(at("deployments") < at("agents") && at("agents") < at("skills"), "{out}");
    assert!(s.ok("GET", &format!("/v1/deployments/{depl}"), None).await["archived_at"].is_string());
    assert!(s.ok("GET", &format!("/v1/environments/{env}"), None).await["archived_at"].is_string());
    assert_eq!(lock(dir)["resources"], json!({}));
}

#[test]
fn validate_refuses_a_bad_schedule_at_its_line() {
    let d = empty_repo();
    for (schedule, says) in [
        (
            "{type: cron, expression: '61 9 * * *', timezone: UTC}",
            "schedule.expression",
        ),
        (
            "{type: cron, expression: '0 9 * * *', timezone: Mars/Olympus}",
            "schedule.timezone",
        ),
    ] {
        write(
            d.path(),
            "deployments/d.md",
            &format!(
                "---\nagent: agent_011CZkYpogX7uDKUyvBTophP\nenvironment_id: env_011CZkYpogX7uDKUyvBTophP\nschedule: {schedule}\n---\nGo.\n"
            ),
        );
        let out = Ant::new(&["validate", "."]).current_dir(d.path()).run();
        common::assert_one_line_error(&out, &["deployments/d.md:4:", says]);
    }
}
