//! The result of checking one password: plain data, serialized to a plain JS object.

use serde::Serialize;

#[cfg(feature = "strength")]
use crate::strength::Strength;

/// Everything passgate concluded about one password.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export))]
pub struct Report {
    /// Length in Unicode code points (what NIST counts), not UTF-16 units or bytes.
    pub length: u32,
    /// zxcvbn-based strength estimate.
    #[cfg(feature = "strength")]
    pub strength: Strength,
}
