//! Feedback from the match sequence, as the model gives it: nothing for a good score, otherwise
//! the warning and suggestions of the longest match, led by "add another word".

use super::data::Dictionary;
use super::guesses::log10;
use super::matching::{Match, Pattern, Word};
use super::units::{all_upper, starts_upper, to_lower};
use crate::feedback::{Suggestion, Warning};

/// The warning and suggestions for a password of `score` explained by `sequence`.
pub fn feedback(score: u8, units: &[u16], sequence: &[Match]) -> (Option<Warning>, Vec<Suggestion>) {
    let Some(first) = sequence.first() else {
        return (None, vec![Suggestion::UseFewWords, Suggestion::NoNeedForSymbols]);
    };
    if score > 2 {
        return (None, Vec::new());
    }
    let mut longest = first;
    for m in sequence.get(1..).unwrap_or_default() {
        if m.len() > longest.len() {
            longest = m;
        }
    }
    let (warning, mut suggestions) = of_match(longest, units, sequence.len() == 1);
    suggestions.insert(0, Suggestion::AddAnotherWord);
    (warning, suggestions)
}

fn of_match(m: &Match, units: &[u16], sole: bool) -> (Option<Warning>, Vec<Suggestion>) {
    match &m.pattern {
        Pattern::Dictionary(word) => of_word(m, word, units.get(m.i..=m.j).unwrap_or_default(), sole),
        Pattern::Spatial { turns, .. } => {
            let warning = if *turns == 1 { Warning::KeyboardRow } else { Warning::KeyboardPattern };
            (Some(warning), vec![Suggestion::LongerKeyboardPattern])
        }
        Pattern::Repeat { base_len, .. } => {
            let warning = if *base_len == 1 { Warning::RepeatedCharacter } else { Warning::RepeatedGroup };
            (Some(warning), vec![Suggestion::AvoidRepeats])
        }
        Pattern::Sequence => (Some(Warning::Sequence), vec![Suggestion::AvoidSequences]),
        Pattern::Year => {
            (Some(Warning::RecentYear), vec![Suggestion::AvoidRecentYears, Suggestion::AvoidPersonalYears])
        }
        Pattern::Date => (Some(Warning::Date), vec![Suggestion::AvoidPersonalDates]),
        Pattern::Bruteforce => (None, Vec::new()),
    }
}

fn of_word(m: &Match, word: &Word, token: &[u16], sole: bool) -> (Option<Warning>, Vec<Suggestion>) {
    let warning = match word.dictionary {
        Dictionary::Passwords if sole && !word.l33t && !word.reversed => Some(match word.rank {
            0..=10 => Warning::TopTenPassword,
            11..=100 => Warning::TopHundredPassword,
            _ => Warning::VeryCommonPassword,
        }),
        Dictionary::Passwords => (log10(m.guesses) <= 4.0).then_some(Warning::SimilarToCommonPassword),
        Dictionary::EnglishWikipedia => sole.then_some(Warning::SingleWord),
        Dictionary::Surnames | Dictionary::MaleNames | Dictionary::FemaleNames => {
            Some(if sole { Warning::NameAlone } else { Warning::CommonName })
        }
        Dictionary::UsTvAndFilm | Dictionary::UserInputs => None,
    };
    let mut suggestions = Vec::new();
    if starts_upper(token) {
        suggestions.push(Suggestion::CapitalizationHelpsLittle);
    } else if all_upper(token) && to_lower(token) != token {
        suggestions.push(Suggestion::AllUppercaseHelpsLittle);
    }
    if word.reversed && token.len() >= 4 {
        suggestions.push(Suggestion::ReversedWordsHelpLittle);
    }
    if word.l33t {
        suggestions.push(Suggestion::SubstitutionsHelpLittle);
    }
    (warning, suggestions)
}
