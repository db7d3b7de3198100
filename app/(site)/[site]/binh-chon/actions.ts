"use server";

import { z } from "zod";
import { getDb } from "@/db/index";
import { castVote, getPoll, type PollView, type VoteOutcome } from "@/db/polls";
import { getSecret } from "@/db/secrets";
import { requestSite } from "@/db/site-directory";
import { id } from "@/lib/form-fields";
import { clientNetwork, isAutomatedRequest, keyedHash, visitorId } from "@/lib/visitor";

export type VoteState = {
  status: "idle" | "counted" | "refused";
  message?: string;
  /** Fresh results to show in place of the form. */
  poll?: PollView;
  votedOptionId?: number;
};

const voteSchema = z.object({
  pollId: id("Không tìm thấy cuộc bình chọn này."),
  optionId: id("Vui lòng chọn một phương án."),
});

const MESSAGES: Record<VoteOutcome, string> = {
  counted: "Cảm ơn bạn đã tham gia bình chọn.",
  duplicate: "Bạn đã bình chọn cho câu hỏi này. Mỗi người chỉ được bình chọn một lần.",
  closed: "Cuộc bình chọn đã kết thúc, không nhận thêm phiếu.",
  not_open: "Cuộc bình chọn chưa bắt đầu.",
  unknown_poll: "Không tìm thấy cuộc bình chọn này.",
  unknown_option: "Phương án bạn chọn không hợp lệ.",
  rate_limited: "Có quá nhiều phiếu từ cùng một địa chỉ mạng. Vui lòng thử lại sau.",
};

function ipLimitPerHour(): number {
  const value = Number(process.env.POLL_VOTES_PER_IP_PER_HOUR);
  return Number.isInteger(value) && value > 0 ? value : 20;
}

export async function vote(_previous: VoteState, formData: FormData): Promise<VoteState> {
  const parsed = voteSchema.safeParse({ pollId: formData.get("pollId"), optionId: formData.get("optionId") ?? undefined });
  if (!parsed.success) {
    return { status: "refused", message: parsed.error.issues.find((i) => i.path[0] === "optionId")?.message ?? "Dữ liệu bình chọn không hợp lệ." };
  }
  if (await isAutomatedRequest()) {
    return { status: "refused", message: "Không thể ghi nhận bình chọn từ trình duyệt tự động." };
  }
  const { pollId, optionId } = parsed.data;
  try {
    const db = await getDb();
    const secret = await getSecret(db, "visitor");
    const site = await requestSite();
    const outcome = await castVote(db, {
      siteId: site.id,
      pollId,
      optionId,
      voterHash: keyedHash(secret, `${pollId}:${await visitorId()}`),
      ipHash: keyedHash(secret, await clientNetwork()),
      ipLimitPerHour: ipLimitPerHour(),
    });
    const poll = (await getPoll(db, site.id, pollId)) ?? undefined;
    return {
      status: outcome === "counted" ? "counted" : "refused",
      message: MESSAGES[outcome],
      poll: outcome === "unknown_poll" ? undefined : poll,
      votedOptionId: outcome === "counted" ? optionId : undefined,
    };
  } catch (error) {
    console.error("[vote] failed:", error instanceof Error ? error.message : error);
    return { status: "refused", message: "Hệ thống đang bận, chưa ghi nhận được phiếu. Vui lòng thử lại sau." };
  }
}
