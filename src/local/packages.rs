//! An environment's `packages`, installed once per distinct package set into a cache that its
//! sessions see read-only.
//!
//! The cache of a package set is `<data dir>/packages/<key>`, the key a hash of the lists. An
//! install fills `.staging-<key>` next to it and renames it into place only when every manager
//! succeeded, so a crash or a failure never leaves a half cache, and the next session tries again.
//! Installers run through the sandbox like any tool, with the staging dir as their workspace and
//! the environment's network plus the public registries (as the service builds a container
//! before limiting it): an unrestricted environment's install reaches the internet, a limited
//! one's its allowed hosts and the registries. Never this machine, unless a limited
//! environment names it: package code runs during an install.

use std::collections::HashMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

use super::network::NetworkPolicy;
use super::sandbox::{Extras, Sandbox, SandboxConfig, kill_group};

/// The SSE event name (and `type`) of setup progress. It is streamed, never stored or listed,
/// and not an API event: the Python SDK drops event names it does not know.
pub const SETUP_EVENT: &str = "ant.environment_setup";

/// Part of every key, so a change to the cache layout never reuses an old cache.
const LAYOUT: &str = "ant-packages-v1";

/// Lines of an installer's output quoted when it fails.
const TAIL_LINES: usize = 6;

/// One install command may take this long (compiling crates can take minutes).
const INSTALL_TIMEOUT: Duration = Duration::from_secs(30 * 60);

/// The exit code of a script whose installer program is missing (as a shell's own).
const MISSING: i32 = 127;

#[cfg(target_arch = "x86_64")]
const APT_LIBS: &[&str] = &["usr/lib/x86_64-linux-gnu", "lib/x86_64-linux-gnu", "usr/lib", "lib"];
#[cfg(target_arch = "aarch64")]
const APT_LIBS: &[&str] = &["usr/lib/aarch64-linux-gnu", "lib/aarch64-linux-gnu", "usr/lib", "lib"];
#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
const APT_LIBS: &[&str] = &["usr/lib", "lib"];

/// How one package manager installs into its part of a cache (`$DEST`) and how sessions find
/// what it installed.
#[derive(Debug, PartialEq)]
struct Manager {
    name: &'static str,
    /// Programs the script needs; a missing one is named instead of a shell error.
    programs: &'static [&'static str],
    /// Run by `sh -c` with the packages as `"$@"`, `$DEST` and `$SCRATCH` (downloads and build
    /// files, deleted after the install; also `$HOME`).
    script: &'static str,
    /// Directories under `$DEST` put first on `PATH`.
    bin: &'static [&'static str],
    /// Search-path variables and the directories under `$DEST` put first in them.
    vars: &'static [(&'static str, &'static [&'static str])],
    /// Host directories the installer reads: apt's package lists and dpkg's state.
    reads: &'static [&'static str],
}

/// In the order the API lists them (and the order they install in).
const MANAGERS: &[Manager] = &[
    // Only the listed packages, unpacked without their dependencies or maintainer scripts:
    // dpkg cannot install into a directory of its own. apt would drop to its `_apt` user to
    // download, which a sandbox without capabilities cannot switch to.
    Manager {
        name: "apt",
        programs: &["apt-get", "dpkg"],
        script: r#"mkdir -p "$SCRATCH/debs" && cd "$SCRATCH/debs" && apt-get -q -o APT::Sandbox::User=root download "$@" && for f in ./*.deb; do dpkg -x "$f" "$DEST" || exit; done"#,
        bin: &["usr/bin", "bin"],
        vars: &[("LD_LIBRARY_PATH", APT_LIBS)],
        reads: &["/var/lib/apt", "/var/lib/dpkg"],
    },
    Manager {
        name: "cargo",
        programs: &["cargo"],
        script: r#"CARGO_HOME="$SCRATCH/cargo" CARGO_TARGET_DIR="$SCRATCH/target" exec cargo install --root "$DEST" "$@""#,
        bin: &["bin"],
        vars: &[],
        reads: &[],
    },
    Manager {
        name: "gem",
        programs: &["gem"],
        script: r#"exec gem install --install-dir "$DEST" --bindir "$DEST/bin" --no-document "$@""#,
        bin: &["bin"],
        vars: &[("GEM_PATH", &[""])],
        reads: &[],
    },
    // `go install` takes one module per call, at an explicit version. The module cache is made
    // writable so the scratch dir can be deleted.
    Manager {
        name: "go",
        programs: &["go"],
        script: r#"export GOBIN="$DEST/bin" GOPATH="$SCRATCH/go" GOCACHE="$SCRATCH/go-build" GOFLAGS=-modcacherw; for p; do case "$p" in *@*) ;; *) p="$p@latest" ;; esac; go install "$p" || exit; done"#,
        bin: &["bin"],
        vars: &[],
        reads: &[],
    },
    Manager {
        name: "npm",
        programs: &["npm"],
        script: r#"exec npm install --prefix "$DEST" --cache "$SCRATCH/npm" --no-audit --no-fund --no-update-notifier "$@""#,
        bin: &["node_modules/.bin"],
        vars: &[("NODE_PATH", &["node_modules"])],
        reads: &[],
    },
    Manager {
        name: "pip",
        programs: &["python3"],
        script: r#"exec python3 -m pip install --target "$DEST" --no-input --no-cache-dir --disable-pip-version-check --no-warn-script-location "$@""#,
        bin: &["bin"],
        vars: &[("PYTHONPATH", &[""])],
        reads: &[],
    },
];

impl Manager {
    /// The script with a check for its programs first.
    fn full_script(&self) -> String {
        format!(
            "for p in {}; do command -v \"$p\" >/dev/null 2>&1 || {{ echo \"$p: not found\" >&2; exit {MISSING}; }}; done\n{}",
            self.programs.join(" "),
            self.script
        )
    }
}

/// The non-empty package lists of an environment, in install order.
#[derive(Debug, Clone, PartialEq)]
pub struct Packages(Vec<(&'static Manager, Vec<String>)>);

impl Packages {
    /// The packages of an environment's config; `None` when there is nothing to install (no
    /// lists, empty lists, or a self-hosted environment, which has no packages).
    pub fn of(config: &Value) -> Option<Self> {
        let lists: Vec<_> = MANAGERS
            .iter()
            .filter_map(|m| {
                let list: Vec<String> = config["packages"][m.name]
                    .as_array()?
                    .iter()
                    .filter_map(|p| p.as_str().map(str::to_string))
                    .collect();
                (!list.is_empty()).then_some((m, list))
            })
            .collect();
        (!lists.is_empty()).then_some(Self(lists))
    }

    /// The cache key: a hash of the canonical lists, so environments with the same packages
    /// share one cache.
    pub fn key(&self) -> String {
        let lists: Map<String, Value> = self.0.iter().map(|(m, l)| (m.name.to_string(), json!(l))).collect();
        let digest = Sha256::digest(format!("{LAYOUT}\n{}", Value::Object(lists)));
        digest[..16].iter().map(|b| format!("{b:02x}")).collect()
    }

    /// What sessions see of the cache in `dir`: the directory, read-only, and the variables that
    /// find what is in it, each put before the server's own value.
    fn extras(&self, dir: &Path) -> Extras {
        let mut vars: Vec<(&str, Vec<PathBuf>)> = vec![("PATH", Vec::new())];
        for (m, _) in &self.0 {
            let dest = dir.join(m.name);
            vars[0].1.extend(m.bin.iter().map(|b| dest.join(b)));
            for (name, subdirs) in m.vars {
                vars.push((name, subdirs.iter().map(|s| dest.join(s)).collect()));
            }
        }
        let env = vars
            .into_iter()
            .map(|(name, dirs)| {
                let current = std::env::var_os(name).unwrap_or_default();
                let all = dirs.into_iter().chain(std::env::split_paths(&current));
                // Only a directory with a `:` in its name cannot be joined; it is left out.
                let value = std::env::join_paths(all.filter(|d| !d.as_os_str().as_encoded_bytes().contains(&b':')))
                    .unwrap_or_default();
                (OsString::from(name), value)
            })
            .collect();
        Extras {
            read_only: vec![dir.to_path_buf()],
            env,
            mounts: Vec::new(),
        }
    }
}

/// Why a package set could not be installed; `message` is the whole story, for `session.error`.
#[derive(Debug, Clone, PartialEq)]
pub struct SetupError {
    pub manager: Option<&'static str>,
    pub message: String,
}

impl SetupError {
    fn io(what: &str, path: &Path, e: std::io::Error) -> Self {
        Self {
            manager: None,
            message: format!("cannot {what} {}: {e}", path.display()),
        }
    }
}

/// Every package cache of a server.
pub struct PackageCache {
    root: PathBuf,
    /// Installers run in this sandbox, with no variable holding one of `secrets`.
    sandbox: SandboxConfig,
    secrets: Vec<String>,
    /// One lock per key, so sessions of the same packages wait for one install.
    locks: Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
}

impl PackageCache {
    pub fn new(root: PathBuf, sandbox: SandboxConfig, secrets: Vec<String>) -> Self {
        Self {
            root,
            sandbox,
            secrets,
            locks: Mutex::new(HashMap::new()),
        }
    }

    /// What sessions see of `packages` when their install has finished.
    pub fn ready(&self, packages: &Packages) -> Option<Extras> {
        let dir = self.root.join(packages.key()).canonicalize().ok()?;
        dir.is_dir().then(|| packages.extras(&dir))
    }

    /// Installs `packages` unless they are installed, sending progress (the data of
    /// [`SETUP_EVENT`] frames, without `type`) to `report`.
    pub async fn install(
        &self,
        packages: &Packages,
        network: &NetworkPolicy,
        report: impl Fn(Value),
    ) -> Result<Extras, SetupError> {
        let key = packages.key();
        let lock = self
            .locks
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(key.clone())
            .or_default()
            .clone();
        let _guard = match lock.try_lock() {
            Ok(guard) => guard,
            Err(_) => {
                report(json!({"status": "waiting"}));
                lock.lock().await
            }
        };
        if let Some(extras) = self.ready(packages) {
            return Ok(extras);
        }
        // Holding the key's lock, a staging dir left here is from a crash: start afresh.
        let staging = self.root.join(format!(".staging-{key}"));
        let _ = tokio::fs::remove_dir_all(&staging).await;
        let filled = self.fill(&staging, packages, network, &report).await;
        if let Err(e) = filled {
            let _ = tokio::fs::remove_dir_all(&staging).await;
            return Err(e);
        }
        let done = self.root.join(&key);
        tokio::fs::rename(&staging, &done)
            .await
            .map_err(|e| SetupError::io("move the installed packages to", &done, e))?;
        self.ready(packages)
            .ok_or_else(|| SetupError::io("find", &done, std::io::ErrorKind::NotFound.into()))
    }

    /// Runs every manager's install into `staging`, leaving only what they installed.
    async fn fill(
        &self,
        staging: &Path,
        packages: &Packages,
        network: &NetworkPolicy,
        report: &impl Fn(Value),
    ) -> Result<(), SetupError> {
        let scratch = staging.join(".scratch");
        tokio::fs::create_dir_all(&scratch)
            .await
            .map_err(|e| SetupError::io("create", &scratch, e))?;
        let staging = staging.canonicalize().map_err(|e| SetupError::io("find", staging, e))?;
        let scratch = staging.join(".scratch");
        for (manager, list) in &packages.0 {
            report(json!({"status": "installing", "manager": manager.name, "packages": list}));
            let extras = Extras {
                read_only: manager.reads.iter().map(PathBuf::from).filter(|p| p.is_dir()).collect(),
                env: vec![
                    ("DEST".into(), staging.join(manager.name).into()),
                    ("SCRATCH".into(), scratch.clone().into()),
                    ("HOME".into(), scratch.clone().into()),
                ],
                mounts: Vec::new(),
            };
            // Installs reach the registries whatever the environment's networking, as the cloud
            // builds a container before the session runs in it.
            let sandbox = Sandbox::new(
                staging.clone(),
                self.secrets.clone(),
                self.sandbox.clone(),
                &network.with_registries(),
            )
            .with_extras(extras);
            run(manager, list, &sandbox, &scratch).await?;
        }
        tokio::fs::remove_dir_all(&scratch)
            .await
            .map_err(|e| SetupError::io("clean up", &scratch, e))
    }
}

/// Runs one manager's install script; an error names the packages and quotes the output (but
/// not lines that point into `scratch`, such as npm's log file: it is deleted with the failure).
async fn run(manager: &Manager, list: &[String], sandbox: &Sandbox, scratch: &Path) -> Result<(), SetupError> {
    let fail = |message: String| SetupError {
        manager: Some(manager.name),
        message,
    };
    // An entry that looks like an option would change what the installer does.
    if let Some(bad) = list.iter().find(|p| p.starts_with('-') || p.is_empty()) {
        return Err(fail(format!("{}: '{bad}' is not a package", manager.name)));
    }
    let mut cmd = sandbox
        .command("/bin/sh")
        .map_err(|e| fail(format!("{}: {e}", manager.name)))?;
    cmd.arg("-c")
        .arg(manager.full_script())
        .arg("sh")
        .args(list)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let child = cmd
        .spawn()
        .map_err(|e| fail(format!("{}: cannot start /bin/sh: {e}", manager.name)))?;
    let pgid = child.id();
    let out = match tokio::time::timeout(INSTALL_TIMEOUT, child.wait_with_output()).await {
        Ok(out) => out.map_err(|e| fail(format!("{}: {e}", manager.name)))?,
        Err(_) => {
            if let Some(pgid) = pgid {
                let _ = kill_group(pgid);
            }
            return Err(fail(format!(
                "{} did not finish installing {} within {} minutes",
                manager.name,
                list.join(", "),
                INSTALL_TIMEOUT.as_secs() / 60
            )));
        }
    };
    if out.status.success() {
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    if out.status.code() == Some(MISSING) && stderr.contains(": not found") {
        return Err(fail(format!(
            "{} packages need {}, which is not installed here (or not visible in the sandbox)",
            manager.name,
            manager.programs.join(" and ")
        )));
    }
    let output = if stderr.trim().is_empty() {
        String::from_utf8_lossy(&out.stdout)
    } else {
        stderr
    };
    let scratch = scratch.to_string_lossy();
    let output: String = output
        .lines()
        .filter(|l| !l.contains(scratch.as_ref()))
        .map(|l| format!("{l}\n"))
        .collect();
    Err(fail(format!(
        "{} could not install {}: {}",
        manager.name,
        culprits(list, &output).join(", "),
        tail(&output)
    )))
}

/// The entries the installer's output names (by the entry or its name before any version),
/// or all of them when it names none.
fn culprits<'a>(list: &'a [String], output: &str) -> Vec<&'a str> {
    let named: Vec<&str> = list
        .iter()
        .map(String::as_str)
        .filter(|p| {
            let name = p
                .split(['=', '<', '>', '~', '!', '@', '[', ';', ' '])
                .next()
                .unwrap_or(p);
            output.contains(*p) || (!name.is_empty() && output.contains(name))
        })
        .collect();
    if named.is_empty() {
        list.iter().map(String::as_str).collect()
    } else {
        named
    }
}

/// The last non-empty lines of an installer's output, on one line each joined by " | ".
fn tail(output: &str) -> String {
    let lines: Vec<&str> = output.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let from = lines.len().saturating_sub(TAIL_LINES);
    let text = lines[from..].join(" | ");
    if text.is_empty() { "(no output)".into() } else { text }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::local::network::NetworkPolicy;

    fn packages(config: Value) -> Packages {
        Packages::of(&json!({"type": "cloud", "packages": config})).unwrap()
    }

    #[test]
    fn no_lists_means_nothing_to_install() {
        assert_eq!(Packages::of(&json!({"type": "self_hosted"})), None);
        let empty = json!({"type": "cloud", "packages": {"type": "packages", "apt": [], "pip": []}});
        assert_eq!(Packages::of(&empty), None);
    }

    #[test]
    fn the_key_depends_on_the_lists_only() {
        let a = packages(json!({"type": "packages", "pip": ["pandas==2.0"], "npm": [], "apt": ["jq"]}));
        let b = packages(json!({"apt": ["jq"], "pip": ["pandas==2.0"]}));
        assert_eq!(a.key(), b.key(), "empty lists, the type and key order do not matter");
        assert_eq!(a.key().len(), 32);
        assert!(a.key().bytes().all(|c| c.is_ascii_hexdigit()));
        let c = packages(json!({"apt": ["jq"], "pip": ["pandas==2.1"]}));
        assert_ne!(a.key(), c.key());
        let d = packages(json!({"npm": ["jq"], "pip": ["pandas==2.0"]}));
        assert_ne!(a.key(), d.key(), "the manager is part of the key");
    }

    #[test]
    fn sessions_find_the_packages_first_on_their_paths() {
        let p = packages(json!({"pip": ["x"], "npm": ["y"]}));
        let extras = p.extras(Path::new("/c"));
        assert_eq!(extras.read_only, [PathBuf::from("/c")]);
        let var = |name: &str| {
            extras
                .env
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.to_string_lossy().into_owned())
                .unwrap()
        };
        assert!(
            var("PATH").starts_with("/c/npm/node_modules/.bin:/c/pip/bin:"),
            "{}",
            var("PATH")
        );
        assert!(var("PYTHONPATH").starts_with("/c/pip/"), "{}", var("PYTHONPATH"));
        assert!(var("NODE_PATH").starts_with("/c/npm/node_modules"));
        assert!(!extras.env.iter().any(|(k, _)| k == "LD_LIBRARY_PATH"));
    }

    #[test]
    fn scripts_check_their_programs_and_pass_packages_as_arguments() {
        let pip = MANAGERS.iter().find(|m| m.name == "pip").unwrap();
        let script = pip.full_script();
        assert!(script.starts_with("for p in python3; do command -v"), "{script}");
        assert!(script.ends_with(r#"exec python3 -m pip install --target "$DEST" --no-input --no-cache-dir --disable-pip-version-check --no-warn-script-location "$@""#));
        let apt = MANAGERS.iter().find(|m| m.name == "apt").unwrap();
        assert!(apt.full_script().starts_with("for p in apt-get dpkg;"));
        let names: Vec<&str> = MANAGERS.iter().map(|m| m.name).collect();
        assert_eq!(names, crate::api::environments::PACKAGE_MANAGERS);
    }

    #[test]
    fn failures_name_the_packages_the_output_names() {
        let list = vec!["pandas==2.0".to_string(), "nonexistent-pkg".to_string()];
        let out = "Collecting pandas==2.0\nERROR: No matching distribution found for nonexistent-pkg\n";
        assert_eq!(
            culprits(&list, "ERROR: No matching distribution found for nonexistent-pkg"),
            ["nonexistent-pkg"]
        );
        assert_eq!(
            culprits(&list, "network unreachable"),
            ["pandas==2.0", "nonexistent-pkg"]
        );
        assert_eq!(
            tail(out),
            "Collecting pandas==2.0 | ERROR: No matching distribution found for nonexistent-pkg"
        );
        assert_eq!(tail("\n\n"), "(no output)");
    }

    fn cache(root: &Path) -> PackageCache {
        PackageCache::new(root.to_path_buf(), crate::local::sandbox::unconfined(), vec![])
    }

    #[tokio::test]
    async fn a_failed_install_leaves_no_cache_and_a_missing_installer_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let cache = cache(dir.path());
        let bad = packages(json!({"pip": ["--index-url=http://example.com"]}));
        let e = cache
            .install(&bad, &NetworkPolicy::Unrestricted, |_| {})
            .await
            .unwrap_err();
        assert_eq!(e.manager, Some("pip"));
        assert!(e.message.contains("is not a package"), "{}", e.message);
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            0,
            "no cache, no staging dir"
        );
        let missing = Manager {
            name: "x",
            programs: &["no-such-installer-here"],
            script: "exit 0",
            bin: &[],
            vars: &[],
            reads: &[],
        };
        let sandbox = Sandbox::new(
            dir.path().to_path_buf(),
            vec![],
            cache.sandbox.clone(),
            &NetworkPolicy::Unrestricted,
        );
        let e = run(&missing, &["a".into()], &sandbox, dir.path()).await.unwrap_err();
        assert!(
            e.message
                .contains("need no-such-installer-here, which is not installed"),
            "{}",
            e.message
        );
    }
}
