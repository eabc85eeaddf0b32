//! The vocabulary shared by the client and the local server: resources, events, errors.
//! It depends on nothing else of ours, so client and server cannot drift apart.

pub mod agents;
pub mod deployments;
pub mod depth;
pub mod environments;
pub mod error;
pub mod events;
pub mod files;
pub mod memory_stores;
pub mod message_batches;
pub mod multiagent;
pub mod session_resources;
pub mod sessions;
pub mod skills;
pub mod threads;
pub mod vaults;

use serde::Serialize;

/// A new id: the prefix, then `01` and 22 base62 characters, shaped like the service's ids.
pub fn new_id(prefix: &str) -> String {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    let mut n = uuid::Uuid::new_v4().as_u128();
    let mut out = String::with_capacity(prefix.len() + 25);
    out.push_str(prefix);
    out.push_str("_01");
    for _ in 0..22 {
        out.push(ALPHABET[(n % 62) as usize] as char);
        n /= 62;
    }
    out
}

/// How far the clock that [`now_time`] reads is ahead of the system's, in nanoseconds: 0 but in
/// a local server started with a test clock ([`set_clock`]).
static CLOCK_OFFSET_NANOS: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(0);

/// Starts this process's clock at `start`: from now on [`now_time`] (and [`now`]) read `start`
/// plus the time since this call. A testing aid of the local server (`ANT_LOCAL_CLOCK`): what it
/// stamps and what its scheduler runs go by this clock.
pub fn set_clock(start: time::OffsetDateTime) {
    let offset = (start - time::OffsetDateTime::now_utc()).whole_nanoseconds();
    let offset = i64::try_from(offset).unwrap_or(if offset < 0 { i64::MIN } else { i64::MAX });
    CLOCK_OFFSET_NANOS.store(offset, std::sync::atomic::Ordering::Relaxed);
}

/// The current time: the system's, or the test clock's when one was set.
pub fn now_time() -> time::OffsetDateTime {
    let offset = CLOCK_OFFSET_NANOS.load(std::sync::atomic::Ordering::Relaxed);
    time::OffsetDateTime::now_utc() + time::Duration::nanoseconds(offset)
}

/// The current time as RFC 3339 in UTC with microseconds: fixed width, so it also sorts as text.
pub fn now() -> String {
    format_time(now_time())
}

pub fn format_time(t: time::OffsetDateTime) -> String {
    let t = t.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:06}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second(),
        t.microsecond()
    )
}

/// Parses an RFC 3339 timestamp (as sent in `created_at[gte]` filters) into our canonical form.
pub fn parse_time(s: &str) -> Option<String> {
    parse_instant(s).map(format_time)
}

/// Parses an RFC 3339 timestamp into an instant.
pub fn parse_instant(s: &str) -> Option<time::OffsetDateTime> {
    time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339).ok()
}

/// `{id, type: "<x>_deleted"}`, the answer to a DELETE.
#[derive(Debug, Serialize, serde::Deserialize)]
pub struct Deleted {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
}

/// Metadata: at most 16 pairs, keys up to 64 characters, values up to 512.
pub type Metadata = std::collections::BTreeMap<String, String>;

pub fn check_metadata(field: &str, m: &Metadata) -> Result<(), String> {
    if m.len() > 16 {
        return Err(format!("{field}: at most 16 keys are allowed"));
    }
    for (k, v) in m {
        if k.is_empty() || k.chars().count() > 64 {
            return Err(format!("{field}: key '{k}' must be 1 to 64 characters"));
        }
        if v.chars().count() > 512 {
            return Err(format!("{field}.{k}: value must be at most 512 characters"));
        }
    }
    Ok(())
}

/// Applies a metadata patch: a string upserts the key, `null` (or "") deletes it.
pub fn patch_metadata(
    field: &str,
    current: &mut Metadata,
    patch: &serde_json::Map<String, serde_json::Value>,
) -> Result<(), String> {
    for (k, v) in patch {
        match v {
            serde_json::Value::Null => {
                current.remove(k);
            }
            serde_json::Value::String(s) if s.is_empty() => {
                current.remove(k);
            }
            serde_json::Value::String(s) => {
                current.insert(k.clone(), s.clone());
            }
            _ => return Err(format!("{field}.{k}: must be a string or null")),
        }
    }
    check_metadata(field, current)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_have_the_prefix_and_a_fixed_length() {
        let a = new_id("agent");
        assert!(a.starts_with("agent_01"));
        assert_eq!(a.len(), "agent_01".len() + 22);
        assert_ne!(a, new_id("agent"));
    }

    #[test]
    fn times_round_trip_and_sort_as_text() {
        let t = now();
        assert_eq!(parse_time(&t).unwrap(), t);
        assert_eq!(
            parse_time("2026-01-02T03:04:05+01:00").unwrap(),
            "2026-01-02T02:04:05.000000Z"
        );
        assert!(parse_time("yesterday").is_none());
    }

    #[test]
    fn metadata_patch_upserts_and_deletes() {
        let mut m = Metadata::new();
        m.insert("team".into(), "a".into());
        let patch = serde_json::json!({"team": null, "tier": "gold"});
        patch_metadata("metadata", &mut m, patch.as_object().unwrap()).unwrap();
        assert_eq!(m.len(), 1);
        assert_eq!(m["tier"], "gold");
        let bad = serde_json::json!({"x": 1});
        assert!(patch_metadata("metadata", &mut m, bad.as_object().unwrap()).is_err());
    }
}
