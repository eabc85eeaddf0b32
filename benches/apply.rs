//! Planning 200 unchanged templates of all six kinds (`ant apply --dry-run`, the real binary)
//! against a real local server, next to 200 agents; the baseline is the same command over one
//! template, the fixed cost of a run.

use std::path::Path;
use std::time::{Duration, Instant};

mod support;

use support::LocalServer;

fn ant(base: &str, dir: &Path, args: &[&str]) -> Duration {
    let start = Instant::now();
    let out = support::ant(base, &["apply"])
        .args(args)
        .current_dir(dir)
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

/// `n` templates: all agents, or the six kinds in turn (agent, environment, memory store, vault,
/// skill, and a deployment referencing the agent and environment before it).
fn repo(n: usize, mixed: bool) -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    for dir in [
        "agents",
        "environments",
        "memory_stores",
        "vaults",
        "skills",
        "deployments",
        ".git",
    ] {
        std::fs::create_dir_all(d.path().join(dir)).unwrap();
    }
    for i in 0..n {
        let (path, text) = match if mixed { i % 6 } else { 0 } {
            0 => (
                format!("agents/a{i:03}.md"),
                format!(
                    "---\nmodel: claude-sonnet-4-6\ntools: [{{type: agent_toolset_20260401}}]\n---\nYou are agent number {i}. Answer briefly.\n"
                ),
            ),
            1 => (
                format!("environments/e{i:03}.yaml"),
                "config: {type: cloud, networking: {type: limited, allowed_hosts: [example.com]}}\n".to_string(),
            ),
            2 => (
                format!("memory_stores/m{i:03}.md"),
                format!("---\nmetadata: {{n: \"{i}\"}}\n---\nNotes number {i}.\n"),
            ),
            3 => (format!("vaults/v{i:03}.yaml"), format!("display_name: Vault {i}\n")),
            4 => {
                std::fs::create_dir_all(d.path().join(format!("skills/s{i:03}/scripts"))).unwrap();
                std::fs::write(
                    d.path().join(format!("skills/s{i:03}/scripts/run.py")),
                    format!("print({i})\n"),
                )
                .unwrap();
                (
                    format!("skills/s{i:03}/SKILL.md"),
                    format!("---\nname: s{i:03}\ndescription: Skill number {i}.\n---\nRun scripts/run.py.\n"),
                )
            }
            _ => (
                format!("deployments/d{i:03}.md"),
                format!(
                    "---\nagent: ../agents/a{:03}.md\nenvironment_id: ../environments/e{:03}.yaml\n---\nReport number {i}.\n",
                    i - 5,
                    i - 4
                ),
            ),
        };
        std::fs::write(d.path().join(path), text).unwrap();
    }
    d
}

fn main() {
    let data = tempfile::tempdir().unwrap();
    let server = LocalServer::start(data.path(), &[]);
    let base = server.base.clone();
    for (n, mixed, what) in [
        (1, false, "template"),
        (200, false, "agents"),
        (200, true, "of mixed kinds"),
    ] {
        let d = repo(n, mixed);
        ant(&base, d.path(), &[".", "--yes"]);
        let took = median(&base, d.path());
        println!(
            "plan {n:>3} unchanged {what:<15} {:>7.1} ms (median of 7){}",
            took.as_secs_f64() * 1000.0,
            if mixed { "   target < 100 ms" } else { "" }
        );
    }
}
