//! Bad input, for every kind of flag: one line on stderr naming the flag (or stdin), exit 1, and
//! nothing sent — the recording server must see no request at all.

mod common;
#[path = "common/recorder.rs"]
mod recorder;

use common::Ant;
use recorder::Recorder;

struct Case {
    args: Vec<String>,
    stdin: Option<Vec<u8>>,
    /// Pieces the one line must hold.
    expected: Vec<String>,
}

fn case(args: &[&str], expected: &[&str]) -> Case {
    Case {
        args: args.iter().map(|a| a.to_string()).collect(),
        stdin: None,
        expected: expected.iter().map(|e| e.to_string()).collect(),
    }
}

#[test]
fn bad_values_of_every_flag_type_are_refused_before_anything_is_sent() {
    let recorder = Recorder::start();
    let dir = tempfile::tempdir().unwrap();
    let binary = dir.path().join("image.bin");
    std::fs::write(&binary, [0x89, b'P', b'N', b'G', 0, 0xff, 0xfe]).unwrap();
    let binary = binary.to_str().unwrap();
    let missing = dir.path().join("missing.yaml");
    let missing = missing.to_str().unwrap();
    let folder = dir.path().join("folder");
    std::fs::create_dir(&folder).unwrap();
    let folder = folder.to_str().unwrap();
    let at = |p: &str| format!("@{p}");
    let text_of = |p: &str| format!("@file://{p}");
    let elsewhere = format!("{}/no/such/dir/out.bin", dir.path().display());

    let mut cases = vec![
        // Integers, nullable integers, numbers, booleans.
        case(
            &["beta:vaults", "list", "--limit", "ten"],
            &["--limit", "\"ten\" is not an integer"],
        ),
        case(
            &["beta:environments:work", "poll", "env_1", "--block-ms", "soon"],
            &["--block-ms", "not an integer"],
        ),
        case(
            &[
                "messages",
                "create",
                "--model",
                "m",
                "--max-tokens",
                "1",
                "--message",
                "{role: user, content: hi}",
                "--temperature",
                "warm",
            ],
            &["--temperature", "\"warm\" is not a number"],
        ),
        case(
            &["beta:vaults", "list", "--include-archived=maybe"],
            &["--include-archived", "'maybe'", "true, false"],
        ),
        // Enums, in the query, in the body, in an inner flag, repeatable.
        case(
            &["beta:sessions", "list", "--order", "sideways"],
            &["--order", "'sideways'", "asc, desc"],
        ),
        case(
            &["beta:sessions", "list", "--status", "idle", "--status", "napping"],
            &["--status", "'napping'", "rescheduling"],
        ),
        case(
            &["beta:environments", "create", "--name", "e", "--scope", "planet"],
            &["--scope", "'planet'", "organization, account"],
        ),
        case(
            &[
                "beta:memory-stores:memories",
                "update",
                "mem_1",
                "--memory-store-id",
                "ms_1",
                "--precondition.type",
                "md5",
            ],
            &["--precondition.type", "'md5'", "content_sha256"],
        ),
        // Objects and YAML.
        case(
            &["beta:vaults", "create", "--display-name", "v", "--metadata", "plain"],
            &["--metadata", "expected a YAML/JSON mapping"],
        ),
        case(
            &["beta:vaults", "create", "--display-name", "v", "--metadata", "{a: [1"],
            &["--metadata", "invalid YAML at line 1, column"],
        ),
        // Files named with @.
        case(
            &[
                "beta:vaults",
                "create",
                "--display-name",
                "v",
                "--metadata",
                &at(missing),
            ],
            &["--metadata", "cannot read", missing],
        ),
        case(
            &["beta:vaults", "create", "--display-name", &text_of(binary)],
            &["--display-name", "is not UTF-8 text"],
        ),
        case(
            &["beta:sessions:events", "list", "sesn_1", "--type", &at(missing)],
            &["--type", "cannot read", missing],
        ),
        case(
            &[
                "messages",
                "count-tokens",
                "--model",
                "m",
                "--message",
                "{role: user, content: hi}",
                "--user-profile-id",
                &at(missing),
            ],
            &["--user-profile-id", "cannot read"],
        ),
        // Uploads.
        case(
            &["beta:files", "upload", "--file", folder],
            &["--file", folder, "is a directory, not a file"],
        ),
        case(
            &["beta:files", "upload", "--file", missing],
            &["--file", "cannot read", missing],
        ),
        case(
            &["beta:skills", "create", "--file", binary, "--file", folder],
            &["--file", "is a directory"],
        ),
        case(
            &["beta:skills:versions", "create", "skill_1", "--file", ""],
            &["--file", "no file named"],
        ),
        // Downloads.
        case(
            &["beta:files", "download", "file_1", "-o", folder],
            &["--output", "is a directory"],
        ),
        case(
            &["beta:files", "download", "file_1", "-o", &elsewhere],
            &["--output", "is not a directory"],
        ),
        // Required flags, positional arguments, headers.
        case(
            &["beta:vaults", "create"],
            &[
                "Required flag \"display-name\" not set",
                "ant beta:vaults create --help",
            ],
        ),
        case(
            &["beta:vaults:credentials", "create", "vlt_1"],
            &["Required flag \"auth\" not set"],
        ),
        case(
            &["beta:skills:versions", "retrieve", "1"],
            &["Required flag \"skill-id\" not set"],
        ),
        case(&["beta:files", "upload"], &["Required flag \"file\" not set"]),
        case(
            &["beta:vaults", "retrieve", "a", "b"],
            &["Unexpected extra arguments: [a b]"],
        ),
        case(
            &["beta:vaults", "list", "--beta", "a\nb"],
            &["--beta", "cannot be sent in a header"],
        ),
        case(
            &["beta:vaults", "lst"],
            &["'lst'", "Did you mean 'ant beta:vaults list'?"],
        ),
        case(&["messages", "create", "--beta", "x"], &["'--beta'"]),
    ];
    // Piped input that is not text, or not YAML.
    cases.push(Case {
        stdin: Some(vec![0xff, 0xfe, 0, 1, 2]),
        ..case(&["beta:vaults", "create"], &["stdin", "not UTF-8 text"])
    });
    cases.push(Case {
        stdin: Some(b"display_name: [x\n".to_vec()),
        ..case(
            &["beta:vaults", "create"],
            &["Failed to parse piped data as YAML/JSON: line 1, column"],
        )
    });
    cases.push(Case {
        stdin: Some(format!("file: {folder}\n").into_bytes()),
        ..case(&["beta:files", "upload"], &["piped key `file`", "is a directory"])
    });
    cases.push(Case {
        stdin: Some(b"hello".to_vec()),
        ..case(
            &["beta:skills", "create", "--file", "-", "--display-title", "@-"],
            &["stdin has already been read"],
        )
    });

    let mut problems = Vec::new();
    for c in cases {
        let args: Vec<&str> = c.args.iter().map(String::as_str).collect();
        let mut ant = Ant::new(&args)
            .env("ANTHROPIC_BASE_URL", &recorder.url)
            .env("ANTHROPIC_API_KEY", "k");
        if let Some(bytes) = &c.stdin {
            ant = ant.stdin_bytes(bytes);
        }
        let out = ant.run();
        let sent = recorder.take();
        let line = out.stderr.trim_end();
        let ok = out.code == 1
            && out.stderr.lines().count() == 1
            && c.expected.iter().all(|piece| line.contains(piece.as_str()))
            && sent.is_empty();
        if !ok {
            problems.push(format!(
                "{:?}: exit {}, {} request(s), stderr {:?}, expected {:?}",
                c.args,
                out.code,
                sent.len(),
                out.stderr,
                c.expected
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
