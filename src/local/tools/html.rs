//! A small HTML-to-text converter for web_fetch: drops scripts, styles and
//! markup, keeps readable text with line breaks at block elements.

/// Elements whose content is never readable text.
const SKIPPED: [&str; 6] = ["script", "style", "noscript", "template", "svg", "iframe"];
/// Elements that start a new line.
const BLOCKS: [&str; 33] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "title",
    "tr",
    "ul",
];

pub(super) fn to_text(html: &str) -> String {
    // ASCII lowercasing keeps byte offsets, so `lower` indexes `html` too.
    let lower = html.to_ascii_lowercase();
    let mut out = String::new();
    let mut i = 0;
    while let Some(off) = html[i..].find('<') {
        push_text(&mut out, &html[i..i + off]);
        i += off;
        if lower[i..].starts_with("<!--") {
            i = lower[i..].find("-->").map_or(html.len(), |e| i + e + 3);
            continue;
        }
        let Some(end) = tag_end(&html[i..]).map(|e| i + e) else {
            break;
        };
        let tag = &lower[i + 1..end];
        i = end + 1;
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        if !closing && SKIPPED.contains(&name.as_str()) && !tag.ends_with('/') {
            let close = format!("</{name}");
            i = match lower[i..].find(&close) {
                Some(c) => lower[i + c..].find('>').map_or(html.len(), |e| i + c + e + 1),
                None => html.len(),
            };
            continue;
        }
        if BLOCKS.contains(&name.as_str()) {
            out.push('\n');
            if name == "li" && !closing {
                out.push_str("- ");
            }
        } else if name == "td" || name == "th" {
            out.push(' ');
        }
    }
    if i < html.len() && !html[i..].starts_with('<') {
        push_text(&mut out, &html[i..]);
    }
    tidy(&out)
}

/// Index of the `>` closing the tag that starts at `s[0]`, skipping quoted
/// attribute values.
fn tag_end(s: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in s.char_indices().skip(1) {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(i),
            _ => {}
        }
    }
    None
}

/// Appends a text node with whitespace collapsed and entities decoded.
fn push_text(out: &mut String, text: &str) {
    let decoded = decode_entities(text);
    let mut last_space = out.ends_with([' ', '\n']);
    for c in decoded.chars() {
        if c.is_whitespace() && c != '\u{a0}' {
            if !last_space {
                out.push(' ');
                last_space = true;
            }
        } else {
            out.push(if c == '\u{a0}' { ' ' } else { c });
            last_space = false;
        }
    }
}

fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let decoded = rest[1..]
            .find(';')
            .filter(|&semi| semi <= 10)
            .and_then(|semi| entity(&rest[1..=semi]).map(|c| (c, semi + 2)));
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "copy" => '©',
        "reg" => '®',
        "hellip" => '…',
        "mdash" => '—',
        "ndash" => '–',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        _ => return None,
    })
}

/// Trims every line and drops empty ones: block tags nest, so blank lines
/// carry no meaning here.
fn tidy(s: &str) -> String {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_markup_scripts_and_styles() {
        let html = r#"<!DOCTYPE html><html><head><title>T &amp; U</title>
            <style>body { color: red }</style>
            <script type="text/javascript">var x = "<p>not text</p>";</script></head>
            <body><!-- hidden --><h1>Hello</h1><p>One&nbsp;two
            three &lt;b&gt; &#65;&#x42;</p><ul><li>a</li><li>b</li></ul>
            <a href="x" title="a > b">link</a><br/>end &bogus; &</body></html>"#;
        assert_eq!(
            to_text(html),
            "T & U\nHello\nOne two three <b> AB\n- a\n- b\nlink\nend &bogus; &"
        );
    }

    #[test]
    fn unclosed_constructs_do_not_panic() {
        assert_eq!(to_text("a <script>never closed"), "a");
        assert_eq!(to_text("a <!-- never closed"), "a");
        assert_eq!(to_text("a <b"), "a");
        assert_eq!(to_text("é<p>ü"), "é\nü");
    }
}
