//! Planning 200 unchanged templates (`ant apply --dry-run`, the real binary) against a real
//! local server; the baseline is the same command over one template, the fixed cost of a run.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

mod support;

use support::{ANT, KEY, LocalServer};

fn ant(base: &str, dir: &Path, args: &[&str]) -> Duration {
    let start = Instant::now();
    let out = Command::new(ANT)
        .arg("apply")
        .args(args)
        .current_dir(dir)
        .env("ANTHROPIC_BASE_URL", base)
        .env("ANTHROPIC_API_KEY", KEY)
        .env("ANTHROPIC_CONFIG_DIR", dir)
        .output()
        .unwrap();
    let took = start.elapsed();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    took
}

fn median(base: &str, dir: &Path) -> Duration {
    ant(base, dir, &[".", "--dry-run"]);
    let mut runs: Vec<Duration> = (0..7).map(|_| ant(base, dir, &[".", "--dry-run"])).collect();
    runs.sort();
    runs[runs.len() / 2]
}

fn repo(n: usize) -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(d.path().join("agents")).unwrap();
    std::fs::create_dir(d.path().join(".git")).unwrap();
    for i in 0..n {
        let text = format!(
            "---\nmodel: claude-sonnet-4-6\ntools: [{{type: agent_toolset_20260401}}]\n---\nYou are agent number {i}. Answer briefly.\n"
        );
        std::fs::write(d.path().join(format!("agents/a{i:03}.md")), text).unwrap();
    }
    d
}

fn main() {
    let data = tempfile::tempdir().unwrap();
    let server = LocalServer::start(data.path(), &[]);
    let base = server.base.clone();
    for n in [1, 200] {
        let d = repo(n);
        ant(&base, d.path(), &[".", "--yes"]);
        let took = median(&base, d.path());
        println!(
            "plan {n:>3} unchanged templates: {:>7.1} ms (median of 7)",
            took.as_secs_f64() * 1000.0
        );
    }
}
