"use client";

import { ErrorMessage } from "@/components/ui/error-message";

export default function SiteError({ reset }: { error: Error; reset: () => void }) {
  return <ErrorMessage onRetry={reset} />;
}
