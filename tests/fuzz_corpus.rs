//! The fuzz targets' bodies (`ant::fuzzing`, run by `cargo +nightly fuzz run NAME` in `fuzz/`)
//! over a corpus that stable Rust can run on every build: hand-written seeds and a few hundred
//! deterministic mutations of them (a fixed seed, so a failure reproduces).

use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};

/// Mutations per target.
const MUTANTS: usize = 400;

/// Bytes that change how the parsers read what follows.
const TOKENS: &[&[u8]] = &[
    b"\n",
    b"\r",
    b"\r\n",
    b"\n\n",
    b":",
    b": ",
    b"data:",
    b"data: ",
    b"event: ",
    b"id: ",
    b"retry: ",
    b"\0",
    b"\xef\xbb\xbf",
    b"\xff",
    b"\xe2\x82",
    b"[",
    b"]",
    b"{",
    b"}",
    b"\"",
    b"\\",
    b"---\n",
    b"- ",
    b"&a ",
    b"*a",
    b"!!",
    b"'",
    b"#",
    b"@",
    b"null",
    b"~",
    b"{{{{{{{{",
    b"[[[[[[[[",
    b"\t",
    b"    ",
];

/// `seeds` and mutants of them: bytes flipped, tokens inserted, slices cut, repeated or swapped.
fn corpus(seeds: &[&[u8]], seed: u64) -> Vec<Vec<u8>> {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut out: Vec<Vec<u8>> = seeds.iter().map(|s| s.to_vec()).collect();
    for _ in 0..MUTANTS {
        let mut input = seeds[rng.random_range(0..seeds.len())].to_vec();
        for _ in 0..rng.random_range(1..6) {
            let at = rng.random_range(0..=input.len());
            match rng.random_range(0..5) {
                0 if at < input.len() => input[at] ^= 1 << rng.random_range(0..8),
                1 => {
                    let token = TOKENS[rng.random_range(0..TOKENS.len())];
                    input.splice(at..at, token.iter().copied());
                }
                2 => input.truncate(at),
                3 => {
                    let end = rng.random_range(at..=input.len());
                    let slice = input[at..end].to_vec();
                    input.splice(
                        at..at,
                        slice.iter().copied().cycle().take(slice.len() * rng.random_range(1..8)),
                    );
                }
                _ => {
                    let other = seeds[rng.random_range(0..seeds.len())];
                    let from = rng.random_range(0..=other.len());
                    input.splice(at..at, other[from..].iter().copied());
                }
            }
        }
        out.push(input);
    }
    out
}

#[test]
fn sse_decoder_corpus() {
    let seeds: &[&[u8]] = &[
        b"\x07event: agent.message\nid: sevt_1\ndata: {\"type\":\"agent.message\"}\n\n",
        b"\x00: keepalive\n\nevent: ping\ndata: {}\n\n",
        b"\x03data: one\r\ndata: two\r\n\r\nretry: 1000\rdata: three\r\r",
        b"\x1f\xef\xbb\xbfdata:no space\ndata\nfield without colon\nid: with\0nul\n\n",
        b"\x05data: a long line that is cut by every chunk size and nearly fills the limit of the decoder \
          used by the fuzz target, which is two hundred and fifty six bytes for one whole event, fields \
          and line included ......\n\n",
    ];
    for input in corpus(seeds, 18) {
        ant::fuzzing::sse(&input);
    }
}

#[test]
fn template_loader_corpus() {
    let seeds: &[&[u8]] = &[
        b"---\nname: helper\nmodel: claude-sonnet-4-6\ntools:\n  - type: agent_toolset_20260401\n---\nYou help.\n",
        b"name: ci\nconfig:\n  type: cloud\n  networking: {type: limited, allowed_hosts: [pypi.org]}\n",
        b"{\"type\": \"agent\", \"name\": \"x\", \"model\": {\"id\": \"m\"}, \"multiagent\": {\"agents\": [\"worker.md\"]}}",
        b"\n---\ntype: environment\nunknown: 1\n---\n",
        b"# just prose\n",
    ];
    for input in corpus(seeds, 19) {
        ant::fuzzing::template(&input);
    }
}

#[test]
fn flag_value_corpus() {
    let seeds: &[&[u8]] = &[
        b"{id: claude-sonnet-4-6, effort: low}",
        b"[{type: agent_toolset_20260401}, {type: custom, name: x}]",
        b"0x1F",
        b"null",
        b"@file://notes.txt",
        b"{\"a\": [1, 2.5, true, null, \"s\"]}",
        b"agent_01abc",
    ];
    for input in corpus(seeds, 20) {
        ant::fuzzing::flag_value(&input);
    }
}
