//! Whole-process wall time of the `ant` binary: `cargo bench --bench cli`. The baseline is the
//! cost of starting any process here (`/bin/true`), measured in the same run.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

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
    let ant = env!("CARGO_BIN_EXE_ant");
    let data = tempfile::tempdir().unwrap();
    let mut server = Command::new(ant)
        .args([
            "local",
            "serve",
            "--addr",
            "127.0.0.1:0",
            "--api-key",
            "k",
            "--data-dir",
        ])
        .arg(data.path())
        .env("RUST_LOG", "warn")
        .spawn()
        .unwrap();
    let marker = data.path().join("server.json");
    let base = loop {
        if let Ok(text) = std::fs::read_to_string(&marker) {
            let v: serde_json::Value = serde_json::from_str(&text).unwrap();
            break v["base_url"].as_str().unwrap().to_string();
        }
        std::thread::sleep(Duration::from_millis(10));
    };
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
            "k",
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
                "k",
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
    let _ = server.kill();
    let _ = server.wait();
}
