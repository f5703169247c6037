//! The result of checking one password: plain data, serialized to a plain JS object.

use serde::Serialize;

use crate::passphrase::PassphraseReport;
use crate::policy::{RuleStatus, Violation};
#[cfg(feature = "strength")]
use crate::strength::Strength;

/// Everything passgate concluded about one password.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export))]
pub struct Report {
    /// `true` exactly when `violations` is empty: the policy accepts the password.
    pub ok: bool,
    /// Length in Unicode code points after normalization (what NIST counts), not UTF-16
    /// units or bytes.
    pub length: u32,
    /// Every broken rule, with a code, parameters, an English message and its source.
    pub violations: Vec<Violation>,
    /// Every rule of the policy with its state, for a live checklist.
    pub rules: Vec<RuleStatus>,
    /// zxcvbn-based strength estimate.
    #[cfg(feature = "strength")]
    pub strength: Strength,
    /// Whether this is a passphrase, and advice on making it a good one.
    pub passphrase: PassphraseReport,
}
