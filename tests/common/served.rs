//! `meshman portal serve` as its own process, for what only a real process
//! shows: SIGKILL, and load measured apart from the load generator.

#![allow(dead_code)]

use std::io::{BufRead as _, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

/// Starts the portal on 127.0.0.1:0 with its data in `data`, for
/// `example.com`, with no open-request limit and its request log sent to
/// /dev/null. Returns the process and the URL from its first line.
pub fn serve(data: &Path) -> (Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_meshman"))
        .args(["portal", "serve", "--listen", "127.0.0.1:0", "--data"])
        .arg(data)
        .args(["--domain", "example.com", "--rate-limit", "0"])
        // The portal needs no keystore: point it at nothing real.
        .env("MESHMAN_HOME", data.join("no-home"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line
        .trim()
        .strip_prefix("listening on ")
        .unwrap_or_else(|| panic!("unexpected first line from the portal: {line:?}"))
        .to_owned();
    (child, url)
}
