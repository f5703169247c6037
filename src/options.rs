//! Options accepted by [`Checker::new`](crate::Checker::new) (`createChecker(options)` in JS).

use serde::Deserialize;

use crate::breach::BreachOptions;
use crate::policy::PolicyConfig;

/// Checker options. Every key is optional; unknown keys are an error.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export, optional_fields))]
pub struct CheckerOptions {
    /// The composition policy: a preset and any overrides (default: `nist-800-63b-4`).
    pub policy: Option<PolicyConfig>,
    /// The breached-password range service (default: the public Pwned Passwords API, SHA-1,
    /// padding on, 5 s timeout).
    pub breach: Option<BreachOptions>,
    /// Strength estimation settings.
    pub strength: Option<StrengthOptions>,
}

/// Strength estimation settings.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export, optional_fields))]
pub struct StrengthOptions {
    /// The year that dates and recent years in a password are measured from, 1000 to 9999
    /// (default: the current year). Fix it to make reports reproducible across machines.
    pub reference_year: Option<i32>,
}

impl StrengthOptions {
    /// The reference year, validated, or the current one.
    pub fn reference_year(&self) -> Result<i32, crate::ConfigError> {
        match self.reference_year {
            None => Ok(crate::strength::default_reference_year()),
            Some(year @ 1000..=9999) => Ok(year),
            Some(year) => Err(crate::ConfigError::invalid(
                "strength.referenceYear",
                format!("must be a year between 1000 and 9999, got {year}"),
            )),
        }
    }
}
