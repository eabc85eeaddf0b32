//! `ant completions`.

use crate::cli::spec::{Action, Beta, Resource, Shape, Ty, body, inner};

pub const COMPLETIONS: Resource = Resource {
    name: "completions",
    alias: None,
    about: "Legacy text completions",
    beta: Beta::Optional,
    actions: &[Action::post(
        "create",
        "Complete a prompt (--stream prints the completion as it arrives)",
        "/v1/complete",
    )
    .shape(Shape::OneOrEvents)
    .params(&[
        body("max-tokens-to-sample", "max_tokens_to_sample", Ty::Int).req(),
        body("model", "model", Ty::Str).req(),
        body("prompt", "prompt", Ty::Str).req(),
        body("metadata", "metadata", Ty::Object),
        body("stop-sequence", "stop_sequences", Ty::StrEach),
        body("stream", "stream", Ty::Bool),
        body("temperature", "temperature", Ty::Float),
        body("top-k", "top_k", Ty::Int),
        body("top-p", "top_p", Ty::Float),
        inner("metadata.user-id", "metadata", "user_id", Ty::NullableStr),
    ])],
};
