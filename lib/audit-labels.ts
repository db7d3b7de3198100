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
  "poll.create": "Tạo cuộc bình chọn",
  "poll.update": "Sửa cuộc bình chọn",
  "poll.close": "Đóng cuộc bình chọn",
  "poll.duplicate": "Nhân bản cuộc bình chọn",
  "settings.update": "Sửa cài đặt cổng thông tin",
};

export function auditLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}
