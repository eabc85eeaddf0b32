//! `ant beta:sessions:events`, and `ant stream SESSION_ID` for people.

use super::spec::{Action, LIMIT, PAGE, Resource, Shape, Ty, Verb, body, path, query};

pub const EVENTS: Resource = Resource {
    name: "beta:sessions:events",
    alias: None,
    about: "A session's events: send input, list the log, stream it live",
    actions: &[
        Action {
            name: "list",
            about: "List a session's events",
            verb: Verb::Get,
            path: "/v1/sessions/{session-id}/events",
            shape: Shape::List,
            id_alias: false,
            params: &[
                path("session-id"),
                query("created-at-gt", "created_at[gt]", Ty::Value),
                query("created-at-gte", "created_at[gte]", Ty::Value),
                query("created-at-lt", "created_at[lt]", Ty::Value),
                query("created-at-lte", "created_at[lte]", Ty::Value),
                LIMIT,
                query("order", "order", Ty::Str),
                PAGE,
                query("type", "types", Ty::StrEach),
            ],
        },
        Action {
            name: "send",
            about: "Send events to a session",
            verb: Verb::Post,
            path: "/v1/sessions/{session-id}/events",
            shape: Shape::One,
            id_alias: false,
            params: &[path("session-id"), body("event", "events", Ty::ObjectEach).req()],
        },
        STREAM,
    ],
};

/// Also reachable as `ant stream SESSION_ID`.
pub const STREAM: Action = Action {
    name: "stream",
    about: "Stream a session's events as they happen (one JSON value per event)",
    verb: Verb::Get,
    path: "/v1/sessions/{session-id}/events/stream",
    shape: Shape::Stream,
    id_alias: false,
    params: &[path("session-id"), query("event-delta", "event_deltas", Ty::StrEach)],
};

/// `--until-idle` of the stream commands: not an API parameter, so not in the table.
pub fn until_idle() -> clap::Arg {
    clap::Arg::new("until-idle")
        .long("until-idle")
        .action(clap::ArgAction::SetTrue)
        .help("Stop when the session goes idle: exit 0 for end_turn, 2 for requires_action, 1 for an error")
}
