//! `ant beta:deployments`, `ant beta:deployment-runs`.

use crate::cli::spec::{
    Action, Beta, CREATED_AT_GT, CREATED_AT_GTE, CREATED_AT_LT, CREATED_AT_LTE, INCLUDE_ARCHIVED, LIMIT, METADATA,
    PAGE, Paging, Param, Resource, Ty, body, inner, path, query,
};

const SCHEDULE_EXPRESSION: Param = inner("schedule.expression", "schedule", "expression", Ty::Str);
const SCHEDULE_TIMEZONE: Param = inner("schedule.timezone", "schedule", "timezone", Ty::Str);
const SCHEDULE_TYPE: Param = inner("schedule.type", "schedule", "type", Ty::Str).choices(&["cron"]);

pub const DEPLOYMENTS: Resource = Resource {
    name: "beta:deployments",
    alias: None,
    about: "Deployments: sessions started on a schedule or on demand",
    beta: Beta::Default("managed-agents-2026-04-01"),
    actions: &[
        Action::post("create", "Create a deployment", "/v1/deployments").params(&[
            body("agent", "agent", Ty::IdOrObject).req(),
            body("environment-id", "environment_id", Ty::Str).req(),
            body("initial-event", "initial_events", Ty::ObjectEach).req(),
            body("name", "name", Ty::Str).req(),
            body("description", "description", Ty::NullableStr),
            METADATA,
            body("resource", "resources", Ty::ObjectEach),
            body("schedule", "schedule", Ty::Object),
            body("vault-id", "vault_ids", Ty::StrEach),
            SCHEDULE_EXPRESSION,
            SCHEDULE_TIMEZONE,
            SCHEDULE_TYPE,
        ]),
        Action::get("retrieve", "Get a deployment", "/v1/deployments/{deployment-id}").params(&[path("deployment-id")]),
        Action::post("update", "Update a deployment", "/v1/deployments/{deployment-id}").params(&[
            path("deployment-id").alias("id"),
            body("agent", "agent", Ty::IdOrObject),
            body("description", "description", Ty::NullableStr),
            body("environment-id", "environment_id", Ty::Str),
            body("initial-event", "initial_events", Ty::ObjectEach),
            METADATA,
            body("name", "name", Ty::Str),
            body("resource", "resources", Ty::List),
            body("schedule", "schedule", Ty::Object),
            body("vault-id", "vault_ids", Ty::List),
            SCHEDULE_EXPRESSION,
            SCHEDULE_TIMEZONE,
            SCHEDULE_TYPE,
        ]),
        Action::list("List deployments", "/v1/deployments", Paging::Cursor).params(&[
            query("agent-id", "agent_id", Ty::Str),
            CREATED_AT_GTE,
            CREATED_AT_LTE,
            INCLUDE_ARCHIVED,
            LIMIT,
            PAGE,
            query("status", "status", Ty::Str).choices(&["active", "paused"]),
        ]),
        Action::post(
            "archive",
            "Archive a deployment",
            "/v1/deployments/{deployment-id}/archive",
        )
        .params(&[path("deployment-id")]),
        Action::post(
            "pause",
            "Pause a deployment's schedule",
            "/v1/deployments/{deployment-id}/pause",
        )
        .params(&[path("deployment-id")]),
        Action::post("run", "Start a deployment now", "/v1/deployments/{deployment-id}/run")
            .params(&[path("deployment-id")]),
        Action::post(
            "unpause",
            "Resume a paused deployment",
            "/v1/deployments/{deployment-id}/unpause",
        )
        .params(&[path("deployment-id")]),
    ],
};

pub const RUNS: Resource = Resource {
    name: "beta:deployment-runs",
    alias: None,
    about: "The runs of deployments",
    beta: Beta::Default("managed-agents-2026-04-01"),
    actions: &[
        Action::get(
            "retrieve",
            "Get a deployment run",
            "/v1/deployment_runs/{deployment-run-id}",
        )
        .params(&[path("deployment-run-id")]),
        Action::list("List deployment runs", "/v1/deployment_runs", Paging::Cursor).params(&[
            CREATED_AT_GT,
            CREATED_AT_GTE,
            CREATED_AT_LT,
            CREATED_AT_LTE,
            query("deployment-id", "deployment_id", Ty::Str),
            query("has-error", "has_error", Ty::Bool),
            LIMIT,
            PAGE,
            query("trigger-type", "trigger_type", Ty::Str).choices(&["schedule", "manual"]),
        ]),
    ],
};
