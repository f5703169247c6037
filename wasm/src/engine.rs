//! The strength module's exports (feature `engine`): the estimator and its dictionaries, no
//! policy code and no message text (an estimate is numbers and codes, which the package words).
//! The package runs it beside the policy module (the `lite`-feature build): `estimate` first,
//! then the policy module's `check` with the score and phrase flag.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{js_error, string_argument};
use passgate as core;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Estimate {
    strength: core::strength::CodedStrength,
    common_phrase: bool,
}

/// Estimates the strength of `password` (its first code points as the policy module's checks
/// read them: `nfc` as `estimateSettings` says, then the reference year) with the context's
/// words: `inputs` is `[username, email, firstName, lastName, tenant, ...userInputs]` (an empty
/// string or a non-string for an absent field), the order `Context::inputs` reads them in.
/// Throws `strengthNotLoaded` before `loadStrengthData`.
#[wasm_bindgen]
pub fn estimate(
    password: JsValue,
    nfc: bool,
    inputs: Vec<JsValue>,
    reference_year: i32,
) -> Result<JsValue, JsValue> {
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
    // Straight into JS values (numbers as numbers): no JSON text, so no float formatting and no
    // JSON code in this module.
    Estimate { common_phrase: analysis.common_phrase, strength: analysis.strength }
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|err| js_error("internal", &err.to_string()))
}
