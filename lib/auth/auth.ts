import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/db/index";
import { getSecret } from "@/db/secrets";
import { findUserForSignIn, getSessionState, recordSignIn } from "@/db/users";
import { verifyPassword } from "./password";
import { authConfig } from "./auth.config";
import { clientIpFrom } from "./client-ip";

const credentialsSchema = z.object({
  email: z.string().trim().min(3).max(200),
  password: z.string().min(1).max(200),
});

/**
 * Auth.js with the database behind it. The configuration is built per request because
 * the signing secret lives in the database (shared by every instance, no setup needed).
 */
export const { handlers, auth, signIn, signOut } = NextAuth(async () => {
  const db = await getDb();
  return {
    ...authConfig,
    secret: await getSecret(db, "auth"),
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(raw, request) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) throw new CredentialsSignin();
          const user = await findUserForSignIn(db, parsed.data.email);
          // Unknown email and wrong password take the same path and the same time.
          const ok = await verifyPassword(user?.passwordHash ?? null, parsed.data.password);
          if (!user || !ok || user.disabled) throw new CredentialsSignin();
          await recordSignIn(db, user.id, clientIpFrom(request.headers));
          return {
            id: String(user.id),
            name: user.name,
            email: user.email,
            platformAdmin: user.platformAdmin,
            sessionVersion: user.sessionVersion,
            mustChangePassword: user.mustChangePassword,
          };
        },
      }),
    ],
    callbacks: {
      ...authConfig.callbacks,
      /**
       * Runs on every auth() call: the token stays valid only while the account is
       * enabled and its session version unchanged (disable, password change and
       * "sign out everywhere" bump it). Name and platform role are read fresh.
       */
      async jwt({ token, user }) {
        if (user) {
          token.uid = Number(user.id);
          token.sv = user.sessionVersion;
          token.pa = Boolean(user.platformAdmin);
          token.mcp = user.mustChangePassword;
          return token;
        }
        if (!token.uid) return null;
        const state = await getSessionState(db, token.uid);
        if (!state || state.disabled || state.sessionVersion !== token.sv) return null;
        token.pa = state.platformAdmin;
        token.name = state.name;
        token.email = state.email;
        token.mcp = state.mustChangePassword;
        return token;
      },
    },
  };
});
