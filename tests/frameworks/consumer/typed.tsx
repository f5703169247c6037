// Compiled with `tsc --strict --noEmit` against the packed package (frameworks.test.mjs): typed
// usage of passgate/react, passgate/vue, passgate/schema and the lite entries.
import type { StandardSchemaV1 } from "@standard-schema/spec";
import { createChecker, type Report } from "passgate";
import * as react from "passgate/react";
import * as vue from "passgate/vue";
import * as liteReact from "passgate/lite/react";
import * as liteVue from "passgate/lite/vue";
import { passwordFormSchema, passwordSchema, type PasswordIssue, type PasswordSchema } from "passgate/schema";
import { createChecker as createLiteChecker } from "passgate/lite";
import { ref } from "vue";

// The schemas are Standard Schema v1 as its own package defines it.
const standard: StandardSchemaV1<string> = passwordSchema(() => createChecker());
const form: StandardSchemaV1<{ password: string; email: string }> = passwordFormSchema<{ password: string; email: string }>(
  createChecker({ policy: { preset: "owasp-asvs-5-l1" } }),
  { breach: "fail-open", contextFields: { email: "email" } },
);
void standard;
void form;

export async function validateBoth(): Promise<string[]> {
  const checker = await createChecker();
  const fromChecker: PasswordSchema<string> = checker.schema({ email: "ada@example.com" }, { breach: "fail-closed" });
  const result = await fromChecker["~standard"].validate("hunter2");
  const codes: string[] = [];
  if (result.issues) for (const issue of result.issues as readonly PasswordIssue[]) codes.push(issue.code);
  else {
    const value: string = result.value;
    codes.push(value);
  }
  const lite = passwordSchema(createLiteChecker());
  const liteResult = await lite["~standard"].validate("hunter2");
  if (liteResult.issues) codes.push(...liteResult.issues.map((issue) => issue.code));
  return codes;
}

export function ReactField({ password }: { password: string }) {
  const state: react.PasswordCheckState<Report> = react.usePasswordCheck(password, {
    options: { policy: { preset: "nist-800-63b-4", minLength: 12 }, breach: { endpoint: "https://example.com" } },
    context: { firstName: "Ada" },
  });
  const score: number | null = state.report?.strength?.score ?? null;
  const status: "breached" | "clear" | "unknown" | undefined = state.breach?.status;
  const lite = liteReact.usePasswordCheck(password, { options: { policy: { minLength: 10 } } });
  // The lite report's strength is always null.
  const liteStrength: null | undefined = lite.report?.strength;
  // @ts-expect-error there is no estimate to read in the lite build
  void lite.report?.strength?.score;
  const delay: number = react.BREACH_DELAY;
  return (
    <div data-delay={delay} data-status={status} data-ready={String(state.ready)} data-lite-strength={String(liteStrength)}>
      {score}
      <react.PasswordMeter
        htmlFor="pw"
        policy="microsoft-entra"
        breachMode="sha1"
        context={{ email: "ada@example.com" }}
        onChange={(detail) => void detail.report.violations.map((v) => v.code)}
        onReady={(checker) => void checker.policy.preset}
        onError={(error) => void error}
      />
    </div>
  );
}

export function vueUsage(): boolean {
  const password = ref("");
  const { ready, report, breach, error } = vue.usePasswordCheck(password, { context: () => ({ username: "ada" }) });
  const lite = liteVue.usePasswordCheck(() => password.value, { breach: false });
  const ok: boolean | undefined = report.value?.ok;
  const failed: Error | null = error.value;
  void lite.report.value?.violations;
  void breach.value?.message;
  void failed;
  const meter: typeof vue.PasswordMeter = vue.PasswordMeter;
  void meter;
  return ready.value && ok === true;
}
