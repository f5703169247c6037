// The React consumer: TanStack Form validating with passgate's schema, usePasswordCheck for a
// live line, and <PasswordMeter> on the same input. Rendered in the browser (main.jsx) and by
// react-dom/server (frameworks.test.mjs).
import { useState } from "react";
import { useForm } from "@tanstack/react-form";
import { PasswordMeter, usePasswordCheck } from "passgate/react";
import { policy, signupSchema } from "../signup-schema.js";

function LiveLine({ password, email, breachEndpoint }) {
  const { ready, report, breach, error } = usePasswordCheck(password, {
    options: { policy, breach: { endpoint: breachEndpoint } },
    context: { email },
  });
  return (
    <output
      id="live"
      data-ready={String(ready)}
      data-ok={report ? String(report.ok) : ""}
      data-score={report?.strength ? String(report.strength.score) : "none"}
      data-breach={breach?.status ?? ""}
    >
      {error ? error.message : report ? report.violations.map((v) => v.code).join(" ") : "loading"}
    </output>
  );
}

export function App({ breachEndpoint }) {
  const [accepted, setAccepted] = useState(false);
  const form = useForm({
    defaultValues: { email: "", password: "" },
    validators: { onSubmitAsync: signupSchema },
    onSubmit: () => setAccepted(true),
  });
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.handleSubmit();
      }}
    >
      <form.Field name="email">
        {(field) => (
          <label>
            E-mail
            <input id="email" type="email" value={field.state.value} onChange={(e) => field.handleChange(e.target.value)} />
          </label>
        )}
      </form.Field>
      <form.Field name="password">
        {(field) => (
          <>
            <label htmlFor="password">New password</label>
            <input
              id="password"
              type="password"
              autoComplete="new-password"
              value={field.state.value}
              onChange={(e) => field.handleChange(e.target.value)}
            />
            <PasswordMeter htmlFor="password" policy={policy.preset} breachEndpoint={breachEndpoint} />
            <LiveLine password={field.state.value} email={form.state.values.email} breachEndpoint={breachEndpoint} />
            <p id="issues">{field.state.meta.errors.map((issue) => issue?.code ?? String(issue)).join(" ")}</p>
          </>
        )}
      </form.Field>
      <button type="submit">Create account</button>
      {accepted && <p id="accepted">accepted</p>}
    </form>
  );
}
