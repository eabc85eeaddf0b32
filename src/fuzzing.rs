//! The bodies of the fuzz targets in `fuzz/` (`cargo +nightly fuzz run sse`), kept in the
//! library so that a stable test (`tests/fuzz_corpus.rs`) runs the same code over a generated
//! corpus. Each takes any bytes and panics only on a bug: a crash, an answer that depends on
//! how the input was cut, or an error that is not one line.

use std::path::Path;

use crate::cli::input::parse_value;
use crate::cli::spec::{Ty, body};
use crate::client::stream::{Decoder, EventTooLarge, Frame};

/// A small event limit, so that inputs of a few hundred bytes reach it.
const SSE_LIMIT: usize = 256;

/// The SSE decoder: the first byte picks a chunk size; the events (or the refusal) are the same
/// whether the rest arrives whole or in chunks, and no event holds more than the limit (three
/// times it once invalid UTF-8 becomes U+FFFD, three bytes for one).
pub fn sse(data: &[u8]) {
    let Some((&seed, stream)) = data.split_first() else {
        return;
    };
    let whole = decode([stream]);
    let chunked = decode(stream.chunks(usize::from(seed % 32) + 1));
    assert_eq!(whole, chunked, "chunks of {} bytes", seed % 32 + 1);
    for frame in whole.iter().flatten() {
        assert!(frame.event.len() + frame.id.len() + frame.data.len() <= 3 * SSE_LIMIT);
    }
}

fn decode<'a>(chunks: impl IntoIterator<Item = &'a [u8]>) -> Result<Vec<Frame>, EventTooLarge> {
    let mut decoder = Decoder::new(SSE_LIMIT);
    let mut frames = Vec::new();
    for chunk in chunks {
        decoder.push(chunk)?;
        frames.extend(decoder.by_ref());
    }
    Ok(frames)
}

/// The template loader on one file's text, as each kind of file: it loads, or is refused with
/// one line naming the file.
pub fn template(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for file in ["agents/fuzz.md", "environments/fuzz.yaml", "fuzz.json", "notes.md"] {
        if let Err(e) = crate::template::load::from_text(Path::new(file), "./fuzz", true, text) {
            let line = e.to_string();
            assert!(line.starts_with(&format!("{file}:")), "{line}");
            assert!(!line.contains('\n'), "not one line: {line:?}");
        }
    }
}

/// A flag's value (`--flag '{yaml}'`) as each type of flag: it parses, or is refused with one
/// line naming the flag.
pub fn flag_value(data: &[u8]) {
    let Ok(raw) = std::str::from_utf8(data) else {
        return;
    };
    let types = [
        Ty::Str,
        Ty::NullableStr,
        Ty::Int,
        Ty::NullableInt,
        Ty::Float,
        Ty::Bool,
        Ty::Object,
        Ty::IdOrObject,
        Ty::Value,
        Ty::ObjectEach,
        Ty::StrEach,
        Ty::List,
        Ty::File,
        Ty::FileEach,
    ];
    for ty in types {
        if let Err(e) = parse_value(&body("fuzz", "fuzz", ty), raw) {
            let line = e.to_string();
            assert!(line.starts_with("--fuzz: "), "{line}");
            assert!(!line.contains('\n'), "not one line: {line:?}");
        }
    }
}
