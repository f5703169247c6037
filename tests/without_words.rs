//! The core built without its embedded word list (as the wasm binding builds it): passphrase
//! detection reports `pending` and finds no list words, and generation fails with
//! `wordsNotLoaded`, until a list is installed; a malformed list is refused with its line.
//! `cargo test --no-default-features --features nfc --test without_words` (`make test-rust`).
#![cfg(not(feature = "words"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failure is a test failure

use passgate::passphrase::wordlist::{self, WordListError};
use passgate::passphrase::{analyze, generate, OsRandom, PassphraseOptions};
use passgate::{Checker, CheckerOptions, Context};

const WORDS: &str = include_str!("../data/eff_large_wordlist.txt");

// One test: the installed list is process-wide, so the order "before" then "after" is the test.
#[test]
fn the_word_list_is_pending_until_installed() {
    assert!(!wordlist::loaded());
    let phrase = "Correct-Horse-Battery-Staple";
    let before = analyze(phrase);
    assert!(before.pending);
    assert!(before.is_passphrase, "being a passphrase does not depend on the list");
    assert_eq!((before.words, before.list_words), (4, 0));
    assert_eq!(before.separator.as_deref(), Some("-"));
    // Words run together are cut apart only with the list.
    assert_eq!(analyze("purpleelephantbattery").words, 1);

    let err = generate(&PassphraseOptions::default(), &mut OsRandom).unwrap_err();
    assert_eq!(err.code(), "wordsNotLoaded");
    let checker = Checker::new(CheckerOptions::default()).unwrap();
    let err = checker.generate_passphrase(&PassphraseOptions::default(), &mut OsRandom).unwrap_err();
    assert_eq!(err.code(), "wordsNotLoaded");
    assert!(checker.check(phrase, &Context::default()).passphrase.pending);

    // Malformed lists are refused, and leave the list unloaded.
    for (text, refused) in [
        ("", WordListError::BadLine { line: 1 }),
        ("abacus\n", WordListError::TooShort),
        ("abacus\nAbbey\n", WordListError::BadLine { line: 2 }),
        ("abbey\nabacus\n", WordListError::BadLine { line: 2 }),
        ("abacus\nabacus\n", WordListError::BadLine { line: 2 }),
        ("abacus\n\nabbey\n", WordListError::BadLine { line: 2 }),
        ("abacus\r\nabbey\r\n", WordListError::BadLine { line: 1 }),
    ] {
        assert_eq!(wordlist::install(text), Err(refused), "{text:?}");
        assert!(!wordlist::loaded());
    }

    wordlist::install(WORDS).unwrap();
    assert!(wordlist::loaded());
    assert_eq!(wordlist::words().len(), 7_776);
    assert_eq!((wordlist::shortest(), wordlist::longest()), (3, 9));
    let after = analyze(phrase);
    assert!(!after.pending);
    let on_list =
        ["correct", "horse", "battery", "staple"].iter().filter(|w| WORDS.lines().any(|l| l == **w)).count();
    assert!(on_list >= 3);
    assert_eq!((after.words, after.list_words as usize), (4, on_list));
    assert_eq!(analyze("purpleelephantbattery").words, 3);

    let generated = generate(&PassphraseOptions::default(), &mut OsRandom).unwrap();
    assert!((generated.entropy_bits - 6.0 * 7772f64.log2()).abs() < 1e-9);
    let report = checker.check(&generated.passphrase, &Context::default());
    assert!(report.passphrase.generated.is_some(), "{}", generated.passphrase);
    assert!(checker.generate_passphrase(&PassphraseOptions::default(), &mut OsRandom).is_ok());

    // A second list changes nothing.
    wordlist::install("abacus\nzoom\n").unwrap();
    assert_eq!(wordlist::words().len(), 7_776);
}
