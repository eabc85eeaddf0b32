//! Resource limits of every tool process, set with `setrlimit` between fork
//! and exec, so they bind the sandbox launcher and everything it starts.
//! A limit is never raised above the hard limit the server already has.

use std::io;

/// Per-process limits (rlimits are inherited, but counted per process except
/// `processes`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// `RLIMIT_DATA`: bytes of heap and private writable mappings one process
    /// may have. Unlike `RLIMIT_AS` it does not count address space merely
    /// reserved, which runtimes like the JVM, V8 and Go reserve by gigabytes.
    pub memory: u64,
    /// `RLIMIT_FSIZE`: the largest file a process may write; writing past it
    /// fails with "File too large".
    pub file_size: u64,
    /// `RLIMIT_NPROC`: processes and threads of the server's user, counted
    /// across the whole machine, so it stops a fork bomb but not a modest
    /// fan-out. The kernel does not enforce it for root.
    pub processes: u64,
    /// `RLIMIT_NOFILE`: open files per process, soft and hard. The server
    /// raises its own soft limit to serve many sessions; tools get the usual
    /// soft 1024 back, since some programs loop over every possible
    /// descriptor, and may raise it to the hard limit themselves.
    pub open_files: (u64, u64),
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            memory: 4 << 30,
            file_size: 4 << 30,
            processes: 4096,
            open_files: (1024, 65536),
        }
    }
}

impl Limits {
    /// Applies the limits to the calling process, plus no core dumps (they
    /// would land in the workspace). Only async-signal-safe calls: this runs
    /// in the child between fork and exec.
    pub(super) fn apply(&self) -> io::Result<()> {
        lower(libc::RLIMIT_DATA, self.memory)?;
        lower(libc::RLIMIT_FSIZE, self.file_size)?;
        lower(libc::RLIMIT_NPROC, self.processes)?;
        lower_to(libc::RLIMIT_NOFILE, self.open_files)?;
        lower(libc::RLIMIT_CORE, 0)
    }
}

/// glibc declares the resource argument as an enum, other libcs as an int.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
type Resource = libc::__rlimit_resource_t;
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
type Resource = libc::c_int;

fn lower(resource: Resource, value: u64) -> io::Result<()> {
    lower_to(resource, (value, value))
}

/// Sets the soft and hard limits, neither above the current hard limit.
fn lower_to(resource: Resource, (soft, hard): (u64, u64)) -> io::Result<()> {
    let mut current = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: plain syscalls on a stack struct.
    unsafe {
        if libc::getrlimit(resource, &mut current) != 0 {
            return Err(io::Error::last_os_error());
        }
        let hard = hard.min(current.rlim_max);
        let new = libc::rlimit {
            rlim_cur: soft.min(hard),
            rlim_max: hard,
        };
        if libc::setrlimit(resource, &new) != 0 {
            return Err(io::Error::last_os_error());
        }
    }
    Ok(())
}
