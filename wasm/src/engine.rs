//! The strength module's exports (feature `engine`): the estimator and its dictionaries, no
//! policy code and no message text (an estimate is numbers and codes, which the package words).
//! The package runs it beside the policy module (the `lite`-feature build): `estimate` first,
//! then the policy module's `check` with the score and phrase flag.

use wasm_bindgen::prelude::*;

use crate::{js_error, string_argument};
use passgate as core;
use passgate::messages::Codes;

/// Estimates the strength of `password` (its first code points as the policy module's checks
/// read them: `nfc` as `estimateSettings` says, then the reference year) with the context's
/// words: `inputs` is `[username, email, firstName, lastName, tenant, ...userInputs]` (an empty
/// string or a non-string for an absent field), the order `Context::inputs` reads them in.
/// Throws `strengthNotLoaded` before `loadStrengthData`.
///
/// Returns the estimate as numbers (a `Float64Array`), which `pkg/src/estimator.ts` reads:
/// `[score, guessesLog10, the four crackTimesSeconds in CrackTimes' field order, commonPhrase
/// (1 or 0), the warning (its index in `Warning::ALL`, the catalogue's order; -1 for none),
/// then each suggestion's index in `Suggestion::ALL`]`.
#[wasm_bindgen]
pub fn estimate(
    password: JsValue,
    nfc: bool,
    inputs: Vec<JsValue>,
    reference_year: i32,
) -> Result<Vec<f64>, JsValue> {
    let password = string_argument("password", &password)?;
    let data = crate::STRENGTH
        .get()
        .ok_or_else(|| js_error("strengthNotLoaded", "the strength dictionaries have not been loaded"))?;
    let mut strings = inputs.iter().map(|input| input.as_string().unwrap_or_default());
    let mut field = || strings.next().filter(|text| !text.is_empty());
    let context = core::Context {
        username: field(),
        email: field(),
        first_name: field(),
        last_name: field(),
        tenant: field(),
        user_inputs: strings.collect(),
    };
    let normalization =
        if nfc { core::policy::Normalization::Nfc } else { core::policy::Normalization::None };
    let analysis = core::checker::estimate_head(data, &password, normalization, &context, reference_year);
    let strength = &analysis.strength;
    let times = &strength.crack_times_seconds;
    let mut numbers = vec![
        f64::from(strength.score),
        strength.guesses_log10,
        times.online_throttling100_per_hour,
        times.online_no_throttling10_per_second,
        times.offline_slow_hashing1e4_per_second,
        times.offline_fast_hashing1e10_per_second,
        f64::from(u8::from(analysis.common_phrase)),
        strength.warning.map_or(-1.0, index),
    ];
    numbers.extend(strength.suggestions.iter().map(|&suggestion| index(suggestion)));
    Ok(numbers)
}

/// A code's index in its vocabulary (the order of `Codes::ALL`, which the catalogue keeps).
fn index<C: Codes + PartialEq>(code: C) -> f64 {
    let at = C::ALL.iter().position(|&known| known == code).unwrap_or(usize::MAX);
    u32::try_from(at).map_or(-1.0, f64::from)
}
