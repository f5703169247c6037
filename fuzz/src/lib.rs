//! passgate's fuzz targets. The logic lives in [`harness`], which `tests/fuzz_corpus.rs` in the
//! main crate also includes, so the seed corpus and every kept crash input are replayed by
//! `cargo test` on stable Rust, without libFuzzer.

pub mod harness;
