//! passgate's JavaScript boundary, the crate compiled to the npm package's wasm module: the
//! only crate that depends on `wasm-bindgen` or `js-sys`. It
//! also owns what only a final binary may choose: the wiping global allocator (`wipe`), the
//! start hook, getrandom's backend, and the NFC and lower-casing (the JS engine's, instead of
//! the core's tables).
//!
//! Each export is a thin translation: decode the JS arguments, call one core function, encode
//! the result. Errors cross as real `Error` objects with a stable `code` property.
//!
//! Natively the crate is empty, so workspace-wide `cargo test` and clippy need no JS crates.
#![cfg(target_arch = "wasm32")]

mod breach;
mod wipe;

use js_sys::{Error as JsError, Reflect};
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use zeroize::Zeroizing;

use breach::{BreachClient, Start};
use passgate as core;
use passgate::breach::BreachVerdict;
use passgate::passphrase::{OsRandom, PassphraseError, PassphraseOptions};

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

/// The strength estimate's dictionaries, once the page has handed them over. They are a file
/// of their own (`strength.txt` in the package), so the module, and with it the policy, is
/// ready before they arrive; every checker that wants strength uses them from then on.
/// The lite module (feature `lite`) has neither them nor the estimator.
#[cfg(not(feature = "lite"))]
static STRENGTH: std::sync::OnceLock<core::strength::StrengthData> = std::sync::OnceLock::new();

/// Parses and installs the strength dictionaries (the bytes of `strength.txt`). A second call
/// changes nothing. Throws an `Error` with `code` `"invalidStrengthData"` for a malformed file.
#[cfg(not(feature = "lite"))]
#[wasm_bindgen(js_name = loadStrengthData)]
pub fn load_strength_data(data: Vec<u8>) -> Result<(), JsValue> {
    if STRENGTH.get().is_none() {
        let parsed = core::strength::StrengthData::parse(data)
            .map_err(|err| js_error("invalidStrengthData", &err.to_string()))?;
        let _ = STRENGTH.set(parsed);
    }
    Ok(())
}

/// Installs the passphrase word list (the text of `words.txt`, the EFF large list): a file of
/// its own too, fetched by the page once the module is in, because a first check needs
/// neither. Until then reports say `passphrase.pending` and generation throws
/// `wordsNotLoaded`. A second call changes nothing. Throws an `Error` with `code`
/// `"invalidWords"` for text that is not a sorted list of lower-case words.
#[wasm_bindgen(js_name = loadWords)]
pub fn load_words(text: &str) -> Result<(), JsValue> {
    core::passphrase::wordlist::install(text).map_err(|err| js_error("invalidWords", &err.to_string()))
}

/// Installs the blocklist's entries under 8 characters (the text of `blocklist-short.txt`),
/// which only a policy with a `minLength` under 8 compares passwords with: the page fetches
/// them when such a checker is asked for (its constructor throws `listNotLoaded` until then).
/// A second call changes nothing. Throws an `Error` with `code` `"invalidBlocklist"` for a
/// malformed list.
#[wasm_bindgen(js_name = loadShortBlocklist)]
pub fn load_short_blocklist(text: &str) -> Result<(), JsValue> {
    core::policy::blocklist::install_short(text).map_err(|err| js_error("invalidBlocklist", &err.to_string()))
}

/// The installed dictionaries. The lite module never has any, so nothing in it calls the
/// estimator and the linker leaves it out.
fn strength_data() -> Option<&'static core::strength::StrengthData> {
    #[cfg(feature = "lite")]
    return None;
    #[cfg(not(feature = "lite"))]
    return STRENGTH.get();
}

/// A configured checker; `check` returns a plain report object.
#[wasm_bindgen(js_name = Checker)]
pub struct JsChecker {
    inner: core::Checker,
    breach: BreachClient,
    /// `false` for a `passgate/lite` checker: its reports never carry strength, even when a
    /// full checker on the same page has loaded the dictionaries.
    estimates: bool,
}

#[wasm_bindgen(js_class = Checker)]
impl JsChecker {
    /// Builds a checker; throws an `Error` with `code` on bad options. `lite`: the checker
    /// will never estimate strength (so `minScore` is a config error).
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue, lite: Option<bool>) -> Result<JsChecker, JsValue> {
        let mut options: core::CheckerOptions = decode_optional("options", options)?;
        // The core has no clock in wasm: the default reference year is the JS engine's.
        let strength = options.strength.get_or_insert_with(Default::default);
        if strength.reference_year.is_none() {
            #[allow(clippy::cast_possible_truncation)] // a year
            let year = js_sys::Date::new_0().get_full_year() as i32;
            // An odd clock must not make the constructor throw for an option nobody set.
            strength.reference_year = Some(year.clamp(1000, 9999));
        }
        let mut inner = core::Checker::new(options).map_err(to_js_error)?;
        let estimates = lite != Some(true) && !cfg!(feature = "lite");
        if !estimates {
            inner = inner.without_strength().map_err(to_js_error)?;
        }
        let breach = BreachClient::new(inner.breach().clone());
        Ok(JsChecker { inner, breach, estimates })
    }

    /// Checks one password; throws only for a non-string password or a bad context.
    /// `uncounted` / `uncountedBytes`: code points and UTF-8 bytes of the password after
    /// `password` that the caller kept in JS
    /// (the package passes at most the first 8,194 UTF-16 units of a longer paste).
    pub fn check(
        &self,
        password: JsValue,
        context: JsValue,
        uncounted: Option<u32>,
        uncounted_bytes: Option<u32>,
    ) -> Result<JsValue, JsValue> {
        let password = string_argument("password", &password)?;
        let context: core::Context = decode_optional("context", context)?;
        let strength = if self.estimates { strength_data() } else { None };
        let tail =
            core::policy::Tail { code_points: uncounted.unwrap_or(0), bytes: uncounted_bytes.unwrap_or(0) };
        encode(&self.inner.check_head_with(&password, tail, &context, strength))
    }

    /// The form of the password that passgate checks and a server should hash.
    pub fn normalize(&self, password: JsValue) -> Result<String, JsValue> {
        let password = string_argument("password", &password)?;
        Ok(self.inner.normalize(&password))
    }

    /// The first half of a breach lookup by k-anonymity (the package's `checkBreached` makes
    /// the request between the halves): `{ verdict }` when none is needed (an empty password,
    /// a cached range), else `{ request: { key, url, padding, timeoutMs } }`, whose URL holds
    /// only the 5-hex prefix. Throws `invalidArgument` for a non-string password.
    #[wasm_bindgen(js_name = breachStart)]
    pub fn breach_start(&self, password: JsValue) -> Result<JsValue, JsValue> {
        let password = string_argument("password", &password)?;
        encode(&match core::breach::without_lookup(&password) {
            Some(result) => Start::Verdict(BreachVerdict::from(result)),
            None => self.breach.start(&password),
        })
    }

    /// The second half: the verdict from the request's outcome (`[status, body]`, `"timeout"`,
    /// or anything else for a network failure), `{status: "breached", count} | {status:
    /// "clear"} | {status: "unknown", reason, httpStatus?}` with an English status line in
    /// `message`. A valid range is cached. Throws `invalidArgument` for a non-string password.
    #[wasm_bindgen(js_name = breachFinish)]
    pub fn breach_finish(&self, password: JsValue, outcome: JsValue) -> Result<JsValue, JsValue> {
        let password = string_argument("password", &password)?;
        encode(&BreachVerdict::from(self.breach.finish(&password, breach::decode_outcome(&outcome))))
    }

    /// A passphrase that meets this checker's policy (options adjusted where needed).
    #[wasm_bindgen(js_name = generatePassphrase)]
    pub fn generate_passphrase(&self, options: JsValue) -> Result<JsValue, JsValue> {
        let options: PassphraseOptions = decode_optional("options", options)?;
        encode(&self.inner.generate_passphrase(&options, &mut OsRandom).map_err(passphrase_error)?)
    }

    /// `{ autocomplete, minlength, maxlength?, passwordrules }` for the new-password input.
    #[wasm_bindgen(js_name = inputAttributes)]
    pub fn input_attributes(&self) -> Result<JsValue, JsValue> {
        encode(&self.inner.input_attributes())
    }

    /// The resolved policy: preset metadata and the effective config.
    #[wasm_bindgen(getter)]
    pub fn policy(&self) -> Result<JsValue, JsValue> {
        encode(&self.inner.policy().describe())
    }
}

/// A passphrase from the EFF list with exact entropy, without any policy.
#[wasm_bindgen(js_name = generatePassphrase)]
pub fn generate_passphrase(options: JsValue) -> Result<JsValue, JsValue> {
    let options: PassphraseOptions = decode_optional("options", options)?;
    encode(&core::passphrase::generate(&options, &mut OsRandom).map_err(passphrase_error)?)
}

/// `err.code`, and for `policyUnsatisfiable` the reason's code and numbers: `err.reason`,
/// `err.params` (what a UI translates from, as it does a violation).
fn passphrase_error(err: PassphraseError) -> JsValue {
    let error = js_error(err.code(), &err.to_string());
    // `{ reason, params? }`; reading and setting properties of fresh plain objects cannot fail.
    if let Some(Ok(encoded)) = err.unsatisfiable().map(encode) {
        let params = Reflect::get(&encoded, &JsValue::from_str("params")).unwrap_or_default();
        let params = if params.is_object() { params } else { js_sys::Object::new().into() };
        let reason = Reflect::get(&encoded, &JsValue::from_str("reason")).unwrap_or_default();
        let _ = Reflect::set(&error, &JsValue::from_str("reason"), &reason);
        let _ = Reflect::set(&error, &JsValue::from_str("params"), &params);
    }
    error
}

/// `undefined` and `null` mean "all defaults"; anything else must be a plain object that
/// decodes cleanly. The object goes through `JSON.stringify` so that every own key is seen
/// (unknown keys are errors) and hostile values (getters that throw, cycles, BigInt, revoked
/// proxies) become typed errors instead of exceptions from inside the decoder. Nothing else
/// touches the value: even `Array.isArray` throws on a revoked proxy, and an exception thrown
/// by an import unwinds straight through the wasm frames to the caller, without a `code`.
fn decode_optional<T: DeserializeOwned + Default>(root: &str, value: JsValue) -> Result<T, JsValue> {
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
fn string_argument(name: &str, value: &JsValue) -> Result<Zeroizing<String>, JsValue> {
    value.as_string().map(Zeroizing::new).ok_or_else(|| {
        to_js_error(core::ConfigError::InvalidArgument {
            name: name.to_owned(),
            reason: "expected a string".to_owned(),
        })
    })
}

/// A result as a plain JS object: serialized to JSON here and parsed by the engine's
/// `JSON.parse`, one boundary crossing per result. The JSON text, like every heap block here,
/// is wiped when freed.
fn encode<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let json = serde_json::to_string(value).map_err(|err| js_error("internal", &err.to_string()))?;
    js_sys::JSON::parse(&json).map_err(|_| js_error("internal", "a result could not be parsed as JSON"))
}

fn to_js_error(err: core::ConfigError) -> JsValue {
    js_error(err.code(), &err.to_string())
}

fn js_error(code: &str, message: &str) -> JsValue {
    let error = JsError::new(message);
    // Setting a property on a fresh Error object cannot fail.
    let _ = Reflect::set(&error, &JsValue::from_str("code"), &JsValue::from_str(code));
    error.into()
}
