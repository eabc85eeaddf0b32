//! `ant beta:vaults`, `ant beta:vaults:credentials`.

use crate::cli::spec::{Action, Beta, INCLUDE_ARCHIVED, LIMIT, METADATA, PAGE, Paging, Resource, Ty, body, path};

pub const VAULTS: Resource = Resource {
    name: "beta:vaults",
    alias: None,
    about: "Vaults: credentials that sessions use for MCP servers",
    beta: Beta::Default("managed-agents-2026-04-01"),
    actions: &[
        Action::post("create", "Create a vault", "/v1/vaults")
            .params(&[body("display-name", "display_name", Ty::Str).req(), METADATA]),
        Action::get("retrieve", "Get a vault", "/v1/vaults/{vault-id}").params(&[path("vault-id")]),
        Action::post("update", "Update a vault", "/v1/vaults/{vault-id}").params(&[
            path("vault-id").alias("id"),
            body("display-name", "display_name", Ty::NullableStr),
            METADATA,
        ]),
        Action::list("List vaults", "/v1/vaults", Paging::Cursor).params(&[INCLUDE_ARCHIVED, LIMIT, PAGE]),
        Action::delete("delete", "Delete a vault", "/v1/vaults/{vault-id}").params(&[path("vault-id")]),
        Action::post("archive", "Archive a vault", "/v1/vaults/{vault-id}/archive").params(&[path("vault-id")]),
    ],
};

pub const CREDENTIALS: Resource = Resource {
    name: "beta:vaults:credentials",
    alias: None,
    about: "The credentials in a vault",
    beta: Beta::Default("managed-agents-2026-04-01"),
    actions: &[
        Action::post("create", "Create a credential", "/v1/vaults/{vault-id}/credentials").params(&[
            path("vault-id"),
            body("auth", "auth", Ty::Object).req(),
            body("display-name", "display_name", Ty::NullableStr),
            METADATA,
        ]),
        Action::get(
            "retrieve",
            "Get a credential",
            "/v1/vaults/{vault-id}/credentials/{credential-id}",
        )
        .params(&[path("vault-id"), path("credential-id")]),
        Action::post(
            "update",
            "Update a credential",
            "/v1/vaults/{vault-id}/credentials/{credential-id}",
        )
        .params(&[
            path("vault-id"),
            path("credential-id").alias("id"),
            body("auth", "auth", Ty::Object),
            body("display-name", "display_name", Ty::NullableStr),
            METADATA,
        ]),
        Action::list(
            "List a vault's credentials",
            "/v1/vaults/{vault-id}/credentials",
            Paging::Cursor,
        )
        .params(&[path("vault-id"), INCLUDE_ARCHIVED, LIMIT, PAGE]),
        Action::delete(
            "delete",
            "Delete a credential",
            "/v1/vaults/{vault-id}/credentials/{credential-id}",
        )
        .params(&[path("vault-id"), path("credential-id")]),
        Action::post(
            "archive",
            "Archive a credential",
            "/v1/vaults/{vault-id}/credentials/{credential-id}/archive",
        )
        .params(&[path("vault-id"), path("credential-id")]),
        Action::post(
            "mcp-oauth-validate",
            "Check an MCP OAuth credential against its server",
            "/v1/vaults/{vault-id}/credentials/{credential-id}/mcp_oauth_validate",
        )
        .params(&[path("vault-id"), path("credential-id")]),
    ],
};
