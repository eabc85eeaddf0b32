//! `ant local doctor` and `ant local serve --sandbox` through the real binary.
//! The escape tests live beside the tools (`src/local/tools/escape_tests.rs`):
//! this crate has no library target for a test here to call the tools through.

use std::process::Command;

const ANT: &str = env!("CARGO_BIN_EXE_ant");

fn bwrap_on_path() -> bool {
    Command::new("bwrap").arg("--version").output().is_ok()
}

#[test]
fn doctor_names_the_active_back_end() {
    let data = tempfile::tempdir().unwrap();
    let out = Command::new(ANT)
        .args(["local", "doctor", "--data-dir"])
        .arg(data.path())
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("\n  none: only with --sandbox none"), "{text}");
    if bwrap_on_path() && out.status.success() {
        assert!(text.starts_with("sandbox: bwrap"), "{text}");
        assert!(text.contains("  bwrap: ok: bubblewrap "), "{text}");
    } else {
        eprintln!("note: bwrap does not work here; only the failure report is checked");
        assert!(text.starts_with("sandbox: none works here"), "{text}");
    }
}

#[test]
fn doctor_and_serve_explain_a_missing_bwrap() {
    let data = tempfile::tempdir().unwrap();
    let out = Command::new(ANT)
        .args(["local", "doctor", "--data-dir"])
        .arg(data.path())
        .env("PATH", data.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("  bwrap: unavailable: bwrap not found on PATH (install the bubblewrap package)"),
        "{text}"
    );

    for mode in ["auto", "bwrap"] {
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
        assert!(err.contains("bwrap not found on PATH"), "{err}");
        assert!(err.lines().count() == 1, "one line: {err}");
    }
}
