import { z } from "zod";
import { checkbox, optionalId, optionalText } from "./form-fields";
import { externalImageSources } from "./sanitize";

/** The article editor's fields, as the form posts them. */
export const articleFormSchema = z.object({
  title: z.string().trim().min(5, "Tiêu đề cần ít nhất 5 ký tự.").max(250, "Tiêu đề tối đa 250 ký tự."),
  summary: z.string().trim().max(1000, "Sapo tối đa 1.000 ký tự.").default(""),
  body: z
    .string()
    .max(500_000, "Nội dung quá dài.")
    .default("")
    .superRefine((body, ctx) => {
      const external = externalImageSources(body);
      if (external.length === 0) return;
      const shown = external[0]!.slice(0, 80) || "(không có địa chỉ)";
      ctx.addIssue({
        code: "custom",
        message: `Bài có ${external.length} ảnh không lấy từ thư viện ảnh của cổng (ví dụ ${shown}). Hãy tải ảnh lên Thư viện ảnh rồi chèn lại bằng nút chèn ảnh: ảnh từ trang khác không được lưu vào bài.`,
      });
    }),
  byline: z.string().trim().max(200, "Tác giả / nguồn tối đa 200 ký tự.").default(""),
  categoryId: z.coerce.number({ error: "Vui lòng chọn chuyên mục." }).int().positive("Vui lòng chọn chuyên mục."),
  coverMediaId: optionalId(),
  coverCaption: z.string().trim().max(300).default(""),
  featured: checkbox(),
  slug: optionalText(200),
});
export type ArticleForm = z.infer<typeof articleFormSchema>;
