# passgate: `make demo` builds everything and serves the demo; `make test` runs every test.
# Both install what they need and are idempotent.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(HOME)/.cargo/bin:$(PATH)

WASM_TARGET := wasm32-unknown-unknown
# The CLI must match the library exactly; the version lives in one place, Cargo.toml.
WASM_BINDGEN_VERSION := $(shell sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)
RUST_SOURCES := $(shell find src -name '*.rs') Cargo.toml $(wildcard Cargo.lock)
PKG_SOURCES := $(wildcard pkg/src/*.ts pkg/src/i18n/*.ts) pkg/tsconfig.json pkg/package.json
WASM_OPT := node_modules/.bin/wasm-opt
WASM_OPT_FLAGS := -O3 --strip-debug --strip-producers --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue
PORT ?= 8080

.PHONY: demo test bench bench-rust corpus pkg tools-rust tools-node tools-browser test-rust test-node test-browser test-range-server lint clean

## demo: build the package and serve the demo page at http://127.0.0.1:$(PORT)
demo: pkg
	node scripts/serve.mjs --port $(PORT)

## test: every test (Rust, Node against the packed package, headless Chromium)
test: test-rust test-node test-browser test-range-server

## pkg: build the npm package into pkg/dist
pkg: pkg/dist/.built

tools-rust:
	@rustup target list --installed | grep -qx $(WASM_TARGET) || rustup target add $(WASM_TARGET)
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $(WASM_BINDGEN_VERSION)" ]; then \
	  echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (without --locked: see DESIGN notes)"; \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --force; \
	fi

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

pkg/src/types/index.ts: $(RUST_SOURCES)
	rm -rf pkg/src/types
	TS_RS_EXPORT_DIR=$(CURDIR)/pkg/src/types TS_RS_IMPORT_EXTENSION=js \
	  cargo test --quiet --features typescript --lib export_bindings >target/types.log 2>&1 || { cat target/types.log; exit 1; }
	node scripts/types-index.mjs pkg/src/types

pkg/dist/.built: pkg/src/wasm/passgate_bg.wasm pkg/src/types/index.ts $(PKG_SOURCES) | tools-node
	rm -rf pkg/dist
	node_modules/.bin/tsc -p pkg
	mkdir -p pkg/dist/wasm
	cp pkg/src/wasm/passgate.js pkg/src/wasm/passgate.d.ts pkg/src/wasm/passgate_bg.wasm pkg/dist/wasm/
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

test-node: pkg
	node scripts/test-packed.mjs

test-browser: pkg | tools-browser tools-node
	node --test tests/browser/

## test-range-server: the local breach range server (scripts/range-server.mjs) on the sample corpus
test-range-server:
	node --test tests/range-server/

clean:
	rm -rf target/wasm pkg/dist pkg/src/wasm pkg/src/types
