//! A JSON value as a tree of collapsible nodes, and the rows it shows: each open object or array
//! shows its members one level deeper, a closed one a one-line preview. Key order is the
//! server's, as in every other format.

/// Strings longer than this are cut with `…` inside previews.
const PREVIEW_STRING: usize = 24;
/// A collapsed object's preview stops after this many characters.
const PREVIEW_WIDTH: usize = 100;

pub struct Tree {
    root: Node,
    rows: Vec<Row>,
}

pub struct Node {
    key: Key,
    kind: Kind,
    open: bool,
    /// The one-line preview shown while closed (see [`preview`]), made once: a container's
    /// members are not walked again at every frame.
    preview: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Key {
    Root,
    Field(String),
    Index(usize),
}

enum Kind {
    /// A string, number, boolean or null, as its JSON text.
    Scalar(String),
    Object(Vec<Node>),
    Array(Vec<Node>),
}

/// One shown row: the node at `path` (child positions from the root), `depth` levels in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub path: Vec<usize>,
    pub depth: usize,
}

/// What a row says, in parts a renderer can style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowText {
    pub depth: usize,
    /// `▾` open, `▸` closed, or a space for a leaf.
    pub marker: char,
    /// The field name or `[index]`; `None` for the root.
    pub label: Option<String>,
    pub value: String,
    pub kind: ValueKind,
}

/// The kind of a shown value, for its colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    String,
    Number,
    Literal,
    Container,
}

impl Tree {
    /// The tree of `json` (valid JSON, nested no deeper than the client accepts), its root open
    /// and everything below it closed.
    pub fn parse(json: &str) -> Self {
        let mut root = Node::parse(Key::Root, &gjson::parse(json));
        root.open = true;
        let mut tree = Self { root, rows: Vec::new() };
        tree.reflow();
        tree
    }

    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    pub fn node(&self, path: &[usize]) -> &Node {
        path.iter().fold(&self.root, |node, &i| &node.children()[i])
    }

    fn node_mut(&mut self, path: &[usize]) -> &mut Node {
        path.iter().fold(&mut self.root, |node, &i| &mut node.children_mut()[i])
    }

    /// The node shown at `row` (the root when there is no such row).
    pub fn node_at(&self, row: usize) -> &Node {
        self.rows.get(row).map_or(&self.root, |r| self.node(&r.path))
    }

    /// Opens or closes the node at `row`; false when it has no members to show.
    pub fn toggle(&mut self, row: usize) -> bool {
        let open = self.node_at(row).open;
        self.set_open(row, !open)
    }

    /// Opens (or closes) the node at `row`; false when nothing changed.
    pub fn set_open(&mut self, row: usize, open: bool) -> bool {
        let Some(path) = self.rows.get(row).map(|r| r.path.clone()) else {
            return false;
        };
        let node = self.node_mut(&path);
        if node.children().is_empty() || node.open == open {
            return false;
        }
        node.open = open;
        self.reflow();
        true
    }

    /// The row of the node holding the one at `row`, if it is shown.
    pub fn parent_row(&self, row: usize) -> Option<usize> {
        let path = &self.rows.get(row)?.path;
        let parent = path.split_last()?.1;
        self.rows[..row].iter().rposition(|r| r.path == parent)
    }

    pub fn text(&self, row: usize) -> RowText {
        let r = &self.rows[row];
        let node = self.node(&r.path);
        let marker = match (node.children().is_empty(), node.open) {
            (true, _) => ' ',
            (false, true) => '▾',
            (false, false) => '▸',
        };
        let label = match &node.key {
            Key::Root => None,
            Key::Field(name) => Some(name.clone()),
            Key::Index(i) => Some(format!("[{i}]")),
        };
        let value = match (&node.kind, node.open) {
            (Kind::Scalar(json), _) => json.clone(),
            (Kind::Object(members), true) if !members.is_empty() => count(members.len(), "key"),
            (Kind::Array(members), true) if !members.is_empty() => count(members.len(), "item"),
            _ => node.preview.clone(),
        };
        RowText {
            depth: r.depth,
            marker,
            label,
            value,
            kind: node.value_kind(),
        }
    }

    /// Rebuilds the shown rows after a node opened or closed. The root's members are the first
    /// level; a root with none (a scalar, `{}`) is one row of its own.
    fn reflow(&mut self) {
        let mut rows = Vec::new();
        if self.root.children().is_empty() {
            rows.push(Row {
                path: Vec::new(),
                depth: 0,
            });
        } else {
            let mut path = Vec::new();
            push_rows(&self.root, &mut path, 0, &mut rows);
        }
        self.rows = rows;
    }
}

/// The rows of `node`'s members, and theirs where open.
fn push_rows(node: &Node, path: &mut Vec<usize>, depth: usize, rows: &mut Vec<Row>) {
    for (i, child) in node.children().iter().enumerate() {
        path.push(i);
        rows.push(Row {
            path: path.clone(),
            depth,
        });
        if child.open {
            push_rows(child, path, depth + 1, rows);
        }
        path.pop();
    }
}

fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

impl Node {
    fn parse(key: Key, value: &gjson::Value) -> Self {
        let kind = match value.kind() {
            gjson::Kind::Object => {
                let mut members = Vec::new();
                value.each(|k, v| {
                    members.push(Node::parse(Key::Field(k.str().to_string()), &v));
                    true
                });
                Kind::Object(members)
            }
            gjson::Kind::Array => Kind::Array(
                value
                    .array()
                    .iter()
                    .enumerate()
                    .map(|(i, v)| Node::parse(Key::Index(i), v))
                    .collect(),
            ),
            _ => Kind::Scalar(value.json().to_string()),
        };
        let preview = match kind {
            Kind::Scalar(_) => String::new(),
            _ => preview(value),
        };
        Self {
            key,
            kind,
            open: false,
            preview,
        }
    }

    pub fn key(&self) -> &Key {
        &self.key
    }

    fn children(&self) -> &[Node] {
        match &self.kind {
            Kind::Object(members) | Kind::Array(members) => members,
            Kind::Scalar(_) => &[],
        }
    }

    fn children_mut(&mut self) -> &mut [Node] {
        match &mut self.kind {
            Kind::Object(members) | Kind::Array(members) => members,
            Kind::Scalar(_) => &mut [],
        }
    }

    /// The node's value as compact JSON, keys in their order.
    pub fn json(&self) -> String {
        match &self.kind {
            Kind::Scalar(json) => json.clone(),
            Kind::Array(members) => {
                let items: Vec<String> = members.iter().map(Node::json).collect();
                format!("[{}]", items.join(","))
            }
            Kind::Object(members) => {
                let fields: Vec<String> = members
                    .iter()
                    .map(|m| {
                        let Key::Field(name) = &m.key else {
                            unreachable!("an object's members have names")
                        };
                        format!("{}:{}", serde_json::Value::from(name.as_str()), m.json())
                    })
                    .collect();
                format!("{{{}}}", fields.join(","))
            }
        }
    }

    /// The string this node holds, when it is a string.
    pub fn string(&self) -> Option<String> {
        match &self.kind {
            Kind::Scalar(json) if json.starts_with('"') => serde_json::from_str(json).ok(),
            _ => None,
        }
    }

    fn value_kind(&self) -> ValueKind {
        match &self.kind {
            Kind::Scalar(json) if json.starts_with('"') => ValueKind::String,
            Kind::Scalar(json) if matches!(json.as_str(), "true" | "false" | "null") => ValueKind::Literal,
            Kind::Scalar(_) => ValueKind::Number,
            _ => ValueKind::Container,
        }
    }
}

/// A one-line preview of a value: strings shortened, members of an object listed by name with
/// their scalars, nested containers as `{…}` and `[…]`, arrays by their length.
pub fn preview(value: &gjson::Value) -> String {
    match value.kind() {
        gjson::Kind::Object => {
            let mut text = String::from("{");
            let mut first = true;
            value.each(|k, v| {
                if text.chars().count() >= PREVIEW_WIDTH {
                    text.push_str(", …");
                    return false;
                }
                if !first {
                    text.push_str(", ");
                }
                first = false;
                let shown = match v.kind() {
                    gjson::Kind::Object => "{…}".to_string(),
                    gjson::Kind::Array => "[…]".to_string(),
                    _ => short(&v),
                };
                text.push_str(&format!("{}: {shown}", k.str()));
                true
            });
            text.push('}');
            text
        }
        gjson::Kind::Array => match value.array().len() {
            0 => "[]".to_string(),
            n => format!("[{}]", count(n, "item")),
        },
        _ => short(value),
    }
}

/// A scalar as JSON, a long string cut with `…`.
fn short(value: &gjson::Value) -> String {
    if value.kind() == gjson::Kind::String && value.str().chars().count() > PREVIEW_STRING {
        let cut: String = value.str().chars().take(PREVIEW_STRING).collect();
        let quoted = serde_json::Value::from(cut).to_string();
        format!("{}…\"", &quoted[..quoted.len() - 1])
    } else {
        value.json().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AGENT: &str = r#"{"id":"agent_1","name":"n","model":{"id":"claude-sonnet-4-6","speed":"standard"},"tools":[{"type":"bash"},{"type":"read"}],"metadata":{},"version":2,"archived_at":null}"#;

    fn shown(tree: &Tree) -> Vec<String> {
        (0..tree.rows().len())
            .map(|i| {
                let t = tree.text(i);
                let label = t.label.map(|l| format!("{l}: ")).unwrap_or_default();
                format!("{}{} {label}{}", "  ".repeat(t.depth), t.marker, t.value)
            })
            .collect()
    }

    #[test]
    fn a_value_opens_one_level_with_previews_of_the_rest() {
        let tree = Tree::parse(AGENT);
        assert_eq!(
            shown(&tree),
            [
                r#"  id: "agent_1""#,
                r#"  name: "n""#,
                r#"▸ model: {id: "claude-sonnet-4-6", speed: "standard"}"#,
                "▸ tools: [2 items]",
                "  metadata: {}",
                "  version: 2",
                "  archived_at: null",
            ]
        );
    }

    #[test]
    fn opening_and_closing_flattens_the_members_in_order() {
        let mut tree = Tree::parse(AGENT);
        assert!(tree.toggle(3), "tools opens");
        assert!(tree.set_open(4, true), "tools[0] opens");
        assert_eq!(
            shown(&tree)[3..7],
            [
                "▾ tools: 2 items",
                "  ▾ [0]: 1 key",
                r#"      type: "bash""#,
                r#"  ▸ [1]: {type: "read"}"#,
            ]
        );
        assert_eq!(tree.rows()[5].path, vec![3, 0, 0]);
        assert_eq!(tree.parent_row(5), Some(4));
        assert_eq!(tree.parent_row(4), Some(3));
        assert_eq!(tree.parent_row(3), None, "a first-level row has no shown parent");
        // Leaves and empty containers do not open.
        assert!(!tree.toggle(0));
        assert!(!tree.toggle(tree.rows().iter().position(|r| r.path == [4]).unwrap()));
        assert!(tree.toggle(3), "tools closes, taking its open members out of view");
        assert_eq!(tree.rows().len(), 7);
        assert!(tree.toggle(3));
        assert_eq!(tree.rows().len(), 10, "tools[0] stayed open inside");
    }

    #[test]
    fn a_node_gives_back_its_json_in_order() {
        let tree = Tree::parse(AGENT);
        assert_eq!(tree.node(&[]).json(), AGENT);
        assert_eq!(
            tree.node_at(2).json(),
            r#"{"id":"claude-sonnet-4-6","speed":"standard"}"#
        );
        let quoted = Tree::parse(r#"{"a\"b":"x\ny"}"#);
        assert_eq!(quoted.node(&[]).json(), r#"{"a\"b":"x\ny"}"#);
        assert_eq!(quoted.node_at(0).string().as_deref(), Some("x\ny"));
        assert_eq!(quoted.node_at(0).key(), &Key::Field("a\"b".into()));
    }

    #[test]
    fn scalars_and_empty_values_are_one_row() {
        for (json, value) in [("\"text\"", "\"text\""), ("12", "12"), ("{}", "{}"), ("[]", "[]")] {
            let tree = Tree::parse(json);
            assert_eq!(tree.rows().len(), 1);
            let t = tree.text(0);
            assert_eq!((t.label, t.value.as_str(), t.marker), (None, value, ' '));
        }
    }

    #[test]
    fn previews_shorten_long_strings_and_long_objects() {
        let long = format!(r#"{{"s":"{}"}}"#, "x".repeat(40));
        assert_eq!(preview(&gjson::parse(&long)), format!("{{s: \"{}…\"}}", "x".repeat(24)));
        let wide: String = (0..40)
            .map(|i| format!(r#""key{i}":{i}"#))
            .collect::<Vec<_>>()
            .join(",");
        let text = preview(&gjson::parse(&format!("{{{wide}}}")));
        assert!(
            text.ends_with(", …}") && text.chars().count() < PREVIEW_WIDTH + 20,
            "{text}"
        );
        assert_eq!(preview(&gjson::parse("[1]")), "[1 item]");
    }
}
