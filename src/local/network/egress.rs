//! Where a sandboxed process may connect to directly, without the proxy: the
//! policy the connect guard (`sandbox/guard.rs`) applies to every destination
//! a tool names. An `unrestricted` environment reaches the internet, as a
//! container in the cloud does, and never this machine: not its loopback (the
//! local API, databases, agents of the user), not the addresses of its own
//! interfaces (services listening on all of them), and not its link
//! (link-local addresses, such as a cloud metadata service).

use std::net::{IpAddr, SocketAddr};

use super::is_internal;

/// The port DNS servers answer on.
const DNS_PORT: u16 = 53;

/// What the connect guard lets a sandboxed process reach directly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Egress {
    /// The internet, from the host's own network: neither this machine nor
    /// its link. The DNS servers that `/etc/resolv.conf` names stay reachable
    /// on port 53 wherever they are (systemd-resolved's 127.0.0.53, a
    /// container runtime's 127.0.0.11, a resolver on this machine's own
    /// address), or no name resolves.
    Internet { resolvers: Vec<IpAddr> },
    /// The internet, from a network namespace of the sandbox's own (bubblewrap
    /// with user-mode networking): its loopback is its own, so only this
    /// machine's own addresses and its link are refused.
    InternetFromNamespace,
    /// Only this address: the session's proxy, under limited networking where
    /// Landlock can hold TCP to the proxy's port but not to its address.
    Only(SocketAddr),
}

impl Egress {
    /// The internet from the host's network, with the host's resolvers.
    pub fn internet() -> Self {
        let conf = std::fs::read_to_string("/etc/resolv.conf").unwrap_or_default();
        Self::Internet {
            resolvers: nameservers(&conf),
        }
    }

    /// Whether a process may connect (or send a datagram) to `to`; the error
    /// says why not, in words meant for the model.
    pub fn check(&self, to: SocketAddr) -> Result<(), String> {
        let ip = to.ip().to_canonical();
        match self {
            Self::Only(proxy) if SocketAddr::new(ip, to.port()) == *proxy => Ok(()),
            Self::Only(proxy) => Err(format!(
                "{to} is not the session's proxy ({proxy}): limited networking goes only through it (HTTP_PROXY)"
            )),
            Self::Internet { resolvers } if to.port() == DNS_PORT && resolvers.contains(&ip) => Ok(()),
            Self::Internet { .. } if is_loopback(ip) => Err(format!(
                "{to} is this machine's loopback: an unrestricted environment reaches the internet, not the host (a limited environment reaches a host service that its allowed_hosts names)"
            )),
            Self::InternetFromNamespace if is_loopback(ip) => Ok(()),
            _ if is_link_local(ip) => Err(format!(
                "{to} is a link-local address (the host's link, such as a cloud metadata service), which sessions cannot reach"
            )),
            _ if host_addresses().contains(&ip) => Err(format!(
                "{to} is an address of this machine: an unrestricted environment reaches the internet, not the host"
            )),
            _ => Ok(()),
        }
    }
}

/// Loopback and unspecified addresses: a connection to either stays on the
/// machine it is made on.
fn is_loopback(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => v4.is_loopback() || v4.octets()[0] == 0,
        IpAddr::V6(v6) => v6.is_loopback() || v6.is_unspecified(),
    }
}

fn is_link_local(ip: IpAddr) -> bool {
    is_internal(ip) && !is_loopback(ip)
}

/// The addresses of this machine's interfaces, read at each check: they may
/// change while a session runs.
pub fn host_addresses() -> Vec<IpAddr> {
    let mut addrs = Vec::new();
    let mut list: *mut libc::ifaddrs = std::ptr::null_mut();
    // SAFETY: getifaddrs fills `list` with a linked list that freeifaddrs
    // releases; each sockaddr is read according to its family.
    unsafe {
        if libc::getifaddrs(&mut list) != 0 {
            return addrs;
        }
        let mut next = list;
        while let Some(entry) = next.as_ref() {
            if let Some(sa) = entry.ifa_addr.as_ref() {
                match i32::from(sa.sa_family) {
                    libc::AF_INET => {
                        let sin = &*(entry.ifa_addr as *const libc::sockaddr_in);
                        // s_addr holds the address's bytes in network order.
                        addrs.push(IpAddr::from(sin.sin_addr.s_addr.to_ne_bytes()));
                    }
                    libc::AF_INET6 => {
                        let sin6 = &*(entry.ifa_addr as *const libc::sockaddr_in6);
                        addrs.push(IpAddr::from(sin6.sin6_addr.s6_addr));
                    }
                    _ => {}
                }
            }
            next = entry.ifa_next;
        }
        libc::freeifaddrs(list);
    }
    addrs
}

/// The `nameserver` addresses of a resolv.conf.
pub fn nameservers(conf: &str) -> Vec<IpAddr> {
    conf.lines()
        .filter_map(|line| {
            let mut words = line.split_whitespace();
            (words.next() == Some("nameserver")).then(|| words.next()?.split('%').next()?.parse().ok())?
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn to(s: &str) -> SocketAddr {
        s.parse().unwrap()
    }

    #[test]
    fn the_internet_but_not_this_machine() {
        let internet = Egress::Internet {
            resolvers: vec!["127.0.0.53".parse().unwrap()],
        };
        for refused in [
            "127.0.0.1:4480",
            "127.9.9.9:22",
            "0.0.0.0:80",
            "[::1]:80",
            "[::]:80",
            "[::ffff:127.0.0.1]:80",
            "169.254.169.254:80",
            "[fe80::1]:80",
            "127.0.0.53:80",
        ] {
            assert!(internet.check(to(refused)).is_err(), "{refused}");
        }
        assert!(internet.check(to("127.0.0.53:53")).is_ok(), "the host's resolver");
        assert!(internet.check(to("93.184.215.14:443")).is_ok());
        assert!(internet.check(to("[2606:2800::1]:443")).is_ok());
        let err = internet.check(to("127.0.0.1:4480")).unwrap_err();
        assert!(err.starts_with("127.0.0.1:4480 is this machine's loopback"), "{err}");
    }

    #[test]
    fn a_namespace_keeps_its_own_loopback_but_not_the_hosts_addresses() {
        let ns = Egress::InternetFromNamespace;
        assert!(ns.check(to("127.0.0.1:8000")).is_ok());
        assert!(ns.check(to("169.254.169.254:80")).is_err());
        let mine = host_addresses()
            .into_iter()
            .find(|ip| !is_internal(*ip))
            .map(|ip| SocketAddr::new(ip, 22));
        if let Some(mine) = mine {
            let err = ns.check(mine).unwrap_err();
            assert!(err.contains("is an address of this machine"), "{err}");
        }
    }

    #[test]
    fn only_the_proxy() {
        let only = Egress::Only(to("127.0.0.1:3128"));
        assert!(only.check(to("127.0.0.1:3128")).is_ok());
        assert!(only.check(to("[::ffff:127.0.0.1]:3128")).is_ok());
        assert!(only.check(to("10.1.1.1:3128")).is_err());
        assert!(only.check(to("127.0.0.1:3129")).is_err());
    }

    #[test]
    fn nameservers_are_read_from_resolv_conf() {
        let conf = "# generated\nnameserver 127.0.0.53\nnameserver fe80::1%eth0\noptions edns0\nnameserver 10.0.0.2\n";
        let want: Vec<IpAddr> = ["127.0.0.53", "fe80::1", "10.0.0.2"]
            .iter()
            .map(|s| s.parse().unwrap())
            .collect();
        assert_eq!(nameservers(conf), want);
    }
}
