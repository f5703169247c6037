//! The result of checking one password: plain data, serialized to a plain JS object.

use serde::Serialize;

use crate::passphrase::PassphraseReport;
use crate::policy::{RuleStatus, Violation};
use crate::strength::Strength;

/// Everything passgate concluded about one password. Fields may be added: build one with
/// [`crate::Checker::check`], read it by field.
#[non_exhaustive]
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
    /// The zxcvbn-model strength estimate; `None` (JS `null`) without the dictionaries: in
    /// `passgate/lite`, while a staged checker's dictionaries load, and natively without the
    /// `strength` feature unless the caller supplies them. The field exists in every build.
    pub strength: Option<Strength>,
    /// Whether this is a passphrase, and advice on making it a good one.
    pub passphrase: PassphraseReport,
}
