//! Fuzz target `strength`: see `fuzz/src/harness.rs` for what it drives and asserts.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| passgate_fuzz::harness::strength(data));
