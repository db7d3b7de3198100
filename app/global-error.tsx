"use client";

import "./globals.css";
import { ErrorMessage } from "@/components/ui/error-message";

export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="vi">
      <body>
        <main className="px-4">
          <ErrorMessage onRetry={reset} />
        </main>
      </body>
    </html>
  );
}
