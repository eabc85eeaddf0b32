//! `ant beta:sessions`, `ant beta:sessions:resources`.

use crate::cli::spec::{
    Action, Beta, CREATED_AT_GT, CREATED_AT_GTE, CREATED_AT_LT, CREATED_AT_LTE, INCLUDE_ARCHIVED, LIMIT, METADATA,
    ORDER, PAGE, Paging, Resource, Ty, body, inner, path, query,
};

pub const SESSIONS: Resource = Resource {
    name: "beta:sessions",
    alias: Some("sessions"),
    about: "Sessions: an agent at work in an environment",
    beta: Beta::Default("managed-agents-2026-04-01"),
    actions: &[
        Action::post("create", "Create a session", "/v1/sessions").params(&[
            body("agent", "agent", Ty::IdOrObject).req(),
            body("environment-id", "environment_id", Ty::Str).req(),
            body("initial-event", "initial_events", Ty::ObjectEach),
            METADATA,
            body("resource", "resources", Ty::ObjectEach),
            body("title", "title", Ty::NullableStr),
            body("vault-id", "vault_ids", Ty::StrEach),
        ]),
        Action::get("retrieve", "Get a session", "/v1/sessions/{session-id}").params(&[path("session-id")]),
        Action::post("update", "Update a session", "/v1/sessions/{session-id}").params(&[
            path("session-id").alias("id"),
            body("agent", "agent", Ty::Object),
            METADATA,
            body("title", "title", Ty::NullableStr),
            body("vault-id", "vault_ids", Ty::StrEach),
            inner("agent.mcp-servers", "agent", "mcp_servers", Ty::List),
            inner("agent.tools", "agent", "tools", Ty::List),
        ]),
        Action::list("List sessions", "/v1/sessions", Paging::Cursor).params(&[
            query("agent-id", "agent_id", Ty::Str),
            query("agent-version", "agent_version", Ty::Int),
            CREATED_AT_GT,
            CREATED_AT_GTE,
            CREATED_AT_LT,
            CREATED_AT_LTE,
            query("deployment-id", "deployment_id", Ty::Str),
            INCLUDE_ARCHIVED,
            LIMIT,
            query("memory-store-id", "memory_store_id", Ty::Str),
            ORDER,
            PAGE,
            query("status", "statuses", Ty::StrEach).choices(&["rescheduling", "running", "idle", "terminated"]),
        ]),
        Action::delete("delete", "Delete a session", "/v1/sessions/{session-id}").params(&[path("session-id")]),
        Action::post("archive", "Archive a session", "/v1/sessions/{session-id}/archive").params(&[path("session-id")]),
    ],
};

pub const RESOURCES: Resource = Resource {
    name: "beta:sessions:resources",
    alias: None,
    about: "Files and repositories mounted into a session",
    beta: Beta::Default("managed-agents-2026-04-01"),
    actions: &[
        Action::get(
            "retrieve",
            "Get a session resource",
            "/v1/sessions/{session-id}/resources/{resource-id}",
        )
        .params(&[path("session-id"), path("resource-id")]),
        Action::post(
            "update",
            "Update a session resource",
            "/v1/sessions/{session-id}/resources/{resource-id}",
        )
        .params(&[
            path("session-id"),
            path("resource-id").alias("id"),
            body("authorization-token", "authorization_token", Ty::Str).req(),
        ]),
        Action::list(
            "List a session's resources",
            "/v1/sessions/{session-id}/resources",
            Paging::Cursor,
        )
        .params(&[path("session-id"), LIMIT, PAGE]),
        Action::delete(
            "delete",
            "Delete a session resource",
            "/v1/sessions/{session-id}/resources/{resource-id}",
        )
        .params(&[path("session-id"), path("resource-id")]),
        Action::post(
            "add",
            "Mount a file into a session",
            "/v1/sessions/{session-id}/resources",
        )
        .params(&[
            path("session-id"),
            body("file-id", "file_id", Ty::Str).req(),
            body("type", "type", Ty::Str).req().choices(&["file"]),
            body("mount-path", "mount_path", Ty::NullableStr),
        ]),
    ],
};
