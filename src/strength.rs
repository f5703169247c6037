//! Strength estimation: a thin wrapper over the `zxcvbn` crate that returns passgate's own types.
//!
//! zxcvbn's types never leave this module: scores, crack times and feedback are mapped onto
//! closed vocabularies with stable codes ([`Warning`], [`Suggestion`]) and English messages,
//! so UIs can translate from the code and zxcvbn can be upgraded without breaking callers.

use serde::Serialize;

use crate::feedback::{vocabulary, Message, Suggestion, Warning};

vocabulary! {
    /// A caveat about the estimate itself.
    StrengthNote {
        /// The password has the shape of a generated passphrase, whose exact entropy is known.
        GeneratedPassphrase => "This looks like a generated passphrase: its exact strength is shown in the passphrase \
            details; the score here is only an estimate.",
    }
}

/// The four attack scenarios zxcvbn models, one value each.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export))]
pub struct CrackTimes<T> {
    /// Online attack against a service that throttles to 100 guesses per hour.
    pub online_throttling100_per_hour: T,
    /// Online attack against a service without throttling, 10 guesses per second.
    pub online_no_throttling10_per_second: T,
    /// Offline attack on a slow, salted hash (bcrypt, scrypt, Argon2): 10^4 guesses per second.
    pub offline_slow_hashing1e4_per_second: T,
    /// Offline attack on a fast hash (unsalted SHA-1, MD5): 10^10 guesses per second.
    pub offline_fast_hashing1e10_per_second: T,
}

impl<T> CrackTimes<T> {
    fn map<U>(&self, f: impl Fn(&T) -> U) -> CrackTimes<U> {
        CrackTimes {
            online_throttling100_per_hour: f(&self.online_throttling100_per_hour),
            online_no_throttling10_per_second: f(&self.online_no_throttling10_per_second),
            offline_slow_hashing1e4_per_second: f(&self.offline_slow_hashing1e4_per_second),
            offline_fast_hashing1e10_per_second: f(&self.offline_fast_hashing1e10_per_second),
        }
    }
}

/// Guesses per second in each scenario of [`CrackTimes`], in field order.
const GUESSES_PER_SECOND: CrackTimes<f64> = CrackTimes {
    online_throttling100_per_hour: 100.0 / 3600.0,
    online_no_throttling10_per_second: 10.0,
    offline_slow_hashing1e4_per_second: 1e4,
    offline_fast_hashing1e10_per_second: 1e10,
};

/// What is wrong with a password and how to improve it.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export))]
pub struct Feedback {
    /// The main problem, if zxcvbn found one.
    pub warning: Option<Message<Warning>>,
    /// Ways to make the password stronger, most useful first.
    pub suggestions: Vec<Message<Suggestion>>,
}

/// A zxcvbn-based strength estimate.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export))]
pub struct Strength {
    /// 0 (too guessable) to 4 (very unguessable).
    pub score: u8,
    /// log10 of the estimated number of guesses an attacker needs (0 for an empty password).
    pub guesses_log10: f64,
    /// Estimated seconds to crack in each attack scenario.
    pub crack_times_seconds: CrackTimes<f64>,
    /// The same times as short English phrases ("3 hours", "centuries").
    pub crack_times_display: CrackTimes<String>,
    /// Warning and suggestions as stable codes with English messages.
    pub feedback: Feedback,
    /// A caveat about this estimate (e.g. a generated passphrase has an exact entropy).
    pub note: Option<Message<StrengthNote>>,
}

/// A strength estimate plus what zxcvbn's match sequence says about phrases.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    /// The estimate.
    pub strength: Strength,
    /// Dictionary words (or a known phrase) cover most of the password and the score is low.
    pub common_phrase: bool,
}

/// Estimates the strength of `password`; `user_inputs` are words an attacker would try first.
///
/// Cost: zxcvbn analyses at most the first 100 characters of the password.
pub fn estimate<'a>(password: &str, user_inputs: impl IntoIterator<Item = &'a str>) -> Strength {
    analyse(password, user_inputs).strength
}

/// Share of the password that dictionary matches must cover for `common_phrase`.
const PHRASE_COVERAGE: f64 = 0.75;

/// Estimates strength and reports whether the password is mostly a common phrase.
pub fn analyse<'a>(password: &str, user_inputs: impl IntoIterator<Item = &'a str>) -> Analysis {
    let inputs: Vec<&str> = user_inputs.into_iter().collect();
    let entropy = zxcvbn::zxcvbn(password, &inputs);
    let analysed = password.chars().count().min(100);
    let in_dictionary: usize = entropy
        .sequence()
        .iter()
        .filter(|m| matches!(m.pattern, zxcvbn::matching::patterns::MatchPattern::Dictionary(_)))
        .map(|m| m.j + 1 - m.i)
        .sum();
    #[allow(clippy::cast_precision_loss)] // both counts are at most 100
    let common_phrase = analysed > 0 && in_dictionary as f64 >= PHRASE_COVERAGE * analysed as f64;
    // From the integer guess count with pure-Rust arithmetic only (no platform `powf`/`log10`),
    // so the native crate and every wasm build give bit-identical numbers.
    #[allow(clippy::cast_precision_loss)] // guesses are an estimate; f64 keeps 15 digits
    let guesses = entropy.guesses() as f64;
    let guesses_log10 = if guesses >= 1.0 { libm::log10(guesses) } else { 0.0 };
    let crack_times_seconds = GUESSES_PER_SECOND.map(|per_second| guesses / per_second);
    let crack_times_display = crack_times_seconds.map(|seconds| display_duration(*seconds));
    let feedback = entropy.feedback().map(convert_feedback).unwrap_or_default();
    let score = u8::from(entropy.score());
    let strength =
        Strength { score, guesses_log10, crack_times_seconds, crack_times_display, feedback, note: None };
    Analysis { strength, common_phrase: common_phrase && score <= 2 }
}

fn convert_feedback(feedback: &zxcvbn::feedback::Feedback) -> Feedback {
    Feedback {
        warning: feedback.warning().map(|w| Message::new(Warning::from(w))),
        suggestions: feedback.suggestions().iter().map(|&s| Message::new(Suggestion::from(s))).collect(),
    }
}

/// A duration in seconds as a short English phrase, rounded down to its largest unit.
pub fn display_duration(seconds: f64) -> String {
    const UNITS: [(f64, &str); 6] = [
        (60.0 * 60.0 * 24.0 * 365.25 * 100.0, "century"),
        (60.0 * 60.0 * 24.0 * 365.25, "year"),
        (60.0 * 60.0 * 24.0 * 30.44, "month"),
        (60.0 * 60.0 * 24.0, "day"),
        (60.0 * 60.0, "hour"),
        (60.0, "minute"),
    ];
    if seconds.is_nan() || seconds < 1.0 {
        return "less than a second".to_owned();
    }
    let (count, unit) = UNITS
        .iter()
        .find(|(size, _)| seconds >= *size)
        .map(|(size, unit)| ((seconds / size).floor(), *unit))
        .unwrap_or((seconds.floor(), "second"));
    match unit {
        "century" => "centuries".to_owned(),
        _ if count == 1.0 => format!("1 {unit}"),
        _ => format!("{count} {unit}s"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_passwords_get_known_scores() {
        let table = [
            ("", 0),
            ("password", 0),
            ("123456", 0),
            ("qwerty", 0),
            ("Tr0ub4dour&3", 2),
            ("correcthorsebatterystaple", 4),
            ("wT7#kq9!Lp2@vZ", 4),
        ];
        for (password, score) in table {
            assert_eq!(estimate(password, []).score, score, "{password:?}");
        }
    }

    #[test]
    fn weak_passwords_carry_feedback_codes() {
        let strength = estimate("password", []);
        let warning = strength.feedback.warning.expect("a top password has a warning");
        assert_eq!(warning.code, Warning::TopTenPassword);
        assert!(!strength.feedback.suggestions.is_empty());
        let keyboard = estimate("asdfghjkl;", []);
        assert_eq!(keyboard.feedback.warning.map(|w| w.code), Some(Warning::KeyboardRow));
    }

    #[test]
    fn user_inputs_lower_the_score() {
        let password = "Quintessa1987";
        let alone = estimate(password, []);
        let with_inputs = estimate(password, ["quintessa", "1987"]);
        assert!(with_inputs.guesses_log10 < alone.guesses_log10);
        assert!(with_inputs.score < alone.score, "{} !< {}", with_inputs.score, alone.score);
    }

    #[test]
    fn crack_times_follow_the_guess_rates() {
        let strength = estimate("Tr0ub4dour&3", []);
        let guesses = 10f64.powf(strength.guesses_log10);
        let slow = strength.crack_times_seconds.offline_slow_hashing1e4_per_second;
        assert!((slow - guesses / 1e4).abs() / slow < 1e-9);
        assert!(strength.crack_times_seconds.online_throttling100_per_hour > slow);
    }

    #[test]
    fn common_phrases_are_flagged() {
        assert!(analyse("iloveyou", []).common_phrase);
        assert!(analyse("letmeinplease", []).common_phrase);
        assert!(!analyse("wT7#kq9!Lp2@vZ", []).common_phrase);
        assert!(!analyse("", []).common_phrase);
    }

    #[test]
    fn empty_password_has_zero_guesses() {
        let strength = estimate("", []);
        assert_eq!(strength.guesses_log10, 0.0);
        assert_eq!(strength.crack_times_display.offline_fast_hashing1e10_per_second, "less than a second");
    }

    #[test]
    fn durations_read_naturally() {
        let table = [
            (0.0, "less than a second"),
            (f64::NAN, "less than a second"),
            (1.0, "1 second"),
            (59.9, "59 seconds"),
            (60.0, "1 minute"),
            (7_200.0, "2 hours"),
            (86_400.0 * 3.0, "3 days"),
            (86_400.0 * 70.0, "2 months"),
            (86_400.0 * 365.25 * 5.0, "5 years"),
            (1e12, "centuries"),
            (f64::INFINITY, "centuries"),
        ];
        for (seconds, text) in table {
            assert_eq!(display_duration(seconds), text, "{seconds}");
        }
    }
}
