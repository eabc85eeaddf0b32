//! Finding and reading template files: discovery, front matter, kinds, the `name` default,
//! references between files and the dependency order (ant-apply.md §1 and §2).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Component, Path, PathBuf};

use serde_json::{Map, Value, json};
use serde_saphyr::{Location, Spanned};

use super::fetch::Fetched;
use super::node::Node;
use super::refs::{self, Slot};
use super::skill::{self, Bundle};
use super::{FileError, Kind, display_path};

/// Directories a walk never enters and a skill never bundles (besides every name starting with
/// a dot): tool output and caches.
pub(super) const SKIPPED_DIRS: [&str; 7] = [
    "node_modules",
    "vendor",
    "__pycache__",
    "venv",
    "dist",
    "build",
    "target",
];
pub const LOCKFILE_NAME: &str = "claude-lock.json";

/// One declared resource, with its body as it will be sent before references are filled in.
#[derive(Debug)]
pub struct Resource {
    /// The lockfile key: `./` and the path relative to the lockfile's directory, or a URL.
    pub key: String,
    /// The file errors point at: the template, or a skill's `SKILL.md`. References are
    /// relative to its directory.
    pub path: PathBuf,
    pub kind: Kind,
    /// The desired body (§2); reference slots still hold what the file wrote.
    pub body: Value,
    pub refs: Vec<Reference>,
    /// A skill's files.
    pub bundle: Option<Bundle>,
    /// Where a URL source was fetched from: the commit and the directory in it.
    pub pin: Option<Fetched>,
    node: Spanned<Node>,
    /// Lines before the parsed YAML (a Markdown file's opening fence), to report file lines.
    line_offset: u64,
}

/// An entry of a reference slot (`skills[2]`, `agent`) that names another resource.
#[derive(Debug)]
pub struct Reference {
    pub field: &'static str,
    /// The entry's position in a list slot (after globs are expanded); none for a single value.
    pub index: Option<usize>,
    pub target: String,
    /// Keys written next to `path:` that ride along on the encoded object.
    pub extra: Map<String, Value>,
    /// `version: latest`: reference the target without pinning a version.
    pub latest: bool,
}

impl Reference {
    /// The JSON pointer of the entry in the body.
    pub fn pointer(&self) -> String {
        let field = Slot::find(self.field).pointer();
        match self.index {
            Some(i) => format!("{field}/{i}"),
            None => field,
        }
    }
}

/// Fetches a URL source into a local directory (§1.9).
pub type Fetch<'a> = dyn FnMut(&str) -> Result<Fetched, String> + 'a;

impl Resource {
    /// An error at a path of the body (`tools[0].type`), at the deepest part the file wrote.
    pub fn error_at(&self, path: &str, message: impl Into<String>) -> FileError {
        let loc = self.node.value.locate(path, self.node.referenced);
        self.error(loc, message)
    }

    fn error(&self, loc: Location, message: impl Into<String>) -> FileError {
        at(&self.path, loc, self.line_offset, message)
    }
}

fn at(path: &Path, loc: Location, line_offset: u64, message: impl Into<String>) -> FileError {
    FileError {
        file: display_path(path),
        line: loc.line().max(1) + line_offset,
        column: loc.column().max(1),
        message: message.into(),
    }
}

fn whole_file(path: &Path, message: impl Into<String>) -> FileError {
    FileError {
        file: display_path(path),
        line: 1,
        column: 1,
        message: message.into(),
    }
}

/// Loads the resources under `args` (files or directories) and everything they reference, in
/// dependency order. Keys are relative to `base`, the lockfile's directory. URL references are
/// refused: see [`load_with`].
pub fn load(args: &[PathBuf], base: &Path) -> Result<Vec<Resource>, FileError> {
    load_with(args, base, &mut |url: &str| {
        Err(format!("{url}: fetching URL sources needs `ant apply`"))
    })
}

/// [`load`], fetching URL references with `fetch`.
pub fn load_with(args: &[PathBuf], base: &Path, fetch: &mut Fetch) -> Result<Vec<Resource>, FileError> {
    let cwd = std::env::current_dir().map_err(|e| whole_file(Path::new("."), e.to_string()))?;
    let mut loader = Loader {
        base: normalize(&cwd.join(base)),
        by_path: HashMap::new(),
        resources: Vec::new(),
        fetch,
    };
    for arg in args {
        let path = normalize(&cwd.join(arg));
        // A glob the shell left alone (quoted) is expanded here, as the official CLI does (§1.1).
        let matches = if is_glob(&arg.to_string_lossy()) {
            let found = glob_paths(&path).map_err(|e| whole_file(arg, e))?;
            if found.is_empty() {
                return Err(whole_file(arg, "no files match"));
            }
            found
        } else {
            vec![path]
        };
        for path in matches {
            let meta = std::fs::metadata(&path).map_err(|e| whole_file(&path, format!("{}: {e}", arg.display())))?;
            if meta.is_dir() && !skill::is_skill_dir(&path) {
                let mut found = Vec::new();
                walk(&path, &mut found).map_err(|e| whole_file(&path, e.to_string()))?;
                for candidate in found {
                    loader.file(&candidate, false)?;
                }
            } else {
                loader.file(&path, true)?;
            }
        }
    }
    check_names(&loader.resources)?;
    order(loader.resources)
}

/// The kinds this build manages, for messages: `skill, environment, … and deployment`.
fn kind_names(last: &str) -> String {
    let names: Vec<&str> = super::KINDS.iter().map(|k| k.name()).collect();
    let (tail, head) = names.split_last().expect("kinds exist");
    format!("{}{last}{tail}", head.join(", "))
}

fn is_glob(written: &str) -> bool {
    written.contains(['*', '?', '['])
}

/// The paths a glob pattern (absolute) matches, sorted.
fn glob_paths(pattern: &Path) -> Result<Vec<PathBuf>, String> {
    let text = pattern.to_str().ok_or("the pattern is not UTF-8")?;
    let found = glob::glob(text).map_err(|e| format!("bad glob pattern: {e}"))?;
    let mut paths = found.collect::<Result<Vec<_>, _>>().map_err(|e| e.to_string())?;
    paths.sort();
    Ok(paths)
}

/// Candidates below `dir`, in lexical order: template files, and skill directories (which are
/// not descended into).
fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries = std::fs::read_dir(dir)?.collect::<Result<Vec<_>, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            if skill::is_skill_dir(&path) {
                out.push(path);
            } else if !name.starts_with('.') && !SKIPPED_DIRS.contains(&name.as_str()) {
                walk(&path, out)?;
            }
        } else if name != LOCKFILE_NAME && extension(&path).is_some() {
            out.push(path);
        }
    }
    Ok(())
}

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Markdown,
    Yaml,
}

fn extension(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "md" | "markdown" => Some(Format::Markdown),
        "yml" | "yaml" | "json" => Some(Format::Yaml),
        _ => None,
    }
}

struct Loader<'f, 'a> {
    base: PathBuf,
    by_path: HashMap<PathBuf, usize>,
    resources: Vec<Resource>,
    fetch: &'f mut Fetch<'a>,
}

/// What one entry of a reference slot names.
enum Named {
    /// A path (relative to the declaring file) or a glob, with its ride-along keys.
    Path {
        written: String,
        extra: Map<String, Value>,
        latest: bool,
    },
    Url(String),
}

impl Loader<'_, '_> {
    /// Loads one file or skill directory. `named` ones (on the command line or referenced)
    /// must be templates; walked files that are not (READMEs, CI config) are skipped.
    fn file(&mut self, path: &Path, named: bool) -> Result<Option<usize>, FileError> {
        let is_manifest = path.file_name().is_some_and(|n| n == skill::MANIFEST);
        let skill_dir = if is_manifest {
            Some(path.parent().expect("a file has a directory").to_path_buf())
        } else if path.is_dir() {
            Some(path.to_path_buf())
        } else {
            None
        };
        let at = skill_dir.as_deref().unwrap_or(path);
        if let Some(&i) = self.by_path.get(at) {
            return Ok(Some(i));
        }
        let resource = match &skill_dir {
            Some(dir) => read_skill(dir, &key(&self.base, dir))?,
            None => match read(path, &key(&self.base, path), named)? {
                Some(r) => r,
                None => return Ok(None),
            },
        };
        Ok(Some(self.add(at, resource)?))
    }

    fn add(&mut self, at: &Path, resource: Resource) -> Result<usize, FileError> {
        let index = self.resources.len();
        self.by_path.insert(at.to_path_buf(), index);
        self.resources.push(resource);
        self.references(index)?;
        Ok(index)
    }

    /// A skill from a URL: fetched, then loaded from where it was unpacked, keyed by the URL.
    /// It is a leaf: what it references is not followed.
    fn url(&mut self, url: &str) -> Result<usize, String> {
        let at = PathBuf::from(url);
        if let Some(&i) = self.by_path.get(&at) {
            return Ok(i);
        }
        let fetched = (self.fetch)(url)?;
        let mut resource = read_skill(&fetched.dir, url).map_err(|e| format!("{url}: {}", e.message))?;
        resource.pin = Some(fetched);
        let index = self.resources.len();
        self.by_path.insert(at, index);
        self.resources.push(resource);
        Ok(index)
    }

    /// Resolves the reference slots of a resource: inline ids are encoded in place, URLs are
    /// fetched, paths and globs are loaded strictly, and each becomes a [`Reference`].
    fn references(&mut self, index: usize) -> Result<(), FileError> {
        let kind = self.resources[index].kind;
        for slot in Slot::of(kind) {
            let pointer = slot.pointer();
            let Some(value) = self.resources[index].body.pointer(&pointer).cloned() else {
                continue;
            };
            let r = &self.resources[index];
            let entries = match (value, slot.list) {
                (Value::Array(items), true) => items,
                (other, true) => {
                    let msg = format!("`{}` must be a list, got {}", slot.field, type_name(&other));
                    return Err(r.error_at(slot.field, msg));
                }
                (one, false) => vec![one],
            };
            let mut out = Vec::with_capacity(entries.len());
            let mut pending = Vec::new();
            for (i, entry) in entries.into_iter().enumerate() {
                let field = if slot.list {
                    format!("{}[{i}]", slot.field)
                } else {
                    slot.field.to_string()
                };
                let r = &self.resources[index];
                let named = match classify(slot, entry, &field).map_err(|m| r.error_at(&field, m))? {
                    Ok(v) => {
                        out.push(v);
                        continue;
                    }
                    Err(named) => named,
                };
                match named {
                    Named::Url(url) => {
                        let t = self
                            .url(&url)
                            .map_err(|e| self.resources[index].error_at(&field, format!("`{field}` → {e}")))?;
                        pending.push((out.len(), field, t, Map::new(), false));
                        out.push(Value::Null);
                    }
                    Named::Path { written, extra, latest } => {
                        let dir = r.path.parent().expect("a file has a directory").to_path_buf();
                        let target = normalize(&dir.join(&written));
                        let targets = if is_glob(&written) {
                            if !slot.list {
                                let msg = format!("`{field}`: \"{written}\": a glob can only fill a list");
                                return Err(r.error_at(&field, msg));
                            }
                            let found = glob_paths(&target).map_err(|e| r.error_at(&field, e))?;
                            if found.is_empty() {
                                let msg = format!("`{field}`: \"{written}\" matched nothing on disk");
                                return Err(r.error_at(&field, msg));
                            }
                            found.into_iter().filter(|p| plausibly(p, slot.target)).collect()
                        } else {
                            if let Err(e) = std::fs::metadata(&target) {
                                let msg = format!("`{field}`: \"{written}\": {}: {e}", display_path(&target));
                                return Err(r.error_at(&field, msg));
                            }
                            vec![target]
                        };
                        for target in targets {
                            let r = &self.resources[index];
                            if target == r.path {
                                let msg = format!(
                                    "`{field}`: a resource cannot reference itself by path; write the API's own self-reference form instead"
                                );
                                return Err(r.error_at(&field, msg));
                            }
                            let t = self.file(&target, true)?.ok_or_else(|| {
                                let msg = format!("`{field}`: {} declares no resource", display_path(&target));
                                self.resources[index].error_at(&field, msg)
                            })?;
                            pending.push((out.len(), field.clone(), t, extra.clone(), latest));
                            out.push(Value::Null);
                        }
                    }
                }
            }
            for (at, field, t, extra, latest) in pending {
                let (target_key, target_kind) = (self.resources[t].key.clone(), self.resources[t].kind);
                let r = &mut self.resources[index];
                if target_kind != slot.target {
                    let msg = format!(
                        "`{field}`: {target_key} is a {}, but this field takes a {}",
                        target_kind.name(),
                        slot.target.name()
                    );
                    return Err(r.error_at(&field, msg));
                }
                out[at] = Value::String(target_key.clone());
                r.refs.push(Reference {
                    field: slot.field,
                    index: slot.list.then_some(at),
                    target: target_key,
                    extra,
                    latest,
                });
            }
            let r = &mut self.resources[index];
            let value = if slot.list {
                Value::Array(out)
            } else {
                out.pop().expect("one value")
            };
            *r.body.pointer_mut(&pointer).expect("read above") = value;
        }
        Ok(())
    }
}

/// One entry of a slot: `Ok` when it is sent as it is (an object without `path`) or is an
/// inline id (encoded without a version, and tracked by nobody), else what it names.
fn classify(slot: &Slot, entry: Value, field: &str) -> Result<Result<Value, Named>, String> {
    let (written, mut extra) = match entry {
        Value::String(s) => {
            if let Some(kind) = refs::inline_id_kind(&s) {
                if kind != slot.target {
                    return Err(format!(
                        "`{field}`: \"{s}\" is a {} id, but this field takes a {}",
                        kind.name(),
                        slot.target.name()
                    ));
                }
                return Ok(Ok(refs::encode(slot.target, Value::String(s), None, &Map::new())));
            }
            if s.starts_with("http://") || s.starts_with("https://") {
                if slot.target != Kind::Skill {
                    return Err(format!("`{field}`: \"{s}\": only skills can come from a URL"));
                }
                return Ok(Err(Named::Url(s)));
            }
            (s, Map::new())
        }
        Value::Object(mut o) => match o.remove("path") {
            Some(Value::String(p)) => (p, o),
            Some(_) => return Err(format!("`{field}`.path must be a string")),
            None => return Ok(Ok(Value::Object(o))),
        },
        other => {
            return Err(format!(
                "`{field}`: expected a path, an id or an object, got {}",
                type_name(&other)
            ));
        }
    };
    if written.is_empty() {
        return Err(format!("`{field}`: empty path"));
    }
    let latest = match extra.remove("version") {
        None => false,
        Some(Value::String(v)) if v == "latest" => true,
        Some(_) => return Err(format!("`{field}`.version may only be \"latest\"")),
    };
    match refs::encoded_keys(slot.target) {
        None if !extra.is_empty() || latest => {
            return Err(format!(
                "`{field}`: this field is sent as a bare ID, so it takes no keys besides `path`"
            ));
        }
        Some(keys) => {
            if let Some(k) = keys.iter().find(|k| extra.contains_key(**k)) {
                return Err(format!(
                    "`{field}`: `{k}` is filled in from the referenced file; remove it"
                ));
            }
        }
        None => {}
    }
    Ok(Err(Named::Path { written, extra, latest }))
}

/// Whether a glob's match can be a resource of `kind`: a skill directory (or its manifest), a
/// file that reads as that kind, or a declaration too broken to tell, kept so its error shows.
fn plausibly(path: &Path, kind: Kind) -> bool {
    if kind == Kind::Skill {
        return skill::is_skill_dir(path) || path.file_name().is_some_and(|n| n == skill::MANIFEST);
    }
    if !path.is_file() || extension(path).is_none() {
        return false;
    }
    match read(path, "", false) {
        Ok(Some(r)) => r.kind == kind,
        Ok(None) => false,
        Err(_) => true,
    }
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "a mapping",
    }
}

/// The lockfile key of a path: `./x` below `base`, `../x` outside it.
pub fn key(base: &Path, path: &Path) -> String {
    let base: Vec<_> = base.components().collect();
    let path: Vec<_> = path.components().collect();
    let common = base.iter().zip(&path).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = Vec::new();
    if common == base.len() {
        parts.push(".".into());
    }
    parts.extend(std::iter::repeat_n("..".to_string(), base.len() - common));
    parts.extend(
        path[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    parts.join("/")
}

/// `a/./b/../c` → `a/c`, without touching the file system (keys follow what was written).
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// Reads one file into a resource, or `None` for a walked file that is not a template.
fn read(path: &Path, key: &str, named: bool) -> Result<Option<Resource>, FileError> {
    format_of(path)?;
    let raw = std::fs::read_to_string(path).map_err(|e| whole_file(path, format!("cannot read: {e}")))?;
    let mut resource = from_text(path, key, named, &raw)?;
    if let Some(r) = &mut resource {
        splice_includes(r)?;
    }
    Ok(resource)
}

/// A skill directory as a resource: its `SKILL.md` front matter gives the display name and
/// `name`, its files the payload and the hash.
fn read_skill(dir: &Path, key: &str) -> Result<Resource, FileError> {
    let manifest = skill::manifest(dir)?;
    let text = std::fs::read_to_string(&manifest).map_err(|e| whole_file(&manifest, format!("cannot read: {e}")))?;
    let declared = skill::front_matter(&manifest, &text)?;
    let node = parse(&manifest, declared.yaml, declared.line_offset)?;
    let Value::Object(fields) = node.value.to_value() else {
        let got = type_name(&node.value.to_value());
        return Err(at(
            &manifest,
            node.referenced,
            declared.line_offset,
            format!("expected a mapping, got {got}"),
        ));
    };
    let mut resource = Resource {
        key: key.to_string(),
        path: manifest,
        kind: Kind::Skill,
        body: Value::Null,
        refs: Vec::new(),
        bundle: None,
        pin: None,
        node,
        line_offset: declared.line_offset,
    };
    let body = skill::body(dir, &fields).map_err(|m| resource.error_at("name", m))?;
    resource.bundle = Some(skill::bundle(dir, &body)?);
    resource.body = Value::Object(body);
    Ok(resource)
}

/// An agent's fields whose string entries name data files to splice in (§1.9).
const INCLUDE_FIELDS: [&str; 2] = ["tools", "mcp_servers"];

/// Replaces each string entry of an include field with the elements of the data files it names
/// (relative to the declaring file; a glob keeps the data files it matches, sorted), before
/// references and hashing, so editing a data file changes the resource's hash.
fn splice_includes(r: &mut Resource) -> Result<(), FileError> {
    if r.kind != Kind::Agent {
        return Ok(());
    }
    let dir = r.path.parent().expect("a file has a directory").to_path_buf();
    for field in INCLUDE_FIELDS {
        let Some(Value::Array(entries)) = r.body.get(field) else {
            continue;
        };
        if !entries.iter().any(Value::is_string) {
            continue;
        }
        let mut spliced = Vec::with_capacity(entries.len());
        for (i, entry) in entries.iter().enumerate() {
            let Value::String(written) = entry else {
                spliced.push(entry.clone());
                continue;
            };
            let slot = format!("{field}[{i}]");
            let refuse = |why: String| r.error_at(&slot, format!("`{slot}`: \"{written}\": {why}"));
            if written.starts_with("http://") || written.starts_with("https://") {
                return Err(refuse(
                    "a URL cannot be included; name a .yml, .yaml or .json file".into(),
                ));
            }
            for file in data_files(&dir.join(written)).map_err(refuse)? {
                spliced.extend(read_data_file(&file)?);
            }
        }
        r.body[field] = Value::Array(spliced);
    }
    Ok(())
}

fn is_data_file(path: &Path) -> bool {
    let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    matches!(ext.as_deref(), Some("yml" | "yaml" | "json"))
}

/// The data files an include names: a glob's regular data files, sorted, or the one file a plain
/// path names, which must exist.
fn data_files(target: &Path) -> Result<Vec<PathBuf>, String> {
    let target = normalize(target);
    if is_glob(&target.to_string_lossy()) {
        let found = glob_paths(&target)?;
        return Ok(found.into_iter().filter(|p| p.is_file() && is_data_file(p)).collect());
    }
    let meta = std::fs::metadata(&target).map_err(|e| format!("{}: {e}", display_path(&target)))?;
    if meta.is_dir() {
        return Err("is a directory; name data files (a glob such as tools/*.yaml takes every one)".into());
    }
    if !is_data_file(&target) {
        return Err("unsupported extension (expected .yml, .yaml or .json)".into());
    }
    Ok(vec![target])
}

/// A data file's elements: a mapping is one, a list gives each (each a mapping), an empty file
/// none. A mapping that would be a resource where it sits (directly in `agents/`) is refused.
fn read_data_file(path: &Path) -> Result<Vec<Value>, FileError> {
    let text = std::fs::read_to_string(path).map_err(|e| whole_file(path, format!("cannot read: {e}")))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    if is_blank_yaml(text) {
        return Ok(Vec::new());
    }
    let node = parse(path, text, 0)?;
    let shape_error = |node: &Spanned<Node>, message: String| at(path, node.referenced, 0, message);
    match &node.value {
        Node::Map(_) => {
            let dir = path.parent().and_then(Path::file_name).and_then(|d| d.to_str());
            if let Some(kind) = dir.and_then(|d| d.strip_suffix('s')).and_then(Kind::parse) {
                return Err(shape_error(
                    &node,
                    format!(
                        "a mapping directly in {}s/ is a declaration of the {} kind, not included data; move the file out of that directory",
                        kind.name(),
                        kind.name()
                    ),
                ));
            }
            Ok(vec![node.value.to_value()])
        }
        Node::Seq(items) => items
            .iter()
            .map(|item| match &item.value {
                Node::Map(_) => Ok(item.value.to_value()),
                other => Err(shape_error(
                    item,
                    format!(
                        "each element of an included list must be a mapping, got {}",
                        type_name(&other.to_value())
                    ),
                )),
            })
            .collect(),
        other => Err(shape_error(
            &node,
            format!(
                "an included file holds a mapping or a list of mappings, got {}",
                type_name(&other.to_value())
            ),
        )),
    }
}

fn format_of(path: &Path) -> Result<Format, FileError> {
    extension(path).ok_or_else(|| whole_file(path, "unsupported extension (expected .md, .yml, .yaml or .json)"))
}

/// A file's text as a resource (its kind and field names checked), or `None` for a walked file
/// that is not a template. The file itself is not read: the fuzz target calls this too.
pub(crate) fn from_text(path: &Path, key: &str, named: bool, raw: &str) -> Result<Option<Resource>, FileError> {
    let format = format_of(path)?;
    let text = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    let (yaml, prose, line_offset) = match format {
        Format::Yaml => (text, None, 0),
        Format::Markdown => match split_front_matter(text) {
            FrontMatter::None if named => {
                return Err(whole_file(path, "no front matter: a template opens with a line `---`"));
            }
            FrontMatter::None => return Ok(None),
            FrontMatter::Unclosed => {
                return Err(whole_file(path, "front matter opened with \"---\" but never closed"));
            }
            FrontMatter::Some { yaml, prose, offset } => (yaml, Some(prose), offset),
        },
    };
    let node = parse(path, yaml, line_offset)?;
    let mut entries = match &node.value {
        Node::Map(_) => node.value.to_value().as_object().cloned().unwrap_or_default(),
        Node::Scalar(Value::Null) => Map::new(),
        other => {
            let got = type_name(&other.to_value());
            return Err(at(
                path,
                node.referenced,
                line_offset,
                format!("expected a mapping, got {got}"),
            ));
        }
    };

    // The kind: a `type` field, else the directory the file is in, else a name prefix (§1.4).
    let stem = path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
    let dir = path
        .parent()
        .and_then(Path::file_name)
        .map(|d| d.to_string_lossy().into_owned());
    let mut name_default = stem.clone();
    let kind = if let Some(t) = entries.remove("type") {
        let (_, v) = node.value.entry("type").expect("the key was read");
        match t.as_str().and_then(Kind::parse) {
            Some(k) => k,
            None => {
                let msg = format!("unknown type {t}: this build manages {}", kind_names(" and "));
                return Err(at(path, v.referenced, line_offset, msg));
            }
        }
    } else if let Some(k) = dir.as_deref().and_then(|d| d.strip_suffix('s')).and_then(Kind::parse) {
        k
    } else if let Some(k) = super::KINDS.into_iter().find(|k| stem.starts_with(k.name())) {
        let rest = &stem[k.name().len()..];
        let rest = rest.strip_prefix(['-', '_', '.']).unwrap_or(rest);
        if !rest.is_empty() {
            name_default = rest.to_string();
        }
        k
    } else if named && format == Format::Markdown {
        Kind::Agent
    } else if named {
        let dirs: Vec<String> = super::KINDS.iter().map(|k| format!("{}s/", k.name())).collect();
        return Err(whole_file(
            path,
            format!(
                "cannot tell the kind: put the file in {}, or set `type:` to {}",
                dirs.join(" or "),
                kind_names(" or ")
            ),
        ));
    } else {
        return Ok(None);
    };

    if kind == Kind::Skill {
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let msg = if name.eq_ignore_ascii_case(skill::MANIFEST) {
            format!("the manifest must be spelled SKILL.md, in capitals; found {name}")
        } else {
            "skill resources cannot be declared in a file; a skill is a directory holding SKILL.md".into()
        };
        return Err(whole_file(path, msg));
    }
    let mut resource = Resource {
        key: key.to_string(),
        path: path.to_path_buf(),
        kind,
        body: Value::Null,
        refs: Vec::new(),
        bundle: None,
        pin: None,
        node,
        line_offset,
    };
    if let Some(prose) = prose.map(str::trim).filter(|p| !p.is_empty()) {
        let Some(field) = kind.prose_field() else {
            let msg = format!(
                "a {} has no field for a Markdown body; remove the text after the front matter",
                kind.name()
            );
            return Err(whole_file(path, msg));
        };
        if let Some((k, _)) = resource.node.value.entry(field) {
            let msg = format!("the front matter also sets `{field}`; the Markdown body is the {field}");
            return Err(resource.error(k.referenced, msg));
        }
        let prose = Value::String(prose.to_string());
        let value = if kind == Kind::Deployment {
            // A deployment's prose is what each run says first.
            json!([{"type": "user.message", "content": [{"type": "text", "text": prose}]}])
        } else {
            prose
        };
        entries.insert(field.into(), value);
    }
    if kind.fields().contains(&"name") {
        entries.entry("name").or_insert(Value::String(name_default));
    }
    resource.body = Value::Object(entries);
    Ok(Some(resource))
}

enum FrontMatter<'a> {
    None,
    Unclosed,
    Some { yaml: &'a str, prose: &'a str, offset: u64 },
}

/// The official split (ant-apply.md §1.3): after leading blanks, a `---` line opens; the first
/// later line that is exactly `---` (trailing blanks allowed, leading ones not) closes.
fn split_front_matter(text: &str) -> FrontMatter<'_> {
    let start = text.len() - text.trim_start_matches(['\r', '\n', ' ', '\t']).len();
    let rest = &text[start..];
    let Some(after) = rest.strip_prefix("---") else {
        return FrontMatter::None;
    };
    let line_end = after.find('\n').map_or(after.len(), |i| i + 1);
    if !after[..line_end].trim().is_empty() {
        return FrontMatter::None;
    }
    let yaml_start = start + 3 + line_end;
    let mut pos = yaml_start;
    while pos < text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i + 1);
        if text[pos..end].trim_end_matches([' ', '\t', '\r', '\n']) == "---" {
            let offset = text[..yaml_start].matches('\n').count() as u64;
            return FrontMatter::Some {
                yaml: &text[yaml_start..pos],
                prose: &text[end..],
                offset,
            };
        }
        pos = end;
    }
    FrontMatter::Unclosed
}

/// YAML with nothing but blank lines and comments.
fn is_blank_yaml(yaml: &str) -> bool {
    yaml.lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
}

fn parse(path: &Path, yaml: &str, line_offset: u64) -> Result<Spanned<Node>, FileError> {
    if is_blank_yaml(yaml) {
        let here = serde_saphyr::from_str::<Spanned<Node>>("{}").expect("an empty mapping parses");
        return Ok(here);
    }
    // YAML 1.2 scalars, as the official engine reads them: `on: yes` is the string "yes".
    let yaml_12 = serde_saphyr::options! { strict_booleans: true };
    serde_saphyr::from_str_with_options::<Spanned<Node>>(yaml, yaml_12).map_err(|e| {
        let loc = e.location().unwrap_or(Location::UNKNOWN);
        let message = e.without_snippet().to_string();
        // The library appends the position it knows; the prefix already says it.
        let message = message.split(" at line ").next().unwrap_or(&message).to_string();
        at(path, loc, line_offset, message)
    })
}

/// Top-level fields that the kind's create body does not have, at their place. Only `ant
/// validate` refuses them: `ant apply` sends them as written, as the official engine does, so a
/// field newer than this build reaches the API.
pub fn check_fields(r: &Resource) -> Result<(), FileError> {
    if let Node::Map(fields) = &r.node.value {
        for (k, _) in fields {
            if k.value != "type" && !r.kind.fields().contains(&k.value.as_str()) {
                let msg = format!(
                    "unknown field `{}` for the {} kind; expected one of: {}",
                    k.value,
                    r.kind.name(),
                    r.kind.fields().join(", ")
                );
                return Err(r.error(k.referenced, msg));
            }
        }
    }
    Ok(())
}

/// Two resources of one kind with the same `name` would be two API objects nobody can tell
/// apart in `ant agents list` (the official engine allows it; we refuse).
fn check_names(resources: &[Resource]) -> Result<(), FileError> {
    let mut seen: HashMap<(Kind, String), &str> = HashMap::new();
    let mut sorted: Vec<&Resource> = resources.iter().collect();
    sorted.sort_by(|a, b| a.key.cmp(&b.key));
    for r in sorted {
        let Some(name) = r.body.get("name").and_then(Value::as_str) else {
            continue;
        };
        if let Some(first) = seen.insert((r.kind, name.to_string()), &r.key) {
            let msg = format!(
                "{} name \"{name}\" is already used by {first}; give one of them another `name`",
                r.kind.name()
            );
            return Err(r.error_at("name", msg));
        }
    }
    Ok(())
}

/// Dependencies before dependents; among independent resources, kind rank then key. A cycle is
/// refused with its files in order.
fn order(resources: Vec<Resource>) -> Result<Vec<Resource>, FileError> {
    let index: HashMap<&str, usize> = resources.iter().enumerate().map(|(i, r)| (r.key.as_str(), i)).collect();
    let mut waiting: Vec<usize> = vec![0; resources.len()];
    let mut dependents: Vec<Vec<usize>> = vec![Vec::new(); resources.len()];
    for (i, r) in resources.iter().enumerate() {
        let deps: BTreeSet<usize> = r.refs.iter().map(|x| index[x.target.as_str()]).collect();
        waiting[i] = deps.len();
        for d in deps {
            dependents[d].push(i);
        }
    }
    let rank = |i: usize| (resources[i].kind, resources[i].key.clone());
    let mut ready: BTreeMap<(Kind, String), usize> = (0..resources.len())
        .filter(|&i| waiting[i] == 0)
        .map(|i| (rank(i), i))
        .collect();
    let mut out = Vec::with_capacity(resources.len());
    while let Some((_, i)) = ready.pop_first() {
        out.push(i);
        for &d in &dependents[i] {
            waiting[d] -= 1;
            if waiting[d] == 0 {
                ready.insert(rank(d), d);
            }
        }
    }
    if out.len() < resources.len() {
        return Err(cycle(&resources, &index, &waiting));
    }
    let mut slots: Vec<Option<Resource>> = resources.into_iter().map(Some).collect();
    Ok(out.into_iter().map(|i| slots[i].take().expect("each once")).collect())
}

/// Walks references from a resource left waiting until one repeats: that loop is the cycle.
fn cycle(resources: &[Resource], index: &HashMap<&str, usize>, waiting: &[usize]) -> FileError {
    let mut start = (0..resources.len())
        .filter(|&i| waiting[i] > 0)
        .min_by_key(|&i| &resources[i].key)
        .expect("a cycle leaves resources waiting");
    let mut path = vec![start];
    loop {
        let r = &resources[start];
        let next = r
            .refs
            .iter()
            .map(|x| index[x.target.as_str()])
            .find(|&t| waiting[t] > 0)
            .expect("a waiting resource waits on another");
        if let Some(pos) = path.iter().position(|&p| p == next) {
            let loop_ = &path[pos..];
            let mut names: Vec<&str> = loop_.iter().map(|&i| resources[i].key.as_str()).collect();
            names.push(&resources[next].key);
            let first = &resources[loop_[0]];
            let second = &resources[*loop_.get(1).unwrap_or(&loop_[0])].key;
            let field = first
                .refs
                .iter()
                .find(|x| &x.target == second)
                .map(|x| match x.index {
                    Some(i) => format!("{}[{i}]", x.field),
                    None => x.field.to_string(),
                })
                .unwrap_or_default();
            return first.error_at(&field, format!("reference cycle: {}", names.join(" → ")));
        }
        path.push(next);
        start = next;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, rel: &str, text: &str) {
        let p = dir.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    #[test]
    fn the_worked_example_loads_into_the_documented_body() {
        let d = tempfile::tempdir().unwrap();
        write(
            d.path(),
            "agents/reviewer.md",
            "---\nmodel: claude-sonnet-4-6\ntools: [{type: agent_toolset_20260401}]\n---\nYou review pull requests. Be direct.\n",
        );
        let r = load(&[d.path().to_path_buf()], d.path()).unwrap();
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].key, "./agents/reviewer.md");
        assert_eq!(
            super::super::canon::hash(&r[0].body),
            "b6153119cd3a54fc895e6051bd7c88da"
        );
    }

    #[test]
    fn front_matter_fences_follow_the_official_rules() {
        assert!(matches!(split_front_matter("# title\n"), FrontMatter::None));
        assert!(matches!(split_front_matter("--- x\na: 1\n---\n"), FrontMatter::None));
        assert!(matches!(split_front_matter("---\na: 1\n"), FrontMatter::Unclosed));
        let FrontMatter::Some { yaml, prose, offset } = split_front_matter("\n---\na: |\n  ---\n---  \nbody\n---\n")
        else {
            panic!("front matter expected")
        };
        assert_eq!((yaml, prose, offset), ("a: |\n  ---\n", "body\n---\n", 2));
    }

    #[test]
    fn scalars_are_read_as_yaml_1_2() {
        let d = tempfile::tempdir().unwrap();
        write(
            d.path(),
            "agents/a.yaml",
            "model: x\nmetadata: {on: yes, y: n, off: False, t: true}\n",
        );
        let r = load(&[d.path().join("agents/a.yaml")], d.path()).unwrap();
        assert_eq!(
            r[0].body["metadata"],
            serde_json::json!({"on": "yes", "y": "n", "off": false, "t": true})
        );
    }

    #[test]
    fn keys_are_relative_to_the_lockfile_directory() {
        assert_eq!(key(Path::new("/r"), Path::new("/r/agents/a.md")), "./agents/a.md");
        assert_eq!(key(Path::new("/r/sub"), Path::new("/r/agents/a.md")), "../agents/a.md");
    }

    #[test]
    fn a_quoted_glob_argument_is_expanded_and_one_that_matches_nothing_is_refused() {
        let d = tempfile::tempdir().unwrap();
        write(d.path(), "agents/b.md", "---\nmodel: x\n---\nhi\n");
        write(d.path(), "agents/a.md", "---\nmodel: x\n---\nhi\n");
        write(d.path(), "agents/notes.txt", "not a template");
        let r = load(&[d.path().join("agents/*.md")], d.path()).unwrap();
        let keys: Vec<&str> = r.iter().map(|r| r.key.as_str()).collect();
        assert_eq!(keys, ["./agents/a.md", "./agents/b.md"]);
        let e = load(&[PathBuf::from("no-such-dir/*.yaml")], d.path()).unwrap_err();
        assert_eq!(
            (e.file.as_str(), e.message.as_str()),
            ("no-such-dir/*.yaml", "no files match")
        );
    }

    #[test]
    fn includes_splice_data_files_into_tools_and_mcp_servers_before_hashing() {
        let d = tempfile::tempdir().unwrap();
        write(
            d.path(),
            "agents/a.md",
            "---\nmodel: x\ntools: [{type: agent_toolset_20260401}, ../tools/*.yaml]\nmcp_servers: [../mcp.json]\n---\nhi\n",
        );
        write(
            d.path(),
            "tools/b.yaml",
            "- {type: custom, name: two}\n- {type: custom, name: three}\n",
        );
        write(d.path(), "tools/a.yaml", "type: custom\nname: one\n");
        write(d.path(), "tools/empty.yaml", "# nothing yet\n");
        write(d.path(), "tools/readme.md", "not data");
        write(
            d.path(),
            "mcp.json",
            r#"{"type": "url", "name": "docs", "url": "https://example.com/mcp"}"#,
        );
        let r = load(&[d.path().join("agents/a.md")], d.path()).unwrap();
        let names: Vec<&str> = r[0].body["tools"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["name"].as_str().unwrap_or("toolset"))
            .collect();
        assert_eq!(names, ["toolset", "one", "two", "three"]);
        assert_eq!(r[0].body["mcp_servers"][0]["name"], "docs");
        let before = super::super::canon::hash(&r[0].body);
        write(d.path(), "tools/a.yaml", "type: custom\nname: uno\n");
        let r = load(&[d.path().join("agents/a.md")], d.path()).unwrap();
        assert_ne!(
            super::super::canon::hash(&r[0].body),
            before,
            "a data file's edit changes the hash"
        );

        // Bad includes: each one line at the entry that names it, or at the data file's place.
        let cases = [
            ("[missing.yaml]", "agents/c.md", 2, "`tools[0]`: \"missing.yaml\": "),
            (
                "[../tools]",
                "agents/c.md",
                2,
                "`tools[0]`: \"../tools\": is a directory",
            ),
            (
                "[https://example.com/t.yaml]",
                "agents/c.md",
                2,
                "`tools[0]`: \"https://example.com/t.yaml\": a URL",
            ),
            (
                "[../bad/list.yaml]",
                "bad/list.yaml",
                2,
                "each element of an included list must be a mapping",
            ),
            (
                "[a.yaml]",
                "agents/a.yaml",
                1,
                "a mapping directly in agents/ is a declaration of the agent kind",
            ),
        ];
        write(d.path(), "bad/list.yaml", "- {type: custom}\n- plain\n");
        write(d.path(), "agents/a.yaml", "type: custom\nname: x\n");
        for (tools, file, line, message) in cases {
            write(d.path(), "agents/c.md", &format!("---\ntools: {tools}\n---\nhi\n"));
            let e = load(&[d.path().join("agents/c.md")], d.path()).unwrap_err();
            assert!(
                e.file.ends_with(file) && e.line == line && e.message.starts_with(message),
                "{tools}: {e}"
            );
        }
    }

    #[test]
    fn every_kind_loads_with_its_references_in_dependency_order() {
        let d = tempfile::tempdir().unwrap();
        write(
            d.path(),
            "skills/pr-writer/SKILL.md",
            "---\nname: pr-writer\ndescription: Writes PRs.\n---\nBody.\n",
        );
        write(d.path(), "skills/pr-writer/scripts/a.py", "print(1)\n");
        write(d.path(), "environments/prod.yaml", "config: {type: cloud}\n");
        write(d.path(), "memory_stores/notes.md", "---\n---\nTeam notes.\n");
        write(
            d.path(),
            "agents/lead.md",
            "---\nmodel: m\nskills: [../skills/pr-writer, {path: ../skills/pr-writer/SKILL.md, version: latest}, skill_011CZkYpogX7uDKUyvBTophP]\nmultiagent: {type: coordinator, agents: [\"helpers/*\", {type: self}]}\n---\nLead.\n",
        );
        write(d.path(), "agents/helpers/b.md", "---\ntype: agent\nmodel: m\n---\nB.\n");
        write(d.path(), "agents/helpers/a.md", "---\ntype: agent\nmodel: m\n---\nA.\n");
        write(d.path(), "agents/helpers/notes.md", "# just notes\n");
        write(
            d.path(),
            "deployments/daily.md",
            "---\nagent: ../agents/lead.md\nenvironment_id: ../environments/prod.yaml\nresources: [{path: ../memory_stores/notes.md, access: read_only}]\nschedule: {type: cron, expression: '0 9 * * *', timezone: Europe/Paris}\n---\nSummarize the day.\n",
        );
        let r = load(&[d.path().join("deployments/daily.md")], d.path()).unwrap();
        let keys: Vec<&str> = r.iter().map(|r| r.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "./skills/pr-writer",
                "./environments/prod.yaml",
                "./memory_stores/notes.md",
                "./agents/helpers/a.md",
                "./agents/helpers/b.md",
                "./agents/lead.md",
                "./deployments/daily.md"
            ],
            "referenced kinds first, the skill loaded once"
        );
        let lead = &r[5];
        assert_eq!(
            lead.body["skills"][2],
            json!({"type": "custom", "skill_id": "skill_011CZkYpogX7uDKUyvBTophP"})
        );
        assert_eq!(
            lead.body["multiagent"]["agents"][2],
            json!({"type": "self"}),
            "a glob expands in place"
        );
        let slots: Vec<(&str, Option<usize>, &str, bool)> = lead
            .refs
            .iter()
            .map(|x| (x.field, x.index, x.target.as_str(), x.latest))
            .collect();
        assert_eq!(
            slots,
            [
                ("skills", Some(0), "./skills/pr-writer", false),
                ("skills", Some(1), "./skills/pr-writer", true),
                ("multiagent.agents", Some(0), "./agents/helpers/a.md", false),
                ("multiagent.agents", Some(1), "./agents/helpers/b.md", false),
            ]
        );
        let daily = &r[6];
        assert_eq!(daily.body["name"], "daily");
        assert_eq!(
            daily.body["initial_events"],
            json!([{"type": "user.message", "content": [{"type": "text", "text": "Summarize the day."}]}])
        );
        assert_eq!(
            daily.refs[2].extra,
            json!({"access": "read_only"}).as_object().unwrap().clone()
        );
        assert_eq!(r[0].bundle.as_ref().unwrap().files.len(), 2);

        // Bad references: each one line at the entry.
        let cases = [
            ("environment_id: {path: ../environments/prod.yaml, x: 1}", "bare ID"),
            (
                "agent: ../environments/prod.yaml",
                "is a environment, but this field takes a agent",
            ),
            ("resources: [\"../memory_stores/*.yaml\"]", "matched nothing on disk"),
            (
                "agent: agent_011CZkYpogX7uDKUyvBTophP\nenvironment_id: memstore_011CZkYpogX7uDKUyvBTophP",
                "is a memory_store id",
            ),
            (
                "resources: [{path: ../memory_stores/notes.md, memory_store_id: x}]",
                "`memory_store_id` is filled in",
            ),
            ("agent: {path: ../agents/lead.md, version: 3}", "may only be \"latest\""),
            ("agent: https://github.com/o/r", "only skills can come from a URL"),
        ];
        for (yaml, says) in cases {
            write(d.path(), "deployments/bad.md", &format!("---\n{yaml}\n---\nGo.\n"));
            let e = load(&[d.path().join("deployments/bad.md")], d.path()).unwrap_err();
            assert!(
                e.file.ends_with("deployments/bad.md") && e.line >= 2 && e.message.contains(says),
                "{yaml}: {e}"
            );
        }
        write(d.path(), "skills/broken/skill.md", "---\nname: broken\n---\n");
        let e = load(&[d.path().join("skills/broken")], d.path()).unwrap_err();
        assert!(e.message.contains("must be spelled SKILL.md"), "{e}");
    }

    #[test]
    fn errors_name_the_file_line_and_column() {
        let d = tempfile::tempdir().unwrap();
        write(d.path(), "agents/a.md", "---\nmodel: x\nmodle: z\n---\nhi\n");
        let r = load(&[d.path().join("agents/a.md")], d.path()).unwrap();
        assert_eq!(r[0].body["modle"], "z", "sent as written");
        let e = check_fields(&r[0]).unwrap_err();
        assert_eq!((e.line, e.column), (3, 1), "{e}");
        assert!(e.message.starts_with("unknown field `modle`"), "{e}");

        write(d.path(), "agents/b.yaml", "name: b\nmodel: [unclosed\n");
        let e = load(&[d.path().join("agents/b.yaml")], d.path()).unwrap_err();
        assert!(e.file.ends_with("agents/b.yaml") && e.line >= 2, "{e}");
    }
}
