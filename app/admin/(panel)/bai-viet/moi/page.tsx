import { can } from "@/lib/auth/policy";
import { getDb } from "@/db/index";
import { requirePermission } from "@/auth/guard";
import { ArticleForm } from "../article-form";
import { editorChoices } from "../editor-data";

export const metadata = { title: "Viết bài mới" };

export default async function NewArticlePage() {
  const user = await requirePermission("admin.access");
  const { categories, cover, maxUploadBytes } = await editorChoices(await getDb(), user);
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold">Viết bài mới</h1>
      <ArticleForm
        values={{ title: "", slug: "", summary: "", body: "", byline: user.name, categoryId: null, coverMediaId: null, coverCaption: "", featured: false, status: "draft" }}
        categories={categories}
        cover={cover}
        maxUploadBytes={maxUploadBytes}
        isEditor={can(user, "article.publish")}
      />
    </div>
  );
}
