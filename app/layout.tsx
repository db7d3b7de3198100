import type { Metadata, Viewport } from "next";
// Be Vietnam Pro, one file per weight holding what Vietnamese text needs (scripts/fonts).
import { beVietnamPro } from "./fonts/be-vietnam-pro";
import "./globals.css";
import { siteUrl } from "@/lib/config";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  icons: { icon: "/logo.svg" },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#9a1c16",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi" className={beVietnamPro.variable}>
      <body className="min-h-screen flex flex-col">{children}</body>
    </html>
  );
}
