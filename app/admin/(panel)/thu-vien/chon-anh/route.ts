import { getDb } from "@/db/index";
import { listMediaChoices } from "@/db/media";
import { routeActor } from "@/auth/guard";
import { toMediaChoiceView, type MediaChoicePage } from "@/lib/media-choice";
import { parsePageParam, parseTextParam } from "@/lib/params";

const PICKER_PAGE_SIZE = 18;

/**
 * The media dialog's grid, one page as JSON (?q=&trang=). A GET handler rather than a
 * server action: it only reads, and the dialog may ask for pages in any order.
 */
export async function GET(request: Request) {
  const user = await routeActor("media.upload");
  if (user instanceof Response) return user;
  const params = new URL(request.url).searchParams;
  const q = parseTextParam(params.get("q") ?? undefined);
  const page = parsePageParam(params.get("trang") ?? undefined);
  const { rows, total } = await listMediaChoices(await getDb(), user, { q, limit: PICKER_PAGE_SIZE, offset: (page - 1) * PICKER_PAGE_SIZE });
  const body: MediaChoicePage = { items: rows.map((row) => toMediaChoiceView(row, user)), total, page, pageCount: Math.max(1, Math.ceil(total / PICKER_PAGE_SIZE)) };
  return Response.json(body, { headers: { "Cache-Control": "no-store" } });
}
