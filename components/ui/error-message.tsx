/** What a reader sees when a page fails: never the error itself. */
export function ErrorMessage({ onRetry }: { onRetry?: () => void }) {
  return (
    <section className="mx-auto my-10 max-w-xl rounded bg-white p-8 text-center shadow-sm">
      <h1 className="text-2xl font-bold text-brand-800">Hệ thống đang bận</h1>
      <p className="mt-3 text-muted">Trang chưa thể hiển thị lúc này. Xin vui lòng thử lại sau ít phút.</p>
      <div className="mt-6 flex justify-center gap-3">
        {onRetry && (
          <button type="button" onClick={onRetry} className="rounded bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700">
            Thử lại
          </button>
        )}
        <a href="/" className="rounded border border-stone-300 px-5 py-2.5 font-semibold hover:border-brand-600">
          Về trang chủ
        </a>
      </div>
    </section>
  );
}
