import { z } from "zod";

/** A <select> of ids with an empty "none" option: the id, or null. */
export const optionalId = () =>
  z
    .union([z.literal(""), z.coerce.number().int().positive()])
    .optional()
    .transform((v) => (typeof v === "number" ? v : null));

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
