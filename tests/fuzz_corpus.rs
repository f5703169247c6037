//! Replays every fuzz seed and every kept crash input (`fuzz/corpus/<target>/*`) through the
//! fuzz targets' harness, on stable Rust and without libFuzzer: a fixed crash stays fixed.
#![allow(clippy::expect_used, clippy::panic)] // test code: a failure is a test failure

#[path = "../fuzz/src/harness.rs"]
mod harness;

use std::fs;
use std::path::Path;

fn replay(target: &str, run: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz").join("corpus").join(target);
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap_or_else(|err| panic!("{}: {err}", dir.display()))
        .map(|entry| entry.expect("readable corpus directory").path())
        .collect();
    files.sort();
    assert!(files.len() >= 3, "{target}: a handful of seeds");
    for file in files {
        let data = fs::read(&file).expect("readable corpus file");
        let outcome = std::panic::catch_unwind(|| run(&data));
        assert!(outcome.is_ok(), "{target}: {} fails (see the panic above)", file.display());
    }
}

#[test]
fn policy_config() {
    replay("policy_config", harness::policy_config);
}

#[test]
fn range_response() {
    replay("range_response", harness::range_response);
}

#[test]
fn check() {
    replay("check", harness::check);
}

#[test]
fn passphrase_generate() {
    replay("passphrase_generate", harness::passphrase_generate);
}

#[test]
fn passphrase_analyze() {
    replay("passphrase_analyze", harness::passphrase_analyze);
}

#[cfg(feature = "strength")]
#[test]
fn strength() {
    replay("strength", harness::strength);
}
