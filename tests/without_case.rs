//! The core built without its `case` tables (as the wasm binding builds it): only ASCII is
//! lower-cased until a lower-casing is installed, and then that is what folding and the
//! strength model use for the rest.
//! `cargo test --no-default-features --test without_case` (`make test-rust`).
#![cfg(not(feature = "case"))]

use passgate::case::{lowercase_each_into, set_lowercase, to_lowercase};
use passgate::policy::normalize::fold;

/// Lower-cases `É` and ASCII, enough to tell it ran.
fn tiny_lowercase(text: &str) -> String {
    text.replace('É', "é").to_ascii_lowercase()
}

fn each(text: &str) -> String {
    let mut out = Vec::new();
    lowercase_each_into(text, &mut out);
    out.into_iter().collect()
}

// One test: the installed lower-casing is process-wide, so "before" then "after" is the test.
#[test]
fn non_ascii_is_lowered_once_a_lowercasing_is_installed() {
    assert_eq!(to_lowercase("ÉTÉ"), "ÉtÉ");
    assert_eq!(each("ÉTÉ"), "ÉtÉ");
    assert_eq!(fold("P@SSÉ").into_iter().collect::<String>(), "passÉ");

    set_lowercase(tiny_lowercase);
    assert_eq!(to_lowercase("ÉTÉ"), "été");
    assert_eq!(each("ÉTÉ"), "été");
    assert_eq!(fold("P@SSÉ").into_iter().collect::<String>(), "passé");
}
