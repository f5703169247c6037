// Starts Debian's nginx (`make tools-nginx`) for a test: a generated main config around a site
// config, a temporary prefix, loopback ports, `daemon off`, stopped by `stop()`. Works as root
// (the workers run as root, so they can read the test's 0700 temp dirs) and as a normal user.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { join } from "node:path";

/** The nginx binary: on PATH, or where Debian puts it (/usr/sbin is not on every user's PATH). */
export function nginxBinary() {
  for (const dir of [...(process.env.PATH ?? "").split(":"), "/usr/sbin", "/usr/local/sbin"]) {
    if (dir && existsSync(join(dir, "nginx"))) return join(dir, "nginx");
  }
  throw new Error("nginx is not installed: run `make tools-nginx`");
}

/** A port that was free a moment ago on 127.0.0.1. */
export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForPort(port, child, errorLog, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const open = await new Promise((resolve) => {
      const socket = createConnection({ port, host: "127.0.0.1" }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const log = existsSync(errorLog) ? readFileSync(errorLog, "utf8") : "";
  child.kill("SIGKILL");
  throw new Error(`nginx did not start listening on ${port} (exit ${child.exitCode}):\n${log}`);
}

/**
 * Starts nginx with `servers` (text of server blocks, and maps, for the http block) under
 * `prefix` (a fresh directory). Resolves to `{ prefix, errorLog, stop() }`.
 * @param {{ prefix: string, servers: string, ports: number[] }} options `ports` to wait for
 */
export async function startNginx({ prefix, servers, ports }) {
  const binary = nginxBinary();
  mkdirSync(join(prefix, "logs"), { recursive: true });
  mkdirSync(join(prefix, "temp"), { recursive: true });
  const errorLog = join(prefix, "logs", "error.log");
  const root = process.getuid?.() === 0;
  const config = [
    root ? "user root root;" : "",
    "worker_processes 1;",
    `pid ${join(prefix, "nginx.pid")};`,
    `error_log ${errorLog} warn;`,
    "events { worker_connections 1024; }",
    "http {",
    ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((name) => `  ${name}_temp_path ${join(prefix, "temp", name)};`),
    servers,
    "}",
  ].join("\n");
  const configPath = join(prefix, "nginx.conf");
  writeFileSync(configPath, config);
  const child = spawn(binary, ["-p", prefix, "-e", errorLog, "-c", configPath, "-g", "daemon off;"], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  try {
    for (const port of ports) await waitForPort(port, child, errorLog);
  } catch (error) {
    error.message += `\n${stderr}`;
    throw error;
  }
  return {
    prefix,
    errorLog,
    config,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGQUIT");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
