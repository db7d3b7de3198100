"use server";

import type { z } from "zod";
import { getDb } from "@/db/index";
import { askQuestion } from "@/db/questions";
import { requestSite } from "@/db/site-directory";
import { askQuestionSchema } from "@/lib/questions";
import { citizenPostGuard } from "@/db/citizen-posts";
import { limitFromEnv } from "@/lib/limiter";
import { isAutomatedRequest } from "@/lib/visitor";

export type AskState = {
  status: "idle" | "sent" | "refused";
  message?: string;
  errors?: Record<string, string[] | undefined>;
  /** What was typed, to fill the form again after a refusal (never the consent box). */
  values?: Record<string, string>;
  trackingCode?: string;
  dueOn?: string;
  /** This network already posted in the hour: the form shows the proof-of-work challenge. */
  challenge?: boolean;
  /** Counts answers, so the form is drawn afresh (with `values`) after each refusal. */
  attempt?: number;
};

const guard = citizenPostGuard({ name: "questions", perNetwork: limitFromEnv("QUESTIONS_PER_IP_PER_HOUR", 5), perVisitor: limitFromEnv("QUESTIONS_PER_VISITOR_PER_HOUR", 3) });

const KEPT_FIELDS = ["name", "email", "phone", "address", "field", "title", "body"] as const;

function fieldErrors(error: z.ZodError): AskState["errors"] {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) (errors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
  return errors;
}

/**
 * A citizen's question, from a plain form that works without JavaScript (its permalink
 * is /hoi-dap/gui-cau-hoi, which renders the tracking code). Refusals change nothing.
 * Against abuse: a honeypot field, limits per network and per visitor, and after a first
 * post from a network in the hour, a proof-of-work challenge (db/challenge.ts).
 */
export async function askQuestionAction(previous: AskState, formData: FormData): Promise<AskState> {
  return { ...(await ask(formData)), attempt: (previous.attempt ?? 0) + 1 };
}

async function ask(formData: FormData): Promise<AskState> {
  const raw = Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === "string")) as Record<string, string>;
  const values = Object.fromEntries(KEPT_FIELDS.map((k) => [k, (raw[k] ?? "").slice(0, 6000)]));
  const parsed = askQuestionSchema.safeParse(raw);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    if (errors?.website) return { status: "refused", message: "Không gửi được câu hỏi.", values };
    return { status: "refused", message: "Vui lòng kiểm tra lại các trường được đánh dấu.", errors, values };
  }
  if (await isAutomatedRequest()) return { status: "refused", message: "Không nhận câu hỏi từ trình duyệt tự động.", values };
  try {
    const site = await requestSite();
    const admitted = await guard.admit(site.id, raw.altcha ?? "");
    if (!admitted.ok && admitted.reason === "challenge") {
      return {
        status: "refused",
        challenge: true,
        message: "Địa chỉ mạng của bạn vừa gửi câu hỏi trong giờ qua. Vui lòng xác nhận “Tôi không phải máy” (bật JavaScript) rồi gửi lại.",
        values,
      };
    }
    if (!admitted.ok) return { status: "refused", message: "Bạn đã gửi quá nhiều câu hỏi trong một giờ. Vui lòng thử lại sau.", values };
    const asked = await askQuestion(await getDb(), site.id, parsed.data);
    admitted.posted();
    return { status: "sent", trackingCode: asked.trackingCode, dueOn: asked.dueOn, message: "Đã gửi câu hỏi." };
  } catch (error) {
    console.error("[question] not saved:", error instanceof Error ? error.message : "unknown error");
    return { status: "refused", message: "Hệ thống đang bận, chưa gửi được câu hỏi. Vui lòng thử lại sau.", values };
  }
}
