import "server-only";
import { randomBytes } from "node:crypto";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { recordAudit } from "@/db/audit";
import { getDb } from "@/db/index";
import { isSessionRevoked, revokeSession } from "@/db/revoked-sessions";
import { getSecret } from "@/db/secrets";
import { getSites, siteOfKnownHost } from "@/db/site-directory";
import { limitedPasswordCheck } from "@/db/sign-in-limits";
import { findUserForSignIn, getSessionState, normalizeEmail, recordSignIn } from "@/db/users";
import { authConfig } from "@/lib/auth/auth.config";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { verifyPassword } from "@/lib/auth/password";
import { siteUrl } from "@/lib/config";
import { clientIp } from "@/lib/visitor";

const credentialsSchema = z.object({
  email: z.string().trim().min(3).max(200),
  password: z.string().min(1).max(200),
});

/** Refused before the password was checked (db/sign-in-limits.ts). */
export class SignInLimited extends CredentialsSignin {
  code = "limited";
  constructor(readonly retryAfterMinutes: number) {
    super();
  }
}

/**
 * Auth.js builds its redirects (after sign-in and sign-out, to its error page) from the
 * request's Host / X-Forwarded-Host, which the client chooses. Every site signs in on its
 * own host name (cookies are per host), so a redirect may stay on one of the platform's
 * own host names (db/site-directory.ts); any other goes to SITE_URL.
 */
async function platformRedirect({ url, baseUrl }: { url: string; baseUrl: string }): Promise<string> {
  const target = new URL(url, baseUrl);
  if (siteOfKnownHost(await getSites(), target.host)) return target.toString();
  return new URL(`${target.pathname}${target.search}`, siteUrl()).toString();
}

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
        /**
         * The one door to a session: the sign-in form's action and a direct POST to
         * /api/auth/callback/credentials both end here, so the limits, their timing and
         * the audit entries are the same for both.
         */
        async authorize(raw, request) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) throw new CredentialsSignin();
          const email = normalizeEmail(parsed.data.email);
          const ip = clientIpFrom(request.headers);
          let user: Awaited<ReturnType<typeof findUserForSignIn>> | undefined;
          const check = await limitedPasswordCheck(
            db,
            { account: email, ip, failure: { userId: null, action: "auth.sign_in_failed", entityType: "user", entityId: email, summary: "Đăng nhập không thành công", ip } },
            async () => {
              user = await findUserForSignIn(db, email);
              // Unknown email and wrong password take the same path and the same time.
              const ok = await verifyPassword(user?.passwordHash ?? null, parsed.data.password);
              return Boolean(user && ok && !user.disabled);
            },
          );
          if (!check.ok && check.limited) throw new SignInLimited(check.retryAfterMinutes);
          if (!check.ok || !user) throw new CredentialsSignin();
          await recordSignIn(db, user.id, ip);
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
      redirect: platformRedirect,
      /**
       * Runs on every auth() call: the token stays valid only while the account is
       * enabled, its session version unchanged (disable, password change and "sign out
       * everywhere" bump it) and this session not signed out (its id listed as revoked).
       * Name and platform role are read fresh.
       */
      async jwt({ token, user }) {
        if (user) {
          token.uid = Number(user.id);
          token.sid = randomBytes(18).toString("base64url");
          token.sv = user.sessionVersion;
          token.pa = Boolean(user.platformAdmin);
          token.mcp = user.mustChangePassword;
          return token;
        }
        // A token from before session ids existed cannot be signed out: it is refused.
        if (!token.uid || !token.sid) return null;
        const [state, revoked] = await Promise.all([getSessionState(db, token.uid), isSessionRevoked(db, token.sid)]);
        if (revoked || !state || state.disabled || state.sessionVersion !== token.sv) return null;
        token.pa = state.platformAdmin;
        token.name = state.name;
        token.email = state.email;
        token.mcp = state.mustChangePassword;
        return token;
      },
    },
    events: {
      /**
       * Both ways of signing out (the admin's button, a POST to /api/auth/signout) come
       * here with the token being cleared: its id is revoked, so a copy of the cookie
       * ends with it. A token already revoked or replaced (password change, "sign out
       * everywhere") is only cleared.
       */
      async signOut(message) {
        const token = "token" in message ? message.token : null;
        if (!token?.uid || !token.sid || (await isSessionRevoked(db, token.sid))) return;
        const state = await getSessionState(db, token.uid);
        if (!state || state.sessionVersion !== token.sv) return;
        const expiresAt = new Date((token.exp ?? Date.now() / 1000 + authConfig.session.maxAge) * 1000);
        await revokeSession(db, token.sid, expiresAt);
        const ip = await clientIp().catch(() => "");
        await recordAudit(db, { userId: token.uid, action: "auth.sign_out", entityType: "user", entityId: token.uid, summary: "Đăng xuất", ip });
      },
    },
  };
});
