//! The policy module's exports (every build but `engine`): the checker, passphrase
//! generation and the lists loaded on demand.

use js_sys::Reflect;
use wasm_bindgen::prelude::*;

use crate::breach::{self, BreachClient, Start};
use crate::{decode_optional, encode, js_error, string_argument, to_js_error};
use passgate as core;
use passgate::breach::BreachVerdict;
use passgate::passphrase::{OsRandom, PassphraseError, PassphraseOptions};

/// Installs the passphrase word list (the text of `words.txt`, the EFF large list,
/// front-coded): a file of its own too, fetched by the page once the module is in, because a
/// first check needs neither. Until then reports say `passphrase.pending` and generation throws
/// `wordsNotLoaded`. A second call changes nothing. Throws an `Error` with `code`
/// `"invalidWords"` for text that does not unpack to a sorted list of lower-case words.
#[wasm_bindgen(js_name = loadWords)]
pub fn load_words(text: &str) -> Result<(), JsValue> {
    core::passphrase::wordlist::install(text).map_err(|err| js_error("invalidWords", &err.to_string()))
}

/// Installs the blocklist's entries under 8 characters (the text of `blocklist-short.txt`,
/// front-coded), which only a policy with a `minLength` under 8 compares passwords with: the
/// page fetches them when such a checker is asked for (its constructor throws `listNotLoaded` until then).
/// A second call changes nothing. Throws an `Error` with `code` `"invalidBlocklist"` for a
/// malformed list.
#[wasm_bindgen(js_name = loadShortBlocklist)]
pub fn load_short_blocklist(text: &str) -> Result<(), JsValue> {
    core::policy::blocklist::install_short(text).map_err(|err| js_error("invalidBlocklist", &err.to_string()))
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
        // In the lite-feature module an estimating checker gets its estimates from the
        // strength module (`check`'s `score` and `commonPhrase`).
        let estimates = lite != Some(true);
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
        score: Option<u8>,
        common_phrase: Option<bool>,
    ) -> Result<JsValue, JsValue> {
        let password = string_argument("password", &password)?;
        let context: core::Context = decode_optional("context", context)?;
        let tail =
            core::policy::Tail { code_points: uncounted.unwrap_or(0), bytes: uncounted_bytes.unwrap_or(0) };
        if score.is_some_and(|score| score > 4) {
            return Err(to_js_error(core::ConfigError::InvalidArgument {
                name: "score".to_owned(),
                reason: "expected a zxcvbn score, 0 to 4".to_owned(),
            }));
        }
        // No dictionaries are in this module: the strength module's score, or none yet.
        let report = match (self.estimates, score) {
            (true, Some(score)) => {
                let summary =
                    core::strength::Summary { score, common_phrase: common_phrase.unwrap_or(false) };
                self.inner.check_head_summarized(&password, tail, &context, Some(summary))
            }
            _ => self.inner.check_head_with(&password, tail, &context, None),
        };
        encode(&report)
    }

    /// What the strength module's `estimate` needs of this checker: the policy's
    /// normalization (`true` for NFC) and the reference year.
    #[wasm_bindgen(js_name = estimateSettings)]
    pub fn estimate_settings(&self) -> Box<[JsValue]> {
        let nfc = self.inner.policy().normalization() == core::policy::Normalization::Nfc;
        Box::new([JsValue::from_bool(nfc), JsValue::from(self.inner.reference_year())])
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
