import { vi } from "vitest";
import type { ActionState } from "@/auth/action";
import { ForbiddenError, type SessionUser } from "@/lib/auth/policy";

/**
 * Next's request context for tests that call the real server actions and route
 * handlers: the session Auth.js would decode, the request headers, cache calls and
 * redirects. Everything else (role checks, zod parsing, the data layer on the test
 * database) is the real code. A test file wires it with vi.mock, whose factories must
 * import this module themselves (vi.mock is hoisted above the file's imports):
 *
 *   vi.mock("@/auth/auth", async () => (await import("../support/request-context")).authModule());
 *   vi.mock("@/db/index", async () => (await import("../support/request-context")).dbModule());
 *   vi.mock("next/headers", async () => (await import("../support/request-context")).headersModule());
 *   vi.mock("next/cache", async () => (await import("../support/request-context")).cacheModule());
 *   vi.mock("next/navigation", async () => (await import("../support/request-context")).navigationModule());
 */
export const request = {
  session: null as null | { user: Record<string, unknown> },
  headers: {} as Record<string, string>,
  /** The request's cookies (the site switcher's choice, the admin host). */
  cookies: {} as Record<string, string>,
  /** What the code under test set with cookies().set(). */
  setCookies: [] as { name: string; value: string }[],
};

/** What a browser on the admin pages sends: the site's own Origin and Host. */
export const SITE = { origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000", "x-forwarded-for": "10.9.8.7" };

/**
 * The session of `actor` (null: anonymous), as auth() would return it, on the admin of
 * the site `headers` name (SITE: the default site); no cookies yet.
 */
export function signInAs(actor: SessionUser | null, overrides: { mustChangePassword?: boolean; headers?: Record<string, string> } = {}) {
  request.session = actor && {
    user: { id: String(actor.id), name: actor.name, email: actor.email, platformAdmin: actor.platformAdmin, mustChangePassword: overrides.mustChangePassword ?? false },
  };
  request.headers = overrides.headers ?? SITE;
  request.cookies = {};
}

export class Redirected extends Error {
  constructor(readonly url: string) {
    super(`redirect to ${url}`);
  }
}

export function form(fields: Record<string, string | number | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, String(v));
  return data;
}

/** What an action answered: its state, or where it redirected (success for create-and-open actions). */
export async function outcome(call: () => Promise<unknown>): Promise<ActionState | { redirectedTo: string } | undefined> {
  try {
    return (await call()) as ActionState | undefined;
  } catch (error) {
    if (error instanceof Redirected) return { redirectedTo: error.url };
    throw error;
  }
}

export const authModule = () => ({
  auth: vi.fn(async () => request.session),
  signIn: vi.fn(async () => undefined),
  signOut: vi.fn(async () => undefined),
  handlers: {},
});

export const dbModule = async () => {
  const { testDatabase } = await import("./test-db");
  return { getDb: async () => (await testDatabase()).db, closeDb: async () => undefined };
};

export const headersModule = () => ({
  headers: async () => new Headers(request.headers),
  cookies: async () => ({
    get: (name: string) => (name in request.cookies ? { name, value: request.cookies[name] } : undefined),
    getAll: () => Object.entries(request.cookies).map(([name, value]) => ({ name, value })),
    has: (name: string) => name in request.cookies,
    set: (name: string, value: string) => void request.setCookies.push({ name, value }),
    delete: () => undefined,
  }),
});

/**
 * A reader's browser for the public actions: `visitor.ip` as lib/client-address.ts leaves
 * it in the header, on the default site; cookies set by the code under test are kept in
 * `visitor.jar` and sent back (the visitor id), none at all without a jar.
 *
 *   const visitor = vi.hoisted(() => ({ ip: "198.51.100.7", jar: new Map<string, string>() }));
 *   vi.mock("next/headers", async () => (await import("../support/request-context")).readerHeadersModule(visitor));
 */
export const readerHeadersModule = (visitor: { ip: string; jar?: Map<string, string> }) => ({
  headers: async () => new Headers({ host: SITE.host, "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0 Safari/537.36", "x-forwarded-for": visitor.ip }),
  cookies: async () => ({
    get: (name: string) => (visitor.jar?.has(name) ? { name, value: visitor.jar.get(name)! } : undefined),
    set: (name: string, value: string) => void visitor.jar?.set(name, value),
  }),
});

// The host → site map and reader data are read fresh on every call (no cache outside Next).
export const cacheModule = () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), unstable_cache: <F>(fn: F) => fn });

export const navigationModule = () => ({
  redirect: (url: string) => {
    throw new Redirected(url);
  },
  forbidden: () => {
    throw new ForbiddenError();
  },
  notFound: () => {
    throw new Error("not found");
  },
});
