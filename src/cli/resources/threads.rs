//! `ant beta:sessions:threads`, `ant beta:sessions:threads:events`.

use crate::cli::spec::{Action, Beta, LIMIT, PAGE, Paging, Resource, Shape, Ty, path, query};

pub const THREADS: Resource = Resource {
    name: "beta:sessions:threads",
    alias: None,
    about: "The threads of a multi-agent session",
    beta: Beta::Default("managed-agents-2026-04-01"),
    actions: &[
        Action::get(
            "retrieve",
            "Get a thread",
            "/v1/sessions/{session-id}/threads/{thread-id}",
        )
        .params(&[path("session-id"), path("thread-id")]),
        Action::list(
            "List a session's threads",
            "/v1/sessions/{session-id}/threads",
            Paging::Cursor,
        )
        .params(&[path("session-id"), LIMIT, PAGE]),
        Action::post(
            "archive",
            "Archive a thread",
            "/v1/sessions/{session-id}/threads/{thread-id}/archive",
        )
        .params(&[path("session-id"), path("thread-id")]),
    ],
};

pub const THREAD_EVENTS: Resource = Resource {
    name: "beta:sessions:threads:events",
    alias: None,
    about: "A thread's events: list them, stream them live",
    beta: Beta::Default("managed-agents-2026-04-01"),
    actions: &[
        Action::list(
            "List a thread's events",
            "/v1/sessions/{session-id}/threads/{thread-id}/events",
            Paging::Cursor,
        )
        .params(&[path("session-id"), path("thread-id"), LIMIT, PAGE]),
        Action::get(
            "stream",
            "Stream a thread's events as they happen",
            "/v1/sessions/{session-id}/threads/{thread-id}/stream",
        )
        .shape(Shape::Stream)
        .params(&[
            path("session-id"),
            path("thread-id"),
            query("event-delta", "event_deltas", Ty::StrEach),
        ]),
    ],
};
