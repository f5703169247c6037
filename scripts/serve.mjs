// Serves the demo: www/ at /, the built npm package (pkg/dist) at /passgate/, and the sample
// breach corpus at /range/XXXXX (same origin) when scripts/range-server.mjs is present.
// Usage: node scripts/serve.mjs [--port 8080] [--host 127.0.0.1] [--fault MODE]
//
// POST /reset is the demo account's password change, as a real reset form's server would take
// it: JSON `{ "password": "..." }` (the checker's normalized form). It refuses the last three
// passwords set on the account with 409 `{ "code": "passwordReused" }` (a `server.*` code the
// page renders through the meter), else keeps it and answers 200 `{ "ok": true }`. Only scrypt
// hashes (Node's crypto.scrypt, a random salt each) are kept, in memory, never the password;
// nothing is logged. `server.account.history` holds them for tests.
//
// Tests steer the breach endpoint through `server.breach` (a handle in this process, not a URL:
// nothing the page can reach): `breach.fault = "502"` and so on (FAULTS of the range server,
// plus "down", which drops the connection as an unreachable server would), `breach.slowMs`,
// and `breach.requests`, the /range/ requests seen.
import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { createReadStream, existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const root = resolve(import.meta.dirname, "..");
const mounts = [
  ["/passgate/", join(root, "pkg", "dist")],
  ["/", join(root, "www")],
];
// The local HIBP-compatible range server, mounted at /range/ by delegating each request to it.
// Skipped (404) in builds that do not ship it yet.
const rangeServerModule = join(root, "scripts", "range-server.mjs");
async function loadRangeServer() {
  if (!existsSync(rangeServerModule)) return null;
  const { createRangeServer, SAMPLE_FILES } = await import(pathToFileURL(rangeServerModule).href);
  return createRangeServer(SAMPLE_FILES);
}

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};
// The policy the demo asks every embedding page to adopt (see the package README).
const securityHeaders = {
  "Content-Security-Policy":
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
    "connect-src 'self' https://api.pwnedpasswords.com; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-store",
};

/** Maps a URL path to a file under one of the mounts, refusing anything that escapes it. */
function locate(pathname) {
  for (const [prefix, dir] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    const relative = normalize(decodeURIComponent(pathname.slice(prefix.length)));
    const file = resolve(dir, relative.endsWith(sep) || relative === "." ? join(relative, "index.html") : relative);
    return file === dir || file.startsWith(dir + sep) ? file : null;
  }
  return null;
}

/** How many of the demo account's last passwords a reset may not reuse. */
export const HISTORY = 3;
/** The largest reset body read (a password is far shorter). */
const MAX_BODY = 64 * 1024;

const scryptHash = (password, salt) =>
  new Promise((done, fail) => scrypt(password, salt, 32, (error, key) => (error ? fail(error) : done(key))));

/** The demo account: the scrypt hashes of its last passwords, newest first. */
function createAccount() {
  const history = [];
  return {
    history,
    /** Sets `password` unless it is one of the last `HISTORY`; returns the rejection code, if any. */
    async reset(password) {
      for (const { salt, hash } of history) {
        if (timingSafeEqual(await scryptHash(password, salt), hash)) return "passwordReused";
      }
      const salt = randomBytes(16);
      history.unshift({ salt, hash: await scryptHash(password, salt) });
      history.length = Math.min(history.length, HISTORY);
      return null;
    },
  };
}

/** Reads a JSON body of at most MAX_BODY bytes; `null` when too large or not JSON. */
async function readJson(req) {
  let size = 0;
  const chunks = [];
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) return null;
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return null;
  }
}

/** POST /reset: the demo account's password change (see the top of this file). */
async function handleReset(req, res, account) {
  const reply = (status, body) => {
    res.writeHead(status, { "Content-Type": "application/json", ...securityHeaders });
    res.end(JSON.stringify(body));
  };
  if (req.method !== "POST") {
    res.writeHead(405, { Allow: "POST", ...securityHeaders });
    res.end();
    return;
  }
  const body = await readJson(req);
  if (typeof body?.password !== "string" || body.password === "") {
    reply(400, { code: "badRequest" });
    return;
  }
  const rejection = await account.reset(body.password);
  if (rejection) reply(409, { code: rejection });
  else reply(200, { ok: true });
}

/** Breach-endpoint modes the demo server adds to the range server's own faults. */
export const DEMO_FAULTS = ["down"];

/**
 * The demo's request handler, for any server with Node's request and response API (HTTP/1.1 or
 * HTTP/2). `handler.account` is the demo account (POST /reset). `handler.breach` steers its
 * /range/ endpoint: `fault` (`null`, "down" or a range-server fault), `slowMs`, and `requests`
 * (`{ method, url, headers }` of every /range/ request). `handler.close()` releases the range
 * server's open corpus files.
 */
export function createDemoHandler({ fault = null, slowMs } = {}) {
  let range; // Promise<http.Server | null>, created on the first /range/ request
  const breach = { fault, slowMs, requests: [] };
  const account = createAccount();
  const handle = async (req, res) => {
    const { pathname } = new URL(req.url ?? "/", "http://localhost");
    if (pathname === "/reset") {
      await handleReset(req, res, account);
      return;
    }
    if (pathname.startsWith("/range/")) {
      breach.requests.push({ method: req.method, url: req.url, headers: { ...req.headers } });
      if (breach.fault === "down") {
        req.socket.destroy(); // as if nothing listened: the browser sees a network error
        return;
      }
      const rangeServer = await (range ??= loadRangeServer());
      if (rangeServer) {
        rangeServer.fault = breach.fault ?? undefined;
        if (breach.slowMs !== undefined) rangeServer.slowMs = breach.slowMs;
        rangeServer.emit("request", req, res);
        return;
      }
    }
    let file;
    try {
      file = locate(pathname);
      if (file && (await stat(file)).isDirectory()) file = join(file, "index.html");
      if (!file || !(await stat(file)).isFile()) throw new Error("not found");
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8", ...securityHeaders });
      res.end("Not found\n");
      return;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD", ...securityHeaders });
      res.end();
      return;
    }
    res.writeHead(200, { "Content-Type": types[extname(file)] ?? "application/octet-stream", ...securityHeaders });
    if (req.method === "HEAD") res.end();
    else createReadStream(file).pipe(res);
  };
  // The range server never listens; its "close" releases its open corpus files.
  const close = () => void range?.then((rangeServer) => rangeServer?.emit("close"));
  return Object.assign(handle, { breach, account, close });
}

/**
 * Creates (does not start) the demo server: an HTTP/1.1 server with `createDemoHandler`'s
 * handler, whose `account` and `breach` it carries.
 */
export function createDemoServer(options = {}) {
  const handler = createDemoHandler(options);
  const server = createServer(handler);
  server.on("close", handler.close);
  return Object.assign(server, { breach: handler.breach, account: handler.account });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "8080" },
      host: { type: "string", default: "127.0.0.1" },
      fault: { type: "string" },
    },
  });
  const server = createDemoServer({ fault: values.fault ?? null });
  server.listen(Number(values.port), values.host, () => {
    console.log(`passgate demo: http://${values.host}:${values.port}/`);
  });
}
