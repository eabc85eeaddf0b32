//! `ant beta:files`.

use crate::cli::spec::{AFTER_ID, Action, BEFORE_ID, Beta, LIMIT, Paging, Resource, Shape, Ty, body, path, query};

pub const FILES: Resource = Resource {
    name: "beta:files",
    alias: None,
    about: "Files: upload once, use in messages and sessions",
    beta: Beta::Default("files-api-2025-04-14"),
    actions: &[
        Action::list("List files", "/v1/files", Paging::Ids).params(&[
            AFTER_ID,
            BEFORE_ID,
            LIMIT,
            query("scope-id", "scope_id", Ty::Str),
        ]),
        Action::delete("delete", "Delete a file", "/v1/files/{file-id}").params(&[path("file-id")]),
        Action::get("download", "Download a file's content", "/v1/files/{file-id}/content")
            .shape(Shape::Download)
            .params(&[path("file-id")]),
        Action::get("retrieve-metadata", "Get a file's metadata", "/v1/files/{file-id}").params(&[path("file-id")]),
        Action::post("upload", "Upload a file", "/v1/files").params(&[body("file", "file", Ty::File).req()]),
    ],
};
