//! Whole-process wall time of the `ant` binary: `cargo bench --bench cli`. The baseline is the
//! cost of starting any process here (`/bin/true`), measured in the same run.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod support;

use support::{KEY, LocalServer};

fn p50(mut cmd: impl FnMut() -> Command, runs: usize) -> f64 {
    let mut samples: Vec<Duration> = (0..runs)
        .map(|_| {
            let mut c = cmd();
            let started = Instant::now();
            let status = c.stdout(Stdio::null()).stderr(Stdio::null()).status().unwrap();
            assert!(status.success(), "{c:?} failed");
            started.elapsed()
        })
        .collect();
    samples.sort();
    samples[runs / 2].as_secs_f64() * 1e3
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let ant = support::ANT;
    let data = tempfile::tempdir().unwrap();
    let server = LocalServer::start(data.path(), &[]);
    let base = server.base.clone();
    let add = Command::new(ant)
        .args([
            "beta:agents",
            "create",
            "--name",
            "a",
            "--model",
            "claude-sonnet-4-6",
            "--base-url",
            &base,
            "--api-key",
            KEY,
        ])
        .output()
        .unwrap();
    assert!(add.status.success());
    let empty = Path::new("/nonexistent-config");
    let baseline = p50(|| Command::new("/bin/true"), 200);
    let version = p50(
        || {
            let mut c = Command::new(ant);
            c.arg("--version");
            c
        },
        200,
    );
    let list = p50(
        || {
            let mut c = Command::new(ant);
            c.args([
                "beta:agents",
                "list",
                "--max-items",
                "1",
                "--base-url",
                &base,
                "--api-key",
                KEY,
            ])
            .env("ANTHROPIC_CONFIG_DIR", empty);
            c
        },
        100,
    );
    // What a Tab costs: the command tree walked, and ids listed by the API.
    let complete = |words: &'static [&'static str]| {
        let base = base.clone();
        move || {
            let mut c = Command::new(ant);
            c.args(["__complete", "--"])
                .args(words)
                .env("COMPLETION_STYLE", "bash")
                .env("ANTHROPIC_BASE_URL", &base)
                .env("ANTHROPIC_API_KEY", KEY)
                .env("ANTHROPIC_CONFIG_DIR", empty);
            c
        }
    };
    let commands = p50(complete(&["beta", ":", "ag"]), 200);
    let ids = p50(complete(&["agents", "retrieve", "--agent-id", ""]), 100);
    println!("{:<48} p50 {baseline:7.2} ms", "baseline: /bin/true");
    println!(
        "{:<48} p50 {version:7.2} ms   ratio {:5.1}   target 5 ms",
        "ant --version",
        version / baseline
    );
    println!(
        "{:<48} p50 {list:7.2} ms   ratio {:5.1}   target 15 ms",
        "ant beta:agents list --max-items 1 (local)",
        list / baseline
    );
    println!(
        "{:<48} p50 {commands:7.2} ms   ratio {:5.1}",
        "ant __complete -- beta : ag (a Tab, commands)",
        commands / baseline
    );
    println!(
        "{:<48} p50 {ids:7.2} ms   ratio {:5.1}",
        "ant __complete -- agents retrieve --agent-id (ids)",
        ids / baseline
    );
}
