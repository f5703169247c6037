// Uses only the hook: its bundle must hold neither Vue nor the meter element.
import { StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";
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

createRoot(document.getElementById("root")).render(
  <StrictMode>
    <Field />
  </StrictMode>,
);
