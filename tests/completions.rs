//! The completion scripts checked in under `completions/` match what `ant completion` prints;
//! regenerate them with `for s in bash zsh fish pwsh elvish; do ant completion $s > completions/ant.$s; done`.

mod common;

#[test]
fn checked_in_completions_are_current() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    for shell in ["bash", "zsh", "fish", "pwsh", "elvish"] {
        let generated = common::Ant::new(&["completion", shell]).run().ok();
        let path = dir.join(format!("ant.{shell}"));
        let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            generated == checked_in,
            "{} is stale: run `ant completion {shell} > {}`",
            path.display(),
            path.display()
        );
        assert!(generated.contains("beta:agents"), "{shell} lacks the resource commands");
    }
}
