//! Which hosts a session's tools may reach: one policy, checked by web_fetch
//! and by the proxy that is a `limited` sandbox's only way out.

pub mod egress;
pub mod proxy;
#[cfg(test)]
pub(crate) mod testing;

use std::io;
use std::net::{IpAddr, SocketAddr};
use std::sync::Mutex;

/// The public registries `allow_package_managers` opens beyond `allowed_hosts`:
/// where pip, npm and yarn, cargo, gem, go and apt (Debian and Ubuntu) download
/// from. Like an allowed host, each also covers its subdomains (index.crates.io,
/// static.crates.io, index.rubygems.org). General code hosts such as github.com
/// are left out: they serve far more than packages.
pub const PACKAGE_REGISTRIES: &[&str] = &[
    "pypi.org",
    "files.pythonhosted.org",
    "registry.npmjs.org",
    "registry.yarnpkg.com",
    "crates.io",
    "rubygems.org",
    "proxy.golang.org",
    "sum.golang.org",
    "deb.debian.org",
    "security.debian.org",
    "archive.ubuntu.com",
    "security.ubuntu.com",
];

/// Distinct refusals kept between two looks; a retry loop must not grow the
/// list without bound.
const MAX_REFUSALS: usize = 10;

/// Why connections were refused since the tools last looked, each once,
/// oldest first: bash appends them to a command's output, since a client may
/// show only a status code or errno.
#[derive(Debug, Default)]
pub struct Refusals(Mutex<Vec<String>>);

impl Refusals {
    pub fn record(&self, message: String) {
        let mut list = self.0.lock().unwrap_or_else(|p| p.into_inner());
        if list.len() < MAX_REFUSALS && !list.contains(&message) {
            list.push(message);
        }
    }

    pub fn take(&self) -> Vec<String> {
        std::mem::take(&mut *self.0.lock().unwrap_or_else(|p| p.into_inner()))
    }
}

/// An environment's `networking`, as the tools enforce it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum NetworkPolicy {
    #[default]
    Unrestricted,
    /// Only these hosts (a listed domain also covers its subdomains), plus
    /// [`PACKAGE_REGISTRIES`] when `package_managers` is set.
    Limited {
        allowed_hosts: Vec<String>,
        package_managers: bool,
    },
}

/// Why a host cannot be reached, in words meant for the model.
#[derive(Debug, thiserror::Error)]
pub enum Blocked {
    #[error("{0} is not in this environment's allowed_hosts")]
    NotAllowed(String),
    #[error(
        "{host} resolves to {addr}, an address of this machine or its link (loopback, link-local or one of its interfaces), which only a limited environment whose allowed_hosts names it (localhost or the address itself) reaches"
    )]
    Internal { host: String, addr: IpAddr },
    #[error("cannot resolve {host}: {source}")]
    Lookup { host: String, source: io::Error },
}

impl NetworkPolicy {
    /// A limited policy with only `allowed_hosts`.
    pub fn limited<S: Into<String>>(allowed_hosts: impl IntoIterator<Item = S>) -> Self {
        Self::Limited {
            allowed_hosts: allowed_hosts.into_iter().map(Into::into).collect(),
            package_managers: false,
        }
    }

    /// The same policy, with the public registries too (what an install needs).
    pub fn with_registries(&self) -> Self {
        match self {
            Self::Unrestricted => Self::Unrestricted,
            Self::Limited { allowed_hosts, .. } => Self::Limited {
                allowed_hosts: allowed_hosts.clone(),
                package_managers: true,
            },
        }
    }

    /// Whether `host` (as in a URL, IPv6 in brackets or not) may be contacted.
    pub fn allows(&self, host: &str) -> bool {
        self.any_entry(&normalize_host(host), |_| true)
    }

    /// The addresses of `host` that may be connected to on `port`. Refuses a
    /// host the policy does not allow, and one that resolves to an address of
    /// this machine or its link (loopback, unspecified, link-local such as a
    /// cloud metadata service) unless the entry that allows it names such a
    /// place itself: a name in DNS must not be a way back to the host's own
    /// services.
    pub async fn resolve(&self, host: &str, port: u16) -> Result<Vec<SocketAddr>, Blocked> {
        let name = normalize_host(host);
        if !self.allows(&name) {
            return Err(Blocked::NotAllowed(name));
        }
        let addrs = match name.parse::<IpAddr>() {
            Ok(ip) => vec![SocketAddr::new(ip, port)],
            Err(_) => match tokio::net::lookup_host((name.clone(), port)).await {
                Ok(addrs) => addrs.collect(),
                Err(source) => return Err(Blocked::Lookup { host: name, source }),
            },
        };
        self.screen(name, addrs)
    }

    /// `addrs` (what `name` resolved to) unless one is this machine's or its
    /// link's and no entry allowing `name` names such a place.
    fn screen(&self, name: String, addrs: Vec<SocketAddr>) -> Result<Vec<SocketAddr>, Blocked> {
        match addrs.iter().find(|a| is_this_machine(a.ip())) {
            Some(a) if !self.names_internal(&name) => Err(Blocked::Internal {
                host: name,
                addr: a.ip(),
            }),
            _ => Ok(addrs),
        }
    }

    /// Checks a host written as an address (which no resolver sees) as
    /// [`resolve`](Self::resolve) checks a name; a name passes.
    pub fn screen_literal(&self, host: &str) -> Result<(), Blocked> {
        let name = normalize_host(host);
        match name.parse::<IpAddr>() {
            Ok(ip) => self.screen(name, vec![SocketAddr::new(ip, 0)]).map(drop),
            Err(_) => Ok(()),
        }
    }

    /// Whether an entry allowing `host` names this machine on purpose; an
    /// unrestricted environment has no entries, and reaches only the internet.
    fn names_internal(&self, host: &str) -> bool {
        matches!(self, Self::Limited { .. }) && self.any_entry(host, names_internal)
    }

    /// Whether some entry that covers `host` (normalized) passes `test`;
    /// under `Unrestricted`, always.
    fn any_entry(&self, host: &str, test: impl Fn(&str) -> bool) -> bool {
        let Self::Limited {
            allowed_hosts,
            package_managers,
        } = self
        else {
            return true;
        };
        let registries = PACKAGE_REGISTRIES.iter().copied().filter(|_| *package_managers);
        allowed_hosts.iter().map(String::as_str).chain(registries).any(|entry| {
            let entry = normalize_host(entry);
            let entry = entry.trim_start_matches("*.").trim_start_matches('.');
            !entry.is_empty()
                && (host == entry || host.strip_suffix(entry).is_some_and(|prefix| prefix.ends_with('.')))
                && test(entry)
        })
    }
}

fn normalize_host(host: &str) -> String {
    host.trim()
        .trim_start_matches('[')
        .trim_end_matches(']')
        .trim_end_matches('.')
        .to_ascii_lowercase()
}

/// Whether an allowed_hosts entry points at this machine on purpose: an
/// address written out, or localhost.
fn names_internal(entry: &str) -> bool {
    entry == "localhost" || entry.ends_with(".localhost") || entry.parse::<IpAddr>().is_ok()
}

/// An address of this machine or its link: [`is_internal`], or one of its
/// interfaces' addresses.
fn is_this_machine(ip: IpAddr) -> bool {
    is_internal(ip) || egress::host_addresses().contains(&ip.to_canonical())
}

/// Loopback, unspecified ("this host", 0.0.0.0/8) and link-local addresses,
/// IPv4-mapped IPv6 forms included.
fn is_internal(ip: IpAddr) -> bool {
    match ip.to_canonical() {
        IpAddr::V4(v4) => v4.is_loopback() || v4.octets()[0] == 0 || v4.is_link_local(),
        IpAddr::V6(v6) => v6.is_loopback() || v6.is_unspecified() || v6.is_unicast_link_local(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_hosts_and_subdomains() {
        let p = NetworkPolicy::limited(["Example.com", "127.0.0.1", "::1", "*.wild.org"]);
        assert!(p.allows("example.com"));
        assert!(p.allows("api.EXAMPLE.com."));
        assert!(!p.allows("badexample.com"));
        assert!(!p.allows("example.com.evil.org"));
        assert!(p.allows("127.0.0.1"));
        assert!(p.allows("[::1]"));
        assert!(!p.allows("localhost"));
        assert!(p.allows("a.wild.org"));
        assert!(NetworkPolicy::Unrestricted.allows("anything.org"));
        assert!(!NetworkPolicy::limited([""]).allows("example.com"));
    }

    #[test]
    fn package_managers_add_the_registries() {
        let hosts = ["pypi.org", "index.crates.io", "static.crates.io", "registry.npmjs.org"];
        let p = NetworkPolicy::limited(["example.com"]);
        assert!(hosts.iter().all(|h| !p.allows(h)));
        let NetworkPolicy::Limited { allowed_hosts, .. } = p else {
            unreachable!()
        };
        let p = NetworkPolicy::Limited {
            allowed_hosts,
            package_managers: true,
        };
        assert!(hosts.iter().all(|h| p.allows(h)));
        assert!(p.allows("example.com"));
        assert!(!p.allows("github.com"));
    }

    #[test]
    fn internal_addresses() {
        for ip in [
            "127.0.0.1",
            "127.1.2.3",
            "0.0.0.0",
            "169.254.169.254",
            "::1",
            "::",
            "fe80::1",
            "::ffff:127.0.0.1",
        ] {
            assert!(is_internal(ip.parse().unwrap()), "{ip}");
        }
        for ip in ["10.0.0.1", "192.168.1.1", "93.184.215.14", "2606:2800::1"] {
            assert!(!is_internal(ip.parse().unwrap()), "{ip}");
        }
    }

    #[tokio::test]
    async fn resolving_to_loopback_needs_an_entry_that_names_it() {
        let local = NetworkPolicy::limited(["localhost"]);
        let addrs = local.resolve("localhost", 80).await.unwrap();
        assert!(!addrs.is_empty() && addrs.iter().all(|a| a.ip().is_loopback() && a.port() == 80));
        let by_ip = NetworkPolicy::limited(["127.0.0.1"]);
        assert_eq!(
            by_ip.resolve("127.0.0.1", 8).await.unwrap(),
            ["127.0.0.1:8".parse().unwrap()]
        );
        let err = by_ip.resolve("localhost", 8).await.unwrap_err();
        assert_eq!(err.to_string(), "localhost is not in this environment's allowed_hosts");
        let err = NetworkPolicy::Unrestricted.resolve("localhost", 1).await.unwrap_err();
        assert!(err.to_string().starts_with("localhost resolves to "), "{err}");
    }

    #[test]
    fn a_name_resolving_to_this_machine_is_refused() {
        let addrs = |ips: &[&str]| ips.iter().map(|ip| SocketAddr::new(ip.parse().unwrap(), 80)).collect();
        let p = NetworkPolicy::limited(["evil.example", "*.localhost"]);
        for ips in [
            &["93.184.215.14", "127.0.0.1"][..],
            &["169.254.169.254"],
            &["::ffff:127.0.0.1"],
        ] {
            let err = p.screen("evil.example".into(), addrs(ips)).unwrap_err();
            assert!(
                err.to_string().starts_with("evil.example resolves to "),
                "{ips:?}: {err}"
            );
        }
        assert!(p.screen("evil.example".into(), addrs(&["93.184.215.14"])).is_ok());
        assert!(p.screen("app.localhost".into(), addrs(&["127.0.0.1"])).is_ok());
        let unrestricted = NetworkPolicy::Unrestricted;
        assert!(unrestricted.screen("x".into(), addrs(&["127.0.0.1"])).is_err());
        assert!(unrestricted.screen_literal("[::1]").is_err());
        assert!(unrestricted.screen_literal("169.254.169.254").is_err());
        assert!(unrestricted.screen_literal("93.184.215.14").is_ok());
        assert!(unrestricted.screen_literal("example.org").is_ok());
        let mine = egress::host_addresses().into_iter().find(|ip| !is_internal(*ip));
        if let Some(ip) = mine {
            assert!(unrestricted.screen_literal(&ip.to_string()).is_err(), "{ip}");
        }
        assert!(
            NetworkPolicy::limited(["127.0.0.1"])
                .screen_literal("127.0.0.1")
                .is_ok()
        );
    }
}
