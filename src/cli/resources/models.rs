//! `ant models`, `ant beta:models`: the same actions, the beta one with `?beta=true`.

use crate::cli::spec::{AFTER_ID, Action, BEFORE_ID, Beta, LIMIT, Paging, Resource, path};

const ACTIONS: &[Action] = &[
    Action::get("retrieve", "Get a model", "/v1/models/{model-id}").params(&[path("model-id")]),
    Action::list("List models", "/v1/models", Paging::Ids).params(&[AFTER_ID, BEFORE_ID, LIMIT]),
];

pub const MODELS: Resource = Resource {
    name: "models",
    alias: None,
    about: "The models the API offers",
    beta: Beta::Optional,
    actions: ACTIONS,
};

pub const BETA_MODELS: Resource = Resource {
    name: "beta:models",
    alias: None,
    about: "The models the API offers, through the beta API",
    beta: Beta::Optional,
    actions: ACTIONS,
};
