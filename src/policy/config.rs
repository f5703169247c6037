//! The policy configuration: a plain object whose every field is optional and overrides the
//! chosen preset.

use serde::{Deserialize, Deserializer, Serialize};

use super::classes::CharClass;
use super::normalize::Normalization;

/// A policy config (`options.policy` in JS). Unknown keys are an error.
///
/// `preset` (default `"nist-800-63b-4"`) supplies every field the config leaves out.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export, optional_fields))]
pub struct PolicyConfig {
    /// The preset to start from (see `presets`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preset: Option<String>,
    /// Minimum length in Unicode code points (1–4096).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_length: Option<u32>,
    /// Maximum length in code points (up to 4096), or `null` for none.
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub max_length: Option<Option<u32>>,
    /// Maximum length in UTF-8 bytes after normalization (up to 16384; bcrypt reads only the
    /// first 72), or `null` for none. Counted over the whole input. At least `minLength`
    /// (times the fewest bytes an allowed character takes).
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub max_bytes: Option<Option<u32>>,
    /// Classes that must all be present.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required_classes: Option<Vec<CharClass>>,
    /// How many of lowercase, uppercase, digit, symbol and letters-without-case must be
    /// present (0–5; Entra: 3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_classes: Option<u8>,
    /// Every character a password may use, or `null` for any.
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub allowed_characters: Option<Option<String>>,
    /// Longest allowed run of one character (1–4096), or `null` for no limit.
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub max_repeated: Option<Option<u32>>,
    /// Whether the shipped common-password blocklist applies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub blocklist: Option<bool>,
    /// More passwords to refuse (whole-password, case-insensitive, substitutions undone).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_blocklist: Option<Vec<String>>,
    /// Whether passwords built from the context (names, e-mail, service) are refused.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context_words: Option<bool>,
    /// Lowest acceptable zxcvbn score (0–4), or `null` for none.
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub min_score: Option<Option<u8>>,
    /// Whether Entra-style banned-word scoring applies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub banned_word_scoring: Option<bool>,
    /// The custom banned-word list (4–16 characters per term).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub banned_words: Option<Vec<String>>,
    /// Normalization applied before every check: `"nfc"` (default) or `"none"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub normalization: Option<Normalization>,
}

/// A present key (even `null`) becomes `Some(value)`; an absent key stays `None`.
fn present<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(deserializer).map(Some)
}

impl PolicyConfig {
    /// `self` with every field it leaves out taken from `base`.
    pub fn over(self, base: &PolicyConfig) -> PolicyConfig {
        let base = base.clone();
        PolicyConfig {
            preset: self.preset.or(base.preset),
            min_length: self.min_length.or(base.min_length),
            max_length: self.max_length.or(base.max_length),
            max_bytes: self.max_bytes.or(base.max_bytes),
            required_classes: self.required_classes.or(base.required_classes),
            min_classes: self.min_classes.or(base.min_classes),
            allowed_characters: self.allowed_characters.or(base.allowed_characters),
            max_repeated: self.max_repeated.or(base.max_repeated),
            blocklist: self.blocklist.or(base.blocklist),
            custom_blocklist: self.custom_blocklist.or(base.custom_blocklist),
            context_words: self.context_words.or(base.context_words),
            min_score: self.min_score.or(base.min_score),
            banned_word_scoring: self.banned_word_scoring.or(base.banned_word_scoring),
            banned_words: self.banned_words.or(base.banned_words),
            normalization: self.normalization.or(base.normalization),
        }
    }
}
