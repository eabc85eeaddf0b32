//! Landlock is Linux's: elsewhere the back end never probes as working, so
//! its types have no values.

use std::io;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub enum Landlock {}

impl Landlock {
    pub fn probe(_hidden: &[PathBuf]) -> Result<Self, String> {
        Err("Landlock is a Linux feature".into())
    }

    pub fn describe(&self) -> String {
        match *self {}
    }

    pub(super) fn confine(
        &self,
        _: &Path,
        _: &[PathBuf],
        _: &[PathBuf],
        _: bool,
        _: Option<u16>,
    ) -> Result<Confinement, String> {
        match *self {}
    }
}

#[derive(Debug, Clone, Copy)]
pub enum FileLandlock {}

impl FileLandlock {
    pub fn probe() -> Result<Self, String> {
        Err("Landlock is a Linux feature".into())
    }

    pub fn describe(&self) -> String {
        match *self {}
    }

    pub fn restrict_thread(&self, _: &Path, _: &[PathBuf], _: &[PathBuf]) -> Result<(), String> {
        match *self {}
    }
}

#[derive(Debug)]
pub enum Confinement {}

impl Confinement {
    pub fn tmp(&self) -> &Path {
        match *self {}
    }

    pub fn apply(&self) -> io::Result<()> {
        match *self {}
    }
}
