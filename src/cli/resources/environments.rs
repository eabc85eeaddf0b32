//! `ant beta:environments`, `ant beta:environments:work`.

use crate::cli::spec::{
    Action, Beta, INCLUDE_ARCHIVED, LIMIT, METADATA, Paging, Resource, Ty, body, header, path, query,
};

pub const ENVIRONMENTS: Resource = Resource {
    name: "beta:environments",
    alias: Some("environments"),
    about: "Environments: where sessions run (cloud or self-hosted)",
    beta: Beta::Default("managed-agents-2026-04-01"),
    actions: &[
        Action::post("create", "Create an environment", "/v1/environments").params(&[
            body("name", "name", Ty::Str).req(),
            body("config", "config", Ty::Object),
            body("description", "description", Ty::NullableStr),
            METADATA,
            body("scope", "scope", Ty::NullableStr).choices(&["organization", "account"]),
        ]),
        Action::get("retrieve", "Get an environment", "/v1/environments/{environment-id}")
            .params(&[path("environment-id")]),
        Action::post("update", "Update an environment", "/v1/environments/{environment-id}").params(&[
            path("environment-id").alias("id"),
            body("config", "config", Ty::Object),
            body("description", "description", Ty::NullableStr),
            METADATA,
            body("name", "name", Ty::NullableStr),
            body("scope", "scope", Ty::NullableStr).choices(&["organization", "account"]),
        ]),
        Action::list("List environments", "/v1/environments", Paging::Cursor).params(&[
            INCLUDE_ARCHIVED,
            LIMIT,
            query("page", "page", Ty::NullableStr),
        ]),
        Action::delete("delete", "Delete an environment", "/v1/environments/{environment-id}")
            .params(&[path("environment-id")]),
        Action::post(
            "archive",
            "Archive an environment",
            "/v1/environments/{environment-id}/archive",
        )
        .params(&[path("environment-id")]),
    ],
};

pub const WORK: Resource = Resource {
    name: "beta:environments:work",
    alias: None,
    about: "A self-hosted environment's work queue (the worker uses it)",
    beta: Beta::Default("managed-agents-2026-04-01"),
    actions: &[
        Action::get(
            "retrieve",
            "Get a work item",
            "/v1/environments/{environment-id}/work/{work-id}",
        )
        .params(&[path("environment-id"), path("work-id")]),
        Action::post(
            "update",
            "Update a work item",
            "/v1/environments/{environment-id}/work/{work-id}",
        )
        .params(&[
            path("environment-id"),
            path("work-id"),
            body("metadata", "metadata", Ty::Object).req(),
        ]),
        Action::list(
            "List an environment's work items",
            "/v1/environments/{environment-id}/work",
            Paging::Cursor,
        )
        .params(&[path("environment-id"), LIMIT, query("page", "page", Ty::NullableStr)]),
        Action::post(
            "ack",
            "Acknowledge a claimed work item",
            "/v1/environments/{environment-id}/work/{work-id}/ack",
        )
        .params(&[path("environment-id"), path("work-id")]),
        Action::post(
            "heartbeat",
            "Renew the lease on a work item",
            "/v1/environments/{environment-id}/work/{work-id}/heartbeat",
        )
        .params(&[
            path("environment-id"),
            path("work-id"),
            query("desired-ttl-seconds", "desired_ttl_seconds", Ty::NullableInt),
            query("expected-last-heartbeat", "expected_last_heartbeat", Ty::NullableStr),
        ]),
        Action::get(
            "poll",
            "Claim the next work item, if any",
            "/v1/environments/{environment-id}/work/poll",
        )
        .params(&[
            path("environment-id"),
            query("block-ms", "block_ms", Ty::NullableInt),
            query("reclaim-older-than-ms", "reclaim_older_than_ms", Ty::NullableInt),
            header("anthropic-worker-id", "Anthropic-Worker-ID", Ty::Str),
        ]),
        Action::get(
            "stats",
            "Count an environment's queued and running work",
            "/v1/environments/{environment-id}/work/stats",
        )
        .params(&[path("environment-id")]),
        Action::post(
            "stop",
            "Stop a work item",
            "/v1/environments/{environment-id}/work/{work-id}/stop",
        )
        .params(&[
            path("environment-id"),
            path("work-id"),
            body("force", "force", Ty::Bool),
        ]),
    ],
};
