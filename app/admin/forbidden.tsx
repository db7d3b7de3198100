import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="flex flex-1 items-center justify-center px-4 py-16">
      <section className="max-w-md rounded bg-white p-8 text-center shadow-sm">
        <p className="text-5xl font-bold text-brand-600">403</p>
        <h1 className="mt-2 text-2xl font-bold">Không có quyền truy cập</h1>
        <p className="mt-3 text-muted">Tài khoản của bạn không được phép mở trang này, hoặc không làm việc trên trang thông tin của địa chỉ này (mỗi xã, phường quản trị tại địa chỉ riêng của mình). Nếu cần quyền, hãy liên hệ quản trị viên của trang.</p>
        <Link href="/admin" className="mt-6 inline-block rounded bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700">
          Về trang quản trị
        </Link>
      </section>
    </main>
  );
}
