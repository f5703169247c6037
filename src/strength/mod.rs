//! Strength estimation: passgate's own implementation of the zxcvbn model (Wheeler, "zxcvbn:
//! Low-Budget Password Strength Estimation", USENIX Security 2016), giving zxcvbn 4.4.2's
//! scores, guesses and feedback.
//!
//! The pieces, in the order a password meets them:
//! - [`data`]: the ranked word lists and keyboard graphs, one blob, indexed once;
//! - [`units`]: the password as UTF-16 units, lower-cased as JavaScript does;
//! - `matching`: every dictionary, l33t, reversed, spatial, repeat, sequence, year and date
//!   match, with its guesses (`guesses`);
//! - `search`: the cheapest sequence of matches and bruteforce;
//! - `advice`: the warning and suggestions of the longest match, as stable codes.
//!
//! Cost is bounded for any input: only the first [`ANALYZED_UNITS`] UTF-16 units are analyzed
//! (the rest of a longer password adds nothing to its estimate), and no step is exponential.

mod advice;
pub mod data;
mod guesses;
mod matching;
#[doc(hidden)]
pub mod reference;
mod search;
pub mod units;

use serde::Serialize;

use crate::feedback::{Suggestion, Warning};
use crate::messages::{vocabulary, Message};
pub use data::{DataError, StrengthData};
use matching::{Matcher, Pattern, UserInputs};

vocabulary! {
    /// A caveat about the estimate itself.
    StrengthNote {
        /// The password has the shape of a generated passphrase, whose exact entropy is known.
        GeneratedPassphrase = "generatedPassphrase" => "This looks like a generated passphrase: its exact strength is shown in the passphrase \
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

/// UTF-16 units of a password that the estimate reads; the rest adds nothing. Passwords up
/// to this length get exactly zxcvbn 4.4.2's estimate.
pub const ANALYZED_UNITS: usize = 100;

/// The year dates and recent years are measured from when the caller gives none: the current
/// year natively; in wasm (no clock in the core) the binding passes the JS engine's year.
pub fn default_reference_year() -> i32 {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |elapsed| elapsed.as_secs());
        year_of_day(i64::try_from(seconds / 86_400).unwrap_or(0))
    }
    #[cfg(target_arch = "wasm32")]
    {
        FALLBACK_YEAR
    }
}

/// The year used where no clock can be read and the caller gave none.
pub const FALLBACK_YEAR: i32 = 2026;

/// The proleptic Gregorian year of a day counted from 1970-01-01 (Howard Hinnant's
/// `civil_from_days`).
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
fn year_of_day(days: i64) -> i32 {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    i32::try_from(year).unwrap_or(FALLBACK_YEAR)
}

/// A strength estimate plus what the match sequence says about phrases.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    /// The estimate.
    pub strength: Strength,
    /// Dictionary words (or a known phrase) cover most of the password and the score is low.
    pub common_phrase: bool,
}

/// A strength estimate in numbers and codes: a [`Strength`] before its English text. It is
/// what the wasm package's strength module returns (no message or duration text is built in
/// it); the package words it as [`CodedStrength::worded`] does, in the checker's language.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CodedStrength {
    /// [`Strength::score`].
    pub score: u8,
    /// [`Strength::guesses_log10`].
    pub guesses_log10: f64,
    /// [`Strength::crack_times_seconds`].
    pub crack_times_seconds: CrackTimes<f64>,
    /// The code of [`Feedback::warning`].
    pub warning: Option<Warning>,
    /// The codes of [`Feedback::suggestions`], in order.
    pub suggestions: Vec<Suggestion>,
}

impl CodedStrength {
    /// The estimate with its English text: each code's message, each crack time as a phrase.
    pub fn worded(self) -> Strength {
        Strength {
            score: self.score,
            guesses_log10: self.guesses_log10,
            crack_times_display: self.crack_times_seconds.map(|seconds| display_duration(*seconds)),
            crack_times_seconds: self.crack_times_seconds,
            feedback: Feedback {
                warning: self.warning.map(Message::new),
                suggestions: self.suggestions.into_iter().map(Message::new).collect(),
            },
            note: None,
        }
    }
}

/// [`Analysis`] before its English text (see [`CodedStrength`]).
#[derive(Debug, Clone, PartialEq)]
pub struct CodedAnalysis {
    /// The estimate.
    pub strength: CodedStrength,
    /// [`Analysis::common_phrase`].
    pub common_phrase: bool,
}

impl CodedAnalysis {
    /// What a check needs of this analysis.
    pub fn summary(&self) -> Summary {
        Summary { score: self.strength.score, common_phrase: self.common_phrase }
    }

    /// The analysis with its English text.
    pub fn worded(self) -> Analysis {
        Analysis { strength: self.strength.worded(), common_phrase: self.common_phrase }
    }
}

/// Estimates the strength of `password`; `user_inputs` are words an attacker would try first.
#[cfg(feature = "strength")]
pub fn estimate<'a>(password: &str, user_inputs: impl IntoIterator<Item = &'a str>, year: i32) -> Strength {
    analyze(password, user_inputs, year).strength
}

/// What a check needs of an estimate: the score (for `minScore`) and the phrase flag (for the
/// passphrase advice). It is what crosses from the wasm package's strength module to its policy
/// module.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    /// [`Strength::score`].
    pub score: u8,
    /// [`Analysis::common_phrase`].
    pub common_phrase: bool,
}

impl Analysis {
    /// What a check needs of this analysis.
    pub fn summary(&self) -> Summary {
        Summary { score: self.strength.score, common_phrase: self.common_phrase }
    }
}

/// Share of the password that dictionary matches must cover for `common_phrase`.
const PHRASE_COVERAGE: f64 = 0.75;

/// Estimates strength with the embedded data (feature `strength`).
#[cfg(feature = "strength")]
pub fn analyze<'a>(password: &str, user_inputs: impl IntoIterator<Item = &'a str>, year: i32) -> Analysis {
    analyze_with(data::embedded(), password, user_inputs, year)
}

/// Estimates strength with `data`, measuring dates from `year`.
///
/// Cost: bounded for any input (see [`ANALYZED_UNITS`]).
pub fn analyze_with<'a>(
    data: &StrengthData,
    password: &str,
    user_inputs: impl IntoIterator<Item = &'a str>,
    year: i32,
) -> Analysis {
    analyze_coded_with(data, password, user_inputs, year).worded()
}

/// [`analyze_with`] in numbers and codes, without the English text.
pub fn analyze_coded_with<'a>(
    data: &StrengthData,
    password: &str,
    user_inputs: impl IntoIterator<Item = &'a str>,
    year: i32,
) -> CodedAnalysis {
    summarise(&evaluate(data, password, user_inputs, year))
}

/// The estimate and phrase flag of an evaluation.
fn summarise(outcome: &Evaluation) -> CodedAnalysis {
    let guesses = outcome.guesses;
    let guesses_log10 = guesses::log10(guesses);
    let score = score_of(guesses);
    let (warning, suggestions) = advice::feedback(score, &outcome.units, &outcome.sequence);
    let analyzed = outcome.units.len();
    let in_dictionary: usize = outcome
        .sequence
        .iter()
        .filter(|m| matches!(m.pattern, Pattern::Dictionary(_)))
        .map(matching::Match::len)
        .sum();
    #[allow(clippy::cast_precision_loss)] // both counts are at most ANALYZED_UNITS
    let common_phrase = analyzed > 0 && in_dictionary as f64 >= PHRASE_COVERAGE * analyzed as f64;
    let crack_times_seconds = GUESSES_PER_SECOND.map(|per_second| guesses / per_second);
    let strength = CodedStrength { score, guesses_log10, crack_times_seconds, warning, suggestions };
    CodedAnalysis { strength, common_phrase: common_phrase && score <= 2 }
}

/// An estimate with the matches behind it, for comparisons with other implementations of the
/// model (the agreement harness, the golden tests).
#[derive(Debug, Clone, PartialEq)]
pub struct Explained {
    /// The estimate.
    pub strength: Strength,
    /// Estimated guesses.
    pub guesses: f64,
    /// The match sequence.
    pub sequence: Vec<ExplainedMatch>,
}

/// One match of an [`Explained`] estimate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExplainedMatch {
    /// `dictionary`, `spatial`, `repeat`, `sequence`, `regex`, `date` or `bruteforce`.
    pub pattern: &'static str,
    /// First UTF-16 unit.
    pub i: usize,
    /// Last UTF-16 unit (inclusive).
    pub j: usize,
    /// The matched text.
    pub token: String,
}

/// Estimates strength with the embedded data and returns the matches too.
#[cfg(feature = "strength")]
pub fn explain<'a>(
    password: &str,
    user_inputs: impl IntoIterator<Item = &'a str> + Clone,
    year: i32,
) -> Explained {
    let evaluation = evaluate(data::embedded(), password, user_inputs, year);
    let strength = summarise(&evaluation).strength.worded();
    let sequence = evaluation
        .sequence
        .iter()
        .map(|m| ExplainedMatch {
            pattern: match m.pattern {
                Pattern::Dictionary(_) => "dictionary",
                Pattern::Spatial { .. } => "spatial",
                Pattern::Repeat { .. } => "repeat",
                Pattern::Sequence => "sequence",
                Pattern::Year => "regex",
                Pattern::Date => "date",
                Pattern::Bruteforce => "bruteforce",
            },
            i: m.i,
            j: m.j,
            token: String::from_utf16_lossy(evaluation.units.get(m.i..=m.j).unwrap_or_default()),
        })
        .collect();
    Explained { strength, guesses: evaluation.guesses, sequence }
}

/// The model's raw result: the analyzed units, the guesses and the match sequence.
pub(crate) struct Evaluation {
    pub units: Vec<u16>,
    pub guesses: f64,
    pub sequence: Vec<matching::Match>,
}

pub(crate) fn evaluate<'a>(
    data: &StrengthData,
    password: &str,
    user_inputs: impl IntoIterator<Item = &'a str>,
    year: i32,
) -> Evaluation {
    let units = analyzed_units(password);
    let user = UserInputs::new(user_inputs);
    let matcher = Matcher { data, user: &user, year };
    let matches = matcher.omnimatch(&units);
    let outcome = search::most_guessable(&units, matches);
    Evaluation { units, guesses: outcome.guesses, sequence: outcome.sequence }
}

/// The first [`ANALYZED_UNITS`] UTF-16 units of `password`, cut before a character that would
/// not fit whole.
fn analyzed_units(password: &str) -> Vec<u16> {
    let mut units = Vec::with_capacity(password.len().min(ANALYZED_UNITS));
    for c in password.chars() {
        if units.len() + c.len_utf16() > ANALYZED_UNITS {
            break;
        }
        let mut buffer = [0u16; 2];
        units.extend_from_slice(c.encode_utf16(&mut buffer));
    }
    units
}

/// zxcvbn's score thresholds (10^3, 10^6, 10^8, 10^10 guesses, each plus 5).
fn score_of(guesses: f64) -> u8 {
    const THRESHOLDS: [f64; 4] = [1e3 + 5.0, 1e6 + 5.0, 1e8 + 5.0, 1e10 + 5.0];
    let below = THRESHOLDS.iter().position(|&threshold| guesses < threshold);
    below.and_then(|score| u8::try_from(score).ok()).unwrap_or(4)
}

vocabulary! {
    templates with parameters
    /// A crack-time phrase (`duration.*` in the catalogue); `{count}` is the whole number of
    /// units (rounded down).
    Duration {
        LessThanASecond = "lessThanASecond" => "less than a second",
        Second = "second" => "{count, plural, one {# second} other {# seconds}}",
        Minute = "minute" => "{count, plural, one {# minute} other {# minutes}}",
        Hour = "hour" => "{count, plural, one {# hour} other {# hours}}",
        Day = "day" => "{count, plural, one {# day} other {# days}}",
        Month = "month" => "{count, plural, one {# month} other {# months}}",
        Year = "year" => "{count, plural, one {# year} other {# years}}",
        Century = "century" => "centuries",
    }
}

/// Crack-time units, largest first: seconds in one unit and the unit's phrase. Durations below
/// a minute count seconds; below one second they read [`Duration::LessThanASecond`].
pub const DURATION_UNITS: [(f64, Duration); 6] = [
    (60.0 * 60.0 * 24.0 * 365.25 * 100.0, Duration::Century),
    (60.0 * 60.0 * 24.0 * 365.25, Duration::Year),
    (60.0 * 60.0 * 24.0 * 30.44, Duration::Month),
    (60.0 * 60.0 * 24.0, Duration::Day),
    (60.0 * 60.0, Duration::Hour),
    (60.0, Duration::Minute),
];

/// A duration in seconds as a short English phrase, rounded down to its largest unit.
pub fn display_duration(seconds: f64) -> String {
    let (count, unit) = if seconds.is_nan() || seconds < 1.0 {
        (0.0, Duration::LessThanASecond)
    } else {
        DURATION_UNITS
            .iter()
            .find(|(size, _)| seconds >= *size)
            .map(|(size, unit)| ((seconds / size).floor(), *unit))
            .unwrap_or((seconds.floor(), Duration::Second))
    };
    crate::messages::render_plain(unit.template(), &serde_json::json!({ "count": count }))
}

#[cfg(all(test, feature = "strength"))]
mod tests {
    use super::*;

    const YEAR: i32 = 2026;

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
            assert_eq!(estimate(password, [], YEAR).score, score, "{password:?}");
        }
    }

    #[test]
    fn weak_passwords_carry_feedback_codes() {
        let strength = estimate("password", [], YEAR);
        let warning = strength.feedback.warning.expect("a top password has a warning");
        assert_eq!(warning.code, Warning::TopTenPassword);
        assert!(!strength.feedback.suggestions.is_empty());
        let keyboard = estimate("asdfghjkl;", [], YEAR);
        assert_eq!(keyboard.feedback.warning.map(|w| w.code), Some(Warning::KeyboardRow));
    }

    #[test]
    fn user_inputs_lower_the_score() {
        let password = "Quintessa1987";
        let alone = estimate(password, [], YEAR);
        let with_inputs = estimate(password, ["quintessa", "1987"], YEAR);
        assert!(with_inputs.guesses_log10 < alone.guesses_log10);
        assert!(with_inputs.score < alone.score, "{} !< {}", with_inputs.score, alone.score);
    }

    #[test]
    fn crack_times_follow_the_guess_rates() {
        let strength = estimate("Tr0ub4dour&3", [], YEAR);
        let guesses = 10f64.powf(strength.guesses_log10);
        let slow = strength.crack_times_seconds.offline_slow_hashing1e4_per_second;
        assert!((slow - guesses / 1e4).abs() / slow < 1e-9);
        assert!(strength.crack_times_seconds.online_throttling100_per_hour > slow);
    }

    #[test]
    fn common_phrases_are_flagged() {
        assert!(analyze("iloveyou", [], YEAR).common_phrase);
        assert!(analyze("letmeinplease", [], YEAR).common_phrase);
        assert!(!analyze("wT7#kq9!Lp2@vZ", [], YEAR).common_phrase);
        assert!(!analyze("", [], YEAR).common_phrase);
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
    fn the_engine_agrees_with_the_literal_model() {
        let data = data::embedded();
        let table = [
            "p@ssw0rd",
            "4@8({[<3691!|0$5+7%2",
            "P4$$w0rd1!|7",
            "l33t5p34k|5c00l",
            "1|7!1|7!",
            "7ime|5",
            "aaaaaaaaaaaaaaa",
            "correcthorse",
            "19/12/2001",
            "",
        ];
        for password in table {
            assert_eq!(reference::differential(data, password, &["alice"], YEAR), Ok(()), "{password:?}");
        }
    }

    #[test]
    fn l33t_after_lower_casing_that_moves_or_reads_context_is_the_models() {
        // zxcvbn 4.4.2's guesses (year 2026): `İ` lower-cases to two units, `Σ` by context.
        let table = [
            ("|7!İm4rvelous1", "alice", 1_138_410_000.0),
            ("ΑΣ4", "ασa", 3.0),
            ("ΣΣ4ΣΣ", "σσaσς", 3.0),
            ("4Σ", "aς", 3.0),
        ];
        for (password, input, guesses) in table {
            assert_eq!(explain(password, [input], YEAR).guesses, guesses, "{password:?}");
        }
    }

    #[test]
    fn years_follow_the_civil_calendar() {
        assert_eq!(year_of_day(0), 1970);
        assert_eq!(year_of_day(20_788), 2026); // 2026-12-01
        assert_eq!(year_of_day(-1), 1969);
        assert!(default_reference_year() >= 2026);
    }

    #[test]
    fn only_the_first_analyzed_units_count() {
        let long = "x".repeat(ANALYZED_UNITS - 1) + "😀";
        assert_eq!(analyzed_units(&long).len(), ANALYZED_UNITS - 1, "a surrogate pair is not split");
        let paste = "Ab3$".repeat(250_000);
        assert_eq!(estimate(&paste, [], YEAR), estimate(&paste[..ANALYZED_UNITS], [], YEAR));
    }

    #[test]
    fn empty_password_has_zero_guesses() {
        let strength = estimate("", [], YEAR);
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
