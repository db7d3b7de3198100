import Link from "next/link";

export function NotFoundMessage() {
  return (
    <section className="mx-auto max-w-xl rounded bg-white p-8 text-center shadow-sm">
      <p className="text-5xl font-bold text-brand-600">404</p>
      <h1 className="mt-2 text-2xl font-bold">Không tìm thấy trang</h1>
      <p className="mt-3 text-muted">Trang bạn tìm không tồn tại, đã được gỡ bỏ hoặc địa chỉ chưa đúng.</p>
      <Link href="/" className="mt-6 inline-block rounded bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700">
        Về trang chủ
      </Link>
    </section>
  );
}
