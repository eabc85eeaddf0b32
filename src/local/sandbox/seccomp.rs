//! The seccomp filters of the Landlock back end, compiled once in the server
//! and installed by each tool process between fork and exec.
//!
//! Landlock confines files, TCP and signals; these filters close what it
//! does not see: kernel interfaces no tool needs that are large attack
//! surface, socket families that reach outside the sandbox, and (offline)
//! every IP socket but TCP, which Landlock then governs port by port.

use std::collections::BTreeMap;
use std::io;

use seccompiler::{
    BpfProgram, SeccompAction, SeccompCmpArgLen, SeccompCmpOp, SeccompCondition, SeccompFilter, SeccompRule,
};

/// Refused with EPERM in every session, each for a reason a tool never has:
const REFUSED: &[libc::c_long] = &[
    // io_uring performs I/O the filter below never sees (its operations are
    // not syscalls) and has been the kernel's richest source of exploits.
    libc::SYS_io_uring_setup,
    libc::SYS_io_uring_enter,
    libc::SYS_io_uring_register,
    // The kernel keyrings are not per sandbox: the user's session keyring
    // (credentials cached by other programs) would be readable.
    libc::SYS_keyctl,
    libc::SYS_add_key,
    libc::SYS_request_key,
    // Loading eBPF, profiling the machine and user-space page-fault handling:
    // kernel attack surface and side channels, used by exploits, not by builds.
    libc::SYS_bpf,
    libc::SYS_perf_event_open,
    libc::SYS_userfaultfd,
    // New namespaces (a user namespace above all) would hand the process
    // capabilities over kernel code otherwise reserved to root; clone with
    // namespace flags is refused below, clone3 in `NO_CLONE3`.
    libc::SYS_unshare,
    libc::SYS_setns,
];

/// Every `CLONE_NEW*` flag `clone` takes.
const CLONE_NAMESPACES: &[libc::c_int] = &[
    libc::CLONE_NEWUSER,
    libc::CLONE_NEWNS,
    libc::CLONE_NEWPID,
    libc::CLONE_NEWNET,
    libc::CLONE_NEWUTS,
    libc::CLONE_NEWIPC,
    libc::CLONE_NEWCGROUP,
];

/// The socket types offline sessions may not open on IP: everything but
/// `SOCK_STREAM`, whose TCP Landlock allows only towards permitted ports.
const OFFLINE_IP_TYPES: &[i32] = &[
    libc::SOCK_DGRAM,
    libc::SOCK_RAW,
    libc::SOCK_RDM,
    libc::SOCK_SEQPACKET,
    libc::SOCK_DCCP,
];

/// The filters a tool process installs: `common` and one of the others.
#[derive(Debug)]
pub struct Filters {
    /// clone3 answers ENOSYS, so libc falls back to clone, whose flags
    /// (unlike clone3's, in memory) a filter can read.
    common: BpfProgram,
    online: BpfProgram,
    offline: BpfProgram,
}

impl Filters {
    /// `unix_sockets`: whether `socket(AF_UNIX)` may be used. Landlock below
    /// ABI 9 cannot confine `connect` to a socket file, and such a socket (an
    /// ssh agent, a container daemon, the session bus) outside the sandbox is
    /// a way out of it; socketpair, which most programs use, stays allowed.
    pub fn compile(unix_sockets: bool) -> Result<Self, String> {
        let arch = std::env::consts::ARCH
            .try_into()
            .map_err(|_| format!("no seccomp filter for {}", std::env::consts::ARCH))?;
        let compile = |rules: BTreeMap<i64, Vec<SeccompRule>>, errno: i32| -> Result<BpfProgram, String> {
            let filter = SeccompFilter::new(rules, SeccompAction::Allow, SeccompAction::Errno(errno as u32), arch)
                .map_err(|e| format!("cannot build the seccomp filter: {e}"))?;
            filter
                .try_into()
                .map_err(|e: seccompiler::BackendError| format!("cannot compile the seccomp filter: {e}"))
        };
        let refused = |offline: bool| -> Result<BTreeMap<i64, Vec<SeccompRule>>, String> {
            let mut rules: BTreeMap<i64, Vec<SeccompRule>> = REFUSED.iter().map(|nr| (*nr, Vec::new())).collect();
            // One rule per flag: a filter compares masked bits for equality only.
            let namespaces = CLONE_NAMESPACES
                .iter()
                .map(|flag| rule(&[(0, SeccompCmpOp::MaskedEq(*flag as u64), *flag as u64)]))
                .collect::<Result<_, _>>()?;
            rules.insert(libc::SYS_clone, namespaces);
            rules.insert(libc::SYS_socket, socket_rules(unix_sockets, offline)?);
            Ok(rules)
        };
        Ok(Self {
            common: compile([(libc::SYS_clone3, Vec::new())].into(), libc::ENOSYS)?,
            online: compile(refused(false)?, libc::EPERM)?,
            offline: compile(refused(true)?, libc::EPERM)?,
        })
    }

    /// Installs the filters on the calling thread (no_new_privs must be set).
    /// Allocates nothing: this runs between fork and exec.
    pub fn apply(&self, offline: bool) -> io::Result<()> {
        let own = if offline { &self.offline } else { &self.online };
        for program in [&self.common, own] {
            seccompiler::apply_filter(program).map_err(|_| io::Error::last_os_error())?;
        }
        Ok(())
    }
}

/// The `socket()` calls refused: families other than IP, netlink (read-only
/// without capabilities) and, where Landlock confines it, Unix; offline, IP
/// sockets of any type but stream and any protocol but TCP.
fn socket_rules(unix_sockets: bool, offline: bool) -> Result<Vec<SeccompRule>, String> {
    let mut allowed = vec![libc::AF_INET, libc::AF_INET6, libc::AF_NETLINK];
    if unix_sockets {
        allowed.push(libc::AF_UNIX);
    }
    let other_family: Vec<_> = allowed.iter().map(|f| (0, SeccompCmpOp::Ne, *f as u64)).collect();
    let mut rules = vec![rule(&other_family)?];
    if offline {
        for family in [libc::AF_INET, libc::AF_INET6] {
            let family = family as u64;
            // Type flags (SOCK_NONBLOCK, SOCK_CLOEXEC) sit above the low 4 bits.
            for kind in OFFLINE_IP_TYPES {
                rules.push(rule(&[
                    (0, SeccompCmpOp::Eq, family),
                    (1, SeccompCmpOp::MaskedEq(0xf), *kind as u64),
                ])?);
            }
            // SCTP, MPTCP and the like on a stream socket.
            rules.push(rule(&[
                (0, SeccompCmpOp::Eq, family),
                (2, SeccompCmpOp::Ne, 0),
                (2, SeccompCmpOp::Ne, libc::IPPROTO_TCP as u64),
            ])?);
        }
    }
    Ok(rules)
}

/// A rule matching when every (argument, comparison, value) holds.
fn rule(conditions: &[(u8, SeccompCmpOp, u64)]) -> Result<SeccompRule, String> {
    let conditions = conditions
        .iter()
        .map(|(arg, op, value)| SeccompCondition::new(*arg, SeccompCmpArgLen::Dword, op.clone(), *value))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| format!("cannot build the seccomp filter: {e}"))?;
    SeccompRule::new(conditions).map_err(|e| format!("cannot build the seccomp filter: {e}"))
}
