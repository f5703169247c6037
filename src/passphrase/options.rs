//! Generator options (`generatePassphrase(options)` in JS) and their validation.

use serde::{Deserialize, Deserializer};

use crate::error::ConfigError;

/// Fewest words a generated passphrase may have.
pub const MIN_WORDS: u32 = 3;
/// Most words a generated passphrase may have.
pub const MAX_WORDS: u32 = 20;
/// Longest separator, in code points.
pub const MAX_SEPARATOR_CHARS: usize = 3;

/// How to generate a passphrase. Every key is optional; unknown keys are an error.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export))]
pub struct PassphraseOptions {
    /// Number of words, 3–20 (default 6: 77.5 bits with the default `-` separator).
    #[serde(deserialize_with = "words")]
    #[cfg_attr(feature = "typescript", ts(as = "Option<u32>", optional))]
    pub words: u32,
    /// Put between words (default `-`): 0–3 characters, none a letter, a digit or a control
    /// character, so words and the number stay recognisable. Space is allowed; empty is allowed
    /// too (the list is prefix-free, so concatenated words still decode one way).
    #[serde(deserialize_with = "separator")]
    #[cfg_attr(feature = "typescript", ts(as = "Option<String>", optional))]
    pub separator: String,
    /// Upper-case the first letter of every word (default false). Deterministic: adds 0 bits.
    #[cfg_attr(feature = "typescript", ts(as = "Option<bool>", optional))]
    pub capitalize: bool,
    /// Append one random digit 0–9 to one randomly chosen word (default false):
    /// adds log2(10) + log2(words) bits.
    #[cfg_attr(feature = "typescript", ts(as = "Option<bool>", optional))]
    pub include_number: bool,
}

impl Default for PassphraseOptions {
    fn default() -> Self {
        Self { words: 6, separator: "-".to_owned(), capitalize: false, include_number: false }
    }
}

impl PassphraseOptions {
    /// Checks every field; errors name it as `options.<field>` with the accepted range.
    pub fn validate(&self) -> Result<(), ConfigError> {
        check_words(self.words).map_err(|reason| ConfigError::invalid("options.words", reason))?;
        check_separator(&self.separator).map_err(|reason| ConfigError::invalid("options.separator", reason))
    }
}

fn check_words(words: u32) -> Result<(), String> {
    if (MIN_WORDS..=MAX_WORDS).contains(&words) {
        Ok(())
    } else {
        Err(format!("must be between {MIN_WORDS} and {MAX_WORDS}, got {words}"))
    }
}

fn check_separator(separator: &str) -> Result<(), String> {
    let count = separator.chars().count();
    if count > MAX_SEPARATOR_CHARS {
        return Err(format!("must be at most {MAX_SEPARATOR_CHARS} characters, got {count}"));
    }
    match separator.chars().find(|c| c.is_alphanumeric() || c.is_control()) {
        Some(c) => Err(format!(
            "must not contain letters, digits or control characters (got {c:?}); use e.g. \"-\", \" \", \".\" or \"\""
        )),
        None => Ok(()),
    }
}

fn words<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
    let words = u32::deserialize(deserializer)?;
    check_words(words).map_err(serde::de::Error::custom)?;
    Ok(words)
}

fn separator<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    let separator = String::deserialize(deserializer)?;
    check_separator(&separator).map_err(serde::de::Error::custom)?;
    Ok(separator)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decode_json;

    #[test]
    fn defaults_match_the_documentation() {
        let options: PassphraseOptions = decode_json("options", "{}").unwrap();
        assert_eq!(options, PassphraseOptions::default());
        assert_eq!((options.words, options.separator.as_str()), (6, "-"));
        assert!(!options.capitalize && !options.include_number);
        let options: PassphraseOptions = decode_json(
            "options",
            r#"{"words": 4, "separator": " ", "capitalize": true, "includeNumber": true}"#,
        )
        .unwrap();
        assert_eq!((options.words, options.capitalize, options.include_number), (4, true, true));
    }

    #[test]
    fn invalid_options_name_the_field_and_the_range() {
        let table = [
            (r#"{"words": 0}"#, "invalidOption", "options.words: must be between 3 and 20, got 0"),
            (r#"{"words": 2}"#, "invalidOption", "options.words: must be between 3 and 20, got 2"),
            (r#"{"words": 21}"#, "invalidOption", "options.words: must be between 3 and 20, got 21"),
            (r#"{"words": -1}"#, "invalidOption", "options.words: invalid value"),
            (r#"{"words": "6"}"#, "invalidOption", "options.words: invalid type"),
            (r#"{"separator": "----"}"#, "invalidOption", "options.separator: must be at most 3 characters"),
            (r#"{"separator": "a"}"#, "invalidOption", "options.separator: must not contain letters"),
            (r#"{"separator": "1"}"#, "invalidOption", "options.separator: must not contain letters"),
            (r#"{"separator": "\t"}"#, "invalidOption", "options.separator: must not contain"),
            (r#"{"separator": "é"}"#, "invalidOption", "options.separator: must not contain"),
            (r#"{"word": 6}"#, "unknownOption", "options.word: unknown option"),
            (r#"{"includeNumbers": true}"#, "unknownOption", "options.includeNumbers: unknown option"),
        ];
        for (json, code, start) in table {
            let err = decode_json::<PassphraseOptions>("options", json).unwrap_err();
            assert_eq!(err.code(), code, "{json}");
            assert!(err.to_string().starts_with(start), "{json}: {err}");
        }
        let err = decode_json::<PassphraseOptions>("options", r#"{"capitalise": true}"#).unwrap_err();
        assert!(err.to_string().contains("includeNumber"), "lists accepted keys: {err}");
    }

    #[test]
    fn accepted_separators() {
        for separator in ["", " ", "-", "_", ".", "~~~", "·", "\u{a0}", " - "] {
            let json = serde_json::json!({ "separator": separator }).to_string();
            assert!(decode_json::<PassphraseOptions>("options", &json).is_ok(), "{separator:?}");
        }
    }

    #[test]
    fn validate_covers_options_built_in_rust() {
        let options = PassphraseOptions { words: 21, ..PassphraseOptions::default() };
        assert_eq!(
            options.validate().unwrap_err().to_string(),
            "options.words: must be between 3 and 20, got 21"
        );
        let options = PassphraseOptions { separator: "x".into(), ..PassphraseOptions::default() };
        assert!(options.validate().unwrap_err().to_string().starts_with("options.separator: "));
        assert_eq!(PassphraseOptions::default().validate(), Ok(()));
    }
}
