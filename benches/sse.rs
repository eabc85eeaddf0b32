//! The SSE decoder on large events: `cargo bench --bench sse`.
//! 1. Time to decode one 1 MiB and one 64 MiB event arriving in 64 KiB chunks: it must grow
//!    linearly (target: at most 80 times for 64 times the size), next to a plain copy of the
//!    same bytes (the floor for any decoder that must hold the event). Both sizes get fresh
//!    memory, as every event over 32 MiB does: glibc would otherwise serve the small one from
//!    freed, already mapped memory and the large one never, and the ratio would measure the
//!    kernel's page faults, not the decoder (a copy's own ratio is then over 1,000).
//! 2. The process's peak RSS while decoding the 64 MiB event, against the event's size (target:
//!    at most twice).
//! 3. The real `ant stream` fed a 1 GiB line without a newline by a raw local server: it must end
//!    with exit 1 and one line, its peak RSS (VmHWM) under 200 MB; next to `ant stream` of a
//!    small stream as the baseline.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use ant::client::stream::Decoder;

const CHUNK: usize = 64 << 10;
const MIB: usize = 1 << 20;

/// One event whose data line is `size` bytes of JSON text.
fn event(size: usize) -> Vec<u8> {
    let mut out = b"event: agent.message\ndata: {\"type\":\"agent.message\",\"text\":\"".to_vec();
    out.resize(out.len() + size, b'a');
    out.extend_from_slice(b"\"}\n\n");
    out
}

/// Decodes `bytes` in network-sized chunks and returns the one event's data length.
fn decode(bytes: &[u8]) -> usize {
    let mut decoder = Decoder::default();
    for chunk in bytes.chunks(CHUNK) {
        decoder.push(chunk).expect("under the limit");
    }
    decoder.next().expect("one event").data.len()
}

/// The median of `runs` timings of `f`.
fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let started = Instant::now();
            f();
            started.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn status_kib(pid: &str, field: &str) -> Option<usize> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// The extra peak RSS of `f` over what the process held before it, in bytes.
fn peak_extra(f: impl FnOnce() -> usize) -> (usize, usize) {
    // Writing 5 resets the peak (VmHWM) to the current RSS.
    std::fs::write("/proc/self/clear_refs", "5").expect("Linux resets the peak RSS");
    let before = status_kib("self", "VmRSS:").unwrap();
    let kept = f();
    let peak = status_kib("self", "VmHWM:").unwrap();
    ((peak.saturating_sub(before)) << 10, kept)
}

/// Serves the stream request with `body` after an SSE head (closing when the client goes away)
/// and any other request with an empty history page.
fn serve(body: impl Fn(&mut TcpStream) + Send + Sync + 'static) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let body = std::sync::Arc::new(body);
    std::thread::spawn(move || {
        for conn in listener.incoming() {
            let mut conn = conn.unwrap();
            let body = body.clone();
            std::thread::spawn(move || {
                let mut reader = BufReader::new(conn.try_clone().unwrap());
                let mut request = String::new();
                reader.read_line(&mut request).unwrap();
                let mut line = String::new();
                while reader.read_line(&mut line).unwrap_or(0) > 2 {
                    line.clear();
                }
                if request.contains("/events/stream") {
                    let head = "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nconnection: close\r\n\r\n";
                    if conn.write_all(head.as_bytes()).is_ok() {
                        body(&mut conn);
                    }
                } else {
                    let page = r#"{"data":[],"next_page":null}"#;
                    let _ = write!(
                        conn,
                        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{page}",
                        page.len()
                    );
                }
            });
        }
    });
    url
}

/// Runs `ant stream` against `url`, sampling its peak RSS until it exits: (exit code, stderr,
/// peak RSS in bytes).
fn stream_peak_rss(url: &str) -> (Option<i32>, String, usize) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ant"))
        .args(["stream", "sesn_bench", "--until-idle", "--format", "jsonl"])
        .env("ANTHROPIC_BASE_URL", url)
        .env("ANTHROPIC_API_KEY", "bench")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id().to_string();
    let mut peak = 0;
    while child.try_wait().unwrap().is_none() {
        peak = peak.max(status_kib(&pid, "VmHWM:").unwrap_or(0));
        std::thread::sleep(Duration::from_millis(5));
    }
    let mut stderr = String::new();
    child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
    (child.wait().unwrap().code(), stderr, peak << 10)
}

fn main() {
    // A fixed mmap threshold: every allocation over 128 KiB is fresh memory (see the top).
    unsafe { libc::mallopt(libc::M_MMAP_THRESHOLD, 128 << 10) };
    let small = event(MIB);
    let large = event(64 * MIB - 100);
    // Warm up page tables and the allocator once.
    decode(&small);
    let t_small = median(21, || assert!(decode(&small) > MIB));
    let t_large = median(5, || assert!(decode(&large) > 63 * MIB));
    let copy_small = median(21, || assert_eq!(small.to_vec().len(), small.len()));
    let copy_large = median(5, || assert_eq!(large.to_vec().len(), large.len()));
    let ms = |t: Duration| t.as_secs_f64() * 1e3;
    let mibs = |bytes: &[u8], t: Duration| bytes.len() as f64 / MIB as f64 / t.as_secs_f64();
    for (name, bytes, decoded, copied) in [
        ("1 MiB", &small, t_small, copy_small),
        ("64 MiB", &large, t_large, copy_large),
    ] {
        println!(
            "decode a {name:>6} event: {:>7.2} ms ({:>5.0} MiB/s); a copy of it: {:>7.2} ms",
            ms(decoded),
            mibs(bytes, decoded),
            ms(copied)
        );
    }
    println!(
        "time ratio 64 MiB / 1 MiB: {:.1} (target at most 80); a copy's: {:.1}",
        t_large.as_secs_f64() / t_small.as_secs_f64(),
        copy_large.as_secs_f64() / copy_small.as_secs_f64()
    );

    let (extra, kept) = peak_extra(|| decode(&large));
    println!(
        "peak RSS added decoding the 64 MiB event: {:.1} MiB = {:.2} times the event (target at most 2)",
        extra as f64 / MIB as f64,
        extra as f64 / kept as f64
    );

    let idle = r#"{"type":"session.status_idle","id":"sevt_1","stop_reason":{"type":"end_turn"}}"#;
    let baseline = serve(move |conn| {
        let _ = write!(conn, "event: session.status_idle\ndata: {idle}\n\n");
    });
    let (code, _, base_rss) = stream_peak_rss(&baseline);
    assert_eq!(code, Some(0), "the baseline stream ends with its idle event");

    let endless = serve(|conn| {
        let block = vec![b'x'; MIB];
        if conn.write_all(b"data: ").is_err() {
            return;
        }
        for _ in 0..1024 {
            if conn.write_all(&block).is_err() {
                return;
            }
        }
    });
    let started = Instant::now();
    let (code, stderr, peak) = stream_peak_rss(&endless);
    assert_eq!(code, Some(1), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    println!(
        "ant stream, a 1 GiB line without a newline: exit 1 in {:.2} s, peak RSS {:.0} MB (target under 200 MB; a small stream's {:.0} MB)",
        started.elapsed().as_secs_f64(),
        peak as f64 / 1e6,
        base_rss as f64 / 1e6
    );
    println!("  its one line: {}", stderr.trim());
}
