//! passgate's JavaScript boundary, the crate compiled to the npm package's two wasm modules:
//! the only crate that depends on `wasm-bindgen` or `js-sys`. Feature `lite` builds the policy
//! module (`checker`, `breach`: every entry loads it first), feature `engine` the strength
//! module (`engine`: the estimator and its dictionaries, loaded by the full entries beside it).
//! It also owns what only a final binary may choose: the wiping global allocator (`wipe`), the
//! start hook, getrandom's backend, and the NFC and lower-casing (the JS engine's, instead of
//! the core's tables).
//!
//! Each export is a thin translation: decode the JS arguments, call one core function, encode
//! the result. Errors cross as real `Error` objects with a stable `code` property.
//!
//! Natively the crate is empty, so workspace-wide `cargo test` and clippy need no JS crates.
#![cfg(target_arch = "wasm32")]

#[cfg(not(any(feature = "lite", feature = "engine")))]
compile_error!("build the policy module (`--features lite`) or the strength module (`--features engine`)");
#[cfg(all(feature = "lite", feature = "engine"))]
compile_error!("`lite` and `engine` are two modules: build them apart");

#[cfg(feature = "lite")]
mod breach;
#[cfg(feature = "lite")]
mod checker;
#[cfg(feature = "engine")]
mod engine;
mod wipe;

use js_sys::{Error as JsError, Reflect};
use serde::de::DeserializeOwned;

use wasm_bindgen::prelude::*;
use zeroize::Zeroizing;

use passgate as core;

/// Freed memory is wiped, so copies of a password do not outlive the call (SECURITY.md).
#[global_allocator]
static ALLOCATOR: wipe::WipingAllocator = wipe::WipingAllocator;

/// Installs the panic hook (a debugging aid: passgate is built not to panic) and the JS
/// engine's NFC and lower-casing, which the core (built without its `nfc` and `case` tables)
/// uses for `Normalization::Nfc` and for non-ASCII text.
#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
    core::policy::normalize::set_nfc(engine_nfc);
    core::case::set_lowercase(engine_lowercase);
}

/// NFC by the JS engine (`String.prototype.normalize`), for the core's `Normalization::Nfc`.
fn engine_nfc(text: &str, out: &mut String) {
    // The replaced buffer, like every heap block here, is wiped when freed.
    *out = String::from(js_sys::JsString::from(text).normalize("NFC"));
}

/// Lower-casing by the JS engine (`String.prototype.toLowerCase`), for the core's non-ASCII text.
fn engine_lowercase(text: &str) -> String {
    String::from(js_sys::JsString::from(text).to_lower_case())
}

/// The strength module's dictionaries, once the page has handed them over (`strength.txt` in
/// the package, fetched with the module).
#[cfg(feature = "engine")]
pub(crate) static STRENGTH: std::sync::OnceLock<core::strength::StrengthData> = std::sync::OnceLock::new();

/// Parses and installs the strength dictionaries (the bytes of `strength.txt`). A second call
/// changes nothing. Throws an `Error` with `code` `"invalidStrengthData"` for a malformed file.
#[cfg(feature = "engine")]
#[wasm_bindgen(js_name = loadStrengthData)]
pub fn load_strength_data(data: Vec<u8>) -> Result<(), JsValue> {
    if STRENGTH.get().is_none() {
        let parsed = core::strength::StrengthData::parse(data)
            .map_err(|err| js_error("invalidStrengthData", &err.to_string()))?;
        let _ = STRENGTH.set(parsed);
    }
    Ok(())
}

/// `undefined` and `null` mean "all defaults"; anything else must be a plain object that
/// decodes cleanly. The object goes through `JSON.stringify` so that every own key is seen
/// (unknown keys are errors) and hostile values (getters that throw, cycles, BigInt, revoked
/// proxies) become typed errors instead of exceptions from inside the decoder. Nothing else
/// touches the value: even `Array.isArray` throws on a revoked proxy, and an exception thrown
/// by an import unwinds straight through the wasm frames to the caller, without a `code`.
#[cfg_attr(feature = "engine", allow(dead_code))]
pub(crate) fn decode_optional<T: DeserializeOwned + Default>(
    root: &str,
    value: JsValue,
) -> Result<T, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    let not_plain = || to_js_error(core::ConfigError::invalid(root, "expected a plain object"));
    if !value.is_object() {
        return Err(not_plain());
    }
    let json = js_sys::JSON::stringify(&value).ok().and_then(|json| json.as_string()).ok_or_else(|| {
        to_js_error(core::ConfigError::invalid(root, "cannot be read as plain data (JSON.stringify failed)"))
    })?;
    if !json.starts_with('{') {
        // An array, or an object whose `toJSON` returns something else.
        return Err(not_plain());
    }
    core::decode_json(root, &json).map_err(to_js_error)
}

/// A string argument, decoded from JS into a buffer that is wiped when dropped.
pub(crate) fn string_argument(name: &str, value: &JsValue) -> Result<Zeroizing<String>, JsValue> {
    value.as_string().map(Zeroizing::new).ok_or_else(|| {
        to_js_error(core::ConfigError::InvalidArgument {
            name: name.to_owned(),
            reason: "expected a string".to_owned(),
        })
    })
}

#[cfg(feature = "lite")]
/// A result as a plain JS object: serialized to JSON here and parsed by the engine's
/// `JSON.parse`, one boundary crossing per result. The JSON text, like every heap block here,
/// is wiped when freed.
pub(crate) fn encode<T: serde::Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let json = serde_json::to_string(value).map_err(|err| js_error("internal", &err.to_string()))?;
    js_sys::JSON::parse(&json).map_err(|_| js_error("internal", "a result could not be parsed as JSON"))
}

pub(crate) fn to_js_error(err: core::ConfigError) -> JsValue {
    js_error(err.code(), &err.to_string())
}

pub(crate) fn js_error(code: &str, message: &str) -> JsValue {
    let error = JsError::new(message);
    // Setting a property on a fresh Error object cannot fail.
    let _ = Reflect::set(&error, &JsValue::from_str("code"), &JsValue::from_str(code));
    error.into()
}
