/** Roles and what each may do; pure, so both server code and UI can ask. */
export const ROLES = ["admin", "editor", "author"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Quản trị hệ thống",
  editor: "Biên tập viên",
  author: "Phóng viên / Tác giả",
};

export type SessionUser = { id: number; name: string; email: string; role: Role; mustChangePassword: boolean };

export class ForbiddenError extends Error {
  constructor(message = "Bạn không có quyền thực hiện thao tác này.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** The check every data-access function that writes makes itself. */
export function assertRole(actor: SessionUser | null | undefined, ...allowed: Role[]): asserts actor is SessionUser {
  if (!actor || !allowed.includes(actor.role)) throw new ForbiddenError();
}
