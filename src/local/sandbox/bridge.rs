//! `ant local sandbox-init`: the first program of a bubblewrap sandbox whose
//! networking is `limited`. The sandbox has a network namespace of its own
//! with only a loopback interface; its single way out is the session's proxy,
//! a Unix socket bound in. This init listens on a loopback port inside the
//! sandbox, forks a bridge that carries each connection to that socket, and
//! then becomes the sandbox's real program. The bridge dies with the
//! sandbox's PID namespace when that program exits.
//!
//! It is not a clap subcommand: `main` runs it before the async runtime starts
//! any thread, since a child forked from a threaded process may not allocate.

use std::convert::Infallible;
use std::ffi::OsString;
use std::io::{self, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::os::unix::net::UnixStream;
use std::os::unix::process::CommandExt;
use std::path::Path;

/// Where the sandbox sees the ant binary and the session's proxy socket.
pub(super) const BINARY: &str = "/run/ant/ant";
pub(super) const SOCKET: &str = "/run/ant/proxy.sock";
/// The proxy's address inside the sandbox (squid's port, which tools know);
/// every port is free in a new network namespace.
pub(super) const LISTEN: &str = "127.0.0.1:3128";

/// The arguments that run the init inside the sandbox; the program and its
/// arguments follow.
pub(super) const INIT: [&str; 8] = [
    BINARY,
    "local",
    "sandbox-init",
    "--proxy",
    SOCKET,
    "--listen",
    LISTEN,
    "--",
];

/// Becomes the sandbox's init when the command line is `ant local
/// sandbox-init ...` (see [`INIT`]), and then never returns; otherwise does
/// nothing. Call it first thing in `main`.
pub fn run_if_asked() {
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    if args.len() < 2 || args[0] != INIT[1] || args[1] != INIT[2] {
        return;
    }
    let code = match init(&args[2..]) {
        Ok(never) => match never {},
        Err(e) => {
            eprintln!("ant local sandbox-init: {e}");
            127
        }
    };
    std::process::exit(code);
}

fn init(args: &[OsString]) -> Result<Infallible, String> {
    let usage = || format!("usage: {} PROGRAM [ARGS...]", INIT[1..].join(" "));
    let [
        proxy_flag,
        socket,
        listen_flag,
        listen,
        dashes,
        program,
        program_args @ ..,
    ] = args
    else {
        return Err(usage());
    };
    if proxy_flag != "--proxy" || listen_flag != "--listen" || dashes != "--" {
        return Err(usage());
    }
    let listen: SocketAddr = listen
        .to_str()
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("--listen {}: expected IP:PORT", listen.display()))?;
    // Bound before the program starts, so its first connection finds the port open.
    let listener = TcpListener::bind(listen).map_err(|e| format!("cannot listen on {listen}: {e}"))?;
    // SAFETY: this process has no other thread (see the module docs), so the
    // child may run any code.
    match unsafe { libc::fork() } {
        -1 => Err(format!("cannot fork the proxy bridge: {}", io::Error::last_os_error())),
        0 => bridge(&listener, Path::new(socket)),
        _ => {
            drop(listener);
            let e = std::process::Command::new(program).args(program_args).exec();
            Err(format!("cannot run {}: {e}", program.display()))
        }
    }
}

/// Accepts connections forever, each relayed by a thread of its own.
fn bridge(listener: &TcpListener, socket: &Path) -> ! {
    // The program's stdout is the server's pipe: holding it open would delay
    // the server's reading of the program's end.
    if let Ok(null) = std::fs::File::options().read(true).write(true).open("/dev/null") {
        for fd in 0..=2 {
            // SAFETY: dup2 on descriptors this process owns.
            unsafe { libc::dup2(std::os::fd::AsRawFd::as_raw_fd(&null), fd) };
        }
    }
    loop {
        if let Ok((tcp, _)) = listener.accept() {
            // A thread that cannot start drops the connection; the client sees it closed.
            let _ = std::thread::Builder::new().spawn({
                let socket = socket.to_path_buf();
                move || relay(&tcp, &socket)
            });
        }
    }
}

/// Copies bytes both ways between a client and the proxy, passing on each
/// side's end of stream.
fn relay(tcp: &TcpStream, socket: &Path) {
    let unix = match UnixStream::connect(socket) {
        Ok(unix) => unix,
        Err(e) => {
            let body = format!("ant sandbox: the network proxy is not running: {e}\n");
            let _ = write!(
                &mut &*tcp,
                "HTTP/1.1 502 Bad Gateway\r\ncontent-type: text/plain\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            return;
        }
    };
    std::thread::scope(|s| {
        s.spawn(|| {
            let _ = io::copy(&mut &*tcp, &mut &unix);
            let _ = unix.shutdown(Shutdown::Write);
        });
        let _ = io::copy(&mut &unix, &mut &*tcp);
        let _ = tcp.shutdown(Shutdown::Write);
    });
}
