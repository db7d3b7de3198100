import { serializeJsonLd } from "@/lib/structured-data";

/** Structured data for search engines; serializeJsonLd escapes `<` so it cannot close the script. */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
