//! `ant local doctor` and `ant local serve --sandbox` through the real binary.
//! The escape tests live beside the tools (`src/local/tools/escape_tests.rs`):
//! this crate has no library target for a test here to call the tools through.

use std::process::Command;

const ANT: &str = env!("CARGO_BIN_EXE_ant");

/// `ant local doctor` with `path` as PATH: its report and exit code.
fn doctor(data: &std::path::Path, path: Option<&std::path::Path>) -> (String, Option<i32>) {
    let mut cmd = Command::new(ANT);
    cmd.args(["local", "doctor", "--data-dir"]).arg(data);
    if let Some(path) = path {
        cmd.env("PATH", path);
    }
    let out = cmd.output().unwrap();
    (String::from_utf8(out.stdout).unwrap(), out.status.code())
}

#[test]
fn doctor_names_the_active_back_end() {
    let data = tempfile::tempdir().unwrap();
    let (text, code) = doctor(data.path(), None);
    assert!(text.contains("\n  none: only with --sandbox none"), "{text}");
    let bwrap = text.contains("  bwrap: ok: bubblewrap ");
    let landlock = text.contains("  landlock: ok: Landlock ABI ");
    assert!(bwrap || text.contains("  bwrap: unavailable: "), "{text}");
    assert!(landlock || text.contains("  landlock: unavailable: "), "{text}");
    if bwrap {
        assert!(text.starts_with("sandbox: bwrap"), "{text}");
    } else if landlock {
        assert!(text.starts_with("sandbox: landlock"), "{text}");
    } else {
        eprintln!("note: no back end works here; only the failure report is checked");
        assert!(text.starts_with("sandbox: none works here"), "{text}");
    }
    assert_eq!(code, Some(i32::from(!bwrap && !landlock)));
}

#[test]
fn doctor_and_serve_explain_a_missing_bwrap() {
    let data = tempfile::tempdir().unwrap();
    let (text, code) = doctor(data.path(), Some(data.path()));
    assert!(
        text.contains("  bwrap: unavailable: bwrap not found on PATH (install the bubblewrap package)"),
        "{text}"
    );
    let landlock = text.contains("  landlock: ok: ");
    assert_eq!(code, Some(i32::from(!landlock)), "{text}");

    // Without bwrap, `auto` runs under Landlock where it works (a server that
    // would keep running) and otherwise refuses to start, naming both.
    let modes: &[&str] = if landlock {
        &["bwrap"]
    } else {
        &["auto", "bwrap", "landlock"]
    };
    for mode in modes {
        let out = Command::new(ANT)
            .args([
                "local",
                "serve",
                "--addr",
                "127.0.0.1:0",
                "--sandbox",
                mode,
                "--data-dir",
            ])
            .arg(data.path())
            .env("PATH", data.path())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "--sandbox {mode}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(*mode == "landlock" || err.contains("bwrap not found on PATH"), "{err}");
        assert!(err.lines().count() == 1, "one line: {err}");
    }
}
