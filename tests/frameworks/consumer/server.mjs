// A Hono server that validates the sign-up form with the same schema as the React form:
// 422 with the issues' codes for a password the policy refuses, 400 for a body that is not JSON.
import { Hono } from "hono";
import { serve } from "@hono/node-server";
import { signupSchema } from "./signup-schema.js";

export const app = new Hono();

app.post("/signup", async (c) => {
  let body;
  try {
    body = await c.req.json();
  } catch {
    return c.json({ error: "expected a JSON body" }, 400);
  }
  const result = await signupSchema["~standard"].validate(body);
  if (result.issues) {
    return c.json({ issues: result.issues.map(({ code, message, path }) => ({ code, message, path })) }, 422);
  }
  return c.json({ ok: true }, 201);
});

/** Listens on a free loopback port; resolves to `{ url, close }`. */
export function start() {
  return new Promise((done) => {
    const server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, ({ port }) =>
      done({ url: `http://127.0.0.1:${port}`, close: () => new Promise((closed) => server.close(closed)) }),
    );
  });
}
