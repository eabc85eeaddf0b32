//! `/v1/skills` and their versions: upload (multipart: the files of one directory, or one zip
//! of them), list, retrieve, delete, and a version's files as a zip. Also the check of an
//! agent's `skills`, which must name skills that exist.

use axum::extract::{Path, RawQuery, Request, State};
use axum::http::{HeaderValue, header};
use axum::response::IntoResponse;
use serde_json::Value;

use super::Shared;
use super::http::{Answer, Failure, Query, json, multipart, multipart_failure, page};
use crate::api::Deleted;
use crate::api::error::ApiError;
use crate::api::skills::{Skill, SkillRef, SkillVersion, parse_refs, to_values};
use crate::local::skills::{self as files, MAX_BYTES, SkillError, Upload};
use crate::local::store::Store;

/// Skills per session, counted once each.
const MAX_PER_SESSION: usize = 500;

impl From<SkillError> for Failure {
    fn from(e: SkillError) -> Self {
        match e {
            SkillError::Invalid(m) => ApiError::invalid(m).into(),
            SkillError::TooLarge => ApiError::new(413, "request_too_large", e.to_string()).into(),
            SkillError::Io(e) => {
                tracing::error!("skill store: {e}");
                ApiError::internal("the skill store failed; see the server log").into()
            }
        }
    }
}

/// An upload's files and its `display_name` (or `display_title`, as the skills beta calls it).
async fn read_upload(req: Request) -> Result<(Upload, Option<String>), Failure> {
    let (parts, body) = req.into_parts();
    // Room for the form around the files, and for a zip as large as the files it holds.
    let mut form = multipart(&parts.headers, body, 2 * MAX_BYTES + (1 << 20))?;
    let mut uploaded = Vec::new();
    let mut display_name = None;
    while let Some(field) = form.next_field().await.map_err(multipart_failure)? {
        let name = field.name().unwrap_or("").to_string();
        match name.as_str() {
            "display_name" | "display_title" => {
                display_name = Some(field.text().await.map_err(multipart_failure)?);
            }
            n if n == "file" || n == "files" || n.starts_with("files[") => {
                let filename = field.file_name().map(str::to_string).ok_or_else(|| {
                    ApiError::invalid(format!("{n}: a file part needs a filename (its path in the skill)"))
                })?;
                let data = field.bytes().await.map_err(multipart_failure)?;
                uploaded.push((filename, data.to_vec()));
            }
            other => return Err(ApiError::invalid(format!("{other}: unknown field of a skill upload")).into()),
        }
    }
    Ok((files::from_parts(uploaded)?, display_name))
}

/// A version id: the time in Unix microseconds, later than the skill's last version.
fn version_id(latest: Option<&str>) -> String {
    let now = time::OffsetDateTime::now_utc().unix_timestamp_nanos() / 1000;
    let after = latest.and_then(|l| l.parse::<i128>().ok()).map_or(0, |l| l + 1);
    now.max(after).to_string()
}

/// Keeps an upload's files and returns the version they make.
fn keep(s: &Shared, skill_id: &str, latest: Option<&str>, upload: &Upload) -> Result<SkillVersion, Failure> {
    let manifest = upload.manifest()?;
    let id = version_id(latest);
    files::keep(&s.resources.skills, skill_id, &id, upload).map_err(SkillError::Io)?;
    Ok(SkillVersion::new(id, skill_id.to_string(), manifest, crate::api::now()))
}

fn check_display_name(name: &str) -> Result<String, Failure> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 255 || name.contains(['\n', '\r']) {
        return Err(ApiError::invalid("display_name: must be one line of 1 to 255 characters").into());
    }
    Ok(name.to_string())
}

pub async fn create(State(s): State<Shared>, req: Request) -> Answer {
    let (upload, display_name) = read_upload(req).await?;
    let display_name = display_name.map(|n| check_display_name(&n)).transpose()?;
    let skill_id = crate::api::new_id("skill");
    let version = keep(&s, &skill_id, None, &upload)?;
    let skill = Skill::new(skill_id, display_name.unwrap_or_else(|| version.name.clone()), &version);
    if let Err(e) = s.log.store.insert_skill(&skill, &version) {
        remove_files(&s, &skill.id, None);
        return Err(e.into());
    }
    json(&skill)
}

fn remove_files(s: &Shared, skill_id: &str, version: Option<&str>) {
    let dir = match version {
        Some(v) => files::version_dir(&s.resources.skills, skill_id, v),
        None => s.resources.skills.join(skill_id),
    };
    if let Err(e) = std::fs::remove_dir_all(&dir)
        && e.kind() != std::io::ErrorKind::NotFound
    {
        tracing::warn!("cannot remove {}: {e}", dir.display());
    }
}

fn load(s: &Shared, id: &str) -> Result<Skill, Failure> {
    s.log
        .store
        .skill(id)?
        .ok_or_else(|| ApiError::not_found(format!("skill {id} not found")).into())
}

fn load_version(s: &Shared, skill_id: &str, version: &str) -> Result<SkillVersion, Failure> {
    load(s, skill_id)?;
    s.log
        .store
        .skill_version(skill_id, version)?
        .ok_or_else(|| ApiError::not_found(format!("skill {skill_id} has no version {version}")).into())
}

pub async fn retrieve(State(s): State<Shared>, Path(id): Path<String>) -> Answer {
    json(&load(&s, &id)?)
}

pub async fn list(State(s): State<Shared>, RawQuery(q): RawQuery) -> Answer {
    let query = Query::parse(q.as_deref());
    let q = query.list(true, 1000)?;
    match query.get("source") {
        None | Some("") | Some("custom") => Ok(page(s.log.store.list_skills(&q)?, &q, false)),
        // Anthropic's skills do not exist offline.
        Some("anthropic" | "anthropic_example" | "plugin") => json(&serde_json::json!({"data": [], "next_page": null})),
        Some(other) => Err(ApiError::invalid(format!("source: must be custom or anthropic, not '{other}'")).into()),
    }
}

pub async fn delete(State(s): State<Shared>, Path(id): Path<String>) -> Answer {
    load(&s, &id)?;
    s.log.store.delete_skill(&id)?;
    remove_files(&s, &id, None);
    json(&Deleted {
        id,
        kind: "skill_deleted".into(),
    })
}

pub async fn create_version(State(s): State<Shared>, Path(id): Path<String>, req: Request) -> Answer {
    let skill = load(&s, &id)?;
    let (upload, display_name) = read_upload(req).await?;
    if display_name.is_some() {
        return Err(ApiError::invalid("display_name: a version has none; it is the skill's").into());
    }
    let latest = s.log.store.skill_version(&id, "latest")?;
    let version = keep(&s, &id, latest.as_ref().map(|v| v.id.as_str()), &upload)?;
    if let Some(first) = &latest
        && first.name != version.name
    {
        remove_files(&s, &id, Some(&version.id));
        return Err(ApiError::invalid(format!(
            "SKILL.md: name '{}' differs from the skill's name '{}', which cannot change",
            version.name, first.name
        ))
        .into());
    }
    let skill = skill.with_latest(&version, crate::api::now());
    if let Err(e) = s.log.store.add_skill_version(&skill, &version) {
        remove_files(&s, &id, Some(&version.id));
        return Err(e.into());
    }
    json(&version)
}

pub async fn versions(State(s): State<Shared>, Path(id): Path<String>, RawQuery(q): RawQuery) -> Answer {
    load(&s, &id)?;
    let q = Query::parse(q.as_deref()).list(true, 1000)?;
    Ok(page(s.log.store.list_skill_versions(&id, &q)?, &q, false))
}

pub async fn retrieve_version(State(s): State<Shared>, Path((id, version)): Path<(String, String)>) -> Answer {
    json(&load_version(&s, &id, &version)?)
}

pub async fn delete_version(State(s): State<Shared>, Path((id, version)): Path<(String, String)>) -> Answer {
    let skill = load(&s, &id)?;
    let v = load_version(&s, &id, &version)?;
    if let Some(latest) = s.log.store.delete_skill_version(&id, &v.id)? {
        s.log.store.put_skill(&skill.with_latest(&latest, crate::api::now()))?;
    }
    remove_files(&s, &id, Some(&v.id));
    json(&Deleted {
        id: v.id,
        kind: "skill_version_deleted".into(),
    })
}

pub async fn content(State(s): State<Shared>, Path((id, version)): Path<(String, String)>) -> Answer {
    let v = load_version(&s, &id, &version)?;
    let dir = files::version_dir(&s.resources.skills, &id, &v.id);
    let name = v.name.clone();
    let zip = tokio::task::spawn_blocking(move || files::zip(&dir, &name))
        .await
        .map_err(|e| ApiError::internal(e.to_string()))?
        .map_err(SkillError::Io)?;
    let disposition = format!("attachment; filename=\"{}.zip\"", v.name);
    let mut response = zip.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/zip"));
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(response)
}

/// Checks an agent's `skills` (as given in `field`): custom skills that exist, at versions
/// they have. Returns them as the agent stores them, each with its version (`latest` when none
/// was given).
pub fn check_agent_skills(store: &Store, field: &str, skills: &[Value]) -> Result<Vec<Value>, Failure> {
    let refs = parse_refs(field, skills)?;
    resolve(store, field, &refs)?;
    Ok(to_values(&refs))
}

/// The versions a session's skills resolve to (`latest` to the newest now), refusing two
/// skills of one name, which would mount in one place.
pub fn resolve_for_session(store: &Store, skills: &[Value]) -> Result<Vec<Value>, Failure> {
    let refs = parse_refs("agent.skills", skills)?;
    if refs.len() > MAX_PER_SESSION {
        return Err(ApiError::invalid(format!("agent.skills: at most {MAX_PER_SESSION} skills per session")).into());
    }
    let versions = resolve(store, "agent.skills", &refs)?;
    let mut names: Vec<&str> = Vec::new();
    for (i, v) in versions.iter().enumerate() {
        if names.contains(&v.name.as_str()) {
            return Err(ApiError::invalid(format!(
                "agent.skills[{i}]: another skill of this session is also named '{}'",
                v.name
            ))
            .into());
        }
        names.push(&v.name);
    }
    let pinned: Vec<SkillRef> = versions
        .iter()
        .map(|v| SkillRef {
            skill_id: v.skill_id.clone(),
            version: v.id.clone(),
        })
        .collect();
    Ok(to_values(&pinned))
}

fn resolve(store: &Store, field: &str, refs: &[SkillRef]) -> Result<Vec<SkillVersion>, Failure> {
    let mut out = Vec::with_capacity(refs.len());
    for (i, r) in refs.iter().enumerate() {
        if store.skill(&r.skill_id)?.is_none() {
            return Err(ApiError::invalid(format!("{field}[{i}].skill_id: skill {} not found", r.skill_id)).into());
        }
        let version = store.skill_version(&r.skill_id, &r.version)?.ok_or_else(|| {
            ApiError::invalid(format!(
                "{field}[{i}].version: skill {} has no version {}",
                r.skill_id, r.version
            ))
        })?;
        out.push(version);
    }
    Ok(out)
}
