//! The core built without its `english` feature (as the wasm binding builds it): every
//! `message` of a result is empty, for the caller to render from `code` and parameters, while
//! the codes, parameters and verdicts are unchanged and errors keep their English messages.
//! `cargo test --no-default-features --features strength,nfc,words --test without_english`
//! (`make test-rust`).
#![cfg(not(feature = "english"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failure is a test failure

use passgate::breach::{BreachResult, BreachVerdict};
use passgate::{decode_json, Checker, CheckerOptions, Context};

#[test]
fn results_carry_codes_and_no_text() {
    let checker = Checker::new(CheckerOptions::default()).unwrap();
    let context: Context = decode_json("context", r#"{"userInputs":["quintessa"]}"#).unwrap();
    let report = checker.check("quintessa", &context);
    assert!(!report.ok);
    assert!(!report.violations.is_empty());
    assert!(report.violations.iter().all(|v| v.message.is_empty()), "{:?}", report.violations);
    assert!(!report.rules.is_empty());
    assert!(report.rules.iter().all(|r| r.message.is_empty()));

    let strength =
        checker.check("qwertyuiop", &Context::default()).strength.expect("the strength feature estimates");
    assert!(strength.feedback.warning.is_some_and(|w| w.message.is_empty()));
    assert!(!strength.feedback.suggestions.is_empty());
    assert!(strength.feedback.suggestions.iter().all(|s| s.message.is_empty()));
    assert!(strength.crack_times_display.online_throttling100_per_hour.is_empty());
    assert!(strength.crack_times_seconds.online_throttling100_per_hour > 0.0);

    let verdict = BreachVerdict::from(BreachResult::Clear);
    assert!(verdict.message.is_empty());

    // Errors are not results: they keep their English message naming the field.
    let options = decode_json::<CheckerOptions>("options", r#"{"policy":{"minLength":0}}"#);
    let err = options.map(Checker::new).map_or_else(Some, Result::err).expect("minLength 0 is refused");
    assert!(err.to_string().starts_with("options.policy.minLength"), "{err}");
}
