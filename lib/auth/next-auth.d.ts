import type { Role } from "@/lib/auth/roles";

declare module "next-auth" {
  interface User {
    role?: Role;
    sessionVersion?: number;
    mustChangePassword?: boolean;
  }
  interface Session {
    user: { id: string; name: string; email: string; role: Role; mustChangePassword: boolean };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: number;
    role: Role;
    sv?: number;
    /** This session's id, revoked on sign-out (db/revoked-sessions.ts). */
    sid?: string;
    mcp?: boolean;
  }
}
