//! Invariants that hold for any input: checking never panics, is deterministic and counts
//! code points.
#![allow(clippy::expect_used)] // test code: a failed expectation is a test failure

use passgate::policy::classes::CharClass;
use passgate::policy::Normalization;
use passgate::{Checker, CheckerOptions, Context, PolicyConfig, Report};
use proptest::prelude::*;

/// The whole report: checking, strength estimate included, is deterministic.
fn stable(report: &Report) -> impl PartialEq + std::fmt::Debug {
    report.clone()
}

/// Any policy config, valid or not: every field optional, values around and beyond the limits.
fn policy_config() -> impl Strategy<Value = PolicyConfig> {
    let presets: Vec<String> = passgate::policy::presets().iter().map(|p| p.id.to_owned()).collect();
    let classes = proptest::sample::subsequence(
        vec![
            CharClass::Lowercase,
            CharClass::Uppercase,
            CharClass::Digit,
            CharClass::Symbol,
            CharClass::OtherLetter,
            CharClass::Letter,
        ],
        0..=3,
    );
    let length = prop_oneof![1..=24u32, 0..=5000u32];
    (
        (
            proptest::option::of(proptest::sample::select(presets)),
            proptest::option::of(length.clone()),
            proptest::option::of(proptest::option::of(length)),
            proptest::option::of(classes),
            proptest::option::of(0..=6u8),
            proptest::option::of(proptest::option::of("[a-zA-Z0-9!@# é]{0,12}")),
            proptest::option::of(proptest::option::of(0..=5u32)),
        ),
        (
            proptest::option::of(any::<bool>()),
            proptest::option::of(proptest::collection::vec(".{0,12}", 0..3)),
            proptest::option::of(any::<bool>()),
            proptest::option::of(proptest::option::of(0..=5u8)),
            proptest::option::of(any::<bool>()),
            proptest::option::of(proptest::collection::vec("[a-z0-9]{3,17}", 0..3)),
            proptest::option::of(prop_oneof![Just(Normalization::Nfc), Just(Normalization::None)]),
            proptest::option::of(proptest::option::of(0..=20_000u32)),
        ),
    )
        .prop_map(
            |(
                (
                    preset,
                    min_length,
                    max_length,
                    required_classes,
                    min_classes,
                    allowed_characters,
                    max_repeated,
                ),
                (
                    blocklist,
                    custom_blocklist,
                    context_words,
                    min_score,
                    banned_word_scoring,
                    banned_words,
                    normalization,
                    max_bytes,
                ),
            )| PolicyConfig {
                preset,
                min_length,
                max_length,
                max_bytes,
                required_classes,
                min_classes,
                allowed_characters,
                max_repeated,
                blocklist,
                custom_blocklist,
                context_words,
                min_score,
                banned_word_scoring,
                banned_words,
                normalization,
            },
        )
}

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
        prop_assert_eq!(stable(&first), stable(&second));
        prop_assert_eq!(first.length as usize, checker.normalize(&password).chars().count());
        prop_assert_eq!(first.ok, first.violations.is_empty());
        prop_assert!(first.rules.iter().filter(|r| !r.passed).count() == first.violations.len());
        prop_assert_eq!(first.strength.is_some(), cfg!(feature = "strength"));
        if let Some(strength) = &first.strength {
            prop_assert!(strength.score <= 4);
            prop_assert!(strength.guesses_log10.is_finite() && strength.guesses_log10 >= 0.0);
        }
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
        prop_assert_eq!(stable(&report), stable(&checker.check(&password, &context)));
        let score = report.strength.as_ref().map(|strength| strength.score);
        let policy_only = checker.policy().check(&checker.policy().prepare(&password), &context, score);
        prop_assert_eq!(policy_only.violations.iter().map(|v| &v.rule).collect::<Vec<_>>(),
            report.violations.iter().map(|v| &v.rule).collect::<Vec<_>>());
    }

    #[test]
    fn any_policy_config_upholds_the_report_invariants(
        config in policy_config(),
        password in any::<String>(),
        context in context(),
    ) {
        // Building may fail (that is what the config errors are for); checking may not.
        let Ok(checker) = Checker::new(CheckerOptions { policy: Some(config), ..CheckerOptions::default() }) else {
            return Ok(());
        };
        let report = checker.check(&password, &context);
        prop_assert_eq!(report.ok, report.violations.is_empty());
        prop_assert_eq!(report.length as usize, checker.normalize(&password).chars().count());
        prop_assert_eq!(report.rules.iter().filter(|r| !r.passed).count(), report.violations.len());
        prop_assert_eq!(stable(&report), stable(&checker.check(&password, &context)));
        prop_assert!(report.strength.as_ref().is_none_or(|strength| strength.score <= 4));
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
