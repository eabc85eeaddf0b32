//! YAML output. serde-saphyr emits it (the same crate parses our YAML input, so quoting rules
//! agree both ways); the wrapper below feeds it the JSON in the server's key order.

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

/// One JSON value (as text) that serialises in its own key order.
struct Ordered(String);

impl Serialize for Ordered {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let v = gjson::parse(&self.0);
        match v.kind() {
            gjson::Kind::Null => s.serialize_unit(),
            gjson::Kind::True | gjson::Kind::False => s.serialize_bool(v.bool()),
            gjson::Kind::Number => {
                let raw = v.json();
                if let Ok(i) = raw.parse::<i64>() {
                    s.serialize_i64(i)
                } else if let Ok(u) = raw.parse::<u64>() {
                    s.serialize_u64(u)
                } else {
                    s.serialize_f64(v.f64())
                }
            }
            gjson::Kind::String => s.serialize_str(v.str()),
            gjson::Kind::Array => {
                let items = v.array();
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(&Ordered(item.json().to_string()))?;
                }
                seq.end()
            }
            gjson::Kind::Object => {
                let mut pairs = Vec::new();
                v.each(|k, val| {
                    pairs.push((k.str().to_string(), Ordered(val.json().to_string())));
                    true
                });
                let mut map = s.serialize_map(Some(pairs.len()))?;
                for (k, val) in &pairs {
                    map.serialize_entry(k, val)?;
                }
                map.end()
            }
        }
    }
}

/// The value as a YAML document ending in a newline. Items of a list follow one another with no
/// `---` between them, as in the official CLI.
pub fn to_yaml(value: &gjson::Value) -> String {
    let mut text = serde_saphyr::to_string(&Ordered(value.json().to_string()))
        .unwrap_or_else(|e| format!("# cannot render as YAML: {e}\n"));
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    #[test]
    fn yaml_keeps_order_and_quotes_what_needs_it() {
        let v = gjson::parse(r#"{"z":"yes","a":[1,{"b":null}],"n":"123","s":"plain"}"#);
        let text = super::to_yaml(&v);
        let z = text.find("z:").unwrap();
        let a = text.find("a:").unwrap();
        assert!(z < a, "{text}");
        // Strings that YAML would read as something else stay strings when read back.
        let back: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
        assert_eq!(back["z"], "yes");
        assert_eq!(back["n"], "123");
        assert_eq!(back["a"][1]["b"], serde_json::Value::Null);
    }
}
