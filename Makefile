# passgate: `make demo` builds everything and serves the demo; `make test` runs every test.
# Both install what they need and are idempotent.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(HOME)/.cargo/bin:$(PATH)

WASM_TARGET := wasm32-unknown-unknown
# The CLI must match the library exactly; the version lives in one place, Cargo.toml.
WASM_BINDGEN_VERSION := $(shell sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)
RUST_SOURCES := $(shell find src -name '*.rs') Cargo.toml $(wildcard Cargo.lock)
PKG_SOURCES := $(wildcard pkg/src/*.ts pkg/src/i18n/*.ts pkg/src/lite/*.ts) pkg/tsconfig.json pkg/package.json
WASM_OPT := node_modules/.bin/wasm-opt
WASM_OPT_FLAGS := -O3 --strip-debug --strip-producers --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue
PORT ?= 8080
# Fuzzing (fuzz/, its own crate): `make fuzz` runs each target for FUZZ_SECONDS; `make test`
# runs each for FUZZ_SMOKE_SECONDS. `-s none`: no sanitizer, because -Zsanitizer needs nightly
# and passgate's natively compiled code is safe Rust (the one `unsafe` block, the wiping
# allocator, exists only in the wasm build); panics and failed assertions are what we look for.
FUZZ_TARGETS := policy_config range_response check passphrase_generate passphrase_analyze
FUZZ_SECONDS ?= 600
FUZZ_SMOKE_SECONDS ?= 15
FUZZ_FLAGS := -max_len=4096

.PHONY: demo test bench bench-rust corpus pkg sizes tools-rust tools-node tools-browser tools-fuzz tools-deny test-rust test-node test-browser test-bundlers test-types test-parity test-range-server test-fuzz-smoke test-deny fuzz audit lint clean

## demo: build the package and serve the demo page at http://127.0.0.1:$(PORT)
demo: pkg
	node scripts/serve.mjs --port $(PORT)

## test: every test (Rust, Node against the packed package, headless Chromium, bundlers, types,
## parity, a short fuzz run, dependency licenses and sources)
test: test-rust test-node test-browser test-bundlers test-types test-parity test-range-server test-fuzz-smoke test-deny

## pkg: build the npm package into pkg/dist
pkg: pkg/dist/.built

## sizes: raw / gzip / brotli sizes of the full and lite wasm, as a Markdown table
## (`node scripts/sizes.mjs --check` also fails when lite is over its 100 KB brotli budget)
sizes: pkg
	node scripts/sizes.mjs

tools-rust:
	@rustup target list --installed | grep -qx $(WASM_TARGET) || rustup target add $(WASM_TARGET)
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $(WASM_BINDGEN_VERSION)" ]; then \
	  echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (without --locked: see DESIGN notes)"; \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --force; \
	fi

tools-fuzz:
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked

tools-deny:
	@command -v cargo-deny >/dev/null || cargo install cargo-deny --locked

tools-node: node_modules/.installed

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

tools-browser:
	@command -v chromium >/dev/null || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium; }

target/wasm/passgate.wasm: $(RUST_SOURCES) | tools-rust
	cargo build --release --target $(WASM_TARGET) --lib
	@mkdir -p target/wasm
	cp target/$(WASM_TARGET)/release/passgate.wasm $@

pkg/src/wasm/passgate_bg.wasm: target/wasm/passgate.wasm | tools-rust tools-node
	wasm-bindgen --target web --weak-refs --out-dir pkg/src/wasm --out-name passgate $<
	$(WASM_OPT) $(WASM_OPT_FLAGS) $@ -o $@

# passgate/lite: the crate without its `strength` feature (no zxcvbn dictionaries).
target/wasm/passgate-lite.wasm: $(RUST_SOURCES) | tools-rust
	cargo build --release --target $(WASM_TARGET) --lib --no-default-features
	@mkdir -p target/wasm
	cp target/$(WASM_TARGET)/release/passgate.wasm $@

pkg/src/lite/wasm/passgate_bg.wasm: target/wasm/passgate-lite.wasm | tools-rust tools-node
	wasm-bindgen --target web --weak-refs --out-dir pkg/src/lite/wasm --out-name passgate $<
	$(WASM_OPT) $(WASM_OPT_FLAGS) $@ -o $@

pkg/src/types/index.ts: $(RUST_SOURCES)
	rm -rf pkg/src/types
	TS_RS_EXPORT_DIR=$(CURDIR)/pkg/src/types TS_RS_IMPORT_EXTENSION=js \
	  cargo test --quiet --features typescript --lib export_bindings >target/types.log 2>&1 || { cat target/types.log; exit 1; }
	node scripts/types-index.mjs pkg/src/types

pkg/dist/.built: pkg/src/wasm/passgate_bg.wasm pkg/src/lite/wasm/passgate_bg.wasm pkg/src/types/index.ts $(PKG_SOURCES) | tools-node
	rm -rf pkg/dist
	node_modules/.bin/tsc -p pkg
	mkdir -p pkg/dist/wasm
	cp pkg/src/wasm/passgate.js pkg/src/wasm/passgate.d.ts pkg/src/wasm/passgate_bg.wasm pkg/dist/wasm/
	mkdir -p pkg/dist/lite/wasm
	cp pkg/src/lite/wasm/passgate.js pkg/src/lite/wasm/passgate.d.ts pkg/src/lite/wasm/passgate_bg.wasm pkg/dist/lite/wasm/
	cp NOTICE LICENSE-MIT LICENSE-APACHE pkg/dist/
	@touch $@

## bench: passgate vs zxcvbn 4.4.2 and @zxcvbn-ts/core in Node and headless Chromium;
## writes bench/report.md, bench/report.json, bench/plot.svg and the README's table
bench: pkg | tools-browser tools-node
	node bench/run.mjs

## bench-rust: criterion benches of the Rust core (not part of `make test`)
bench-rust:
	cargo bench

## corpus: regenerate benches/data/ (deterministic)
corpus:
	node scripts/make-corpus.mjs

test-rust:
	cargo fmt --check
	cargo test --all-targets
	cargo test --doc
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target $(WASM_TARGET) --lib -- -D warnings
	cargo clippy --all-targets --no-default-features -- -D warnings
	cargo clippy --target $(WASM_TARGET) --lib --no-default-features -- -D warnings
	cargo test --no-default-features --lib

test-node: pkg
	node scripts/test-packed.mjs

test-browser: pkg | tools-browser tools-node
	node --test tests/browser/

## test-bundlers: the packed package in Node ESM, Vite (dev + build), webpack 5 and a plain page
test-bundlers: pkg | tools-browser tools-node
	node --test --test-concurrency=1 tests/bundlers/

## test-types: tsc --strict over tests/types/consumer.ts against the packed package
test-types: pkg | tools-node
	node --test tests/types/

## test-parity: one corpus through the native crate, Node and Chromium: identical reports
test-parity: pkg | tools-browser tools-node
	node --test tests/parity/

## test-range-server: the local breach range server (scripts/range-server.mjs) on the sample corpus
test-range-server:
	node --test tests/range-server/

## fuzz: every fuzz target for FUZZ_SECONDS (default 600) each; new inputs go to
## fuzz/target/corpus/<target>, crashes to fuzz/artifacts/<target>
fuzz: | tools-fuzz
	@for target in $(FUZZ_TARGETS); do \
	  mkdir -p fuzz/target/corpus/$$target; \
	  echo "fuzz $$target for $(FUZZ_SECONDS) s"; \
	  status=0; cargo fuzz run -s none --fuzz-dir fuzz $$target fuzz/target/corpus/$$target fuzz/corpus/$$target \
	    -- $(FUZZ_FLAGS) -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 >fuzz/target/$$target.log 2>&1 || status=$$?; \
	  grep -E '^(stat::number_of_executed_units|Done [0-9]+ runs)' fuzz/target/$$target.log || true; \
	  if [ $$status -ne 0 ]; then tail -40 fuzz/target/$$target.log; echo "fuzz $$target failed: input in fuzz/artifacts/$$target"; exit 1; fi; \
	done

## test-fuzz-smoke: a short run of every fuzz target (the seed corpus is also replayed by cargo test)
test-fuzz-smoke:
	$(MAKE) fuzz FUZZ_SECONDS=$(FUZZ_SMOKE_SECONDS)

## test-deny: dependency licenses, bans and sources (offline)
test-deny: | tools-deny
	cargo deny check licenses bans sources

## audit: RustSec advisories (fetches the advisory database: needs the network)
audit: | tools-deny
	cargo deny check advisories

clean:
	rm -rf target/wasm pkg/dist pkg/src/wasm pkg/src/lite/wasm pkg/src/types
