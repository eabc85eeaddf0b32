//! ant-rs: Claude Managed Agents from the command line, against Anthropic's API or the local
//! runner. The binary (`main.rs`) only parses arguments and calls [`cli::run`].

pub mod api;
pub mod cli;
pub mod local;
