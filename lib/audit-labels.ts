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
  "media.upload": "Tải ảnh lên",
  "media.update": "Sửa mô tả ảnh",
  "media.delete": "Xóa ảnh",
  "album.create": "Tạo album",
  "album.update": "Sửa album",
  "album.add_photos": "Thêm ảnh vào album",
  "album.remove_photo": "Bỏ ảnh khỏi album",
  "album.save_items": "Sắp xếp ảnh trong album",
  "album.publish": "Xuất bản album",
  "album.unpublish": "Ngừng xuất bản album",
  "album.delete": "Xóa album",
};

export function auditLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}
