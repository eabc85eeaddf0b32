//! `ant beta:agents`, `ant beta:agents:versions`.

use crate::cli::spec::{
    Action, Beta, CREATED_AT_GTE, CREATED_AT_LTE, INCLUDE_ARCHIVED, LIMIT, METADATA, PAGE, Paging, Param, Resource, Ty,
    body, inner, path, query,
};

const MCP_SERVER_NAME: Param = inner("mcp-server.name", "mcp-server", "name", Ty::Str);
const MCP_SERVER_TYPE: Param = inner("mcp-server.type", "mcp-server", "type", Ty::Str).choices(&["url"]);
const MCP_SERVER_URL: Param = inner("mcp-server.url", "mcp-server", "url", Ty::Str);
const MULTIAGENT_AGENTS: Param = inner("multiagent.agents", "multiagent", "agents", Ty::List);
const MULTIAGENT_TYPE: Param = inner("multiagent.type", "multiagent", "type", Ty::Str).choices(&["coordinator"]);

pub const AGENTS: Resource = Resource {
    name: "beta:agents",
    alias: Some("agents"),
    about: "Agents: a model, a system prompt and tools, versioned",
    beta: Beta::Default("managed-agents-2026-04-01"),
    actions: &[
        Action::post("create", "Create an agent", "/v1/agents").params(&[
            body("model", "model", Ty::IdOrObject).req(),
            body("name", "name", Ty::Str).req(),
            body("description", "description", Ty::NullableStr),
            body("mcp-server", "mcp_servers", Ty::ObjectEach),
            METADATA,
            body("multiagent", "multiagent", Ty::Object),
            body("skill", "skills", Ty::ObjectEach),
            body("system", "system", Ty::NullableStr),
            body("tool", "tools", Ty::ObjectEach),
            MCP_SERVER_NAME,
            MCP_SERVER_TYPE,
            MCP_SERVER_URL,
            MULTIAGENT_AGENTS,
            MULTIAGENT_TYPE,
        ]),
        Action::get(
            "retrieve",
            "Get an agent (its latest version, or --version N)",
            "/v1/agents/{agent-id}",
        )
        .params(&[path("agent-id"), query("version", "version", Ty::Int)]),
        Action::post(
            "update",
            "Update an agent, making a new version",
            "/v1/agents/{agent-id}",
        )
        .params(&[
            path("agent-id").alias("id"),
            body("description", "description", Ty::NullableStr),
            body("mcp-server", "mcp_servers", Ty::List),
            METADATA,
            body("model", "model", Ty::IdOrObject),
            body("multiagent", "multiagent", Ty::Object),
            body("name", "name", Ty::Str),
            body("skill", "skills", Ty::List),
            body("system", "system", Ty::NullableStr),
            body("tool", "tools", Ty::List),
            body("version", "version", Ty::Int),
            MCP_SERVER_NAME,
            MCP_SERVER_TYPE,
            MCP_SERVER_URL,
            MULTIAGENT_AGENTS,
            MULTIAGENT_TYPE,
        ]),
        Action::list("List agents", "/v1/agents", Paging::Cursor).params(&[
            CREATED_AT_GTE,
            CREATED_AT_LTE,
            INCLUDE_ARCHIVED,
            LIMIT,
            PAGE,
        ]),
        Action::post("archive", "Archive an agent", "/v1/agents/{agent-id}/archive").params(&[path("agent-id")]),
    ],
};

pub const VERSIONS: Resource = Resource {
    name: "beta:agents:versions",
    alias: None,
    about: "The versions of an agent",
    beta: Beta::Default("managed-agents-2026-04-01"),
    actions: &[Action::list(
        "List an agent's versions",
        "/v1/agents/{agent-id}/versions",
        Paging::Cursor,
    )
    .params(&[path("agent-id"), LIMIT, PAGE])],
};
