//! The checker: options compiled once, then applied to each candidate password.

use crate::breach::BreachConfig;
use crate::context::Context;
use crate::error::ConfigError;
use crate::messages::Message;
use crate::options::CheckerOptions;
use crate::passphrase::{
    self, AnalyzeHints, GeneratedPassphrase, PassphraseError, PassphraseOptions, RandomSource, Unsatisfiable,
};
use crate::policy::normalize::Normalization;
use crate::policy::{Candidate, InputAttributes, Policy, Tail};
use crate::report::Report;
use crate::strength::{Analysis, CodedAnalysis, StrengthData, Summary};

/// What [`Checker::without_strength`] reports for a policy that needs a strength estimate.
const MIN_SCORE_NEEDS_STRENGTH: &str = "needs zxcvbn strength estimation, which this build \
    (passgate/lite) leaves out; use the full build or remove minScore";

/// A configured password checker. Building one can fail; checking cannot.
#[derive(Debug, Clone)]
pub struct Checker {
    policy: Policy,
    breach: BreachConfig,
    /// The year the strength estimate measures dates from.
    reference_year: i32,
}

impl Checker {
    /// Validates `options` and builds a checker.
    pub fn new(options: CheckerOptions) -> Result<Self, ConfigError> {
        // The policy last: its only error that is not the caller's (`listNotLoaded`: data this
        // build loads on demand) must not hide one that is.
        let breach = BreachConfig::new(options.breach.unwrap_or_default())?;
        let reference_year = options.strength.unwrap_or_default().reference_year()?;
        let policy = Policy::from_config(options.policy.unwrap_or_default())?;
        Ok(Self { policy, breach, reference_year })
    }

    /// Declares that this checker will never get strength dictionaries (the lite build): a
    /// policy with `minScore` could then accept nothing, so it is a configuration error.
    pub fn without_strength(self) -> Result<Self, ConfigError> {
        match self.policy.min_score() {
            Some(_) => Err(ConfigError::invalid("options.policy.minScore", MIN_SCORE_NEEDS_STRENGTH)),
            None => Ok(self),
        }
    }

    /// The compiled policy (usable alone on a server).
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// The year dates in a password are measured from.
    pub fn reference_year(&self) -> i32 {
        self.reference_year
    }

    /// The breached-password service settings.
    pub fn breach(&self) -> &BreachConfig {
        &self.breach
    }

    /// Attributes for the new-password `<input>` that describe this checker's policy to
    /// browsers and password managers.
    pub fn input_attributes(&self) -> InputAttributes {
        self.policy.input_attributes()
    }

    /// The form of `password` that passgate checks and a server should hash.
    pub fn normalize(&self, password: &str) -> String {
        self.policy.normalize(password)
    }

    /// Checks one candidate password for the person described by `context`.
    pub fn check(&self, password: &str, context: &Context) -> Report {
        self.check_head(password, Tail::default(), context)
    }

    /// Checks a password of which the caller holds the text outside Rust and passes only its
    /// start: `head`, then a `tail` whose code points and bytes are counted but not read. The
    /// report equals [`Checker::check`]'s on the whole password as long as `head` holds at least
    /// [`crate::policy::MAX_CHECKED`] code points (only those are read anyway). The JS package
    /// uses this so that a pasted megabyte never crosses into wasm.
    pub fn check_head(&self, head: &str, tail: Tail, context: &Context) -> Report {
        #[cfg(feature = "strength")]
        let strength = Some(crate::strength::data::embedded());
        #[cfg(not(feature = "strength"))]
        let strength = None;
        self.check_head_with(head, tail, context, strength)
    }

    /// [`Checker::check_head`] with the strength estimate's dictionaries given by the caller
    /// (`None`: not available, or not yet: `report.strength` is `None` and a `minScore` rule
    /// fails). The wasm module uses this: its dictionaries arrive as a file of their own after
    /// the module, so the policy checks from the first keystroke.
    pub fn check_head_with(
        &self,
        head: &str,
        tail: Tail,
        context: &Context,
        strength: Option<&StrengthData>,
    ) -> Report {
        // Wiped when dropped; see SECURITY.md for the copies that are not.
        let candidate = self.policy.prepare_head(head, tail);
        let analysis = strength.map(|data| {
            crate::strength::analyze_with(data, candidate.text(), context.inputs(), self.reference_year)
        });
        let summary = analysis.as_ref().map(Analysis::summary);
        let mut report = self.report(&candidate, context, summary);
        report.strength = analysis.map(|analysis| {
            let mut strength = analysis.strength;
            if report.passphrase.generated.is_some() {
                strength.note = Some(Message::new(crate::strength::StrengthNote::GeneratedPassphrase));
            }
            strength
        });
        report
    }

    /// [`Checker::check_head_with`] with the estimate made elsewhere, by
    /// [`estimate_head`] (the wasm package's strength module): the report has
    /// no `strength` (the caller adds the estimate, with a `generatedPassphrase` note when
    /// `passphrase.generated` is set), and `None` counts as an estimate still loading.
    pub fn check_head_summarized(
        &self,
        head: &str,
        tail: Tail,
        context: &Context,
        summary: Option<Summary>,
    ) -> Report {
        self.report(&self.policy.prepare_head(head, tail), context, summary)
    }

    /// The report of `candidate` given what the estimate says, without the estimate itself.
    fn report(&self, candidate: &Candidate, context: &Context, summary: Option<Summary>) -> Report {
        let password = candidate.text();
        let common_phrase = summary.is_some_and(|summary| summary.common_phrase);
        let passphrase = passphrase::analyze_with(password, AnalyzeHints { common_phrase });
        let policy = self.policy.check(candidate, context, summary.map(|summary| summary.score));
        let strength = None;
        Report {
            ok: policy.ok,
            length: candidate.length(),
            violations: policy.violations,
            rules: policy.rules,
            strength,
            passphrase,
        }
    }

    /// Generates a passphrase that meets this checker's policy, adjusting `options` where the
    /// policy demands it (each change is listed in `adjustments`).
    pub fn generate_passphrase<R: RandomSource + ?Sized>(
        &self,
        options: &PassphraseOptions,
        rng: &mut R,
    ) -> Result<GeneratedPassphrase, PassphraseError> {
        let generated = passphrase::generate_for(options, &self.policy.passphrase_requirements(), rng)?;
        // The policy itself has the last word: a composition rule the fitter missed is an error,
        // never a suggestion the check then refuses.
        let candidate = self.policy.prepare(&generated.passphrase);
        let report = self.policy.check(&candidate, &Context::default(), None);
        match report.violations.into_iter().find(|violation| violation.rule.is_composition()) {
            Some(violation) => Err(PassphraseError::Unsatisfiable(Unsatisfiable::FailedCheck {
                rule: violation.rule.code().to_owned(),
            })),
            None => Ok(generated),
        }
    }
}

/// The estimate [`Checker::check_head_with`] makes of `head`, made without a checker: what the
/// wasm package's strength module runs, given the policy's normalization and reference year
/// (so it links no policy code). Pair it with [`Checker::check_head_summarized`].
pub fn estimate_head(
    data: &StrengthData,
    head: &str,
    normalization: Normalization,
    context: &Context,
    reference_year: i32,
) -> CodedAnalysis {
    let (text, _) = crate::policy::checked_text(head, normalization);
    crate::strength::analyze_coded_with(data, &text, context.inputs(), reference_year)
}

#[cfg(test)]
mod tests {
    #[test]
    fn without_strength_min_score_is_a_config_error_that_says_why() {
        let options: CheckerOptions =
            crate::decode_json("options", r#"{"policy": {"minScore": 2}}"#).expect("valid options");
        let error = Checker::new(options).expect("minScore alone is valid").without_strength().unwrap_err();
        assert_eq!(error.code(), "invalidOption");
        assert!(
            error.to_string().starts_with("options.policy.minScore: needs zxcvbn strength estimation"),
            "{error}"
        );
        let none: CheckerOptions =
            crate::decode_json("options", r#"{"policy": {"minScore": null}}"#).expect("valid options");
        assert!(Checker::new(none).expect("valid").without_strength().is_ok());
    }

    #[test]
    fn without_dictionaries_there_is_no_estimate_and_min_score_fails() {
        let options: CheckerOptions =
            crate::decode_json("options", r#"{"policy": {"minScore": 1}}"#).expect("valid options");
        let checker = Checker::new(options).expect("valid");
        let report = checker.check_head_with(
            "correct horse battery staple",
            Tail::default(),
            &Context::default(),
            None,
        );
        assert_eq!(report.strength, None);
        assert!(!report.ok, "a password is never accepted on a strength nobody measured");
        let data = StrengthData::parse(include_bytes!("../data/strength/zxcvbn-4.4.2.txt").as_slice())
            .expect("the shipped blob parses");
        let given = checker.check_head_with(
            "correct horse battery staple",
            Tail::default(),
            &Context::default(),
            Some(&data),
        );
        assert!(given.ok);
        assert!(given.strength.is_some_and(|strength| strength.score >= 1));
    }

    /// The wasm package's two modules: the strength module's `estimate_head`, then the policy
    /// module's `check_head_summarized`, with the estimate and its note added as the JS layer
    /// adds them, give exactly the one-step report.
    #[cfg(feature = "strength")]
    #[test]
    fn estimating_apart_gives_the_same_report() {
        let data = crate::strength::data::embedded();
        let passphrase = crate::passphrase::generate(&PassphraseOptions::default(), &mut OsRandom)
            .expect("the embedded list generates")
            .passphrase;
        let passwords = [
            "",
            "password1",
            "Tr0ub4dour&3",
            "correct horse battery staple",
            "ΟΔΟΣ-Straße-2024",
            "kjsdf98s7df98s7df",
            "qwertyuiop123",
            "Jessica1985!",
            &passphrase,
        ];
        let context: Context =
            crate::decode_json("context", r#"{"firstName": "Jessica", "userInputs": ["northwind"]}"#)
                .expect("valid context");
        let configs = [
            r#"{}"#,
            r#"{"policy": {"preset": "microsoft-entra"}}"#,
            r#"{"policy": {"preset": "pci-dss-4", "minScore": 3}}"#,
            r#"{"policy": {"normalization": "none", "minScore": 2}, "strength": {"referenceYear": 2030}}"#,
        ];
        for config in configs {
            let checker =
                Checker::new(crate::decode_json("options", config).expect("valid options")).expect("valid");
            let normalization = checker.policy().normalization();
            for password in passwords {
                let whole = checker.check_head_with(password, Tail::default(), &context, Some(data));
                let analysis =
                    estimate_head(data, password, normalization, &context, checker.reference_year());
                let mut apart = checker.check_head_summarized(
                    password,
                    Tail::default(),
                    &context,
                    Some(analysis.summary()),
                );
                let mut strength = analysis.strength.worded();
                if apart.passphrase.generated.is_some() {
                    strength.note = Some(Message::new(crate::strength::StrengthNote::GeneratedPassphrase));
                }
                apart.strength = Some(strength);
                assert_eq!(apart, whole, "{config} {password:?}");
            }
        }
    }

    use super::*;
    use crate::passphrase::OsRandom;
    use crate::policy::{presets, PolicyConfig};

    fn checker(preset: &str) -> Checker {
        let policy = PolicyConfig { preset: Some(preset.to_owned()), ..PolicyConfig::default() };
        Checker::new(CheckerOptions { policy: Some(policy), ..CheckerOptions::default() })
            .expect("presets are valid")
    }

    #[test]
    fn a_head_and_a_count_give_the_whole_passwords_report() {
        let capped = PolicyConfig {
            preset: Some("microsoft-entra".to_owned()),
            max_bytes: Some(Some(16_000)),
            ..PolicyConfig::default()
        };
        let capped =
            Checker::new(CheckerOptions { policy: Some(capped), ..CheckerOptions::default() }).unwrap();
        let context = Context { first_name: Some("Poll".to_owned()), ..Context::default() };
        for checker in [checker("microsoft-entra"), capped] {
            // 10 bytes per 6 code points: 20,000 bytes in all, most of them in the tail.
            let whole = "Ab3$😀é".repeat(2_000);
            let cut = whole.char_indices().nth(crate::policy::MAX_CHECKED + 3).unwrap().0;
            let (head, tail) = whole.split_at(cut);
            let report = checker.check_head(head, Tail::of(tail), &context);
            assert_eq!(report, checker.check(&whole, &context));
            if let Some(rule) = report.rules.iter().find(|r| r.rule.id() == crate::policy::RuleId::MaxBytes) {
                assert!(!rule.passed);
                let json = serde_json::to_value(&report.violations).unwrap();
                let bytes = json.as_array().unwrap().iter().find(|v| v["code"] == "tooManyBytes").unwrap();
                assert_eq!((bytes["actual"].as_u64(), bytes["ascii"].as_bool()), (Some(20_000), Some(false)));
            }
        }
    }

    #[test]
    fn length_counts_code_points_after_nfc() {
        let checker = Checker::new(CheckerOptions::default()).expect("default options are valid");
        let table = [("", 0), ("abc", 3), ("é", 1), ("e\u{301}", 1), ("😀👍", 2), ("日本語", 3)];
        for (password, length) in table {
            assert_eq!(checker.check(password, &Context::default()).length, length, "{password:?}");
        }
    }

    #[test]
    fn the_report_carries_the_policy_verdict() {
        let checker = Checker::new(CheckerOptions::default()).expect("default options are valid");
        let short = checker.check("password", &Context::default());
        assert!(!short.ok);
        assert_eq!(short.violations.len(), 1);
        assert_eq!(short.violations[0].rule, crate::policy::RuleId::MinLength);
        assert!(checker.check("correct horse battery staple", &Context::default()).ok);
    }

    #[test]
    fn generated_passphrases_pass_every_preset() {
        for preset in presets() {
            let checker = checker(preset.id);
            for _ in 0..20 {
                let generated = checker
                    .generate_passphrase(&PassphraseOptions::default(), &mut OsRandom)
                    .expect("every preset admits a passphrase");
                let report = checker.check(&generated.passphrase, &Context::default());
                assert!(report.ok, "{}: {:?}", preset.id, report.violations);
                assert!(report.passphrase.is_passphrase, "{}", preset.id);
                assert!(report.passphrase.generated.is_some(), "{}", preset.id);
            }
        }
    }

    #[test]
    fn generated_passphrases_pass_a_max_repeated_policy() {
        for max in [1, 2] {
            let policy = PolicyConfig { max_repeated: Some(Some(max)), ..PolicyConfig::default() };
            let checker = Checker::new(CheckerOptions { policy: Some(policy), ..CheckerOptions::default() })
                .expect("valid");
            // U+037E is NFC ";", so ";\u{37e}" would check as ";;".
            for separator in ["", "-", "~~", ";\u{37e}"] {
                let options =
                    PassphraseOptions { separator: separator.to_owned(), ..PassphraseOptions::default() };
                for _ in 0..50 {
                    let generated =
                        checker.generate_passphrase(&options, &mut OsRandom).expect("satisfiable");
                    let report = checker.check(&generated.passphrase, &Context::default());
                    assert!(report.ok, "max {max}, {separator:?}: {:?}", report.violations);
                }
            }
        }
    }

    #[test]
    fn a_policy_requiring_a_letter_without_case_gets_no_passphrase() {
        // EFF words are ASCII: every passphrase would fail `requiredClasses: ["otherLetter"]`.
        let policy: PolicyConfig =
            serde_json::from_str(r#"{"requiredClasses": ["otherLetter"]}"#).expect("a valid config");
        let checker = Checker::new(CheckerOptions { policy: Some(policy), ..CheckerOptions::default() })
            .expect("valid");
        let err = checker.generate_passphrase(&PassphraseOptions::default(), &mut OsRandom).unwrap_err();
        assert_eq!(err.code(), "policyUnsatisfiable");
        assert_eq!(err.unsatisfiable(), Some(&passphrase::Unsatisfiable::CaselessLetter));
        // A letter of any case is met by the words themselves.
        let policy: PolicyConfig = serde_json::from_str(r#"{"requiredClasses": ["letter"]}"#).expect("valid");
        let checker = Checker::new(CheckerOptions { policy: Some(policy), ..CheckerOptions::default() })
            .expect("valid");
        let generated =
            checker.generate_passphrase(&PassphraseOptions::default(), &mut OsRandom).expect("ok");
        assert!(checker.check(&generated.passphrase, &Context::default()).ok);
    }

    #[cfg(feature = "strength")]
    #[test]
    fn generated_passphrases_carry_a_strength_note_and_no_symbol_advice() {
        let checker = checker("nist-800-63b-4");
        let report = checker.check("cactus-jogging-wizard-unpaved-ladle-siesta", &Context::default());
        let strength = report.strength.as_ref().expect("the strength feature estimates");
        assert!(strength.note.is_some());
        let no_symbols = crate::feedback::Suggestion::NoNeedForSymbols;
        let suggestions = &strength.feedback.suggestions;
        assert!(suggestions
            .iter()
            .all(|s| s.code == no_symbols || !s.message.to_lowercase().contains("symbol")));
        assert!(report.passphrase.advice.iter().all(|a| !a.message.to_lowercase().contains("symbol")));
        let other = checker.check("Tr0ub4dour&3", &Context::default());
        assert!(other.strength.expect("estimated").note.is_none());
    }

    /// Found by the `check` fuzz target (`fuzz/corpus/check/regression-zxcvbn-nondeterministic`):
    /// zxcvbn 3.1.1 may estimate this password differently on two calls (SECURITY.md).
    /// Everything but the estimate must still be the same every time.
    #[test]
    fn the_verdict_is_stable_where_zxcvbn_is_not() {
        let password = format!("{}\u{2}cpastaororrectple", "c".repeat(22));
        for preset in presets() {
            let checker = checker(preset.id);
            let first = checker.check(&password, &Context::default());
            for _ in 0..20 {
                let again = checker.check(&password, &Context::default());
                assert_eq!(
                    (again.ok, again.length, &again.violations, &again.rules, &again.passphrase),
                    (first.ok, first.length, &first.violations, &first.rules, &first.passphrase),
                    "{}",
                    preset.id
                );
            }
        }
    }

    #[cfg(feature = "strength")]
    #[test]
    fn context_reaches_the_strength_estimate() {
        let checker = Checker::new(CheckerOptions::default()).expect("default options are valid");
        let context = Context { first_name: Some("Quintessa".into()), ..Context::default() };
        let with = checker.check("Quintessa1987", &context).strength.expect("estimated");
        let without = checker.check("Quintessa1987", &Context::default()).strength.expect("estimated");
        assert!(with.guesses_log10 < without.guesses_log10);
    }

    #[cfg(not(feature = "strength"))]
    #[test]
    fn without_the_strength_feature_the_report_has_strength_none() {
        let checker = Checker::new(CheckerOptions::default()).expect("default options are valid");
        let report = checker.check("correct horse battery staple", &Context::default());
        assert_eq!(report.strength, None);
        assert_eq!(serde_json::to_value(&report).expect("serializes")["strength"], serde_json::Value::Null);
    }
}
