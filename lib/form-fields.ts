import { z } from "zod";
import { timeInputName } from "./date-time-input";
import { parseVietnamDate, parseVietnamDateTime } from "./format";

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

/**
 * Joins each DateTimeField's two inputs (date in `name`, time in `nameTime`) into one
 * "dd/mm/yyyy HH:mm" value under `name`, before the schema reads it with `vietnamDateTime`.
 */
export function joinDateTimeInputs(raw: unknown, names: string[]): unknown {
  if (!raw || typeof raw !== "object") return raw;
  const out: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  for (const name of names) {
    const date = typeof out[name] === "string" ? (out[name] as string).trim() : "";
    const time = typeof out[timeInputName(name)] === "string" ? (out[timeInputName(name)] as string).trim() : "";
    delete out[timeInputName(name)];
    out[name] = date || time ? `${date}|${time}` : "";
  }
  return out;
}

/**
 * A DateTimeField's value (joined by `joinDateTimeInputs`) as an instant, Việt Nam time;
 * null when both parts are empty and the field is optional. An impossible day
 * (31/02/2026) gets the message lib/format gives, the same one the browser showed.
 */
export const vietnamDateTime = ({ required = false, requiredMessage = "Vui lòng nhập ngày và giờ." } = {}) =>
  z
    .string()
    .optional()
    .transform((value, ctx): Date | null => {
      if (!value?.trim()) {
        if (required) ctx.addIssue({ code: "custom", message: requiredMessage });
        return null;
      }
      const [date = "", time = ""] = value.split("|");
      const parsed = parseVietnamDateTime(date, time);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: "custom", message: parsed.message });
      return z.NEVER;
    });

/** A date-only field ("Từ ngày") in a GET form: dd/mm/yyyy as typed, or YYYY-MM-DD from an old link. */
export function parseDayParam(value: unknown): string | undefined {
  if (typeof value !== "string" || !value.trim()) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) {
    const [y, m, d] = value.trim().split("-");
    const parsed = parseVietnamDate(`${d}/${m}/${y}`);
    return parsed.ok ? parsed.value : undefined;
  }
  const parsed = parseVietnamDate(value);
  return parsed.ok ? parsed.value : undefined;
}
