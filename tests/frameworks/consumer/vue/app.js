// The Vue consumer: usePasswordCheck with refs, <PasswordMeter> on the same input, and the
// string schema checked on submit. Rendered in the browser (main.js) and by Vue's server
// renderer (frameworks.test.mjs). Render functions, so no template compiler is needed.
import { defineComponent, h, ref } from "vue";
import { createChecker } from "passgate";
import { passwordSchema } from "passgate/schema";
import { PasswordMeter, usePasswordCheck } from "passgate/vue";

const options = { policy: { preset: "microsoft-entra" } };
// Defined before the checker exists: `validate` waits for it.
const schema = passwordSchema(() => createChecker(options));

export const App = defineComponent({
  props: { breachEndpoint: { type: String, required: true } },
  setup(props) {
    const password = ref("");
    const { ready, report, breach } = usePasswordCheck(password, {
      options: { ...options, breach: { endpoint: props.breachEndpoint } },
    });
    const issues = ref("");
    const submit = async (event) => {
      event.preventDefault();
      const result = await schema["~standard"].validate(password.value);
      issues.value = result.issues ? result.issues.map((issue) => issue.code).join(" ") : "accepted";
    };
    return () =>
      h("form", { noValidate: true, onSubmit: submit }, [
        h("label", { for: "password" }, "New password"),
        h("input", {
          id: "password",
          type: "password",
          autocomplete: "new-password",
          value: password.value,
          onInput: (event) => (password.value = event.target.value),
        }),
        h(PasswordMeter, { for: "password", policy: "microsoft-entra", breachEndpoint: props.breachEndpoint }),
        h(
          "output",
          {
            id: "live",
            "data-ready": String(ready.value),
            "data-ok": report.value ? String(report.value.ok) : "",
            "data-breach": breach.value?.status ?? "",
          },
          report.value ? report.value.violations.map((v) => v.code).join(" ") : "loading",
        ),
        h("p", { id: "issues" }, issues.value),
        h("button", { type: "submit" }, "Check"),
      ]);
  },
});
