//! Helpers shared by the integration tests: a meshman command bound to a
//! temporary home, with no access to the real keystore or a terminal.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// A device: a temporary keystore folder.
pub struct Device {
    pub dir: tempfile::TempDir,
}

impl Device {
    pub fn new() -> Device {
        Device {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn home(&self) -> &Path {
        self.dir.path()
    }

    /// `meshman --home HOME ARGS...` with a clean environment.
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = Command::cargo_bin("meshman").unwrap();
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("MESHMAN_HOME", self.home())
            .args(args);
        cmd
    }

    /// A plain `std::process::Command`, for running several at once.
    pub fn std_cmd(&self, args: &[&str]) -> std::process::Command {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("meshman"));
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("MESHMAN_HOME", self.home())
            .args(args)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        cmd
    }

    /// Like `cmd` with MESHMAN_PASSPHRASE set.
    pub fn cmd_pass(&self, pass: &str, args: &[&str]) -> Command {
        let mut cmd = self.cmd(args);
        cmd.env("MESHMAN_PASSPHRASE", pass);
        cmd
    }

    /// Runs and returns stdout, asserting success.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd(args).output().unwrap();
        assert!(
            out.status.success(),
            "meshman {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// Runs with `--json` and parses stdout.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        serde_json::from_str(&self.ok(&all)).unwrap()
    }

    /// Creates an unprotected profile and returns its fingerprint.
    pub fn create_profile(&self) -> String {
        self.json(&[
            "profile",
            "create",
            "--no-passphrase",
            "--description",
            "test device",
        ])["fingerprint"]
            .as_str()
            .unwrap()
            .to_string()
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.home().join(name)
    }
}

/// Every file below `dir` with its bytes, for "nothing changed" checks.
pub fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.file_name().unwrap() != "meshman.lock" {
                out.push((p.clone(), std::fs::read(&p).unwrap()));
            }
        }
    }
    out.sort();
    out
}
