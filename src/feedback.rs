//! Closed vocabularies of strength feedback, each code with an English message.
//!
//! Codes are stable identifiers (serialized camelCase) that UIs and translations key on;
//! the English text is only a default.

use std::fmt;

use serde::Serialize;

/// A code with its message, as JS receives it: `{ code, message }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export))]
pub struct Message<C> {
    /// Stable identifier to translate from.
    pub code: C,
    /// Default English text.
    pub message: String,
}

impl<C: fmt::Display> Message<C> {
    /// Pairs a code with its English text.
    pub fn new(code: C) -> Self {
        let message = code.to_string();
        Self { code, message }
    }
}

/// Declares a closed, serializable code vocabulary with one English text per code. The texts
/// take no parameters, so each is its own template (see [`crate::messages`]).
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $text:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize)]
        #[serde(rename_all = "camelCase")]
        #[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export))]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $name {
            /// Every code, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The English message template (these codes take no parameters).
            pub const fn template(self) -> &'static str {
                match self { $($name::$variant => $text,)+ }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.template())
            }
        }
    };
}

/// Lets other modules (e.g. `passphrase`) declare their own vocabularies.
pub(crate) use vocabulary;

vocabulary! {
    /// The main weakness zxcvbn found in a password.
    Warning {
        /// A straight row of keys, like `qwertyuiop`.
        KeyboardRow => "A straight row of keys is easy to guess.",
        /// A short pattern on the keyboard.
        KeyboardPattern => "Short keyboard patterns are easy to guess.",
        /// One character repeated, like `aaaa`.
        RepeatedCharacter => "A character repeated over and over is easy to guess.",
        /// A group repeated, like `abcabc`.
        RepeatedGroup => "Repeating a group of characters barely makes it harder to guess.",
        /// Among the ten most common passwords.
        TopTenPassword => "This is one of the ten most common passwords.",
        /// Among the hundred most common passwords.
        TopHundredPassword => "This is one of the hundred most common passwords.",
        /// A very common password.
        VeryCommonPassword => "This is a very common password.",
        /// Close to a common password.
        SimilarToCommonPassword => "This is close to a commonly used password.",
        /// An alphabetic or numeric sequence, like `abcd` or `6543`.
        Sequence => "Sequences such as abcd or 6543 are easy to guess.",
        /// A recent year.
        RecentYear => "Recent years are easy to guess.",
        /// A single dictionary word.
        SingleWord => "A single word is easy to guess.",
        /// A date.
        Date => "Dates are easy to guess.",
        /// A name or surname alone.
        NameAlone => "A name or surname on its own is easy to guess.",
        /// A common name or surname.
        CommonName => "Common names and surnames are easy to guess.",
    }
}

vocabulary! {
    /// A way to make a password stronger.
    Suggestion {
        /// Use several words, avoid well-known phrases.
        UseFewWords => "Use several words, and avoid well-known phrases.",
        /// Symbols, digits and capitals are not required.
        NoNeedForSymbols => "You don't need symbols, digits or capital letters.",
        /// Add one or two more words.
        AddAnotherWord => "Add one or two more words; unusual words are best.",
        /// Capitals at the start do little.
        CapitalizationHelpsLittle => "Capitalising a word adds little strength.",
        /// All-uppercase is nearly as weak as all-lowercase.
        AllUppercaseHelpsLittle => "All capitals are almost as easy to guess as all lower case.",
        /// Spelling words backwards is guessable.
        ReversedWordsHelpLittle => "Words spelled backwards are not much harder to guess.",
        /// Predictable substitutions such as `@` for `a`.
        SubstitutionsHelpLittle => "Predictable swaps such as @ for a don't add much strength.",
        /// Longer keyboard patterns with more turns.
        LongerKeyboardPattern => "If you use a keyboard pattern, make it longer with more turns.",
        /// Avoid repeated words and characters.
        AvoidRepeats => "Avoid repeating words and characters.",
        /// Avoid sequences.
        AvoidSequences => "Avoid sequences.",
        /// Avoid recent years.
        AvoidRecentYears => "Avoid recent years.",
        /// Avoid years tied to you.
        AvoidPersonalYears => "Avoid years that are connected to you.",
        /// Avoid dates and years tied to you.
        AvoidPersonalDates => "Avoid dates and years that are connected to you.",
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
