/** Vietnamese names of audit actions, for the log page and the dashboard. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "auth.sign_in": "Đăng nhập",
  "auth.sign_in_failed": "Đăng nhập thất bại",
  "auth.sign_out": "Đăng xuất",
  "auth.sign_out_everywhere": "Đăng xuất mọi thiết bị",
  "user.create": "Tạo tài khoản",
  "user.update": "Sửa tài khoản",
  "user.update_self": "Sửa thông tin cá nhân",
  "user.disable": "Khóa tài khoản",
  "user.enable": "Mở khóa tài khoản",
  "user.reset_password": "Đặt lại mật khẩu",
  "user.change_password": "Đổi mật khẩu",
  "article.create": "Tạo bài viết",
  "article.update": "Sửa bài viết",
  "article.autosave": "Tự động lưu bài",
  "article.revise": "Gửi bản sửa bài đang đăng",
  "article.submit": "Gửi duyệt bài",
  "article.publish": "Xuất bản bài",
  "article.schedule": "Hẹn giờ đăng bài",
  "article.send_back": "Trả lại bài",
  "article.archive": "Gỡ bài",
  "article.restore_draft": "Chuyển bài về nháp",
  "article.approve_revision": "Duyệt bản sửa",
  "article.restore_revision": "Khôi phục phiên bản",
  "article.publish_scheduled": "Tự động đăng bài hẹn giờ",
};

export function auditLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}
