//! A YAML document as a tree that keeps where each key and value was written, so every error
//! about a template can name its file, line and column.

use serde::Deserialize;
use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use serde_saphyr::{Location, Spanned};

#[derive(Debug)]
pub enum Node {
    Map(Vec<(Spanned<String>, Spanned<Node>)>),
    Seq(Vec<Spanned<Node>>),
    Scalar(Value),
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Node, E> {
        Ok(Node::Scalar(Value::Bool(v)))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Node, E> {
        Ok(Node::Scalar(Value::Number(v.into())))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Node, E> {
        Ok(Node::Scalar(Value::Number(v.into())))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Node, E> {
        // JSON has no NaN or infinity, and neither does a request body.
        Number::from_f64(v)
            .map(|n| Node::Scalar(Value::Number(n)))
            .ok_or_else(|| E::custom(format!("{v} cannot be sent as JSON")))
    }
    fn visit_str<E>(self, v: &str) -> Result<Node, E> {
        Ok(Node::Scalar(Value::String(v.to_string())))
    }
    fn visit_string<E>(self, v: String) -> Result<Node, E> {
        Ok(Node::Scalar(Value::String(v)))
    }
    fn visit_unit<E>(self) -> Result<Node, E> {
        Ok(Node::Scalar(Value::Null))
    }
    fn visit_none<E>(self) -> Result<Node, E> {
        Ok(Node::Scalar(Value::Null))
    }
    fn visit_some<D: de::Deserializer<'de>>(self, d: D) -> Result<Node, D::Error> {
        Node::deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Spanned<Node>>()? {
            items.push(item);
        }
        Ok(Node::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<Spanned<String>>()? {
            let value = map.next_value::<Spanned<Node>>()?;
            entries.push((key, value));
        }
        Ok(Node::Map(entries))
    }
}

impl Node {
    pub fn to_value(&self) -> Value {
        match self {
            Node::Scalar(v) => v.clone(),
            Node::Seq(items) => Value::Array(items.iter().map(|i| i.value.to_value()).collect()),
            Node::Map(entries) => Value::Object(
                entries
                    .iter()
                    .map(|(k, v)| (k.value.clone(), v.value.to_value()))
                    .collect::<Map<_, _>>(),
            ),
        }
    }

    /// The entry `key` of a mapping: where the key was written, and its value.
    pub fn entry(&self, key: &str) -> Option<(&Spanned<String>, &Spanned<Node>)> {
        match self {
            Node::Map(entries) => entries.iter().rev().find(|(k, _)| k.value == key).map(|(k, v)| (k, v)),
            _ => None,
        }
    }

    /// Where the value at an API error path (`tools[0].configs[1].name`) was written: the
    /// deepest part of the path that exists in the file.
    pub fn locate(&self, path: &str, mut best: Location) -> Location {
        let mut node = self;
        for seg in path_segments(path) {
            let next = match (&seg, node) {
                (Seg::Key(k), Node::Map(_)) => node.entry(k).map(|(key, v)| (key.referenced, v)),
                (Seg::Index(i), Node::Seq(items)) => items.get(*i).map(|v| (v.referenced, v)),
                _ => None,
            };
            match next {
                Some((at, v)) => {
                    best = if matches!(v.value, Node::Scalar(_)) {
                        v.referenced
                    } else {
                        at
                    };
                    node = &v.value;
                }
                None => break,
            }
        }
        best
    }
}

enum Seg {
    Key(String),
    Index(usize),
}

fn path_segments(path: &str) -> Vec<Seg> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let mut rest = part;
        if let Some(open) = rest.find('[') {
            if open > 0 {
                out.push(Seg::Key(rest[..open].to_string()));
            }
            rest = &rest[open..];
            while let Some(stripped) = rest.strip_prefix('[') {
                let Some(close) = stripped.find(']') else { break };
                if let Ok(i) = stripped[..close].parse() {
                    out.push(Seg::Index(i));
                }
                rest = &stripped[close + 1..];
            }
        } else if !rest.is_empty() {
            out.push(Seg::Key(rest.to_string()));
        }
    }
    out
}
