//! `/v1/vaults` and `/v1/vaults/{id}/credentials`: create, retrieve, update, list, archive,
//! delete, and `mcp_oauth_validate`. Secrets are write-only: every answer shows a credential's
//! public form, and its auth with secrets is stored apart (purged on archive).

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};

use super::http::{Answer, Failure, Query, json, object, page, raw_json, typed};
use super::{Shared, parse_body};
use crate::api::Deleted;
use crate::api::error::ApiError;
use crate::api::vaults::{
    Auth, Credential, CredentialCreate, MAX_CREDENTIALS, VARIABLE_KEY_PREFIX, Vault, VaultCreate,
};
use crate::local::mcp::credentials;
use crate::local::store::{CredentialRecord, Refused};

pub async fn create(State(s): State<Shared>, body: Bytes) -> Answer {
    let params: VaultCreate = typed(object(&body)?)?;
    let vault = Vault::create(crate::api::new_id("vlt"), crate::api::now(), params)?;
    let body = to_string(&vault)?;
    s.log.store.insert_vault(&vault.id, &vault.created_at, &body)?;
    Ok(raw_json(body))
}

fn to_string<T: serde::Serialize>(value: &T) -> Result<String, Failure> {
    serde_json::to_string(value).map_err(|e| ApiError::internal(e.to_string()).into())
}

pub fn load(s: &Shared, id: &str) -> Result<Vault, Failure> {
    match s.log.store.vault(id)? {
        Some(body) => parse_body(&body),
        None => Err(ApiError::not_found(format!("vault {id} not found")).into()),
    }
}

/// A vault a new session may use (`field` names it in errors): it exists, is not archived,
/// and holds no `environment_variable` credential, which the local runner does not inject.
pub fn check_usable(s: &Shared, field: &str, id: &str) -> Result<(), Failure> {
    let vault = match s.log.store.vault(id)? {
        Some(body) => parse_body::<Vault>(&body)?,
        None => return Err(ApiError::not_found(format!("{field}: vault {id} not found")).into()),
    };
    if vault.archived_at.is_some() {
        return Err(ApiError::invalid(format!("{field}: vault {id} is archived")).into());
    }
    if let Some(credential) = s
        .log
        .store
        .credential_ids_with_key_prefix(id, VARIABLE_KEY_PREFIX)?
        .first()
    {
        return Err(ApiError::invalid(format!(
            "{field}: credential {credential} of vault {id} is an environment_variable credential, which the local server does not inject into sessions"
        ))
        .into());
    }
    Ok(())
}

fn writable(vault: &Vault) -> Result<(), Failure> {
    match vault.archived_at {
        Some(_) => Err(ApiError::invalid(format!("vault {} is archived and cannot be changed", vault.id)).into()),
        None => Ok(()),
    }
}

pub async fn retrieve(State(s): State<Shared>, Path(id): Path<String>) -> Answer {
    json(&load(&s, &id)?)
}

pub async fn update(State(s): State<Shared>, Path(id): Path<String>, body: Bytes) -> Answer {
    let patch = object(&body)?;
    let mut vault = load(&s, &id)?;
    writable(&vault)?;
    vault.apply_update(&patch)?;
    vault.updated_at = crate::api::now();
    let body = to_string(&vault)?;
    s.log.store.put_vault(&id, &body)?;
    Ok(raw_json(body))
}

pub async fn list(State(s): State<Shared>, RawQuery(q): RawQuery) -> Answer {
    let q = Query::parse(q.as_deref()).list(true, 100)?;
    Ok(page(s.log.store.list_vaults(&q)?, &q, false))
}

/// Archives the vault and its credentials, purging their secrets; sessions that already use
/// it keep the connections they have.
pub async fn archive(State(s): State<Shared>, Path(id): Path<String>) -> Answer {
    let mut vault = load(&s, &id)?;
    if vault.archived_at.is_none() {
        let now = crate::api::now();
        vault.archived_at = Some(now.clone());
        vault.updated_at = now.clone();
        s.log.store.archive_vault(&id, &to_string(&vault)?, &now)?;
    }
    json(&vault)
}

pub async fn delete(State(s): State<Shared>, Path(id): Path<String>) -> Answer {
    if !s.log.store.delete_vault(&id)? {
        return Err(ApiError::not_found(format!("vault {id} not found")).into());
    }
    json(&Deleted {
        id,
        kind: "vault_deleted".into(),
    })
}

pub async fn create_credential(State(s): State<Shared>, Path(vault_id): Path<String>, body: Bytes) -> Answer {
    let vault = load(&s, &vault_id)?;
    writable(&vault)?;
    let params: CredentialCreate = typed(object(&body)?)?;
    let (credential, auth) = Credential::create(crate::api::new_id("vcrd"), &vault_id, crate::api::now(), params)?;
    let record = record(&credential, &auth)?;
    let key = auth.key();
    match s.log.store.insert_credential(
        &credential.id,
        &vault_id,
        &key,
        &credential.created_at,
        &record,
        MAX_CREDENTIALS,
    )? {
        Ok(()) => Ok(raw_json(record.body)),
        Err(Refused::Taken) => {
            let what = match &auth {
                Auth::EnvironmentVariable { secret_name, .. } => format!("auth.secret_name: {secret_name}"),
                _ => format!("auth.mcp_server_url: {key}"),
            };
            Err(ApiError::conflict(format!(
                "{what} already has an active credential in vault {vault_id}; update or archive that one"
            ))
            .into())
        }
        Err(Refused::Full) => Err(ApiError::invalid(format!(
            "vault {vault_id} already holds {MAX_CREDENTIALS} credentials, the most a vault may hold"
        ))
        .into()),
    }
}

fn record(credential: &Credential, auth: &Auth) -> Result<CredentialRecord, Failure> {
    Ok(CredentialRecord {
        body: to_string(credential)?,
        secret: Some(to_string(auth)?),
    })
}

/// A credential and, while it is active, its auth with secrets.
fn load_credential(s: &Shared, vault_id: &str, id: &str) -> Result<(Credential, Option<Auth>), Failure> {
    let Some(record) = s.log.store.credential(vault_id, id)? else {
        return Err(ApiError::not_found(format!("credential {id} not found in vault {vault_id}")).into());
    };
    let auth = match &record.secret {
        Some(secret) => Some(parse_body(secret)?),
        None => None,
    };
    Ok((parse_body(&record.body)?, auth))
}

/// The auth of a credential that may still change or be used.
fn active_auth(credential: &Credential, auth: Option<Auth>) -> Result<Auth, Failure> {
    match (&credential.archived_at, auth) {
        (None, Some(auth)) => Ok(auth),
        _ => Err(ApiError::invalid(format!(
            "credential {} is archived and cannot be changed or used",
            credential.id
        ))
        .into()),
    }
}

pub async fn retrieve_credential(State(s): State<Shared>, Path((vault_id, id)): Path<(String, String)>) -> Answer {
    json(&load_credential(&s, &vault_id, &id)?.0)
}

pub async fn update_credential(
    State(s): State<Shared>,
    Path((vault_id, id)): Path<(String, String)>,
    body: Bytes,
) -> Answer {
    let patch = object(&body)?;
    let (mut credential, auth) = load_credential(&s, &vault_id, &id)?;
    let mut auth = active_auth(&credential, auth)?;
    credential.apply_update(&mut auth, &patch)?;
    credential.updated_at = crate::api::now();
    let record = record(&credential, &auth)?;
    s.log.store.put_credential(&id, false, &record)?;
    Ok(raw_json(record.body))
}

pub async fn list_credentials(State(s): State<Shared>, Path(vault_id): Path<String>, RawQuery(q): RawQuery) -> Answer {
    load(&s, &vault_id)?;
    let q = Query::parse(q.as_deref()).list(true, 100)?;
    Ok(page(s.log.store.list_credentials(&vault_id, &q)?, &q, false))
}

/// Archives a credential: its secret is purged, and its server URL (or variable name) is free
/// for a new credential.
pub async fn archive_credential(State(s): State<Shared>, Path((vault_id, id)): Path<(String, String)>) -> Answer {
    let (mut credential, _) = load_credential(&s, &vault_id, &id)?;
    if credential.archived_at.is_none() {
        let now = crate::api::now();
        credential.archived_at = Some(now.clone());
        credential.updated_at = now;
        let record = CredentialRecord {
            body: to_string(&credential)?,
            secret: None,
        };
        s.log.store.put_credential(&id, true, &record)?;
    }
    json(&credential)
}

pub async fn delete_credential(State(s): State<Shared>, Path((vault_id, id)): Path<(String, String)>) -> Answer {
    if !s.log.store.delete_credential(&vault_id, &id)? {
        return Err(ApiError::not_found(format!("credential {id} not found in vault {vault_id}")).into());
    }
    json(&Deleted {
        id,
        kind: "vault_credential_deleted".into(),
    })
}

pub async fn validate_credential(State(s): State<Shared>, Path((vault_id, id)): Path<(String, String)>) -> Answer {
    let (credential, auth) = load_credential(&s, &vault_id, &id)?;
    let auth = active_auth(&credential, auth)?;
    if !matches!(auth, Auth::McpOauth { .. }) {
        return Err(ApiError::invalid(format!(
            "credential {id} is a {} credential; only mcp_oauth credentials can be validated",
            credential.auth["type"].as_str().unwrap_or_default()
        ))
        .into());
    }
    json(&credentials::validate(&s.log.store, &vault_id, &id, auth).await)
}
