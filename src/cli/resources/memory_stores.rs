//! `ant beta:memory-stores`, `ant beta:memory-stores:memories`, `ant beta:memory-stores:memory-versions`.

use crate::cli::spec::{
    Action, Beta, CREATED_AT_GTE, CREATED_AT_LTE, INCLUDE_ARCHIVED, LIMIT, METADATA, PAGE, Paging, Resource, Ty, body,
    inner, path, query,
};

pub const MEMORY_STORES: Resource = Resource {
    name: "beta:memory-stores",
    alias: None,
    about: "Memory stores: files an agent remembers across sessions",
    beta: Beta::Default("agent-memory-2026-07-22"),
    actions: &[
        Action::post("create", "Create a memory store", "/v1/memory_stores").params(&[
            body("name", "name", Ty::Str).req(),
            body("description", "description", Ty::Str),
            METADATA,
        ]),
        Action::get("retrieve", "Get a memory store", "/v1/memory_stores/{memory-store-id}")
            .params(&[path("memory-store-id")]),
        Action::post("update", "Update a memory store", "/v1/memory_stores/{memory-store-id}").params(&[
            path("memory-store-id").alias("id"),
            body("description", "description", Ty::NullableStr),
            METADATA,
            body("name", "name", Ty::NullableStr),
        ]),
        Action::list("List memory stores", "/v1/memory_stores", Paging::Cursor).params(&[
            CREATED_AT_GTE,
            CREATED_AT_LTE,
            INCLUDE_ARCHIVED,
            LIMIT,
            PAGE,
        ]),
        Action::delete("delete", "Delete a memory store", "/v1/memory_stores/{memory-store-id}")
            .params(&[path("memory-store-id")]),
        Action::post(
            "archive",
            "Archive a memory store",
            "/v1/memory_stores/{memory-store-id}/archive",
        )
        .params(&[path("memory-store-id")]),
    ],
};

pub const MEMORIES: Resource = Resource {
    name: "beta:memory-stores:memories",
    alias: None,
    about: "The memories in a memory store",
    beta: Beta::Default("agent-memory-2026-07-22"),
    actions: &[
        Action::post(
            "create",
            "Create a memory",
            "/v1/memory_stores/{memory-store-id}/memories",
        )
        .params(&[
            path("memory-store-id"),
            body("content", "content", Ty::NullableStr).req(),
            body("path", "path", Ty::Str).req(),
            query("view", "view", Ty::Str).choices(&["basic", "full"]),
        ]),
        Action::get(
            "retrieve",
            "Get a memory",
            "/v1/memory_stores/{memory-store-id}/memories/{memory-id}",
        )
        .params(&[
            path("memory-store-id"),
            path("memory-id"),
            query("view", "view", Ty::Str).choices(&["basic", "full"]),
        ]),
        Action::post(
            "update",
            "Update a memory",
            "/v1/memory_stores/{memory-store-id}/memories/{memory-id}",
        )
        .params(&[
            path("memory-store-id"),
            path("memory-id").alias("id"),
            query("view", "view", Ty::Str).choices(&["basic", "full"]),
            body("content", "content", Ty::NullableStr),
            body("path", "path", Ty::NullableStr),
            body("precondition", "precondition", Ty::Object),
            inner("precondition.type", "precondition", "type", Ty::Str).choices(&["content_sha256"]),
            inner("precondition.content-sha256", "precondition", "content_sha256", Ty::Str),
        ]),
        Action::list(
            "List a memory store's memories",
            "/v1/memory_stores/{memory-store-id}/memories",
            Paging::Cursor,
        )
        .params(&[
            path("memory-store-id"),
            query("depth", "depth", Ty::Int),
            LIMIT,
            PAGE,
            query("path-prefix", "path_prefix", Ty::Str),
            query("view", "view", Ty::Str).choices(&["basic", "full"]),
        ]),
        Action::delete(
            "delete",
            "Delete a memory",
            "/v1/memory_stores/{memory-store-id}/memories/{memory-id}",
        )
        .params(&[
            path("memory-store-id"),
            path("memory-id"),
            query("expected-content-sha256", "expected_content_sha256", Ty::Str),
        ]),
    ],
};

pub const MEMORY_VERSIONS: Resource = Resource {
    name: "beta:memory-stores:memory-versions",
    alias: None,
    about: "The history of a memory store's memories",
    beta: Beta::Default("agent-memory-2026-07-22"),
    actions: &[
        Action::get(
            "retrieve",
            "Get a memory version",
            "/v1/memory_stores/{memory-store-id}/memory_versions/{memory-version-id}",
        )
        .params(&[
            path("memory-store-id"),
            path("memory-version-id"),
            query("view", "view", Ty::Str).choices(&["basic", "full"]),
        ]),
        Action::list(
            "List a memory store's memory versions",
            "/v1/memory_stores/{memory-store-id}/memory_versions",
            Paging::Cursor,
        )
        .params(&[
            path("memory-store-id"),
            query("api-key-id", "api_key_id", Ty::Str),
            CREATED_AT_GTE,
            CREATED_AT_LTE,
            LIMIT,
            query("memory-id", "memory_id", Ty::Str),
            query("operation", "operation", Ty::Str).choices(&["created", "modified", "deleted"]),
            PAGE,
            query("session-id", "session_id", Ty::Str),
            query("view", "view", Ty::Str).choices(&["basic", "full"]),
        ]),
        Action::post(
            "redact",
            "Erase a memory version's content",
            "/v1/memory_stores/{memory-store-id}/memory_versions/{memory-version-id}/redact",
        )
        .params(&[path("memory-store-id"), path("memory-version-id")]),
    ],
};
