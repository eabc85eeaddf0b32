//! `ant beta:tunnels`, `ant beta:tunnels:certificates`.

use crate::cli::spec::{Action, Beta, INCLUDE_ARCHIVED, LIMIT, PAGE, Paging, Resource, Ty, body, path};

pub const TUNNELS: Resource = Resource {
    name: "beta:tunnels",
    alias: None,
    about: "MCP tunnels: reach MCP servers on a private network",
    beta: Beta::Default("mcp-tunnels-2026-06-22"),
    actions: &[
        Action::post("create", "Create a tunnel", "/v1/tunnels").params(&[body(
            "display-name",
            "display_name",
            Ty::NullableStr,
        )]),
        Action::get("retrieve", "Get a tunnel", "/v1/tunnels/{tunnel-id}").params(&[path("tunnel-id")]),
        Action::list("List tunnels", "/v1/tunnels", Paging::Cursor).params(&[INCLUDE_ARCHIVED, LIMIT, PAGE]),
        Action::post("archive", "Archive a tunnel", "/v1/tunnels/{tunnel-id}/archive").params(&[path("tunnel-id")]),
        Action::post(
            "reveal-token",
            "Show a tunnel's connection token",
            "/v1/tunnels/{tunnel-id}/reveal_token",
        )
        .params(&[path("tunnel-id")]),
        Action::post(
            "rotate-token",
            "Replace a tunnel's connection token",
            "/v1/tunnels/{tunnel-id}/rotate_token",
        )
        .params(&[path("tunnel-id"), body("reason", "reason", Ty::NullableStr)]),
    ],
};

pub const CERTIFICATES: Resource = Resource {
    name: "beta:tunnels:certificates",
    alias: None,
    about: "The CA certificates a tunnel trusts",
    beta: Beta::Default("mcp-tunnels-2026-06-22"),
    actions: &[
        Action::post(
            "create",
            "Add a CA certificate to a tunnel",
            "/v1/tunnels/{tunnel-id}/certificates",
        )
        .params(&[
            path("tunnel-id"),
            body("ca-certificate-pem", "ca_certificate_pem", Ty::Str).req(),
        ]),
        Action::get(
            "retrieve",
            "Get a certificate",
            "/v1/tunnels/{tunnel-id}/certificates/{certificate-id}",
        )
        .params(&[path("tunnel-id"), path("certificate-id")]),
        Action::list(
            "List a tunnel's certificates",
            "/v1/tunnels/{tunnel-id}/certificates",
            Paging::Cursor,
        )
        .params(&[path("tunnel-id"), INCLUDE_ARCHIVED, LIMIT, PAGE]),
        Action::post(
            "archive",
            "Archive a certificate",
            "/v1/tunnels/{tunnel-id}/certificates/{certificate-id}/archive",
        )
        .params(&[path("tunnel-id"), path("certificate-id")]),
    ],
};
