//! The checker: options compiled once, then applied to each candidate password.

use crate::context::Context;
use crate::error::ConfigError;
use crate::options::CheckerOptions;
use crate::policy::Policy;
use crate::report::Report;

/// A configured password checker. Building one can fail; checking cannot.
#[derive(Debug, Clone)]
pub struct Checker {
    policy: Policy,
}

impl Checker {
    /// Validates `options` and builds a checker.
    pub fn new(options: CheckerOptions) -> Result<Self, ConfigError> {
        let policy = Policy::from_config(options.policy.unwrap_or_default())?;
        Ok(Self { policy })
    }

    /// The compiled policy (usable alone on a server).
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// The form of `password` that passgate checks and a server should hash.
    pub fn normalize(&self, password: &str) -> String {
        self.policy.normalize(password)
    }

    /// Checks one candidate password for the person described by `context`.
    pub fn check(&self, password: &str, context: &Context) -> Report {
        let password = self.policy.normalize(password);
        #[cfg(feature = "strength")]
        let strength = crate::strength::estimate(&password, context.inputs());
        #[cfg(feature = "strength")]
        let score = Some(strength.score);
        #[cfg(not(feature = "strength"))]
        let score = None;
        let policy = self.policy.check_normalized(&password, context, score);
        Report {
            ok: policy.ok,
            length: u32::try_from(password.chars().count()).unwrap_or(u32::MAX),
            violations: policy.violations,
            rules: policy.rules,
            #[cfg(feature = "strength")]
            strength,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(short.violations[0].rule, "minLength");
        assert!(checker.check("correct horse battery staple", &Context::default()).ok);
    }

    #[cfg(feature = "strength")]
    #[test]
    fn context_reaches_the_strength_estimate() {
        let checker = Checker::new(CheckerOptions::default()).expect("default options are valid");
        let context = Context { first_name: Some("Quintessa".into()), ..Context::default() };
        let with = checker.check("Quintessa1987", &context).strength;
        let without = checker.check("Quintessa1987", &Context::default()).strength;
        assert!(with.guesses_log10 < without.guesses_log10);
    }
}
