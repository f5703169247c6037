//! The checker: options compiled once, then applied to each candidate password.

use crate::context::Context;
use crate::error::ConfigError;
use crate::options::CheckerOptions;
use crate::report::Report;

/// A configured password checker. Building one can fail; checking cannot.
#[derive(Debug, Clone)]
pub struct Checker {
    _options: CheckerOptions,
}

impl Checker {
    /// Validates `options` and builds a checker.
    pub fn new(options: CheckerOptions) -> Result<Self, ConfigError> {
        Ok(Self { _options: options })
    }

    /// Checks one candidate password for the person described by `context`.
    pub fn check(&self, password: &str, context: &Context) -> Report {
        let length = u32::try_from(password.chars().count()).unwrap_or(u32::MAX);
        Report {
            length,
            #[cfg(feature = "strength")]
            strength: crate::strength::estimate(password, context.inputs()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_counts_code_points() {
        let checker = Checker::new(CheckerOptions::default()).expect("default options are valid");
        let table = [("", 0), ("abc", 3), ("é", 1), ("e\u{301}", 2), ("😀👍", 2), ("日本語", 3)];
        for (password, length) in table {
            assert_eq!(checker.check(password, &Context::default()).length, length, "{password:?}");
        }
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
