export declare const VISITOR_COOKIE: "vid";
export declare function isVisitorId(value: string | undefined): value is string;
export declare function newVisitorId(): string;
export declare function visitorCookieOptions(): { httpOnly: true; sameSite: "lax"; secure: boolean; path: string; maxAge: number };
export declare function visitorIdIn(cookieHeader: string | undefined): string | undefined;
export declare function withVisitorId(cookieHeader: string | undefined, id: string): string;
export declare function visitorSetCookie(id: string): string;
