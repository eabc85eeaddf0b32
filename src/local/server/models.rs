//! `/v1/models`: what calls may name, as the model provider offers it (see
//! `local::model::gateway`), paged by id like the API's list.

use axum::extract::{Path, RawQuery, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use serde_json::Map;

use super::Shared;
use super::http::{Query, id_page};
use crate::local::model::{ApiCall, Rejection};

pub async fn list(State(s): State<Shared>, RawQuery(q): RawQuery) -> Response {
    let listed = async {
        let page = Query::parse(q.as_deref()).id_page()?;
        let (data, has_more) = page.slice(s.model.models().await?)?;
        Ok::<_, Rejection>(id_page(&data, has_more)?)
    };
    listed.await.unwrap_or_else(IntoResponse::into_response)
}

pub async fn retrieve(
    State(s): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    RawQuery(q): RawQuery,
) -> Response {
    let call = ApiCall::new(Map::new(), &headers, q.as_deref());
    match s.model.model(&id, &call).await {
        Ok(model) => axum::Json(model).into_response(),
        Err(rejection) => rejection.into_response(),
    }
}
