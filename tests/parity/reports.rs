//! Prints passgate's report for every password of a corpus under every preset, as JSON, so
//! that other builds (wasm in Node, wasm in a browser) can be compared with the native crate.
//!
//! Usage: `cargo run --example parity_reports -- tests/parity/corpus.txt tests/parity/context.json
//! tests/parity/policies.json`
//! Output: `[{"preset": id, "password": p, "report": {...}}, ...]`, presets in shipped order,
//! passwords in file order (one per line; empty lines skipped); then each of the policies file's
//! `policies` (`preset` is its `id`) over the corpus and the file's `long` inputs (`text` repeated
//! `times`: longer than the package passes to wasm, so the JS side counts their tail).

use std::process::ExitCode;

use passgate::options::StrengthOptions;
use passgate::policy::presets;
use passgate::{decode_json, Checker, CheckerOptions, Context, PolicyConfig};
use serde_json::{json, Value};

fn main() -> ExitCode {
    match run() {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("reports: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<String, String> {
    let mut args = std::env::args().skip(1);
    let (Some(corpus), Some(context), Some(policies)) = (args.next(), args.next(), args.next()) else {
        return Err("usage: reports CORPUS CONTEXT_JSON POLICIES_JSON".to_owned());
    };
    let policies = std::fs::read_to_string(&policies).map_err(|err| format!("{policies}: {err}"))?;
    let policies: Value = serde_json::from_str(&policies).map_err(|err| err.to_string())?;
    let corpus = std::fs::read_to_string(&corpus).map_err(|err| format!("{corpus}: {err}"))?;
    let context = std::fs::read_to_string(&context).map_err(|err| format!("{context}: {err}"))?;
    let context: Context = decode_json("context", &context).map_err(|err| err.to_string())?;
    let lines: Vec<String> = corpus.lines().filter(|line| !line.is_empty()).map(str::to_owned).collect();
    let long: Vec<String> = items(&policies, "long")
        .iter()
        .map(|item| {
            item["text"].as_str().unwrap_or_default().repeat(item["times"].as_u64().unwrap_or(0) as usize)
        })
        .collect();
    let mut runs: Vec<(String, PolicyConfig, Vec<String>)> = presets()
        .iter()
        .map(|preset| {
            let policy = PolicyConfig { preset: Some(preset.id.to_owned()), ..PolicyConfig::default() };
            (preset.id.to_owned(), policy, lines.clone())
        })
        .collect();
    for item in items(&policies, "policies") {
        let policy = decode_json("policy", &item["policy"].to_string()).map_err(|err| err.to_string())?;
        let passwords = lines.iter().chain(&long).cloned().collect();
        runs.push((item["id"].as_str().unwrap_or_default().to_owned(), policy, passwords));
    }
    let mut out: Vec<Value> = Vec::new();
    for (id, policy, passwords) in runs {
        // The year dates are measured from is fixed, so the builds agree on any day.
        let strength = Some(StrengthOptions { reference_year: Some(2026) });
        let checker =
            Checker::new(CheckerOptions { policy: Some(policy), strength, ..CheckerOptions::default() })
                .map_err(|err| err.to_string())?;
        for password in passwords {
            let report =
                serde_json::to_value(checker.check(&password, &context)).map_err(|err| err.to_string())?;
            out.push(json!({ "preset": id, "password": password, "report": report }));
        }
    }
    serde_json::to_string(&out).map_err(|err| err.to_string())
}

/// The array `key` of the policies file (empty when absent).
fn items<'a>(file: &'a Value, key: &str) -> &'a [Value] {
    file[key].as_array().map_or(&[], Vec::as_slice)
}
