//! How deeply JSON text nests. The code that validates and prints values (gjson, the YAML and
//! card printers) recurses once per level, so a value from a server is measured by a flat scan
//! before any of it runs: a hostile answer nested 300,000 levels deep must be refused, not
//! overflow the stack.

/// The deepest nesting accepted, far beyond any API value.
pub const MAX_DEPTH: usize = 512;

/// Whether `json` opens more than [`MAX_DEPTH`] arrays and objects inside one another. One pass
/// over the bytes, counting brackets outside strings; it assumes nothing about validity.
pub fn exceeds_max_depth(json: &str) -> bool {
    let bytes = json.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                // Skip the string: to its closing quote, stepping over escapes.
                i += 1;
                loop {
                    match memchr::memchr2(b'"', b'\\', bytes.get(i..).unwrap_or_default()) {
                        // An unterminated string holds no more brackets.
                        None => return false,
                        Some(at) if bytes[i + at] == b'"' => {
                            i += at;
                            break;
                        }
                        Some(at) => i += at + 2,
                    }
                }
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return true;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(levels: usize) -> String {
        format!("{}1{}", "[".repeat(levels), "]".repeat(levels))
    }

    #[test]
    fn depth_is_counted_outside_strings_only() {
        assert!(!exceeds_max_depth(&nested(MAX_DEPTH)));
        assert!(exceeds_max_depth(&nested(MAX_DEPTH + 1)));
        assert!(exceeds_max_depth(&"{\"a\":".repeat(MAX_DEPTH + 1)));
        // Brackets inside strings, escaped quotes included, do not count.
        let quoted = format!("[\"\\\"{}\"]", "[".repeat(10 * MAX_DEPTH));
        assert!(!exceeds_max_depth(&quoted));
        // Siblings do not add up.
        let wide = format!("[{}]", vec![nested(MAX_DEPTH - 1); 3].join(","));
        assert!(!exceeds_max_depth(&wide));
        // Unterminated strings and escapes at the very end are not errors of this scan.
        assert!(!exceeds_max_depth("[\"abc"));
        assert!(!exceeds_max_depth("[\"abc\\"));
    }
}
