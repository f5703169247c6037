//! The core built without its `nfc` tables (as the wasm binding builds it): a policy that asks
//! for NFC is a config error naming the field until an NFC implementation is installed, and
//! then that implementation is what `Normalization::Nfc` applies.
//! `cargo test --no-default-features --test without_nfc` (`make test-rust`).
#![cfg(not(feature = "nfc"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failure is a test failure

use passgate::policy::normalize::{nfc_available, set_nfc};
use passgate::{decode_json, Checker, CheckerOptions};

fn options(json: &str) -> CheckerOptions {
    decode_json("options", json).unwrap()
}

/// Composes just `e` + U+0301, enough to tell it ran.
fn tiny_nfc(text: &str, out: &mut String) {
    *out = text.replace("e\u{301}", "é");
}

// One test: the installed NFC is process-wide, so the order "before" then "after" is the test.
#[test]
fn nfc_is_refused_until_installed() {
    assert!(!nfc_available());
    let err = Checker::new(CheckerOptions::default()).expect_err("NFC without tables must be refused");
    assert_eq!(err.code(), "invalidOption");
    assert!(err.to_string().starts_with("options.policy.normalization:"), "{err}");

    let plain = Checker::new(options(r#"{"policy":{"normalization":"none"}}"#)).unwrap();
    assert_eq!(plain.normalize("e\u{301}"), "e\u{301}");

    set_nfc(tiny_nfc);
    assert!(nfc_available());
    let checker = Checker::new(CheckerOptions::default()).unwrap();
    assert_eq!(checker.normalize("caf\u{e9}e\u{301}"), "caf\u{e9}\u{e9}");
}
