//! From parsed flags (and a piped stdin document) to a request: YAML flag values, repeatable and
//! inner flags, the positional id, stdin merging, `@file` embedding (`embed.rs`), the required
//! check, and the encoding of query, headers and body.

use clap::ArgMatches;
use reqwest::header::HeaderValue;
use serde_json::{Map, Value};

use super::embed::{self, Stdin};
use super::spec::{Action, Param, To, Ty, Verb};
use crate::client::Request;
use crate::client::transfer::Form;

/// A bad input, as one line naming the flag, file or position.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct InputError(String);

impl InputError {
    pub fn new(msg: impl Into<String>) -> Self {
        Self(msg.into())
    }
}

fn err<T>(msg: impl Into<String>) -> Result<T, InputError> {
    Err(InputError(msg.into()))
}

/// Everything a command line asks to send.
#[derive(Debug)]
pub struct Call {
    pub request: Request,
    /// Header flags other than `--beta`: (name, value).
    pub headers: Vec<(&'static str, String)>,
    /// The body of a multipart action (`request.body` is then `None`).
    pub form: Option<Form>,
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
        Ty::NullableInt if raw == "null" => Value::Null,
        Ty::Int | Ty::NullableInt => match parse_int(raw) {
            Some(n) => Value::from(n),
            // Quoted as Rust does, so a value with a newline still makes one line.
            None => return err(format!("--{flag}: {raw:?} is not an integer")),
        },
        Ty::Float => match raw.trim().parse::<f64>() {
            Ok(x) if x.is_finite() => number(x),
            _ => return err(format!("--{flag}: {raw:?} is not a number")),
        },
        Ty::File | Ty::FileEach if raw.is_empty() => return err(format!("--{flag}: no file named")),
        Ty::File | Ty::FileEach => Value::String(raw.to_string()),
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

/// A number as JSON writes it: whole numbers without a fraction (`1`, not `1.0`), as Go does.
fn number(x: f64) -> Value {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        Value::from(x as i64)
    } else {
        Value::from(x)
    }
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

/// Whether a value asks to read stdin (`@-`, or `-` for a file flag), so stdin is not a piped
/// body.
pub fn wants_stdin(action: &Action, m: &ArgMatches) -> bool {
    action.params.iter().any(|p| {
        let Some(values) = m.get_many::<String>(p.flag) else {
            return false;
        };
        let values: Vec<&str> = values.map(String::as_str).collect();
        (p.ty.is_file() && values.iter().any(|v| embed::is_stdin(v))) || embed::wants_stdin(values.into_iter())
    })
}

/// Builds the call `action` makes from its flags and an optional piped stdin document.
pub fn build(action: &Action, full_name: &str, m: &ArgMatches, stdin: Option<&str>) -> Result<Call, InputError> {
    let mut path_ids: Vec<(&'static str, String)> = Vec::new();
    let mut query: Vec<(&Param, Value)> = Vec::new();
    let mut headers: Vec<(&Param, Value)> = Vec::new();
    let mut body = Map::new();

    for p in action.params {
        match p.to {
            To::Path => {
                if let Some(v) = last(m, p.flag) {
                    path_ids.push((p.flag, v.to_string()));
                }
            }
            To::Query(_) | To::Header(_) => {
                let mut value = None;
                for (_, raw) in occurrences(m, p.flag) {
                    value = Some(accumulate(p.ty, value, parse_value(p, raw)?));
                }
                if let Some(v) = value {
                    if matches!(p.to, To::Query(_)) {
                        &mut query
                    } else {
                        &mut headers
                    }
                    .push((p, v));
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
    // Body keys the command line set, so errors can name their flag.
    let flag_keys: Vec<String> = body.keys().cloned().collect();

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

    let mut whole_body = None;
    if let Some(text) = stdin {
        let piped =
            parse_yaml(text).map_err(|e| InputError(format!("Failed to parse piped data as YAML/JSON: {e}")))?;
        match piped {
            Value::Object(mut piped) => {
                // Path, query and header parameters may come from stdin when no flag set them,
                // under their API name or an alias (`id` for the path id on update).
                for p in action.params {
                    let key = p.stdin_key();
                    let value = piped.remove(&key).or_else(|| p.alias.and_then(|a| piped.remove(a)));
                    let Some(v) = value else { continue };
                    match p.to {
                        To::Path if !path_ids.iter().any(|(f, _)| *f == p.flag) => {
                            path_ids.push((p.flag, scalar_text(&v)));
                        }
                        To::Query(_) if !query.iter().any(|(q, _)| q.flag == p.flag) => query.push((p, v)),
                        To::Header(_) if !headers.iter().any(|(q, _)| q.flag == p.flag) => headers.push((p, v)),
                        To::Path | To::Query(_) | To::Header(_) => {}
                        // Body keys stay in the document.
                        To::Body(_) | To::Inner { .. } => {
                            piped.insert(key, v);
                        }
                    }
                }
                if action.has_body() {
                    // Flags win per top-level key; a flag's list replaces the piped list.
                    piped.extend(body);
                    body = piped;
                }
            }
            other if action.has_body() => {
                if !body.is_empty() {
                    return err(format!("Cannot merge flags with a body that is not a map: {other}"));
                }
                whole_body = Some(other);
            }
            _ => {}
        }
    }

    check_required(
        action,
        full_name,
        &path_ids,
        &query,
        &headers,
        whole_body.as_ref().unwrap_or(&Value::Object(body.clone())),
    )?;

    let mut stdin_state = if stdin.is_some() { Stdin::Piped } else { Stdin::Free };
    let label = |key: &str| match action.params.iter().find(|p| matches!(p.to, To::Body(k) if k == key)) {
        Some(p) if flag_keys.iter().any(|k| k == key) => format!("--{}", p.flag),
        _ => format!("the piped key `{key}`"),
    };
    let (body, form) = if !action.has_body() {
        (None, None)
    } else if action.is_multipart() {
        let Some(map) = whole_body.as_ref().map_or(Some(&body), Value::as_object) else {
            return err("Cannot send a body that is not a map as a form");
        };
        let file_keys: Vec<&str> = action
            .params
            .iter()
            .filter(|p| p.ty.is_file())
            .filter_map(|p| match p.to {
                To::Body(key) => Some(key),
                _ => None,
            })
            .collect();
        (None, Some(embed::form(map, &file_keys, &mut stdin_state, &label)?))
    } else {
        let mut value = whole_body.unwrap_or(Value::Object(body));
        match &mut value {
            Value::Object(fields) => {
                for (key, v) in fields.iter_mut() {
                    embed::embed(v, &mut stdin_state, &label(key))?;
                }
            }
            other => embed::embed(other, &mut stdin_state, "the piped document")?,
        }
        (Some(value), None)
    };

    let mut pairs = Vec::new();
    for (p, mut v) in query {
        embed::embed(&mut v, &mut stdin_state, &format!("--{}", p.flag))?;
        let To::Query(key) = p.to else { continue };
        encode_query(key, &v, &mut pairs);
    }
    // Keys in order, as Go's url.Values encodes them; a repeated key keeps its values' order.
    pairs.sort_by(|a, b| a.0.cmp(&b.0));

    let mut header_pairs = Vec::new();
    for (p, mut v) in headers {
        let label = format!("--{}", p.flag);
        embed::embed(&mut v, &mut stdin_state, &label)?;
        let To::Header(name) = p.to else { continue };
        for text in header_values(&v) {
            header_text(&label, &text)?;
            header_pairs.push((name, text));
        }
    }
    let betas: Vec<String> = m
        .try_get_many::<String>("beta")
        .ok()
        .flatten()
        .map(|v| v.cloned().collect())
        .unwrap_or_default();
    for beta in &betas {
        header_text("--beta", beta)?;
    }

    let mut path = action.path.to_string();
    for (flag, id) in &path_ids {
        path = path.replace(&format!("{{{flag}}}"), &encode_segment(id));
    }
    Ok(Call {
        request: Request {
            method: match action.verb {
                Verb::Get => reqwest::Method::GET,
                Verb::Post => reqwest::Method::POST,
                Verb::Delete => reqwest::Method::DELETE,
            },
            path,
            query: pairs,
            body,
            betas,
        },
        headers: header_pairs,
        form,
    })
}

fn scalar_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Refuses a call whose required flags are set neither on the command line nor in the piped
/// document, naming them as the official CLI does.
fn check_required(
    action: &Action,
    full_name: &str,
    path_ids: &[(&'static str, String)],
    query: &[(&Param, Value)],
    headers: &[(&Param, Value)],
    body: &Value,
) -> Result<(), InputError> {
    let missing: Vec<&str> = action
        .params
        .iter()
        .filter(|p| p.required)
        .filter(|p| match p.to {
            To::Path => !path_ids.iter().any(|(f, _)| *f == p.flag),
            To::Body(key) => !body.as_object().is_some_and(|b| b.contains_key(key)),
            To::Query(_) => !query.iter().any(|(q, _)| q.flag == p.flag),
            To::Header(_) => !headers.iter().any(|(q, _)| q.flag == p.flag),
            To::Inner { .. } => false,
        })
        .map(|p| p.flag)
        .collect();
    match missing.as_slice() {
        [] => Ok(()),
        [one] => err(format!(
            "Required flag \"{one}\" not set; run '{full_name} --help' for usage information"
        )),
        many => err(format!(
            "Required flags \"{}\" not set; run '{full_name} --help' for usage information",
            many.join(", ")
        )),
    }
}

/// Query encoding in brackets style: lists as `key[]=a&key[]=b`, objects as `key[sub]=v`, null
/// as an empty value.
fn encode_query(key: &str, v: &Value, out: &mut Vec<(String, String)>) {
    match v {
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
        Value::Null => out.push((key.to_string(), String::new())),
        other => out.push((key.to_string(), scalar_text(other))),
    }
}

/// A header flag's values: a list repeats the header.
fn header_values(v: &Value) -> Vec<String> {
    match v {
        Value::Array(items) => items.iter().map(scalar_text).collect(),
        Value::Null => Vec::new(),
        other => vec![scalar_text(other)],
    }
}

fn header_text(label: &str, text: &str) -> Result<(), InputError> {
    match HeaderValue::from_str(text) {
        Ok(_) => Ok(()),
        Err(_) => err(format!("{label}: {text:?} cannot be sent in a header")),
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
    fn numbers_are_written_as_go_writes_them() {
        let p = crate::cli::spec::body("t", "t", Ty::Float);
        assert_eq!(parse_value(&p, "1").unwrap().to_string(), "1");
        assert_eq!(parse_value(&p, "0.7").unwrap().to_string(), "0.7");
        for bad in ["x", "NaN", "inf", ""] {
            assert!(
                parse_value(&p, bad).unwrap_err().to_string().starts_with("--t: "),
                "{bad}"
            );
        }
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
        encode_query("block_ms", &Value::Null, &mut out);
        assert_eq!(
            out,
            vec![
                ("types[]".into(), "a".into()),
                ("types[]".into(), "b".into()),
                ("created_at[gte]".into(), "2026-01-01T00:00:00Z".into()),
                ("block_ms".into(), String::new()),
            ]
        );
    }
}
