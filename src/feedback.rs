//! Closed vocabularies of strength feedback, each code with an English message.
//!
//! Codes are stable identifiers (serialized camelCase) that UIs and translations key on;
//! the English text is only a default.

use crate::messages::vocabulary;

vocabulary! {
    /// The main weakness zxcvbn found in a password.
    Warning {
        /// A straight row of keys, like `qwertyuiop`.
        KeyboardRow = "keyboardRow" => "A straight row of keys is easy to guess.",
        /// A short pattern on the keyboard.
        KeyboardPattern = "keyboardPattern" => "Short keyboard patterns are easy to guess.",
        /// One character repeated, like `aaaa`.
        RepeatedCharacter = "repeatedCharacter" => "A character repeated over and over is easy to guess.",
        /// A group repeated, like `abcabc`.
        RepeatedGroup = "repeatedGroup" => "Repeating a group of characters barely makes it harder to guess.",
        /// Among the ten most common passwords.
        TopTenPassword = "topTenPassword" => "This is one of the ten most common passwords.",
        /// Among the hundred most common passwords.
        TopHundredPassword = "topHundredPassword" => "This is one of the hundred most common passwords.",
        /// A very common password.
        VeryCommonPassword = "veryCommonPassword" => "This is a very common password.",
        /// Close to a common password.
        SimilarToCommonPassword = "similarToCommonPassword" => "This is close to a commonly used password.",
        /// An alphabetic or numeric sequence, like `abcd` or `6543`.
        Sequence = "sequence" => "Sequences such as abcd or 6543 are easy to guess.",
        /// A recent year.
        RecentYear = "recentYear" => "Recent years are easy to guess.",
        /// A single dictionary word.
        SingleWord = "singleWord" => "A single word is easy to guess.",
        /// A date.
        Date = "date" => "Dates are easy to guess.",
        /// A name or surname alone.
        NameAlone = "nameAlone" => "A name or surname on its own is easy to guess.",
        /// A common name or surname.
        CommonName = "commonName" => "Common names and surnames are easy to guess.",
    }
}

vocabulary! {
    /// A way to make a password stronger.
    Suggestion {
        /// Use several words, avoid well-known phrases.
        UseFewWords = "useFewWords" => "Use several words, and avoid well-known phrases.",
        /// Symbols, digits and capitals are not required.
        NoNeedForSymbols = "noNeedForSymbols" => "You don't need symbols, digits or capital letters.",
        /// Add one or two more words.
        AddAnotherWord = "addAnotherWord" => "Add one or two more words; unusual words are best.",
        /// Capitals at the start do little.
        CapitalizationHelpsLittle = "capitalizationHelpsLittle" => "Capitalising a word adds little strength.",
        /// All-uppercase is nearly as weak as all-lowercase.
        AllUppercaseHelpsLittle = "allUppercaseHelpsLittle" => "All capitals are almost as easy to guess as all lower case.",
        /// Spelling words backwards is guessable.
        ReversedWordsHelpLittle = "reversedWordsHelpLittle" => "Words spelled backwards are not much harder to guess.",
        /// Predictable substitutions such as `@` for `a`.
        SubstitutionsHelpLittle = "substitutionsHelpLittle" => "Predictable swaps such as @ for a don't add much strength.",
        /// Longer keyboard patterns with more turns.
        LongerKeyboardPattern = "longerKeyboardPattern" => "If you use a keyboard pattern, make it longer with more turns.",
        /// Avoid repeated words and characters.
        AvoidRepeats = "avoidRepeats" => "Avoid repeating words and characters.",
        /// Avoid sequences.
        AvoidSequences = "avoidSequences" => "Avoid sequences.",
        /// Avoid recent years.
        AvoidRecentYears = "avoidRecentYears" => "Avoid recent years.",
        /// Avoid years tied to you.
        AvoidPersonalYears = "avoidPersonalYears" => "Avoid years that are connected to you.",
        /// Avoid dates and years tied to you.
        AvoidPersonalDates = "avoidPersonalDates" => "Avoid dates and years that are connected to you.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_are_camel_case_and_unique() {
        let mut seen = HashSet::new();
        let codes = Warning::ALL
            .iter()
            .map(serde_json::to_value)
            .chain(Suggestion::ALL.iter().map(serde_json::to_value));
        for code in codes {
            let code = code.expect("serializes").as_str().expect("a string").to_owned();
            assert!(code.chars().next().is_some_and(char::is_lowercase), "{code}");
            assert!(!code.contains('_'), "{code}");
            assert!(seen.insert(code.clone()), "duplicate code {code}");
        }
    }

    #[test]
    fn every_code_has_a_sentence() {
        for text in Warning::ALL
            .iter()
            .map(ToString::to_string)
            .chain(Suggestion::ALL.iter().map(ToString::to_string))
        {
            assert!(text.ends_with('.') && text.len() > 10, "{text}");
        }
    }
}
