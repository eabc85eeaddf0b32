//! `--format pretty`: a static card, a bold title over a rounded box of `key: value` lines.

/// Strings longer than this are cut with `…` so a card stays readable.
const MAX_STRING: usize = 80;

pub fn card(title: &str, value: &gjson::Value, color: bool) -> String {
    let mut lines = Vec::new();
    lines_of(value, 0, &mut lines);
    let width = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let mut out = String::new();
    if color {
        out.push_str(&format!("\x1b[1m{title}\x1b[0m\n"));
    } else {
        out.push_str(&format!("{title}\n"));
    }
    out.push_str(&format!("╭{}╮\n", "─".repeat(width + 2)));
    for line in &lines {
        let pad = width - line.chars().count();
        out.push_str(&format!("│ {line}{} │\n", " ".repeat(pad)));
    }
    out.push_str(&format!("╰{}╯\n", "─".repeat(width + 2)));
    out
}

fn scalar(v: &gjson::Value) -> Option<String> {
    Some(match v.kind() {
        gjson::Kind::Null => "null".into(),
        gjson::Kind::True => "yes".into(),
        gjson::Kind::False => "no".into(),
        gjson::Kind::Number => v.json().to_string(),
        gjson::Kind::String if v.str().is_empty() => "(empty)".into(),
        gjson::Kind::String => {
            let s = v.str().replace('\n', "⏎");
            if s.chars().count() > MAX_STRING {
                format!("{}…", s.chars().take(MAX_STRING - 1).collect::<String>())
            } else {
                s
            }
        }
        gjson::Kind::Array if v.array().is_empty() => "(none)".into(),
        gjson::Kind::Object if v.json().trim() == "{}" => "(none)".into(),
        _ => return None,
    })
}

fn lines_of(value: &gjson::Value, depth: usize, lines: &mut Vec<String>) {
    let indent = "  ".repeat(depth);
    if let Some(s) = scalar(value) {
        lines.push(format!("{indent}{s}"));
        return;
    }
    let entries: Vec<(String, String)> = match value.kind() {
        gjson::Kind::Array => value
            .array()
            .iter()
            .enumerate()
            .map(|(i, v)| (format!("{}.", i + 1), v.json().to_string()))
            .collect(),
        _ => {
            let mut pairs = Vec::new();
            value.each(|k, v| {
                pairs.push((format!("{}:", k.str()), v.json().to_string()));
                true
            });
            pairs
        }
    };
    for (label, json) in entries {
        let v = gjson::parse(&json);
        match scalar(&v) {
            Some(s) => lines.push(format!("{indent}{label} {s}")),
            None => {
                lines.push(format!("{indent}{label}"));
                lines_of(&v, depth + 1, lines);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn card_shows_fields_in_a_box() {
        let v = gjson::parse(r#"{"id":"a","ok":true,"tags":[],"d":"","m":{"k":1},"l":["x"]}"#);
        let text = super::card("beta:agents retrieve", &v, false);
        assert_eq!(text, format!("beta:agents retrieve\n{}", expected()));
    }

    fn expected() -> String {
        [
            "╭──────────────╮",
            "│ id: a        │",
            "│ ok: yes      │",
            "│ tags: (none) │",
            "│ d: (empty)   │",
            "│ m:           │",
            "│   k: 1       │",
            "│ l:           │",
            "│   1. x       │",
            "╰──────────────╯",
            "",
        ]
        .join("\n")
    }
}
