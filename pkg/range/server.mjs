// `passgate-range serve`: a Pwned Passwords range server (the HIBP k-anonymity protocol) for
// tests, demos and self-hosting. It answers from files in the official downloader's format
// (`FULLHASH:COUNT` lines sorted by hash, LF or CRLF) without loading them: each request
// binary-searches byte offsets with positional reads, then reads the prefix's lines, so a
// 40-80 GB file costs O(log size) small reads plus the range itself.
//
// Protocol: GET /range/{5 hex} (any case) → 200 text/plain, `SUFFIX:COUNT` rows in uppercase,
// sorted, CRLF-separated, no trailing newline. `?mode=ntlm` reads the NTLM file. With the
// request header `Add-Padding: true`, 10-200 rows of random suffixes with count 0 follow the
// real rows. A prefix with no rows in the file (only possible with a partial file) is answered
// with padding rows alone, since an empty 200 is an error to clients. CORS allows any origin
// and the Add-Padding header.
//
// Privacy: a prefix narrows a password down to 1 in 1,048,576 hashes, and a log line ties it to
// a time and an address, so nothing is logged per request unless asked (`log`).
import { randomBytes, randomInt } from "node:crypto";
import { open } from "node:fs/promises";
import { createServer } from "node:http";

/** Failure modes a test can ask for (`fault` option or `server.fault`). */
export const FAULTS = ["slow", "429", "502", "empty", "truncated", "lf", "lowercase", "garbage"];

/** Listens on a free loopback port; resolves to the server's base URL. */
export async function listenLocal(server) {
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  return `http://127.0.0.1:${server.address().port}`;
}

const PREFIX = /^[0-9A-Fa-f]{5}$/;
const HASH_LENGTH = { sha1: 40, ntlm: 32 };
const NEWLINE = 0x0a;
/** Longest line accepted in a corpus file (a line is ~50 bytes). */
const MAX_LINE = 4096;
const SCAN_CHUNK = 64 * 1024;
const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Add-Padding",
  "Access-Control-Max-Age": "86400",
};

/**
 * A sorted `FULLHASH:COUNT` file opened for positional reads.
 * @param {import("node:fs/promises").FileHandle} handle
 */
class SortedHashFile {
  constructor(handle, size) {
    this.handle = handle;
    this.size = size;
  }

  static async open(path) {
    const handle = await open(path, "r");
    const { size } = await handle.stat();
    return new SortedHashFile(handle, size);
  }

  async read(position, length) {
    const buffer = Buffer.alloc(Math.min(length, this.size - position));
    const { bytesRead } = await this.handle.read(buffer, 0, buffer.length, position);
    return buffer.subarray(0, bytesRead);
  }

  /** The first line starting at or after byte `position`: `{ start, end, text }` or null at EOF. */
  async lineAt(position) {
    let start = position;
    if (position > 0) {
      // The line starts after the first newline at or after position - 1.
      const head = await this.read(position - 1, MAX_LINE);
      const newline = head.indexOf(NEWLINE);
      if (newline < 0) return null;
      start = position + newline;
    }
    if (start >= this.size) return null;
    const chunk = await this.read(start, MAX_LINE);
    let end = chunk.indexOf(NEWLINE);
    if (end < 0) {
      if (start + chunk.length < this.size) throw new Error(`line longer than ${MAX_LINE} bytes at ${start}`);
      end = chunk.length;
    }
    return { start, end: start + end, text: chunk.subarray(0, end).toString("latin1") };
  }

  /** Byte offset of the first line whose hash starts with `prefix` or sorts after it. */
  async lowerBound(prefix) {
    // Invariant: the wanted line is the line at or after `lo` and at or before the one at `hi`.
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      const line = await this.lineAt(mid);
      if (line === null || line.text.slice(0, 5).toUpperCase() >= prefix) hi = mid;
      else lo = line.end + 1;
    }
    return lo;
  }

  /** Every `[HASH, COUNT]` (uppercase) whose hash starts with `prefix`, in file order. */
  async range(prefix, hashLength) {
    const rows = [];
    let position = (await this.lineAt(await this.lowerBound(prefix)))?.start ?? this.size;
    let carry = "";
    while (position < this.size) {
      const chunk = await this.read(position, SCAN_CHUNK);
      position += chunk.length;
      const lines = (carry + chunk.toString("latin1")).split("\n");
      carry = position < this.size ? lines.pop() : "";
      for (const raw of lines) {
        const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
        if (line === "") continue;
        const hash = line.slice(0, 5).toUpperCase();
        if (hash > prefix) return rows;
        if (hash < prefix) continue; // an unsorted file; skip rather than stop early
        const [full, count, extra] = line.split(":");
        if (extra !== undefined || full.length !== hashLength || !/^\d+$/.test(count ?? "")) {
          throw new Error(`malformed corpus line for prefix ${prefix}: ${JSON.stringify(line.slice(0, 80))}`);
        }
        rows.push([full.toUpperCase(), count]);
      }
    }
    return rows;
  }

  close() {
    return this.handle.close();
  }
}

function paddingRows(suffixLength) {
  const rows = [];
  for (let i = randomInt(10, 201); i > 0; i--) {
    rows.push(`${randomBytes(Math.ceil(suffixLength / 2)).toString("hex").slice(0, suffixLength).toUpperCase()}:0`);
  }
  return rows;
}

/**
 * Creates (does not start) a range server.
 * @param {object} options
 * @param {string} [options.sha1File] sorted `SHA1:COUNT` file; without it SHA-1 ranges are 404
 * @param {string} [options.ntlmFile] sorted `NTLM:COUNT` file; without it `?mode=ntlm` is 404
 * @param {string} [options.fault] one of FAULTS (changeable later via `server.fault`)
 * @param {number} [options.slowMs] delay of the `slow` fault (default 6000, above the 5000 ms client default)
 * @param {boolean} [options.recordRequests] keep every request in `server.requests` (tests;
 *   default false, since it grows without bound)
 * @param {"masked" | "prefixes"} [options.log] print one line per request to stdout: with the
 *   prefix replaced by `*****` ("masked") or as requested ("prefixes"); default: nothing
 * @returns {import("node:http").Server & { fault?: string, slowMs: number, requests: object[] }}
 *   `requests` (with `recordRequests`): `{ method, url, headers }` (url = path + query).
 */
export function createRangeServer({ sha1File, ntlmFile, fault, slowMs = 6000, recordRequests = false, log } = {}) {
  if (log !== undefined && log !== "masked" && log !== "prefixes") throw new Error(`unknown log ${log} (accepted: masked, prefixes)`);
  if (fault !== undefined && !FAULTS.includes(fault)) throw new Error(`unknown fault ${fault} (accepted: ${FAULTS.join(", ")})`);
  const paths = { sha1: sha1File, ntlm: ntlmFile };
  const files = {}; // mode -> Promise<SortedHashFile>, opened on first use
  const file = (mode) => (files[mode] ??= SortedHashFile.open(paths[mode]));

  const server = createServer((req, res) => {
    if (recordRequests) server.requests.push({ method: req.method, url: req.url, headers: { ...req.headers } });
    if (log) {
      const started = process.hrtime.bigint();
      res.once("finish", () => {
        const url = log === "prefixes" ? req.url : String(req.url).replace(/\/range\/[^/?]*/, "/range/*****");
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        console.log(`${new Date().toISOString()} ${req.method} ${url} ${res.statusCode} ${ms.toFixed(1)}ms`);
      });
    }
    handle(req, res).catch((error) => {
      if (!res.headersSent) send(res, 500, "Internal error\n");
      else res.destroy();
      console.error(error);
    });
  });
  server.fault = fault;
  server.slowMs = slowMs;
  server.requests = [];
  server.on("close", () => {
    for (const opened of Object.values(files)) opened.then((f) => f.close()).catch(() => {});
  });

  async function handle(req, res) {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (req.method === "OPTIONS") {
      res.writeHead(204, CORS).end();
      return;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      send(res, 405, "Method not allowed\n", { Allow: "GET, HEAD, OPTIONS" });
      return;
    }
    const match = /^\/range\/([^/]*)$/.exec(url.pathname);
    if (!match) {
      send(res, 404, "Not found\n");
      return;
    }
    const prefix = match[1];
    if (!PREFIX.test(prefix)) {
      send(res, 400, "The hash prefix was not in a valid format");
      return;
    }
    const modeParam = url.searchParams.get("mode");
    if (modeParam !== null && modeParam !== "ntlm") {
      send(res, 400, "The mode must be ntlm or absent");
      return;
    }
    const mode = modeParam ?? "sha1";
    if (!paths[mode]) {
      send(res, 404, `No ${mode} corpus configured\n`);
      return;
    }
    const padding = String(req.headers["add-padding"]).toLowerCase() === "true";

    switch (server.fault) {
      case "429":
        send(res, 429, "Rate limit exceeded, retry later", { "Retry-After": "2" });
        return;
      case "502":
        send(res, 502, "Bad gateway");
        return;
      case "empty":
        send(res, 200, "");
        return;
      case "garbage":
        send(res, 200, "<!DOCTYPE html><html><body><h1>Sign in to the Wi-Fi</h1></body></html>", {
          "Content-Type": "text/html; charset=utf-8",
        });
        return;
      case "slow":
        if (!(await delay(server.slowMs, res))) return;
        break;
    }

    const upper = prefix.toUpperCase();
    const hashLength = HASH_LENGTH[mode];
    const real = (await (await file(mode)).range(upper, hashLength)).map(([hash, count]) => `${hash.slice(5)}:${count}`);
    const rows = padding || real.length === 0 ? [...real, ...paddingRows(hashLength - 5)] : real;
    let body = rows.join(server.fault === "lf" ? "\n" : "\r\n");
    if (server.fault === "lowercase") body = body.toLowerCase();
    if (server.fault === "truncated") {
      // Cut the last row in the middle of its suffix.
      const last = body.lastIndexOf("\n") + 1;
      body = body.slice(0, last + 10);
    }
    send(res, 200, req.method === "HEAD" ? null : body);
  }

  return server;
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { "Content-Type": "text/plain", ...CORS, ...headers });
  res.end(body ?? undefined);
}

/** Waits `ms`, or less if the client goes away; resolves to whether the client is still there. */
function delay(ms, res) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      res.off("close", gone);
      resolve(true);
    }, ms);
    const gone = () => {
      clearTimeout(timer);
      resolve(false);
    };
    res.once("close", gone);
  });
}
