// The messages between `passgate/worker` (the page) and `worker-entry` (the Worker).
import type { CheckerOptions } from "./types/index.js";

/** The checker methods a worker runs; each answers with the method's (awaited) result. */
export type WorkerMethod = "check" | "normalize" | "checkBreached" | "generatePassphrase" | "inputAttributes";

/** Page → Worker: build the checker (`id` 0, answered with its policy) or call a method. */
export type WorkerCall =
  | { method: "create"; options: CheckerOptions | undefined }
  | { method: WorkerMethod; args: unknown[] };

/** A call with the number its response will carry. */
export type WorkerRequest = WorkerCall & { id: number };

/** Worker → Page: a result, or an error as plain data (`Error` objects lose `code` on the way). */
export type WorkerResponse =
  | { id: number; value: unknown }
  | { id: number; error: WorkerError };

/** An error as plain data: `message`, `code`, and for `policyUnsatisfiable` its `reason` and `params`. */
export interface WorkerError {
  message: string;
  code: string | undefined;
  reason?: string;
  params?: Record<string, unknown>;
}
