import { z } from "zod";

/** One password rule for every form that sets one. */
export const passwordSchema = z.string().min(10, "Mật khẩu cần ít nhất 10 ký tự.").max(200, "Mật khẩu tối đa 200 ký tự.");
