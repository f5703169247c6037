//! What each fuzz target does with its input, and the invariants it asserts.
//!
//! Shared by the libFuzzer targets (`fuzz/fuzz_targets/*.rs`) and by the main crate's
//! `tests/fuzz_corpus.rs`, which replays `fuzz/corpus/<target>/*` on stable Rust. A panic here
//! is a finding: either passgate panicked, or an invariant below does not hold.
//!
//! Inputs are raw bytes; text is read with `String::from_utf8_lossy`, so every input reaches the
//! code under test (JS strings become valid UTF-8 at the boundary, lone surrogates as U+FFFD).

use passgate::breach::{
    decide, lookup, parse_range, BreachResult, FetchOutcome, HashMode, RangeCache, RangeQuery,
};
use passgate::passphrase::{self, PassphraseOptions, RandomError, RandomSource};
use passgate::policy::{presets, RuleId};
use std::sync::OnceLock;

use passgate::{decode_json, Checker, CheckerOptions, Context, PolicyConfig};

/// Rules whose result a generated passphrase is guaranteed to pass: what
/// `Policy::passphrase_requirements` describes.
fn guaranteed_for_passphrases(rule: &RuleId) -> bool {
    rule.is_composition()
}

/// Deterministic randomness: the input's bytes as little-endian `u32`s, then a SplitMix64
/// stream seeded by what was consumed, so generation always completes.
pub struct ByteRandom<'a> {
    bytes: &'a [u8],
    state: u64,
}

impl<'a> ByteRandom<'a> {
    /// Draws from `bytes` first.
    pub fn new(bytes: &'a [u8]) -> Self {
        Self { bytes, state: 0x9E37_79B9_7F4A_7C15 }
    }
}

impl RandomSource for ByteRandom<'_> {
    fn next_u32(&mut self) -> Result<u32, RandomError> {
        if let Some((chunk, rest)) = self.bytes.split_first_chunk::<4>() {
            self.bytes = rest;
            let value = u32::from_le_bytes(*chunk);
            self.state ^= u64::from(value);
            return Ok(value);
        }
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Ok(((z ^ (z >> 31)) >> 32) as u32)
    }
}

/// The checker for policy number `selector` (modulo their number), built once: every preset,
/// then `maxRepeated` 1 and 2.
fn preset_checker(selector: u8) -> Option<&'static Checker> {
    static CHECKERS: OnceLock<Vec<Checker>> = OnceLock::new();
    let checkers = CHECKERS.get_or_init(|| {
        let mut policies: Vec<PolicyConfig> = presets()
            .iter()
            .map(|preset| PolicyConfig { preset: Some(preset.id.to_owned()), ..PolicyConfig::default() })
            .collect();
        // Custom policies that limit repeats, which the generator must also meet.
        policies.extend(
            [1, 2].map(|max| PolicyConfig { max_repeated: Some(Some(max)), ..PolicyConfig::default() }),
        );
        policies
            .into_iter()
            .filter_map(|policy| {
                Checker::new(CheckerOptions { policy: Some(policy), ..CheckerOptions::default() }).ok()
            })
            .collect()
    });
    checkers.get(usize::from(selector) % checkers.len().max(1))
}

/// Every report invariant for one password.
fn assert_report_invariants(checker: &Checker, password: &str, context: &Context) {
    let report = checker.check(password, context);
    assert_eq!(report.ok, report.violations.is_empty(), "ok == violations.is_empty()");
    assert_eq!(report.rules.iter().filter(|rule| !rule.passed).count(), report.violations.len());
    assert_eq!(report.length as usize, checker.normalize(password).chars().count(), "length in code points");
    assert_eq!(
        report.strength.is_some(),
        cfg!(feature = "strength"),
        "a strength estimate exactly with the feature"
    );
    if let Some(strength) = &report.strength {
        assert!(strength.score <= 4);
        assert!(strength.guesses_log10.is_finite() && strength.guesses_log10 >= 0.0);
    }
    let again = checker.check(password, context);
    // The whole report, strength included (the zxcvbn crate's estimate was not deterministic:
    // `regression-zxcvbn-nondeterministic` in the corpus keeps the input that showed it).
    assert_eq!(report, again, "check is deterministic");
    let score = report.strength.as_ref().map(|strength| strength.score);
    let policy = checker.policy().check(&checker.policy().prepare(password), context, score);
    let rules = |violations: &[passgate::policy::Violation]| -> Vec<RuleId> {
        violations.iter().map(|v| v.rule).collect()
    };
    assert_eq!(
        rules(&policy.violations),
        rules(&report.violations),
        "Policy::check agrees with Checker::check"
    );
    assert!(serde_json::to_string(&report).is_ok());
}

/// `policy_config`: JSON → `decode_json::<CheckerOptions>` → `Checker::new`; a checker that
/// builds must check a few passwords, describe itself and generate a passphrase that passes its
/// own composition rules.
pub fn policy_config(data: &[u8]) {
    let json = String::from_utf8_lossy(data);
    let _ = decode_json::<Context>("context", &json);
    let _ = decode_json::<PassphraseOptions>("options", &json);
    let Ok(options) = decode_json::<CheckerOptions>("options", &json) else { return };
    let Ok(checker) = Checker::new(options) else { return };
    assert!(serde_json::to_string(&checker.policy().describe()).is_ok());
    for password in ["", "password", "Tr0ub4dour&3", "correct horse battery staple", "\u{301}é😀"] {
        assert_report_invariants(&checker, password, &Context::default());
    }
    let mut rng = ByteRandom::new(data);
    if let Ok(generated) = checker.generate_passphrase(&PassphraseOptions::default(), &mut rng) {
        let report = checker.check(&generated.passphrase, &Context::default());
        for violation in &report.violations {
            assert!(
                !guaranteed_for_passphrases(&violation.rule),
                "generated {:?} breaks {}: {}",
                generated.passphrase,
                violation.rule.code(),
                violation.message
            );
        }
    }
}

/// `range_response`: the first byte picks the hash mode and the password whose suffix is looked
/// up; the rest is the response body. `parse_range`, `lookup`, `decide` and the cache must
/// agree with each other.
pub fn range_response(data: &[u8]) {
    let Some((&selector, body)) = data.split_first() else { return };
    let body = String::from_utf8_lossy(body);
    let mode = if selector & 1 == 0 { HashMode::Sha1 } else { HashMode::Ntlm };
    let password =
        ["password", "P@ssw0rd", "", "123456"].get(usize::from(selector >> 1) % 4).copied().unwrap_or("");
    let query = RangeQuery::new(password, mode);

    let parsed = parse_range(&body, mode);
    let looked_up = lookup(&body, &query);
    assert_eq!(parsed.is_ok(), looked_up.is_ok(), "parse_range and lookup agree on validity");
    if let (Ok(rows), Ok(count)) = (&parsed, &looked_up) {
        assert!(!rows.is_empty());
        let expected = rows
            .iter()
            .filter(|row| row.suffix.eq_ignore_ascii_case(query.suffix()))
            .map(|row| row.count)
            .max()
            .unwrap_or(0);
        assert_eq!(*count, expected, "lookup returns the largest count of the suffix");
        for row in rows {
            assert_eq!(row.suffix.len(), mode.suffix_len());
        }
    }
    let verdict = decide(&query, FetchOutcome::Response { status: 200, body: body.to_string() });
    match (&looked_up, &verdict) {
        (Ok(0), BreachResult::Clear) => {}
        (Ok(n), BreachResult::Breached { count }) => assert_eq!(n, count),
        (Err(_), BreachResult::Unknown { .. }) => {}
        _ => panic!("decide disagrees with lookup: {looked_up:?} vs {verdict:?}"),
    }
    let mut cache = RangeCache::default();
    assert_eq!(cache.insert_if_valid(mode, query.prefix(), &body), parsed.is_ok());
}

/// `check`: the first byte picks a preset; the rest, split on NUL, is the password, then
/// username, e-mail, first name, last name, tenant and any number of `userInputs`.
pub fn check(data: &[u8]) {
    let Some((&selector, rest)) = data.split_first() else { return };
    let Some(checker) = preset_checker(selector) else { return };
    let text = String::from_utf8_lossy(rest);
    let mut fields = text.split('\0');
    let password = fields.next().unwrap_or_default();
    let mut field = || fields.next().map(str::to_owned);
    let context = Context {
        username: field(),
        email: field(),
        first_name: field(),
        last_name: field(),
        tenant: field(),
        user_inputs: std::iter::from_fn(field).collect(),
    };
    assert_report_invariants(checker, password, &context);
    let _ = passgate::breach::without_lookup(password);
    let query = checker.breach().query(password);
    assert_eq!(query.prefix().len(), passgate::breach::PREFIX_LEN);
}

/// `passphrase_generate`: JSON options up to the first NUL byte, random bytes after it; the
/// first random byte also picks a preset for `generate_for`.
pub fn passphrase_generate(data: &[u8]) {
    let split = data.iter().position(|&b| b == 0).unwrap_or(data.len());
    let (json, random) = data.split_at(split);
    let random = random.get(1..).unwrap_or_default();
    let Ok(options) = decode_json::<PassphraseOptions>("options", &String::from_utf8_lossy(json)) else {
        return;
    };
    if let Ok(generated) = passphrase::generate(&options, &mut ByteRandom::new(random)) {
        assert_eq!(generated.words, options.words);
        assert!(generated.entropy_bits.is_finite() && generated.entropy_bits > 0.0);
        assert!((generated.entropy_bits - passphrase::entropy_bits(&options)).abs() < 1e-9);
        assert!(generated.adjustments.is_empty());
        let report = passphrase::analyze(&generated.passphrase);
        assert!(report.words <= u32::try_from(generated.passphrase.chars().count()).unwrap_or(u32::MAX));
    }
    let Some(checker) = preset_checker(random.first().copied().unwrap_or(0)) else { return };
    if let Ok(generated) = checker.generate_passphrase(&options, &mut ByteRandom::new(random)) {
        let report = checker.check(&generated.passphrase, &Context::default());
        for violation in &report.violations {
            assert!(
                !guaranteed_for_passphrases(&violation.rule),
                "generated {:?} breaks {}",
                generated.passphrase,
                violation.rule.code()
            );
        }
    }
}

/// `passphrase_analyze`: any text through `analyze` and `looks_generated`.
pub fn passphrase_analyze(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let report = passphrase::analyze(&text);
    let chars = text.chars().count();
    assert!(report.list_words as usize <= chars);
    assert!(report.words as usize <= chars);
    assert!(!report.is_passphrase || (report.words >= 3 && chars >= 15));
    let shape = passphrase::looks_generated(&text);
    assert_eq!(shape, report.generated, "analyze reports looks_generated");
    if let Some(shape) = shape {
        assert!(shape.words >= 3 && shape.entropy_bits.is_finite());
    }
}

/// `strength`: the estimator on arbitrary text. Input: a year offset byte, then the password,
/// then `\0`-separated user inputs. Asserts the estimate's own invariants, that only the first
/// `ANALYZED_UNITS` UTF-16 units count (the cost bound), and, for passwords short enough that
/// the literal model is affordable, that the engine's l33t matches and search equal the literal
/// model's (`passgate::strength::reference`).
#[cfg(feature = "strength")]
pub fn strength(data: &[u8]) {
    use passgate::strength::{self, data::embedded, reference, ANALYZED_UNITS};
    let Some((&year, rest)) = data.split_first() else { return };
    let year = 1990 + i32::from(year % 64);
    let text = String::from_utf8_lossy(rest);
    let mut parts = text.split('\0');
    let password = parts.next().unwrap_or_default();
    let inputs: Vec<&str> = parts.take(8).collect();
    let estimate = strength::estimate(password, inputs.iter().copied(), year);
    assert!(estimate.score <= 4);
    assert!(
        estimate.guesses_log10.is_finite() && estimate.guesses_log10 >= 0.0,
        "{}",
        estimate.guesses_log10
    );
    if estimate.score > 2 {
        assert!(estimate.feedback.warning.is_none() && estimate.feedback.suggestions.is_empty());
    } else {
        assert!(!estimate.feedback.suggestions.is_empty(), "a weak password gets a suggestion");
    }
    assert_eq!(estimate, strength::estimate(password, inputs.iter().copied(), year), "deterministic");
    let units: Vec<u16> = password.encode_utf16().collect();
    if units.len() > ANALYZED_UNITS {
        let mut end = 0;
        for (at, c) in password.char_indices() {
            if password[..at].encode_utf16().count() + c.len_utf16() > ANALYZED_UNITS {
                break;
            }
            end = at + c.len_utf8();
        }
        let head = &password[..end];
        assert_eq!(
            estimate,
            strength::estimate(head, inputs.iter().copied(), year),
            "only the analyzed units count"
        );
    } else if units.len() <= 40 {
        let checked = reference::differential(embedded(), password, &inputs, year);
        assert_eq!(checked, Ok(()), "{password:?}");
    }
}
