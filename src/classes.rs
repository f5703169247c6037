//! Unicode-aware character classes: what composition rules count, and what the passphrase
//! fitter counts too (one definition; a space is a symbol).

use std::fmt;

use serde::{Deserialize, Serialize};

/// A class of characters a composition rule can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export))]
pub enum CharClass {
    /// A lowercase letter in any script (`a`, `é`, `ж`).
    Lowercase,
    /// An uppercase or titlecase letter in any script (`A`, `É`, `Ж`).
    Uppercase,
    /// A numeric character (`0`–`9` and other scripts' digits).
    Digit,
    /// Anything else that is visible or a space: punctuation, symbols, emoji.
    Symbol,
    /// A letter of a script without case (Chinese, Japanese kana, Arabic, Hebrew, ...).
    OtherLetter,
    /// Any letter: lowercase, uppercase or other. Usable in `requiredClasses` only
    /// (PCI DSS asks for "letters and digits").
    Letter,
}

impl CharClass {
    /// The classes that `minClasses` counts, in report order.
    pub const COUNTED: [CharClass; 5] =
        [Self::Lowercase, Self::Uppercase, Self::Digit, Self::Symbol, Self::OtherLetter];

    /// The basic class of one character (never [`CharClass::Letter`]).
    pub fn of(c: char) -> CharClass {
        if c.is_lowercase() {
            Self::Lowercase
        } else if c.is_uppercase() || crate::case::is_titlecase(c) {
            // Titlecase letters (`ǅ`) have a lowercase form but are neither upper nor lower.
            Self::Uppercase
        } else if c.is_alphabetic() {
            Self::OtherLetter
        } else if c.is_numeric() {
            Self::Digit
        } else {
            Self::Symbol
        }
    }

    /// Whether a character of basic class `basic` satisfies this class.
    pub fn accepts(self, basic: CharClass) -> bool {
        self == basic
            || (self == Self::Letter
                && matches!(basic, Self::Lowercase | Self::Uppercase | Self::OtherLetter))
    }
}

impl CharClass {
    /// Every class, in declaration order.
    pub const ALL: [CharClass; 6] =
        [Self::Lowercase, Self::Uppercase, Self::Digit, Self::Symbol, Self::OtherLetter, Self::Letter];

    /// The serialized code (`"otherLetter"`).
    pub const fn code(self) -> &'static str {
        match self {
            Self::Lowercase => "lowercase",
            Self::Uppercase => "uppercase",
            Self::Digit => "digit",
            Self::Symbol => "symbol",
            Self::OtherLetter => "otherLetter",
            Self::Letter => "letter",
        }
    }

    /// The English name, as lists in messages show it (`class.*` in the catalogue).
    pub const fn template(self) -> &'static str {
        match self {
            Self::Lowercase => "lowercase letters",
            Self::Uppercase => "uppercase letters",
            Self::Digit => "digits",
            Self::Symbol => "symbols",
            Self::OtherLetter => "letters without case",
            Self::Letter => "letters",
        }
    }
}

impl crate::messages::Codes for CharClass {
    const ALL: &'static [Self] = &CharClass::ALL;
    fn code(self) -> &'static str {
        CharClass::code(self)
    }
    fn template(self) -> &'static str {
        CharClass::template(self)
    }
}

/// The English name of a class code (`"digit"` → `"digits"`), for the renderer's
/// `{name, classes, ...}` lists.
pub fn english_name(code: &str) -> Option<&'static str> {
    CharClass::ALL.iter().find(|class| class.code() == code).map(|class| class.template())
}

impl fmt::Display for CharClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.template())
    }
}

/// Which basic classes occur in a password.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ClassSet([bool; 5]);

impl ClassSet {
    /// The classes present in `password`.
    pub fn of(password: &str) -> Self {
        let mut set = Self::default();
        for c in password.chars() {
            let basic = CharClass::of(c);
            for (slot, class) in set.0.iter_mut().zip(CharClass::COUNTED) {
                *slot |= class == basic;
            }
        }
        set
    }

    /// Whether some character satisfies `class`.
    pub fn has(&self, class: CharClass) -> bool {
        self.0.iter().zip(CharClass::COUNTED).any(|(&present, basic)| present && class.accepts(basic))
    }

    /// How many of the counted classes are present.
    pub fn count(&self) -> u8 {
        self.0.iter().map(|&present| u8::from(present)).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use CharClass::*;

    #[test]
    fn classes_are_unicode_aware() {
        let table = [
            ('a', Lowercase),
            ('é', Lowercase),
            ('ж', Lowercase),
            ('ß', Lowercase),
            ('Z', Uppercase),
            ('Ж', Uppercase),
            ('ǅ', Uppercase), // titlecase counts as uppercase
            ('7', Digit),
            ('٣', Digit), // Arabic-Indic three
            ('日', OtherLetter),
            ('ا', OtherLetter),
            ('א', OtherLetter),
            ('!', Symbol),
            (' ', Symbol),
            ('😀', Symbol),
        ];
        for (c, class) in table {
            assert_eq!(CharClass::of(c), class, "{c:?}");
        }
    }

    #[test]
    fn codes_match_serde() {
        for class in CharClass::ALL {
            assert_eq!(serde_json::to_value(class).unwrap(), class.code());
        }
    }

    #[test]
    fn class_sets_count_and_answer_letter() {
        let set = ClassSet::of("abc123");
        assert_eq!(set.count(), 2);
        assert!(set.has(Letter) && set.has(Digit) && !set.has(Uppercase));
        assert!(ClassSet::of("日本").has(Letter));
        assert_eq!(ClassSet::of("aA1!日").count(), 5);
        assert_eq!(ClassSet::of("").count(), 0);
    }
}
