//! ant-rs: Claude Managed Agents from the command line, against Anthropic's API or the local
//! runner. The binary (`main.rs`) only sets up logging and calls [`cli::main`].

pub mod api;
pub mod cli;
pub mod client;
#[doc(hidden)]
pub mod fuzzing;
pub mod local;
pub mod output;
pub mod template;
pub mod worker;
