//! Reference slots (ant-apply.md §1.7): the fields whose entries may name other resources by
//! path, and how a resolved reference is written into the body that is sent.

use serde_json::{Map, Value, json};

use super::Kind;

/// A field of `kind` whose entries name resources of `target`.
pub struct Slot {
    pub kind: Kind,
    /// Dotted, as messages name it (`multiagent.agents`).
    pub field: &'static str,
    /// A list of entries, or one value.
    pub list: bool,
    pub target: Kind,
}

pub const SLOTS: [Slot; 5] = [
    Slot {
        kind: Kind::Agent,
        field: "skills",
        list: true,
        target: Kind::Skill,
    },
    Slot {
        kind: Kind::Agent,
        field: "multiagent.agents",
        list: true,
        target: Kind::Agent,
    },
    Slot {
        kind: Kind::Deployment,
        field: "agent",
        list: false,
        target: Kind::Agent,
    },
    Slot {
        kind: Kind::Deployment,
        field: "environment_id",
        list: false,
        target: Kind::Environment,
    },
    Slot {
        kind: Kind::Deployment,
        field: "resources",
        list: true,
        target: Kind::MemoryStore,
    },
];

impl Slot {
    /// The JSON pointer of the field in a body.
    pub fn pointer(&self) -> String {
        format!("/{}", self.field.replace('.', "/"))
    }

    /// The slots a kind has.
    pub fn of(kind: Kind) -> impl Iterator<Item = &'static Slot> {
        SLOTS.iter().filter(move |s| s.kind == kind)
    }

    pub fn find(field: &str) -> &'static Slot {
        SLOTS.iter().find(|s| s.field == field).expect("a known slot")
    }
}

/// The keys a reference to `target` is encoded with, which ride-along keys may not overwrite;
/// `None` for a bare id.
pub fn encoded_keys(target: Kind) -> Option<&'static [&'static str]> {
    match target {
        Kind::Agent => Some(&["type", "id", "version"]),
        Kind::Skill => Some(&["type", "skill_id", "version"]),
        Kind::MemoryStore => Some(&["type", "memory_store_id"]),
        _ => None,
    }
}

/// A reference as the API takes it: the target's id, its version when pinned, and the keys
/// written next to `path:` (`access`, `instructions`).
pub fn encode(target: Kind, id: Value, version: Option<Value>, extra: &Map<String, Value>) -> Value {
    let mut out = Map::new();
    match target {
        Kind::Agent => {
            out.insert("type".into(), json!("agent"));
            out.insert("id".into(), id);
        }
        Kind::Skill => {
            out.insert("type".into(), json!("custom"));
            out.insert("skill_id".into(), id);
        }
        Kind::MemoryStore => {
            out.insert("type".into(), json!("memory_store"));
            out.insert("memory_store_id".into(), id);
        }
        _ => return id,
    }
    if let Some(v) = version {
        out.insert("version".into(), v);
    }
    out.extend(extra.clone());
    Value::Object(out)
}

/// `<prefix>_` + at most one lowercase label + a 24-character suffix: an id, not a path (§1.4).
pub fn inline_id_kind(s: &str) -> Option<Kind> {
    let (prefix, rest) = s.split_once('_')?;
    let kind = super::KINDS.into_iter().find(|k| k.id_prefix() == prefix)?;
    let suffix = match rest.split_once('_') {
        Some((label, suffix)) if !label.is_empty() && label.chars().all(|c| c.is_ascii_lowercase()) => suffix,
        Some(_) => return None,
        None => rest,
    };
    (suffix.len() == 24 && suffix.chars().all(|c| c.is_ascii_alphanumeric())).then_some(kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_ids_are_told_from_paths_as_the_official_engine_tells_them() {
        assert_eq!(inline_id_kind("agent_011CZkYpogX7uDKUyvBTophP"), Some(Kind::Agent));
        assert_eq!(
            inline_id_kind("agent_label_011CZkYpogX7uDKUyvBTophP"),
            Some(Kind::Agent)
        );
        assert_eq!(
            inline_id_kind("memstore_011CZkYpogX7uDKUyvBTophP"),
            Some(Kind::MemoryStore)
        );
        assert_eq!(inline_id_kind("agent_011CZkYpogX7uDKUyvBToph"), None, "23 characters");
        assert_eq!(inline_id_kind("agent_Label_011CZkYpogX7uDKUyvBTophP"), None);
        assert_eq!(inline_id_kind("agent_a_b_011CZkYpogX7uDKUyvBTophP"), None);
        assert_eq!(inline_id_kind("agent_defs/verifier.md"), None);
        assert_eq!(inline_id_kind("thing_011CZkYpogX7uDKUyvBTophP"), None);
    }

    #[test]
    fn references_are_encoded_per_target_kind() {
        let extra: Map<String, Value> = [("access".to_string(), json!("read_only"))].into_iter().collect();
        assert_eq!(
            encode(Kind::MemoryStore, json!("memstore_1"), None, &extra),
            json!({"type": "memory_store", "memory_store_id": "memstore_1", "access": "read_only"})
        );
        assert_eq!(
            encode(
                Kind::Skill,
                json!("skill_1"),
                Some(json!("1759178010641129")),
                &Map::new()
            ),
            json!({"type": "custom", "skill_id": "skill_1", "version": "1759178010641129"})
        );
        assert_eq!(
            encode(Kind::Agent, json!("agent_1"), Some(json!(2)), &Map::new()),
            json!({"type": "agent", "id": "agent_1", "version": 2})
        );
        assert_eq!(
            encode(Kind::Environment, json!("env_1"), None, &Map::new()),
            json!("env_1")
        );
    }
}
