import type { NextAuthConfig } from "next-auth";

/**
 * The part of the Auth.js configuration that needs no database or hashing: pages,
 * session strategy and the token ↔ session mapping. auth/auth.ts adds the rest.
 */
export const SIGN_IN_PATH = "/admin/dang-nhap";

export const authConfig = {
  pages: { signIn: SIGN_IN_PATH, error: SIGN_IN_PATH },
  session: { strategy: "jwt", maxAge: 60 * 60 * 12 },
  // The portal runs behind whatever host name the agency gives it.
  trustHost: true,
  // One line per problem: a forged or expired cookie is routine, and its details
  // (token contents, stack) have no place in the server log.
  logger: {
    error(error) {
      // Auth.js errors carry their kind in `type` (names are minified in the build).
      const kind = (error as { type?: string }).type ?? error.name;
      if (kind === "CredentialsSignin") return; // a wrong password: already in the audit log
      console.warn(`[auth] ${kind}`);
    },
    warn() {},
  },
  providers: [],
  callbacks: {
    session({ session, token }) {
      if (token.uid) {
        session.user = {
          ...session.user,
          id: String(token.uid),
          name: token.name ?? "",
          email: token.email ?? "",
          platformAdmin: Boolean(token.pa),
          mustChangePassword: Boolean(token.mcp),
        };
      }
      return session;
    },
  },
} satisfies NextAuthConfig;
