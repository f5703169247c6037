// The JS half of the parity test, shared by Node and the browser page: the same output as
// `cargo run --example parity_reports` (every preset × every corpus line, in order, then each
// of the policies file's policies over the corpus and its long inputs).
export async function reports({ createChecker, presets }, corpus, context, policies) {
  const out = [];
  const lines = corpus.split("\n").filter((line) => line !== "");
  const long = policies.long.map(({ text, times }) => text.repeat(times));
  const runs = [
    ...presets.map((preset) => ({ id: preset.id, policy: { preset: preset.id }, passwords: lines })),
    ...policies.policies.map(({ id, policy }) => ({ id, policy, passwords: [...lines, ...long] })),
  ];
  for (const { id, policy, passwords } of runs) {
    // The year dates are measured from is fixed, so the builds agree on any day.
    const checker = await createChecker({ policy, strength: { referenceYear: 2026 } });
    for (const password of passwords) {
      out.push({ preset: id, password, report: checker.check(password, context) });
    }
  }
  return out;
}
