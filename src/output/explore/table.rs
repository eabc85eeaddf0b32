//! The rows of a list or a stream: which columns to show and what each cell says.

use ratatui::text::Span;

use super::tree::preview;

/// Objects with at most this many fields show all of them; wider ones show the [`PREFERRED`]
/// fields they have.
const MAX_COLUMNS: usize = 6;
/// The fields that say what an API object is, in the order they are shown.
const PREFERRED: [&str; 8] = [
    "id",
    "type",
    "name",
    "title",
    "status",
    "content",
    "processed_at",
    "created_at",
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Column {
    /// A top-level field of each item.
    Field(String),
    /// The whole item, for items that are not objects (`--transform id`).
    Value,
}

impl Column {
    pub fn title(&self) -> &str {
        match self {
            Column::Field(name) => name,
            Column::Value => "value",
        }
    }
}

/// The items loaded so far, each with its cells under the current columns.
#[derive(Default)]
pub struct Table {
    items: Vec<String>,
    /// Field names in order of first appearance across the items.
    fields: Vec<String>,
    /// The distinct `type` values seen, up to two: one shared `type` says nothing.
    types: Vec<String>,
    /// Whether an item is not an object: then each row shows its whole item.
    any_non_object: bool,
    columns: Vec<Column>,
    cells: Vec<Vec<String>>,
    /// The widest cell of each column, in terminal cells.
    widths: Vec<usize>,
}

impl Table {
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn item(&self, row: usize) -> Option<&str> {
        self.items.get(row).map(String::as_str)
    }

    pub fn columns(&self) -> &[Column] {
        &self.columns
    }

    pub fn cells(&self, row: usize) -> &[String] {
        &self.cells[row]
    }

    /// The widest cell of column `i` so far, in terminal cells.
    pub fn column_width(&self, i: usize) -> usize {
        self.widths.get(i).copied().unwrap_or(0)
    }

    /// Adds items (each one's JSON); the columns are chosen again over everything loaded, and
    /// cells are remade only when they change.
    pub fn extend(&mut self, items: impl IntoIterator<Item = String>) {
        let first = self.items.len();
        for item in items {
            let value = gjson::parse(&item);
            self.any_non_object |= value.kind() != gjson::Kind::Object;
            value.each(|k, _| {
                if !self.fields.iter().any(|f| f == k.str()) {
                    self.fields.push(k.str().to_string());
                }
                true
            });
            let kind = value.get("type");
            if kind.kind() == gjson::Kind::String && self.types.len() < 2 && !self.types.iter().any(|t| t == kind.str())
            {
                self.types.push(kind.str().to_string());
            }
            self.items.push(item);
        }
        let columns = self.choose_columns();
        let from = if columns == self.columns { first } else { 0 };
        if from == 0 {
            self.widths = vec![0; columns.len()];
        }
        self.columns = columns;
        self.cells.truncate(from);
        for item in &self.items[from..] {
            let value = gjson::parse(item);
            let cells: Vec<String> = self.columns.iter().map(|c| cell_of(&value, c)).collect();
            for (width, cell) in self.widths.iter_mut().zip(&cells) {
                *width = (*width).max(Span::raw(cell.as_str()).width());
            }
            self.cells.push(cells);
        }
    }

    /// All fields of narrow objects; the [`PREFERRED`] fields of wide ones (`type` only when it
    /// tells the items apart), else their first fields; the whole value for anything else.
    fn choose_columns(&self) -> Vec<Column> {
        if self.any_non_object {
            return vec![Column::Value];
        }
        let named = |names: &mut dyn Iterator<Item = &str>| names.map(|n| Column::Field(n.to_string())).collect();
        if self.fields.len() <= MAX_COLUMNS {
            return named(&mut self.fields.iter().map(String::as_str));
        }
        let uniform_type = self.items.len() > 1 && self.types.len() == 1;
        let preferred: Vec<Column> = named(
            &mut PREFERRED
                .into_iter()
                .filter(|p| self.fields.iter().any(|f| f == p))
                .filter(|p| !(uniform_type && *p == "type")),
        );
        if preferred.is_empty() {
            named(&mut self.fields.iter().take(MAX_COLUMNS).map(String::as_str))
        } else {
            preferred
        }
    }
}

/// What a cell shows of `item` under `column`: strings as they are (on one line), text blocks
/// by their text, other values as previews.
fn cell_of(item: &gjson::Value, column: &Column) -> String {
    let value = match column {
        Column::Field(name) => item.get(name),
        Column::Value => gjson::parse(item.json()),
    };
    let text = match value.kind() {
        gjson::Kind::String => value.str().to_string(),
        gjson::Kind::Null => String::new(),
        gjson::Kind::Array
            if value
                .array()
                .iter()
                .any(|b| b.get("text").kind() == gjson::Kind::String) =>
        {
            value
                .array()
                .iter()
                .map(|b| b.get("text").str().to_string())
                .collect::<Vec<_>>()
                .join(" ")
        }
        _ if !value.exists() => String::new(),
        _ => preview(&value),
    };
    text.replace(['\n', '\r', '\t'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(items: &[&str]) -> Table {
        let mut t = Table::default();
        t.extend(items.iter().map(|s| s.to_string()));
        t
    }

    fn titles(t: &Table) -> Vec<&str> {
        t.columns().iter().map(Column::title).collect()
    }

    const AGENT: &str = r#"{"id":"agent_1","type":"agent","name":"a","description":null,"model":{"id":"m"},"system":"s","tools":[],"mcp_servers":[],"skills":[],"metadata":{},"version":1,"created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-01T00:00:00Z","archived_at":null}"#;

    #[test]
    fn wide_objects_show_what_names_them_and_a_shared_type_is_left_out() {
        let two = table(&[AGENT, &AGENT.replace("agent_1", "agent_2")]);
        assert_eq!(titles(&two), ["id", "name", "created_at"]);
        assert_eq!(two.cells(1), ["agent_2", "a", "2026-01-01T00:00:00Z"]);
        // One item cannot tell whether its type is shared.
        assert_eq!(titles(&table(&[AGENT])), ["id", "type", "name", "created_at"]);
    }

    #[test]
    fn events_show_their_type_and_text_and_columns_follow_new_fields() {
        let mut t = table(&[
            r#"{"id":"sevt_1","type":"user.message","content":[{"type":"text","text":"hi\nthere"}],"processed_at":"t1"}"#,
        ]);
        assert_eq!(titles(&t), ["id", "type", "content", "processed_at"]);
        assert_eq!(t.cells(0)[2], "hi there");
        t.extend([
            r#"{"id":"sevt_2","type":"agent.tool_use","name":"bash","input":{"command":"ls"},"processed_at":"t2"}"#.to_string(),
            r#"{"id":"sevt_3","type":"agent.tool_result","tool_use_id":"x","content":[],"is_error":false,"processed_at":"t3"}"#.to_string(),
        ]);
        assert_eq!(titles(&t), ["id", "type", "name", "content", "processed_at"]);
        assert_eq!(t.cells(0), ["sevt_1", "user.message", "", "hi there", "t1"]);
        assert_eq!(t.cells(1), ["sevt_2", "agent.tool_use", "bash", "", "t2"]);
        assert_eq!(t.cells(2)[3], "[]");
    }

    #[test]
    fn narrow_objects_show_every_field_and_other_values_one_column() {
        let t = table(&[r#"{"id":"a","m":{"k":1}}"#, r#"{"id":"b","n":true}"#]);
        assert_eq!(titles(&t), ["id", "m", "n"]);
        assert_eq!(t.cells(0), ["a", "{k: 1}", ""]);
        assert_eq!(t.cells(1), ["b", "", "true"]);
        let ids = table(&[r#""agent_1""#, "42"]);
        assert_eq!(titles(&ids), ["value"]);
        assert_eq!(
            (ids.cells(0), ids.cells(1)),
            (&["agent_1".to_string()][..], &["42".to_string()][..])
        );
        let wide: String = (0..8).map(|i| format!(r#""f{i}":{i}"#)).collect::<Vec<_>>().join(",");
        assert_eq!(
            titles(&table(&[&format!("{{{wide}}}")])),
            ["f0", "f1", "f2", "f3", "f4", "f5"]
        );
    }
}
