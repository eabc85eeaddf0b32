//! The shape of a resource command: which flags it has and where each one goes (path, query,
//! body). The resource files (`agents.rs`, ...) are tables of these, so a new flag is one line;
//! [`command`] turns a table into clap, and `input.rs` turns parsed flags into a request.

use clap::{Arg, ArgAction, Command};

/// How a flag's text becomes a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ty {
    /// Taken as-is (`null` is the string "null").
    Str,
    /// A string, or JSON null when given as `null`.
    NullableStr,
    Int,
    /// `--flag` alone is true; `--flag=false` is accepted too.
    Bool,
    /// A YAML/JSON mapping (or `null`).
    Object,
    /// A YAML/JSON mapping, or a bare id string: `--model claude-sonnet-4-6`, `--agent agent_01...`.
    IdOrObject,
    /// Any YAML/JSON value (query filters such as `created_at[gte]`).
    Value,
    /// Repeatable: each occurrence adds one mapping (a YAML list adds all of its elements).
    ObjectEach,
    /// Repeatable: each occurrence adds one string.
    StrEach,
    /// A whole list that replaces the field on update; repeating the flag adds to the list, a
    /// single mapping counts as a list of one, `null` or `[]` clears it.
    List,
}

impl Ty {
    /// Whether the value is a list, so inner flags fill its last element.
    pub fn is_list(self) -> bool {
        matches!(self, Ty::ObjectEach | Ty::StrEach | Ty::List)
    }

    fn value_name(self) -> &'static str {
        match self {
            Ty::Str | Ty::NullableStr | Ty::StrEach => "STRING",
            Ty::Int => "INT",
            Ty::Bool => "BOOL",
            Ty::Object | Ty::ObjectEach => "YAML",
            Ty::IdOrObject => "ID|YAML",
            Ty::Value | Ty::List => "YAML",
        }
    }
}

/// Where a flag's value goes.
#[derive(Debug, Clone, Copy)]
pub enum To {
    /// A path id: `{flag}` in the action's path. Its stdin key is the flag in snake case.
    Path,
    Query(&'static str),
    Body(&'static str),
    /// A field of another flag's value: `--mcp-server.url` sets `url` of `--mcp-server`.
    Inner {
        outer: &'static str,
        field: &'static str,
    },
}

#[derive(Debug, Clone, Copy)]
pub struct Param {
    pub flag: &'static str,
    pub ty: Ty,
    pub to: To,
    pub required: bool,
}

impl Param {
    pub const fn req(self) -> Self {
        Self { required: true, ..self }
    }

    /// The key this flag has in a piped stdin document (`agent_id`, `limit`, `name`).
    pub fn stdin_key(&self) -> String {
        match self.to {
            To::Path => self.flag.replace('-', "_"),
            To::Query(k) | To::Body(k) => k.to_string(),
            To::Inner { field, .. } => field.to_string(),
        }
    }

    fn help(&self) -> String {
        let kind = match self.ty {
            Ty::Str => "string",
            Ty::NullableStr => "string, or null",
            Ty::Int => "integer",
            Ty::Bool => "boolean",
            Ty::Object => "YAML/JSON object",
            Ty::IdOrObject => "id, or YAML/JSON object",
            Ty::Value => "YAML/JSON value",
            Ty::ObjectEach => "YAML/JSON object, repeatable",
            Ty::StrEach => "string, repeatable",
            Ty::List => "YAML/JSON list, replaces the whole field",
        };
        match self.to {
            To::Path => format!("Path id ({kind})"),
            To::Query(k) => format!("Query `{k}` ({kind})"),
            To::Body(k) => format!("Body `{k}` ({kind})"),
            To::Inner { outer, field } => format!("Sets `{field}` of --{outer} ({kind})"),
        }
    }
}

pub const fn path(flag: &'static str) -> Param {
    Param {
        flag,
        ty: Ty::Str,
        to: To::Path,
        required: true,
    }
}

pub const fn query(flag: &'static str, key: &'static str, ty: Ty) -> Param {
    Param {
        flag,
        ty,
        to: To::Query(key),
        required: false,
    }
}

pub const fn body(flag: &'static str, key: &'static str, ty: Ty) -> Param {
    Param {
        flag,
        ty,
        to: To::Body(key),
        required: false,
    }
}

pub const fn inner(flag: &'static str, outer: &'static str, field: &'static str, ty: Ty) -> Param {
    Param {
        flag,
        ty,
        to: To::Inner { outer, field },
        required: false,
    }
}

/// The list flags every list action has.
pub const LIMIT: Param = query("limit", "limit", Ty::Int);
pub const PAGE: Param = query("page", "page", Ty::Str);
pub const INCLUDE_ARCHIVED: Param = query("include-archived", "include_archived", Ty::Bool);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    Get,
    Post,
    Delete,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// One JSON answer.
    One,
    /// A cursor-paged list, printed item by item.
    List,
    /// An SSE event stream, printed event by event.
    Stream,
}

#[derive(Debug)]
pub struct Action {
    pub name: &'static str,
    pub about: &'static str,
    pub verb: Verb,
    /// The path with `{flag}` for each path id, e.g. `/v1/agents/{agent-id}/archive`.
    pub path: &'static str,
    pub shape: Shape,
    /// On update actions an `id` key in piped data is the path id, so a `retrieve` result can be
    /// piped into `update`.
    pub id_alias: bool,
    pub params: &'static [Param],
}

impl Action {
    /// The innermost path id, the one a positional argument fills.
    pub fn positional(&self) -> Option<&'static Param> {
        self.params.iter().rfind(|p| matches!(p.to, To::Path))
    }

    /// Whether the request carries a JSON body.
    pub fn has_body(&self) -> bool {
        self.params
            .iter()
            .any(|p| matches!(p.to, To::Body(_) | To::Inner { .. }))
    }

    /// Reads default to `explore` in the official CLI, writes to `auto`.
    pub fn is_read(&self) -> bool {
        self.verb == Verb::Get
    }
}

#[derive(Debug)]
pub struct Resource {
    /// The official name, e.g. `beta:sessions:events`.
    pub name: &'static str,
    /// The short form for people, e.g. `sessions`.
    pub alias: Option<&'static str>,
    pub about: &'static str,
    pub actions: &'static [Action],
}

pub fn command(resource: &Resource) -> Command {
    let mut cmd = Command::new(resource.name)
        .about(resource.about)
        .subcommand_required(true)
        .help_template(HELP);
    if let Some(alias) = resource.alias {
        cmd = cmd.visible_alias(alias);
    }
    for action in resource.actions {
        cmd = cmd.subcommand(action_command(action, action.name));
    }
    cmd
}

const HELP: &str = "{about-with-newline}\n{usage-heading} {usage}\n\n{all-args}";

pub fn action_command(action: &Action, name: &'static str) -> Command {
    let mut cmd = Command::new(name).about(action.about).help_template(HELP);
    for p in action.params {
        let mut arg = Arg::new(p.flag)
            .long(p.flag)
            .help(p.help())
            .value_name(p.ty.value_name())
            .action(ArgAction::Append);
        if p.ty == Ty::Bool {
            arg = arg
                .num_args(0..=1)
                .require_equals(true)
                .default_missing_value("true")
                .value_parser(["true", "false"]);
        }
        cmd = cmd.arg(arg);
    }
    cmd = cmd.arg(
        Arg::new("beta")
            .long("beta")
            .value_name("BETA")
            .action(ArgAction::Append)
            .help("anthropic-beta header value; replaces the default (repeatable)"),
    );
    if action.shape != Shape::One {
        cmd = cmd.arg(
            Arg::new("max-items")
                .long("max-items")
                .value_name("N")
                .allow_negative_numbers(true)
                .value_parser(clap::value_parser!(i64))
                .help("Stop after N items (-1: no limit)"),
        );
    }
    // Positional arguments are collected whatever their number, so extra ones get the official
    // "Unexpected extra arguments" error rather than clap's.
    let positional = Arg::new("args").num_args(0..).action(ArgAction::Append);
    cmd.arg(match action.positional() {
        Some(p) => positional
            .value_name(p.flag.to_uppercase().replace('-', "_"))
            .help(format!("Fills --{}", p.flag)),
        None => positional.hide(true),
    })
}
