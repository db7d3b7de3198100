import { AccessMessage } from "@/components/site/access-message";

export const metadata = { title: "Không có quyền truy cập" };

export default function Forbidden() {
  return <AccessMessage title="Không có quyền truy cập" text="Bạn không được phép xem trang này." />;
}
