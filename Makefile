# passgate: `make demo` builds everything and serves the demo; `make test` runs every test.
# Both install what they need and are idempotent. Every recipe that uses a tool depends
# (order-only) on the tools-* target that installs it, so any target, first or alone, works on a
# fresh machine; `make test-make` checks that plan with `make -n` and every tool reported absent.
# The $(shell ...) calls below run even under `make -n`: they only read (sed, find, cargo metadata).

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
# `cargo install` puts the CLIs in $CARGO_HOME/bin (default ~/.cargo/bin, where rustup puts cargo).
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(CARGO_BIN):$(PATH)

WASM_TARGET := wasm32-unknown-unknown
# The CLI must match the library exactly; the version lives in one place, wasm/Cargo.toml.
WASM_BINDGEN_VERSION := $(shell sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' wasm/Cargo.toml)
# The crate compiled to the npm package's wasm module (wasm/: the JS boundary over the core).
WASM_CRATE := passgate-wasm
CARGO_ABOUT_VERSION := 0.9.3
# Cargo's target directory as cargo resolves it (CARGO_TARGET_DIR, build.target-dir, else ./target).
# (GNU make 4.3 runs $(shell) with the PATH make started with, hence the explicit one.)
CARGO_TARGET := $(shell PATH='$(CARGO_BIN)':"$$PATH" cargo metadata --format-version 1 --no-deps --offline 2>/dev/null | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
CARGO_TARGET := $(or $(CARGO_TARGET),$(CARGO_TARGET_DIR),$(CURDIR)/target)
# Our copies of the two wasm modules as cargo built them (before wasm-bindgen and wasm-opt).
WASM_DIR := $(CARGO_TARGET)/wasm
RUST_SOURCES := $(shell find src wasm/src -name '*.rs') Cargo.toml wasm/Cargo.toml $(wildcard Cargo.lock) $(wildcard data/*.txt data/strength/*)
PKG_SOURCES := $(wildcard pkg/src/*.ts pkg/src/i18n/*.ts pkg/src/lite/*.ts) pkg/tsconfig.json pkg/package.json
WASM_OPT := node_modules/.bin/wasm-opt
WASM_OPT_FLAGS := -O3 --strip-debug --strip-producers --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue
# The crates compiled into the wasm modules with their licence texts, from Cargo.lock (cargo-about).
LICENSES_FILE := THIRD-PARTY-LICENSES.md
LICENSES_WORK := $(CARGO_TARGET)/licenses
PORT ?= 8080
# Fuzzing (fuzz/, its own crate): `make fuzz` runs each target for FUZZ_SECONDS; `make test`
# runs each for FUZZ_SMOKE_SECONDS. `-s none`: no sanitizer, because -Zsanitizer needs nightly
# and passgate's natively compiled code is safe Rust (the one `unsafe` block, the wiping
# allocator, exists only in the wasm build); panics and failed assertions are what we look for.
# Every target in fuzz/fuzz_targets/ (each also needs its [[bin]] in fuzz/Cargo.toml).
FUZZ_TARGETS := $(sort $(basename $(notdir $(wildcard fuzz/fuzz_targets/*.rs))))
FUZZ_SECONDS ?= 600
FUZZ_SMOKE_SECONDS ?= 15
FUZZ_FLAGS := -max_len=4096

.PHONY: demo test bench bench-rust corpus pkg sizes licenses clean fuzz audit \
  tools tools-rust tools-wasm-target tools-wasm-bindgen tools-node tools-browser tools-cxx tools-fuzz tools-deny tools-about tools-nginx tools-frameworks \
  bench-mirror agreement test-sizes test-strength-data test-agreement test-make test-rust test-boundary test-modules test-generated test-licenses test-node test-browser test-bundlers test-types test-parity test-range-server test-fuzz-smoke test-deny test-frameworks

## demo: build the package and serve the demo page at http://127.0.0.1:$(PORT)
demo: pkg
	node scripts/serve.mjs --port $(PORT)

## test: every test (the Makefile's fresh-machine plan, Rust, the third-party licence file, Node
## against the packed package, headless Chromium, bundlers, framework bindings, types, parity, a short fuzz run,
## dependency licenses and sources)
test: test-make test-rust test-boundary test-modules test-generated test-sizes test-licenses test-strength-data test-agreement test-node test-browser test-bundlers test-frameworks test-types test-parity test-range-server test-fuzz-smoke test-deny

## pkg: build the npm package into pkg/dist
pkg: pkg/dist/.built

## sizes: what a page downloads before each milestone (lite's first result, the meter's
## checklist, everything), raw / gzip / brotli, against the targets, as a Markdown table
sizes: pkg
	node scripts/sizes.mjs

## test-sizes: the same figures held to budgets the package already meets (a ratchet)
test-sizes: pkg
	node scripts/sizes.mjs --check

## tools: every tool any target uses (each target also installs what it needs by itself)
tools: tools-wasm-target tools-wasm-bindgen tools-node tools-browser tools-fuzz tools-deny tools-about tools-frameworks

# Each tools-* target checks first and installs only what is missing or at the wrong version.
tools-rust: tools-wasm-target tools-wasm-bindgen

tools-wasm-target:
	@rustup target list --installed | grep -qx $(WASM_TARGET) || rustup target add $(WASM_TARGET)

# Without --locked: the CLI's own lock file pins a transitive dependency version that the
# registry no longer serves, so a locked install fails; the exact --version is what must match.
tools-wasm-bindgen:
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $(WASM_BINDGEN_VERSION)" ]; then \
	  echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (without --locked: see the Makefile)"; \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --force; \
	fi

# libfuzzer-sys compiles libFuzzer, which is C++.
tools-fuzz: | tools-cxx
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked

tools-deny:
	@command -v cargo-deny >/dev/null || cargo install cargo-deny --locked

# Pinned, so that everyone renders THIRD-PARTY-LICENSES.md the same; the binary needs `cli`.
tools-about:
	@if [ "$$(cargo-about --version 2>/dev/null)" != "cargo-about $(CARGO_ABOUT_VERSION)" ]; then \
	  echo "installing cargo-about $(CARGO_ABOUT_VERSION)"; \
	  cargo install cargo-about --version $(CARGO_ABOUT_VERSION) --locked --features cli --force; \
	fi

tools-node: node_modules/.installed

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

# React, Vue, TanStack Form and Hono for the consumer tests in tests/frameworks/ (their own
# package.json, so the workspace's tools stay framework-free).
tools-frameworks: tests/frameworks/node_modules/.installed

tests/frameworks/node_modules/.installed: tests/frameworks/package.json tests/frameworks/package-lock.json | tools-node
	npm ci --prefix tests/frameworks --no-audit --no-fund
	@touch $@

# $(call apt-install,COMMAND,PACKAGE): Debian's PACKAGE unless COMMAND is on PATH or in /usr/sbin.
apt-install = command -v $(1) >/dev/null || [ -x /usr/sbin/$(1) ] || \
  { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $(2); }

tools-browser:
	@$(call apt-install,chromium,chromium)

tools-cxx:
	@$(call apt-install,g++,g++)

## tools-nginx: Debian's nginx, for the mirror tests (the export served by a real web server)
tools-nginx:
	@$(call apt-install,nginx,nginx)

# Two wasm modules, both the binding crate. The policy module (feature `lite`: every rule,
# breach, passphrases; no estimator linked), built for size with the `wasm-lite` profile, is
# what every entry loads first. The strength module (feature `engine`: the estimator alone, the
# `wasm-engine` profile, built for speed) is loaded by the full entries with the dictionaries.
# Where cargo put the .wasm is read from its JSON messages (scripts/wasm-artifact.mjs).
$(WASM_DIR)/passgate.wasm: $(RUST_SOURCES) | tools-wasm-target
	cargo build --profile wasm-lite --target $(WASM_TARGET) -p $(WASM_CRATE) --lib --features lite --message-format=json-render-diagnostics \
	  | node scripts/wasm-artifact.mjs $@

$(WASM_DIR)/passgate-engine.wasm: $(RUST_SOURCES) | tools-wasm-target
	cargo build --profile wasm-engine --target $(WASM_TARGET) -p $(WASM_CRATE) --lib --features engine --message-format=json-render-diagnostics \
	  | node scripts/wasm-artifact.mjs $@

# $(call bindgen,DIR): cargo's module ($<) through wasm-bindgen into DIR, then wasm-opt ($@).
define bindgen
	wasm-bindgen --target web --weak-refs --out-dir $(1) --out-name passgate $<
	$(WASM_OPT) $(WASM_OPT_FLAGS) $@ -o $@
endef

pkg/src/wasm/passgate_bg.wasm: $(WASM_DIR)/passgate.wasm | tools-wasm-bindgen tools-node
	$(call bindgen,pkg/src/wasm)

pkg/src/engine/passgate_bg.wasm: $(WASM_DIR)/passgate-engine.wasm | tools-wasm-bindgen tools-node
	$(call bindgen,pkg/src/engine)

# $(call generate-types,DIR): the TypeScript declarations of the Rust types (ts-rs), the
# presets and the English catalogue, written into DIR (emptied first).
define generate-types
	rm -rf $(1)
	@mkdir -p $(CARGO_TARGET)
	TS_RS_EXPORT_DIR=$(1) TS_RS_IMPORT_EXTENSION=js \
	  cargo test --quiet --features typescript --lib export_bindings >$(CARGO_TARGET)/types.log 2>&1 || { cat $(CARGO_TARGET)/types.log; exit 1; }
	node scripts/types-index.mjs $(1)
endef

pkg/src/types/index.ts: $(RUST_SOURCES)
	$(call generate-types,$(CURDIR)/pkg/src/types)

# Two wasm modules: wasm/ (the policy) for every entry, engine/ (the estimator) for the full
# ones, fetched with the strength dictionaries (plain text) after the policy module, so no
# code is downloaded twice. The passphrase word list is fetched once the policy module is in:
# whole by the lite entries, relative to the dictionaries by the full ones (pack-lists.mjs
# writes both forms). The declarations keep their doc comments (editors show
# them); the catalogues ship as their texts in the English keys' order (pack-catalogues.mjs)
# and the JavaScript, wasm-bindgen's glue included, minified (minify.mjs).
pkg/dist/.built: pkg/src/wasm/passgate_bg.wasm pkg/src/engine/passgate_bg.wasm pkg/src/types/index.ts $(PKG_SOURCES) data/eff_large_wordlist.txt data/common-passwords.txt data/strength/zxcvbn-4.4.2.txt scripts/pack-lists.mjs scripts/pack-catalogues.mjs scripts/minify.mjs scripts/strip-side-effect-imports.mjs NOTICE $(LICENSES_FILE) | tools-node
	rm -rf pkg/dist
	node_modules/.bin/tsc -p pkg --emitDeclarationOnly
	node scripts/strip-side-effect-imports.mjs pkg/dist
	node_modules/.bin/tsc -p pkg --declaration false
	mkdir -p pkg/dist/wasm pkg/dist/engine
	for module in wasm engine; do \
	  cp pkg/src/$$module/passgate.js pkg/src/$$module/passgate.d.ts pkg/src/$$module/passgate_bg.wasm pkg/dist/$$module/ || exit 1; \
	done
	node scripts/pack-catalogues.mjs pkg/dist
	node scripts/minify.mjs pkg/dist
	cp data/strength/zxcvbn-4.4.2.txt pkg/dist/wasm/strength.txt
	node scripts/pack-lists.mjs pkg/dist/wasm
	cp NOTICE LICENSE-MIT LICENSE-APACHE $(LICENSES_FILE) pkg/dist/
	@touch $@

# $(call third-party-licenses,OUT): renders the licence file into OUT from Cargo.lock and
# about.toml. cargo-about runs offline (--frozen: no clearlydefined.io, no git), over the crates
# `cargo fetch` downloaded, for the binding crate (what the module is compiled from).
define third-party-licenses
	cargo fetch --locked --quiet
	@mkdir -p $(LICENSES_WORK)
	cargo about generate --frozen --fail --manifest-path wasm/Cargo.toml --format json -o $(LICENSES_WORK)/wasm.json
	node scripts/licenses.mjs render --about-version $(CARGO_ABOUT_VERSION) $(LICENSES_WORK)/wasm.json >$(1)
endef

## licenses: regenerate THIRD-PARTY-LICENSES.md (the crates in each wasm module, their licences)
licenses: | tools-about
	$(call third-party-licenses,$(LICENSES_WORK)/$(LICENSES_FILE))
	cp $(LICENSES_WORK)/$(LICENSES_FILE) $(LICENSES_FILE)

## test-licenses: THIRD-PARTY-LICENSES.md is what Cargo.lock gives, and the packed package ships it
test-licenses: pkg | tools-about
	$(call third-party-licenses,$(LICENSES_WORK)/$(LICENSES_FILE))
	@diff -u $(LICENSES_FILE) $(LICENSES_WORK)/$(LICENSES_FILE) || { \
	  echo "$(LICENSES_FILE) is out of date (dependencies or about.toml changed): run 'make licenses' and commit it"; exit 1; }
	node scripts/licenses.mjs check-pack pkg

## test-make: every target's install plan on a fresh machine (`make -n`, every tool reported absent)
test-make:
	node --test tests/make/

## bench: passgate vs zxcvbn 4.4.2 and @zxcvbn-ts/core in Node and headless Chromium;
## writes bench-js/report.md, bench-js/report.json, bench-js/plot.svg and the README's table
bench: pkg | tools-browser tools-node
	node bench-js/run.mjs

## agreement: passgate's strength engine and the zxcvbn crate against zxcvbn 4.4.2 (its clock
## frozen at 2026) on the whole 100,000-password comparison corpus; writes docs/agreement.md (and
## every difference as JSON under the cargo target dir). Tens of minutes: 4.4.2 itself is slow on long inputs (its calls are timed
## and cut at 5 s; the report lists them).
agreement: | tools-node
	cargo build --quiet --release --example strength_oracle
	node tests/agreement/compare.mjs --size 100000 --engine passgate --engine zxcvbn-crate \
	  --oracle-cache $(CARGO_TARGET)/agreement/oracle-100000.jsonl --report docs/agreement.md --json $(CARGO_TARGET)/agreement/agreement.json

## test-agreement: the harness's self-test, then a 2,000-password stratified sample of the
## comparison against zxcvbn 4.4.2, gated at what the engine already meets (a ratchet)
test-agreement: | tools-node
	node --test tests/agreement/
	cargo build --quiet --release --example strength_oracle
	node tests/agreement/compare.mjs --sample 2000 --timeout 2000 --engine passgate --no-report \
	  --oracle-cache $(CARGO_TARGET)/agreement/oracle-sample-2000.jsonl \
	  --min-score-agreement passgate=99.9 --min-log10-agreement passgate=99.5 --min-warning-agreement passgate=99.5

## test-strength-data: data/strength/ is what scripts/make-strength-data.mjs makes from zxcvbn 4.4.2
test-strength-data: | tools-node
	node scripts/make-strength-data.mjs --check

## bench-mirror: the mirror benchmarks of docs/mirror.md (export, memory, load on loopback);
## BENCH_MIRROR_FLAGS picks the sizes (see docs/mirror.md), the defaults take a few minutes
BENCH_MIRROR_FLAGS ?=
bench-mirror: | tools-nginx
	node bench-js/mirror.mjs $(BENCH_MIRROR_FLAGS)

## bench-rust: criterion benches of the Rust core (not part of `make test`)
bench-rust:
	cargo bench

## corpus: regenerate benches/data/ (deterministic)
corpus:
	node scripts/make-corpus.mjs

## test-rust: format, the core's tests (default features, without `strength`, without `nfc`),
## clippy natively over the workspace and for wasm32 over the binding crate (which lints the
## core as compiled into each module too)
test-rust: | tools-wasm-target
	cargo fmt --all --check
	cargo test --all-targets
	cargo test --doc
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --target $(WASM_TARGET) -p $(WASM_CRATE) --lib --features lite -- -D warnings
	cargo clippy --target $(WASM_TARGET) -p $(WASM_CRATE) --lib --features engine -- -D warnings
	cargo clippy -p passgate --all-targets --no-default-features -- -D warnings
	cargo test --no-default-features --features nfc,words,case --lib
	cargo test --no-default-features --features nfc --test without_words
	cargo test --no-default-features --test without_nfc
	cargo test --no-default-features --test without_case

## test-modules: no circle among the core's top-level modules, nothing imports the catalogue
test-modules:
	node scripts/check-modules.mjs

## test-generated: pkg/src/types/ (what the package was built with) is what the Rust types give
## now: regenerated elsewhere, any difference fails
test-generated: pkg
	$(call generate-types,$(CARGO_TARGET)/types-fresh)
	@diff -ru pkg/src/types $(CARGO_TARGET)/types-fresh || { \
	  echo "pkg/src/types is stale: a Rust type changed without the Makefile regenerating it (is the file in RUST_SOURCES?)"; exit 1; }

## test-boundary: the core's wasm32 dependency graph has no JS crate (Cargo enforces the rest:
## only wasm/ can name wasm-bindgen)
test-boundary:
	node scripts/check-boundary.mjs

## test-node: Node tests against the packed package, and the meter's DOM-free parts (tests/meter/)
test-node: pkg | tools-nginx
	node scripts/test-packed.mjs
	node --test tests/meter/

test-browser: pkg | tools-browser tools-node tools-nginx
	node --test tests/browser/

## test-bundlers: the packed package in Node ESM, Vite (dev + build), webpack 5 and a plain page
test-bundlers: pkg | tools-browser tools-node
	node --test --test-concurrency=1 tests/bundlers/

## test-frameworks: passgate/react, /vue and /schema from the packed package: Vite + React 19 and
## Vite + Vue 3 apps in Chromium, server rendering, a Hono server, tsc --strict, the bundle check
test-frameworks: pkg | tools-browser tools-node tools-frameworks
	node --test --test-concurrency=1 tests/frameworks/

## test-types: tsc --strict over tests/types/consumer.ts against the packed package
test-types: pkg | tools-node
	node --test tests/types/

## test-parity: one corpus through the native crate, Node and Chromium: identical reports
test-parity: pkg | tools-browser tools-node
	node --test tests/parity/

## test-range-server: passgate-range (pkg/range/): its command line, `export` and `serve`
test-range-server:
	node --test tests/range-server/

# $(call fuzz-all,SECONDS): every fuzz target for SECONDS each. A macro, not a recursive
# $(MAKE): `make -n` would run that one.
define fuzz-all
	@for target in $(FUZZ_TARGETS); do \
	  mkdir -p fuzz/target/corpus/$$target; \
	  echo "fuzz $$target for $(1) s"; \
	  status=0; cargo fuzz run -s none --fuzz-dir fuzz $$target fuzz/target/corpus/$$target fuzz/corpus/$$target \
	    -- $(FUZZ_FLAGS) -max_total_time=$(1) -print_final_stats=1 >fuzz/target/$$target.log 2>&1 || status=$$?; \
	  grep -E '^(stat::number_of_executed_units|Done [0-9]+ runs)' fuzz/target/$$target.log || true; \
	  if [ $$status -ne 0 ]; then tail -40 fuzz/target/$$target.log; echo "fuzz $$target failed: input in fuzz/artifacts/$$target"; exit 1; fi; \
	done
endef

## fuzz: every fuzz target for FUZZ_SECONDS (default 600) each; new inputs go to
## fuzz/target/corpus/<target>, crashes to fuzz/artifacts/<target>
fuzz: | tools-fuzz
	$(call fuzz-all,$(FUZZ_SECONDS))

## test-fuzz-smoke: a short run of every fuzz target (the seed corpus is also replayed by cargo test)
test-fuzz-smoke: | tools-fuzz
	$(call fuzz-all,$(FUZZ_SMOKE_SECONDS))

## test-deny: dependency licenses, bans and sources (offline)
test-deny: | tools-deny
	cargo deny check licenses bans sources

## audit: RustSec advisories (fetches the advisory database: needs the network)
audit: | tools-deny
	cargo deny check advisories

clean:
	rm -rf $(WASM_DIR) $(LICENSES_WORK) pkg/dist pkg/src/wasm pkg/src/engine pkg/src/types
