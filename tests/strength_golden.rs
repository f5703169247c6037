//! zxcvbn 4.4.2's answers for a stratified sample of the agreement corpus
//! (`tests/data/strength-golden.jsonl`, written by `node tests/agreement/compare.mjs --golden`),
//! checked against passgate's engine without Node: score, guesses (log10 to 1e-9), warning,
//! suggestions and the match sequence's spans and patterns.
#![cfg(feature = "strength")]
#![allow(clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // test code

use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Golden {
    password: String,
    user_inputs: Vec<String>,
    year: i32,
    class: String,
    guesses_log10: f64,
    score: u8,
    warning: Option<String>,
    suggestions: Vec<String>,
    sequence: Vec<Span>,
}

#[derive(Deserialize, PartialEq, Debug)]
struct Span {
    pattern: String,
    i: usize,
    j: usize,
}

fn code(value: impl serde::Serialize) -> String {
    match serde_json::to_value(value).expect("codes serialize") {
        Value::String(code) => code,
        other => panic!("a code serializes as a string, got {other}"),
    }
}

#[test]
fn the_engine_gives_zxcvbn_4_4_2s_answers() {
    let text = include_str!("data/strength-golden.jsonl");
    let mut checked = 0;
    let mut differences = Vec::new();
    let mut classes = std::collections::BTreeSet::new();
    for line in text.lines().filter(|line| !line.trim().is_empty()) {
        let golden: Golden = serde_json::from_str(line).expect("a golden line parses");
        let inputs = golden.user_inputs.iter().map(String::as_str);
        let ours = passgate::strength::explain(&golden.password, inputs, golden.year);
        let strength = &ours.strength;
        let warning = strength.feedback.warning.as_ref().map(|w| code(w.code));
        let suggestions: Vec<String> = strength.feedback.suggestions.iter().map(|s| code(s.code)).collect();
        let sequence: Vec<Span> =
            ours.sequence.iter().map(|m| Span { pattern: m.pattern.to_owned(), i: m.i, j: m.j }).collect();
        let same = strength.score == golden.score
            && (strength.guesses_log10 - golden.guesses_log10).abs() <= 1e-9
            && warning == golden.warning
            && suggestions == golden.suggestions
            && sequence == golden.sequence;
        if !same {
            differences.push(format!(
                "{} {:?}: score {} vs {}, log10 {} vs {}, warning {warning:?} vs {:?}, suggestions {suggestions:?} vs {:?}, sequence {sequence:?} vs {:?}",
                golden.class,
                golden.password,
                strength.score,
                golden.score,
                strength.guesses_log10,
                golden.guesses_log10,
                golden.warning,
                golden.suggestions,
                golden.sequence
            ));
        }
        classes.insert(golden.class);
        checked += 1;
    }
    assert!(checked >= 1_000, "a real sample ({checked} entries)");
    assert!(classes.len() >= 10, "every class of the corpus: {classes:?}");
    assert!(differences.is_empty(), "{} of {checked} differ:\n{}", differences.len(), differences.join("\n"));
}
