//! The official Python SDK's general API calls (messages, count_tokens, models, message batches)
//! against the real server, live over both wire formats and then replayed with no model
//! (tests/sdk_messages/test_sdk_messages.py). It needs the conformance virtualenv, which
//! tests/run.sh makes; without it the test is skipped with a note.

mod common;

#[test]
fn the_official_python_sdk_gets_messages_models_and_batches_live_and_replayed() {
    common::official_sdk_tests("tests/sdk_messages");
}
