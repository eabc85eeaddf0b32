//! The official engine's canonical JSON and hash (ant-apply.md §3), byte for byte: a lockfile
//! written by either CLI must read as unchanged by the other.

use serde_json::Value;
use sha2::{Digest, Sha256};

/// `hash` of a body: the first 32 hex digits of SHA-256 over `<byte length>:<canonical JSON>`.
pub fn hash(body: &Value) -> String {
    let canonical = canonical(body);
    let mut sha = Sha256::new();
    sha.update(canonical.len().to_string().as_bytes());
    sha.update(b":");
    sha.update(canonical.as_bytes());
    let digest = sha.finalize();
    digest.iter().take(16).map(|b| format!("{b:02x}")).collect()
}

/// Go `encoding/json.Marshal` of the normalised value: sorted keys, no whitespace, HTML-escaped
/// strings, numbers re-spelled as the Go engine spells them.
pub fn canonical(value: &Value) -> String {
    let mut out = String::new();
    write_value(&mut out, value);
    out
}

fn write_value(out: &mut String, value: &Value) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&number(n)),
        Value::String(s) => write_string(out, s),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(out, item);
            }
            out.push(']');
        }
        Value::Object(map) => {
            // serde_json's map is a BTreeMap here: byte order of the UTF-8 keys, as Go sorts.
            out.push('{');
            for (i, (k, v)) in map.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(out, k);
                out.push(':');
                write_value(out, v);
            }
            out.push('}');
        }
    }
}

/// A JSON string as Go writes it with HTML escaping on (the default for `json.Marshal`).
pub fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

fn number(n: &serde_json::Number) -> String {
    if let Some(i) = n.as_i64() {
        return i.to_string();
    }
    if let Some(u) = n.as_u64() {
        return u.to_string();
    }
    go_float(n.as_f64().unwrap_or(0.0))
}

/// A float as the Go engine normalises it: whole and below 2^53 → an integer; otherwise
/// `strconv.FormatFloat(x, 'g', -1, 64)`, whose exponent form Rust's formatting does not match.
pub fn go_float(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 9_007_199_254_740_992.0 {
        return format!("{}", x as i64);
    }
    // Rust's `{:e}` gives the shortest round-trip digits, like Go's precision -1.
    let sci = format!("{x:e}");
    let (mantissa, exp) = sci.split_once('e').expect("{:e} always has an exponent");
    let exp: i32 = exp.parse().expect("{:e} exponent is an integer");
    if (-4..6).contains(&exp) {
        return format!("{x}");
    }
    let sign = if exp < 0 { '-' } else { '+' };
    format!("{mantissa}e{sign}{:02}", exp.abs())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_documented_worked_example_hashes_the_same() {
        let body = json!({"model": "claude-sonnet-4-6", "name": "reviewer",
            "system": "You review pull requests. Be direct.",
            "tools": [{"type": "agent_toolset_20260401"}]});
        let c = canonical(&body);
        assert_eq!(c.len(), 139);
        assert_eq!(hash(&body), "b6153119cd3a54fc895e6051bd7c88da");
        let mut unnamed = body.clone();
        unnamed.as_object_mut().unwrap().remove("name");
        assert_eq!(canonical(&unnamed).len(), 121);
        assert_eq!(hash(&unnamed), "117573ba5c5b3891146d870f29ca337a");
    }

    #[test]
    fn the_documented_test_vectors_hash_the_same() {
        let cases = [
            (
                json!({"display_name": "Réviz — GitHub"}),
                "ebeebb7d001afe27b9323f1e9ce82b95",
            ),
            (
                json!({"display_name": "aidr-daily-video"}),
                "5e94850cce5180cd0a50fbea894a92af",
            ),
            (
                json!({"config": {"networking": {"allow_mcp_servers": true, "allow_package_managers": false, "type": "limited"}, "type": "cloud"}, "name": "reviz-relecture"}),
                "89e144bc7f151137d58a25eed065cfc7",
            ),
            (
                json!({"config": {"networking": {"allow_mcp_servers": true, "allow_package_managers": true, "type": "limited"}, "type": "cloud"}, "name": "coding-workflow-env"}),
                "01436c329bb052f29d2f2c1f76a75a62",
            ),
            (
                json!({"system": "a<b && c>d", "v": {}, "w": [], "x": 1.5, "y": 4, "z": null}),
                "96b387c4defa2f9af7bd69cf3f0ac290",
            ),
            (json!({"x": 4}), "fd368d10bb43032ca43369b8ec690f24"),
            (json!({"x": 4.0}), "fd368d10bb43032ca43369b8ec690f24"),
        ];
        for (body, want) in cases {
            assert_eq!(hash(&body), want, "{}", canonical(&body));
        }
        assert_eq!(
            canonical(&json!({"system": "a<b && c>d"})),
            r#"{"system":"a\u003cb \u0026\u0026 c\u003ed"}"#
        );
    }

    #[test]
    fn floats_are_spelled_as_go_spells_them() {
        for (x, want) in [
            (1.5, "1.5"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1000000.5, "1.0000005e+06"),
            (1e21, "1e+21"),
            (1e20, "1e+20"),
            (-0.0, "0"),
            (4.0, "4"),
            (123456.5, "123456.5"),
        ] {
            assert_eq!(go_float(x), want, "{x}");
        }
    }
}
