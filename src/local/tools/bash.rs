//! bash: one persistent shell per session, so `cd` and variables carry over
//! between calls.

use std::process::{ExitStatus, Stdio};
use std::sync::{Arc, Weak};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::process::{Child, ChildStdin, ChildStdout};
use tokio::sync::Mutex;
use tokio::task::AbortHandle;
use tokio_util::sync::CancellationToken;

use super::{Input, ToolOutput, ToolSpec, paths};
use crate::local::sandbox::{self, Sandbox};

const DEFAULT_TIMEOUT: Duration = Duration::from_secs(120);
/// Output kept from one command (the end of it).
const OUTPUT_CAP: usize = 100 * 1024;
/// How long to collect output still in the pipe after the shell has exited.
const EXIT_DRAIN: Duration = Duration::from_millis(100);
/// How long a shell may sit unused (outside a running turn) before it is ended, so that an idle
/// session holds no process and no file descriptor; the next call starts a new one.
pub const SHELL_IDLE: Duration = Duration::from_secs(60);

pub(super) fn spec() -> ToolSpec {
    ToolSpec {
        name: "bash",
        description: "Run a command in a persistent bash shell in the session's working directory. \
            The working directory, variables and functions persist between calls. \
            Returns combined stdout and stderr (last 100 KiB); a non-zero exit code is reported as an error.",
        input_schema: json!({
            "type": "object",
            "properties": {
                "command": {
                    "type": "string",
                    "description": "The bash command to run. Omit only when restart is true."
                },
                "restart": {
                    "type": "boolean",
                    "description": "Kill the shell and start a fresh one on the next call."
                },
                "timeout_ms": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Time limit in milliseconds; 0 or absent means 120000."
                }
            },
            "required": []
        }),
    }
}

/// The session's shell, if one is running, and what ending it for idleness carries over.
pub(super) struct ShellSlot(Arc<SlotState>);

struct SlotState {
    slot: Mutex<Slot>,
    activity: std::sync::Mutex<Activity>,
    idle: Duration,
    /// Frees what the sandbox keeps for the shell, once it ended for idleness.
    release: Box<dyn Fn() + Send + Sync>,
}

#[derive(Default)]
struct Slot {
    shell: Option<Shell>,
    /// The working directory (quoted for bash) of a shell that ended for idleness: the next
    /// shell starts there.
    resume: Option<String>,
}

/// What keeps a shell from being idle.
struct Activity {
    /// A turn of the session is running: the model may think for minutes between calls.
    in_turn: bool,
    /// When the last command, or the last turn, ended.
    since: Instant,
}

impl ShellSlot {
    pub(super) fn new(idle: Duration, release: impl Fn() + Send + Sync + 'static) -> Self {
        Self(Arc::new(SlotState {
            slot: Mutex::default(),
            activity: std::sync::Mutex::new(Activity {
                in_turn: false,
                since: Instant::now(),
            }),
            idle,
            release: Box::new(release),
        }))
    }

    /// Kills the shell, if any; the next command starts a new one in the workspace.
    pub(super) async fn kill(&self) {
        let mut slot = self.0.slot.lock().await;
        slot.shell.take();
        slot.resume = None;
    }

    /// Whether a turn of the session is running; the shell's idle time counts only outside one.
    pub(super) fn set_turn_running(&self, running: bool) {
        let mut activity = self.0.activity();
        if activity.in_turn && !running {
            activity.since = Instant::now();
        }
        activity.in_turn = running;
    }
}

impl SlotState {
    fn activity(&self) -> std::sync::MutexGuard<'_, Activity> {
        self.activity.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn used(&self) {
        self.activity().since = Instant::now();
    }

    /// How long until the shell has been idle long enough to end: zero when it has.
    fn idle_left(&self) -> Duration {
        let activity = self.activity();
        if activity.in_turn {
            return self.idle;
        }
        self.idle.saturating_sub(activity.since.elapsed())
    }
}

/// Ends the slot's shell once it has been idle for the slot's idle time. Runs as long as that
/// shell does (dropping the shell aborts it).
async fn end_when_idle(state: Weak<SlotState>) {
    loop {
        let Some(state) = state.upgrade() else { return };
        let left = state.idle_left();
        // A command holds the lock while it runs, and counts as use when it ends.
        if left.is_zero()
            && let Ok(mut slot) = state.slot.try_lock()
            && state.idle_left().is_zero()
        {
            if let Some(shell) = slot.shell.take() {
                slot.resume = shell.cwd.clone();
            }
            (state.release)();
            return;
        }
        let wait = if left.is_zero() { state.idle } else { left };
        drop(state);
        tokio::time::sleep(wait).await;
    }
}

pub(super) async fn run(
    slot: &ShellSlot,
    sandbox: &Sandbox,
    shutdown: &CancellationToken,
    input: &serde_json::Map<String, Value>,
) -> Result<ToolOutput, String> {
    let input = Input::new("bash", input);
    let restart = input.bool("restart")?;
    let command = input.opt_str("command")?;
    let timeout = timeout(input.get("timeout_ms"))?;
    if restart {
        slot.kill().await;
        return Ok(ToolOutput::text("bash session restarted"));
    }
    let command = command.ok_or("bash: command is required")?;

    let state = &slot.0;
    let mut guard = state.slot.lock().await;
    // The shell is owned by this future while the command runs: if the future
    // is dropped, `Shell::drop` kills its process group.
    let (mut shell, note) = match guard.shell.take().and_then(|mut s| s.is_alive().then_some(s)) {
        Some(shell) => (shell, None),
        None => {
            let mut shell = Shell::start(sandbox).await?;
            shell.reaper = Some(tokio::spawn(end_when_idle(Arc::downgrade(state))).abort_handle());
            let note = match guard.resume.take() {
                Some(cwd) => Some(shell.resume(&cwd, state.idle).await),
                None => None,
            };
            (shell, note)
        }
    };
    let outcome = tokio::select! {
        r = tokio::time::timeout(timeout, shell.exec(command)) => r,
        () = shutdown.cancelled() => return Err("bash: the session was shut down".into()),
    };
    state.used();
    let result = match outcome {
        Err(_) => Err(with_refusals(
            format!(
                "bash: bash command timed out after {}s",
                timeout.as_millis() as f64 / 1000.0
            ),
            sandbox,
        )),
        Ok(Exec::Done { output, code }) => {
            guard.shell = Some(shell);
            let text = with_refusals(render(&output), sandbox);
            Ok(if code == 0 {
                ToolOutput::text(text)
            } else {
                ToolOutput::error(text)
            })
        }
        Ok(Exec::ShellExited { output, status }) => {
            let how = match status.code() {
                Some(code) => format!("with code {code}"),
                None => "on a signal".to_string(),
            };
            let text = format!(
                "{}\n[the shell exited {how}; a new shell starts on the next command]",
                with_refusals(render(&output), sandbox)
            );
            Ok(if status.success() {
                ToolOutput::text(text)
            } else {
                ToolOutput::error(text)
            })
        }
        Ok(Exec::Failed(e)) => Err(format!("bash: lost the shell: {}", paths::describe(&e))),
    };
    match note {
        Some(note) => Ok(with_note(&note, result.unwrap_or_else(ToolOutput::error))),
        None => result,
    }
}

/// `out` with `note` on a line of its own before its text.
fn with_note(note: &str, mut out: ToolOutput) -> ToolOutput {
    if let Some(text) = out.content.first_mut().and_then(|b| b.get_mut("text")) {
        *text = json!(format!("{note}\n{}", text.as_str().unwrap_or_default()));
    }
    out
}

/// `text` followed by each reason the network proxy gave for refusing a
/// connection that `text` does not already show: a client may report only
/// the status code (curl: "CONNECT tunnel failed, response 403").
fn with_refusals(mut text: String, sandbox: &Sandbox) -> String {
    for refusal in sandbox.take_network_refusals() {
        if !text.contains(&refusal) {
            text.push('\n');
            text.push_str(&refusal);
        }
    }
    text
}

fn timeout(value: Option<&Value>) -> Result<Duration, String> {
    let ms = match value {
        None => 0,
        Some(v) => v
            .as_u64()
            .or_else(|| v.as_f64().filter(|f| *f >= 0.0 && f.fract() == 0.0).map(|f| f as u64))
            .ok_or("bash: timeout_ms must be a non-negative integer")?,
    };
    Ok(if ms == 0 {
        DEFAULT_TIMEOUT
    } else {
        Duration::from_millis(ms)
    })
}

struct Shell {
    child: Child,
    stdin: ChildStdin,
    stdout: ChildStdout,
    pgid: u32,
    /// The working directory after the last command, quoted for bash.
    cwd: Option<String>,
    /// The task that ends this shell when it is idle.
    reaper: Option<AbortHandle>,
}

/// How one command ended.
enum Exec {
    /// Output is the raw bytes kept (see `Output`).
    Done {
        output: Output,
        code: i32,
    },
    ShellExited {
        output: Output,
        status: ExitStatus,
    },
    Failed(std::io::Error),
}

/// The tail of a command's raw output.
#[derive(Default)]
struct Output {
    bytes: Vec<u8>,
    /// Whether earlier bytes were dropped to bound memory.
    dropped: bool,
}

impl Shell {
    async fn start(sandbox: &Sandbox) -> Result<Self, String> {
        let started = std::time::Instant::now();
        let mut cmd = sandbox
            .command("/bin/bash")
            .map_err(|e| format!("bash: cannot start /bin/bash: {e}"))?;
        cmd.stdin(std::process::Stdio::piped());
        cmd.args(["--noprofile", "--norc"])
            // A non-interactive bash would source these.
            .env_remove("BASH_ENV")
            .env_remove("ENV")
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        let mut child = cmd.spawn().map_err(|e| start_failure(&e, started))?;
        let (Some(pgid), Some(stdin), Some(stdout)) = (child.id(), child.stdin.take(), child.stdout.take()) else {
            return Err("bash: cannot start /bin/bash: no pipes".into());
        };
        let mut shell = Self {
            child,
            stdin,
            stdout,
            pgid,
            cwd: None,
            reaper: None,
        };
        // The shell's own messages (e.g. about `exit`) belong in the output too.
        shell
            .stdin
            .write_all(b"exec 2>&1\n")
            .await
            .map_err(|e| start_failure(&e, started))?;
        Ok(shell)
    }

    /// Takes a new shell back to where the one that ended for idleness was; the note for the
    /// model says so, and what did not carry over.
    async fn resume(&mut self, cwd: &str, idle: Duration) -> String {
        let lost = format!(
            "[a new shell: the last one ended after {} s unused, so its variables, functions and background jobs are gone;",
            idle.as_secs_f64()
        );
        match self.exec(&format!("cd -- {cwd}")).await {
            Exec::Done { code: 0, .. } => format!("{lost} the working directory is still {cwd}]"),
            _ => format!("{lost} {cwd} is gone, so it starts in the workspace]"),
        }
    }

    fn is_alive(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    async fn exec(&mut self, command: &str) -> Exec {
        let sentinel = format!("__hands_done_{}__", uuid::Uuid::new_v4().simple());
        // `eval` of a single-quoted word keeps a malformed command (unclosed
        // quote, unterminated heredoc) from swallowing the sentinel line: it
        // fails with a syntax error instead of waiting for more input.
        // The exit code, then the working directory quoted for bash (`%q` keeps it on one line).
        let script = format!(
            "{{ eval {}\n}} </dev/null 2>&1\nprintf '\\n{sentinel} %d %q\\n' \"$?\" \"$PWD\"\n",
            single_quote(command)
        );
        if let Err(e) = self.stdin.write_all(script.as_bytes()).await {
            return self.exited_or(Output::default(), e).await;
        }
        let needle = format!("\n{sentinel} ");
        let mut out = Output::default();
        let mut scanned: usize = 0;
        let mut chunk = vec![0u8; 64 * 1024];
        loop {
            let read = tokio::select! {
                r = self.stdout.read(&mut chunk) => r,
                // A background job may keep stdout open after the shell exits.
                status = self.child.wait() => return self.after_exit(out, status).await,
            };
            match read {
                Ok(0) => {
                    let status = self.child.wait().await;
                    return self.after_exit(out, status).await;
                }
                Ok(n) => out.bytes.extend_from_slice(&chunk[..n]),
                Err(e) => return Exec::Failed(e),
            }
            let from = scanned.saturating_sub(needle.len());
            if let Some(pos) = find(&out.bytes[from..], needle.as_bytes()).map(|p| p + from) {
                let rest = &out.bytes[pos + needle.len()..];
                if let Some(nl) = rest.iter().position(|&b| b == b'\n') {
                    let line = String::from_utf8_lossy(&rest[..nl]);
                    let (code, cwd) = line.split_once(' ').unwrap_or((&line, ""));
                    let code = code.parse().unwrap_or(-1);
                    self.cwd = Some(cwd.to_string());
                    out.bytes.truncate(pos);
                    return Exec::Done { output: out, code };
                }
                // The exit code line is still arriving.
                scanned = pos;
                continue;
            }
            scanned = out.bytes.len();
            // Bound memory: only the last OUTPUT_CAP bytes are ever shown. What is kept also
            // covers the start of a sentinel cut off by this read, which is not output.
            if out.bytes.len() > 2 * OUTPUT_CAP {
                let cut = out.bytes.len() - OUTPUT_CAP - needle.len();
                out.bytes.drain(..cut);
                out.dropped = true;
                scanned -= cut;
            }
        }
    }

    async fn exited_or(&mut self, out: Output, err: std::io::Error) -> Exec {
        match self.child.try_wait() {
            Ok(Some(status)) => self.after_exit(out, Ok(status)).await,
            _ => Exec::Failed(err),
        }
    }

    async fn after_exit(&mut self, mut out: Output, status: std::io::Result<ExitStatus>) -> Exec {
        let status = match status {
            Ok(s) => s,
            Err(e) => return Exec::Failed(e),
        };
        let mut chunk = vec![0u8; 64 * 1024];
        while let Ok(Ok(n)) = tokio::time::timeout(EXIT_DRAIN, self.stdout.read(&mut chunk)).await {
            if n == 0 || out.bytes.len() > 2 * OUTPUT_CAP {
                break;
            }
            out.bytes.extend_from_slice(&chunk[..n]);
        }
        Exec::ShellExited { output: out, status }
    }
}

impl Drop for Shell {
    fn drop(&mut self) {
        // Also takes down background jobs the shell started; an error only
        // means the group is already gone.
        let _ = sandbox::kill_group(self.pgid);
        if let Some(reaper) = &self.reaper {
            reaper.abort();
        }
    }
}

/// Why a shell could not start; running out of descriptors or processes is named as such, also
/// when it shows as another error (a child that inherited a full descriptor table dies before
/// its handshake, and the server sees a broken pipe), or meets one since the start began.
fn start_failure(e: &std::io::Error, started: std::time::Instant) -> String {
    let why = match (sandbox::shortage(e), sandbox::server_shortage(started)) {
        (Some(shortage), _) => shortage.to_string(),
        (None, Some(shortage)) => format!("{shortage} ({})", paths::describe(e)),
        (None, None) => paths::describe(e),
    };
    format!("bash: cannot start /bin/bash: {why}")
}

fn single_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Output as the model sees it: ANSI stripped, trailing newlines removed,
/// the last OUTPUT_CAP bytes, or `(no output)`.
fn render(out: &Output) -> String {
    let text = strip_ansi(&String::from_utf8_lossy(&out.bytes));
    let text = text.trim_end_matches(['\n', '\r']);
    let mut start = text.len().saturating_sub(OUTPUT_CAP);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    if start > 0 || out.dropped {
        format!("[output truncated]\n{}", &text[start..])
    } else if text.is_empty() {
        "(no output)".to_string()
    } else {
        text.to_string()
    }
}

/// Removes ANSI/VT escape sequences: CSI (`ESC [ … final`), OSC and other
/// string commands (`ESC ] … BEL` or `… ESC \`), and short `ESC x` forms.
fn strip_ansi(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\x1b' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('[') => {
                for c in chars.by_ref() {
                    if ('\x40'..='\x7e').contains(&c) {
                        break;
                    }
                }
            }
            Some(']' | 'P' | 'X' | '^' | '_') => {
                while let Some(c) = chars.next() {
                    if c == '\x07' {
                        break;
                    }
                    if c == '\x1b' && chars.peek() == Some(&'\\') {
                        chars.next();
                        break;
                    }
                }
            }
            // Intermediate bytes, then one final byte (e.g. `ESC ( B`).
            Some(c) if ('\x20'..='\x2f').contains(&c) => {
                while chars.next_if(|c| ('\x20'..='\x2f').contains(c)).is_some() {}
                chars.next();
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::SessionTools;
    use super::*;
    use std::time::Instant;

    use super::super::testing::{call, tools};

    async fn bash(t: &SessionTools, input: Value) -> (String, bool) {
        call(t, "bash", &input).await
    }

    async fn cmd(t: &SessionTools, c: &str) -> (String, bool) {
        bash(t, json!({ "command": c })).await
    }

    #[tokio::test]
    async fn cd_and_variables_persist() {
        let (dir, t) = tools();
        assert_eq!(
            cmd(&t, "mkdir sub && cd sub && X=42").await,
            ("(no output)".into(), false)
        );
        let (out, err) = cmd(&t, "pwd; echo $X").await;
        assert!(!err);
        let ws = dir.path().canonicalize().unwrap();
        assert_eq!(out, format!("{}/sub\n42", ws.display()));
        t.shutdown().await;
    }

    #[tokio::test]
    async fn nonzero_exit_is_error_with_stderr() {
        let (_d, t) = tools();
        let (out, err) = cmd(&t, "echo out; echo oops >&2; exit_code() { return 3; }; exit_code").await;
        assert!(err);
        assert_eq!(out, "out\noops");
        assert_eq!(cmd(&t, "false").await, ("(no output)".into(), true));
        t.shutdown().await;
    }

    #[tokio::test]
    async fn malformed_command_fails_fast_and_shell_survives() {
        let (_d, t) = tools();
        cmd(&t, "Y=1").await;
        let started = Instant::now();
        let (out, err) = cmd(&t, "echo 'unclosed").await;
        assert!(err);
        assert!(out.contains("unexpected EOF"), "{out}");
        let (out, _) = cmd(&t, "cat <<EOF\nno terminator").await;
        assert!(out.contains("no terminator"), "{out}");
        assert!(started.elapsed() < Duration::from_secs(5));
        assert_eq!(cmd(&t, "echo $Y").await, ("1".into(), false));
        t.shutdown().await;
    }

    #[tokio::test]
    async fn quotes_and_braces_pass_through() {
        let (_d, t) = tools();
        let (out, err) = cmd(&t, "echo \"it's\" '}' {a,b}").await;
        assert_eq!((out.as_str(), err), ("it's } a b", false));
        t.shutdown().await;
    }

    #[tokio::test]
    async fn stdin_is_null() {
        let (_d, t) = tools();
        let (out, err) = cmd(&t, "cat; echo done").await;
        assert_eq!((out.as_str(), err), ("done", false));
        t.shutdown().await;
    }

    #[tokio::test]
    async fn timeout_kills_and_next_call_works() {
        let (_d, t) = tools();
        cmd(&t, "Z=1").await;
        let started = Instant::now();
        let (out, err) = bash(&t, json!({"command": "sleep 10", "timeout_ms": 300})).await;
        assert!(err);
        assert_eq!(out, "bash: bash command timed out after 0.3s");
        assert!(started.elapsed() < Duration::from_secs(3));
        let (out, err) = bash(&t, json!({"command": "sleep 10", "timeout_ms": 1000})).await;
        assert!(err);
        assert_eq!(out, "bash: bash command timed out after 1s");
        // A fresh shell: the variable is gone.
        assert_eq!(cmd(&t, "echo \"z=$Z\"").await, ("z=".into(), false));
        t.shutdown().await;
    }

    #[tokio::test]
    async fn restart_and_missing_command() {
        let (_d, t) = tools();
        cmd(&t, "V=7").await;
        assert_eq!(
            bash(&t, json!({"restart": true})).await,
            ("bash session restarted".into(), false)
        );
        assert_eq!(cmd(&t, "echo \"v=$V\"").await, ("v=".into(), false));
        assert_eq!(bash(&t, json!({})).await, ("bash: command is required".into(), true));
        assert!(bash(&t, json!({"command": "true", "timeout_ms": -1})).await.1);
        t.shutdown().await;
    }

    #[tokio::test]
    async fn output_is_truncated_to_last_100k() {
        let (_d, t) = tools();
        let (out, err) = cmd(&t, "head -c 300000 /dev/zero | tr '\\0' a; echo; echo END").await;
        assert!(!err);
        assert!(out.starts_with("[output truncated]\n"));
        assert!(out.ends_with("\nEND"));
        assert_eq!(out.len(), "[output truncated]\n".len() + OUTPUT_CAP);
        // Far more than the memory bound, to exercise dropping while reading.
        let (out, _) = cmd(&t, "yes line | head -n 2000000; echo LAST").await;
        assert!(out.starts_with("[output truncated]\n"));
        assert!(out.ends_with("line\nline\nLAST"));
        assert_eq!(out.len(), "[output truncated]\n".len() + OUTPUT_CAP);
        t.shutdown().await;
    }

    #[tokio::test]
    async fn ansi_codes_are_stripped() {
        let (_d, t) = tools();
        let (out, _) = cmd(
            &t,
            r"printf '\033[1;31mred\033[0m \033]0;title\007plain \033(Bok\n\n\n'",
        )
        .await;
        assert_eq!(out, "red plain ok");
        t.shutdown().await;
    }

    #[test]
    fn strip_ansi_cases() {
        assert_eq!(strip_ansi("a\x1b[2Kb\x1b]8;;http://x\x1b\\c\x1b=d"), "abcd");
        assert_eq!(strip_ansi("tail\x1b["), "tail");
    }

    #[tokio::test]
    async fn exit_reports_and_next_call_restarts() {
        let (_d, t) = tools();
        let (out, err) = cmd(&t, "echo bye; exit 4").await;
        assert!(err);
        assert!(out.starts_with("bye\n"), "{out}");
        assert!(out.contains("exited with code 4"), "{out}");
        let (out, err) = cmd(&t, "sleep 30 & exit 0").await;
        assert!(!err, "{out}");
        assert_eq!(cmd(&t, "echo back").await, ("back".into(), false));
        t.shutdown().await;
    }

    /// Whether `sleep MARKER` runs: the marker holds this test process's id, and the whole
    /// command line must match, so no other process on the machine (another run's id
    /// extending this one) counts.
    fn pgrep(marker: &str) -> bool {
        std::process::Command::new("pgrep")
            .args(["-fx", &format!("sleep {}", marker.replace('.', "\\."))])
            .status()
            .unwrap()
            .success()
    }

    #[tokio::test]
    async fn dropping_the_future_kills_the_process_group() {
        let (_d, t) = tools();
        cmd(&t, "W=1").await;
        let marker = format!("30.{}", std::process::id());
        let input = json!({ "command": format!("sleep {marker}; echo woke") });
        let run = tokio::time::timeout(Duration::from_millis(200), t.run("bash", &input)).await;
        assert!(run.is_err(), "the command should still be running");
        let started = Instant::now();
        while pgrep(&marker) {
            assert!(
                started.elapsed() < Duration::from_secs(1),
                "sleep still running after cancel"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        // The shell was killed too; the next call gets a new one.
        assert_eq!(cmd(&t, "echo \"again$W\"").await, ("again".into(), false));
        t.shutdown().await;
    }

    #[tokio::test]
    async fn shutdown_stops_a_running_command() {
        let (_d, t) = tools();
        let marker = format!("31.{}", std::process::id());
        let input = json!({ "command": format!("sleep {marker}") });
        let started = Instant::now();
        let (out, ()) = tokio::join!(t.run("bash", &input), async {
            tokio::time::sleep(Duration::from_millis(300)).await;
            t.shutdown().await;
        });
        assert!(out.is_error);
        assert!(started.elapsed() < Duration::from_secs(5));
        let started = Instant::now();
        while pgrep(&marker) {
            assert!(started.elapsed() < Duration::from_secs(1));
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        assert_eq!(cmd(&t, "echo ok").await, ("ok".into(), false));
        t.shutdown().await;
    }

    #[tokio::test]
    async fn sessions_run_concurrently() {
        let (_d1, a) = tools();
        let (_d2, b) = tools();
        let started = Instant::now();
        let (x, y) = tokio::join!(cmd(&a, "sleep 1; echo a"), cmd(&b, "sleep 1; echo b"));
        assert_eq!((x.0.as_str(), y.0.as_str()), ("a", "b"));
        assert!(started.elapsed() < Duration::from_millis(1900));
        a.shutdown().await;
        b.shutdown().await;
    }

    /// Tools whose shell ends after 200 ms unused.
    fn quickly_idle() -> (tempfile::TempDir, SessionTools) {
        let (dir, t) = tools();
        (dir, t.with_shell_idle(Duration::from_millis(200)))
    }

    /// The process group of the session's shell, if one is running.
    async fn shell_group(t: &SessionTools) -> Option<u32> {
        t.shell.0.slot.lock().await.shell.as_ref().map(|s| s.pgid)
    }

    /// Whether a process is gone (or dead, waiting to be reaped).
    fn gone(pid: u32) -> bool {
        std::fs::read_to_string(format!("/proc/{pid}/stat"))
            .map_or(true, |stat| stat[stat.rfind(')').unwrap() + 2..].starts_with('Z'))
    }

    async fn until_idle_ended(t: &SessionTools) {
        let pgid = shell_group(t).await.expect("a shell runs");
        let started = Instant::now();
        while shell_group(t).await.is_some() || !gone(pgid) {
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "the idle shell never ended"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    #[tokio::test]
    async fn an_idle_shell_ends_and_the_next_one_starts_where_it_was() {
        let (dir, t) = quickly_idle();
        cmd(&t, "mkdir 'sub dir' && cd 'sub dir' && X=1").await;
        until_idle_ended(&t).await;
        let (out, err) = cmd(&t, "pwd; echo \"x=$X\"").await;
        assert!(!err, "{out}");
        let sub = dir.path().canonicalize().unwrap().join("sub dir");
        let quoted = format!("{}/sub\\ dir", dir.path().canonicalize().unwrap().display());
        assert_eq!(
            out,
            format!(
                "[a new shell: the last one ended after 0.2 s unused, so its variables, functions and background jobs are gone; the working directory is still {quoted}]\n{}\nx=",
                sub.display()
            )
        );
        assert_eq!(
            cmd(&t, "X=2; echo $X").await,
            ("2".into(), false),
            "no note the second time"
        );
        t.shutdown().await;
    }

    #[tokio::test]
    async fn a_shell_whose_directory_went_away_starts_in_the_workspace() {
        let (dir, t) = quickly_idle();
        cmd(&t, "mkdir sub && cd sub").await;
        until_idle_ended(&t).await;
        std::fs::remove_dir(dir.path().join("sub")).unwrap();
        let (out, err) = cmd(&t, "pwd").await;
        assert!(!err, "{out}");
        let (note, pwd) = out.split_once('\n').unwrap();
        assert!(note.ends_with("/sub is gone, so it starts in the workspace]"), "{note}");
        assert_eq!(pwd, dir.path().canonicalize().unwrap().display().to_string());
        t.shutdown().await;
    }

    #[tokio::test]
    async fn a_shell_lives_on_while_its_turn_runs_and_a_restart_starts_fresh() {
        let (_d, t) = quickly_idle();
        t.set_turn_running(true);
        cmd(&t, "mkdir -p sub && cd sub && Y=2").await;
        tokio::time::sleep(Duration::from_millis(600)).await;
        assert_eq!(cmd(&t, "echo $Y").await, ("2".into(), false), "the same shell");
        t.set_turn_running(false);
        until_idle_ended(&t).await;
        bash(&t, json!({"restart": true})).await;
        let (out, _) = cmd(&t, "basename \"$PWD\"").await;
        assert!(!out.contains("sub") && !out.contains("new shell"), "{out}");
        t.shutdown().await;
    }

    #[test]
    fn running_out_of_descriptors_or_processes_is_named() {
        let failure = |errno| start_failure(&std::io::Error::from_raw_os_error(errno), std::time::Instant::now());
        assert_eq!(
            failure(libc::EMFILE),
            "bash: cannot start /bin/bash: too many open files: the server has no file descriptor left (EMFILE)"
        );
        assert!(failure(libc::EAGAIN).ends_with("a process limit is reached (EAGAIN)"));
        assert!(failure(libc::ENFILE).contains("ENFILE"));
    }

    #[tokio::test]
    async fn home_is_workspace() {
        let (dir, t) = tools();
        let (out, _) = cmd(&t, "echo $HOME; echo \"[$TERM]\"").await;
        let ws = dir.path().display().to_string();
        assert_eq!(out, format!("{ws}\n[dumb]"));
        t.shutdown().await;
    }
}
