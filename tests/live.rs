//! The live view of session events: rendering snapshots, the stream through the binary, lossless
//! reconnects, `--until-idle` exit codes, and bad input.

mod common;

use ant::output::live::Live;

/// Renders every line of a recorded stream without colour, with the status line after each event.
fn render_fixture(name: &str) -> String {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name),
    )
    .unwrap();
    let mut out = Vec::new();
    let mut statuses = Vec::new();
    {
        let mut live = Live::new(&mut out, false, false);
        for line in text.lines() {
            live.event(line).unwrap();
            statuses.push(live.status());
        }
    }
    let mut shown = String::from_utf8(out).unwrap();
    shown.push_str("\n--- status after each event ---\n");
    for s in statuses {
        shown.push_str(&s);
        shown.push('\n');
    }
    shown
}

#[test]
fn every_event_type_renders() {
    insta::assert_snapshot!(render_fixture("every_event.jsonl"));
}
