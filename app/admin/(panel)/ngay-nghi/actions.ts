"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { dayOffSchema, saveDaysOff } from "@/db/holidays";
import { getDb } from "@/db/index";
import { adminAction, type ActionState } from "@/auth/action";

/**
 * The platform's days off, one a line: "dd/mm/yyyy Tên ngày nghỉ" (a dash or a comma may
 * separate them). All or nothing: one bad line refuses the whole list, naming the line.
 */
const daysOffForm = z.object({
  days: z
    .string({ error: "Danh sách ngày nghỉ không hợp lệ." })
    .max(20_000, "Danh sách quá dài.")
    .transform((text, ctx) => {
      const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
      if (lines.length > 200) {
        ctx.addIssue({ code: "custom", message: "Tối đa 200 ngày nghỉ." });
        return z.NEVER;
      }
      const parsed = [];
      for (const [i, line] of lines.entries()) {
        const match = /^(\S+)\s*[-–,:]?\s*(.*)$/.exec(line)!;
        const day = dayOffSchema.safeParse({ day: match[1], name: match[2] });
        if (!day.success) {
          ctx.addIssue({ code: "custom", message: `Dòng ${i + 1} (“${line.slice(0, 60)}”): ${day.error.issues[0]!.message}` });
          return z.NEVER;
        }
        parsed.push(day.data);
      }
      return parsed;
    }),
});

export async function saveDaysOffAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await adminAction("platform.days_off", daysOffForm, formData, async (actor, input) => {
    await saveDaysOff(await getDb(), actor, input.days);
    return { ok: true, message: `Đã lưu ${input.days.length} ngày nghỉ. Hạn trả lời tính từ nay bỏ qua các ngày này.` };
  });
  if (result.ok) revalidatePath("/admin/ngay-nghi");
  return result;
}
