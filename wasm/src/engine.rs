//! The strength module's exports (feature `engine`): the estimator and its dictionaries, no
//! policy code. The package runs it beside the policy module (the `lite`-feature build):
//! `estimate` first, then the policy module's `check` with the score and phrase flag.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{encode, js_error, string_argument};
use passgate as core;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Estimate {
    strength: core::strength::Strength,
    common_phrase: bool,
}

/// Estimates the strength of `password` (its first code points as the policy module's checks
/// read them: `nfc` as `estimateSettings` says, then the context's words and the reference
/// year). Throws `strengthNotLoaded` before `loadStrengthData`.
#[wasm_bindgen]
pub fn estimate(
    password: JsValue,
    nfc: bool,
    context: JsValue,
    reference_year: i32,
) -> Result<JsValue, JsValue> {
    let password = string_argument("password", &password)?;
    // The policy module has decoded the same context with its errors already; this one only
    // needs the words.
    let json = js_sys::JSON::stringify(&context).ok().and_then(|json| json.as_string());
    let context: core::Context = json.and_then(|json| serde_json::from_str(&json).ok()).unwrap_or_default();
    let data = crate::STRENGTH
        .get()
        .ok_or_else(|| js_error("strengthNotLoaded", "the strength dictionaries have not been loaded"))?;
    let normalization =
        if nfc { core::policy::Normalization::Nfc } else { core::policy::Normalization::None };
    let analysis = core::checker::estimate_head(data, &password, normalization, &context, reference_year);
    encode(&Estimate { common_phrase: analysis.common_phrase, strength: analysis.strength })
}
