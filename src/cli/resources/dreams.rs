//! `ant beta:dreams`.

use crate::cli::spec::{
    Action, Beta, CREATED_AT_GT, CREATED_AT_LT, INCLUDE_ARCHIVED, LIMIT, PAGE, Paging, Resource, Ty, body, path, query,
};

pub const DREAMS: Resource = Resource {
    name: "beta:dreams",
    alias: None,
    about: "Dreams: offline consolidation of memory stores",
    beta: Beta::Default("dreaming-2026-04-21"),
    actions: &[
        Action::post("create", "Start a dream over memory stores", "/v1/dreams").params(&[
            body("input", "inputs", Ty::ObjectEach).req(),
            body("model", "model", Ty::IdOrObject).req(),
            body("instructions", "instructions", Ty::NullableStr),
        ]),
        Action::get("retrieve", "Get a dream", "/v1/dreams/{dream-id}").params(&[path("dream-id").alias("id")]),
        Action::list("List dreams", "/v1/dreams", Paging::Cursor).params(&[
            CREATED_AT_GT,
            CREATED_AT_LT,
            INCLUDE_ARCHIVED,
            LIMIT,
            PAGE,
            query("status", "statuses", Ty::StrEach),
        ]),
        Action::post("archive", "Archive a dream", "/v1/dreams/{dream-id}/archive")
            .params(&[path("dream-id").alias("id")]),
        Action::post("cancel", "Cancel a running dream", "/v1/dreams/{dream-id}/cancel")
            .params(&[path("dream-id").alias("id")]),
    ],
};
