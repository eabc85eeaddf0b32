//! From parsed flags (and a piped stdin document) to a request: YAML flag values, repeatable and
//! inner flags, the positional id, stdin merging, `@file` embedding and the required check.

use std::io::Read;

use base64::Engine as _;
use clap::ArgMatches;
use serde_json::{Map, Value};

use super::spec::{Action, Param, To, Ty, Verb};
use crate::client::Request;

/// A bad input, as one line naming the flag, file or position.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct InputError(String);

fn err<T>(msg: impl Into<String>) -> Result<T, InputError> {
    Err(InputError(msg.into()))
}

/// Parses YAML (a superset of JSON) into a value; errors carry line and column.
pub fn parse_yaml(text: &str) -> Result<Value, String> {
    serde_saphyr::from_str::<Value>(text).map_err(|e| {
        let message = e.to_string();
        // The rendered error may add a source snippet on further lines; keep the message line.
        let first = message.lines().next().unwrap_or("invalid YAML").trim();
        // Drop its own "error: line L column C:" prefix; the location is added once below.
        let first = match first.split_once(": ") {
            Some((head, rest)) if head.starts_with("error") => match rest.split_once(": ") {
                Some((loc, msg)) if loc.starts_with("line ") => msg.to_string(),
                _ => rest.to_string(),
            },
            _ => first.to_string(),
        };
        match e.location() {
            Some(l) if l.line() > 0 => format!("line {}, column {}: {first}", l.line(), l.column()),
            _ => first,
        }
    })
}

/// True for text that is plainly a word (ids, base64, `Color.Red`), accepted as a string even
/// where YAML would not parse it.
fn is_identifier_like(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_alphanumeric() || "_-.=".contains(c))
}

/// A structured flag's value: `@...` is kept for embedding, anything else is YAML.
fn yaml_value(flag: &str, raw: &str) -> Result<Value, InputError> {
    if raw.starts_with('@') || raw.is_empty() {
        return Ok(Value::String(raw.to_string()));
    }
    match parse_yaml(raw) {
        Ok(v) => Ok(v),
        Err(_) if is_identifier_like(raw) => Ok(Value::String(raw.to_string())),
        Err(e) => err(format!("--{flag}: invalid YAML at {e}")),
    }
}

/// One occurrence of a flag, parsed by its type.
pub(crate) fn parse_value(p: &Param, raw: &str) -> Result<Value, InputError> {
    let flag = p.flag;
    Ok(match p.ty {
        Ty::Str | Ty::StrEach => Value::String(raw.to_string()),
        Ty::NullableStr if raw == "null" => Value::Null,
        Ty::NullableStr => Value::String(raw.to_string()),
        Ty::Int => match parse_int(raw) {
            Some(n) => Value::from(n),
            // Quoted as Rust does, so a value with a newline still makes one line.
            None => return err(format!("--{flag}: {raw:?} is not an integer")),
        },
        Ty::Bool => Value::Bool(raw == "true"),
        Ty::Object => match yaml_value(flag, raw)? {
            v @ (Value::Object(_) | Value::Null) => v,
            Value::String(s) if s.starts_with('@') => Value::String(s),
            other => {
                return err(format!(
                    "--{flag}: expected a YAML/JSON mapping such as '{{key: value}}', got {other}"
                ));
            }
        },
        Ty::IdOrObject => match yaml_value(flag, raw)? {
            v @ (Value::Object(_) | Value::String(_)) => v,
            other => return err(format!("--{flag}: expected an id or a YAML/JSON mapping, got {other}")),
        },
        Ty::ObjectEach => match yaml_value(flag, raw)? {
            v @ (Value::Object(_) | Value::Array(_)) => v,
            Value::String(s) if s.starts_with('@') => Value::String(s),
            other => {
                return err(format!(
                    "--{flag}: expected a YAML/JSON mapping such as '{{type: x}}', got {other}"
                ));
            }
        },
        Ty::Value | Ty::List => yaml_value(flag, raw)?,
    })
}

/// Integers as Go's `ParseInt(s, 0, 64)` reads them: decimal, `0x`, `0o`, `0b`.
fn parse_int(raw: &str) -> Option<i64> {
    let (neg, digits) = match raw.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, raw.strip_prefix('+').unwrap_or(raw)),
    };
    let digits = digits.replace('_', "");
    let n = if let Some(h) = digits.strip_prefix("0x").or_else(|| digits.strip_prefix("0X")) {
        i64::from_str_radix(h, 16).ok()?
    } else if let Some(o) = digits.strip_prefix("0o") {
        i64::from_str_radix(o, 8).ok()?
    } else if let Some(b) = digits.strip_prefix("0b") {
        i64::from_str_radix(b, 2).ok()?
    } else {
        digits.parse().ok()?
    };
    Some(if neg { -n } else { n })
}

/// Adds one occurrence to the value built so far for a flag of type `ty`.
fn accumulate(ty: Ty, current: Option<Value>, v: Value) -> Value {
    if !ty.is_list() {
        return v;
    }
    let mut items = match current {
        Some(Value::Array(a)) => a,
        _ => Vec::new(),
    };
    match v {
        // On full-replacement lists `null` clears everything given so far.
        Value::Null if ty == Ty::List => return Value::Null,
        Value::Array(a) => items.extend(a),
        other => items.push(other),
    }
    Value::Array(items)
}

/// Sets an inner field: on a list, into the last element unless it already has the field (then
/// a new element starts); on an object, into the object.
fn set_inner(outer_is_list: bool, current: Option<Value>, field: &str, v: Value) -> Value {
    if outer_is_list {
        let mut items = match current {
            Some(Value::Array(a)) => a,
            _ => Vec::new(),
        };
        match items.last_mut() {
            Some(Value::Object(last)) if !last.contains_key(field) => {
                last.insert(field.to_string(), v);
            }
            _ => items.push(Value::Object(Map::from_iter([(field.to_string(), v)]))),
        }
        Value::Array(items)
    } else {
        let mut obj = match current {
            Some(Value::Object(o)) => o,
            _ => Map::new(),
        };
        obj.insert(field.to_string(), v);
        Value::Object(obj)
    }
}

/// The raw values of a flag with their positions on the command line.
fn occurrences<'a>(m: &'a ArgMatches, flag: &str) -> Vec<(usize, &'a str)> {
    match (m.get_many::<String>(flag), m.indices_of(flag)) {
        (Some(values), Some(indices)) => indices.zip(values.map(String::as_str)).collect(),
        _ => Vec::new(),
    }
}

fn last<'a>(m: &'a ArgMatches, flag: &str) -> Option<&'a str> {
    m.get_many::<String>(flag)
        .and_then(|mut v| v.next_back())
        .map(String::as_str)
}

/// Whether any flag value asks to read stdin through `@-`, so stdin is not a piped body.
pub fn wants_stdin_embedding(action: &Action, m: &ArgMatches) -> bool {
    action.params.iter().any(|p| {
        m.get_many::<String>(p.flag)
            .is_some_and(|mut vs| vs.any(|v| matches!(v.as_str(), "@-" | "@/dev/stdin" | "@/dev/fd/0")))
    })
}

/// Builds the request for `action` from its flags and an optional piped stdin document.
pub fn build(action: &Action, full_name: &str, m: &ArgMatches, stdin: Option<&str>) -> Result<Request, InputError> {
    let mut path_ids: Vec<(&'static str, String)> = Vec::new();
    let mut query: Vec<(&Param, Value)> = Vec::new();
    let mut body = Map::new();

    for p in action.params {
        match p.to {
            To::Path => {
                if let Some(v) = last(m, p.flag) {
                    path_ids.push((p.flag, v.to_string()));
                }
            }
            To::Query(_) => {
                let mut value = None;
                for (_, raw) in occurrences(m, p.flag) {
                    value = Some(accumulate(p.ty, value, parse_value(p, raw)?));
                }
                if let Some(v) = value {
                    query.push((p, v));
                }
            }
            To::Body(key) => {
                // Inner flags of this one, interleaved with it in command-line order.
                let mut ops: Vec<(usize, &Param, &str)> =
                    occurrences(m, p.flag).into_iter().map(|(i, raw)| (i, p, raw)).collect();
                for q in action.params {
                    if let To::Inner { outer, .. } = q.to
                        && outer == p.flag
                    {
                        ops.extend(occurrences(m, q.flag).into_iter().map(|(i, raw)| (i, q, raw)));
                    }
                }
                ops.sort_by_key(|(i, _, _)| *i);
                let mut value = None;
                for (_, q, raw) in ops {
                    let v = parse_value(q, raw)?;
                    value = Some(match q.to {
                        To::Inner { field, .. } => set_inner(p.ty.is_list(), value, field, v),
                        _ => accumulate(p.ty, value, v),
                    });
                }
                if let Some(v) = value {
                    body.insert(key.to_string(), v);
                }
            }
            To::Inner { .. } => {}
        }
    }

    // One positional argument fills the innermost id when its flag is not set.
    let args: Vec<&str> = m
        .get_many::<String>("args")
        .map(|v| v.map(String::as_str).collect())
        .unwrap_or_default();
    let mut extra = args.clone();
    if let (Some(p), [id]) = (action.positional(), args.as_slice())
        && !path_ids.iter().any(|(f, _)| *f == p.flag)
    {
        path_ids.push((p.flag, id.to_string()));
        extra.clear();
    }
    if !extra.is_empty() {
        return err(format!("Unexpected extra arguments: [{}]", extra.join(" ")));
    }

    let flag_body_given = !body.is_empty();
    if let Some(text) = stdin {
        let piped =
            parse_yaml(text).map_err(|e| InputError(format!("Failed to parse piped data as YAML/JSON: {e}")))?;
        match piped {
            Value::Object(mut piped) => {
                if action.id_alias
                    && let Some(id) = piped.remove("id")
                    && let Some(p) = action.positional()
                {
                    piped.entry(p.stdin_key()).or_insert(id);
                }
                // Path and query parameters may come from stdin when no flag set them.
                for p in action.params {
                    let key = p.stdin_key();
                    match p.to {
                        To::Path => {
                            if let Some(v) = piped.remove(&key)
                                && !path_ids.iter().any(|(f, _)| *f == p.flag)
                            {
                                path_ids.push((p.flag, scalar_text(&v)));
                            }
                        }
                        To::Query(_) => {
                            if let Some(v) = piped.remove(&key)
                                && !query.iter().any(|(q, _)| q.flag == p.flag)
                            {
                                query.push((p, v));
                            }
                        }
                        _ => {}
                    }
                }
                if action.has_body() {
                    // Flags win per top-level key; a flag's list replaces the piped list.
                    piped.extend(body);
                    body = piped;
                }
            }
            other if action.has_body() => {
                if flag_body_given {
                    return err(format!("Cannot merge flags with a body that is not a map: {other}"));
                }
                return finish(action, full_name, path_ids, query, Some(other));
            }
            _ => {}
        }
    }
    let body = action.has_body().then_some(Value::Object(body));
    finish(action, full_name, path_ids, query, body)
}

fn scalar_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn finish(
    action: &Action,
    full_name: &str,
    path_ids: Vec<(&'static str, String)>,
    query: Vec<(&Param, Value)>,
    mut body: Option<Value>,
) -> Result<Request, InputError> {
    let missing: Vec<&str> = action
        .params
        .iter()
        .filter(|p| p.required)
        .filter(|p| match p.to {
            To::Path => !path_ids.iter().any(|(f, _)| *f == p.flag),
            To::Body(key) => !body
                .as_ref()
                .and_then(Value::as_object)
                .is_some_and(|b| b.contains_key(key)),
            To::Query(_) => !query.iter().any(|(q, _)| q.flag == p.flag),
            To::Inner { .. } => false,
        })
        .map(|p| p.flag)
        .collect();
    match missing.as_slice() {
        [] => {}
        [one] => {
            return err(format!(
                "Required flag \"{one}\" not set; run '{full_name} --help' for usage information"
            ));
        }
        many => {
            return err(format!(
                "Required flags \"{}\" not set; run '{full_name} --help' for usage information",
                many.join(", ")
            ));
        }
    }

    let mut stdin_used = false;
    if let Some(b) = body.as_mut() {
        embed(b, &mut stdin_used)?;
    }
    let mut pairs = Vec::new();
    for (p, mut v) in query {
        embed(&mut v, &mut stdin_used)?;
        let To::Query(key) = p.to else { continue };
        encode_query(key, &v, &mut pairs);
    }

    let mut path = action.path.to_string();
    for (flag, id) in &path_ids {
        path = path.replace(&format!("{{{flag}}}"), &encode_segment(id));
    }
    Ok(Request {
        method: match action.verb {
            Verb::Get => reqwest::Method::GET,
            Verb::Post => reqwest::Method::POST,
            Verb::Delete => reqwest::Method::DELETE,
        },
        path,
        query: pairs,
        body,
        betas: Vec::new(),
    })
}

/// Query encoding in brackets style: lists as `key[]=a&key[]=b`, objects as `key[sub]=v`.
fn encode_query(key: &str, v: &Value, out: &mut Vec<(String, String)>) {
    match v {
        Value::Null => {}
        Value::Array(items) => {
            for item in items {
                encode_query(&format!("{key}[]"), item, out);
            }
        }
        Value::Object(fields) => {
            for (k, item) in fields {
                encode_query(&format!("{key}[{k}]"), item, out);
            }
        }
        other => out.push((key.to_string(), scalar_text(other))),
    }
}

/// Percent-encodes an id for use as one path segment.
fn encode_segment(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Replaces `@path`, `@file://path` (text), `@data://path` (base64) and `@-` (stdin) strings
/// anywhere in a value by the file's contents; `\@` is a literal `@`. A name that cannot be read
/// and has no `.` or `/` (like `@username`) is kept as written.
fn embed(v: &mut Value, stdin_used: &mut bool) -> Result<(), InputError> {
    match v {
        Value::String(s) => {
            if let Some(literal) = s.strip_prefix("\\@") {
                *s = format!("@{literal}");
            } else if let Some(spec) = s.strip_prefix('@')
                && let Some(replacement) = embedded(spec, stdin_used)?
            {
                *v = replacement;
            }
        }
        Value::Array(items) => {
            for item in items {
                embed(item, stdin_used)?;
            }
        }
        Value::Object(fields) => {
            for item in fields.values_mut() {
                embed(item, stdin_used)?;
            }
        }
        _ => {}
    }
    Ok(())
}

enum Encoding {
    Sniff,
    Text,
    Base64,
}

fn embedded(spec: &str, stdin_used: &mut bool) -> Result<Option<Value>, InputError> {
    let (path, encoding) = if let Some(p) = spec.strip_prefix("file://") {
        (p, Encoding::Text)
    } else if let Some(p) = spec.strip_prefix("data://") {
        (p, Encoding::Base64)
    } else {
        (spec, Encoding::Sniff)
    };
    let bytes = if matches!(path, "-" | "/dev/stdin" | "/dev/fd/0") {
        if *stdin_used {
            return err("stdin has already been read by another parameter; it can only be read once");
        }
        *stdin_used = true;
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| InputError(format!("@{spec}: cannot read stdin: {e}")))?;
        buf
    } else {
        match std::fs::read(path) {
            Ok(b) => b,
            Err(_) if matches!(encoding, Encoding::Sniff) && !path.contains(['.', '/']) => return Ok(None),
            Err(e) => return err(format!("@{spec}: cannot read file {path}: {e}")),
        }
    };
    let as_text = match encoding {
        Encoding::Text => true,
        Encoding::Base64 => false,
        Encoding::Sniff => !bytes.contains(&0) && std::str::from_utf8(&bytes).is_ok(),
    };
    Ok(Some(Value::String(if as_text {
        String::from_utf8_lossy(&bytes).into_owned()
    } else {
        base64::engine::general_purpose::STANDARD.encode(&bytes)
    })))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_errors_carry_line_and_column() {
        let e = parse_yaml("a: 1\nb: [1, 2\n").unwrap_err();
        assert!(e.starts_with("line "), "{e}");
        assert!(e.contains("column"), "{e}");
        assert!(!e.contains('\n'), "{e}");
    }

    #[test]
    fn integers_in_go_notation() {
        assert_eq!(parse_int("42"), Some(42));
        assert_eq!(parse_int("0x10"), Some(16));
        assert_eq!(parse_int("-3"), Some(-3));
        assert_eq!(parse_int("x"), None);
    }

    #[test]
    fn inner_flags_fill_the_last_element_or_start_a_new_one() {
        let mut v = None;
        for (field, value) in [("name", "a"), ("url", "u"), ("name", "b")] {
            v = Some(set_inner(true, v, field, Value::String(value.into())));
        }
        assert_eq!(
            v.unwrap(),
            serde_json::json!([{"name": "a", "url": "u"}, {"name": "b"}])
        );
    }

    #[test]
    fn query_encoding_uses_brackets() {
        let mut out = Vec::new();
        encode_query("types", &serde_json::json!(["a", "b"]), &mut out);
        encode_query("created_at[gte]", &serde_json::json!("2026-01-01T00:00:00Z"), &mut out);
        assert_eq!(
            out,
            vec![
                ("types[]".into(), "a".into()),
                ("types[]".into(), "b".into()),
                ("created_at[gte]".into(), "2026-01-01T00:00:00Z".into())
            ]
        );
    }

    #[test]
    fn escaped_at_is_literal_and_unreadable_handles_are_kept() {
        let mut used = false;
        let mut v = serde_json::json!({"a": "\\@me", "b": "@someone"});
        embed(&mut v, &mut used).unwrap();
        assert_eq!(v, serde_json::json!({"a": "@me", "b": "@someone"}));
        let mut missing = serde_json::json!("@no/such/file.txt");
        assert!(
            embed(&mut missing, &mut used)
                .unwrap_err()
                .0
                .contains("no/such/file.txt")
        );
    }
}
