// Serves the demo: www/ at /, the built npm package (pkg/dist) at /passgate/, and the sample
// breach corpus at /range/XXXXX (same origin) when scripts/range-server.mjs is present.
// Usage: node scripts/serve.mjs [--port 8080] [--host 127.0.0.1] [--fault MODE]
//
// Tests steer the breach endpoint through `server.breach` (a handle in this process, not a URL:
// nothing the page can reach): `breach.fault = "502"` and so on (FAULTS of the range server,
// plus "down", which drops the connection as an unreachable server would), `breach.slowMs`,
// and `breach.requests`, the /range/ requests seen.
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

/** Breach-endpoint modes the demo server adds to the range server's own faults. */
export const DEMO_FAULTS = ["down"];

/**
 * Creates (does not start) the demo server. `server.breach` steers its /range/ endpoint:
 * `fault` (`null`, "down" or a range-server fault), `slowMs`, and `requests` (`{ method, url,
 * headers }` of every /range/ request).
 */
export function createDemoServer({ fault = null, slowMs } = {}) {
  let range; // Promise<http.Server | null>, created on the first /range/ request
  const breach = { fault, slowMs, requests: [] };
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? "/", "http://localhost");
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
  });
  // The range server never listens; its "close" releases its open corpus files.
  server.on("close", () => void range?.then((rangeServer) => rangeServer?.emit("close")));
  return Object.assign(server, { breach });
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
