//! The shape of a resource command: which flags it has and where each one goes (path, query,
//! header, body). The family files under `resources/` are tables of these, so a new flag is one
//! line; [`action_command`] turns a table into clap, and `input.rs` turns parsed flags into a
//! request.

use clap::builder::PossibleValuesParser;
use clap::{Arg, ArgAction, Command};

pub use crate::client::Paging;

/// How a flag's text becomes a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ty {
    /// Taken as-is (`null` is the string "null").
    Str,
    /// A string, or JSON null when given as `null`.
    NullableStr,
    /// An integer as Go reads one (`0x10` too).
    Int,
    /// An integer, or JSON null when given as `null`.
    NullableInt,
    Float,
    /// `--flag` alone is true; `--flag=false` is accepted too.
    Bool,
    /// A YAML/JSON mapping (or `null`).
    Object,
    /// A YAML/JSON mapping, or a bare id string: `--model claude-sonnet-4-6`, `--agent agent_01...`.
    IdOrObject,
    /// Any YAML/JSON value (query filters such as `created_at[gte]`, `--system`).
    Value,
    /// Repeatable: each occurrence adds one mapping (a YAML list adds all of its elements).
    ObjectEach,
    /// Repeatable: each occurrence adds one string.
    StrEach,
    /// A whole list that replaces the field; repeating the flag adds to the list, a single
    /// mapping counts as a list of one, `null` or `[]` clears it.
    List,
    /// A path whose contents go up as a multipart file part; `-` is stdin.
    File,
    /// Repeatable [`Ty::File`].
    FileEach,
}

impl Ty {
    /// Whether the value is a list, so inner flags fill its last element.
    pub fn is_list(self) -> bool {
        matches!(self, Ty::ObjectEach | Ty::StrEach | Ty::List | Ty::FileEach)
    }

    pub fn is_file(self) -> bool {
        matches!(self, Ty::File | Ty::FileEach)
    }

    fn value_name(self) -> &'static str {
        match self {
            Ty::Str | Ty::NullableStr | Ty::StrEach => "STRING",
            Ty::Int | Ty::NullableInt => "INT",
            Ty::Float => "NUMBER",
            Ty::Bool => "BOOL",
            Ty::Object | Ty::ObjectEach | Ty::Value | Ty::List => "YAML",
            Ty::IdOrObject => "ID|YAML",
            Ty::File | Ty::FileEach => "PATH",
        }
    }

    fn describe(self) -> &'static str {
        match self {
            Ty::Str => "string",
            Ty::NullableStr => "string, or null",
            Ty::Int => "integer",
            Ty::NullableInt => "integer, or null",
            Ty::Float => "number",
            Ty::Bool => "boolean",
            Ty::Object => "YAML/JSON object",
            Ty::IdOrObject => "id, or YAML/JSON object",
            Ty::Value => "YAML/JSON value",
            Ty::ObjectEach => "YAML/JSON object, repeatable",
            Ty::StrEach => "string, repeatable",
            Ty::List => "YAML/JSON list, replaces the whole field",
            Ty::File => "file to upload, - for stdin",
            Ty::FileEach => "file to upload, repeatable",
        }
    }
}

/// Where a flag's value goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum To {
    /// A path id: `{flag}` in the action's path. Its stdin key is the flag in snake case.
    Path,
    Query(&'static str),
    Header(&'static str),
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
    /// The values the API documents; others are refused before anything is sent.
    pub choices: &'static [&'static str],
    /// Another key a piped document may use for it (`id` for the path id on update, so a
    /// `retrieve` result can be piped into `update`).
    pub alias: Option<&'static str>,
}

impl Param {
    const fn new(flag: &'static str, ty: Ty, to: To, required: bool) -> Self {
        Self {
            flag,
            ty,
            to,
            required,
            choices: &[],
            alias: None,
        }
    }

    pub const fn req(self) -> Self {
        Self { required: true, ..self }
    }

    pub const fn choices(self, choices: &'static [&'static str]) -> Self {
        Self { choices, ..self }
    }

    pub const fn alias(self, alias: &'static str) -> Self {
        Self {
            alias: Some(alias),
            ..self
        }
    }

    /// The key this flag has in a piped stdin document (`agent_id`, `limit`, `name`).
    pub fn stdin_key(&self) -> String {
        match self.to {
            To::Path => self.flag.replace('-', "_"),
            To::Query(k) | To::Header(k) | To::Body(k) => k.to_string(),
            To::Inner { field, .. } => field.to_string(),
        }
    }

    fn help(&self) -> String {
        let kind = self.ty.describe();
        match self.to {
            To::Path => format!("Path id ({kind})"),
            To::Query(k) => format!("Query `{k}` ({kind})"),
            To::Header(k) => format!("Header `{k}` ({kind})"),
            To::Body(k) => format!("Body `{k}` ({kind})"),
            To::Inner { outer, field } => format!("Sets `{field}` of --{outer} ({kind})"),
        }
    }
}

pub const fn path(flag: &'static str) -> Param {
    Param::new(flag, Ty::Str, To::Path, true)
}

pub const fn query(flag: &'static str, key: &'static str, ty: Ty) -> Param {
    Param::new(flag, ty, To::Query(key), false)
}

pub const fn header(flag: &'static str, name: &'static str, ty: Ty) -> Param {
    Param::new(flag, ty, To::Header(name), false)
}

pub const fn body(flag: &'static str, key: &'static str, ty: Ty) -> Param {
    Param::new(flag, ty, To::Body(key), false)
}

pub const fn inner(flag: &'static str, outer: &'static str, field: &'static str, ty: Ty) -> Param {
    Param::new(flag, ty, To::Inner { outer, field }, false)
}

/// Flags many list actions have.
pub const LIMIT: Param = query("limit", "limit", Ty::Int);
pub const PAGE: Param = query("page", "page", Ty::Str);
pub const INCLUDE_ARCHIVED: Param = query("include-archived", "include_archived", Ty::Bool);
pub const AFTER_ID: Param = query("after-id", "after_id", Ty::Str);
pub const BEFORE_ID: Param = query("before-id", "before_id", Ty::Str);
pub const ORDER: Param = query("order", "order", Ty::Str).choices(&["asc", "desc"]);
pub const CREATED_AT_GT: Param = query("created-at-gt", "created_at[gt]", Ty::Value);
pub const CREATED_AT_GTE: Param = query("created-at-gte", "created_at[gte]", Ty::Value);
pub const CREATED_AT_LT: Param = query("created-at-lt", "created_at[lt]", Ty::Value);
pub const CREATED_AT_LTE: Param = query("created-at-lte", "created_at[lte]", Ty::Value);
pub const METADATA: Param = body("metadata", "metadata", Ty::Object);

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
    /// One JSON answer, or with `stream: true` (`--stream`) a server-sent event stream, printed
    /// event by event.
    OneOrEvents,
    /// A paged list, printed item by item.
    List(Paging),
    /// A session's SSE event stream, printed event by event.
    Stream,
    /// JSON lines, printed line by line.
    Lines,
    /// Bytes, written to `--output` or stdout.
    Download,
}

impl Shape {
    /// Whether the answer is a sequence of items, so `--max-items` applies.
    pub fn has_items(self) -> bool {
        !matches!(self, Shape::One | Shape::Download)
    }

    /// The `accept` header of the request.
    pub fn accept(self) -> &'static str {
        match self {
            Shape::Lines => "application/x-jsonl",
            Shape::Download => "application/binary",
            Shape::Stream => "text/event-stream",
            _ => "application/json",
        }
    }
}

#[derive(Debug)]
pub struct Action {
    pub name: &'static str,
    pub about: &'static str,
    pub verb: Verb,
    /// The path with `{flag}` for each path id, e.g. `/v1/agents/{agent-id}/archive`.
    pub path: &'static str,
    pub shape: Shape,
    pub params: &'static [Param],
}

impl Action {
    const fn new(verb: Verb, name: &'static str, about: &'static str, path: &'static str) -> Self {
        Self {
            name,
            about,
            verb,
            path,
            shape: Shape::One,
            params: &[],
        }
    }

    pub const fn get(name: &'static str, about: &'static str, path: &'static str) -> Self {
        Self::new(Verb::Get, name, about, path)
    }

    pub const fn post(name: &'static str, about: &'static str, path: &'static str) -> Self {
        Self::new(Verb::Post, name, about, path)
    }

    pub const fn delete(name: &'static str, about: &'static str, path: &'static str) -> Self {
        Self::new(Verb::Delete, name, about, path)
    }

    /// A `list` action paging with `paging`.
    pub const fn list(about: &'static str, path: &'static str, paging: Paging) -> Self {
        Self::new(Verb::Get, "list", about, path).shape(Shape::List(paging))
    }

    pub const fn shape(self, shape: Shape) -> Self {
        Self { shape, ..self }
    }

    pub const fn params(self, params: &'static [Param]) -> Self {
        Self { params, ..self }
    }

    /// The path id a positional argument fills: the innermost one.
    pub fn positional(&self) -> Option<&'static Param> {
        self.params.iter().rfind(|p| p.to == To::Path)
    }

    /// Whether the request carries a body (JSON, or multipart when it has file flags).
    pub fn has_body(&self) -> bool {
        self.params
            .iter()
            .any(|p| matches!(p.to, To::Body(_) | To::Inner { .. }))
    }

    /// Whether the body goes as `multipart/form-data`.
    pub fn is_multipart(&self) -> bool {
        self.params.iter().any(|p| p.ty.is_file())
    }

    /// Reads default to `explore` in the official CLI, writes (and downloads) to `auto`.
    pub fn is_read(&self) -> bool {
        self.verb == Verb::Get && !matches!(self.shape, Shape::Lines | Shape::Download)
    }
}

/// The `anthropic-beta` header of a family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Beta {
    /// No `--beta` flag and no header.
    Absent,
    /// `--beta` sets the header; nothing is sent without it.
    Optional,
    /// Sent unless `--beta` replaces it.
    Default(&'static str),
}

#[derive(Debug)]
pub struct Resource {
    /// The official name, e.g. `beta:sessions:events`.
    pub name: &'static str,
    /// The short form for people, e.g. `sessions`.
    pub alias: Option<&'static str>,
    pub about: &'static str,
    pub beta: Beta,
    pub actions: &'static [Action],
}

impl Resource {
    /// The `anthropic-beta` sent when `--beta` gives none.
    pub fn default_beta(&self) -> Option<&'static str> {
        match self.beta {
            Beta::Default(beta) => Some(beta),
            Beta::Absent | Beta::Optional => None,
        }
    }

    /// Beta families' paths carry `?beta=true`.
    pub fn beta_query(&self) -> bool {
        self.name.starts_with("beta:")
    }
}

pub const HELP: &str = "{about-with-newline}\n{usage-heading} {usage}\n\n{all-args}";

/// `--beta`, on every action of a family that has a beta header.
fn beta_arg() -> Arg {
    Arg::new("beta")
        .long("beta")
        .value_name("BETA")
        .action(ArgAction::Append)
        .help("anthropic-beta header value; replaces the default (repeatable)")
}

pub fn action_command(resource: &Resource, action: &Action, name: &'static str) -> Command {
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
        } else if !p.choices.is_empty() {
            let nullable = matches!(p.ty, Ty::NullableStr);
            let values = p.choices.iter().copied().chain(nullable.then_some("null"));
            arg = arg.value_parser(PossibleValuesParser::new(values));
        }
        cmd = cmd.arg(arg);
    }
    if resource.beta != Beta::Absent {
        cmd = cmd.arg(beta_arg());
    }
    if action.shape.has_items() {
        cmd = cmd.arg(
            Arg::new("max-items")
                .long("max-items")
                .value_name("N")
                .allow_negative_numbers(true)
                .value_parser(clap::value_parser!(i64))
                .help("Stop after N items (-1: no limit)"),
        );
    }
    if action.shape == Shape::Download {
        cmd = cmd.arg(
            Arg::new("output")
                .short('o')
                .long("output")
                .value_name("PATH")
                .help("Write the content to PATH (- for stdout)"),
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
