//! `ant beta:sessions:events`, and `ant stream SESSION_ID` for people.

use crate::cli::spec::{
    Action, Beta, CREATED_AT_GT, CREATED_AT_GTE, CREATED_AT_LT, CREATED_AT_LTE, LIMIT, ORDER, PAGE, Paging, Resource,
    Shape, Ty, body, path, query,
};

pub const EVENTS: Resource = Resource {
    name: "beta:sessions:events",
    alias: None,
    about: "A session's events: send input, list the log, stream it live",
    beta: Beta::Default("managed-agents-2026-04-01"),
    actions: &[
        Action::list(
            "List a session's events",
            "/v1/sessions/{session-id}/events",
            Paging::Cursor,
        )
        .params(&[
            path("session-id"),
            CREATED_AT_GT,
            CREATED_AT_GTE,
            CREATED_AT_LT,
            CREATED_AT_LTE,
            LIMIT,
            ORDER,
            PAGE,
            query("type", "types", Ty::StrEach),
        ]),
        Action::post("send", "Send events to a session", "/v1/sessions/{session-id}/events")
            .params(&[path("session-id"), body("event", "events", Ty::ObjectEach).req()]),
        STREAM,
    ],
};

/// Also reachable as `ant stream SESSION_ID`.
pub const STREAM: Action = Action::get(
    "stream",
    "Stream a session's events as they happen (one JSON value per event)",
    "/v1/sessions/{session-id}/events/stream",
)
.shape(Shape::Stream)
.params(&[path("session-id"), query("event-delta", "event_deltas", Ty::StrEach)]);

/// `--until-idle` of the session stream commands: not an API parameter, so not in the table.
pub fn until_idle() -> clap::Arg {
    clap::Arg::new("until-idle")
        .long("until-idle")
        .action(clap::ArgAction::SetTrue)
        .help("Stop when the session goes idle: exit 0 for end_turn, 2 for requires_action, 1 for an error")
}
