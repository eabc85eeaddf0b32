//! Turns API values (JSON text as the server sent it) into output: the formats of the official
//! CLI, `--transform` (a GJSON path), `-r`, and colour. It only formats and writes.

pub mod download;
pub mod explore;
pub mod live;
mod pretty;
pub mod progress;
pub mod reply;
mod yaml;

use std::io::Write;

use crate::api::depth::{MAX_DEPTH, exceeds_max_depth};

/// `--format` values, as the official CLI names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Auto,
    Explore,
    /// The live view of a session's events; other results print as `pretty` cards.
    Human,
    Json,
    Jsonl,
    Pretty,
    Raw,
    Yaml,
}

pub const FORMAT_NAMES: [&str; 8] = ["auto", "explore", "human", "json", "jsonl", "pretty", "raw", "yaml"];

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Ok(match s.to_ascii_lowercase().as_str() {
            "auto" => Format::Auto,
            "explore" => Format::Explore,
            "human" => Format::Human,
            "json" => Format::Json,
            "jsonl" => Format::Jsonl,
            "pretty" => Format::Pretty,
            "raw" => Format::Raw,
            "yaml" => Format::Yaml,
            _ => return Err(format!("format must be one of: {}", FORMAT_NAMES.join(", "))),
        })
    }
}

/// Whether to colour stdout: `FORCE_COLOR` (anything but `0`) forces it on, `FORCE_COLOR=0` and
/// `NO_COLOR` turn it off, otherwise only on a terminal.
pub fn use_color(stdout_is_tty: bool) -> bool {
    let set = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    match set("FORCE_COLOR") {
        Some(v) => v != "0",
        None if set("NO_COLOR").is_some() => false,
        None => stdout_is_tty,
    }
}

pub struct Printer<W: Write> {
    out: W,
    format: Format,
    transform: Option<String>,
    raw_output: bool,
    color: bool,
    /// The command's name, the title of `pretty` cards ("beta:agents retrieve").
    title: String,
}

impl<W: Write> Printer<W> {
    /// `format` must already be resolved: `explore` falls back to `json` before it gets here.
    pub fn new(
        out: W,
        format: Format,
        transform: Option<String>,
        raw_output: bool,
        color: bool,
        title: String,
    ) -> Self {
        Self {
            out,
            format,
            transform: transform.filter(|t| !t.is_empty()),
            raw_output,
            color,
            title,
        }
    }

    /// Prints one value (a single result, or one item of a list) and flushes it.
    pub fn print(&mut self, json: &str) -> std::io::Result<()> {
        self.write(json)?;
        self.out.flush()
    }

    /// Writes one value without flushing, for a caller that flushes when a burst ends. A value
    /// nested deeper than [`MAX_DEPTH`] is refused before any recursive formatting sees it.
    pub fn write(&mut self, json: &str) -> std::io::Result<()> {
        if exceeds_max_depth(json) {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!("the value is nested deeper than {MAX_DEPTH} levels, the most this client prints"),
            ));
        }
        let transformed = transformed(json, self.transform.as_deref());
        let value = gjson::parse(&transformed);
        if self.raw_output && value.kind() == gjson::Kind::String {
            return writeln!(self.out, "{}", value.str());
        }
        match self.format {
            Format::Auto | Format::Explore | Format::Json => {
                let text = gjson::get(&transformed, "@pretty").json().trim_end().to_string();
                let text = if self.color { colorize_json(&text) } else { text };
                writeln!(self.out, "{text}")?;
            }
            Format::Jsonl => {
                let text = gjson::get(&transformed, "@ugly").json().to_string();
                let text = if self.color { colorize_json(&text) } else { text };
                writeln!(self.out, "{text}")?;
            }
            Format::Raw => writeln!(self.out, "{}", transformed.trim_end())?,
            Format::Yaml => write!(self.out, "{}", yaml::to_yaml(&value))?,
            Format::Pretty | Format::Human => write!(self.out, "{}", pretty::card(&self.title, &value, self.color))?,
        }
        Ok(())
    }

    pub fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

/// `json` through a `--transform` GJSON path. A path that matches nothing leaves the value as it
/// was, as in the official CLI.
pub fn transformed(json: &str, path: Option<&str>) -> String {
    match path.filter(|p| !p.is_empty()) {
        Some(path) => {
            let v = gjson::get(json, path);
            if v.exists() { v.json() } else { json }.to_string()
        }
        None => json.to_string(),
    }
}

/// ANSI colours over indented or compact JSON text: keys blue, strings green, numbers cyan,
/// literals magenta.
fn colorize_json(text: &str) -> String {
    const KEY: &str = "\x1b[1;34m";
    const STRING: &str = "\x1b[32m";
    const NUMBER: &str = "\x1b[36m";
    const LITERAL: &str = "\x1b[35m";
    const RESET: &str = "\x1b[0m";
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len() * 2);
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c == b'"' {
            let start = i;
            i += 1;
            while i < bytes.len() && bytes[i] != b'"' {
                i += if bytes[i] == b'\\' { 2 } else { 1 };
            }
            i = (i + 1).min(bytes.len());
            let rest = text[i..].trim_start();
            let colour = if rest.starts_with(':') { KEY } else { STRING };
            out.push_str(colour);
            out.push_str(&text[start..i]);
            out.push_str(RESET);
        } else if c == b'-' || c.is_ascii_digit() || c.is_ascii_alphabetic() {
            let start = i;
            while i < bytes.len() && !matches!(bytes[i], b',' | b']' | b'}' | b' ' | b'\n' | b':') {
                i += 1;
            }
            out.push_str(if c.is_ascii_alphabetic() { LITERAL } else { NUMBER });
            out.push_str(&text[start..i]);
            out.push_str(RESET);
        } else {
            out.push(c as char);
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(format: Format, transform: Option<&str>, raw: bool, json: &str) -> String {
        let mut buf = Vec::new();
        let mut p = Printer::new(&mut buf, format, transform.map(String::from), raw, false, "t".into());
        p.print(json).unwrap();
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn json_keeps_key_order_and_short_arrays_inline() {
        let out = render(Format::Json, None, false, r#"{"z":1,"a":[1,2],"m":{"k":"v"}}"#);
        assert_eq!(
            out,
            "{\n  \"z\": 1,\n  \"a\": [1, 2],\n  \"m\": {\n    \"k\": \"v\"\n  }\n}\n"
        );
    }

    #[test]
    fn transform_and_raw_output() {
        let json = r#"{"id":"agent_1","model":{"id":"m"}}"#;
        assert_eq!(render(Format::Json, Some("id"), false, json), "\"agent_1\"\n");
        assert_eq!(render(Format::Json, Some("id"), true, json), "agent_1\n");
        assert_eq!(
            render(Format::Jsonl, Some("{id,m:model.id}"), false, json),
            "{\"id\":\"agent_1\",\"m\":\"m\"}\n"
        );
        // A path that matches nothing leaves the value unchanged.
        assert_eq!(render(Format::Jsonl, Some("nope"), false, json), format!("{json}\n"));
        // -r has no effect on objects.
        assert_eq!(render(Format::Jsonl, None, true, json), format!("{json}\n"));
    }

    #[test]
    fn colour_marks_keys_and_values_and_strips_back_to_the_text() {
        let plain = "{\"a\": \"b\", \"n\": -1.5, \"t\": true}";
        let coloured = colorize_json(plain);
        assert!(coloured.contains("\x1b[1;34m\"a\"\x1b[0m"));
        assert!(coloured.contains("\x1b[32m\"b\"\x1b[0m"));
        let stripped: String = coloured
            .split("\x1b[")
            .enumerate()
            .map(|(i, part)| {
                if i == 0 {
                    part
                } else {
                    part.split_once('m').map_or(part, |(_, r)| r)
                }
            })
            .collect();
        assert_eq!(stripped, plain);
    }

    #[test]
    fn values_nested_past_the_limit_are_refused_by_every_format() {
        let deep = format!("{}1{}", "[".repeat(300_000), "]".repeat(300_000));
        let formats = [
            Format::Json,
            Format::Jsonl,
            Format::Yaml,
            Format::Pretty,
            Format::Raw,
            Format::Human,
        ];
        for format in formats {
            for transform in [None, Some("0".to_string())] {
                let mut buf = Vec::new();
                let mut p = Printer::new(&mut buf, format, transform, false, false, "t".into());
                let e = p.write(&deep).unwrap_err();
                assert_eq!(e.kind(), std::io::ErrorKind::InvalidData, "{format:?}");
                assert!(e.to_string().contains("deeper than 512 levels"), "{e}");
                assert!(buf.is_empty(), "{format:?} wrote something");
            }
        }
    }

    #[test]
    fn format_names_parse_case_insensitively() {
        assert_eq!("JSONL".parse::<Format>(), Ok(Format::Jsonl));
        assert!(
            "xml"
                .parse::<Format>()
                .unwrap_err()
                .starts_with("format must be one of: auto")
        );
    }
}
