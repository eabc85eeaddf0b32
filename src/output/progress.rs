//! Progress of an upload or a download: a bar on stderr when it is a terminal, nothing otherwise.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A bar for `len` bytes (a byte counter when the length is unknown); hidden unless `visible`.
pub fn bar(len: Option<u64>, visible: bool) -> ProgressBar {
    if !visible {
        return ProgressBar::hidden();
    }
    let (bar, template) = match len {
        Some(n) => (
            ProgressBar::new(n),
            "{bytes:>10} / {total_bytes} {wide_bar} {bytes_per_sec} {eta}",
        ),
        None => (ProgressBar::new_spinner(), "{spinner} {bytes:>10} {bytes_per_sec}"),
    };
    bar.set_draw_target(ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar
}
