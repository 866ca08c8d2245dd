//! Completions (`completions/`) and man pages (`man/`) are generated from the
//! clap definition and checked in. This test regenerates them in memory and
//! fails when the checked-in copies are stale. To refresh them:
//!
//! ```sh
//! MESHMAN_UPDATE_GENERATED=1 cargo test --test generated
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use clap::CommandFactory;
use clap_complete::Shell;
use meshman::cli::Cli;

fn completions() -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for shell in [
        Shell::Bash,
        Shell::Zsh,
        Shell::Fish,
        Shell::PowerShell,
        Shell::Elvish,
    ] {
        let mut cmd = Cli::command();
        let mut buf = Vec::new();
        clap_complete::generate(shell, &mut cmd, "meshman", &mut buf);
        let name = match shell {
            Shell::Bash => "meshman.bash",
            Shell::Zsh => "_meshman",
            Shell::Fish => "meshman.fish",
            Shell::PowerShell => "_meshman.ps1",
            Shell::Elvish => "meshman.elv",
            _ => unreachable!(),
        };
        out.insert(name.to_string(), buf);
    }
    out
}

fn man_pages() -> BTreeMap<String, Vec<u8>> {
    let dir = tempfile::tempdir().unwrap();
    clap_mangen::generate_to(Cli::command(), dir.path()).unwrap();
    read_dir(dir.path())
}

fn read_dir(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries {
            let e = e.unwrap();
            out.insert(
                e.file_name().into_string().unwrap(),
                std::fs::read(e.path()).unwrap(),
            );
        }
    }
    out
}

fn check(folder: &str, fresh: BTreeMap<String, Vec<u8>>) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(folder);
    if std::env::var_os("MESHMAN_UPDATE_GENERATED").is_some() {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for (name, bytes) in &fresh {
            std::fs::write(dir.join(name), bytes).unwrap();
        }
        return;
    }
    let stored = read_dir(&dir);
    let stale: Vec<_> = fresh
        .iter()
        .filter(|(name, bytes)| stored.get(*name) != Some(bytes))
        .map(|(name, _)| name.clone())
        .chain(stored.keys().filter(|n| !fresh.contains_key(*n)).cloned())
        .collect();
    assert!(
        stale.is_empty(),
        "{folder}/ is stale ({stale:?}); run `MESHMAN_UPDATE_GENERATED=1 cargo test --test generated`"
    );
}

#[test]
fn completions_are_current() {
    let fresh = completions();
    assert!(fresh["meshman.bash"].windows(7).any(|w| w == b"profile"));
    check("completions", fresh);
}

#[test]
fn man_pages_are_current() {
    let fresh = man_pages();
    assert!(fresh.contains_key("meshman.1"));
    assert!(fresh.contains_key("meshman-profile-create.1"));
    check("man", fresh);
}

#[test]
fn help_text_is_linted() {
    // sq-style lint: every command and argument has help, summaries start
    // with a capital letter and do not end with a period.
    fn walk(cmd: &clap::Command, path: &str, problems: &mut Vec<String>) {
        let here = format!("{path} {}", cmd.get_name());
        if let Some(about) = cmd.get_about().map(|a| a.to_string()) {
            if about.ends_with('.') {
                problems.push(format!("{here}: summary ends with a period"));
            }
            if !about.chars().next().is_some_and(char::is_uppercase)
                && !about.starts_with("meshman")
            {
                problems.push(format!("{here}: summary does not start with a capital"));
            }
        } else if cmd.get_name() != "help" {
            problems.push(format!("{here}: no help text"));
        }
        for arg in cmd.get_arguments() {
            if arg.get_help().is_none() && !["help", "version"].contains(&arg.get_id().as_str()) {
                problems.push(format!("{here}: argument {} has no help", arg.get_id()));
            }
        }
        for sub in cmd.get_subcommands() {
            walk(sub, &here, problems);
        }
    }
    let mut problems = Vec::new();
    walk(&Cli::command(), "", &mut problems);
    assert!(
        problems.is_empty(),
        "help text problems:\n{}",
        problems.join("\n")
    );
}
