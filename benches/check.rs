//! Per-keystroke paths over the corpus: the whole checker, the policy alone, the strength alone.
//! Throughput is per password, so criterion prints the time of one check.

use criterion::{criterion_group, Criterion, Throughput};
use passgate::{Checker, CheckerOptions, Context, Policy, PolicyConfig};
use std::hint::black_box;

/// 1,000 realistic passwords, one per line (written by `scripts/make-corpus.mjs`).
const CORPUS: &str = include_str!("data/corpus.txt");

fn context() -> Context {
    Context {
        email: Some("alice.smith@contoso.com".into()),
        first_name: Some("Alice".into()),
        last_name: Some("Smith".into()),
        tenant: Some("Contoso".into()),
        ..Context::default()
    }
}

fn checker(preset: &str) -> Checker {
    let policy = PolicyConfig { preset: Some(preset.into()), ..PolicyConfig::default() };
    match Checker::new(CheckerOptions { policy: Some(policy), ..CheckerOptions::default() }) {
        Ok(checker) => checker,
        Err(error) => unreachable!("preset {preset}: {error}"),
    }
}

fn per_password(c: &mut Criterion, name: &str, mut f: impl FnMut(&str)) {
    let passwords: Vec<&str> = CORPUS.lines().collect();
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Elements(passwords.len() as u64));
    group.bench_function("corpus", |b| {
        b.iter(|| {
            for password in &passwords {
                f(black_box(password));
            }
        });
    });
    group.finish();
}

fn checker_check(c: &mut Criterion) {
    let context = context();
    for preset in ["nist-800-63b-4", "microsoft-entra"] {
        let checker = checker(preset);
        per_password(c, &format!("checker_check/{preset}"), |password| {
            black_box(checker.check(password, &context));
        });
    }
}

fn policy_check(c: &mut Criterion) {
    let context = context();
    // No minScore, so no strength score is needed.
    let config = PolicyConfig { min_score: Some(None), ..PolicyConfig::default() };
    let policy = match Policy::from_config(config) {
        Ok(policy) => policy,
        Err(error) => unreachable!("{error}"),
    };
    per_password(c, "policy_check", |password| {
        black_box(policy.check(&policy.prepare(password), &context, None));
    });
}

fn strength_estimate(c: &mut Criterion) {
    let context = context();
    let inputs: Vec<&str> = context.inputs().collect();
    per_password(c, "strength_estimate", |password| {
        black_box(passgate::strength::estimate(password, inputs.iter().copied(), YEAR));
    });
    // The `zxcvbn` crate on the same corpus, for comparison (dev-dependency only).
    per_password(c, "zxcvbn_crate", |password| {
        black_box(zxcvbn::zxcvbn(password, &inputs));
    });
}

/// Dates and years are measured from a fixed year, so runs compare.
const YEAR: i32 = 2026;

/// Long inputs, split by stage so a slow one shows where the time goes.
fn worst_case(c: &mut Criterion) {
    let paste = "the quick brown fox jumps over the lazy dog ".repeat(1 << 20 >> 6);
    let digits: String =
        (0..4000u32).map(|i| char::from(b'0' + u8::try_from(i * 7 % 10).unwrap_or(0))).collect();
    let context = context();
    let checker = checker("nist-800-63b-4");
    let mut group = c.benchmark_group("worst_case");
    group.sample_size(10);
    for (name, input) in [("paste-1mb", paste.as_str()), ("digits-4000", digits.as_str())] {
        group.bench_function(format!("checker_check/{name}"), |b| {
            b.iter(|| checker.check(black_box(input), &context))
        });
        group.bench_function(format!("normalize/{name}"), |b| b.iter(|| checker.normalize(black_box(input))));
        let candidate = checker.policy().prepare(input);
        group.bench_function(format!("policy_check_prepared/{name}"), |b| {
            b.iter(|| checker.policy().check(black_box(&candidate), &context, Some(0)));
        });
        group.bench_function(format!("strength_analyze/{name}"), |b| {
            b.iter(|| passgate::strength::analyze(black_box(input), context.inputs(), YEAR));
        });
        group.bench_function(format!("passphrase_analyze/{name}"), |b| {
            b.iter(|| passgate::passphrase::analyze(black_box(input)));
        });
    }
    group.finish();
}

criterion_group!(benches, checker_check, policy_check, strength_estimate, worst_case);

/// Runs only under `cargo bench` (which passes `--bench`): `cargo test --all-targets` builds this
/// target and would otherwise run every benchmark once in test mode.
fn main() {
    if std::env::args().any(|arg| arg == "--bench") {
        benches();
        Criterion::default().configure_from_args().final_summary();
    }
}
