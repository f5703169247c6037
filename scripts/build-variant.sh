#!/usr/bin/env bash
# Builds pkg/dist again into DIR (laid out like pkg/dist) with the strength module, the hot
# path, at another opt-level, for `BENCH_VARIANTS="NAME=DIR" node bench-js/run.mjs`. The policy
# module and the JS are copied from pkg/dist: needs `make pkg` first.
# Usage: scripts/build-variant.sh OPT_LEVEL WASM_OPT_LEVEL DIR   e.g.  z -Oz target/variant-oz/dist
set -euo pipefail
opt=$1 wasm_opt=$2 out=$3
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR=target/variant-$opt
CARGO_PROFILE_WASM_ENGINE_OPT_LEVEL=$opt cargo build --profile wasm-engine --target wasm32-unknown-unknown -p passgate-wasm --lib --features engine
rm -rf "$out" && mkdir -p "$out" && cp -r pkg/dist/. "$out"/
wasm-bindgen --target web --weak-refs --out-dir "$out/engine" --out-name passgate "$CARGO_TARGET_DIR/wasm32-unknown-unknown/wasm-engine/passgate_wasm.wasm"
flags=$(sed -n 's/^WASM_OPT_FLAGS := -O3 //p' Makefile)
# shellcheck disable=SC2086 # flags are words
node_modules/.bin/wasm-opt "$wasm_opt" $flags "$out/engine/passgate_bg.wasm" -o "$out/engine/passgate_bg.wasm"
ls -l "$out/engine/passgate_bg.wasm"
