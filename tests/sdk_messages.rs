//! The official Python SDK's general API calls (messages, count_tokens, models, message batches)
//! against the real server, live over both wire formats and then replayed with no model
//! (tests/sdk_messages/test_sdk_messages.py). It needs the conformance virtualenv, which
//! tests/run.sh makes; without it the test is skipped with a note.

use std::path::Path;
use std::process::Command;

#[test]
fn the_official_python_sdk_gets_messages_models_and_batches_live_and_replayed() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let python = root.join(".venv-conformance/bin/python");
    if !python.is_file() {
        println!("note: skipped: {} is missing (tests/run.sh makes it)", python.display());
        return;
    }
    let out = Command::new(&python)
        .args(["-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/sdk_messages"])
        .current_dir(root)
        .env("ANT_BIN", env!("CARGO_BIN_EXE_ant"))
        .env_remove("ANTHROPIC_API_KEY")
        .env_remove("ANTHROPIC_BASE_URL")
        .output()
        .expect("the virtualenv's python runs");
    assert!(
        out.status.success(),
        "pytest failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
