import Link from "next/link";
import { QUESTION_FIELDS } from "@/lib/questions";

/** Search the published answers (GET /hoi-dap/tim-kiem) and follow one's own question (GET /hoi-dap/tra-cuu). */
export function QuestionFinder({ query = "", field = "" }: { query?: string; field?: string }) {
  const input = "mt-1 w-full rounded border border-stone-300 px-3 py-2";
  return (
    <div className="grid gap-4 md:grid-cols-[2fr_1fr]">
      <form action="/hoi-dap/tim-kiem" method="get" role="search" aria-label="Tìm câu hỏi đã trả lời" className="rounded bg-white p-4 shadow-sm">
        <div className="grid gap-3 sm:grid-cols-[1fr_14rem]">
          <div>
            <label htmlFor="hoi-dap-q" className="text-sm font-medium">
              Tìm câu hỏi đã trả lời
            </label>
            <input id="hoi-dap-q" type="search" name="q" defaultValue={query} maxLength={200} className={input} />
          </div>
          <div>
            <label htmlFor="hoi-dap-linh-vuc" className="text-sm font-medium">
              Lĩnh vực
            </label>
            <select id="hoi-dap-linh-vuc" name="linh-vuc" defaultValue={field} className={input}>
              <option value="">Tất cả lĩnh vực</option>
              {QUESTION_FIELDS.map((f) => (
                <option key={f} value={f}>
                  {f}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" className="mt-3 rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          Tìm kiếm
        </button>
      </form>
      <div className="flex flex-col gap-3">
        <form action="/hoi-dap/tra-cuu" method="get" aria-label="Tra cứu câu hỏi của bạn" className="rounded bg-white p-4 shadow-sm">
          <label htmlFor="hoi-dap-ma" className="text-sm font-medium">
            Mã tra cứu câu hỏi của bạn
          </label>
          <input id="hoi-dap-ma" name="ma" required maxLength={20} autoComplete="off" className={`${input} uppercase`} />
          <button type="submit" className="mt-3 rounded border border-brand-600 px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50">
            Tra cứu
          </button>
        </form>
        <Link href="/hoi-dap/gui-cau-hoi" className="rounded bg-brand-600 px-4 py-3 text-center font-semibold text-white hover:bg-brand-700">
          Gửi câu hỏi
        </Link>
      </div>
    </div>
  );
}
