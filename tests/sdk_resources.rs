//! The official Python SDK's Files, Skills, memory store and session resource calls against the
//! real server and the scripted model (tests/sdk_resources/test_sdk_resources.py). It needs the
//! conformance virtualenv, which tests/run.sh makes; without it the test is skipped with a note.

mod common;

#[test]
fn the_official_python_sdk_uploads_mounts_and_remembers() {
    common::official_sdk_tests("tests/sdk_resources");
}
