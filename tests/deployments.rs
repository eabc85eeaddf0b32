//! `/v1/deployments` and `/v1/deployment_runs` on the local server, through the `ant` CLI where a
//! user would use it: schedules that fire in their time zone (on a test clock, `ANT_LOCAL_CLOCK`),
//! manual runs, failed runs that pause, restarts that neither lose nor repeat a tick, tokens that
//! stay on the server, and bad input said in one line.

mod common;

use std::time::{Duration, Instant};

use common::*;
use serde_json::{Value, json};

const CLOCK: &str = "ANT_LOCAL_CLOCK";

/// A server on the fake model whose clock starts at `clock`.
fn server(model: &FakeModel, clock: &str) -> Server {
    Server::logged(&["--model-url", &model.url], &[(CLOCK, clock)])
}

async fn environment(s: &Server) -> String {
    let env = s.ok("POST", "/v1/environments", Some(json!({"name": "e"}))).await;
    env["id"].as_str().unwrap().to_string()
}

fn message(text: &str) -> Value {
    json!({"type": "user.message", "content": [{"type": "text", "text": text}]})
}

/// Creates a deployment over HTTP.
async fn deployment(s: &Server, agent: &str, env: &str, schedule: Value) -> Value {
    let body = json!({"name": "d", "agent": agent, "environment_id": env,
                      "initial_events": [message("scheduled hello")], "schedule": schedule});
    s.ok("POST", "/v1/deployments", Some(body)).await
}

fn cron(expression: &str, timezone: &str) -> Value {
    json!({"type": "cron", "expression": expression, "timezone": timezone})
}

/// The finished runs of a deployment, newest first.
async fn runs(s: &Server, deployment: &str) -> Vec<Value> {
    let page = s
        .ok(
            "GET",
            &format!("/v1/deployment_runs?deployment_id={deployment}&limit=1000"),
            None,
        )
        .await;
    page["data"].as_array().unwrap().clone()
}

/// Waits until a deployment has `n` finished runs (at most `wait`).
async fn wait_for_runs(s: &Server, deployment: &str, n: usize, wait: Duration) -> Vec<Value> {
    let start = Instant::now();
    loop {
        let found = runs(s, deployment).await;
        if found.len() >= n {
            return found;
        }
        assert!(
            start.elapsed() < wait,
            "{deployment}: {} run(s) after {wait:?}, expected {n}; log:\n{}",
            found.len(),
            s.log()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

fn id(v: &Value) -> &str {
    v["id"].as_str().unwrap()
}

#[tokio::test]
async fn deployments_are_created_changed_paused_and_archived_through_the_cli() {
    let model = FakeModel::start();
    // 2026-03-27, two days before Paris springs forward.
    let s = server(&model, "2026-03-27T12:00:00Z");
    let agent = s.agent("hello", toolset()).await;
    let env = environment(&s).await;
    let created = s
        .ant(&[
            "beta:deployments",
            "create",
            "--agent",
            &agent,
            "--environment-id",
            &env,
            "--name",
            "nightly",
            "--initial-event",
            "{type: user.message, content: [{type: text, text: 'Compile the report.'}]}",
            "--schedule.type",
            "cron",
            "--schedule.expression",
            "30 2 * * *",
            "--schedule.timezone",
            "Europe/Paris",
            "--metadata",
            "{team: a}",
        ])
        .run()
        .json();
    let d = id(&created).to_string();
    assert!(d.starts_with("depl_"), "{created}");
    assert_eq!(created["type"], "deployment");
    assert_eq!(created["agent"], json!({"type": "agent", "id": agent, "version": 1}));
    assert_eq!(created["status"], "active");
    assert_eq!(created["paused_reason"], Value::Null);
    assert_eq!(created["archived_at"], Value::Null);
    assert_eq!(created["metadata"], json!({"team": "a"}));
    assert_eq!(created["resources"], json!([]));
    assert_eq!(created["vault_ids"], json!([]));
    assert!(created.get("budget").is_none(), "absent when none is set: {created}");
    let schedule = &created["schedule"];
    assert_eq!(schedule["last_run_at"], Value::Null);
    let upcoming: Vec<&str> = schedule["upcoming_runs_at"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap())
        .collect();
    // 02:30 in Paris: CET (UTC+1) on the 28th; none on the 29th, when 02:30 does not exist;
    // CEST (UTC+2) from the 30th.
    assert_eq!(
        upcoming,
        [
            "2026-03-28T01:30:00.000000Z",
            "2026-03-30T00:30:00.000000Z",
            "2026-03-31T00:30:00.000000Z",
            "2026-04-01T00:30:00.000000Z",
            "2026-04-02T00:30:00.000000Z"
        ]
    );
    assert_eq!(s.ant(&["beta:deployments", "retrieve", &d]).run().json(), created);

    let updated = s
        .ant(&[
            "beta:deployments",
            "update",
            &d,
            "--name",
            "weekdays",
            "--description",
            "every weekday morning",
            "--schedule",
            "{type: cron, expression: '0 9 * * 1-5', timezone: America/New_York}",
        ])
        .run()
        .json();
    assert_eq!(updated["name"], "weekdays");
    assert_eq!(updated["description"], "every weekday morning");
    // It is 08:00 on Friday the 27th in New York (EDT, UTC-4): 09:00 today, then Monday's.
    assert_eq!(
        updated["schedule"]["upcoming_runs_at"][0],
        "2026-03-27T13:00:00.000000Z"
    );
    assert_eq!(
        updated["schedule"]["upcoming_runs_at"][1],
        "2026-03-30T13:00:00.000000Z"
    );
    assert_eq!(updated["initial_events"], created["initial_events"]);

    let paused = s.ant(&["beta:deployments", "pause", &d]).run().json();
    assert_eq!(paused["status"], "paused");
    assert_eq!(paused["paused_reason"], json!({"type": "manual"}));
    assert_eq!(
        paused["schedule"]["upcoming_runs_at"], updated["schedule"]["upcoming_runs_at"],
        "a paused deployment shows what its schedule would do"
    );
    let again = s.ant(&["beta:deployments", "pause", &d]).run();
    assert_eq!(again.code, 1, "{}", again.stderr);
    assert!(again.stderr.contains("409"), "{}", again.stderr);
    let ids = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["beta:deployments", "list", "--transform", "id", "-r"];
        all.extend_from_slice(args);
        s.ant(&all).run().ok().lines().map(str::to_string).collect()
    };
    let other = deployment(&s, &agent, &env, Value::Null).await;
    assert_eq!(other["schedule"], Value::Null, "no schedule: manual runs only");
    assert_eq!(ids(&["--status", "paused"]), [d.as_str()]);
    assert_eq!(ids(&["--status", "active"]), [id(&other).to_string()]);
    assert_eq!(ids(&["--agent-id", &agent]).len(), 2);
    assert_eq!(ids(&["--agent-id", "agent_none"]).len(), 0);

    let resumed = s.ant(&["beta:deployments", "unpause", &d]).run().json();
    assert_eq!(resumed["status"], "active");
    assert_eq!(resumed["paused_reason"], Value::Null);

    let archived = s.ant(&["beta:deployments", "archive", &d]).run().json();
    assert!(archived["archived_at"].is_string());
    assert_eq!(archived["status"], "active", "archived deployments report active");
    assert_eq!(archived["schedule"]["upcoming_runs_at"], json!([]));
    for action in ["pause", "unpause", "run"] {
        let out = s.ant(&["beta:deployments", action, &d]).run();
        assert_eq!(out.code, 1, "{action}: {}", out.stdout);
        let body: Value = serde_json::from_str(&out.stdout).unwrap();
        assert!(
            body["error"]["message"].as_str().unwrap().contains("archived"),
            "{body}"
        );
    }
    let out = s.ant(&["beta:deployments", "update", &d, "--name", "x"]).run();
    assert_eq!(out.code, 1);
    assert_eq!(ids(&[]), [id(&other).to_string()], "archived ones are hidden");
    assert_eq!(ids(&["--include-archived"]).len(), 2);

    // Archiving the agent archives its deployments.
    s.ok("POST", &format!("/v1/agents/{agent}/archive"), None).await;
    let gone = s.ok("GET", &format!("/v1/deployments/{}", id(&other)), None).await;
    assert!(gone["archived_at"].is_string(), "{gone}");
}

#[tokio::test]
async fn a_schedule_fires_in_its_time_zone_and_its_session_knows_its_deployment() {
    let model = FakeModel::start();
    // Fifteen seconds before 10:00 in Paris (09:00 UTC in March).
    let s = server(&model, "2026-03-10T08:59:45Z");
    let agent = s.agent("hello", toolset()).await;
    let env = environment(&s).await;
    let unrelated = s.session(&agent).await;
    let created = deployment(&s, &agent, &env, cron("0 10 * * *", "Europe/Paris")).await;
    let d = id(&created);
    assert_eq!(
        created["schedule"]["upcoming_runs_at"][0],
        "2026-03-10T09:00:00.000000Z"
    );

    let found = wait_for_runs(&s, d, 1, Duration::from_secs(40)).await;
    let run = &found[0];
    assert!(id(run).starts_with("drun_"), "{run}");
    assert_eq!(run["type"], "deployment_run");
    assert_eq!(run["deployment_id"], d);
    assert_eq!(run["agent"], created["agent"]);
    assert_eq!(run["error"], Value::Null);
    assert_eq!(
        run["trigger_context"],
        json!({"type": "schedule", "scheduled_at": "2026-03-10T09:00:00.000000Z"})
    );
    let session = run["session_id"].as_str().unwrap();
    let listed = s.ok("GET", &format!("/v1/sessions?deployment_id={d}"), None).await;
    let listed: Vec<&str> = listed["data"].as_array().unwrap().iter().map(id).collect();
    assert_eq!(listed, [session], "the filter shows this deployment's sessions only");
    assert_ne!(session, unrelated);
    let got = s.ok("GET", &format!("/v1/sessions/{session}"), None).await;
    assert_eq!(got["deployment_id"], d);
    assert_eq!(got["environment_id"], env);
    let first = s.history(session).await;
    assert_eq!(first[0]["type"], "user.message");
    assert_eq!(text_of(&first[0]), "scheduled hello");

    let after = s.ok("GET", &format!("/v1/deployments/{d}"), None).await;
    assert_eq!(after["schedule"]["last_run_at"], run["created_at"]);
    assert_eq!(after["schedule"]["upcoming_runs_at"][0], "2026-03-11T09:00:00.000000Z");

    // The same run through the CLI.
    let listed = s
        .ant(&[
            "beta:deployment-runs",
            "list",
            "--deployment-id",
            d,
            "--trigger-type",
            "schedule",
        ])
        .run()
        .json();
    assert_eq!(listed["id"], run["id"], "{listed}");
    let got = s.ant(&["beta:deployment-runs", "retrieve", id(run)]).run().json();
    assert_eq!(&got, run);
    let none = s
        .ok(
            "GET",
            &format!("/v1/deployment_runs?deployment_id={d}&trigger_type=manual"),
            None,
        )
        .await;
    assert_eq!(none["data"], json!([]));
    let (status, e) = s.call("GET", "/v1/deployment_runs?page=page_garbage", None).await;
    assert_eq!(status, 400, "{e}");
}

#[tokio::test]
async fn manual_runs_work_paused_or_not_and_a_failed_scheduled_run_pauses() {
    let model = FakeModel::start();
    // Twenty seconds before a minute's tick.
    let s = server(&model, "2026-03-10T08:59:40Z");
    let agent = s.agent("hello", toolset()).await;
    let env = environment(&s).await;
    let created = deployment(&s, &agent, &env, cron("* * * * *", "UTC")).await;
    let d = id(&created);

    let manual = s.ant(&["beta:deployments", "run", d]).run().json();
    assert_eq!(manual["trigger_context"], json!({"type": "manual"}));
    assert_eq!(manual["error"], Value::Null);
    let session = manual["session_id"].as_str().unwrap();
    let got = s.ok("GET", &format!("/v1/sessions/{session}"), None).await;
    assert_eq!(got["deployment_id"], d);

    s.ok("POST", &format!("/v1/environments/{env}/archive"), None).await;
    let failed = s.ant(&["beta:deployments", "run", d]).run().json();
    assert_eq!(failed["session_id"], Value::Null);
    assert_eq!(failed["error"]["type"], "environment_archived_error", "{failed}");
    assert!(failed["error"]["message"].as_str().unwrap().contains(&env));
    let still = s.ok("GET", &format!("/v1/deployments/{d}"), None).await;
    assert_eq!(still["status"], "active", "a manual run's failure pauses nothing");

    // The tick at 09:00 fails the same way, and pauses the deployment.
    let all = wait_for_runs(&s, d, 3, Duration::from_secs(60)).await;
    let scheduled = &all[0];
    assert_eq!(scheduled["trigger_context"]["type"], "schedule", "{scheduled}");
    assert_eq!(scheduled["error"]["type"], "environment_archived_error");
    let paused = s.ok("GET", &format!("/v1/deployments/{d}"), None).await;
    assert_eq!(paused["status"], "paused");
    assert_eq!(paused["paused_reason"]["type"], "error");
    assert_eq!(paused["paused_reason"]["error"], scheduled["error"]);
    assert_eq!(paused["schedule"]["last_run_at"], scheduled["created_at"]);

    // Manual runs still work while paused, and leave the reason as it is.
    let again = s.ant(&["beta:deployments", "run", d]).run().json();
    assert_eq!(again["error"]["type"], "environment_archived_error");
    let paused = s.ok("GET", &format!("/v1/deployments/{d}"), None).await;
    assert_eq!(paused["paused_reason"]["type"], "error");

    let errors = s
        .ok(
            "GET",
            &format!("/v1/deployment_runs?deployment_id={d}&has_error=true"),
            None,
        )
        .await;
    assert_eq!(errors["data"].as_array().unwrap().len(), 3);
    let fine = s
        .ok(
            "GET",
            &format!("/v1/deployment_runs?deployment_id={d}&has_error=false"),
            None,
        )
        .await;
    assert_eq!(fine["data"].as_array().unwrap().len(), 1);
    assert_eq!(fine["data"][0]["id"], manual["id"]);
    let (status, e) = s
        .call(
            "POST",
            &format!("/v1/deployments/{d}"),
            Some(json!({"environment_id": env})),
        )
        .await;
    assert_eq!(status, 400, "an archived environment cannot be set: {e}");
    assert!(
        e["error"]["message"].as_str().unwrap().starts_with("environment_id"),
        "{e}"
    );
}

#[tokio::test]
async fn a_restart_runs_the_ticks_it_missed_once_and_pauses_are_not_made_up() {
    let model = FakeModel::start();
    let mut s = server(&model, "2026-03-10T08:58:30Z");
    let agent = s.agent("hello", toolset()).await;
    let env = environment(&s).await;
    let created = deployment(&s, &agent, &env, cron("*/5 * * * *", "Europe/Paris")).await;
    let d = id(&created).to_string();
    assert_eq!(
        created["schedule"]["upcoming_runs_at"][0],
        "2026-03-10T09:00:00.000000Z"
    );

    // Down over 09:00, 09:05, 09:10 and 09:15; back at 09:17:30.
    s.stop(false);
    s.set_env(CLOCK, "2026-03-10T09:17:30Z");
    s.restart(false);
    let found = wait_for_runs(&s, &d, 1, Duration::from_secs(30)).await;
    assert_eq!(
        found[0]["trigger_context"],
        json!({"type": "schedule", "scheduled_at": "2026-03-10T09:15:00.000000Z"}),
        "one run stands for the missed ticks, the latest of them"
    );
    assert!(found[0]["session_id"].is_string(), "{}", found[0]);
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(runs(&s, &d).await.len(), 1, "and only one");
    let after = s.ok("GET", &format!("/v1/deployments/{d}"), None).await;
    assert_eq!(after["schedule"]["upcoming_runs_at"][0], "2026-03-10T09:20:00.000000Z");

    // A restart before the next tick runs nothing again.
    s.stop(true);
    s.set_env(CLOCK, "2026-03-10T09:18:00Z");
    s.restart(false);
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(runs(&s, &d).await.len(), 1, "no tick runs twice");

    // Paused over 09:20 and 09:25 (and down): nothing is made up, not at start, not at unpause.
    s.ant(&["beta:deployments", "pause", &d]).run().ok();
    s.stop(false);
    s.set_env(CLOCK, "2026-03-10T09:27:00Z");
    s.restart(false);
    tokio::time::sleep(Duration::from_secs(2)).await;
    let paused = s.ok("GET", &format!("/v1/deployments/{d}"), None).await;
    assert_eq!(paused["schedule"]["upcoming_runs_at"][0], "2026-03-10T09:30:00.000000Z");
    let resumed = s.ant(&["beta:deployments", "unpause", &d]).run().json();
    assert_eq!(
        resumed["schedule"]["upcoming_runs_at"][0],
        "2026-03-10T09:30:00.000000Z"
    );
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(runs(&s, &d).await.len(), 1, "ticks passed while paused never run");
}

#[tokio::test]
async fn a_run_a_stop_left_pending_is_finished_at_the_next_start() {
    let model = FakeModel::start();
    let mut s = server(&model, "2026-03-10T08:00:00Z");
    let agent = s.agent("hello", toolset()).await;
    let env = environment(&s).await;
    let created = deployment(&s, &agent, &env, Value::Null).await;
    let d = id(&created).to_string();
    s.stop(true);
    // As a stop between the claim of a run and its session leaves it.
    let planned = "sesn_01plannedbeforethestop00";
    let pending = json!({"id": "drun_01pendingrunofthetest000", "type": "deployment_run", "deployment_id": d,
        "agent": created["agent"], "session_id": null, "error": null,
        "trigger_context": {"type": "manual"}, "created_at": "2026-03-10T08:00:01.000000Z"});
    let db = rusqlite::Connection::open(s.path("ant.db")).unwrap();
    db.execute(
        "INSERT INTO deployment_runs (id, deployment_id, trigger_type, planned_session_id, state, created_at, body)
         VALUES (?1, ?2, 'manual', ?3, 'pending', ?4, ?5)",
        rusqlite::params![
            pending["id"].as_str().unwrap(),
            d,
            planned,
            pending["created_at"].as_str().unwrap(),
            pending.to_string()
        ],
    )
    .unwrap();
    drop(db);
    s.restart(false);
    let found = wait_for_runs(&s, &d, 1, Duration::from_secs(30)).await;
    assert_eq!(found[0]["id"], pending["id"]);
    assert_eq!(found[0]["session_id"], planned, "{}", found[0]);
    let session = s.ok("GET", &format!("/v1/sessions/{planned}"), None).await;
    assert_eq!(session["deployment_id"], d.as_str());
}

#[tokio::test]
async fn a_repository_token_stays_on_the_server() {
    let model = FakeModel::start();
    let s = Server::logged(&["--model-url", &model.url], &[("RUST_LOG", "debug")]);
    let repos = tempfile::tempdir().unwrap();
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(
            "git init -q -b main work && cd work && echo one > f && git add f \
             && git -c user.name=t -c user.email=t@t commit -q -m one && git clone -q --bare . ../app.git",
        )
        .current_dir(repos.path())
        .status()
        .unwrap();
    assert!(status.success());
    let url = repos.path().join("app.git").display().to_string();
    let token = "ghp_deploymenttoken_7d3e9a";
    let agent = s.agent("hello", toolset()).await;
    let env = environment(&s).await;
    let body = json!({"name": "with repo", "agent": {"type": "agent", "id": agent}, "environment_id": env,
        "initial_events": [message("look at the repo")],
        "resources": [{"type": "github_repository", "url": url, "authorization_token": token}]});
    let created = s.ok("POST", "/v1/deployments", Some(body)).await;
    assert_eq!(
        created["resources"],
        json!([{"type": "github_repository", "url": url}]),
        "the request form without its token"
    );
    let d = id(&created);
    let run = s.ok("POST", &format!("/v1/deployments/{d}/run"), None).await;
    let session = run["session_id"].as_str().expect("the clone worked");
    let got = s.ok("GET", &format!("/v1/sessions/{session}"), None).await;
    assert_eq!(got["resources"][0]["mount_path"], "/workspace/app");
    let history = s.history(session).await;
    for (what, text) in [
        (
            "the deployment",
            s.ok("GET", &format!("/v1/deployments/{d}"), None).await.to_string(),
        ),
        ("the list", s.ok("GET", "/v1/deployments", None).await.to_string()),
        ("the run", run.to_string()),
        ("the session", got.to_string()),
        ("the events", serde_json::to_string(&history).unwrap()),
        ("the server's log", s.log()),
    ] {
        assert!(!text.contains(token), "{what} shows the token");
    }
}

#[test]
fn bad_input_is_one_line_naming_the_field() {
    let model = FakeModel::start();
    let s = server(&model, "2026-03-10T08:00:00Z");
    let rt = tokio::runtime::Runtime::new().unwrap();
    let agent = rt.block_on(s.agent("hello", toolset()));
    let env = rt.block_on(environment(&s));
    let create = |extra: &[&str]| {
        let mut args = vec![
            "beta:deployments",
            "create",
            "--agent",
            &agent,
            "--environment-id",
            &env,
            "--name",
            "n",
            "--initial-event",
            "{type: user.message, content: [{type: text, text: hi}]}",
        ];
        args.extend_from_slice(extra);
        s.ant(&args)
    };
    let schedule = |expression: &'static str, zone: &'static str| {
        [
            "--schedule.type",
            "cron",
            "--schedule.expression",
            expression,
            "--schedule.timezone",
            zone,
        ]
    };
    let cases: Vec<(Ant, &str)> = vec![
        (
            create(&schedule("0 0 9 * * 1", "UTC")),
            "schedule.expression: '0 0 9 * * 1' has 6 fields",
        ),
        (
            create(&schedule("61 9 * * *", "UTC")),
            "schedule.expression: '61 9 * * *' does not parse",
        ),
        (create(&schedule("@daily", "UTC")), "schedule.expression: '@daily'"),
        (
            create(&schedule("0 9 * * *", "Mars/Olympus_Mons")),
            "schedule.timezone: 'Mars/Olympus_Mons' is not a time zone",
        ),
        (create(&[]).stdin("colour: red\n"), "colour"),
        (
            create(&["--initial-event", "{type: user.interrupt}"]),
            "initial_events[1].type",
        ),
        (
            create(&["--vault-id", "vlt_missing"]),
            "vault_ids[0]: vault vlt_missing not found",
        ),
    ];
    for (ant, expected) in cases {
        let out = ant.run();
        assert_one_line_error(&out, &["POST", "/v1/deployments"]);
        let body: Value = serde_json::from_str(&out.stdout).unwrap_or_else(|_| panic!("{}", out.stdout));
        let message = body["error"]["message"].as_str().unwrap();
        assert!(message.contains(expected), "{message:?} lacks {expected:?}");
        assert_eq!(body["type"], "error");
    }
    let out = s.ant(&["beta:deployments", "retrieve", "depl_nope"]).run();
    assert_one_line_error(&out, &["404"]);
}
