//! The tables against the facts: every family, action, flag, target, type and enum of the
//! official CLI (`../shared/api/official-commands.json`, read at test time) has its counterpart
//! here, in the tables and in the clap commands built from them, and nothing here is missing
//! there. A flag a future release adds shows up as a failure. Deliberate differences are listed
//! in [`DIFFERENCES`], each with its reason, and nowhere else.

use serde_json::Value;

use super::{ALL, command, find};
use crate::cli::spec::{Action, Beta, Paging, Param, Resource, Shape, To, Ty, Verb};

/// Where our tables differ from the official CLI on purpose: (family, action, flag, what we
/// have, why).
const DIFFERENCES: &[(&str, &str, &str, Difference, &str)] = &[
    (
        "beta:agents",
        "create",
        "model",
        Difference::Type(Ty::IdOrObject),
        "a bare model id works (`--model claude-sonnet-4-6`): the official help promises it, its parser refuses it",
    ),
    (
        "beta:agents",
        "update",
        "model",
        Difference::Type(Ty::IdOrObject),
        "as on create",
    ),
    (
        "beta:sessions",
        "create",
        "agent",
        Difference::Type(Ty::IdOrObject),
        "an agent id or a mapping, the only two shapes the API takes, checked before sending",
    ),
    (
        "beta:deployments",
        "create",
        "agent",
        Difference::Type(Ty::IdOrObject),
        "as on session create",
    ),
    (
        "beta:deployments",
        "update",
        "agent",
        Difference::Type(Ty::IdOrObject),
        "as on session create",
    ),
    (
        "beta:dreams",
        "create",
        "model",
        Difference::Type(Ty::IdOrObject),
        "a model id or a mapping, as for agents",
    ),
    (
        "beta:agents",
        "update",
        "mcp-server",
        Difference::Type(Ty::List),
        "repeating a whole-list flag adds to the list instead of keeping only the last value",
    ),
    (
        "beta:agents",
        "update",
        "skill",
        Difference::Type(Ty::List),
        "as --mcp-server",
    ),
    (
        "beta:agents",
        "update",
        "tool",
        Difference::Type(Ty::List),
        "as --mcp-server",
    ),
    (
        "beta:deployments",
        "update",
        "resource",
        Difference::Type(Ty::List),
        "as agents update --mcp-server",
    ),
    (
        "beta:deployments",
        "update",
        "vault-id",
        Difference::Type(Ty::List),
        "as agents update --mcp-server",
    ),
    (
        "beta:messages",
        "create",
        "fallback",
        Difference::Type(Ty::List),
        "a list of fallbacks its inner flags fill, repeatable like the other whole-list flags",
    ),
    (
        "beta:sessions:events",
        "stream",
        "until-idle",
        Difference::Extra,
        "stops at the session's next idle with an exit code for its stop reason, for scripts",
    ),
];

#[derive(Debug, Clone, Copy, PartialEq)]
enum Difference {
    /// The flag has this type instead of the official one.
    Type(Ty),
    /// The flag is ours only.
    Extra,
}

fn difference(family: &str, action: &str, flag: &str) -> Option<Difference> {
    DIFFERENCES
        .iter()
        .find(|(f, a, n, _, _)| (*f, *a, *n) == (family, action, flag))
        .map(|d| d.3)
}

fn facts() -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/api/official-commands.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).expect("the facts are JSON")
}

fn str_of<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key].as_str().unwrap_or_default()
}

/// Whether our type renders the official one (`json` is a flag or an inner flag).
fn same_type(json: &Value, ty: Ty, inner: bool) -> bool {
    let nullable = json["nullable"].as_bool().unwrap_or(false);
    match (str_of(json, "type"), str_of(json, "items")) {
        ("string", _) => ty == if nullable { Ty::NullableStr } else { Ty::Str },
        ("int", _) => ty == if nullable { Ty::NullableInt } else { Ty::Int },
        ("float", _) => ty == Ty::Float,
        ("bool", _) => ty == Ty::Bool,
        ("object", _) => ty == Ty::Object,
        ("any", _) => ty == Ty::Value,
        ("file", _) => ty == Ty::File,
        // An inner flag takes the whole list in one value, as the official inner flags do.
        ("array", _) if inner => ty == Ty::List,
        ("array", "string") => ty == Ty::StrEach,
        ("array", "object") => ty == Ty::ObjectEach,
        ("array", "file") => ty == Ty::FileEach,
        _ => false,
    }
}

/// The official response kind of our shape.
fn response_kind(shape: Shape) -> (&'static str, Option<&'static str>) {
    match shape {
        Shape::One | Shape::OneOrEvents => ("json", None),
        Shape::List(Paging::Cursor) => ("paginated", Some("cursor")),
        Shape::List(Paging::Ids) => ("paginated", Some("ids")),
        Shape::Stream => ("sse", None),
        Shape::Lines => ("jsonl", None),
        Shape::Download => ("binary", None),
    }
}

struct Check {
    problems: Vec<String>,
}

impl Check {
    fn expect(&mut self, ok: bool, what: impl FnOnce() -> String) {
        if !ok {
            self.problems.push(what());
        }
    }
}

fn check_family(check: &mut Check, name: &str, fam: &Value) -> usize {
    let Some(resource) = find(name).filter(|r| r.name == name) else {
        check.problems.push(format!("{name}: no such family"));
        return 0;
    };
    let actions = fam["actions"].as_object().expect("actions");
    let has_beta_flag = actions
        .values()
        .all(|a| a["flags"].as_array().unwrap().iter().any(|f| f["name"] == "beta"));
    let (default, flag) = match resource.beta {
        Beta::Default(b) => (Some(b), true),
        Beta::Optional => (None, true),
        Beta::Absent => (None, false),
    };
    check.expect(default == fam["default_beta"].as_str() && flag == has_beta_flag, || {
        format!(
            "{name}: beta header {:?}, the facts say {} (--beta: {has_beta_flag})",
            resource.beta, fam["default_beta"]
        )
    });
    for action in resource.actions {
        check.expect(actions.contains_key(action.name), || {
            format!("{name} {}: not an official action", action.name)
        });
    }
    let mut clap = command(resource);
    clap.build();
    for (action_name, facts) in actions {
        let Some(action) = resource.actions.iter().find(|a| a.name == action_name) else {
            check.problems.push(format!("{name} {action_name}: missing"));
            continue;
        };
        let sub = clap.find_subcommand(action_name).expect("every action has a command");
        check_action(check, resource, action, facts, sub);
    }
    actions.len()
}

fn check_action(check: &mut Check, resource: &Resource, action: &Action, facts: &Value, clap: &clap::Command) {
    let here = format!("{} {}", resource.name, action.name);
    let verb = match action.verb {
        Verb::Get => "GET",
        Verb::Post => "POST",
        Verb::Delete => "DELETE",
    };
    check.expect(verb == str_of(facts, "http_method"), || {
        format!("{here}: {verb}, the facts say {}", facts["http_method"])
    });
    let mut path = str_of(facts, "path").to_string();
    for p in facts["path_params"].as_array().unwrap() {
        path = path.replace(
            &format!("{{{}}}", str_of(p, "name")),
            &format!("{{{}}}", str_of(p, "flag")),
        );
        check.expect(str_of(p, "name") == str_of(p, "flag").replace('-', "_"), || {
            format!("{here}: path parameter {} is not its flag in snake case", p["name"])
        });
    }
    check.expect(action.path == path, || {
        format!("{here}: path {}, the facts say {path}", action.path)
    });
    check.expect(facts["beta_query"].as_bool() == Some(resource.beta_query()), || {
        format!("{here}: ?beta=true differs")
    });
    check.expect(
        action.positional().map(|p| p.flag) == facts["positional_arg"].as_str(),
        || {
            format!(
                "{here}: the positional argument fills {:?}",
                action.positional().map(|p| p.flag)
            )
        },
    );
    let body = if action.is_multipart() {
        "multipart"
    } else if action.has_body() {
        "json"
    } else {
        "none"
    };
    check.expect(body == str_of(facts, "request_body"), || {
        format!("{here}: body {body}, the facts say {}", facts["request_body"])
    });
    let response = &facts["response"];
    let (kind, paging) = response_kind(action.shape);
    let official_paging = response["pagination"]
        .as_str()
        .map(|p| if p == "Page" { "ids" } else { "cursor" });
    check.expect(kind == str_of(response, "kind") && paging == official_paging, || {
        format!("{here}: shape {:?}, the facts say {response}", action.shape)
    });
    let streams = response.get("when_flag_stream").is_some();
    check.expect(streams == (action.shape == Shape::OneOrEvents), || {
        format!("{here}: --stream switches to events: {streams}")
    });
    let read = str_of(response, "default_format") == "explore";
    check.expect(read == action.is_read(), || {
        format!("{here}: default format explore is {read}")
    });
    if let Some(accept) = facts["default_headers"]["accept"].as_str() {
        check.expect(accept == action.shape.accept(), || format!("{here}: accept {accept}"));
    }

    let flags = facts["flags"].as_array().unwrap();
    for flag in flags {
        check_flag(check, resource, action, &here, flag, clap);
    }
    // Nothing of ours that the official CLI lacks, but the listed differences.
    let official: Vec<String> = flags
        .iter()
        .flat_map(|f| {
            let inner = f["inner_flags"].as_array().into_iter().flatten();
            std::iter::once(str_of(f, "name").to_string()).chain(inner.map(|i| str_of(i, "name").to_string()))
        })
        .collect();
    for arg in clap.get_arguments() {
        let Some(long) = arg.get_long() else { continue };
        let global = arg.is_global_set() || ["api-key", "auth-token", "help"].contains(&long);
        check.expect(
            global
                || official.iter().any(|o| o == long)
                || difference(resource.name, action.name, long) == Some(Difference::Extra),
            || format!("{here}: --{long} is not an official flag"),
        );
    }
}

fn check_flag(check: &mut Check, resource: &Resource, action: &Action, here: &str, flag: &Value, clap: &clap::Command) {
    let name = str_of(flag, "name");
    let target = &flag["target"];
    let arg = clap.get_arguments().find(|a| a.get_long() == Some(name));
    check.expect(arg.is_some(), || format!("{here}: --{name} missing from the command"));
    if let (Some(arg), Some(shorts)) = (arg, flag["aliases"].as_array()) {
        for short in shorts.iter().filter_map(Value::as_str) {
            check.expect(arg.get_short().map(String::from).as_deref() == Some(short), || {
                format!("{here}: --{name} lacks -{short}")
            });
        }
    }
    if let Some(arg) = arg {
        check.expect(arg.get_default_values().is_empty(), || {
            format!("{here}: --{name} has a default, which the official CLI never sends")
        });
    }
    match (name, str_of(target, "kind")) {
        ("beta", "header") => {
            check.expect(resource.beta != Beta::Absent, || format!("{here}: --beta missing"));
            return;
        }
        (_, "cli") => {
            let ours = match name {
                "max-items" => action.shape.has_items(),
                "output" => action.shape == Shape::Download,
                _ => false,
            };
            check.expect(ours, || format!("{here}: --{name} is not a flag of this shape"));
            return;
        }
        _ => {}
    }
    let Some(param) = action.params.iter().find(|p| p.flag == name) else {
        check.problems.push(format!("{here}: --{name} missing from the table"));
        return;
    };
    let key = str_of(target, "name");
    let to_ok = match (str_of(target, "kind"), param.to) {
        ("path", To::Path) => param.stdin_key() == key,
        ("query", To::Query(k)) | ("header", To::Header(k)) | ("body", To::Body(k)) => k == key,
        _ => false,
    };
    check.expect(to_ok, || {
        format!("{here}: --{name} goes to {:?}, the facts say {target}", param.to)
    });
    if let Some(wire) = target["wire_name"].as_str() {
        check.expect(wire == format!("{key}[]") && param.ty.is_list(), || {
            format!("{here}: --{name} is sent as {wire}")
        });
    }
    check_param(check, resource, action, here, flag, param, false);
    check.expect(param.required == flag["required"].as_bool().unwrap_or(false), || {
        format!("{here}: --{name} required is {}", param.required)
    });
    let aliases: Vec<&str> = flag["data_aliases"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    check.expect(aliases == param.alias.into_iter().collect::<Vec<_>>(), || {
        format!(
            "{here}: --{name} piped aliases {:?}, the facts say {aliases:?}",
            param.alias
        )
    });
    for inner in flag["inner_flags"].as_array().into_iter().flatten() {
        let inner_name = str_of(inner, "name");
        let Some(p) = action.params.iter().find(|p| p.flag == inner_name) else {
            check
                .problems
                .push(format!("{here}: --{inner_name} missing from the table"));
            continue;
        };
        let field = str_of(inner, "inner_field");
        check.expect(
            matches!(p.to, To::Inner { outer, field: f } if outer == name && f == field),
            || format!("{here}: --{inner_name} goes to {:?}", p.to),
        );
        check.expect(clap.get_arguments().any(|a| a.get_long() == Some(inner_name)), || {
            format!("{here}: --{inner_name} missing from the command")
        });
        check_param(check, resource, action, here, inner, p, true);
    }
    // Every inner flag of ours belongs to this flag's official list.
    for p in action.params {
        if let To::Inner { outer, .. } = p.to
            && outer == name
        {
            let official = flag["inner_flags"]
                .as_array()
                .is_some_and(|l| l.iter().any(|i| i["name"] == p.flag));
            check.expect(official, || {
                format!("{here}: --{} is not an official inner flag", p.flag)
            });
        }
    }
}

/// Type and enum of a flag or inner flag.
fn check_param(
    check: &mut Check,
    resource: &Resource,
    action: &Action,
    here: &str,
    flag: &Value,
    param: &Param,
    inner: bool,
) {
    let name = str_of(flag, "name");
    let typed = match difference(resource.name, action.name, name) {
        Some(Difference::Type(ty)) => ty == param.ty,
        _ => same_type(flag, param.ty, inner),
    };
    check.expect(typed, || {
        format!(
            "{here}: --{name} is {:?}, the facts say {} {}",
            param.ty, flag["go_type"], flag["nullable"]
        )
    });
    let official: Vec<&str> = flag["enum"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    check.expect(official == param.choices, || {
        format!(
            "{here}: --{name} values {:?}, the facts say {official:?}",
            param.choices
        )
    });
}

#[test]
fn the_tables_hold_every_official_family_action_and_flag() {
    let facts = facts();
    let families = facts["families"].as_object().expect("families");
    let mut check = Check { problems: Vec::new() };
    let mut actions = 0;
    for (name, fam) in families {
        actions += check_family(&mut check, name, fam);
    }
    for resource in ALL {
        check.expect(families.contains_key(resource.name), || {
            format!("{}: not an official family", resource.name)
        });
    }
    assert_eq!(
        families.len(),
        facts["_about"]["statistics"]["families"].as_u64().unwrap() as usize
    );
    assert_eq!(
        actions,
        facts["_about"]["statistics"]["actions"].as_u64().unwrap() as usize
    );
    assert!(
        check.problems.is_empty(),
        "{} differences from the official CLI:\n{}",
        check.problems.len(),
        check.problems.join("\n")
    );
}

#[test]
fn every_difference_is_used() {
    let facts = facts();
    for (family, action, flag, difference, _) in DIFFERENCES {
        let flags = &facts["families"][family]["actions"][action]["flags"];
        let official = flags.as_array().is_some_and(|l| l.iter().any(|f| f["name"] == *flag));
        assert_eq!(
            official,
            *difference != Difference::Extra,
            "{family} {action} --{flag}: listed as {difference:?}"
        );
        let ours = find(family)
            .and_then(|r| r.actions.iter().find(|a| a.name == *action))
            .is_some_and(|a| a.params.iter().any(|p| p.flag == *flag) || *difference == Difference::Extra);
        assert!(ours, "{family} {action} --{flag}: not in the tables");
    }
}
