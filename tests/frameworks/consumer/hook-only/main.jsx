// Uses only the hook: its bundle must hold neither Vue nor the meter element. The second field
// checks with a checker whose strength estimates arrive later (as while the full build's
// dictionaries load): the hook re-checks once `strengthReady` resolves, and under StrictMode
// asks for one breach lookup.
import { StrictMode, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { createChecker } from "passgate";
import { usePasswordCheck } from "passgate/react";

function Field() {
  const [password, setPassword] = useState("");
  const { report } = usePasswordCheck(password);
  return (
    <>
      <label htmlFor="password">New password</label>
      <input id="password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} />
      <output id="live" data-ok={report ? String(report.ok) : ""}>{report?.violations.map((v) => v.code).join(" ")}</output>
    </>
  );
}

/** A real checker whose reports lack `strength` until `strengthReady` resolves (after 300 ms). */
async function stagedChecker() {
  const checker = await createChecker();
  let ready = false;
  const strengthReady = new Promise((resolve) => setTimeout(() => resolve((ready = true)), 300));
  return {
    strengthReady,
    check: (password, context) => ({ ...checker.check(password, context), strength: ready ? checker.check(password, context).strength : null }),
    // Counted, and answered here: StrictMode must not make the hook ask twice.
    checkBreached: async () => {
      globalThis.stagedLookups = (globalThis.stagedLookups ?? 0) + 1;
      return { status: "clear", message: "Not found in known breaches." };
    },
  };
}
const staged = stagedChecker();

/** Every score the probe rendered, in order (for the test). */
const seen = (globalThis.stagedScores = []);

function Staged() {
  const { report, breach } = usePasswordCheck("Kx7!mQ2#vLp9zR-tangerine", { checker: staged, breach: true });
  const score = report ? (report.strength ? String(report.strength.score) : "null") : "";
  useEffect(() => {
    if (score && seen.at(-1) !== score) seen.push(score);
  }, [score]);
  return <output id="staged" data-score={score} data-ok={report ? String(report.ok) : ""} data-breach={breach?.status ?? ""} />;
}

createRoot(document.getElementById("root")).render(
  <StrictMode>
    <Field />
    <Staged />
  </StrictMode>,
);
