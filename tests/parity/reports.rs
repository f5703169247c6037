//! Prints passgate's report for every password of a corpus under every preset, as JSON, so
//! that other builds (wasm in Node, wasm in a browser) can be compared with the native crate.
//!
//! Usage: `cargo run --example parity_reports -- tests/parity/corpus.txt tests/parity/context.json`
//! Output: `[{"preset": id, "password": p, "report": {...}}, ...]`, presets in shipped order,
//! passwords in file order (one per line; empty lines skipped).

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
    let (Some(corpus), Some(context)) = (args.next(), args.next()) else {
        return Err("usage: reports CORPUS CONTEXT_JSON".to_owned());
    };
    let corpus = std::fs::read_to_string(&corpus).map_err(|err| format!("{corpus}: {err}"))?;
    let context = std::fs::read_to_string(&context).map_err(|err| format!("{context}: {err}"))?;
    let context: Context = decode_json("context", &context).map_err(|err| err.to_string())?;
    let mut out: Vec<Value> = Vec::new();
    for preset in presets() {
        let policy = PolicyConfig { preset: Some(preset.id.to_owned()), ..PolicyConfig::default() };
        // The year dates are measured from is fixed, so the builds agree on any day.
        let strength = Some(StrengthOptions { reference_year: Some(2026) });
        let checker =
            Checker::new(CheckerOptions { policy: Some(policy), strength, ..CheckerOptions::default() })
                .map_err(|err| err.to_string())?;
        for password in corpus.lines().filter(|line| !line.is_empty()) {
            let report =
                serde_json::to_value(checker.check(password, &context)).map_err(|err| err.to_string())?;
            out.push(json!({ "preset": preset.id, "password": password, "report": report }));
        }
    }
    serde_json::to_string(&out).map_err(|err| err.to_string())
}
