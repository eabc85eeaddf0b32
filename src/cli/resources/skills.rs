//! `ant beta:skills`, `ant beta:skills:versions`.

use crate::cli::spec::{Action, Beta, LIMIT, Paging, Resource, Shape, Ty, body, path, query};

pub const SKILLS: Resource = Resource {
    name: "beta:skills",
    alias: None,
    about: "Skills: folders of instructions and scripts an agent can load",
    beta: Beta::Default("skills-2025-10-02"),
    actions: &[
        Action::post("create", "Create a skill from files", "/v1/skills").params(&[
            body("file", "files", Ty::FileEach).req(),
            body("display-title", "display_title", Ty::NullableStr),
        ]),
        Action::get("retrieve", "Get a skill", "/v1/skills/{skill-id}").params(&[path("skill-id")]),
        Action::list("List skills", "/v1/skills", Paging::Cursor).params(&[
            LIMIT,
            query("page", "page", Ty::NullableStr),
            query("source", "source", Ty::NullableStr),
        ]),
        Action::delete("delete", "Delete a skill", "/v1/skills/{skill-id}").params(&[path("skill-id")]),
    ],
};

pub const SKILL_VERSIONS: Resource = Resource {
    name: "beta:skills:versions",
    alias: None,
    about: "The versions of a skill",
    beta: Beta::Default("skills-2025-10-02"),
    actions: &[
        Action::post(
            "create",
            "Make a new version of a skill from files",
            "/v1/skills/{skill-id}/versions",
        )
        .params(&[path("skill-id"), body("file", "files", Ty::FileEach).req()]),
        Action::get(
            "retrieve",
            "Get a skill version",
            "/v1/skills/{skill-id}/versions/{version}",
        )
        .params(&[path("skill-id"), path("version")]),
        Action::list(
            "List a skill's versions",
            "/v1/skills/{skill-id}/versions",
            Paging::Cursor,
        )
        .params(&[
            path("skill-id"),
            query("limit", "limit", Ty::NullableInt),
            query("page", "page", Ty::NullableStr),
        ]),
        Action::delete(
            "delete",
            "Delete a skill version",
            "/v1/skills/{skill-id}/versions/{version}",
        )
        .params(&[path("skill-id"), path("version")]),
        Action::get(
            "download",
            "Download a skill version's files",
            "/v1/skills/{skill-id}/versions/{version}/content",
        )
        .shape(Shape::Download)
        .params(&[path("skill-id"), path("version")]),
    ],
};
