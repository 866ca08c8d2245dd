//! The README's quick start must work exactly as written: this runs the
//! script it names against the binary under test, and checks the README
//! still names the same commands.

use std::process::Command;

#[test]
fn readme_names_the_quick_start_and_test_commands() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    assert!(
        readme.contains("\nbash tests/quickstart.sh\n"),
        "README lost the quick start command"
    );
    assert!(
        readme.contains("\ncargo test --locked\n"),
        "README lost the test command"
    );
    let ci = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/.ci/run")).unwrap();
    assert!(
        ci.lines().any(|l| l == "cargo test --locked" || l.starts_with("cargo test --locked 2>&1 | tee ")),
        ".ci/run must run the README's test command"
    );
}

#[test]
fn quick_start_runs_the_whole_flow() {
    let out = Command::new("bash")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/quickstart.sh"))
        .env("MESHMAN", env!("CARGO_BIN_EXE_meshman"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "quick start failed:\n{stderr}");
    assert!(stderr.contains("quick start: ok"), "{stderr}");
    // The phone ends up with the laptop's profile and the master key.
    let stdout = String::from_utf8_lossy(&out.stdout);
    let shares = stdout.lines().filter(|l| l.starts_with("SA")).count();
    assert_eq!(shares, 3, "{stdout}");
    assert!(
        stdout.contains("Master key  held on this device"),
        "{stdout}"
    );
}
