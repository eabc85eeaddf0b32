//! Secrets given as flags (`--api-key KEY`) leave the process's command line before anything
//! else runs: `/proc/<pid>/cmdline` is readable by the user's other processes, tools under the
//! Landlock back end included. Their values are overwritten with `*` in place, in the memory the
//! kernel shows as the command line; clap parses the copy taken before.
//!
//! A secret flag is any flag whose variable's value the help hides (`hide_env_values`), found in
//! the command tree, so a new one is covered without a list to keep.

use std::ffi::OsString;
use std::os::unix::ffi::OsStrExt;

use clap::Command;

#[derive(Debug, thiserror::Error)]
pub enum ArgvError {
    #[error("/proc/self/stat: {0}")]
    Stat(String),
    #[error("the command line in memory is not the one this program started with")]
    Changed,
}

/// Overwrites the values of `command`'s secret flags in this process's command line. `args` is
/// the command line as the program started (`std::env::args_os`), taken before.
pub fn hide_secrets(command: &Command, args: &[OsString]) -> Result<(), ArgvError> {
    let spans = secret_spans(args, &secret_flags(command));
    if spans.is_empty() {
        return Ok(());
    }
    let stat = std::fs::read_to_string("/proc/self/stat").map_err(|e| ArgvError::Stat(e.to_string()))?;
    let (start, end) = arg_range(&stat).ok_or_else(|| ArgvError::Stat("no arg_start and arg_end".into()))?;
    let expected: Vec<u8> = args
        .iter()
        .flat_map(|a| a.as_bytes().iter().copied().chain([0]))
        .collect();
    if end.checked_sub(start) != Some(expected.len()) {
        return Err(ArgvError::Changed);
    }
    // SAFETY: [arg_start, arg_end) is this process's own argument area, mapped and writable for
    // its whole life (the top of the initial stack). Nothing else refers to it by reference (std
    // keeps raw pointers only), and no other thread runs yet. The length was checked above.
    let memory = unsafe { std::slice::from_raw_parts_mut(start as *mut u8, expected.len()) };
    if memory[..] != expected[..] {
        return Err(ArgvError::Changed);
    }
    for span in spans {
        memory[span].fill(b'*');
    }
    Ok(())
}

/// `--long` of every argument in the tree whose value is secret.
fn secret_flags(command: &Command) -> Vec<String> {
    let mut flags: Vec<String> = command
        .get_arguments()
        .filter(|a| a.is_hide_env_values_set())
        .filter_map(|a| a.get_long())
        .map(|long| format!("--{long}"))
        .collect();
    for sub in command.get_subcommands() {
        flags.extend(secret_flags(sub));
    }
    flags.sort();
    flags.dedup();
    flags
}

/// Where the secret values lie in the command line's memory (each argument followed by a NUL):
/// the word after `--flag`, or what follows `--flag=`. Nothing after `--` is a flag.
fn secret_spans(args: &[OsString], flags: &[String]) -> Vec<std::ops::Range<usize>> {
    let mut spans = Vec::new();
    let mut offset = 0;
    let mut value_next = false;
    for arg in args {
        let bytes = arg.as_bytes();
        if value_next {
            spans.push(offset..offset + bytes.len());
            value_next = false;
        } else if bytes == b"--" {
            break;
        } else {
            for flag in flags {
                let flag = flag.as_bytes();
                if bytes == flag {
                    value_next = true;
                } else if bytes.len() > flag.len() && bytes.starts_with(flag) && bytes[flag.len()] == b'=' {
                    spans.push(offset + flag.len() + 1..offset + bytes.len());
                }
            }
        }
        offset += bytes.len() + 1;
    }
    spans
}

/// `arg_start` and `arg_end`, fields 48 and 49 of `/proc/self/stat`. Fields are counted after the
/// last `)`, since the command name before it may hold spaces and parentheses.
fn arg_range(stat: &str) -> Option<(usize, usize)> {
    let (_, rest) = stat.rsplit_once(')')?;
    // The first field after the name is field 3.
    let mut fields = rest.split_whitespace().skip(48 - 3);
    let start = fields.next()?.parse().ok()?;
    let end = fields.next()?.parse().ok()?;
    Some((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(line: &[&str]) -> Vec<String> {
        let args: Vec<OsString> = line.iter().map(OsString::from).collect();
        let memory: Vec<u8> = line.iter().flat_map(|a| a.bytes().chain([0])).collect();
        let flags = secret_flags(&crate::cli::command());
        secret_spans(&args, &flags)
            .into_iter()
            .map(|s| String::from_utf8(memory[s].to_vec()).unwrap())
            .collect()
    }

    #[test]
    fn the_secret_flags_come_from_the_command_tree() {
        assert_eq!(
            secret_flags(&crate::cli::command()),
            ["--api-key", "--auth-token", "--environment-key"]
        );
    }

    #[test]
    fn secret_values_are_found_in_both_forms_and_nothing_else() {
        assert_eq!(
            spans(&[
                "ant",
                "local",
                "serve",
                "--api-key",
                "k1",
                "--data-dir",
                "d",
                "--auth-token=t2",
                "--api-keys=no",
                "--environment-key=",
            ]),
            ["k1", "t2", ""]
        );
        assert_eq!(
            spans(&["ant", "run", "a", "--", "--api-key", "task"]),
            Vec::<String>::new()
        );
        assert_eq!(spans(&["ant", "agents", "list", "--api-key"]), Vec::<String>::new());
    }

    #[test]
    fn the_arg_range_is_read_after_the_command_name() {
        let mut fields = vec!["S".to_string()];
        fields.extend((4..=52).map(|n| n.to_string()));
        let stat = format!("1234 (a) b (c) {}\n", fields.join(" "));
        assert_eq!(arg_range(&stat), Some((48, 49)));
        assert_eq!(arg_range("1234 (ant) S 1 2"), None);
    }

    #[test]
    fn this_process_has_its_command_line_where_stat_says() {
        let stat = std::fs::read_to_string("/proc/self/stat").unwrap();
        let (start, end) = arg_range(&stat).unwrap();
        let cmdline = std::fs::read("/proc/self/cmdline").unwrap();
        assert_eq!(end - start, cmdline.len());
    }
}
