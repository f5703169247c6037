//! Why no passphrase can meet a policy: a closed code set (`reason` on the JS error thrown by
//! `generatePassphrase`, next to `code: "policyUnsatisfiable"`), each reason with its numbers
//! as parameters and its English template beside its code.

use std::fmt;

use serde::Serialize;

use crate::messages::{render_plain, vocabulary};

vocabulary! {
    templates with parameters
    /// The code of an [`Unsatisfiable`] reason (`reason` on the JS error), with its English
    /// template; the parameters come from the [`Unsatisfiable`].
    UnsatisfiableCode {
        CaselessLetter = "caselessLetter" =>
            "No passphrase can meet the policy: it requires a letter without case (as in Chinese or Arabic), and the word list has none.",
        TooManyClasses = "tooManyClasses" =>
            "No passphrase can meet the policy: it requires {required} kinds of characters, but there are only 4.",
        NoSymbolSeparator = "noSymbolSeparator" =>
            "No passphrase can meet the policy: it requires a symbol, but allows none of {separators, quoted} as a separator.",
        DisallowedCharacter = "disallowedCharacter" =>
            "No passphrase can meet the policy: it does not allow {character, quoted}, which passphrases need.",
        UnavoidableRepeats = "unavoidableRepeats" =>
            "No passphrase can meet the policy: no separator it allows keeps every character to at most {max, plural, one {one} other {#}} in a row.",
        TooManyWords = "tooManyWords" =>
            "No passphrase can meet the policy: a minimum length of {minLength} needs more than {maxWords} words.",
        TooLong = "tooLong" =>
            "No passphrase can meet the policy: {words} words can be up to {length} characters long, over the maximum of {maxLength}.",
        TooManyBytes = "tooManyBytes" =>
            "No passphrase can meet the policy: {words} words can be up to {bytes} bytes long, over the maximum of {maxBytes}.",
        FailedCheck = "failedCheck" =>
            "A generated passphrase failed the policy's own check (rule {rule}); nothing was returned.",
    }
}

/// Why no passphrase can meet a policy, with the numbers that show it. Serialized as
/// `{ reason, params }` (`params` absent for a reason without parameters). Variants may be
/// added.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", content = "params", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum Unsatisfiable {
    /// A letter without case is required; the word list has none.
    CaselessLetter,
    /// `minClasses` asks for `required` classes, more than the 4 there are.
    TooManyClasses { required: u8 },
    /// A symbol is required and the policy allows none of the symbol `separators`.
    NoSymbolSeparator { separators: Vec<String> },
    /// The policy does not allow `character`, which every passphrase from the options contains.
    DisallowedCharacter { character: String },
    /// No allowed separator keeps every run of one character to `max`.
    UnavoidableRepeats { max: u32 },
    /// `min_length` needs more than `max_words` words, even of the longest.
    TooManyWords { min_length: usize, max_words: u32 },
    /// The fewest `words` the minimum length needs can reach `length` code points, over
    /// `max_length`.
    TooLong { words: u32, length: usize, max_length: usize },
    /// The fewest `words` the minimum length needs can reach `bytes` UTF-8 bytes, over
    /// `max_bytes`.
    TooManyBytes { words: u32, bytes: usize, max_bytes: usize },
    /// A generated passphrase broke `rule` (a rule id, as `Violation.rule` spells it) when
    /// checked: the fitter missed a requirement, and nothing was returned.
    FailedCheck { rule: String },
}

impl Unsatisfiable {
    /// The reason's code, as it appears in `reason` fields.
    pub fn code(&self) -> UnsatisfiableCode {
        match self {
            Self::CaselessLetter => UnsatisfiableCode::CaselessLetter,
            Self::TooManyClasses { .. } => UnsatisfiableCode::TooManyClasses,
            Self::NoSymbolSeparator { .. } => UnsatisfiableCode::NoSymbolSeparator,
            Self::DisallowedCharacter { .. } => UnsatisfiableCode::DisallowedCharacter,
            Self::UnavoidableRepeats { .. } => UnsatisfiableCode::UnavoidableRepeats,
            Self::TooManyWords { .. } => UnsatisfiableCode::TooManyWords,
            Self::TooLong { .. } => UnsatisfiableCode::TooLong,
            Self::TooManyBytes { .. } => UnsatisfiableCode::TooManyBytes,
            Self::FailedCheck { .. } => UnsatisfiableCode::FailedCheck,
        }
    }

    /// The parameters of the reason's template, as a JSON object (empty without any).
    pub fn params(&self) -> serde_json::Value {
        let mut value = serde_json::to_value(self).unwrap_or_default();
        value.get_mut("params").map(serde_json::Value::take).unwrap_or_else(|| serde_json::json!({}))
    }
}

impl fmt::Display for Unsatisfiable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&render_plain(self.code().template(), &self.params()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_reason() -> Vec<Unsatisfiable> {
        vec![
            Unsatisfiable::CaselessLetter,
            Unsatisfiable::TooManyClasses { required: 5 },
            Unsatisfiable::NoSymbolSeparator { separators: vec!["-".into(), "_".into()] },
            Unsatisfiable::DisallowedCharacter { character: "q".into() },
            Unsatisfiable::UnavoidableRepeats { max: 1 },
            Unsatisfiable::TooManyWords { min_length: 300, max_words: 20 },
            Unsatisfiable::TooLong { words: 3, length: 29, max_length: 20 },
            Unsatisfiable::TooManyBytes { words: 3, bytes: 29, max_bytes: 20 },
            Unsatisfiable::FailedCheck { rule: "minLength".into() },
        ]
    }

    #[test]
    fn every_code_has_a_reason_and_the_serde_names_agree() {
        let reasons = every_reason();
        let codes: Vec<UnsatisfiableCode> = reasons.iter().map(Unsatisfiable::code).collect();
        assert_eq!(codes, UnsatisfiableCode::ALL);
        for reason in &reasons {
            let json = serde_json::to_value(reason).unwrap();
            assert_eq!(json["reason"], reason.code().code(), "{reason:?}");
            assert_eq!(serde_json::to_value(reason.code()).unwrap(), reason.code().code());
        }
    }

    #[test]
    fn numbers_are_parameters_and_the_english_renders_them() {
        let table = [
            (
                Unsatisfiable::TooLong { words: 3, length: 29, max_length: 20 },
                serde_json::json!({"words": 3, "length": 29, "maxLength": 20}),
                "No passphrase can meet the policy: 3 words can be up to 29 characters long, over the maximum of 20.",
            ),
            (
                Unsatisfiable::TooManyBytes { words: 4, bytes: 40, max_bytes: 32 },
                serde_json::json!({"words": 4, "bytes": 40, "maxBytes": 32}),
                "No passphrase can meet the policy: 4 words can be up to 40 bytes long, over the maximum of 32.",
            ),
            (
                Unsatisfiable::UnavoidableRepeats { max: 1 },
                serde_json::json!({"max": 1}),
                "No passphrase can meet the policy: no separator it allows keeps every character to at most one in a row.",
            ),
            (
                Unsatisfiable::DisallowedCharacter { character: "q".into() },
                serde_json::json!({"character": "q"}),
                "No passphrase can meet the policy: it does not allow \u{201c}q\u{201d}, which passphrases need.",
            ),
            (Unsatisfiable::CaselessLetter, serde_json::json!({}), UnsatisfiableCode::CaselessLetter.template()),
        ];
        for (reason, params, english) in table {
            assert_eq!(reason.params(), params, "{reason:?}");
            assert_eq!(reason.to_string(), english);
        }
        for reason in every_reason() {
            let text = reason.to_string();
            assert!(!text.contains('{') && text.ends_with('.'), "{text}");
        }
    }
}
