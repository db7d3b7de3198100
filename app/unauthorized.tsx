import { AccessMessage } from "@/components/site/access-message";

export const metadata = { title: "Cần đăng nhập" };

export default function Unauthorized() {
  return <AccessMessage title="Cần đăng nhập" text="Trang này chỉ mở được sau khi đăng nhập." />;
}
