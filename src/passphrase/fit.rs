//! Policy-aware generation: adjust the options until every passphrase they can produce meets
//! a set of composition and length requirements, or explain why that is impossible.
//!
//! The policy engine fills a [`PassphraseRequirements`]; [`generate_for`] then changes the
//! options as little as possible, in this order, recording each change as an [`Adjustment`]:
//! 1. a separator with a character the policy does not allow, or one that the policy's
//!    normalization would change next to a word → the first allowed of `-`, space, `_`, `.`,
//!    or no separator;
//! 2. required classes: upper case → `capitalize`; digit → `includeNumber`; symbol → a symbol
//!    separator (`-`, `_`, `.`, `+`, `~`); then, for "N of 4 classes", the same three steps in
//!    that order until N classes are present (lower case is always present);
//! 3. repeats (`maxRepeated`): with 1, only the list's words without a doubled letter are drawn
//!    (entropy counts the smaller list); then, if a word boundary or the separator itself could
//!    still repeat a character too often, the separator is changed (same candidates as above,
//!    keeping a symbol if one is needed). The list never has a letter three times in a row;
//!    then the words are drawn without the four hyphenated ones (`t-shirt`) when the separator is
//!    `-` (so a phrase never reads as more words than it has) or the policy does not allow `-`;
//!    entropy counts the smaller list;
//! 4. length, counted in code points and guaranteed for the *worst case* (every word as short,
//!    or as long, as the list allows), so no passphrase is ever rejected and redrawn and the
//!    entropy stays exact: words are added (up to 20) until the shortest possible passphrase
//!    meets `min_length`, or removed (down to 3) until the longest fits `max_length` and, in
//!    UTF-8 bytes (the words are ASCII; a separator may not be), `max_bytes`.
//!
//! Character classes are the policy's (`crate::classes`): a space counts as a symbol, as the
//! policy's own check counts it, so what the fitter plans is what the check sees.

use std::fmt;
use std::sync::Arc;

use std::sync::OnceLock;

use super::generate::{capitalized, generate_from, GeneratedPassphrase};
use super::options::{PassphraseOptions, MAX_WORDS, MIN_WORDS};
use super::random::RandomSource;
use super::wordlist::Words;
use super::{PassphraseError, Unsatisfiable};
use crate::classes::{CharClass, ClassSet};
use crate::messages::{vocabulary, Message};
use crate::text::longest_run;

vocabulary! {
    /// A change [`generate_for`] made to the requested options to meet the policy.
    Adjustment {
        /// `capitalize` was turned on (upper-case letters required).
        Capitalized = "capitalized" => "Capitalised each word to meet the password policy.",
        /// `includeNumber` was turned on (a digit required).
        AddedNumber = "addedNumber" => "Added a number to meet the password policy.",
        /// The separator was replaced (not allowed, or a symbol was required).
        ChangedSeparator = "changedSeparator" => "Changed the separator to meet the password policy.",
        /// Words were added to reach the minimum length.
        AddedWords = "addedWords" => "Added words to reach the minimum length.",
        /// Words were removed to stay within the maximum length.
        RemovedWords = "removedWords" => "Removed words to stay within the maximum length.",
        /// Only words without a doubled letter were used (no character may repeat).
        SkippedDoubledLetters = "skippedDoubledLetters" => "Used only words without a doubled letter to meet the password policy.",
    }
}

/// A predicate over characters, e.g. "printable ASCII only".
pub type CharPredicate = Arc<dyn Fn(char) -> bool + Send + Sync>;

/// A text transform, e.g. the policy's Unicode normalization.
pub type TextMap = Arc<dyn Fn(&str) -> String + Send + Sync>;

/// What a policy demands of a password, as plain data the policy engine can fill.
#[derive(Clone, Default)]
pub struct PassphraseRequirements {
    /// Minimum length in Unicode code points.
    pub min_length: usize,
    /// Maximum length in code points, if any.
    pub max_length: Option<usize>,
    /// Maximum length in UTF-8 bytes, if any (bcrypt reads 72).
    pub max_bytes: Option<usize>,
    /// At least one letter of any case (PCI DSS: "letters and digits").
    pub need_letter: bool,
    /// At least one letter without case (as in Chinese or Arabic). The word list has none, so a
    /// policy that requires one cannot get a passphrase.
    pub need_caseless_letter: bool,
    /// At least one lower-case letter.
    pub need_lowercase: bool,
    /// At least one upper-case letter.
    pub need_uppercase: bool,
    /// At least one digit.
    pub need_digit: bool,
    /// At least one symbol (neither a letter, a digit nor whitespace).
    pub need_symbol: bool,
    /// At least this many of the four classes lower case, upper case, digit, symbol (Entra: 3).
    pub min_classes: u8,
    /// The characters the policy accepts; `None` accepts every character.
    pub allowed: Option<CharPredicate>,
    /// No character more than this many times in a row, if set.
    pub max_repeated: Option<u32>,
    /// The normalization the policy applies before checking (NFC), if any. Every other
    /// requirement holds for the normalized passphrase; a separator that normalization would
    /// change next to a word (`";\u{37E}"` becomes `";;"`) is replaced.
    pub normalize: Option<TextMap>,
}

impl fmt::Debug for PassphraseRequirements {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PassphraseRequirements")
            .field("min_length", &self.min_length)
            .field("max_length", &self.max_length)
            .field("max_bytes", &self.max_bytes)
            .field("need_letter", &self.need_letter)
            .field("need_caseless_letter", &self.need_caseless_letter)
            .field("need_lowercase", &self.need_lowercase)
            .field("need_uppercase", &self.need_uppercase)
            .field("need_digit", &self.need_digit)
            .field("need_symbol", &self.need_symbol)
            .field("min_classes", &self.min_classes)
            .field("allowed", &self.allowed.as_ref().map(|_| "<predicate>"))
            .field("max_repeated", &self.max_repeated)
            .field("normalize", &self.normalize.as_ref().map(|_| "<function>"))
            .finish()
    }
}

impl PassphraseRequirements {
    fn allows(&self, c: char) -> bool {
        self.allowed.as_ref().is_none_or(|allowed| allowed(c))
    }

    fn allows_all(&self, text: &str) -> bool {
        text.chars().all(|c| self.allows(c))
    }

    /// Whether `separator` is allowed and comes out of normalization unchanged between any two
    /// words, so that what is checked is what was generated.
    ///
    /// Words start with an ASCII letter, which NFC never combines with what precedes it, so
    /// only the character before the separator matters: one text `e<sep>ae<sep>a…`, one
    /// normalization, covers every character that can end a word.
    fn accepts_separator(&self, separator: &str) -> bool {
        self.allows_all(separator)
            && self.normalize.as_ref().is_none_or(|normalize| {
                let mut joined = String::new();
                for &end in word_ends() {
                    joined.push(end);
                    joined.push_str(separator);
                    joined.push('a');
                }
                normalize(&joined) == joined
            })
    }

    /// The first of these requirements `password` (normalized first, as the policy would)
    /// fails, as the policy's rule id spells it (`minLength`, `maxLength`, `allowedCharacters`,
    /// `maxRepeated`, `requiredClasses`, `minClasses`), or `None` if it meets them all.
    pub fn unmet(&self, password: &str) -> Option<&'static str> {
        let normalized;
        let password = match &self.normalize {
            Some(normalize) => {
                normalized = normalize(password);
                normalized.as_str()
            }
            None => password,
        };
        let length = password.chars().count();
        let classes = ClassSet::of(password);
        let missing_required = (self.need_letter && !classes.has(CharClass::Letter))
            || (self.need_lowercase && !classes.has(CharClass::Lowercase))
            || (self.need_uppercase && !classes.has(CharClass::Uppercase))
            || (self.need_digit && !classes.has(CharClass::Digit))
            || (self.need_symbol && !classes.has(CharClass::Symbol));
        let failed = [
            (length < self.min_length, "minLength"),
            (self.max_length.is_some_and(|max| length > max), "maxLength"),
            (self.max_bytes.is_some_and(|max| password.len() > max), "maxBytes"),
            (!self.allows_all(password), "allowedCharacters"),
            (self.max_repeated.is_some_and(|max| longest_run(password) > max), "maxRepeated"),
            (missing_required, "requiredClasses"),
            (classes.count() < self.min_classes, "minClasses"),
        ];
        failed.iter().find(|(failed, _)| *failed).map(|&(_, rule)| rule)
    }
}

/// Whether `text` has a symbol, as the policy's classes count one (a space is a symbol).
fn has_symbol(text: &str) -> bool {
    ClassSet::of(text).has(CharClass::Symbol)
}

/// Separators tried, in order, when the requested one has a character the policy rejects.
const FALLBACK_SEPARATORS: [&str; 5] = ["-", " ", "_", ".", ""];
/// Separators tried, in order, when a symbol is required.
const SYMBOL_SEPARATORS: [&str; 5] = ["-", "_", ".", "+", "~"];

fn unsatisfiable(reason: Unsatisfiable) -> PassphraseError {
    PassphraseError::Unsatisfiable(reason)
}

/// Generates a passphrase from `options`, adjusted to meet `requirements` (see the module
/// docs for the order of adjustments). The result lists every adjustment; `entropy_bits` is
/// exact for the options actually used. Fails with [`PassphraseError::Unsatisfiable`] when no
/// adjustment can meet the requirements, saying which one.
pub fn generate_for<R: RandomSource + ?Sized>(
    options: &PassphraseOptions,
    requirements: &PassphraseRequirements,
    rng: &mut R,
) -> Result<GeneratedPassphrase, PassphraseError> {
    let (adjusted, words, adjustments) = adjust(options, requirements)?;
    let mut generated = generate_from(words, &adjusted, rng)?;
    if let Some(rule) = requirements.unmet(&generated.passphrase) {
        // Unreachable when `adjust` is right; reported rather than returned silently.
        return Err(unsatisfiable(Unsatisfiable::FailedCheck { rule: rule.to_owned() }));
    }
    generated.adjustments = adjustments.into_iter().map(Message::new).collect();
    Ok(generated)
}

/// The options [`generate_for`] would use, the words it would draw from, and the adjustments
/// that lead to them.
pub fn adjust(
    options: &PassphraseOptions,
    requirements: &PassphraseRequirements,
) -> Result<(PassphraseOptions, Words, Vec<Adjustment>), PassphraseError> {
    options.validate()?;
    if !super::wordlist::loaded() {
        return Err(PassphraseError::WordsNotLoaded);
    }
    let mut options = options.clone();
    let mut adjustments = Vec::new();
    let req = requirements;

    if !req.accepts_separator(&options.separator) {
        options.separator = FALLBACK_SEPARATORS
            .iter()
            .find(|s| req.accepts_separator(s))
            .copied()
            .unwrap_or_default()
            .to_owned();
        adjustments.push(Adjustment::ChangedSeparator);
    }
    if req.need_caseless_letter {
        return Err(unsatisfiable(Unsatisfiable::CaselessLetter));
    }
    if req.min_classes > 4 {
        return Err(unsatisfiable(Unsatisfiable::TooManyClasses { required: req.min_classes }));
    }
    if req.need_uppercase {
        add_class(Class::Upper, &mut options, &mut adjustments, req)?;
    }
    if req.need_digit {
        add_class(Class::Digit, &mut options, &mut adjustments, req)?;
    }
    if req.need_symbol {
        add_class(Class::Symbol, &mut options, &mut adjustments, req)?;
    }
    for class in [Class::Upper, Class::Digit, Class::Symbol] {
        if classes(&options) >= req.min_classes {
            break;
        }
        add_class(class, &mut options, &mut adjustments, req)?;
    }
    if classes(&options) < req.min_classes {
        // Unreachable: lower case plus the three steps make 4.
        return Err(unsatisfiable(Unsatisfiable::TooManyClasses { required: req.min_classes }));
    }
    let mut words = fit_repeats(&mut options, &mut adjustments, req)?.for_separator(&options.separator);
    if !req.allows('-') {
        // Only the four hyphenated words have one: drawn without them, passphrases need no `-`.
        words = words.unhyphenated();
    }
    check_alphabet(&options, words, req)?;
    fit_length(&mut options, words, &mut adjustments, req)?;
    Ok((options, words, adjustments))
}

/// Meets `maxRepeated` for every passphrase `options` can produce (module docs, step 3).
fn fit_repeats(
    options: &mut PassphraseOptions,
    adjustments: &mut Vec<Adjustment>,
    req: &PassphraseRequirements,
) -> Result<Words, PassphraseError> {
    let Some(max) = req.max_repeated else { return Ok(Words::All) };
    let words = if max < 2 {
        adjustments.push(Adjustment::SkippedDoubledLetters);
        Words::NoDoubledLetters
    } else {
        Words::All
    };
    // The runs of the words do not depend on the separator: found once, tried with each.
    let runs = WordRuns::of(options, words);
    if runs.worst_with(&options.separator) <= max {
        return Ok(words);
    }
    // The symbol of the separator is kept when a required class depends on it.
    let keep_symbol =
        has_symbol(&options.separator) && (req.need_symbol || classes(options) <= req.min_classes);
    let candidates =
        SYMBOL_SEPARATORS.iter().chain(if keep_symbol { &[][..] } else { &FALLBACK_SEPARATORS[..] });
    let separator = candidates
        .filter(|s| req.accepts_separator(s) && (!keep_symbol || has_symbol(s)))
        .find(|s| runs.worst_with(s) <= max)
        .ok_or_else(|| unsatisfiable(Unsatisfiable::UnavoidableRepeats { max }))?;
    (*separator).clone_into(&mut options.separator);
    if !adjustments.contains(&Adjustment::ChangedSeparator) {
        adjustments.push(Adjustment::ChangedSeparator);
    }
    Ok(words)
}

/// The longest run of one character that any passphrase from `options` and `words` can contain
/// (see [`WordRuns::worst_with`]).
#[cfg(test)]
fn worst_run(options: &PassphraseOptions, words: Words) -> u32 {
    WordRuns::of(options, words).worst_with(&options.separator)
}

/// What the words of a passphrase bring to its runs of one character: the longest inside a
/// word, and the distinct runs that end and start words (a few dozen each).
struct WordRuns {
    inside: u32,
    ends: Vec<Run>,
    starts: Vec<Run>,
}

impl WordRuns {
    /// The runs of `words` as `options` shape them (capitals, an appended digit).
    fn of(options: &PassphraseOptions, words: Words) -> Self {
        let list = words.list();
        let inside = list.iter().map(|w| longest_run(w)).max().unwrap_or(0);
        let digits = ('0'..='9').map(|digit| (digit, 1)).filter(|_| options.include_number);
        let ends = distinct(list.iter().filter_map(|w| last_run(w)).chain(digits));
        let starts = distinct(list.iter().filter_map(|w| {
            if options.capitalize {
                first_run(&capitalized(w))
            } else {
                first_run(w)
            }
        }));
        Self { inside, ends, starts }
    }

    /// The longest run any passphrase can contain with `separator`: inside a word, inside the
    /// separator, or across a word boundary (the end of one word, the separator, the start of
    /// the next). Words are never a single run, so no run spans a whole word.
    fn worst_with(&self, separator: &str) -> u32 {
        let mut joined = String::new();
        let mut across = 0;
        for &(end, end_count) in &self.ends {
            for &(start, start_count) in &self.starts {
                joined.clear();
                joined.extend(std::iter::repeat_n(end, end_count as usize));
                joined.push_str(separator);
                joined.extend(std::iter::repeat_n(start, start_count as usize));
                across = across.max(longest_run(&joined));
            }
        }
        self.inside.max(across)
    }
}

/// Every character that can end a word in a passphrase: the list's last letters and a digit.
fn word_ends() -> &'static [char] {
    // Reached only through `adjust`, which refuses before the list is in: never cached empty.
    static ENDS: OnceLock<Vec<char>> = OnceLock::new();
    ENDS.get_or_init(|| {
        distinct(Words::All.list().iter().filter_map(|w| w.chars().next_back()).chain('0'..='9'))
    })
}

/// The distinct items, in first-seen order. A linear search: the sets here have a few dozen
/// items, and sorting would add its code to the wasm for each item type (≈ 10 KB raw, 4 KB
/// brotli).
fn distinct<T: PartialEq>(items: impl Iterator<Item = T>) -> Vec<T> {
    let mut seen = Vec::new();
    for item in items {
        if !seen.contains(&item) {
            seen.push(item);
        }
    }
    seen
}

/// A run of one character: the character and how many times it repeats.
type Run = (char, u32);

/// The run that ends `word` (`"hall"` → `('l', 2)`).
fn last_run(word: &str) -> Option<Run> {
    let last = word.chars().next_back()?;
    Some((last, longest_prefix_run(word.chars().rev(), last)))
}

/// The run that starts `word` (`"llama"` → `('l', 2)`).
fn first_run(word: &str) -> Option<Run> {
    let first = word.chars().next()?;
    Some((first, longest_prefix_run(word.chars(), first)))
}

fn longest_prefix_run(chars: impl Iterator<Item = char>, c: char) -> u32 {
    u32::try_from(chars.take_while(|&next| next == c).count()).unwrap_or(u32::MAX)
}

/// How many classes, as the policy counts them, every passphrase from `options` has: lower case
/// (every word), upper case with `capitalize`, a digit with `includeNumber`, and whatever the
/// separator's characters are.
fn classes(options: &PassphraseOptions) -> u8 {
    let mut guaranteed = String::from("a");
    if options.capitalize {
        guaranteed.push('A');
    }
    if options.include_number {
        guaranteed.push('0');
    }
    guaranteed.push_str(&options.separator);
    ClassSet::of(&guaranteed).count()
}

#[derive(Debug, Clone, Copy)]
enum Class {
    Upper,
    Digit,
    Symbol,
}

/// Changes `options` so that every passphrase contains `class` (no-op if it already does).
fn add_class(
    class: Class,
    options: &mut PassphraseOptions,
    adjustments: &mut Vec<Adjustment>,
    req: &PassphraseRequirements,
) -> Result<(), PassphraseError> {
    match class {
        Class::Upper if !options.capitalize => {
            options.capitalize = true;
            adjustments.push(Adjustment::Capitalized);
        }
        Class::Digit if !options.include_number => {
            options.include_number = true;
            adjustments.push(Adjustment::AddedNumber);
        }
        Class::Symbol if !has_symbol(&options.separator) => {
            let symbol = SYMBOL_SEPARATORS.iter().find(|s| req.accepts_separator(s)).ok_or_else(|| {
                let separators = SYMBOL_SEPARATORS.iter().map(|&s| s.to_owned()).collect();
                unsatisfiable(Unsatisfiable::NoSymbolSeparator { separators })
            })?;
            options.separator = (*symbol).to_owned();
            if !adjustments.contains(&Adjustment::ChangedSeparator) {
                adjustments.push(Adjustment::ChangedSeparator);
            }
        }
        _ => {}
    }
    Ok(())
}

/// Every character a passphrase from `options` and `words` may contain must be allowed.
fn check_alphabet(
    options: &PassphraseOptions,
    words: Words,
    req: &PassphraseRequirements,
) -> Result<(), PassphraseError> {
    let letters = words.list().iter().flat_map(|w| w.chars());
    let capitals = ('A'..='Z').filter(|_| options.capitalize);
    let digits = ('0'..='9').filter(|_| options.include_number);
    match letters.chain(capitals).chain(digits).find(|&c| !req.allows(c)) {
        Some(c) => Err(unsatisfiable(Unsatisfiable::DisallowedCharacter { character: c.to_string() })),
        None => Ok(()),
    }
}

fn fit_length(
    options: &mut PassphraseOptions,
    list: Words,
    adjustments: &mut Vec<Adjustment>,
    req: &PassphraseRequirements,
) -> Result<(), PassphraseError> {
    let separator = options.separator.chars().count();
    let separator_bytes = options.separator.len();
    let number = usize::from(options.include_number);
    let (shortest, longest) = list.length_bounds();
    // (shortest in code points, longest in code points, longest in bytes): the words are ASCII.
    let bounds = |words: u32| {
        let words = words as usize;
        let gaps = words.saturating_sub(1) * separator + number;
        let gap_bytes = words.saturating_sub(1) * separator_bytes + number;
        (words * shortest + gaps, words * longest + gaps, words * longest + gap_bytes)
    };
    let requested = options.words;
    let fewest = (MIN_WORDS..=MAX_WORDS).find(|&n| bounds(n).0 >= req.min_length).ok_or_else(|| {
        unsatisfiable(Unsatisfiable::TooManyWords { min_length: req.min_length, max_words: MAX_WORDS })
    })?;
    options.words = options.words.max(fewest);
    let limits = [(req.max_length, "characters"), (req.max_bytes, "bytes")];
    for (max, unit) in limits.iter().filter_map(|&(max, unit)| max.map(|max| (max, unit))) {
        let longest = |words: u32| if unit == "bytes" { bounds(words).2 } else { bounds(words).1 };
        while longest(options.words) > max {
            if options.words <= fewest {
                return Err(unsatisfiable(if unit == "bytes" {
                    Unsatisfiable::TooManyBytes {
                        words: options.words,
                        bytes: longest(options.words),
                        max_bytes: max,
                    }
                } else {
                    Unsatisfiable::TooLong {
                        words: options.words,
                        length: longest(options.words),
                        max_length: max,
                    }
                }));
            }
            options.words -= 1;
        }
    }
    if options.words > requested {
        adjustments.push(Adjustment::AddedWords);
    } else if options.words < requested {
        adjustments.push(Adjustment::RemovedWords);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::random::OsRandom;
    use super::*;

    /// The shipped presets' requirements, by preset id, as the policy fills them (what
    /// `Checker::generate_passphrase` passes).
    fn presets() -> Vec<(&'static str, PassphraseRequirements)> {
        crate::policy::presets()
            .iter()
            .map(|preset| {
                let config = crate::PolicyConfig { preset: Some(preset.id.to_owned()), ..Default::default() };
                (preset.id, crate::Policy::from_config(config).unwrap().passphrase_requirements())
            })
            .collect()
    }

    fn options(words: u32, separator: &str, capitalize: bool, include_number: bool) -> PassphraseOptions {
        PassphraseOptions { words, separator: separator.to_owned(), capitalize, include_number }
    }

    fn with_max_repeated(max: u32) -> PassphraseRequirements {
        PassphraseRequirements { min_length: 15, max_repeated: Some(max), ..Default::default() }
    }

    #[test]
    fn max_repeated_picks_the_words_and_the_separator() {
        use Adjustment::*;
        // (max, requested options, expected separator, expected words, adjustments)
        let table = [
            (
                1,
                options(5, "-", false, false),
                "-",
                Words::UnhyphenatedNoDoubledLetters,
                vec![SkippedDoubledLetters],
            ),
            // "e" + "e" across an empty separator
            (
                1,
                options(5, "", false, false),
                "-",
                Words::UnhyphenatedNoDoubledLetters,
                vec![SkippedDoubledLetters, ChangedSeparator],
            ),
            // lower case then a capital: no run across the boundary
            (1, options(5, "", true, false), "", Words::NoDoubledLetters, vec![SkippedDoubledLetters]),
            (
                1,
                options(5, "~~", false, false),
                "-",
                Words::UnhyphenatedNoDoubledLetters,
                vec![SkippedDoubledLetters, ChangedSeparator],
            ),
            // "hall" + "llama"-like joins make 3 (and "ooze" starts with a double)
            (2, options(5, "", false, false), "-", Words::Unhyphenated, vec![ChangedSeparator]),
            (2, options(5, "-", false, true), "-", Words::Unhyphenated, vec![]),
            (3, options(5, "", false, false), "-", Words::Unhyphenated, vec![ChangedSeparator]),
            (4, options(5, "", false, false), "", Words::All, vec![]),
        ];
        for (max, requested, separator, words, adjustments) in table {
            let (used, list, made) = adjust(&requested, &with_max_repeated(max)).unwrap();
            assert_eq!(
                (used.separator.as_str(), list, &made),
                (separator, words, &adjustments),
                "max {max}, {requested:?}"
            );
            assert!(worst_run(&used, list) <= max);
        }
    }

    #[test]
    fn worst_run_is_reached_by_real_joins() {
        let joined = |options: &PassphraseOptions, first: &str, second: &str| {
            let cap = |w: &str| if options.capitalize { capitalized(w) } else { w.to_owned() };
            longest_run(&format!("{}{}{}", cap(first), options.separator, cap(second)))
        };
        let plain = options(4, "", false, false);
        // The worst join: a word ending in a double, then one starting with the same double.
        assert_eq!(worst_run(&plain, Words::All), 4);
        assert_eq!(joined(&plain, "absentee", "eel"), 4);
        assert_eq!(joined(&plain, "anthill", "lake"), 3);
        assert_eq!(worst_run(&options(4, "-", false, false), Words::All), 2);
        assert_eq!(worst_run(&options(4, "", true, false), Words::NoDoubledLetters), 1);
        assert_eq!(joined(&options(4, "", true, false), "eagle", "eel"), 1);
    }

    #[test]
    fn max_repeated_that_no_separator_can_meet_is_unsatisfiable() {
        let letters_only: CharPredicate = Arc::new(|c: char| c.is_ascii_alphabetic());
        let req = PassphraseRequirements { allowed: Some(letters_only), ..with_max_repeated(1) };
        let err = adjust(&options(5, "", false, false), &req).unwrap_err();
        assert_eq!(err.unsatisfiable(), Some(&Unsatisfiable::UnavoidableRepeats { max: 1 }));
    }

    #[cfg(feature = "nfc")]
    #[test]
    fn a_separator_that_normalization_changes_is_replaced() {
        use unicode_normalization::UnicodeNormalization;
        let nfc: TextMap = Arc::new(|text: &str| text.nfc().collect());
        // U+037E (Greek question mark) is NFC ";": the separator would become ";;".
        let req = PassphraseRequirements { normalize: Some(nfc), ..with_max_repeated(1) };
        let (used, _, adjustments) = adjust(&options(5, ";\u{37e}", false, false), &req).unwrap();
        assert_eq!(used.separator, "-");
        assert!(adjustments.contains(&Adjustment::ChangedSeparator));
        // A combining mark would merge into the last letter of a word.
        let (used, _, _) = adjust(&options(5, "\u{301}", false, false), &req).unwrap();
        assert_eq!(used.separator, "-");
        // Separators NFC leaves alone are kept.
        let (used, _, adjustments) = adjust(&options(5, "\u{b7}", false, false), &req).unwrap();
        assert_eq!(
            (used.separator.as_str(), adjustments),
            ("\u{b7}", vec![Adjustment::SkippedDoubledLetters])
        );
        for _ in 0..50 {
            let generated = generate_for(&options(5, ";\u{37e}", false, false), &req, &mut OsRandom).unwrap();
            assert!(req.unmet(&generated.passphrase).is_none());
        }
    }

    #[test]
    fn no_word_is_one_repeated_character() {
        // `worst_run` relies on it: no run spans a whole word.
        assert!(Words::All.list().iter().all(|w| w.chars().any(|c| !w.starts_with(c))));
    }

    #[test]
    fn generated_passphrases_respect_max_repeated() {
        for max in [1, 2, 3] {
            for requested in
                [options(4, "", false, false), options(4, "", true, true), options(4, "-", false, true)]
            {
                for _ in 0..200 {
                    let generated = generate_for(&requested, &with_max_repeated(max), &mut OsRandom).unwrap();
                    assert!(longest_run(&generated.passphrase) <= max, "{}", generated.passphrase);
                }
            }
        }
        // Entropy counts the smaller list (without doubled letters, and without the hyphenated
        // words for a `-` separator).
        let generated =
            generate_for(&options(5, "-", false, false), &with_max_repeated(1), &mut OsRandom).unwrap();
        assert!((generated.entropy_bits - 5.0 * 6193f64.log2()).abs() < 1e-9);
        let generated =
            generate_for(&options(5, "", true, false), &with_max_repeated(1), &mut OsRandom).unwrap();
        assert!((generated.entropy_bits - 5.0 * 6197f64.log2()).abs() < 1e-9);
    }

    fn adjusted(options: &PassphraseOptions, preset: &str) -> (PassphraseOptions, Vec<Adjustment>) {
        let (_, req) = presets().into_iter().find(|(name, _)| *name == preset).unwrap();
        let (options, _, adjustments) = adjust(options, &req).unwrap();
        (options, adjustments)
    }

    #[test]
    fn presets_adjust_the_options_as_little_as_needed() {
        use Adjustment::*;
        let default = PassphraseOptions::default();
        // (preset, requested, expected options, adjustments)
        let table = [
            ("nist-800-63b-4", default.clone(), default.clone(), vec![]),
            (
                "nist-800-63b-4",
                options(3, "-", false, false),
                options(4, "-", false, false),
                vec![AddedWords],
            ),
            ("nist-800-63b-4", options(3, "", false, false), options(5, "", false, false), vec![AddedWords]),
            ("nist-800-63b-4-mfa", options(3, "", false, false), options(3, "", false, false), vec![]),
            ("owasp-asvs-5-l1", default.clone(), default.clone(), vec![]),
            // maxLength 128: twelve words of up to nine letters and eleven separators fit.
            (
                "owasp-asvs-5-l1",
                options(20, "-", false, false),
                options(12, "-", false, false),
                vec![RemovedWords],
            ),
            ("microsoft-entra", default.clone(), options(6, "-", true, false), vec![Capitalized]),
            // A space is a symbol, as the policy counts it: lower, upper and symbol make 3.
            (
                "microsoft-entra",
                options(6, " ", false, false),
                options(6, " ", true, false),
                vec![Capitalized],
            ),
            (
                "microsoft-entra",
                options(6, "", false, false),
                options(6, "", true, true),
                vec![Capitalized, AddedNumber],
            ),
            (
                "microsoft-entra",
                options(6, "·", false, false),
                options(6, "-", true, false),
                vec![ChangedSeparator, Capitalized],
            ),
            ("microsoft-entra", options(4, "", true, true), options(4, "", true, true), vec![]),
            ("pci-dss-4", default.clone(), options(6, "-", false, true), vec![AddedNumber]),
            (
                "pci-dss-4",
                options(3, "", false, false),
                options(4, "", false, true),
                vec![AddedNumber, AddedWords],
            ),
        ];
        for (preset, requested, expected, adjustments) in table {
            let (got, made) = adjusted(&requested, preset);
            assert_eq!((&got, &made), (&expected, &adjustments), "{preset}: {requested:?}");
        }
    }

    #[test]
    fn generated_passphrases_meet_every_preset() {
        let requests = [
            PassphraseOptions::default(),
            options(3, "", false, false),
            options(3, " ", false, false),
            options(20, "~~~", true, true),
            options(5, "·", false, false),
        ];
        for (preset, req) in presets() {
            for options in &requests {
                for _ in 0..100 {
                    let generated = generate_for(options, &req, &mut OsRandom).unwrap();
                    assert_eq!(req.unmet(&generated.passphrase), None, "{preset}: {}", generated.passphrase);
                    let (used, _, _) = adjust(options, &req).unwrap();
                    assert_eq!(generated.entropy_bits, super::super::entropy_bits(&used));
                    assert_eq!(generated.words, used.words);
                }
            }
        }
    }

    #[test]
    fn adjustments_reach_the_result_as_messages() {
        let (_, entra) = presets().into_iter().find(|(name, _)| *name == "microsoft-entra").unwrap();
        let generated = generate_for(&options(6, "", false, false), &entra, &mut OsRandom).unwrap();
        let json = serde_json::to_value(&generated).unwrap();
        assert_eq!(json["adjustments"][0]["code"], "capitalized");
        assert_eq!(json["adjustments"][1]["code"], "addedNumber");
        assert!(json["entropyBits"].as_f64().unwrap() > 77.5);
        assert!(Adjustment::ALL.iter().all(|a| a.to_string().ends_with('.')));
    }

    #[test]
    fn a_dash_separator_or_a_policy_without_dashes_leaves_out_the_hyphenated_words() {
        let no_dash: CharPredicate = Arc::new(|c: char| c != '-');
        let without_dash = PassphraseRequirements { allowed: Some(no_dash), ..Default::default() };
        let none = PassphraseRequirements::default();
        // (requested, requirements, separator used, words drawn from)
        let table = [
            (PassphraseOptions::default(), &none, "-", Words::Unhyphenated),
            (options(6, " ", false, false), &none, " ", Words::All),
            (options(6, "", false, false), &none, "", Words::All),
            // Once refused for `drop-down` and friends: every passphrase was impossible.
            (PassphraseOptions::default(), &without_dash, " ", Words::Unhyphenated),
            (options(6, "_", true, true), &without_dash, "_", Words::Unhyphenated),
        ];
        for (requested, req, separator, words) in table {
            let (used, list, _) = adjust(&requested, req).unwrap();
            assert_eq!((used.separator.as_str(), list), (separator, words), "{requested:?}");
            for _ in 0..300 {
                let generated = generate_for(&requested, req, &mut OsRandom).unwrap();
                assert_eq!(req.unmet(&generated.passphrase), None, "{}", generated.passphrase);
                let parts =
                    if separator.is_empty() { 6 } else { generated.passphrase.split(separator).count() };
                assert_eq!(parts, 6, "{}", generated.passphrase);
                let expected = super::super::generate::entropy_from(words, 6, used.include_number);
                assert_eq!(generated.entropy_bits, expected);
            }
        }
        assert!(
            (super::super::entropy_bits(&PassphraseOptions::default()) - 6.0 * 7772f64.log2()).abs() < 1e-9
        );
    }

    #[test]
    fn impossible_requirements_are_explained() {
        use Unsatisfiable::*;
        let symbols = SYMBOL_SEPARATORS.iter().map(|&s| s.to_owned()).collect();
        let table = [
            (
                PassphraseRequirements { min_length: 300, ..Default::default() },
                TooManyWords { min_length: 300, max_words: 20 },
            ),
            (
                PassphraseRequirements { max_length: Some(20), ..Default::default() },
                TooLong { words: 3, length: 29, max_length: 20 },
            ),
            (
                PassphraseRequirements { min_length: 40, max_length: Some(40), ..Default::default() },
                TooLong { words: 11, length: 109, max_length: 40 },
            ),
            (PassphraseRequirements { min_classes: 5, ..Default::default() }, TooManyClasses { required: 5 }),
            (PassphraseRequirements { need_caseless_letter: true, ..Default::default() }, CaselessLetter),
            (
                PassphraseRequirements { min_length: 40, max_bytes: Some(40), ..Default::default() },
                TooManyBytes { words: 11, bytes: 109, max_bytes: 40 },
            ),
            (
                PassphraseRequirements {
                    need_symbol: true,
                    allowed: Some(Arc::new(char::is_alphanumeric)),
                    ..Default::default()
                },
                NoSymbolSeparator { separators: symbols },
            ),
            (
                PassphraseRequirements {
                    need_digit: true,
                    allowed: Some(Arc::new(|c: char| !c.is_ascii_digit())),
                    ..Default::default()
                },
                DisallowedCharacter { character: "0".into() },
            ),
            (
                PassphraseRequirements { allowed: Some(Arc::new(|c: char| c != 'q')), ..Default::default() },
                DisallowedCharacter { character: "q".into() },
            ),
        ];
        for (req, reason) in table {
            let err = generate_for(&PassphraseOptions::default(), &req, &mut OsRandom).unwrap_err();
            assert_eq!(err.code(), "policyUnsatisfiable", "{req:?}");
            assert_eq!(err.unsatisfiable(), Some(&reason), "{req:?}");
            assert_eq!(err.to_string(), reason.to_string());
        }
        let err =
            generate_for(&options(2, "-", false, false), &PassphraseRequirements::default(), &mut OsRandom)
                .unwrap_err();
        assert_eq!(err.code(), "invalidOption");
        assert_eq!(err.unsatisfiable(), None);
    }

    #[test]
    fn max_bytes_removes_words_counting_a_separator_in_bytes() {
        // "·" (U+00B7) is one code point of 2 bytes: 6 words of up to 9 letters with 5 of them
        // are 59 characters but 64 bytes.
        let requested = options(6, "\u{b7}", false, false);
        let by_length = PassphraseRequirements { min_length: 15, max_length: Some(60), ..Default::default() };
        let by_bytes = PassphraseRequirements { min_length: 15, max_bytes: Some(60), ..Default::default() };
        let (used, _, made) = adjust(&requested, &by_length).unwrap();
        assert_eq!((used.words, made), (6, vec![]));
        let (used, _, made) = adjust(&requested, &by_bytes).unwrap();
        assert_eq!((used.words, made), (5, vec![Adjustment::RemovedWords]));
        for _ in 0..50 {
            let generated = generate_for(&requested, &by_bytes, &mut OsRandom).unwrap();
            assert!(generated.passphrase.len() <= 60, "{}", generated.passphrase.len());
            assert_eq!(by_bytes.unmet(&generated.passphrase), None);
        }
    }
}
