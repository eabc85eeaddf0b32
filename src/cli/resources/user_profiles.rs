//! `ant beta:user-profiles`.

use crate::cli::spec::{Action, Beta, LIMIT, METADATA, ORDER, PAGE, Paging, Resource, Ty, body, path};

pub const USER_PROFILES: Resource = Resource {
    name: "beta:user-profiles",
    alias: None,
    about: "User profiles: the end users you act for",
    beta: Beta::Default("user-profiles-2026-03-24"),
    actions: &[
        Action::post("create", "Create an user profile", "/v1/user_profiles").params(&[
            body("external-id", "external_id", Ty::NullableStr),
            METADATA,
            body("name", "name", Ty::NullableStr),
            body("relationship", "relationship", Ty::Str).choices(&["external", "resold", "internal"]),
        ]),
        Action::get("retrieve", "Get an user profile", "/v1/user_profiles/{user-profile-id}")
            .params(&[path("user-profile-id")]),
        Action::post(
            "update",
            "Update an user profile",
            "/v1/user_profiles/{user-profile-id}",
        )
        .params(&[
            path("user-profile-id"),
            body("external-id", "external_id", Ty::NullableStr),
            METADATA,
            body("name", "name", Ty::NullableStr),
            body("relationship", "relationship", Ty::NullableStr).choices(&["external", "resold", "internal"]),
        ]),
        Action::list("List user profiles", "/v1/user_profiles", Paging::Cursor).params(&[LIMIT, ORDER, PAGE]),
        Action::post(
            "create-enrollment-url",
            "Make an enrollment link for a user profile",
            "/v1/user_profiles/{user-profile-id}/enrollment_url",
        )
        .params(&[path("user-profile-id")]),
    ],
};
