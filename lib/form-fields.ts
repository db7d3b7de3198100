import { z } from "zod";

/** A <select> of ids with an empty "none" option: the id, or null. */
export const optionalId = () =>
  z
    .unknown()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return null;
      const parsed = parseId(v);
      if (parsed === undefined) {
        ctx.addIssue({ code: "custom", message: "Lựa chọn không hợp lệ." });
        return z.NEVER;
      }
      return parsed;
    });

/** A checkbox: posted as "on" when ticked, absent otherwise. */
export const checkbox = () =>
  z
    .union([z.literal("on"), z.literal("")])
    .optional()
    .transform((v) => v === "on");

/** An optional text field where an empty box means "leave as it is". */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || undefined);

const ID = /^\d{1,9}$/;

/** A database id from a form or a URL: digits only ("1e3", "-1", " 2", "0" are not ids). */
export function parseId(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isInteger(value) && value > 0 && value < 1e9 ? value : undefined;
  return typeof value === "string" && ID.test(value) && Number(value) > 0 ? Number(value) : undefined;
}

/** The zod field for an id (the one way forms and URLs read ids). */
export const id = (message = "Mã không hợp lệ.") =>
  z.unknown().transform((value, ctx) => {
    const parsed = parseId(value);
    if (parsed === undefined) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return parsed;
  });
