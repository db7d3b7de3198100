import { describe, expect, it } from "vitest";
import { articleFormSchema } from "./article-form";

const fields = { title: "Ảnh trong bài viết", summary: "", byline: "", categoryId: "1", coverCaption: "" };

describe("articleFormSchema", () => {
  it("refuses a body with an image from another site, saying why at the body field", () => {
    const result = articleFormSchema.safeParse({ ...fields, body: '<p>Ảnh:</p><img src="https://evil.example/theo-doi.gif" alt="">' });
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path.join(".") === "body");
    expect(issue?.message).toMatch(/^Bài có 1 ảnh không lấy từ thư viện ảnh của cổng \(ví dụ https:\/\/evil\.example\/theo-doi\.gif\)\. Hãy tải ảnh lên Thư viện ảnh/);
  });

  it("accepts images from the media library", () => {
    expect(articleFormSchema.safeParse({ ...fields, body: '<p>Ảnh:</p><img src="/media/2026/12/anh-960.webp" alt="Ảnh">' }).success).toBe(true);
  });
});
