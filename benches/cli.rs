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
}
