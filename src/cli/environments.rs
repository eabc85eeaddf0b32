//! `ant beta:environments` (`ant environments`).

use super::spec::{Action, INCLUDE_ARCHIVED, LIMIT, PAGE, Resource, Shape, Ty, Verb, body, path};

pub const ENVIRONMENTS: Resource = Resource {
    name: "beta:environments",
    alias: Some("environments"),
    about: "Environments: where sessions run (cloud or self-hosted)",
    actions: &[
        Action {
            name: "create",
            about: "Create an environment",
            verb: Verb::Post,
            path: "/v1/environments",
            shape: Shape::One,
            id_alias: false,
            params: &[
                body("name", "name", Ty::Str).req(),
                body("config", "config", Ty::Object),
                body("description", "description", Ty::NullableStr),
                body("metadata", "metadata", Ty::Object),
                body("scope", "scope", Ty::NullableStr),
            ],
        },
        Action {
            name: "retrieve",
            about: "Get an environment",
            verb: Verb::Get,
            path: "/v1/environments/{environment-id}",
            shape: Shape::One,
            id_alias: false,
            params: &[path("environment-id")],
        },
        Action {
            name: "update",
            about: "Update an environment",
            verb: Verb::Post,
            path: "/v1/environments/{environment-id}",
            shape: Shape::One,
            id_alias: true,
            params: &[
                path("environment-id"),
                body("config", "config", Ty::Object),
                body("description", "description", Ty::NullableStr),
                body("metadata", "metadata", Ty::Object),
                body("name", "name", Ty::NullableStr),
                body("scope", "scope", Ty::NullableStr),
            ],
        },
        Action {
            name: "list",
            about: "List environments",
            verb: Verb::Get,
            path: "/v1/environments",
            shape: Shape::List,
            id_alias: false,
            params: &[INCLUDE_ARCHIVED, LIMIT, PAGE],
        },
        Action {
            name: "delete",
            about: "Delete an environment",
            verb: Verb::Delete,
            path: "/v1/environments/{environment-id}",
            shape: Shape::One,
            id_alias: false,
            params: &[path("environment-id")],
        },
        Action {
            name: "archive",
            about: "Archive an environment",
            verb: Verb::Post,
            path: "/v1/environments/{environment-id}/archive",
            shape: Shape::One,
            id_alias: false,
            params: &[path("environment-id")],
        },
    ],
};
