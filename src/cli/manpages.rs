//! `ant @manpages [-o DIR] [--gzip[=BOOL]] [--text[=BOOL]]`: man pages for every visible
//! command, written as the official CLI does to `DIR/man1/` (gzipped by default).

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Arg, ArgMatches, Command};

pub fn command() -> Command {
    let switch = |name: &'static str, default: &'static str, help: &'static str| {
        Arg::new(name)
            .long(name)
            .num_args(0..=1)
            .require_equals(true)
            .default_value(default)
            .default_missing_value("true")
            .value_parser(clap::value_parser!(bool))
            .help(help)
    };
    Command::new("@manpages")
        .hide(true)
        .about("Generate documentation for 'man'")
        .override_usage("ant @manpages [-o man] [--gzip]")
        .arg(
            Arg::new("output")
                .short('o')
                .long("output")
                .value_name("DIR")
                .default_value("man")
                .value_parser(clap::value_parser!(PathBuf))
                .value_hint(clap::ValueHint::DirPath)
                .help("write manpages to the given folder"),
        )
        .arg(switch("gzip", "true", "output gzipped manpage files to .gz").short('z'))
        .arg(switch("text", "false", "output uncompressed text files"))
}

pub fn run(m: &ArgMatches) -> anyhow::Result<i32> {
    let dir = m.get_one::<PathBuf>("output").expect("default");
    let gzip = *m.get_one::<bool>("gzip").expect("default");
    let text = *m.get_one::<bool>("text").expect("default");
    let man1 = dir.join("man1");
    std::fs::create_dir_all(&man1).map_err(|e| anyhow::anyhow!("{}: {e}", man1.display()))?;
    let mut root = super::command().disable_help_subcommand(true);
    root.build();
    for (name, roff) in pages(&root)? {
        if text {
            write(&man1.join(&name), &roff)?;
        }
        if gzip {
            let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
            encoder.write_all(&roff)?;
            write(&man1.join(format!("{name}.gz")), &encoder.finish()?)?;
        }
    }
    println!("Wrote manpages to {}", dir.display());
    Ok(0)
}

/// (file name, roff) of `command` and of each visible command below it.
fn pages(command: &Command) -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    let man = clap_mangen::Man::new(command.clone());
    let mut roff = Vec::new();
    man.render(&mut roff)?;
    let mut all = vec![(man.get_filename(), roff)];
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        all.extend(pages(sub)?);
    }
    Ok(all)
}

fn write(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    std::fs::write(path, bytes).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
}
