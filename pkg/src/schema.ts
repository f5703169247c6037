// passgate/schema: a password validator in the Standard Schema v1 shape (the `~standard`
// property that Zod, Valibot and ArkType expose and that TanStack Form, react-hook-form's
// resolver, tRPC and Hono's validator accept), so one definition checks a password in the
// browser form and again on the server.
//
// It works with any checker of the package (full, lite, Worker): it needs only `check` and,
// for the opt-in breach lookup, `checkBreached`. This module imports no build, so it loads no
// wasm by itself; a schema defined before its checker exists waits for it in `validate`.
import type { BreachVerdict, Context } from "./types/index.js";

/** The Standard Schema v1 interface (its specification's shape, written out here). */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly "~standard": StandardSchemaV1.Props<Input, Output>;
}

export declare namespace StandardSchemaV1 {
  /** The `~standard` property. */
  interface Props<Input = unknown, Output = Input> {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => Result<Output> | Promise<Result<Output>>;
    readonly types?: Types<Input, Output> | undefined;
  }
  /** Either the value or the issues. */
  type Result<Output> = SuccessResult<Output> | FailureResult;
  interface SuccessResult<Output> {
    readonly value: Output;
    readonly issues?: undefined;
  }
  interface FailureResult {
    readonly issues: ReadonlyArray<Issue>;
  }
  interface Issue {
    readonly message: string;
    readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined;
  }
  interface PathSegment {
    readonly key: PropertyKey;
  }
  /** Type-level only: what the schema takes and gives. */
  interface Types<Input = unknown, Output = Input> {
    readonly input: Input;
    readonly output: Output;
  }
}

/** One reason a password is refused: a violation of the policy, or a breach verdict. */
export interface PasswordIssue extends StandardSchemaV1.Issue {
  /**
   * A violation's code (`tooShort`, `commonPassword`, ...), or `breached` (found in a breach
   * corpus), `breachUnknown` (the lookup failed under `breach: "fail-closed"`), `notAString`,
   * `notAnObject` (the form schema's input), `checkerUnavailable` (the checker failed to load).
   */
  readonly code: string;
  readonly message: string;
  /** `["password"]` (the password field's name) in the form schema; absent in the string schema. */
  readonly path?: ReadonlyArray<PropertyKey> | undefined;
}

/** The result of `validate`, with passgate's issues. */
export type PasswordResult<Output> = StandardSchemaV1.SuccessResult<Output> | { readonly issues: ReadonlyArray<PasswordIssue> };

/** A Standard Schema v1 validator whose issues carry passgate's codes. */
export interface PasswordSchema<Output = string> extends StandardSchemaV1<Output, Output> {
  readonly "~standard": PasswordSchemaProps<Output>;
}

/** The `~standard` property of passgate's schemas: `validate` gives passgate's issues. */
export interface PasswordSchemaProps<Output> extends StandardSchemaV1.Props<Output, Output> {
  readonly vendor: "passgate";
  readonly validate: (value: unknown) => PasswordResult<Output> | Promise<PasswordResult<Output>>;
}

/** Options of every schema. */
export interface SchemaOptions {
  /**
   * Also look the password up in the breach corpus (asynchronous; off by default). Only a
   * password the policy accepts is looked up. `"fail-closed"` refuses it when the lookup fails
   * (`breachUnknown`); `"fail-open"` accepts it then. A breached password is refused either way.
   */
  breach?: "fail-closed" | "fail-open";
}

/** The context words a form schema reads from sibling fields, by default from fields of the same name. */
export type ContextFields = Partial<Record<Exclude<keyof Context, "userInputs">, string>>;

/** Options of the form (object) schema. */
export interface FormSchemaOptions extends SchemaOptions {
  /** The field that holds the new password (default `"password"`). */
  field?: string;
  /**
   * Where each context word is in the form: `{ email: "workEmail" }`. Default: the fields
   * `username`, `email`, `firstName`, `lastName` and `tenant`. A field that is absent, empty
   * or not a string gives nothing.
   */
  contextFields?: ContextFields;
  /** Context that is not in the form (e.g. the service name in `userInputs`); fields win over it. */
  context?: Context;
}

/** What a schema needs of a checker: full, lite and Worker checkers all fit. */
export interface SchemaChecker {
  check(password: string, context?: Context): SchemaReport | Promise<SchemaReport>;
  checkBreached?(password: string): Promise<BreachVerdict>;
}
interface SchemaReport {
  readonly ok: boolean;
  readonly violations: ReadonlyArray<{ readonly code: string; readonly message: string }>;
}

/**
 * A checker, a promise of one (`createChecker(options)`), or a function that returns one and
 * is called at the first validation (so that importing a module that defines the schema loads
 * nothing).
 */
export type CheckerSource = SchemaChecker | PromiseLike<SchemaChecker> | (() => SchemaChecker | PromiseLike<SchemaChecker>);

const DEFAULT_CONTEXT_FIELDS: Required<ContextFields> = {
  username: "username",
  email: "email",
  firstName: "firstName",
  lastName: "lastName",
  tenant: "tenant",
};

/**
 * A Standard Schema validator of a password string under `source`'s policy and `context`.
 * `validate` answers synchronously once the checker is there and `breach` is off; otherwise it
 * returns a promise. Its value is the password as given.
 */
export function passwordSchema(source: CheckerSource, context?: Context, options?: SchemaOptions): PasswordSchema<string> {
  const checker = resolver(source);
  const mode = breachMode(options);
  return standard((value) => {
    if (typeof value !== "string") return { issues: [issue("notAString", "expected the password as a string")] };
    return then(checker(), (loaded) => verdict(loaded, value, context, mode, undefined, value));
  });
}

/**
 * A Standard Schema validator of a whole form (`{ password, email, firstName, ... }`): the
 * password is checked against the context read from its sibling fields, and every issue has
 * the path `[field]`. Its value is the form object as given.
 */
export function passwordFormSchema<Form extends Record<string, unknown> = Record<string, unknown>>(
  source: CheckerSource,
  options?: FormSchemaOptions,
): PasswordSchema<Form> {
  const checker = resolver(source);
  const mode = breachMode(options);
  const field = options?.field ?? "password";
  const fields = { ...DEFAULT_CONTEXT_FIELDS, ...options?.contextFields };
  const path = [field] as const;
  return standard((value) => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      return { issues: [issue("notAnObject", "expected the form's fields as an object")] };
    }
    const form = value as Form;
    const password = form[field];
    if (typeof password !== "string") return { issues: [issue("notAString", "expected the password as a string", path)] };
    const context: Context = { ...options?.context };
    for (const [key, name] of Object.entries(fields) as [keyof typeof fields, string][]) {
      const word = form[name];
      if (typeof word === "string" && word !== "") context[key] = word;
    }
    return then(checker(), (loaded) => verdict(loaded, password, context, mode, path, form));
  });
}

type Mode = SchemaOptions["breach"];

function breachMode(options: SchemaOptions | undefined): Mode {
  const mode = options?.breach;
  if (mode !== undefined && mode !== "fail-closed" && mode !== "fail-open") {
    throw Object.assign(new Error(`options.breach must be "fail-closed" or "fail-open", got ${JSON.stringify(mode)}`), {
      code: "invalidOption",
    });
  }
  return mode;
}

function standard<Output>(validate: (value: unknown) => Answer<Output>): PasswordSchema<Output> {
  return { "~standard": { version: 1, vendor: "passgate", validate } };
}

function issue(code: string, message: string, path?: readonly PropertyKey[]): PasswordIssue {
  return path ? { code, message, path } : { code, message };
}

/**
 * The checker, or a promise of it until it has loaded; then the checker itself, so later
 * validations are synchronous. A failed load is retried at the next validation.
 */
function resolver(source: CheckerSource): () => SchemaChecker | Promise<SchemaChecker> {
  let loaded: SchemaChecker | undefined;
  let pending: Promise<SchemaChecker> | undefined;
  return () => {
    if (loaded) return loaded;
    if (pending) return pending;
    const got = typeof source === "function" ? source() : source;
    if (!isThenable(got)) return (loaded = got);
    pending = Promise.resolve(got).then(
      (checker) => (loaded = checker),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
}

function isThenable<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as PromiseLike<T> | null)?.then === "function";
}

type Answer<Output> = PasswordResult<Output> | Promise<PasswordResult<Output>>;

/** `f(checker)`, synchronously when the checker is there. A checker that failed to load is an issue. */
function then<Output>(checker: SchemaChecker | Promise<SchemaChecker>, f: (checker: SchemaChecker) => Answer<Output>): Answer<Output> {
  if (!(checker instanceof Promise)) return f(checker);
  return checker.then(f, (error: unknown): PasswordResult<Output> => ({
    issues: [issue("checkerUnavailable", `the password checker could not be loaded: ${String((error as Error)?.message ?? error)}`)],
  }));
}

function verdict<Output>(
  checker: SchemaChecker,
  password: string,
  context: Context | undefined,
  mode: Mode,
  path: readonly PropertyKey[] | undefined,
  output: Output,
): Answer<Output> {
  const policy = (report: SchemaReport): Answer<Output> => {
    if (!report.ok) return { issues: report.violations.map((v) => issue(v.code, v.message, path)) };
    if (!mode) return { value: output };
    if (typeof checker.checkBreached !== "function") {
      // A checker without lookups (none of passgate's) cannot clear a password.
      return mode === "fail-closed" ? { issues: [issue("breachUnknown", "breach lookups are not available", path)] } : { value: output };
    }
    return checker.checkBreached(password).then((found): PasswordResult<Output> => {
      if (found.status === "breached") return { issues: [issue("breached", found.message, path)] };
      if (found.status === "unknown" && mode === "fail-closed") return { issues: [issue("breachUnknown", found.message, path)] };
      return { value: output };
    });
  };
  const report = checker.check(password, context);
  return report instanceof Promise ? report.then(policy) : policy(report);
}
