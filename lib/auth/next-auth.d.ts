declare module "next-auth" {
  interface User {
    platformAdmin?: boolean;
    sessionVersion?: number;
    mustChangePassword?: boolean;
  }
  interface Session {
    user: { id: string; name: string; email: string; platformAdmin: boolean; mustChangePassword: boolean };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: number;
    pa?: boolean;
    sv?: number;
    /** This session's id, revoked on sign-out (db/revoked-sessions.ts). */
    sid?: string;
    mcp?: boolean;
  }
}

export {};
