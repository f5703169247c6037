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
}
