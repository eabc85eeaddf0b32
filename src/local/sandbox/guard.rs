//! The connect guard: the server decides every destination a sandboxed
//! process names. A seccomp filter stops each call that can carry one
//! (`connect`, `sendto` with an address, `sendmsg`, `sendmmsg`) and hands it
//! to the server as a user notification. For an IP socket the server reads the
//! destination from the process's memory, checks it against the session's
//! [`Egress`] and either refuses the call (`EACCES`, with a line for the tool
//! output) or makes the call itself, on the process's own socket (taken with
//! `pidfd_getfd`) with the bytes it checked. Making the call rather than
//! letting the kernel go on (`SECCOMP_USER_NOTIF_FLAG_CONTINUE`) is what makes
//! the check binding: the kernel would read the destination again, after
//! another thread of the process may have changed it.
//!
//! The server never lets the kernel go on with a stopped call, whatever the
//! socket: the process could swap the descriptor for an IP socket in between.
//! It makes netlink calls itself (their destination is the kernel) and sends
//! on a connected Unix socket itself (passing descriptors along), but refuses
//! to connect or send a Unix socket by name: that name would be resolved with
//! the server's rights rather than the sandbox's. `io_uring`, whose operations
//! no filter sees, is refused, and so are x32 system calls, whose numbers the
//! filter does not know.
//!
//! One thread per guarded process tree (a session's shell, a package install)
//! takes the filter's listener and answers its notifications; it ends when
//! every process of the tree has exited. A call that may block (a blocking
//! socket) is made on a thread of its own, so one slow connect does not hold
//! up the others.

use std::io;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::sync::Arc;

use seccompiler::{
    BpfProgram, SeccompAction, SeccompCmpArgLen, SeccompCmpOp, SeccompCondition, SeccompFilter, SeccompRule,
};

use crate::local::network::Refusals;
use crate::local::network::egress::Egress;

/// The longest destination read from a process: a `sockaddr_storage`.
const MAX_ADDRESS: usize = 128;
/// Data one intercepted send carries at most. A datagram is never longer; a
/// stream socket reports a short write, as its kernel may.
const MAX_PAYLOAD: usize = 256 * 1024;
/// Control-message bytes of one intercepted `sendmsg`.
const MAX_CONTROL: usize = 64 * 1024;
/// Messages of one `sendmmsg`, and buffers of one message (`UIO_MAXIOV`).
const MAX_VECTOR: usize = 1024;
/// `__X32_SYSCALL_BIT`: the x32 ABI's system calls, on x86_64.
const X32_BIT: u32 = 0x4000_0000;

/// The guard's seccomp programs, compiled once per server.
#[derive(Debug)]
pub struct GuardFilter {
    /// Notifies the calls that name a destination (the one filter that
    /// carries a listener).
    notify: BpfProgram,
    /// Refuses `io_uring` (EPERM) and x32 calls (ENOSYS).
    refuse: BpfProgram,
}

impl GuardFilter {
    pub fn compile() -> Result<Self, String> {
        let arch = std::env::consts::ARCH
            .try_into()
            .map_err(|_| format!("no seccomp filter for {}", std::env::consts::ARCH))?;
        let err = |e: &dyn std::fmt::Display| format!("cannot build the connect guard's filter: {e}");
        let address_given = SeccompRule::new(vec![
            SeccompCondition::new(4, SeccompCmpArgLen::Qword, SeccompCmpOp::Ne, 0).map_err(|e| err(&e))?,
        ])
        .map_err(|e| err(&e))?;
        let notified = [
            (libc::SYS_connect, Vec::new()),
            (libc::SYS_sendmsg, Vec::new()),
            (libc::SYS_sendmmsg, Vec::new()),
            (libc::SYS_sendto, vec![address_given]),
        ];
        // seccompiler has no user-notification action: Trap stands in for it
        // (nothing else here traps) and is rewritten below.
        let filter = SeccompFilter::new(notified.into(), SeccompAction::Allow, SeccompAction::Trap, arch)
            .map_err(|e| err(&e))?;
        let mut notify: BpfProgram = filter.try_into().map_err(|e: seccompiler::BackendError| err(&e))?;
        for op in notify.iter_mut() {
            if op.code == RET && op.k == libc::SECCOMP_RET_TRAP {
                op.k = libc::SECCOMP_RET_USER_NOTIF;
            }
        }
        let io_uring = [
            libc::SYS_io_uring_setup,
            libc::SYS_io_uring_enter,
            libc::SYS_io_uring_register,
        ];
        let filter = SeccompFilter::new(
            io_uring.map(|nr| (nr, Vec::new())).into(),
            SeccompAction::Allow,
            SeccompAction::Errno(libc::EPERM as u32),
            arch,
        )
        .map_err(|e| err(&e))?;
        let mut refuse: BpfProgram = filter.try_into().map_err(|e: seccompiler::BackendError| err(&e))?;
        refuse_x32(&mut refuse);
        Ok(Self { notify, refuse })
    }
}

/// `BPF_RET | BPF_K`: a filter's verdict.
const RET: u16 = 0x06;

/// Inserts, after seccompiler's architecture check (three instructions:
/// load the arch, skip the kill when it matches, kill), a refusal of every
/// x32 call: they share x86_64's architecture value but not its numbers.
fn refuse_x32(program: &mut BpfProgram) {
    if cfg!(target_arch = "x86_64") && program.len() >= 3 {
        let op = |code: u16, jt: u8, jf: u8, k: u32| seccompiler::sock_filter { code, jt, jf, k };
        // BPF_LD|BPF_W|BPF_ABS of seccomp_data.nr; BPF_JMP|BPF_JGE|BPF_K.
        let check = [
            op(0x20, 0, 0, 0),
            op(0x35, 0, 1, X32_BIT),
            op(RET, 0, 0, libc::SECCOMP_RET_ERRNO | libc::ENOSYS as u32),
        ];
        program.splice(3..3, check);
    }
}

/// What the server's handshake and supervision share with one spawned
/// process: the guard is armed before the spawn and installed in the child.
pub struct Arming {
    filter: Arc<GuardFilter>,
    /// The child writes its pid and its listener's fd number here...
    report: OwnedFd,
    /// ... and waits here for the server's answer: 0 once it holds the listener, else an errno.
    ack: OwnedFd,
    /// The server's ends of both pipes (owned by the handshake thread), which
    /// the child closes first: its copy of the write end would keep it from
    /// ever seeing the end of a handshake that failed.
    server_ends: [RawFd; 2],
}

impl Arming {
    /// Starts the thread that takes the listener of the next process installing
    /// this arming and then answers its notifications with `egress`, noting
    /// refusals in `refusals`. The thread ends unused when the arming is
    /// dropped without a child having installed it.
    pub fn new(filter: Arc<GuardFilter>, egress: Egress, refusals: Arc<Refusals>) -> io::Result<Self> {
        let (report_rx, report) = pipe()?;
        let (ack_rx, ack_tx) = pipe()?;
        let server_ends = [report_rx.as_raw_fd(), ack_tx.as_raw_fd()];
        std::thread::Builder::new()
            .name("ant-connect-guard".into())
            .spawn(move || {
                if let Some(listener) = take_listener(&report_rx, &ack_tx) {
                    drop((report_rx, ack_tx));
                    supervise(Arc::new(listener), &egress, &refusals);
                }
            })?;
        Ok(Self {
            filter,
            report,
            ack: ack_rx,
            server_ends,
        })
    }

    /// Installs the guard in the calling process and hands its listener to
    /// the server. Runs between fork and exec: raw syscalls, no allocation.
    pub fn install(&self) -> io::Result<()> {
        // SAFETY: plain syscalls on integers and on programs prepared by the
        // parent, which outlive this call.
        unsafe {
            for fd in self.server_ends {
                libc::close(fd);
            }
            if libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1 as libc::c_ulong, 0, 0, 0) != 0 {
                return Err(io::Error::last_os_error());
            }
            set_filter(&self.filter.refuse, 0)?;
            let listener = set_filter(&self.filter.notify, libc::SECCOMP_FILTER_FLAG_NEW_LISTENER)?;
            let mut message = [0u8; 8];
            message[..4].copy_from_slice(&(libc::getpid() as u32).to_ne_bytes());
            message[4..].copy_from_slice(&(listener as u32).to_ne_bytes());
            let written = libc::write(self.report.as_raw_fd(), message.as_ptr().cast(), message.len());
            // The server answers 0, or the errno that kept it from taking the listener.
            let mut answer = [0u8; 4];
            let read = libc::read(self.ack.as_raw_fd(), answer.as_mut_ptr().cast(), answer.len());
            libc::close(listener);
            if written != message.len() as isize || read != answer.len() as isize {
                return Err(io::Error::from_raw_os_error(libc::EPIPE));
            }
            match i32::from_ne_bytes(answer) {
                0 => Ok(()),
                errno => Err(io::Error::from_raw_os_error(errno)),
            }
        }
    }
}

/// Checks end to end that the guard works here (seccomp user notification,
/// pidfd_getfd, reading a process's memory): a shell allowed one address
/// reaches it and is refused another. The error says why not, in one line.
pub fn probe(filter: &Arc<GuardFilter>) -> Result<(), String> {
    let listen = || std::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).map_err(|e| e.to_string());
    let (allowed, other) = (listen()?, listen()?);
    let port = |l: &std::net::TcpListener| l.local_addr().map(|a| a.port()).unwrap_or(0);
    let refusals = Arc::new(Refusals::default());
    let only = SocketAddr::new(Ipv4Addr::LOCALHOST.into(), port(&allowed));
    let arming = Arming::new(filter.clone(), Egress::Only(only), refusals.clone()).map_err(|e| e.to_string())?;
    let mut cmd = std::process::Command::new("/bin/bash");
    cmd.arg("-c").arg(format!(
        "exec 3<>/dev/tcp/127.0.0.1/{} && exec 4<>/dev/tcp/127.0.0.1/{}",
        port(&allowed),
        port(&other)
    ));
    // SAFETY: `install` makes only async-signal-safe syscalls.
    unsafe {
        std::os::unix::process::CommandExt::pre_exec(&mut cmd, move || arming.install());
    }
    let out = cmd
        .output()
        .map_err(|e| format!("cannot run a guarded /bin/bash: {e}"))?;
    let accepted = |l: &std::net::TcpListener| l.set_nonblocking(true).is_ok() && l.accept().is_ok();
    match (accepted(&allowed), accepted(&other), refusals.take().is_empty()) {
        (true, false, false) if !out.status.success() => Ok(()),
        (_, true, _) => Err("a guarded process reached an address it was refused".into()),
        _ => Err(format!(
            "a guarded process could not connect as allowed: {}",
            String::from_utf8_lossy(&out.stderr)
                .lines()
                .last()
                .unwrap_or("no output")
        )),
    }
}

/// Installs `program` on the calling thread; with `NEW_LISTENER`, returns its
/// listener. Async-signal-safe.
unsafe fn set_filter(program: &BpfProgram, flags: libc::c_ulong) -> io::Result<RawFd> {
    let prog = libc::sock_fprog {
        len: program.len() as libc::c_ushort,
        filter: program.as_ptr() as *mut libc::sock_filter,
    };
    // SAFETY: `prog` points at a live program for the duration of the call.
    let fd = unsafe {
        libc::syscall(
            libc::SYS_seccomp,
            libc::SECCOMP_SET_MODE_FILTER,
            flags,
            &prog as *const libc::sock_fprog,
        )
    };
    if fd < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(fd as RawFd)
    }
}

/// A close-on-exec pipe: (read end, write end). The child uses its ends
/// between fork and exec, so they need not survive the exec.
pub(super) fn pipe() -> io::Result<(OwnedFd, OwnedFd)> {
    let mut fds = [0; 2];
    // SAFETY: pipe2 fills `fds` with two new descriptors we then own.
    unsafe {
        if libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) != 0 {
            return Err(io::Error::last_os_error());
        }
        Ok((OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])))
    }
}

/// Reads the child's pid and listener fd, copies the listener out of the
/// child, and tells it so, or the errno that kept it from doing so (the
/// child's spawn then fails with it). None when no child reported (the spawn
/// failed, or the arming was dropped) or the copy failed.
fn take_listener(report: &OwnedFd, ack: &OwnedFd) -> Option<OwnedFd> {
    let mut message = [0u8; 8];
    let mut got = 0;
    while got < message.len() {
        // SAFETY: reads into the unfilled tail of a local buffer.
        let n = unsafe {
            libc::read(
                report.as_raw_fd(),
                message[got..].as_mut_ptr().cast(),
                message.len() - got,
            )
        };
        match n {
            n if n > 0 => got += n as usize,
            -1 if io::Error::last_os_error().kind() == io::ErrorKind::Interrupted => {}
            _ => return None,
        }
    }
    let pid = u32::from_ne_bytes(message[..4].try_into().ok()?) as libc::pid_t;
    let fd = u32::from_ne_bytes(message[4..].try_into().ok()?) as RawFd;
    // The child waits for our answer, so its pid cannot be reused meanwhile.
    let listener = Pidfd::open(pid).and_then(|p| p.take(fd));
    let answer = match &listener {
        Ok(_) => 0,
        Err(e) => e.raw_os_error().unwrap_or(libc::EIO),
    };
    // SAFETY: writes four bytes from a local.
    let sent = unsafe { libc::write(ack.as_raw_fd(), answer.to_ne_bytes().as_ptr().cast(), 4) };
    listener.ok().filter(|_| sent == 4)
}

/// A process, by pidfd: fds taken through it are that process's, whatever
/// happens to its pid. It becomes readable when the process exits.
pub(super) struct Pidfd(OwnedFd);

impl AsRawFd for Pidfd {
    fn as_raw_fd(&self) -> RawFd {
        self.0.as_raw_fd()
    }
}

impl Pidfd {
    pub(super) fn open(pid: libc::pid_t) -> io::Result<Self> {
        // SAFETY: pidfd_open takes integers and returns a new fd we own.
        let fd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, 0) };
        if fd < 0 {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: `fd` is a new descriptor of ours.
        Ok(Self(unsafe { OwnedFd::from_raw_fd(fd as RawFd) }))
    }

    /// A duplicate of the process's descriptor `fd`: the same open socket.
    fn take(&self, fd: RawFd) -> io::Result<OwnedFd> {
        // SAFETY: pidfd_getfd takes integers and returns a new fd we own.
        let new = unsafe { libc::syscall(libc::SYS_pidfd_getfd, self.0.as_raw_fd(), fd, 0) };
        if new < 0 {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: `new` is a new descriptor of ours.
        Ok(unsafe { OwnedFd::from_raw_fd(new as RawFd) })
    }
}

/// Answers notifications until every process of the tree has exited.
fn supervise(listener: Arc<OwnedFd>, egress: &Egress, refusals: &Arc<Refusals>) {
    loop {
        let mut poll = libc::pollfd {
            fd: listener.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: polls one descriptor we own.
        let ready = unsafe { libc::poll(&mut poll, 1, -1) };
        if ready < 0 {
            if io::Error::last_os_error().kind() == io::ErrorKind::Interrupted {
                continue;
            }
            return;
        }
        if poll.revents & libc::POLLIN == 0 {
            // POLLHUP: no process uses the filter any more.
            return;
        }
        // SAFETY: the kernel fills a zeroed notification of the size it expects.
        let mut notification: libc::seccomp_notif = unsafe { std::mem::zeroed() };
        let received = unsafe {
            libc::ioctl(
                listener.as_raw_fd(),
                libc::SECCOMP_IOCTL_NOTIF_RECV,
                &mut notification as *mut libc::seccomp_notif,
            )
        };
        if received != 0 {
            // ENOENT: the process was killed before we took its call.
            continue;
        }
        let call = Notification {
            listener: listener.clone(),
            id: notification.id,
            pid: notification.pid as libc::pid_t,
            nr: i64::from(notification.data.nr),
            args: notification.data.args,
        };
        call.answer(egress, refusals);
    }
}

/// How a stopped call ends.
#[derive(Debug, PartialEq)]
enum Reply {
    Value(i64),
    Errno(i32),
}

/// One stopped call.
#[derive(Clone)]
struct Notification {
    listener: Arc<OwnedFd>,
    id: u64,
    pid: libc::pid_t,
    nr: i64,
    args: [u64; 6],
}

impl Notification {
    /// Decides the call and replies, on a thread of its own when making it
    /// may block.
    fn answer(self, egress: &Egress, refusals: &Arc<Refusals>) {
        match self.prepare(egress, refusals) {
            Ok(Prepared::Reply(reply)) => self.reply(reply),
            Ok(Prepared::Make { socket, call, blocking }) => {
                if blocking {
                    let fallback = self.clone();
                    let spawned = std::thread::Builder::new()
                        .name("ant-connect-guard-call".into())
                        .spawn(move || {
                            let reply = call.make(&socket, &self);
                            self.reply(reply);
                        });
                    // Without a thread the call fails rather than waits for ever.
                    if let Err(e) = spawned {
                        tracing::warn!("connect guard: cannot start a thread: {e}");
                        fallback.reply(Reply::Errno(libc::EAGAIN));
                    }
                } else {
                    let reply = call.make(&socket, &self);
                    self.reply(reply);
                }
            }
            Err(e) => {
                // The server short of descriptors fails calls it cannot decide: say so.
                if let Some(shortage) = super::shortage(&e) {
                    refusals.record(format!(
                        "ant sandbox: the connect guard could not decide a call: {shortage}"
                    ));
                }
                self.reply(Reply::Errno(e.raw_os_error().unwrap_or(libc::EFAULT)))
            }
        }
    }

    fn prepare(&self, egress: &Egress, refusals: &Refusals) -> io::Result<Prepared> {
        let process = Pidfd::open(self.pid)?;
        // The pidfd names our caller only if the call is still pending now.
        if !self.valid() {
            return Err(io::Error::from_raw_os_error(libc::ESRCH));
        }
        let socket = match process.take(self.args[0] as RawFd) {
            Ok(socket) => socket,
            Err(e) if e.raw_os_error() == Some(libc::EBADF) => return Ok(Prepared::Reply(Reply::Errno(libc::EBADF))),
            Err(e) => return Err(e),
        };
        let mut flags = 0;
        let mut call = match self.nr {
            libc::SYS_connect => Call::Connect {
                address: self.read(self.args[1], (self.args[2] as usize).min(MAX_ADDRESS))?,
            },
            libc::SYS_sendto => {
                flags = self.args[3] as i32;
                Call::Send {
                    messages: vec![Message {
                        name: self.read(self.args[4], (self.args[5] as usize).min(MAX_ADDRESS))?,
                        data: self.read(self.args[1], (self.args[2] as usize).min(MAX_PAYLOAD))?,
                        control: Vec::new(),
                        passed: Vec::new(),
                        length_at: None,
                    }],
                    flags,
                    vector: false,
                }
            }
            libc::SYS_sendmsg => {
                flags = self.args[2] as i32;
                Call::Send {
                    messages: vec![self.message(self.args[1], None, MAX_PAYLOAD)?],
                    flags,
                    vector: false,
                }
            }
            libc::SYS_sendmmsg => {
                flags = self.args[3] as i32;
                let size = std::mem::size_of::<libc::mmsghdr>() as u64;
                let length = std::mem::offset_of!(libc::mmsghdr, msg_len) as u64;
                // Messages beyond the payload bound are left unsent: sendmmsg
                // reports how many it sent, and the caller sends the rest again.
                let mut messages: Vec<Message> = Vec::new();
                let mut room = MAX_PAYLOAD;
                for i in 0..self.args[2].min(MAX_VECTOR as u64) {
                    if room == 0 && !messages.is_empty() {
                        break;
                    }
                    let at = self.args[1] + i * size;
                    let message = self.message(at, Some(at + length), room)?;
                    room -= message.data.len();
                    messages.push(message);
                }
                Call::Send {
                    messages,
                    flags,
                    vector: true,
                }
            }
            _ => return Ok(Prepared::Reply(Reply::Errno(libc::ENOSYS))),
        };
        // What we read is what we checked and what we send: the process's
        // memory is not read again.
        if !self.valid() {
            return Err(io::Error::from_raw_os_error(libc::ESRCH));
        }
        let refused = match socket_domain(&socket) {
            Some(libc::AF_INET | libc::AF_INET6) => call.destinations().into_iter().find_map(|d| egress.check(d).err()),
            Some(libc::AF_UNIX) if call.names_a_peer() => Some(
                "a Unix socket cannot connect or send by name under this sandbox's connect guard (the bwrap back end allows it)".to_string(),
            ),
            Some(libc::AF_UNIX) => {
                if let Call::Send { messages, .. } = &mut call {
                    for message in messages {
                        if let Err(errno) = message.pass_descriptors(&process) {
                            return Ok(Prepared::Reply(Reply::Errno(errno)));
                        }
                    }
                }
                None
            }
            // Netlink: its destination is the kernel (or another netlink socket).
            _ => None,
        };
        if let Some(why) = refused {
            refusals.record(format!("ant sandbox: {why}"));
            return Ok(Prepared::Reply(Reply::Errno(libc::EACCES)));
        }
        let blocking = flags & libc::MSG_DONTWAIT == 0 && !is_nonblocking(&socket);
        Ok(Prepared::Make { socket, call, blocking })
    }

    /// One `msghdr` at `at`, with at most `room` bytes of its data (and, for
    /// `sendmmsg`, where its `msg_len` goes).
    fn message(&self, at: u64, length_at: Option<u64>, room: usize) -> io::Result<Message> {
        let header: libc::msghdr = self.read_struct(at)?;
        let name = self.read(header.msg_name as u64, (header.msg_namelen as usize).min(MAX_ADDRESS))?;
        if header.msg_iovlen > MAX_VECTOR {
            return Err(io::Error::from_raw_os_error(libc::EMSGSIZE));
        }
        if header.msg_controllen > MAX_CONTROL {
            return Err(io::Error::from_raw_os_error(libc::ENOBUFS));
        }
        let mut data = Vec::new();
        for i in 0..header.msg_iovlen as u64 {
            let iov: libc::iovec =
                self.read_struct(header.msg_iov as u64 + i * std::mem::size_of::<libc::iovec>() as u64)?;
            let left = room - data.len();
            data.extend(self.read(iov.iov_base as u64, iov.iov_len.min(left))?);
        }
        Ok(Message {
            name,
            data,
            control: self.read(header.msg_control as u64, header.msg_controllen)?,
            passed: Vec::new(),
            length_at,
        })
    }

    /// `len` bytes of the process's memory at `at` (nothing for a null pointer).
    fn read(&self, at: u64, len: usize) -> io::Result<Vec<u8>> {
        if at == 0 || len == 0 {
            return Ok(Vec::new());
        }
        let mut buf = vec![0u8; len];
        let local = libc::iovec {
            iov_base: buf.as_mut_ptr().cast(),
            iov_len: len,
        };
        let remote = libc::iovec {
            iov_base: at as *mut libc::c_void,
            iov_len: len,
        };
        // SAFETY: copies from the process into our own buffer of `len` bytes.
        let n = unsafe { libc::process_vm_readv(self.pid, &local, 1, &remote, 1, 0) };
        if n != len as isize {
            return Err(io::Error::from_raw_os_error(libc::EFAULT));
        }
        Ok(buf)
    }

    fn read_struct<T: Copy>(&self, at: u64) -> io::Result<T> {
        let bytes = self.read(at, std::mem::size_of::<T>())?;
        if bytes.len() != std::mem::size_of::<T>() {
            return Err(io::Error::from_raw_os_error(libc::EFAULT));
        }
        // SAFETY: `bytes` holds exactly one T, read unaligned; T is plain data.
        Ok(unsafe { std::ptr::read_unaligned(bytes.as_ptr().cast()) })
    }

    /// Writes `bytes` into the process's memory at `at`.
    fn write(&self, at: u64, bytes: &[u8]) -> io::Result<()> {
        let local = libc::iovec {
            iov_base: bytes.as_ptr() as *mut libc::c_void,
            iov_len: bytes.len(),
        };
        let remote = libc::iovec {
            iov_base: at as *mut libc::c_void,
            iov_len: bytes.len(),
        };
        // SAFETY: copies our buffer into the process's memory, which the
        // kernel checks is writable there.
        let n = unsafe { libc::process_vm_writev(self.pid, &local, 1, &remote, 1, 0) };
        if n == bytes.len() as isize {
            Ok(())
        } else {
            Err(io::Error::from_raw_os_error(libc::EFAULT))
        }
    }

    /// Whether the call is still waiting for us (the process was not killed,
    /// so its pid still names it).
    fn valid(&self) -> bool {
        // SAFETY: reads the id from a local.
        unsafe {
            libc::ioctl(
                self.listener.as_raw_fd(),
                libc::SECCOMP_IOCTL_NOTIF_ID_VALID,
                &self.id as *const u64,
            ) == 0
        }
    }

    fn reply(&self, reply: Reply) {
        // SAFETY: a zeroed response is valid; the fields are set below.
        let mut response: libc::seccomp_notif_resp = unsafe { std::mem::zeroed() };
        response.id = self.id;
        match reply {
            Reply::Value(value) => response.val = value,
            Reply::Errno(errno) => response.error = -errno,
        }
        // SAFETY: sends a local response; ENOENT (the process is gone) needs nothing.
        unsafe {
            libc::ioctl(
                self.listener.as_raw_fd(),
                libc::SECCOMP_IOCTL_NOTIF_SEND,
                &response as *const libc::seccomp_notif_resp,
            );
        }
    }
}

/// What the server does with a stopped call.
enum Prepared {
    Reply(Reply),
    /// Make `call` on `socket` (the process's own), then reply with its result.
    Make {
        socket: OwnedFd,
        call: Call,
        blocking: bool,
    },
}

/// A call as the server makes it, from the bytes it checked.
enum Call {
    Connect {
        address: Vec<u8>,
    },
    /// `sendto`, `sendmsg` (one message) or `sendmmsg` (`vector`).
    Send {
        messages: Vec<Message>,
        flags: i32,
        vector: bool,
    },
}

struct Message {
    /// The destination, empty for a connected socket.
    name: Vec<u8>,
    /// The message's buffers, joined.
    data: Vec<u8>,
    control: Vec<u8>,
    /// Our copies of the descriptors the message passes (`SCM_RIGHTS`), whose
    /// numbers `control` now holds; kept open until it is sent.
    passed: Vec<OwnedFd>,
    /// Where `sendmmsg` reports the bytes sent of this message.
    length_at: Option<u64>,
}

impl Call {
    /// Whether the call names a peer: a connect, or a send with an address.
    fn names_a_peer(&self) -> bool {
        match self {
            Call::Connect { .. } => true,
            Call::Send { messages, .. } => messages.iter().any(|m| !m.name.is_empty()),
        }
    }

    /// The IP destinations the call names.
    fn destinations(&self) -> Vec<SocketAddr> {
        match self {
            Call::Connect { address } => ip_destination(address).into_iter().collect(),
            Call::Send { messages, .. } => messages.iter().filter_map(|m| ip_destination(&m.name)).collect(),
        }
    }

    fn make(&self, socket: &OwnedFd, notification: &Notification) -> Reply {
        let fd = socket.as_raw_fd();
        match self {
            Call::Connect { address } => {
                // SAFETY: connects our duplicate of the socket to bytes we own.
                let r = unsafe { libc::connect(fd, address.as_ptr().cast(), address.len() as libc::socklen_t) };
                result(r as i64)
            }
            Call::Send {
                messages,
                flags,
                vector,
            } => {
                let mut sent = 0;
                for message in messages {
                    let n = message.send(fd, *flags);
                    if n < 0 {
                        return if sent == 0 { result(n) } else { Reply::Value(sent) };
                    }
                    if let Some(at) = message.length_at
                        && notification.write(at, &(n as u32).to_ne_bytes()).is_err()
                    {
                        return Reply::Errno(libc::EFAULT);
                    }
                    if !vector {
                        return Reply::Value(n);
                    }
                    sent += 1;
                }
                Reply::Value(sent)
            }
        }
    }
}

impl Message {
    /// Rewrites the descriptors a Unix message passes (numbers in the
    /// process's table) into copies of the same files in ours. Credentials are
    /// refused: the kernel would check them against the server.
    fn pass_descriptors(&mut self, process: &Pidfd) -> Result<(), i32> {
        let header_len = std::mem::size_of::<libc::cmsghdr>();
        let mut at = 0;
        while at + header_len <= self.control.len() {
            // SAFETY: reads one cmsghdr, unaligned, from inside the buffer.
            let header: libc::cmsghdr = unsafe { std::ptr::read_unaligned(self.control[at..].as_ptr().cast()) };
            let len = header.cmsg_len;
            if len < header_len || at + len > self.control.len() {
                return Err(libc::EINVAL);
            }
            if (header.cmsg_level, header.cmsg_type) != (libc::SOL_SOCKET, libc::SCM_RIGHTS) {
                return Err(libc::EPERM);
            }
            let fd_size = std::mem::size_of::<RawFd>();
            for slot in (at + header_len..at + len).step_by(fd_size) {
                let bytes = self.control.get(slot..slot + fd_size).ok_or(libc::EINVAL)?;
                let theirs = RawFd::from_ne_bytes(bytes.try_into().map_err(|_| libc::EINVAL)?);
                let ours = process
                    .take(theirs)
                    .map_err(|e| e.raw_os_error().unwrap_or(libc::EBADF))?;
                self.control[slot..slot + fd_size].copy_from_slice(&ours.as_raw_fd().to_ne_bytes());
                self.passed.push(ours);
            }
            // Each header starts aligned to the size of a long.
            let align = std::mem::size_of::<libc::c_long>();
            at += len.div_ceil(align) * align;
        }
        Ok(())
    }

    /// `sendmsg` of this message on `fd`: bytes sent, or -1 with errno set.
    fn send(&self, fd: RawFd, flags: i32) -> i64 {
        let mut iov = libc::iovec {
            iov_base: self.data.as_ptr() as *mut libc::c_void,
            iov_len: self.data.len(),
        };
        // SAFETY: a zeroed msghdr is valid; every pointer set below is into
        // buffers that outlive the call.
        let mut header: libc::msghdr = unsafe { std::mem::zeroed() };
        if !self.name.is_empty() {
            header.msg_name = self.name.as_ptr() as *mut libc::c_void;
            header.msg_namelen = self.name.len() as libc::socklen_t;
        }
        header.msg_iov = &mut iov;
        header.msg_iovlen = 1;
        if !self.control.is_empty() {
            header.msg_control = self.control.as_ptr() as *mut libc::c_void;
            header.msg_controllen = self.control.len();
        }
        // SAFETY: see above.
        unsafe { libc::sendmsg(fd, &header, flags) as i64 }
    }
}

/// A syscall's return value as a reply: the value, or the errno it set.
fn result(r: i64) -> Reply {
    if r < 0 {
        Reply::Errno(io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO))
    } else {
        Reply::Value(r)
    }
}

/// The IP destination in a `sockaddr`, if it holds one.
fn ip_destination(address: &[u8]) -> Option<SocketAddr> {
    let family = i32::from(u16::from_ne_bytes(address.get(..2)?.try_into().ok()?));
    let port = u16::from_be_bytes(address.get(2..4)?.try_into().ok()?);
    let ip = match family {
        libc::AF_INET if address.len() >= std::mem::size_of::<libc::sockaddr_in>() => {
            IpAddr::V4(Ipv4Addr::from(<[u8; 4]>::try_from(&address[4..8]).ok()?))
        }
        libc::AF_INET6 if address.len() >= std::mem::size_of::<libc::sockaddr_in6>() => {
            IpAddr::V6(Ipv6Addr::from(<[u8; 16]>::try_from(&address[8..24]).ok()?))
        }
        _ => return None,
    };
    Some(SocketAddr::new(ip, port))
}

/// The address family of `socket`, if it is one.
fn socket_domain(socket: &OwnedFd) -> Option<i32> {
    let mut domain: libc::c_int = 0;
    let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: reads one int option into a local.
    let r = unsafe {
        libc::getsockopt(
            socket.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_DOMAIN,
            (&mut domain as *mut libc::c_int).cast(),
            &mut len,
        )
    };
    (r == 0).then_some(domain)
}

fn is_nonblocking(socket: &OwnedFd) -> bool {
    // SAFETY: reads the descriptor's status flags.
    let flags = unsafe { libc::fcntl(socket.as_raw_fd(), libc::F_GETFL) };
    flags >= 0 && flags & libc::O_NONBLOCK != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn destinations_are_read_from_sockaddrs() {
        let v4 = {
            let mut sin: libc::sockaddr_in = unsafe { std::mem::zeroed() };
            sin.sin_family = libc::AF_INET as libc::sa_family_t;
            sin.sin_port = 4480u16.to_be();
            sin.sin_addr.s_addr = u32::from_ne_bytes([127, 0, 0, 1]);
            unsafe {
                std::slice::from_raw_parts((&sin as *const libc::sockaddr_in).cast::<u8>(), size_of_val(&sin)).to_vec()
            }
        };
        assert_eq!(ip_destination(&v4), Some("127.0.0.1:4480".parse().unwrap()));
        assert_eq!(ip_destination(&v4[..8]), None, "too short for a sockaddr_in");
        let v6 = {
            let mut sin6: libc::sockaddr_in6 = unsafe { std::mem::zeroed() };
            sin6.sin6_family = libc::AF_INET6 as libc::sa_family_t;
            sin6.sin6_port = 53u16.to_be();
            sin6.sin6_addr.s6_addr = "::ffff:169.254.169.254".parse::<Ipv6Addr>().unwrap().octets();
            unsafe {
                std::slice::from_raw_parts((&sin6 as *const libc::sockaddr_in6).cast::<u8>(), size_of_val(&sin6))
                    .to_vec()
            }
        };
        assert_eq!(
            ip_destination(&v6),
            Some("[::ffff:169.254.169.254]:53".parse().unwrap())
        );
        let unspec = [0u8; 16];
        assert_eq!(ip_destination(&unspec), None);
        assert_eq!(ip_destination(&[]), None);
    }

    /// Runs a Python script under the guard with `egress`: its combined
    /// output, whether it succeeded, and the refusals noted.
    fn guarded(egress: Egress, script: &str) -> Option<(String, bool, Vec<String>)> {
        let filter = match super::super::connect_guard() {
            Ok(filter) => filter.clone(),
            Err(e) => {
                eprintln!("note: skipping: {e}");
                return None;
            }
        };
        let refusals = Arc::new(Refusals::default());
        let arming = Arming::new(filter, egress, refusals.clone()).unwrap();
        let mut cmd = std::process::Command::new("python3");
        cmd.args(["-c", script]);
        // SAFETY: `install` makes only async-signal-safe syscalls.
        unsafe {
            std::os::unix::process::CommandExt::pre_exec(&mut cmd, move || arming.install());
        }
        let out = cmd.output().unwrap();
        let text = String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
        Some((text.trim().to_string(), out.status.success(), refusals.take()))
    }

    fn udp() -> (std::net::UdpSocket, SocketAddr) {
        let socket = std::net::UdpSocket::bind("127.0.0.1:0").unwrap();
        socket
            .set_read_timeout(Some(std::time::Duration::from_secs(5)))
            .unwrap();
        let addr = socket.local_addr().unwrap();
        (socket, addr)
    }

    /// Every call that names a destination is decided, allowed ones arrive
    /// whole, and refused ones fail with EACCES and a note.
    #[test]
    fn each_kind_of_send_is_decided_and_delivered() {
        let (allowed, to) = udp();
        let (other, elsewhere) = udp();
        let script = format!(
            r#"
import socket, ctypes
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.sendto(b"sendto", ("127.0.0.1", {port}))
s.sendmsg([b"send", b"msg"], [], 0, ("127.0.0.1", {port}))
for call in (lambda: s.sendto(b"x", ("127.0.0.1", {other})), lambda: s.sendmsg([b"x"], [], 0, ("127.0.0.1", {other}))):
    try:
        call(); print("leaked")
    except PermissionError:
        print("refused")
c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
c.connect(("127.0.0.1", {port}))
c.send(b"connected")
libc = ctypes.CDLL(None, use_errno=True)
class iovec(ctypes.Structure):
    _fields_ = [("base", ctypes.c_void_p), ("len", ctypes.c_size_t)]
class msghdr(ctypes.Structure):
    _fields_ = [("name", ctypes.c_void_p), ("namelen", ctypes.c_uint32), ("iov", ctypes.POINTER(iovec)),
                ("iovlen", ctypes.c_size_t), ("control", ctypes.c_void_p), ("controllen", ctypes.c_size_t), ("flags", ctypes.c_int)]
class mmsghdr(ctypes.Structure):
    _fields_ = [("hdr", msghdr), ("len", ctypes.c_uint)]
bufs = [ctypes.create_string_buffer(b"mmsg-one"), ctypes.create_string_buffer(b"mmsg-two")]
iovs = [iovec(ctypes.cast(b, ctypes.c_void_p), 8) for b in bufs]
msgs = (mmsghdr * 2)(*[mmsghdr(msghdr(None, 0, ctypes.pointer(v), 1, None, 0, 0), 0) for v in iovs])
n = libc.sendmmsg(c.fileno(), msgs, 2, 0)
print("sendmmsg", n, msgs[0].len, msgs[1].len)
"#,
            port = to.port(),
            other = elsewhere.port()
        );
        let Some((out, ok, refusals)) = guarded(Egress::Only(to), &script) else {
            return;
        };
        assert!(ok, "{out}");
        assert_eq!(
            out,
            "refused
refused
sendmmsg 2 8 8"
        );
        let mut got = Vec::new();
        let mut buf = [0u8; 64];
        for _ in 0..5 {
            let n = allowed.recv(&mut buf).unwrap();
            got.push(String::from_utf8_lossy(&buf[..n]).to_string());
        }
        assert_eq!(got, ["sendto", "sendmsg", "connected", "mmsg-one", "mmsg-two"]);
        other.set_nonblocking(true).unwrap();
        assert!(other.recv(&mut buf).is_err(), "a refused datagram arrived");
        // Only the refusals of this script's sends count: the interpreter may
        // try other things (a name service socket) that the guard also refuses.
        let proxy_notes = refusals
            .iter()
            .filter(|note| note.contains("is not the session's proxy"));
        assert_eq!(proxy_notes.count(), 1, "one note per distinct refusal: {refusals:?}");
    }

    /// Non-blocking connects, Unix socket pairs passing descriptors, and
    /// netlink (what getifaddrs uses) work under the guard; a Unix socket
    /// cannot connect by name.
    #[test]
    fn other_sockets_keep_working_but_unix_names_are_refused() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let to = listener.local_addr().unwrap();
        let script = format!(
            r#"
import os, socket, select
t = socket.socket()
t.setblocking(False)
print("nonblocking", t.connect_ex(("127.0.0.1", {port})) in (0, 115))
select.select([], [t], [], 5)
print("connected", t.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) == 0)
a, b = socket.socketpair()
r, w = os.pipe()
socket.send_fds(a, [b"fd"], [w])
msg, fds, _, _ = socket.recv_fds(b, 16, 1)
os.write(fds[0], b"through the passed fd")
print(msg.decode(), os.read(r, 64).decode())
print("interfaces", len(socket.if_nameindex()) > 0)
u = socket.socket(socket.AF_UNIX)
try:
    u.connect("/nonexistent.sock"); print("leaked")
except PermissionError:
    print("unix refused")
"#,
            port = to.port()
        );
        let Some((out, ok, refusals)) = guarded(Egress::Only(to), &script) else {
            return;
        };
        assert!(ok, "{out}");
        assert_eq!(
            out,
            "nonblocking True
connected True
fd through the passed fd
interfaces True
unix refused"
        );
        assert!(
            refusals[0].contains("a Unix socket cannot connect or send by name"),
            "{refusals:?}"
        );
    }

    #[test]
    fn the_filter_notifies_and_refuses_x32() {
        let filter = GuardFilter::compile().unwrap();
        assert!(
            filter
                .notify
                .iter()
                .any(|op| op.code == RET && op.k == libc::SECCOMP_RET_USER_NOTIF)
        );
        assert!(
            !filter
                .notify
                .iter()
                .any(|op| op.code == RET && op.k == libc::SECCOMP_RET_TRAP)
        );
        if cfg!(target_arch = "x86_64") {
            assert!(filter.refuse.iter().any(|op| op.k == X32_BIT));
        }
    }
}
