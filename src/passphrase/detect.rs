//! Recognising passphrases in what people type, and advice for them.
//!
//! The candidate is cut into *tokens*, runs of letters (any script, with combining marks):
//! - at separators: whitespace of any kind (including no-break and ideographic spaces) and
//!   `-` `_` `.` `,` `+` `/`;
//! - at digits and any other symbol (these cut, but are not reported as separators);
//! - at case boundaries: `correctHorse`, `CorrectHorse` and `HTTPServer` → `HTTP` `Server`,
//!   in every cased script (Latin, Greek, Cyrillic, ...);
//! - a token longer than any list word that is made entirely of EFF words
//!   (`purpleelephantbattery`) is cut into them (the list is a prefix code, so one way).
//!
//! A *word* is a token of 3 or more letters, in any script; EFF list membership (ignoring case)
//! is counted separately. Scripts written without spaces or case (Chinese, Japanese, Thai)
//! cannot be cut this way: a run of them counts as one word.
//!
//! **Rule:** a candidate is a passphrase when it has at least 3 words and at least 15 code
//! points (NIST's single-factor minimum).
//!
//! Cost: linear in the candidate's length, with one binary search per token.

use serde::Serialize;

use super::shape::{looks_generated, GeneratedShape};
use super::wordlist;
use crate::messages::{vocabulary, Message};

vocabulary! {
    /// Advice about a passphrase.
    Advice {
        /// Fewer than 4 words.
        AddWord = "addWord" => "Add another word: four or more unrelated words make a strong passphrase.",
        /// Every word is among the most common ones.
        UncommonWords = "uncommonWords" => "Use less common words: these are among the most frequent ones.",
        /// zxcvbn found a known phrase or dictionary entry covering most of it.
        AvoidCommonPhrase = "avoidCommonPhrase" => "Avoid well-known phrases, quotes and lyrics: pick unrelated words.",
        /// It has the shape of a generated passphrase; its exact entropy is reported.
        GeneratedStyle = "generatedStyle" => "This looks like a generated passphrase: its entropy is exact, the strength score is only an estimate.",
    }
}

/// What [`analyze`] concluded about a candidate.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export))]
pub struct PassphraseReport {
    /// At least 3 words and at least 15 code points (see the module docs).
    pub is_passphrase: bool,
    /// Tokens of 3 or more letters, in any script.
    pub words: u32,
    /// Tokens on the EFF list, ignoring case.
    pub list_words: u32,
    /// The separator, when every gap between tokens holds the same non-empty one (digits and
    /// other symbols ignored); `None` for camelCase, a single token, or mixed separators.
    pub separator: Option<String>,
    /// The generator shape, with exact entropy, if it has one ([`looks_generated`]).
    pub generated: Option<GeneratedShape>,
    /// What to improve, most useful first.
    pub advice: Vec<Message<Advice>>,
    /// The word list has not loaded yet ([`wordlist::loaded`]): `listWords` is 0, words run
    /// together are not cut apart and `generated` is not recognised until it has. Whether it
    /// is a passphrase, its word count and separator do not depend on the list.
    pub pending: bool,
}

/// Facts from elsewhere that refine the advice.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AnalyzeHints {
    /// Set when zxcvbn matched a dictionary word or known phrase covering most of the password
    /// (the caller decides the threshold); adds [`Advice::AvoidCommonPhrase`].
    pub common_phrase: bool,
}

/// Analyzes `candidate` with no hints; see [`analyze_with`].
pub fn analyze(candidate: &str) -> PassphraseReport {
    analyze_with(candidate, AnalyzeHints::default())
}

/// Code points of a candidate that passphrase detection reads.
pub const MAX_ANALYZED: usize = 256;

/// Whether `candidate` is a passphrase, its words and separator, and advice. Never fails.
///
/// Reads at most the first [`MAX_ANALYZED`] code points (a passphrase is far shorter).
pub fn analyze_with(candidate: &str, hints: AnalyzeHints) -> PassphraseReport {
    let candidate = candidate
        .char_indices()
        .nth(MAX_ANALYZED)
        .map_or(candidate, |(at, _)| candidate.get(..at).unwrap_or(candidate));
    let (tokens, gaps) = tokenize(candidate);
    let tokens: Vec<&str> = tokens.into_iter().flat_map(split_concatenated).collect();
    let words: Vec<&str> = tokens.iter().copied().filter(|t| letters(t) >= 3).collect();
    let list_words = tokens.iter().filter(|t| wordlist::contains_ignore_case(t)).count();
    let count = u32::try_from(words.len()).unwrap_or(u32::MAX);
    let is_passphrase = count >= 3 && candidate.chars().count() >= 15;
    let generated = looks_generated(candidate);

    let mut advice = Vec::new();
    if hints.common_phrase {
        advice.push(Advice::AvoidCommonPhrase);
    }
    // Advice on phrases is for phrases: a single word or a random string gets none.
    if (2..4).contains(&count) {
        advice.push(Advice::AddWord);
    }
    if count >= 2 && generated.is_none() && words.iter().all(|w| is_very_common(w)) {
        advice.push(Advice::UncommonWords);
    }
    if generated.is_some() {
        advice.push(Advice::GeneratedStyle);
    }
    PassphraseReport {
        is_passphrase,
        words: count,
        list_words: u32::try_from(list_words).unwrap_or(u32::MAX),
        separator: common_separator(&gaps),
        generated,
        advice: advice.into_iter().map(Message::new).collect(),
        pending: !wordlist::loaded(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Separator,
    Letter,
    Other,
}

fn kind(c: char) -> Kind {
    if c.is_whitespace() || matches!(c, '-' | '_' | '.' | ',' | '+' | '/') {
        Kind::Separator
    } else if c.is_alphabetic() || is_combining_mark(c) {
        Kind::Letter
    } else {
        Kind::Other
    }
}

/// Combining diacritical marks (decomposed accents such as `n` + U+0303 for `ñ`).
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

fn letters(token: &str) -> usize {
    token.chars().filter(|c| c.is_alphabetic()).count()
}

/// Letter tokens, and the separator characters in each gap between consecutive tokens
/// (digits and other symbols in a gap are left out; a case boundary is an empty gap; a gap of
/// only digits and symbols is skipped).
fn tokenize(candidate: &str) -> (Vec<&str>, Vec<String>) {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = candidate.char_indices().peekable();
    let mut prev = ' ';
    while let Some((at, c)) = chars.next() {
        let next = chars.peek().map_or(' ', |&(_, n)| n);
        let letter = kind(c) == Kind::Letter;
        let case_boundary =
            c.is_uppercase() && (prev.is_lowercase() || (prev.is_uppercase() && next.is_lowercase()));
        if let Some(from) = start.filter(|_| !letter || case_boundary) {
            spans.push((from, at));
            start = None;
        }
        if letter && start.is_none() {
            start = Some(at);
        }
        prev = c;
    }
    if let Some(from) = start {
        spans.push((from, candidate.len()));
    }
    let spans = merge_hyphenated(candidate, spans);
    let tokens = spans.iter().map(|&(from, to)| candidate.get(from..to).unwrap_or_default()).collect();
    let gaps = spans
        .windows(2)
        .filter_map(|pair| match pair {
            [(_, end), (next, _)] => candidate.get(*end..*next),
            _ => None,
        })
        .filter_map(|gap| {
            let separator: String = gap.chars().filter(|&c| kind(c) == Kind::Separator).collect();
            // A gap of only digits or symbols (`l'été`, `horse2battery`) says nothing.
            (gap.is_empty() || !separator.is_empty()).then_some(separator)
        })
        .collect();
    (tokens, gaps)
}

/// Joins the halves of the list's hyphenated words (`t` `shirt` → `t-shirt`) back into one
/// token when the phrase's separator is not `-` (`t-shirt yo-yo felt-tip` is three words, not
/// six); with `-` between the words too, the phrase is read as written.
fn merge_hyphenated(candidate: &str, spans: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    let text = |from: usize, to: usize| candidate.get(from..to).unwrap_or_default();
    let joins: Vec<bool> = spans
        .windows(2)
        .map(|pair| match pair {
            [(from, end), (next, to)] => {
                text(*end, *next) == "-" && wordlist::contains_ignore_case(text(*from, *to))
            }
            _ => false,
        })
        .collect();
    let dash_elsewhere = spans.windows(2).zip(&joins).any(|(pair, &join)| match pair {
        [(_, end), (next, _)] => !join && text(*end, *next).contains('-'),
        _ => false,
    });
    if dash_elsewhere || !joins.contains(&true) {
        return spans;
    }
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for (i, &(from, to)) in spans.iter().enumerate() {
        let joins_previous = i.checked_sub(1).and_then(|j| joins.get(j)).copied().unwrap_or(false);
        match merged.last_mut() {
            Some(last) if joins_previous => last.1 = to,
            _ => merged.push((from, to)),
        }
    }
    merged
}

/// The separator used in every gap, if they all agree and are not empty.
fn common_separator(gaps: &[String]) -> Option<String> {
    let first = gaps.first()?;
    (!first.is_empty() && gaps.iter().all(|gap| gap == first)).then(|| first.clone())
}

/// Cuts a token longer than any list word into list words, if it is made only of them.
fn split_concatenated(token: &str) -> Vec<&str> {
    if token.len() <= wordlist::longest() || !token.is_ascii() {
        return vec![token];
    }
    let lower = token.to_ascii_lowercase();
    let mut parts = Vec::new();
    let mut at = 0;
    while at < token.len() {
        let Some(len) = (wordlist::shortest()..=wordlist::longest())
            .find(|&len| lower.get(at..at + len).is_some_and(|w| wordlist::index_of(w).is_some()))
        else {
            return vec![token];
        };
        parts.push(token.get(at..at + len).unwrap_or_default());
        at += len;
    }
    parts
}

/// Very common words, approximated: 4 letters or fewer, or one of a short hand-picked list of
/// frequent English words and password staples longer than that.
fn is_very_common(word: &str) -> bool {
    const COMMON: &[&str] = &[
        "about", "after", "again", "always", "because", "before", "below", "could", "every", "first",
        "forever", "great", "happy", "hello", "house", "little", "money", "mother", "father", "never",
        "other", "people", "place", "right", "should", "small", "still", "their", "there", "these", "thing",
        "think", "three", "water", "where", "which", "world", "would", "years", "password", "welcome",
        "dragon", "monkey", "princess", "sunshine", "football", "baseball", "letmein", "master", "shadow",
        "summer", "winter", "iloveyou", "secret", "qwerty",
    ];
    letters(word) <= 4 || wordlist::ascii_lowercase(word).is_some_and(|w| COMMON.contains(&w.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn add_word_advice_is_only_for_phrases() {
        let has_add_word =
            |candidate: &str| analyze(candidate).advice.iter().any(|a| a.code == Advice::AddWord);
        assert!(has_add_word("purple elephant"));
        assert!(has_add_word("purple elephant battery"));
        assert!(!has_add_word("purple elephant battery staple"));
        assert!(!has_add_word("Kq7#mZ2!vR-river"));
        assert!(!has_add_word("password"));
    }

    #[test]
    fn words_separators_and_verdicts_across_languages() {
        // (candidate, is_passphrase, words, separator)
        let table: &[(&str, bool, u32, Option<&str>)] = &[
            ("correct horse battery staple", true, 4, Some(" ")),
            ("correct-horse-battery-staple", true, 4, Some("-")),
            ("CorrectHorseBattery", true, 3, None),
            ("correctHorseBatteryStaple", true, 4, None),
            ("purpleelephantbattery", true, 3, None),
            ("correcthorsebatterystaple", false, 1, None),
            ("HTTPServerConfigFile", true, 4, None),
            ("correct1horse2battery3staple", true, 4, None),
            ("correct_horse.battery", true, 3, None),
            ("Der schnelle braune Fuchs", true, 4, Some(" ")),
            ("Kühlschrank-Tür-Öffner", true, 3, Some("-")),
            // The list's hyphenated words, with another separator: one word each.
            ("t-shirt yo-yo felt-tip", true, 3, Some(" ")),
            ("drop-down yo-yo felt-tip abacus", true, 4, Some(" ")),
            ("Drop-down_Felt-tip_Zoom7", true, 3, Some("_")),
            // With `-` between the words too, the phrase reads as written.
            ("zoom-drop-down-abacus", true, 4, Some("-")),
            ("le.petit.chat.noir.mange", true, 4, Some(".")),
            ("l'été sera très chaud", true, 4, Some(" ")),
            ("el_niño_come_manzanas", true, 3, Some("_")),
            ("el_nin\u{303}o_come_manzanas", true, 3, Some("_")),
            ("Быстрая коричневая лиса прыгает", true, 4, Some(" ")),
            ("БыстраяКоричневаяЛиса", true, 3, None),
            ("γρήγορη καφέ αλεπού", true, 3, Some(" ")),
            ("correct\u{a0}horse\u{a0}battery", true, 3, Some("\u{a0}")),
            ("correct\u{3000}horse\u{3000}battery", true, 3, Some("\u{3000}")),
            ("red/green/blue/pink", true, 4, Some("/")),
            ("Donaudampfschifffahrt", false, 1, None),
            ("password", false, 1, None),
            ("cat dog", false, 2, Some(" ")),
            ("a b c d e f g h i j", false, 0, Some(" ")),
            ("cat-dog-fox", false, 3, Some("-")),
            ("12345678901234567890", false, 0, None),
            ("Tr0ub4dour&3", false, 1, None),
            ("", false, 0, None),
            ("我爱北京天安门广场", false, 1, None),
        ];
        for &(candidate, is_passphrase, words, separator) in table {
            let report = analyze(candidate);
            assert_eq!(
                (report.is_passphrase, report.words, report.separator.as_deref()),
                (is_passphrase, words, separator),
                "{candidate:?}"
            );
        }
    }

    fn codes(report: &PassphraseReport) -> Vec<Advice> {
        report.advice.iter().map(|m| m.code).collect()
    }

    #[test]
    fn advice() {
        assert_eq!(codes(&analyze("correct horse battery")), [Advice::AddWord]);
        assert_eq!(codes(&analyze("the cat sat on the mat")), [Advice::UncommonWords]);
        assert_eq!(codes(&analyze("hello world password money")), [Advice::UncommonWords]);
        assert_eq!(codes(&analyze("purple elephant juggles lanterns")), []);
        let hinted = analyze_with("the cat and the dog and the bird", AnalyzeHints { common_phrase: true });
        assert_eq!(codes(&hinted), [Advice::AvoidCommonPhrase, Advice::UncommonWords]);
        let generated = analyze("Abacus-Zoom-Ability7-Abide");
        assert_eq!(codes(&generated), [Advice::GeneratedStyle]);
        assert_eq!(generated.list_words, 4);
        assert!(generated.generated.is_some_and(|shape| shape.include_number && shape.words == 4));
        assert_eq!(codes(&analyze("abacus zoom ability")), [Advice::AddWord, Advice::GeneratedStyle]);
    }

    #[test]
    fn report_serializes_camel_case() {
        let json = serde_json::to_value(analyze("abacus-zoom-ability-abide")).unwrap();
        assert_eq!(json["isPassphrase"], true);
        assert_eq!(json["listWords"], 4);
        assert_eq!(json["separator"], "-");
        assert_eq!(json["generated"]["includeNumber"], false);
        // Four words from the list without its hyphenated words (the separator is `-`).
        assert!((json["generated"]["entropyBits"].as_f64().unwrap() - 4.0 * 7772f64.log2()).abs() < 1e-9);
        assert_eq!(json["advice"][0]["code"], "generatedStyle");
        assert!(json["advice"][0]["message"].as_str().unwrap().ends_with('.'));
    }

    #[test]
    fn advice_codes_are_camel_case_sentences() {
        let codes = Advice::ALL.iter().map(|a| serde_json::to_value(a).unwrap());
        let expected = ["addWord", "uncommonWords", "avoidCommonPhrase", "generatedStyle"];
        assert_eq!(codes.collect::<Vec<_>>(), expected);
        assert!(Advice::ALL.iter().all(|a| a.to_string().ends_with('.')));
    }

    proptest! {
        #[test]
        fn passphrase_analysis_never_panics(candidate in any::<String>()) {
            let report = analyze(&candidate);
            prop_assert_eq!(&report, &analyze(&candidate));
            prop_assert!(!report.is_passphrase || report.words >= 3);
            let _ = looks_generated(&candidate);
        }

        #[test]
        fn passphrase_analysis_never_panics_on_word_soup(
            parts in proptest::collection::vec("(abacus|zoom|t-shirt|Ab|é|ß|İ|\u{303}|[0-9]|[ ._+/-]{1,2}|[A-Z]{1,3})", 0..30)
        ) {
            let candidate = parts.concat();
            let _ = analyze(&candidate);
            let _ = looks_generated(&candidate);
        }
    }
}
