/** The page rating's scale, shared by the form (client) and the server. */
export const RATING_QUESTION = "Thông tin này có hữu ích với bạn không?";

export const RATING_SCORES = [
  { score: 5, label: "Rất hữu ích" },
  { score: 4, label: "Hữu ích" },
  { score: 3, label: "Bình thường" },
  { score: 2, label: "Ít hữu ích" },
  { score: 1, label: "Không hữu ích" },
] as const;

export function ratingLabel(score: number): string {
  return RATING_SCORES.find((s) => s.score === score)?.label ?? String(score);
}
