// Tests for scripts/range-server.mjs against the sample corpus in data/breach-sample/.
import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";

import { createRangeServer, FAULTS, listenLocal, SAMPLE_FILES } from "../../scripts/range-server.mjs";

const { sha1File, ntlmFile } = SAMPLE_FILES;

// The test vectors of SECURITY.md, "The range protocol".
const PASSWORD_SHA1 = "5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8";
const PASSWORD_NTLM = "8846F7EAEE8FB117AD06BDD830B7586C";
const sha1 = (text) => createHash("sha1").update(text, "utf8").digest("hex").toUpperCase();

/** Starts a server on a free port; returns `{ server, get(path, init) }`. */
async function start(options = {}) {
  const server = createRangeServer({ sha1File, ntlmFile, ...options });
  const base = await listenLocal(server);
  const get = async (path, init = {}) => {
    const response = await fetch(base + path, init);
    return { response, status: response.status, body: await response.text() };
  };
  return { server, get };
}

function stop(server) {
  server.closeAllConnections();
  return new Promise((done) => server.close(done));
}

const rowsOf = (body) => body.split("\r\n").map((line) => line.split(":"));
const padded = { headers: { "Add-Padding": "true" } };

describe("range protocol", () => {
  let server;
  let get;
  before(async () => ({ server, get } = await start()));
  after(() => stop(server));

  test("a breached prefix holds the known suffix, sorted, CRLF, no trailing newline", async () => {
    const { status, body, response } = await get(`/range/${PASSWORD_SHA1.slice(0, 5)}`);
    assert.equal(status, 200);
    assert.equal(response.headers.get("content-type"), "text/plain");
    assert.equal(response.headers.get("access-control-allow-origin"), "*");
    assert.ok(!body.endsWith("\n") && !body.endsWith("\r"), "no trailing newline");
    assert.ok(!/[^\r]\n/.test(body) && !/\r[^\n]/.test(body), "every separator is CRLF");
    const rows = rowsOf(body);
    assert.ok(rows.some(([suffix, count]) => suffix === PASSWORD_SHA1.slice(5) && Number(count) > 0));
    for (const [suffix, count] of rows) {
      assert.match(suffix, /^[0-9A-F]{35}$/);
      assert.match(count, /^[1-9]\d*$/, "no padding without the header");
    }
    const suffixes = rows.map(([suffix]) => suffix);
    assert.deepEqual(suffixes, [...suffixes].sort());
  });

  test("the prefix is case-insensitive", async () => {
    const upper = await get("/range/5BAA6");
    const lower = await get("/range/5baa6");
    assert.equal(lower.status, 200);
    assert.equal(lower.body, upper.body);
  });

  test("bucket 21BD1 holds P@ssw0rd, 020293 and sparky50, in order", async () => {
    const { body } = await get("/range/21BD1");
    const expected = ["P@ssw0rd", "020293", "sparky50"].map((p) => sha1(p).slice(5)).sort();
    assert.deepEqual(
      rowsOf(body).map(([suffix]) => suffix),
      expected,
    );
  });

  test("padding rows come after the sorted rows, only with the header", async () => {
    const plain = await get("/range/5BAA6");
    const { body } = await get("/range/5BAA6", padded);
    assert.ok(body.startsWith(`${plain.body}\r\n`), "real rows unchanged and first");
    assert.ok(!body.endsWith("\n"));
    const padding = body.slice(plain.body.length + 2).split("\r\n");
    assert.ok(padding.length >= 10 && padding.length <= 200, `${padding.length} padding rows`);
    for (const row of padding) assert.match(row, /^[0-9A-F]{35}:0$/);
    assert.notEqual((await get("/range/5BAA6", padded)).body, body, "padding is random");
  });

  test("NTLM mode serves 27-hex suffixes from the NTLM file", async () => {
    const { status, body } = await get(`/range/${PASSWORD_NTLM.slice(0, 5)}?mode=ntlm`);
    assert.equal(status, 200);
    const rows = rowsOf(body);
    assert.ok(rows.some(([suffix]) => suffix === PASSWORD_NTLM.slice(5)));
    for (const [suffix] of rows) assert.match(suffix, /^[0-9A-F]{27}$/);
    const padding = (await get("/range/8846F?mode=ntlm", padded)).body.split("\r\n").filter((r) => r.endsWith(":0"));
    for (const row of padding) assert.match(row, /^[0-9A-F]{27}:0$/);
  });

  test("a bad prefix or mode is a 400 with a short text body", async () => {
    for (const path of ["/range/XYZ12", "/range/1234", "/range/123456", "/range/", "/range/5BAA6?mode=NTLM"]) {
      const { status, body, response } = await get(path);
      assert.equal(status, 400, path);
      assert.ok(body.length > 0 && body.length < 80, path);
      assert.equal(response.headers.get("access-control-allow-origin"), "*");
    }
  });

  test("other paths are 404 and other methods 405", async () => {
    assert.equal((await get("/")).status, 404);
    assert.equal((await get("/range/5BAA6/extra")).status, 404);
    assert.equal((await get("/range/5BAA6", { method: "POST" })).status, 405);
  });

  test("the CORS preflight allows any origin and the Add-Padding header", async () => {
    const { status, response } = await get("/range/5BAA6", {
      method: "OPTIONS",
      headers: { Origin: "https://app.example", "Access-Control-Request-Headers": "add-padding" },
    });
    assert.equal(status, 204);
    assert.equal(response.headers.get("access-control-allow-origin"), "*");
    assert.match(response.headers.get("access-control-allow-headers"), /add-padding/i);
    assert.match(response.headers.get("access-control-allow-methods"), /GET/);
  });

  test("a prefix without rows in a partial file is answered with padding only", async () => {
    const { status, body } = await get("/range/00000");
    assert.equal(status, 200);
    for (const row of body.split("\r\n")) assert.match(row, /^[0-9A-F]{35}:0$/);
  });

  test("the request log holds method, path and headers; only the prefix leaves", async () => {
    server.requests.length = 0;
    await get(`/range/${PASSWORD_SHA1.slice(0, 5)}`, padded);
    assert.equal(server.requests.length, 1);
    const [entry] = server.requests;
    assert.equal(entry.method, "GET");
    assert.equal(entry.url, "/range/5BAA6");
    assert.equal(entry.headers["add-padding"], "true");
    assert.ok(!JSON.stringify(entry).includes(PASSWORD_SHA1.slice(5, 15)));
  });
});

test("the sample corpus holds the known entries (NTLM hashes checked against the Rust md4 crate)", () => {
  const sha1Lines = readFileSync(sha1File, "latin1").split("\n");
  for (const password of ["password", "P@ssw0rd", "123456", "qwerty", "020293", "sparky50"]) {
    assert.ok(sha1Lines.some((line) => line.startsWith(`${sha1(password)}:`)), password);
  }
  const ntlmLines = readFileSync(ntlmFile, "latin1").split("\n");
  // Same vectors as src/breach/hash.rs: password, 123456, qwerty, P@ssw0rd.
  for (const hash of [PASSWORD_NTLM, "32ED87BDB5FDC5E9CBA88547376818D4", "2D20D252A479F485CDF5E171D93985BF", "E19CCF75EE54E06B06A5907AF13CEF42"]) {
    assert.ok(ntlmLines.some((line) => line.startsWith(`${hash}:`)), hash);
  }
});

describe("binary search over the file", () => {
  test("finds the first and last prefixes of both sample files", async () => {
    const { server, get } = await start();
    try {
      for (const [file, query] of [
        [sha1File, ""],
        [ntlmFile, "?mode=ntlm"],
      ]) {
        const lines = readFileSync(file, "latin1").trimEnd().split("\n");
        for (const line of [lines[0], lines[lines.length - 1]]) {
          const [hash, count] = line.split(":");
          const { body } = await get(`/range/${hash.slice(0, 5)}${query}`);
          assert.ok(body.split("\r\n").includes(`${hash.slice(5)}:${count}`), `${file}: ${line}`);
        }
      }
    } finally {
      await stop(server);
    }
  });

  test("agrees with a linear scan on a larger CRLF file, at every boundary", async () => {
    const dir = mkdtempSync(join(tmpdir(), "range-server-"));
    // 30 000 random hashes, a few prefixes with many rows, CRLF endings and a trailing newline.
    const hashes = Array.from({ length: 30_000 }, () => randomBytes(20).toString("hex").toUpperCase());
    for (let i = 0; i < 300; i++) hashes.push(`ABCDE${randomBytes(20).toString("hex").toUpperCase().slice(5)}`);
    hashes.push(`00000${"0".repeat(35)}`, `FFFFF${"F".repeat(35)}`);
    hashes.sort();
    const file = join(dir, "pwned.txt");
    writeFileSync(file, `${hashes.map((hash, i) => `${hash}:${i + 1}`).join("\r\n")}\r\n`);
    const { server, get } = await start({ sha1File: file });
    try {
      const prefixes = new Set(["00000", "FFFFF", "ABCDE", "ABCDD", "ABCDF"]);
      for (let i = 0; i < 60; i++) prefixes.add(hashes[Math.floor(Math.random() * hashes.length)].slice(0, 5));
      for (let i = 0; i < 20; i++) prefixes.add(randomBytes(3).toString("hex").toUpperCase().slice(0, 5));
      for (const prefix of prefixes) {
        const expected = hashes
          .map((hash, i) => `${hash.slice(5)}:${i + 1}`)
          .filter((_, i) => hashes[i].startsWith(prefix));
        const { body } = await get(`/range/${prefix}`);
        const real = body.split("\r\n").filter((row) => !row.endsWith(":0"));
        assert.deepEqual(real, expected, prefix);
      }
    } finally {
      await stop(server);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("faults", () => {
  let server;
  let get;
  before(async () => ({ server, get } = await start({ slowMs: 400 })));
  after(() => stop(server));

  const cases = {
    429: async () => {
      const { status, response } = await get("/range/5BAA6");
      assert.equal(status, 429);
      assert.equal(response.headers.get("access-control-allow-origin"), "*");
    },
    502: async () => assert.equal((await get("/range/5BAA6")).status, 502),
    empty: async () => {
      const { status, body } = await get("/range/5BAA6", padded);
      assert.deepEqual([status, body], [200, ""]);
    },
    truncated: async () => {
      const { status, body } = await get("/range/5BAA6");
      assert.equal(status, 200);
      const last = body.split("\r\n").at(-1);
      assert.ok(!last.includes(":") && last.length < 35, `last line cut: ${last}`);
    },
    lf: async () => {
      const { body } = await get("/range/5BAA6", padded);
      assert.ok(!body.includes("\r") && body.includes("\n") && !body.endsWith("\n"));
      assert.ok(body.split("\n").includes(`${PASSWORD_SHA1.slice(5)}:2500000`));
    },
    lowercase: async () => {
      const { body } = await get("/range/5BAA6");
      assert.equal(body, body.toLowerCase());
      assert.ok(body.includes(PASSWORD_SHA1.slice(5).toLowerCase()));
    },
    garbage: async () => {
      const { status, body } = await get("/range/5BAA6");
      assert.equal(status, 200);
      assert.ok(!/^[0-9A-Fa-f]{35}:\d+$/m.test(body));
    },
    slow: async () => {
      await assert.rejects(get("/range/5BAA6", { signal: AbortSignal.timeout(100) }), { name: "TimeoutError" });
      const began = Date.now();
      const { status, body } = await get("/range/5BAA6");
      assert.ok(Date.now() - began >= 350, "delayed");
      assert.equal(status, 200);
      assert.ok(body.includes(PASSWORD_SHA1.slice(5)));
    },
  };

  test("every fault has a test", () => assert.deepEqual(Object.keys(cases).sort(), [...FAULTS].sort()));

  for (const [fault, check] of Object.entries(cases)) {
    test(`fault ${fault}`, async () => {
      server.fault = fault;
      try {
        await check();
        // Validation still comes first.
        assert.equal((await get("/range/XYZ12")).status, 400);
      } finally {
        server.fault = undefined;
      }
    });
  }

  test("an unknown fault is rejected", () => {
    assert.throws(() => createRangeServer({ sha1File, fault: "flaky" }), /unknown fault flaky/);
  });
});
