import { Card } from "@/components/admin/card";
import { requirePermission } from "@/auth/guard";
import { createPollAction } from "../actions";
import { PollEditor } from "../poll-editor";
import { BackLink } from "@/components/admin/back-link";

export const metadata = { title: "Tạo cuộc bình chọn" };

export default async function NewPollPage() {
  await requirePermission("poll.manage");
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <div>
        <BackLink href="/admin/binh-chon">Danh sách bình chọn</BackLink>
        <h1 className="mt-1 text-2xl font-bold">Tạo cuộc bình chọn</h1>
      </div>
      <Card>
        <PollEditor action={createPollAction} submitLabel="Tạo cuộc bình chọn" />
      </Card>
    </div>
  );
}
