//! The response side of a breach lookup on a 2,000-row range body (`benches/data/range-sha1.txt`,
//! prefix 5BAA6, as the service returns it: sorted, CRLF).

use criterion::{criterion_group, Criterion, Throughput};
use passgate::breach::{lookup, parse_range, HashMode, RangeQuery};
use std::hint::black_box;

const RANGE: &str = include_str!("data/range-sha1.txt");

fn breach(c: &mut Criterion) {
    let mut group = c.benchmark_group("breach");
    group.throughput(Throughput::Bytes(RANGE.len() as u64));
    group.bench_function("parse_range/2000", |b| {
        b.iter(|| black_box(parse_range(black_box(RANGE), HashMode::Sha1).map(|rows| rows.len())));
    });
    let hit = RangeQuery::new("password", HashMode::Sha1);
    let miss = RangeQuery::new("correct horse battery staple", HashMode::Sha1);
    group.bench_function("lookup/2000/hit", |b| b.iter(|| black_box(lookup(black_box(RANGE), &hit))));
    group.bench_function("lookup/2000/miss", |b| b.iter(|| black_box(lookup(black_box(RANGE), &miss))));
    group.finish();
}

criterion_group!(benches, breach);

/// Runs only under `cargo bench` (which passes `--bench`): `cargo test --all-targets` builds this
/// target and would otherwise run every benchmark once in test mode.
fn main() {
    if std::env::args().any(|arg| arg == "--bench") {
        benches();
        Criterion::default().configure_from_args().final_summary();
    }
}
