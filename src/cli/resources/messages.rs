//! `ant messages`, `ant messages:batches`, `ant beta:messages`, `ant beta:messages:batches`. The
//! beta families take the same flags as the GA ones and a few more; batches are the same actions
//! under another header.

use crate::cli::spec::{
    AFTER_ID, Action, BEFORE_ID, Beta, LIMIT, Paging, Param, Resource, Shape, Ty, body, header, inner, path,
};

const MAX_TOKENS: Param = body("max-tokens", "max_tokens", Ty::Int).req();
const MESSAGE: Param = body("message", "messages", Ty::ObjectEach).req();
const MODEL: Param = body("model", "model", Ty::Str).req();
const CACHE_CONTROL: Param = body("cache-control", "cache_control", Ty::Object);
const INFERENCE_GEO: Param = body("inference-geo", "inference_geo", Ty::NullableStr);
const METADATA: Param = body("metadata", "metadata", Ty::Object);
const OUTPUT_CONFIG: Param = body("output-config", "output_config", Ty::Object);
const SERVICE_TIER: Param = body("service-tier", "service_tier", Ty::Str).choices(&["auto", "standard_only"]);
const STOP_SEQUENCE: Param = body("stop-sequence", "stop_sequences", Ty::StrEach);
const STREAM: Param = body("stream", "stream", Ty::Bool);
const SYSTEM: Param = body("system", "system", Ty::Value);
const TEMPERATURE: Param = body("temperature", "temperature", Ty::Float);
const THINKING: Param = body("thinking", "thinking", Ty::Object);
const TOOL_CHOICE: Param = body("tool-choice", "tool_choice", Ty::Object);
const TOOL: Param = body("tool", "tools", Ty::ObjectEach);
const TOP_K: Param = body("top-k", "top_k", Ty::Int);
const TOP_P: Param = body("top-p", "top_p", Ty::Float);
const USER_PROFILE_ID: Param = header("user-profile-id", "anthropic-user-profile-id", Ty::Str);
const MESSAGE_CONTENT: Param = inner("message.content", "message", "content", Ty::List);
const MESSAGE_ROLE: Param = inner("message.role", "message", "role", Ty::Str).choices(&["user", "assistant", "system"]);
const CACHE_CONTROL_TYPE: Param = inner("cache-control.type", "cache-control", "type", Ty::Str).choices(&["ephemeral"]);
const CACHE_CONTROL_TTL: Param = inner("cache-control.ttl", "cache-control", "ttl", Ty::Str);
const METADATA_USER_ID: Param = inner("metadata.user-id", "metadata", "user_id", Ty::NullableStr);
const OUTPUT_CONFIG_EFFORT: Param = inner("output-config.effort", "output-config", "effort", Ty::NullableStr);
const OUTPUT_CONFIG_FORMAT: Param = inner("output-config.format", "output-config", "format", Ty::Object);

// Beta only.
const CONTEXT_MANAGEMENT: Param = body("context-management", "context_management", Ty::Object);
const MCP_SERVER: Param = body("mcp-server", "mcp_servers", Ty::ObjectEach);
const OUTPUT_FORMAT: Param = body("output-format", "output_format", Ty::Object);
const SPEED: Param = body("speed", "speed", Ty::NullableStr).choices(&["standard", "fast"]);
const CONTEXT_MANAGEMENT_EDITS: Param = inner("context-management.edits", "context-management", "edits", Ty::List);
const MCP_SERVER_NAME: Param = inner("mcp-server.name", "mcp-server", "name", Ty::Str);
const MCP_SERVER_TYPE: Param = inner("mcp-server.type", "mcp-server", "type", Ty::Str).choices(&["url"]);
const MCP_SERVER_URL: Param = inner("mcp-server.url", "mcp-server", "url", Ty::Str);
const MCP_SERVER_TOKEN: Param = inner(
    "mcp-server.authorization-token",
    "mcp-server",
    "authorization_token",
    Ty::NullableStr,
);
const MCP_SERVER_TOOLS: Param = inner(
    "mcp-server.tool-configuration",
    "mcp-server",
    "tool_configuration",
    Ty::Object,
);
const OUTPUT_CONFIG_TASK_BUDGET: Param = inner("output-config.task-budget", "output-config", "task_budget", Ty::Object);
const OUTPUT_FORMAT_SCHEMA: Param = inner("output-format.schema", "output-format", "schema", Ty::Object);
const OUTPUT_FORMAT_TYPE: Param =
    inner("output-format.type", "output-format", "type", Ty::Str).choices(&["json_schema"]);

const CREATE_ABOUT: &str = "Send messages, get the reply (--stream prints it as it arrives)";
const COUNT_ABOUT: &str = "Count the tokens a Messages request would use";

pub const MESSAGES: Resource = Resource {
    name: "messages",
    alias: None,
    about: "The Messages API: send a conversation, get the model's reply",
    beta: Beta::Absent,
    actions: &[
        Action::post("create", CREATE_ABOUT, "/v1/messages")
            .shape(Shape::OneOrEvents)
            .params(&[
                MAX_TOKENS,
                MESSAGE,
                MODEL,
                CACHE_CONTROL,
                body("container", "container", Ty::NullableStr),
                INFERENCE_GEO,
                METADATA,
                OUTPUT_CONFIG,
                SERVICE_TIER,
                STOP_SEQUENCE,
                STREAM,
                SYSTEM,
                TEMPERATURE,
                THINKING,
                TOOL_CHOICE,
                TOOL,
                TOP_K,
                TOP_P,
                USER_PROFILE_ID,
                MESSAGE_CONTENT,
                MESSAGE_ROLE,
                CACHE_CONTROL_TYPE,
                CACHE_CONTROL_TTL,
                METADATA_USER_ID,
                OUTPUT_CONFIG_EFFORT,
                OUTPUT_CONFIG_FORMAT,
            ]),
        Action::post("count-tokens", COUNT_ABOUT, "/v1/messages/count_tokens").params(&[
            MESSAGE,
            MODEL,
            CACHE_CONTROL,
            OUTPUT_CONFIG,
            SYSTEM,
            THINKING,
            TOOL_CHOICE,
            TOOL,
            USER_PROFILE_ID,
            MESSAGE_CONTENT,
            MESSAGE_ROLE,
            CACHE_CONTROL_TYPE,
            CACHE_CONTROL_TTL,
            OUTPUT_CONFIG_EFFORT,
            OUTPUT_CONFIG_FORMAT,
        ]),
    ],
};

pub const BETA_MESSAGES: Resource = Resource {
    name: "beta:messages",
    alias: None,
    about: "The Messages API with beta features (MCP servers, context management, ...)",
    beta: Beta::Optional,
    actions: &[
        Action::post("create", CREATE_ABOUT, "/v1/messages")
            .shape(Shape::OneOrEvents)
            .params(&[
                MAX_TOKENS,
                MESSAGE,
                MODEL,
                CACHE_CONTROL,
                body("container", "container", Ty::Value),
                CONTEXT_MANAGEMENT,
                body("diagnostics", "diagnostics", Ty::Object),
                body("fallback-credit-token", "fallback_credit_token", Ty::NullableStr),
                body("fallback", "fallbacks", Ty::List),
                INFERENCE_GEO,
                MCP_SERVER,
                METADATA,
                OUTPUT_CONFIG,
                OUTPUT_FORMAT,
                SERVICE_TIER,
                SPEED,
                STOP_SEQUENCE,
                STREAM,
                SYSTEM,
                TEMPERATURE,
                THINKING,
                TOOL_CHOICE,
                TOOL,
                TOP_K,
                TOP_P,
                USER_PROFILE_ID,
                MESSAGE_CONTENT,
                MESSAGE_ROLE,
                CACHE_CONTROL_TYPE,
                CACHE_CONTROL_TTL,
                CONTEXT_MANAGEMENT_EDITS,
                inner(
                    "diagnostics.previous-message-id",
                    "diagnostics",
                    "previous_message_id",
                    Ty::NullableStr,
                ),
                inner("fallback.model", "fallback", "model", Ty::Str),
                inner("fallback.max-tokens", "fallback", "max_tokens", Ty::NullableInt),
                inner("fallback.output-config", "fallback", "output_config", Ty::Object),
                inner("fallback.speed", "fallback", "speed", Ty::NullableStr),
                inner("fallback.thinking", "fallback", "thinking", Ty::Object),
                MCP_SERVER_NAME,
                MCP_SERVER_TYPE,
                MCP_SERVER_URL,
                MCP_SERVER_TOKEN,
                MCP_SERVER_TOOLS,
                METADATA_USER_ID,
                OUTPUT_CONFIG_EFFORT,
                OUTPUT_CONFIG_FORMAT,
                OUTPUT_CONFIG_TASK_BUDGET,
                OUTPUT_FORMAT_SCHEMA,
                OUTPUT_FORMAT_TYPE,
            ]),
        Action::post("count-tokens", COUNT_ABOUT, "/v1/messages/count_tokens").params(&[
            MESSAGE,
            MODEL,
            CACHE_CONTROL,
            CONTEXT_MANAGEMENT,
            MCP_SERVER,
            OUTPUT_CONFIG,
            OUTPUT_FORMAT,
            SPEED,
            SYSTEM,
            THINKING,
            TOOL_CHOICE,
            TOOL,
            USER_PROFILE_ID,
            MESSAGE_CONTENT,
            MESSAGE_ROLE,
            CACHE_CONTROL_TYPE,
            CACHE_CONTROL_TTL,
            CONTEXT_MANAGEMENT_EDITS,
            MCP_SERVER_NAME,
            MCP_SERVER_TYPE,
            MCP_SERVER_URL,
            MCP_SERVER_TOKEN,
            MCP_SERVER_TOOLS,
            OUTPUT_CONFIG_EFFORT,
            OUTPUT_CONFIG_FORMAT,
            OUTPUT_CONFIG_TASK_BUDGET,
            OUTPUT_FORMAT_SCHEMA,
            OUTPUT_FORMAT_TYPE,
        ]),
    ],
};

const BATCH_PATH: &str = "/v1/messages/batches/{message-batch-id}";
const BATCH_ID: Param = path("message-batch-id");

/// The same actions with and without the beta header.
const BATCH_ACTIONS: &[Action] = &[
    Action::post("create", "Create a message batch", "/v1/messages/batches").params(&[
        body("request", "requests", Ty::ObjectEach).req(),
        USER_PROFILE_ID,
        inner("request.custom-id", "request", "custom_id", Ty::Str),
        inner("request.params", "request", "params", Ty::Object),
    ]),
    Action::get("retrieve", "Get a message batch", BATCH_PATH).params(&[BATCH_ID]),
    Action::list("List message batches", "/v1/messages/batches", Paging::Ids).params(&[AFTER_ID, BEFORE_ID, LIMIT]),
    Action::delete("delete", "Delete a message batch", BATCH_PATH).params(&[BATCH_ID]),
    Action::post(
        "cancel",
        "Cancel a batch that is still processing",
        "/v1/messages/batches/{message-batch-id}/cancel",
    )
    .params(&[BATCH_ID]),
    Action::get(
        "results",
        "Print a finished batch's results, one JSON line per request",
        "/v1/messages/batches/{message-batch-id}/results",
    )
    .shape(Shape::Lines)
    .params(&[BATCH_ID]),
];

pub const BATCHES: Resource = Resource {
    name: "messages:batches",
    alias: None,
    about: "Many Messages requests at once, processed asynchronously",
    beta: Beta::Absent,
    actions: BATCH_ACTIONS,
};

pub const BETA_BATCHES: Resource = Resource {
    name: "beta:messages:batches",
    alias: None,
    about: "Message batches with beta features",
    beta: Beta::Default("message-batches-2024-09-24"),
    actions: BATCH_ACTIONS,
};
