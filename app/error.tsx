"use client";

import { ErrorMessage } from "@/components/ui/error-message";

export default function RootError({ reset }: { error: Error; reset: () => void }) {
  return (
    <main className="flex-1 px-4">
      <ErrorMessage onRetry={reset} />
    </main>
  );
}
