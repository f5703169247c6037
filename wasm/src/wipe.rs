//! The wasm build's global allocator: talc's WebAssembly allocator (in place of std's dlmalloc:
//! as fast over the bench corpus and 1.6 KB brotli smaller per module), except that every block
//! is overwritten with zeros before it is freed, and a block is never moved by `realloc`
//! without wiping the old one.
//!
//! Why: passgate cannot wipe every copy of a password one by one. zxcvbn lowercases it, cuts
//! it into tokens and keeps them in its matches; serde and the JS glue make their own copies.
//! All of them are heap blocks in the module's one `WebAssembly.Memory`, which a script on the
//! page (or a heap snapshot) can read long after the check. Wiping on free covers them all.
//! What is *not* covered is listed in SECURITY.md ("Privacy in memory").
//!
//! Cost: one `memory.fill` over each freed block, and a copy for each `realloc` (which an
//! allocator would often do anyway). Measured over the bench corpus in Node, a check
//! takes about 5% longer than with no wiping at all; an earlier version, which wiped with
//! `zeroize`'s volatile store per byte, cost about 8%.

use std::alloc::{GlobalAlloc, Layout};
use std::ptr;

/// The allocator underneath, growing the module's memory as it needs (built without
/// realloc-in-place, which `realloc` below never asks for).
static HEAP: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// See the module docs.
pub struct WipingAllocator;

// SAFETY: every method forwards to `HEAP` with the layout it was given; `dealloc` and
// `realloc` only write inside the block the caller owns (`ptr`, `layout.size()` bytes) before
// handing it back.
unsafe impl GlobalAlloc for WipingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded unchanged; the caller upholds `GlobalAlloc::alloc`'s contract.
        unsafe { HEAP.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as for `alloc`.
        unsafe { HEAP.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        // SAFETY: the caller owns `layout.size()` initialised-or-not bytes at `block`, which
        // stay valid until the `HEAP.dealloc` below; writing zeros to them is allowed.
        unsafe {
            wipe(block, layout.size());
            HEAP.dealloc(block, layout);
        }
    }

    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let Ok(new_layout) = Layout::from_size_align(new_size, layout.align()) else {
            return ptr::null_mut();
        };
        // SAFETY: a fresh block of `new_size` bytes; on success the old block's first
        // `min(old, new)` bytes are copied into it (they cannot overlap), then the old block is
        // wiped and freed exactly once, as `realloc`'s contract allows.
        unsafe {
            let moved = self.alloc(new_layout);
            if !moved.is_null() {
                ptr::copy_nonoverlapping(block, moved, layout.size().min(new_size));
                self.dealloc(block, layout);
            }
            moved
        }
    }
}

/// The bulk fill, called through a pointer the compiler must re-read at every call.
static FILL: unsafe fn(*mut u8, u8, usize) = ptr::write_bytes::<u8>;

/// Overwrites `len` bytes at `block` with zeros in one bulk fill (`memory.fill`).
///
/// A plain fill right before a free is a dead store the compiler may remove. Here the function
/// that fills is read with a volatile load, so the compiler cannot know what the call does and,
/// in practice, must make it (the trick `OPENSSL_cleanse` uses). Only volatile accesses are
/// guaranteed by the language; `zeroize` makes that guarantee with a volatile store per byte,
/// which is far slower for whole heap blocks, and `std::hint::black_box` is only best effort.
/// `tests/node/memory.test.mjs` checks the result on the optimised module.
///
/// # Safety
/// `block` must be valid for writes of `len` bytes.
unsafe fn wipe(block: *mut u8, len: usize) {
    // SAFETY: `FILL` is a valid, aligned static; the caller guarantees `block..block + len` is
    // writable, which is all `write_bytes::<u8>` needs.
    unsafe {
        let fill = ptr::read_volatile(&raw const FILL);
        fill(block, 0, len);
    }
}
