//! The `ant` binary as a whole process: `cargo bench --bench cli`.
//! 1. Start-up: wall time of `ant --version` and of a one-item list against the local server,
//!    next to the cost of starting any process here (`/bin/true`), measured in the same run.
//! 2. Files: `beta:files upload` and `beta:files download -o` of a 1 GiB file over loopback (the
//!    upload to a server in this process that discards it, so the client alone is measured; the
//!    download from `ant local serve`'s Files API, as users download), next to `cp` of the same
//!    file, with curl's download of it for reference; and each command's peak RSS, which must
//!    stay far below the file. (A one-thread sendfile(2) server, tried first, fed every client
//!    slower here than the local server's streamed MiB reads: curl took 1.3 s against 0.8-1.1 s.)

use std::os::unix::process::ExitStatusExt;
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
    drop(server);
    transfers();
}

const GIB: u64 = 1 << 30;
const MIB: f64 = (1 << 20) as f64;

/// Runs `cmd` to its end: its wall time and peak RSS in bytes (the kernel's count, from wait4).
#[allow(clippy::zombie_processes, reason = "reaped by wait4, which also gives its peak RSS")]
fn measured(mut cmd: Command) -> (Duration, u64) {
    let started = Instant::now();
    let child = cmd.stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: rusage is plain data the kernel fills; the child is ours and waited for once.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let elapsed = started.elapsed();
    assert_eq!(waited, pid);
    let status = std::process::ExitStatus::from_raw(status);
    assert!(status.success(), "{cmd:?}: {status}");
    (elapsed, usage.ru_maxrss as u64 * 1024)
}

fn median_of(runs: usize, mut f: impl FnMut() -> (Duration, u64)) -> (Duration, u64) {
    let mut samples: Vec<(Duration, u64)> = (0..runs).map(|_| f()).collect();
    samples.sort();
    let peak = samples.iter().map(|s| s.1).max().unwrap();
    (samples[runs / 2].0, peak)
}

/// An upload server on loopback: every body is read and dropped.
fn upload_server() -> (String, tokio::runtime::Runtime) {
    use axum::body::Body;
    use axum::routing::post;
    use futures::StreamExt;
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let upload = |body: Body| async move {
        let mut bytes = 0u64;
        let mut stream = body.into_data_stream();
        while let Some(chunk) = stream.next().await {
            bytes += chunk.unwrap().len() as u64;
        }
        axum::Json(serde_json::json!({"id": "file_bench", "size_bytes": bytes}))
    };
    let app = axum::Router::new()
        .route("/v1/files", post(upload))
        .layer(axum::extract::DefaultBodyLimit::disable());
    runtime.spawn(async move { axum::serve(listener, app).await });
    (url, runtime)
}

fn transfers() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("big.bin");
    {
        use std::io::Write;
        let block: Vec<u8> = (0..(1u32 << 20))
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 11) as u8)
            .collect();
        let mut f = std::io::BufWriter::new(std::fs::File::create(&source).unwrap());
        for _ in 0..GIB >> 20 {
            f.write_all(&block).unwrap();
        }
    }
    let (upload_url, _runtime) = upload_server();
    let data = tempfile::tempdir().unwrap();
    let files = LocalServer::start(data.path(), &["--max-file-bytes", &(2 * GIB).to_string()]);
    let copy_to = dir.path().join("copy.bin");
    let fetched = dir.path().join("fetched.bin");
    let ant = support::ant;
    let source_str = source.to_str().unwrap();
    let stored = ant(
        &files.base,
        &["beta:files", "upload", "--file", source_str, "--format", "json"],
    )
    .output()
    .unwrap();
    assert!(stored.status.success(), "{}", String::from_utf8_lossy(&stored.stderr));
    let stored: serde_json::Value = serde_json::from_slice(&stored.stdout).unwrap();
    let file_id = stored["id"].as_str().unwrap();
    let runs = 3;
    let (cp, _) = median_of(runs, || {
        let _ = std::fs::remove_file(&copy_to);
        let mut c = Command::new("cp");
        c.arg(&source).arg(&copy_to);
        measured(c)
    });
    // Room on the disk for the next copy.
    let _ = std::fs::remove_file(&copy_to);
    let (upload, upload_rss) = median_of(runs, || {
        measured(ant(&upload_url, &["beta:files", "upload", "--file", source_str]))
    });
    let (download, download_rss) = median_of(runs, || {
        let _ = std::fs::remove_file(&fetched);
        measured(ant(
            &files.base,
            &["beta:files", "download", file_id, "-o", fetched.to_str().unwrap()],
        ))
    });
    assert_eq!(std::fs::metadata(&fetched).unwrap().len(), GIB);
    // Another HTTP client's download of the same file, for reference (when curl is installed).
    let curl = Command::new("curl").arg("--version").output().is_ok().then(|| {
        median_of(runs, || {
            let _ = std::fs::remove_file(&fetched);
            let mut c = Command::new("curl");
            c.args(["-s", "-f", "-H", &format!("x-api-key: {KEY}"), "-o"])
                .arg(&fetched)
                .arg(format!("{}/v1/files/{file_id}/content", files.base));
            measured(c)
        })
    });
    let _ = std::fs::remove_file(&fetched);
    let rate = |t: Duration| GIB as f64 / MIB / t.as_secs_f64();
    println!(
        "{:<48} {:7.2} s  {:6.0} MiB/s",
        "baseline: cp of a 1 GiB file",
        cp.as_secs_f64(),
        rate(cp)
    );
    if let Some((t, rss)) = curl {
        println!(
            "{:<48} {:7.2} s  {:6.0} MiB/s   {:4.0}% of cp   peak RSS {:.0} MB",
            "reference: curl -o of the same download",
            t.as_secs_f64(),
            rate(t),
            100.0 * cp.as_secs_f64() / t.as_secs_f64(),
            rss as f64 / 1e6
        );
    }
    for (name, t, rss) in [
        ("ant beta:files upload (1 GiB, loopback)", upload, upload_rss),
        ("ant beta:files download -o (1 GiB, loopback)", download, download_rss),
    ] {
        println!(
            "{name:<48} {:7.2} s  {:6.0} MiB/s   {:4.0}% of cp (target at least 50%)   peak RSS {:.0} MB",
            t.as_secs_f64(),
            rate(t),
            100.0 * cp.as_secs_f64() / t.as_secs_f64(),
            rss as f64 / 1e6
        );
    }
}
