//! Strength estimation: a thin wrapper over the `zxcvbn` crate that returns passgate's own types.
//!
//! zxcvbn's types never leave this module: scores, crack times and feedback are mapped onto
//! closed vocabularies with stable codes ([`Warning`], [`Suggestion`]) and English messages,
//! so UIs can translate from the code and zxcvbn can be upgraded without breaking callers.

pub mod segments;

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
/// Cost: bounded for any length (see [`segments`]); the first 64 characters are read.
pub fn estimate<'a>(password: &str, user_inputs: impl IntoIterator<Item = &'a str>) -> Strength {
    analyse(password, user_inputs).strength
}

/// Share of the password that dictionary matches must cover for `common_phrase`.
const PHRASE_COVERAGE: f64 = 0.75;

/// Estimates strength and reports whether the password is mostly a common phrase.
///
/// Cost is bounded for any input: see [`segments`]. A password that fits one segment gets
/// exactly zxcvbn's result; otherwise the segments' guesses multiply (a segment equal to an
/// earlier one only doubles them, as a repeat), and feedback comes from the weakest segment.
pub fn analyse<'a>(password: &str, user_inputs: impl IntoIterator<Item = &'a str>) -> Analysis {
    let inputs: Vec<&str> = user_inputs.into_iter().collect();
    let segments = segments::split(password);
    // Guesses multiply as f64 (IEEE arithmetic, no platform `powf`/`log10`), so the native crate
    // and every wasm build give bit-identical numbers.
    let mut guesses = 1.0_f64;
    let mut in_dictionary = 0;
    let mut weakest: Option<(f64, zxcvbn::Entropy)> = None;
    for (i, segment) in segments.iter().enumerate() {
        if segments.get(..i).is_some_and(|earlier| earlier.contains(segment)) {
            guesses *= 2.0;
            continue;
        }
        let entropy = zxcvbn::zxcvbn(segment, &inputs);
        #[allow(clippy::cast_precision_loss)] // guesses are an estimate; f64 keeps 15 digits
        let segment_guesses = (entropy.guesses() as f64).max(1.0);
        guesses *= segment_guesses;
        in_dictionary += entropy
            .sequence()
            .iter()
            .filter(|m| matches!(m.pattern, zxcvbn::matching::patterns::MatchPattern::Dictionary(_)))
            .map(|m| m.j + 1 - m.i)
            .sum::<usize>();
        if weakest.as_ref().is_none_or(|(weakest, _)| segment_guesses < *weakest) {
            weakest = Some((segment_guesses, entropy));
        }
    }
    let guesses_log10 = if guesses >= 1.0 { libm::log10(guesses) } else { 0.0 };
    let score = match (&weakest, segments.len()) {
        (Some((_, entropy)), 1) => u8::from(entropy.score()),
        _ => score_of(guesses),
    };
    let feedback = match &weakest {
        Some((_, entropy)) if score <= 2 => entropy.feedback().map(convert_feedback).unwrap_or_default(),
        _ => Feedback::default(),
    };
    let analysed = segments.iter().map(|s| s.chars().count()).sum::<usize>();
    #[allow(clippy::cast_precision_loss)] // both counts are at most segments::MAX_ANALYSED
    let common_phrase = analysed > 0 && in_dictionary as f64 >= PHRASE_COVERAGE * analysed as f64;
    let crack_times_seconds = GUESSES_PER_SECOND.map(|per_second| guesses / per_second);
    let crack_times_display = crack_times_seconds.map(|seconds| display_duration(*seconds));
    let strength =
        Strength { score, guesses_log10, crack_times_seconds, crack_times_display, feedback, note: None };
    Analysis { strength, common_phrase: common_phrase && score <= 2 }
}

/// zxcvbn's score thresholds (10^3, 10^6, 10^8, 10^10 guesses, each plus 5).
fn score_of(guesses: f64) -> u8 {
    const THRESHOLDS: [f64; 4] = [1e3 + 5.0, 1e6 + 5.0, 1e8 + 5.0, 1e10 + 5.0];
    let below = THRESHOLDS.iter().position(|&threshold| guesses < threshold);
    below.and_then(|score| u8::try_from(score).ok()).unwrap_or(4)
}

fn convert_feedback(feedback: &zxcvbn::feedback::Feedback) -> Feedback {
    Feedback {
        warning: feedback.warning().map(|w| Message::new(Warning::from(w))),
        suggestions: feedback.suggestions().iter().map(|&s| Message::new(Suggestion::from(s))).collect(),
    }
}

/// Crack-time units, largest first: seconds in one unit and the unit's `duration.*` code.
/// Durations below a minute count seconds; below one second they read `lessThanASecond`.
pub const DURATION_UNITS: [(f64, &str); 6] = [
    (60.0 * 60.0 * 24.0 * 365.25 * 100.0, "century"),
    (60.0 * 60.0 * 24.0 * 365.25, "year"),
    (60.0 * 60.0 * 24.0 * 30.44, "month"),
    (60.0 * 60.0 * 24.0, "day"),
    (60.0 * 60.0, "hour"),
    (60.0, "minute"),
];

/// English templates of crack-time phrases, by `duration.*` code; `{count}` is the whole number
/// of units (rounded down).
pub const DURATION_TEMPLATES: &[(&str, &str)] = &[
    ("lessThanASecond", "less than a second"),
    ("second", "{count, plural, one {# second} other {# seconds}}"),
    ("minute", "{count, plural, one {# minute} other {# minutes}}"),
    ("hour", "{count, plural, one {# hour} other {# hours}}"),
    ("day", "{count, plural, one {# day} other {# days}}"),
    ("month", "{count, plural, one {# month} other {# months}}"),
    ("year", "{count, plural, one {# year} other {# years}}"),
    ("century", "centuries"),
];

/// A duration in seconds as a short English phrase, rounded down to its largest unit.
pub fn display_duration(seconds: f64) -> String {
    let (count, unit) = if seconds.is_nan() || seconds < 1.0 {
        (0.0, "lessThanASecond")
    } else {
        DURATION_UNITS
            .iter()
            .find(|(size, _)| seconds >= *size)
            .map(|(size, unit)| ((seconds / size).floor(), *unit))
            .unwrap_or((seconds.floor(), "second"))
    };
    let template = DURATION_TEMPLATES.iter().find(|(code, _)| *code == unit).map_or("", |(_, t)| t);
    crate::messages::render(template, &serde_json::json!({ "count": count }))
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
    fn ordinary_passwords_get_exactly_zxcvbns_estimate() {
        let corpus = [
            "password",
            "P@ssw0rd",
            "Tr0ub4dour&3",
            "qwerty123",
            "iloveyou2024",
            "correct horse battery staple",
            "Summer2024!",
            "01/02/1987",
            "zxcvbnm,./",
            "aaaaaaaaaaaa",
            "日本語のパスワード",
            "wT7#kq9!Lp2@vZ",
        ];
        for password in corpus {
            let ours = estimate(password, ["alice"]);
            let theirs = zxcvbn::zxcvbn(password, &["alice"]);
            assert_eq!(ours.score, u8::from(theirs.score()), "{password}");
            assert!((ours.guesses_log10 - theirs.guesses_log10()).abs() < 1e-9, "{password}");
            let expected = theirs.feedback().map(convert_feedback).unwrap_or_default();
            assert_eq!(ours.feedback, expected, "{password}");
        }
    }

    #[test]
    fn long_passwords_keep_zxcvbns_score() {
        let corpus = [
            "cactus-jogging-wizard-unpaved-ladle-siesta",
            "the quick brown fox jumps over the lazy dog",
            "passwordpasswordpasswordpasswordpassword",
            "kQ7#mZ2!vR9$pL4@xW8^tN3&bJ6*hF1(gD5)sA0_",
        ];
        for password in corpus {
            assert_eq!(
                estimate(password, []).score,
                u8::from(zxcvbn::zxcvbn(password, &[]).score()),
                "{password}"
            );
        }
    }

    #[test]
    fn score_thresholds_match_zxcvbn() {
        let table = [
            (1.0, 0),
            (1e3, 0),
            (1006.0, 1),
            (1e6, 1),
            (1.1e6, 2),
            (1e8, 2),
            (1e10, 3),
            (1.1e10, 4),
            (1e30, 4),
        ];
        for (guesses, score) in table {
            assert_eq!(score_of(guesses), score, "{guesses}");
        }
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
