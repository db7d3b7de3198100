"use client";

/**
 * The proof-of-work challenge (ALTCHA), shown once a network has posted in the hour.
 * Placeholder until the widget is wired: explains what to do.
 */
export function ChallengeWidget() {
  return (
    <p className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
      Vui lòng chờ hệ thống xác minh trình duyệt rồi gửi lại.
    </p>
  );
}
