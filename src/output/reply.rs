//! `messages create --stream` (and `completions create --stream`) for people: the reply's text
//! as it arrives, rather than one JSON value per event.

use std::io::Write;

pub struct Reply<W: Write> {
    out: W,
    /// Whether the last text written ended a line.
    at_line_start: bool,
}

impl<W: Write> Reply<W> {
    pub fn new(out: W) -> Self {
        Self {
            out,
            at_line_start: true,
        }
    }

    /// Shows one event of the stream: text deltas (and a legacy completion's text) are written
    /// as they come; the rest (message start, usage, block boundaries) shows nothing.
    pub fn event(&mut self, data: &str) -> std::io::Result<()> {
        let text = match gjson::get(data, "type").str() {
            "content_block_delta" if gjson::get(data, "delta.type").str() == "text_delta" => {
                gjson::get(data, "delta.text")
            }
            "completion" => gjson::get(data, "completion"),
            "message_stop" => return self.finish(),
            _ => return Ok(()),
        };
        let text = text.str();
        if text.is_empty() {
            return Ok(());
        }
        self.out.write_all(text.as_bytes())?;
        self.at_line_start = text.ends_with('\n');
        self.out.flush()
    }

    /// Ends the last line.
    pub fn finish(&mut self) -> std::io::Result<()> {
        if !self.at_line_start {
            self.out.write_all(b"\n")?;
            self.at_line_start = true;
        }
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_deltas_become_the_reply_and_the_rest_is_quiet() {
        let mut buf = Vec::new();
        let mut reply = Reply::new(&mut buf);
        for data in [
            r#"{"type":"message_start","message":{"id":"msg_1"}}"#,
            r#"{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}"#,
            r#"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hello"}}"#,
            r#"{"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta","partial_json":"{"}}"#,
            r#"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":", world"}}"#,
            r#"{"type":"message_delta","delta":{"stop_reason":"end_turn"}}"#,
            r#"{"type":"message_stop"}"#,
        ] {
            reply.event(data).unwrap();
        }
        reply.finish().unwrap();
        assert_eq!(String::from_utf8(buf).unwrap(), "Hello, world\n");
    }
}
