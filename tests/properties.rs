//! Invariants that hold for any input: checking never panics, is deterministic and counts
//! code points.
#![allow(clippy::expect_used)] // test code: a failed expectation is a test failure

use passgate::{Checker, CheckerOptions, Context};
use proptest::prelude::*;

fn checker() -> Checker {
    Checker::new(CheckerOptions::default()).expect("default options are valid")
}

fn context() -> impl Strategy<Value = Context> {
    (proptest::option::of(any::<String>()), proptest::collection::vec(any::<String>(), 0..4))
        .prop_map(|(first_name, user_inputs)| Context { first_name, user_inputs, ..Context::default() })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode_never_panics_and_is_deterministic(password in any::<String>(), context in context()) {
        let checker = checker();
        let first = checker.check(&password, &context);
        let second = checker.check(&password, &context);
        prop_assert_eq!(&first, &second);
        prop_assert_eq!(first.length as usize, checker.normalize(&password).chars().count());
        prop_assert_eq!(first.ok, first.violations.is_empty());
        prop_assert!(first.rules.iter().filter(|r| !r.passed).count() == first.violations.len());
        #[cfg(feature = "strength")]
        prop_assert!(first.strength.score <= 4);
        #[cfg(feature = "strength")]
        prop_assert!(first.strength.guesses_log10.is_finite() && first.strength.guesses_log10 >= 0.0);
    }

    #[test]
    fn every_preset_upholds_the_report_invariants(
        password in any::<String>(),
        context in context(),
        preset in proptest::sample::select(passgate::policy::presets().iter().map(|p| p.id).collect::<Vec<_>>()),
    ) {
        let options = CheckerOptions {
            policy: Some(passgate::PolicyConfig { preset: Some(preset.to_owned()), ..Default::default() }),
            ..Default::default()
        };
        let checker = Checker::new(options).expect("presets are valid");
        let report = checker.check(&password, &context);
        prop_assert_eq!(report.ok, report.violations.is_empty());
        prop_assert_eq!(&report, &checker.check(&password, &context));
        let policy_only = checker.policy().check(&password, &context);
        prop_assert_eq!(policy_only.violations.iter().map(|v| &v.rule).collect::<Vec<_>>(),
            report.violations.iter().map(|v| &v.rule).collect::<Vec<_>>());
    }

    #[test]
    fn arbitrary_json_options_never_panic(json in any::<String>()) {
        let _ = passgate::decode_json::<CheckerOptions>("options", &json);
        let _ = passgate::decode_json::<Context>("context", &json);
        if let Ok(config) = passgate::decode_json::<passgate::PolicyConfig>("options.policy", &json) {
            let _ = passgate::Policy::from_config(config);
        }
    }
}
