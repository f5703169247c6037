//! Speaks the agreement harness's JSON-lines protocol (`tests/agreement/`): one request
//! `{"password", "userInputs", "year"}` per line on stdin, one estimate per line on stdout:
//! `{"guesses", "guessesLog10", "score", "warning", "suggestions", "sequence"}`.
//!
//! `--engine passgate` (default) answers with passgate's strength engine; `--engine
//! zxcvbn-crate` with the `zxcvbn` crate (a dev-dependency), so both can be compared with
//! zxcvbn 4.4.2.
//!
//! Usage: `cargo run --release --example strength_oracle -- [--engine passgate|zxcvbn-crate]`

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use serde::Deserialize;
use serde_json::{json, Value};

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Request {
    password: String,
    #[serde(default)]
    user_inputs: Vec<String>,
    year: i32,
}

fn main() -> ExitCode {
    let engine = match std::env::args().skip(1).collect::<Vec<_>>().as_slice() {
        [] => "passgate".to_owned(),
        [flag, name] if flag == "--engine" => name.clone(),
        _ => {
            eprintln!("usage: strength_oracle [--engine passgate|zxcvbn-crate]");
            return ExitCode::from(2);
        }
    };
    let stdin = io::stdin().lock();
    let mut out = BufWriter::new(io::stdout().lock());
    for line in stdin.lines() {
        let Ok(line) = line else { return ExitCode::FAILURE };
        if line.trim().is_empty() {
            continue;
        }
        let request: Request = match serde_json::from_str(&line) {
            Ok(request) => request,
            Err(error) => {
                eprintln!("strength_oracle: bad request: {error}");
                return ExitCode::FAILURE;
            }
        };
        let answer = match engine.as_str() {
            "passgate" => passgate_answer(&request),
            "zxcvbn-crate" => crate_answer(&request),
            other => {
                eprintln!("strength_oracle: unknown engine {other:?}");
                return ExitCode::from(2);
            }
        };
        if writeln!(out, "{answer}").is_err() {
            return ExitCode::FAILURE;
        }
    }
    if out.flush().is_err() {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

fn passgate_answer(request: &Request) -> Value {
    let inputs = request.user_inputs.iter().map(String::as_str);
    let explained = passgate::strength::explain(&request.password, inputs, request.year);
    let strength = &explained.strength;
    json!({
        "guesses": explained.guesses,
        "guessesLog10": strength.guesses_log10,
        "score": strength.score,
        "warning": strength.feedback.warning.as_ref().map(|w| w.code),
        "suggestions": strength.feedback.suggestions.iter().map(|s| s.code).collect::<Vec<_>>(),
        "sequence": explained.sequence.iter().map(|m| json!({
            "pattern": m.pattern, "i": m.i, "j": m.j, "token": m.token,
        })).collect::<Vec<_>>(),
    })
}

/// zxcvbn 4.4.2's English feedback (which the crate reproduces) → passgate's codes.
const TEXT_CODES: &[(&str, &str)] = &[
    ("Straight rows of keys are easy to guess", "keyboardRow"),
    ("Short keyboard patterns are easy to guess", "keyboardPattern"),
    ("Repeats like \"aaa\" are easy to guess", "repeatedCharacter"),
    ("Repeats like \"abcabcabc\" are only slightly harder to guess than \"abc\"", "repeatedGroup"),
    ("This is a top-10 common password", "topTenPassword"),
    ("This is a top-100 common password", "topHundredPassword"),
    ("This is a very common password", "veryCommonPassword"),
    ("This is similar to a commonly used password", "similarToCommonPassword"),
    ("Sequences like abc or 6543 are easy to guess", "sequence"),
    ("Recent years are easy to guess", "recentYear"),
    ("A word by itself is easy to guess", "singleWord"),
    ("Dates are often easy to guess", "date"),
    ("Names and surnames by themselves are easy to guess", "nameAlone"),
    ("Common names and surnames are easy to guess", "commonName"),
    ("Use a few words, avoid common phrases", "useFewWords"),
    ("No need for symbols, digits, or uppercase letters", "noNeedForSymbols"),
    ("Add another word or two. Uncommon words are better.", "addAnotherWord"),
    ("Capitalization doesn't help very much", "capitalizationHelpsLittle"),
    ("All-uppercase is almost as easy to guess as all-lowercase", "allUppercaseHelpsLittle"),
    ("Reversed words aren't much harder to guess", "reversedWordsHelpLittle"),
    ("Predictable substitutions like '@' instead of 'a' don't help very much", "substitutionsHelpLittle"),
    ("Use a longer keyboard pattern with more turns", "longerKeyboardPattern"),
    ("Avoid repeated words and characters", "avoidRepeats"),
    ("Avoid sequences", "avoidSequences"),
    ("Avoid recent years", "avoidRecentYears"),
    ("Avoid years that are associated with you", "avoidPersonalYears"),
    ("Avoid dates and years that are associated with you", "avoidPersonalDates"),
];

/// The code of a feedback text; the crate ends some texts with a full stop that 4.4.2 does not.
fn text_code(text: String) -> String {
    let found = TEXT_CODES.iter().find(|(t, _)| *t == text || Some(*t) == text.strip_suffix('.'));
    found.map_or(text, |(_, code)| (*code).to_owned())
}

fn crate_answer(request: &Request) -> Value {
    let inputs: Vec<&str> = request.user_inputs.iter().map(String::as_str).collect();
    let entropy = zxcvbn::zxcvbn(&request.password, &inputs);
    let feedback = entropy.feedback();
    #[allow(clippy::cast_precision_loss)]
    let guesses = entropy.guesses() as f64;
    // The crate answers 0 guesses (log10 -inf) for an empty password; JSON has no -inf.
    let log10 = entropy.guesses_log10();
    json!({
        "guesses": guesses,
        "guessesLog10": if log10.is_finite() { log10 } else { 0.0 },
        "score": u8::from(entropy.score()),
        "warning": feedback.and_then(|f| f.warning()).map(|w| text_code(w.to_string())),
        "suggestions": feedback.map(|f| f.suggestions().iter().map(|s| text_code(s.to_string())).collect::<Vec<_>>()).unwrap_or_default(),
        "sequence": entropy.sequence().iter().map(|m| json!({
            "pattern": format!("{:?}", m.pattern).split(['(', ' ']).next().unwrap_or_default().to_lowercase(),
            "i": m.i, "j": m.j, "token": m.token,
        })).collect::<Vec<_>>(),
    })
}
