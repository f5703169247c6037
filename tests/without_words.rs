//! The core built without its on-demand lists (as the wasm binding builds it): passphrase
//! detection reports `pending` and finds no list words, and generation fails with
//! `wordsNotLoaded`, until the EFF list is installed; a policy whose minimum length is under 8
//! is refused with `listNotLoaded` until the blocklist's short entries are. A malformed list is
//! refused with its line.
//! `cargo test --no-default-features --features nfc --test without_words` (`make test-rust`).
#![cfg(not(feature = "words"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failure is a test failure

use passgate::passphrase::wordlist::{self, WordListError};
use passgate::passphrase::{analyze, generate, OsRandom, PassphraseOptions};
use passgate::policy::blocklist::{self, ShortListError};
use passgate::{decode_json, Checker, CheckerOptions, Context};

const WORDS: &str = include_str!("../data/eff_large_wordlist.txt");

/// `text`'s lines front-coded as the installers read them (each line: `'0'` + the bytes it
/// shares with the line before, then the rest), as the npm package ships its lists.
fn pack(text: &str) -> String {
    let mut packed = String::new();
    let mut previous = "";
    for line in text.strip_suffix('\n').unwrap_or(text).split('\n') {
        let shared: usize =
            previous.chars().zip(line.chars()).take_while(|(a, b)| a == b).map(|(a, _)| a.len_utf8()).sum();
        packed.push(char::from(b'0' + u8::try_from(shared).unwrap()));
        packed.push_str(line.get(shared..).unwrap());
        packed.push('\n');
        previous = line;
    }
    packed
}

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
        ("abacus\n", WordListError::WrongCount { found: 1 }),
        ("abacus\nabbey\n", WordListError::WrongCount { found: 2 }),
        ("abacus\nAbbey\n", WordListError::BadLine { line: 2 }),
        ("abbey\nabacus\n", WordListError::BadLine { line: 2 }),
        ("abacus\nabacus\n", WordListError::BadLine { line: 2 }),
        ("abacus\n\nabbey\n", WordListError::BadLine { line: 2 }),
        // (A CR before each newline is read as part of it.)
        ("abacus\r\nabbey\r\n", WordListError::WrongCount { found: 2 }),
        ("abacus\rabbey\n", WordListError::BadLine { line: 1 }),
    ] {
        assert_eq!(wordlist::install(&pack(text)), Err(refused), "{text:?}");
        assert!(!wordlist::loaded());
    }

    // Plain text is not the packed form.
    assert_eq!(wordlist::install(WORDS), Err(WordListError::BadLine { line: 1 }));
    assert_eq!(pack("abacus\nabbey\nzoom\n"), "0abacus\n2bey\n0zoom\n");
    wordlist::install(&pack(WORDS)).unwrap();
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
    wordlist::install(&pack("abacus\nzoom\n")).unwrap();
    assert_eq!(wordlist::words().len(), 7_776);
}

fn options(json: &str) -> CheckerOptions {
    decode_json("options", json).unwrap()
}

fn violations(checker: &Checker, password: &str) -> Vec<String> {
    let report = checker.check(password, &Context::default());
    let json = serde_json::to_value(&report.violations).unwrap();
    json.as_array().unwrap().iter().map(|v| v["code"].as_str().unwrap().to_owned()).collect()
}

// One test: the installed list is process-wide.
#[test]
fn a_short_minimum_length_needs_the_short_entries() {
    // Every preset's minimum is 8 or more: the main part is the whole list for them.
    Checker::new(CheckerOptions::default()).unwrap();
    let asvs = Checker::new(options(r#"{"policy":{"preset":"owasp-asvs-5-l1"}}"#)).unwrap();
    assert_eq!(violations(&asvs, "password"), ["commonPassword"]);
    assert_eq!(violations(&asvs, "baseball"), ["commonPassword"]);

    let short = r#"{"policy":{"preset":"owasp-asvs-5-l1","minLength":6}}"#;
    let err = Checker::new(options(short)).expect_err("the short entries are not in");
    assert_eq!(err.code(), "listNotLoaded");
    assert!(err.to_string().starts_with("options.policy.minLength:"), "{err}");
    // Without the blocklist, nothing is needed.
    Checker::new(options(r#"{"policy":{"preset":"owasp-asvs-5-l1","minLength":6,"blocklist":false}}"#))
        .unwrap();

    for (text, refused) in [
        ("", ShortListError::BadLine { line: 1 }),
        ("qwerty\npassword\n", ShortListError::BadLine { line: 2 }),
        ("qwerty\n\n", ShortListError::BadLine { line: 2 }),
        ("qwerty\n123456\n", ShortListError::WrongCount { found: 2 }),
    ] {
        assert_eq!(blocklist::install_short(&pack(text)), Err(refused), "{text:?}");
    }
    assert_eq!(Checker::new(options(short)).unwrap_err().code(), "listNotLoaded");

    let source = include_str!("../data/common-passwords.txt");
    let entries: Vec<&str> = source.lines().filter(|e| e.chars().count() < blocklist::SHORT).collect();
    let mut sorted = entries.clone();
    sorted.sort_unstable();
    blocklist::install_short(&pack(&(sorted.join("\n") + "\n"))).unwrap();
    let checker = Checker::new(options(short)).unwrap();
    assert_eq!(violations(&checker, "qwerty"), ["commonPassword"]);
    assert_eq!(violations(&checker, "Tr!gger"), ["commonPassword"]);
    assert_eq!(violations(&checker, "baseball"), ["commonPassword"]);
    assert!(violations(&checker, "kq7#mz").is_empty());
}
