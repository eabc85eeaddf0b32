//! Every official example command line (`examples` in ../shared/api/official-commands.json, the
//! official CLI's own generated tests) run with the real binary against a recording server:
//! the request must be the one the facts say the official CLI sends for it — method, path,
//! query (with `?beta=true` first on the beta API), headers (the family's `anthropic-beta`
//! unless `--beta` replaces it, `accept`, header flags), and the JSON or multipart body built
//! from the flags and the piped document. The expected request is derived from the facts here,
//! independently of the command tables. Family by family, one test each.

mod common;
#[path = "common/recorder.rs"]
mod recorder;

use std::collections::BTreeMap;
use std::path::Path;

use common::Ant;
use recorder::{Recorded, Recorder};
use serde_json::{Map, Value, json};

/// Where our requests differ from the official CLI's on purpose, in one place:
/// - We identify as ant-rs (`user-agent: ant-rs/...`) and send none of the official CLI's
///   `User-Agent: Anthropic/CLI` and `X-Stainless-*` headers; those are not checked.
/// - A session's or a thread's event stream first lists the newest event of the history
///   (`GET .../events?order=desc&limit=1`), so a dropped connection can be caught up without
///   repeats: that request is allowed beside the stream's own.
const HISTORY_QUERY: [(&str, &str); 2] = [("limit", "1"), ("order", "desc")];

fn facts() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/api/official-commands.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn yaml(text: &str) -> Value {
    serde_saphyr::from_str(text).unwrap_or_else(|e| panic!("the facts hold YAML {text:?}: {e}"))
}

fn text_of(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// A flag's value as the official CLI types it (`element`: one element of a repeatable flag).
fn typed(def: &Value, raw: &str, element: bool) -> Value {
    let nullable = def["nullable"].as_bool().unwrap_or(false);
    if nullable && raw == "null" {
        return Value::Null;
    }
    let ty = if element || def["type"] != "array" {
        if element {
            def["items"].as_str().unwrap()
        } else {
            def["type"].as_str().unwrap()
        }
    } else {
        // An inner flag of list type takes the whole list at once.
        "any"
    };
    match ty {
        "string" | "file" => Value::String(raw.into()),
        "int" => json!(raw.parse::<i64>().unwrap()),
        "float" => json!(raw.parse::<f64>().unwrap()),
        "bool" => json!(raw.parse::<bool>().unwrap()),
        _ => yaml(raw),
    }
}

/// Numbers compare by value, whatever their JSON spelling (`1` and `1.0`).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b)),
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

#[derive(Debug, PartialEq)]
struct Part {
    name: String,
    filename: Option<String>,
    content_type: Option<String>,
    data: Vec<u8>,
}

/// The parts of a `multipart/form-data` body.
fn parts(content_type: &str, body: &[u8]) -> Vec<Part> {
    let boundary = content_type
        .split("boundary=")
        .nth(1)
        .unwrap_or_else(|| panic!("no boundary in {content_type:?}"));
    let delimiter = format!("--{boundary}");
    let text = body;
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = find(rest, delimiter.as_bytes()) {
        rest = &rest[at + delimiter.len()..];
        if rest.starts_with(b"--") {
            break;
        }
        rest = rest.strip_prefix(b"\r\n").unwrap_or(rest);
        let head_end = find(rest, b"\r\n\r\n").expect("a part head");
        let head = String::from_utf8_lossy(&rest[..head_end]).into_owned();
        let data_start = head_end + 4;
        let data_end =
            data_start + find(&rest[data_start..], format!("\r\n{delimiter}").as_bytes()).expect("a part end");
        let disposition = head.lines().next().unwrap_or_default();
        let field = |key: &str| {
            disposition
                .split(';')
                .map(str::trim)
                .find_map(|p| p.strip_prefix(&format!("{key}=\"")))
                .map(|v| v.trim_end_matches('"').to_string())
        };
        let content_type = head
            .lines()
            .find_map(|l| {
                l.strip_prefix("content-type: ")
                    .or_else(|| l.strip_prefix("Content-Type: "))
            })
            .map(str::to_string);
        out.push(Part {
            name: field("name").unwrap_or_default(),
            filename: field("filename"),
            content_type,
            data: rest[data_start..data_end].to_vec(),
        });
        rest = &rest[data_end + 2..];
    }
    out
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The request the official CLI sends for one example, derived from the facts.
struct Expected {
    method: String,
    path: String,
    beta_query: bool,
    /// Query pairs (without `beta=true`), in key order.
    query: Vec<(String, String)>,
    headers: BTreeMap<String, Vec<String>>,
    body: Body,
}

enum Body {
    None,
    Json(Value),
    Form(Vec<Part>),
}

/// The example's command line (and stdin), and the request it should make. Without `keep_beta`
/// its `--beta` flags are left out, so the family's default header is what goes (the official
/// examples all replace it).
fn expect(
    family: &str,
    action_name: &str,
    action: &Value,
    example: &Value,
    temp: &Path,
    keep_beta: bool,
) -> (Vec<String>, Option<String>, Expected) {
    let flags = action["flags"].as_array().unwrap();
    let mut files = 0;
    let mut temp_file = |content: &str| {
        files += 1;
        let path = temp.join(format!("upload{files}"));
        std::fs::write(&path, content).unwrap();
        path.to_str().unwrap().to_string()
    };
    let mut args: Vec<String> = example["args"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| match a {
            Value::String(s) => s.clone(),
            other => temp_file(other["temp_file"].as_str().unwrap()),
        })
        .collect();
    while let Some(at) = args.iter().position(|a| a == "--beta").filter(|_| !keep_beta) {
        args.drain(at..at + 2);
    }
    let mut argv: Vec<String> = example["global_args"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap().to_string())
        .collect();
    argv.extend([family.to_string(), action_name.to_string()]);
    argv.extend(args.iter().cloned());

    let mut path_params: BTreeMap<String, String> = BTreeMap::new();
    let mut query: BTreeMap<String, Value> = BTreeMap::new();
    let mut headers: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut betas: Vec<String> = Vec::new();
    let mut body = Map::new();
    let mut i = 0;
    while i < args.len() {
        let (name, inline) = match args[i].trim_start_matches("--").split_once('=') {
            Some((n, v)) => (n.to_string(), Some(v.to_string())),
            None => (args[i].trim_start_matches("--").to_string(), None),
        };
        let top = flags.iter().find(|f| f["name"] == name.as_str());
        let inner = flags.iter().find_map(|f| {
            f["inner_flags"]
                .as_array()
                .and_then(|l| l.iter().find(|i| i["name"] == name.as_str()))
                .map(|i| (f, i))
        });
        let def = top
            .or(inner.map(|(_, i)| i))
            .unwrap_or_else(|| panic!("{family} {action_name}: --{name} is not in the facts"));
        let raw = match inline {
            Some(v) => v,
            None if def["type"] == "bool" => "true".into(),
            None => {
                i += 1;
                args[i].clone()
            }
        };
        i += 1;
        if let Some((outer, inner)) = inner {
            let key = outer["target"]["name"].as_str().unwrap();
            let field = inner["inner_field"].as_str().unwrap();
            let value = typed(inner, &raw, false);
            let is_list = outer["type"] == "array" || inner["outer_is_array_of_objects"] == true;
            let slot = body
                .entry(key.to_string())
                .or_insert(if is_list { json!([]) } else { json!({}) });
            match slot {
                Value::Array(items) => match items.last_mut() {
                    Some(Value::Object(last)) if !last.contains_key(field) => {
                        last.insert(field.into(), value);
                    }
                    _ => items.push(json!({ field: value })),
                },
                Value::Object(fields) => {
                    fields.insert(field.into(), value);
                }
                _ => unreachable!(),
            }
            continue;
        }
        let target = &def["target"];
        let key = target["name"].as_str().unwrap_or_default().to_string();
        let repeatable = def["repeatable"] == true;
        let value = typed(def, &raw, repeatable);
        match target["kind"].as_str().unwrap() {
            "cli" => {}
            "header" if name == "beta" => betas.push(raw),
            "header" => headers.entry(key.to_ascii_lowercase()).or_default().push(raw),
            "path" => {
                path_params.insert(key, raw);
            }
            "query" if repeatable => {
                query
                    .entry(key)
                    .or_insert(json!([]))
                    .as_array_mut()
                    .unwrap()
                    .push(value);
            }
            "query" => {
                query.insert(key, value);
            }
            "body" if repeatable => {
                body.entry(key).or_insert(json!([])).as_array_mut().unwrap().push(value);
            }
            "body" => {
                body.insert(key, value);
            }
            other => panic!("target {other}"),
        }
    }

    // A piped document: path, query and header values for flags not given, the rest the body's
    // base under the flags.
    let mut stdin = example["stdin"].as_str().map(str::to_string);
    if let (Some(text), Some(files)) = (&mut stdin, example["stdin_files"].as_object()) {
        for (key, content) in files {
            let path = temp_file(content.as_str().unwrap());
            *text = text.replace(key.as_str(), &path);
        }
    }
    let mut whole_body = None;
    if let Some(text) = &stdin {
        match yaml(text) {
            Value::Object(mut piped) => {
                for f in flags {
                    let target = &f["target"];
                    let kind = target["kind"].as_str().unwrap();
                    if !["path", "query", "header"].contains(&kind) {
                        continue;
                    }
                    let key = target["name"].as_str().unwrap();
                    let aliases = f["data_aliases"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(Value::as_str);
                    let found = std::iter::once(key).chain(aliases).find_map(|k| piped.remove(k));
                    let Some(v) = found else { continue };
                    match kind {
                        "path" => {
                            path_params.entry(key.to_string()).or_insert(text_of(&v));
                        }
                        "query" => {
                            query.entry(key.to_string()).or_insert(v);
                        }
                        _ if f["name"] == "beta" => {
                            if betas.is_empty() {
                                betas.push(text_of(&v));
                            }
                        }
                        _ => {
                            headers.entry(key.to_ascii_lowercase()).or_insert(vec![text_of(&v)]);
                        }
                    }
                }
                piped.extend(body);
                body = piped;
            }
            other => whole_body = Some(other),
        }
    }

    let mut path = action["path"].as_str().unwrap().to_string();
    for (name, value) in &path_params {
        path = path.replace(&format!("{{{name}}}"), value);
    }
    let mut pairs = Vec::new();
    for (key, value) in &query {
        match value {
            Value::Array(items) => pairs.extend(items.iter().map(|v| (format!("{key}[]"), text_of(v)))),
            v => pairs.push((key.clone(), text_of(v))),
        }
    }
    pairs.sort_by(|a, b| a.0.cmp(&b.0));

    let defaults = &action["default_headers"];
    let beta = if betas.is_empty() {
        defaults["anthropic-beta"]
            .as_str()
            .map(|b| vec![b.to_string()])
            .unwrap_or_default()
    } else {
        betas
    };
    if !beta.is_empty() {
        headers.insert("anthropic-beta".into(), beta);
    }
    let json_answer = matches!(action["response"]["kind"].as_str(), Some("json" | "paginated"));
    let accept = defaults["accept"]
        .as_str()
        .or(json_answer.then_some("application/json"));
    if let Some(accept) = accept {
        headers.insert("accept".into(), vec![accept.into()]);
    }
    headers.insert("anthropic-version".into(), vec!["2023-06-01".into()]);
    headers.insert("x-api-key".into(), vec!["string".into()]);

    let body = match action["request_body"].as_str().unwrap() {
        "none" => Body::None,
        "json" => {
            headers.insert("content-type".into(), vec!["application/json".into()]);
            Body::Json(whole_body.unwrap_or(Value::Object(body)))
        }
        "multipart" => {
            headers.insert("content-type".into(), vec!["multipart/form-data".into()]);
            let file_keys: Vec<&str> = flags
                .iter()
                .filter(|f| f["type"] == "file" || f["items"] == "file")
                .filter_map(|f| f["target"]["name"].as_str())
                .collect();
            let mut out = Vec::new();
            for (key, value) in &body {
                let file = file_keys.contains(&key.as_str());
                let (name, values) = match value {
                    Value::Array(items) => (format!("{key}[]"), items.clone()),
                    v => (key.clone(), vec![v.clone()]),
                };
                for v in values {
                    out.push(if file {
                        let path = v.as_str().unwrap();
                        Part {
                            name: name.clone(),
                            filename: Path::new(path).file_name().map(|n| n.to_string_lossy().into_owned()),
                            content_type: Some("application/octet-stream".into()),
                            data: std::fs::read(path).unwrap(),
                        }
                    } else {
                        Part {
                            name: name.clone(),
                            filename: None,
                            content_type: None,
                            data: text_of(&v).into_bytes(),
                        }
                    });
                }
            }
            Body::Form(out)
        }
        other => panic!("body {other}"),
    };
    (
        argv,
        stdin,
        Expected {
            method: action["http_method"].as_str().unwrap().into(),
            path,
            beta_query: action["beta_query"] == true,
            query: pairs,
            headers,
            body,
        },
    )
}

/// What differs between the request made and the one expected.
fn compare(expected: &Expected, got: &Recorded) -> Vec<String> {
    let mut problems = Vec::new();
    let mut query = got.query.clone();
    let beta_first = query.first().is_some_and(|(k, v)| k == "beta" && v == "true");
    if expected.beta_query != beta_first {
        problems.push(format!(
            "?beta=true first: {beta_first}, expected {}",
            expected.beta_query
        ));
    }
    if beta_first {
        query.remove(0);
    }
    if query != expected.query {
        problems.push(format!("query {query:?}, expected {:?}", expected.query));
    }
    for (name, values) in &expected.headers {
        let got_values = got.header(name);
        let matches = if name == "content-type" && values[0] == "multipart/form-data" {
            got_values.len() == 1 && got_values[0].starts_with("multipart/form-data; boundary=")
        } else {
            got_values == values.iter().map(String::as_str).collect::<Vec<_>>()
        };
        if !matches {
            problems.push(format!("header {name}: {got_values:?}, expected {values:?}"));
        }
    }
    for unexpected in [
        "anthropic-beta",
        "content-type",
        "anthropic-user-profile-id",
        "anthropic-worker-id",
    ] {
        if !expected.headers.contains_key(unexpected) && !got.header(unexpected).is_empty() {
            problems.push(format!("header {unexpected} sent: {:?}", got.header(unexpected)));
        }
    }
    match &expected.body {
        Body::None if !got.body.is_empty() => {
            problems.push(format!("a body was sent: {}", String::from_utf8_lossy(&got.body)))
        }
        Body::None => {}
        Body::Json(value) => {
            let sent: Value = serde_json::from_slice(&got.body).unwrap_or(Value::Null);
            if !same(&sent, value) {
                problems.push(format!("body {sent}, expected {value}"));
            }
        }
        Body::Form(expected_parts) => {
            let content_type = got
                .header("content-type")
                .first()
                .copied()
                .unwrap_or_default()
                .to_string();
            let sent = parts(&content_type, &got.body);
            if &sent != expected_parts {
                problems.push(format!("form {sent:?}, expected {expected_parts:?}"));
            }
        }
    }
    problems
}

fn check_family(family: &str) {
    let facts = facts();
    let fam = &facts["families"][family];
    let recorder = Recorder::start();
    let temp = tempfile::tempdir().unwrap();
    let mut problems = Vec::new();
    let mut examples = 0;
    for (action_name, action) in fam["actions"].as_object().unwrap() {
        let runs = action["examples"].as_array().unwrap().iter().flat_map(|example| {
            let name = example["name"].as_str().unwrap();
            let replaces_beta = example["args"].as_array().unwrap().iter().any(|a| a == "--beta");
            let default = replaces_beta.then(|| (example, false, format!("{name} (without --beta)")));
            std::iter::once((example, true, name.to_string())).chain(default)
        });
        for (example, keep_beta, label) in runs {
            examples += 1;
            let (argv, stdin, expected) = expect(family, action_name, action, example, temp.path(), keep_beta);
            let argv: Vec<&str> = argv.iter().map(String::as_str).collect();
            let mut ant = Ant::new(&argv).env("ANTHROPIC_BASE_URL", &recorder.url);
            if let Some(text) = &stdin {
                ant = ant.stdin(text);
            }
            let out = ant.current_dir(temp.path()).run();
            let requests = recorder.take();
            if out.code != 0 {
                problems.push(format!("{label}: exit {}: {}", out.code, out.stderr.trim()));
                continue;
            }
            let (made, others): (Vec<&Recorded>, Vec<&Recorded>) = requests
                .iter()
                .partition(|r| r.method == expected.method && r.path == expected.path);
            let history = |r: &&Recorded| {
                let mut query: Vec<(&str, &str)> = r
                    .query
                    .iter()
                    .filter(|(k, _)| k != "beta")
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                    .collect();
                query.sort();
                action["response"]["kind"] == "sse"
                    && r.method == "GET"
                    && r.path.ends_with("/events")
                    && query == HISTORY_QUERY
            };
            if let Some(other) = others.iter().find(|r| !history(r)) {
                problems.push(format!(
                    "{label}: an unexpected request {} {}",
                    other.method, other.path
                ));
            }
            match made.as_slice() {
                [one] => problems.extend(compare(&expected, one).into_iter().map(|p| format!("{label}: {p}"))),
                many => problems.push(format!(
                    "{label}: {} requests to {} {}",
                    many.len(),
                    expected.method,
                    expected.path
                )),
            }
        }
    }
    assert!(examples > 0, "{family} has no examples");
    assert!(
        problems.is_empty(),
        "{family}: {} of {examples} examples differ:\n{}",
        problems.len(),
        problems.join("\n")
    );
    assert_eq!(
        std::fs::metadata("/dev/null").map(|m| m.is_file()).ok(),
        Some(false),
        "/dev/null is still a device"
    );
}

macro_rules! families {
    ($($test:ident => $family:literal,)*) => {
        $(
            #[test]
            fn $test() {
                check_family($family);
            }
        )*
        const FAMILIES: &[&str] = &[$($family),*];
    };
}

families! {
    completions => "completions",
    messages => "messages",
    messages_batches => "messages:batches",
    models => "models",
    beta_models => "beta:models",
    beta_messages => "beta:messages",
    beta_messages_batches => "beta:messages:batches",
    beta_agents => "beta:agents",
    beta_agents_versions => "beta:agents:versions",
    beta_environments => "beta:environments",
    beta_environments_work => "beta:environments:work",
    beta_sessions => "beta:sessions",
    beta_sessions_events => "beta:sessions:events",
    beta_sessions_resources => "beta:sessions:resources",
    beta_sessions_threads => "beta:sessions:threads",
    beta_sessions_threads_events => "beta:sessions:threads:events",
    beta_deployments => "beta:deployments",
    beta_deployment_runs => "beta:deployment-runs",
    beta_vaults => "beta:vaults",
    beta_vaults_credentials => "beta:vaults:credentials",
    beta_memory_stores => "beta:memory-stores",
    beta_memory_stores_memories => "beta:memory-stores:memories",
    beta_memory_stores_memory_versions => "beta:memory-stores:memory-versions",
    beta_files => "beta:files",
    beta_skills => "beta:skills",
    beta_skills_versions => "beta:skills:versions",
    beta_user_profiles => "beta:user-profiles",
    beta_dreams => "beta:dreams",
    beta_tunnels => "beta:tunnels",
    beta_tunnels_certificates => "beta:tunnels:certificates",
}

#[test]
fn every_official_family_has_its_test() {
    let facts = facts();
    let mut official: Vec<&str> = facts["families"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    official.sort();
    let mut ours = FAMILIES.to_vec();
    ours.sort();
    assert_eq!(ours, official);
}
