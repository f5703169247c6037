// The JS half of the parity test, shared by Node and the browser page: the same output as
// `cargo run --example reports` (every preset × every corpus line, in order).
export async function reports({ createChecker, presets }, corpus, context) {
  const out = [];
  for (const preset of presets) {
    // The year dates are measured from is fixed, so the builds agree on any day.
    const checker = await createChecker({ policy: { preset: preset.id }, strength: { referenceYear: 2026 } });
    for (const password of corpus.split("\n").filter((line) => line !== "")) {
      out.push({ preset: preset.id, password, report: checker.check(password, context) });
    }
  }
  return out;
}
