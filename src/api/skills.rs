//! Skills: a directory of instructions and files with a `SKILL.md` at its top, uploaded in
//! versions and attached to agents; sessions offer each to the model by name and description.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Anthropic's own skills, which exist only in Anthropic's cloud.
pub const ANTHROPIC_SKILLS: &[&str] = &["pptx", "xlsx", "docx", "pdf"];

/// A skill. SDK 2.10 reads `display_name` and `latest_version_id`, the official CLI (on the
/// skills beta) `display_title` and `latest_version`: both are given. A version's id is its
/// creation time in Unix microseconds, which is also how the skills beta addresses versions.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Skill {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub display_name: String,
    pub display_title: String,
    pub latest_version_id: String,
    pub latest_version: String,
    pub source: Value,
    pub created_at: String,
    pub updated_at: String,
}

impl Skill {
    pub fn new(id: String, display_name: String, version: &SkillVersion) -> Self {
        Self {
            id,
            kind: "skill".into(),
            display_title: display_name.clone(),
            display_name,
            latest_version_id: version.id.clone(),
            latest_version: version.id.clone(),
            source: serde_json::json!({"type": "custom"}),
            created_at: version.created_at.clone(),
            updated_at: version.created_at.clone(),
        }
    }

    /// The skill once its newest version is `latest`.
    pub fn with_latest(mut self, latest: &SkillVersion, now: String) -> Self {
        self.latest_version_id = latest.id.clone();
        self.latest_version = latest.id.clone();
        self.updated_at = now;
        self
    }
}

/// A version: `version` and `directory` are the skills beta's names for its id and name.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SkillVersion {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub skill_id: String,
    pub version: String,
    pub name: String,
    pub description: String,
    pub directory: String,
    pub created_at: String,
}

impl SkillVersion {
    pub fn new(id: String, skill_id: String, manifest: Manifest, created_at: String) -> Self {
        Self {
            version: id.clone(),
            id,
            kind: "skill_version".into(),
            skill_id,
            directory: manifest.name.clone(),
            name: manifest.name,
            description: manifest.description,
            created_at,
        }
    }
}

/// What `SKILL.md` says of its skill.
#[derive(Debug, Clone, PartialEq)]
pub struct Manifest {
    pub name: String,
    pub description: String,
}

#[derive(Deserialize)]
struct Frontmatter {
    name: Option<String>,
    description: Option<String>,
}

/// The longest skill name and description, as the Agent Skills format allows them.
const MAX_NAME: usize = 64;
const MAX_DESCRIPTION: usize = 1024;

/// Reads `SKILL.md`'s YAML frontmatter (between `---` lines at its top): `description` is
/// required; `name` defaults to the skill's directory. A name is kebab-case: lowercase ASCII
/// letters, digits and single hyphens, at most 64 characters.
pub fn parse_manifest(text: &str, directory: &str) -> Result<Manifest, String> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let rest = body
        .strip_prefix("---\n")
        .or_else(|| body.strip_prefix("---\r\n"))
        .ok_or("SKILL.md: must start with YAML frontmatter between --- lines")?;
    let end = rest
        .find("\n---")
        .ok_or("SKILL.md: the frontmatter has no closing --- line")?;
    let front: Frontmatter = serde_saphyr::from_str(&rest[..end]).map_err(|e| format!("SKILL.md: frontmatter: {e}"))?;
    let name = front.name.unwrap_or_else(|| directory.to_string());
    check_name(&name)?;
    let description = front
        .description
        .map(|d| d.trim().to_string())
        .filter(|d| !d.is_empty())
        .ok_or("SKILL.md: the frontmatter needs a description")?;
    if description.chars().count() > MAX_DESCRIPTION {
        return Err(format!(
            "SKILL.md: description must be at most {MAX_DESCRIPTION} characters"
        ));
    }
    Ok(Manifest { name, description })
}

fn check_name(name: &str) -> Result<(), String> {
    let kebab = !name.is_empty()
        && name.len() <= MAX_NAME
        && !name.starts_with('-')
        && !name.ends_with('-')
        && !name.contains("--")
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if kebab {
        Ok(())
    } else {
        Err(format!(
            "SKILL.md: name '{name}' must be kebab-case (lowercase letters, digits and single hyphens), at most {MAX_NAME} characters"
        ))
    }
}

/// An agent's skill: `{type: custom, skill_id, version?}`. `version` is `latest` when omitted.
#[derive(Debug, Clone, PartialEq)]
pub struct SkillRef {
    pub skill_id: String,
    pub version: String,
}

/// Checks an agent's `skills` (shape only; whether they exist is the server's to say).
/// Anthropic's skills cannot run offline and are refused by name.
pub fn parse_refs(field: &str, skills: &[Value]) -> Result<Vec<SkillRef>, String> {
    let mut refs = Vec::with_capacity(skills.len());
    for (i, s) in skills.iter().enumerate() {
        let at = format!("{field}[{i}]");
        let obj = s.as_object().ok_or_else(|| format!("{at}: must be an object"))?;
        if let Some(k) = obj
            .keys()
            .find(|k| !["type", "skill_id", "version"].contains(&k.as_str()))
        {
            return Err(format!("{at}.{k}: unknown field"));
        }
        let skill_id = obj
            .get("skill_id")
            .and_then(Value::as_str)
            .filter(|id| !id.is_empty())
            .ok_or_else(|| format!("{at}.skill_id: required string"))?;
        match obj.get("type").and_then(Value::as_str) {
            Some("custom") => {}
            Some("anthropic") => {
                let known = if ANTHROPIC_SKILLS.contains(&skill_id) {
                    "it is one of Anthropic's skills, which"
                } else {
                    "Anthropic's skills"
                };
                return Err(format!(
                    "{at}: anthropic skill '{skill_id}' cannot be used: {known} exist only in Anthropic's cloud, not in the local runner; upload a custom skill instead"
                ));
            }
            _ => return Err(format!("{at}.type: must be one of custom, anthropic")),
        }
        let version = match obj.get("version") {
            None | Some(Value::Null) => "latest".to_string(),
            Some(Value::String(v)) if !v.is_empty() => v.clone(),
            Some(Value::Number(n)) => n.to_string(),
            Some(_) => return Err(format!("{at}.version: must be a version string or latest")),
        };
        refs.push(SkillRef {
            skill_id: skill_id.to_string(),
            version,
        });
    }
    Ok(refs)
}

/// The skills of a session as the agent shows them: `{type: custom, skill_id, version}`.
pub fn to_values(refs: &[SkillRef]) -> Vec<Value> {
    refs.iter()
        .map(|r| serde_json::json!({"type": "custom", "skill_id": r.skill_id, "version": r.version}))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_manifest_comes_from_the_frontmatter() {
        let m = parse_manifest(
            "---\nname: csv-tools\ndescription: Reads CSV files.\n---\n# Body\n",
            "dir",
        )
        .unwrap();
        assert_eq!(m.name, "csv-tools");
        assert_eq!(m.description, "Reads CSV files.");
        let m = parse_manifest("---\ndescription: x\n---\n", "my-dir").unwrap();
        assert_eq!(m.name, "my-dir");
        assert!(
            parse_manifest("# no frontmatter", "d")
                .unwrap_err()
                .contains("frontmatter")
        );
        assert!(
            parse_manifest("---\nname: ok\n---\n", "d")
                .unwrap_err()
                .contains("description")
        );
        assert!(parse_manifest("---\nname: Not Kebab\ndescription: x\n---\n", "d").is_err());
        assert!(parse_manifest("---\nname: [\ndescription: x\n---\n", "d").is_err());
    }

    #[test]
    fn refs_are_custom_and_default_to_latest() {
        let refs = parse_refs("skills", &[json!({"type": "custom", "skill_id": "skill_1"})]).unwrap();
        assert_eq!(refs[0].version, "latest");
        let err = parse_refs("skills", &[json!({"type": "anthropic", "skill_id": "xlsx"})]).unwrap_err();
        assert!(
            err.contains("skills[0]") && err.contains("xlsx") && err.contains("Anthropic's cloud"),
            "{err}"
        );
        assert!(parse_refs("skills", &[json!({"type": "custom"})]).is_err());
        assert!(parse_refs("skills", &[json!({"type": "custom", "skill_id": "s", "x": 1})]).is_err());
    }
}
