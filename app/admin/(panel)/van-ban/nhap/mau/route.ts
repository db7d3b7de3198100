import { routeActor } from "@/auth/guard";
import { csvDocument, csvResponse } from "@/lib/csv";
import { csvTemplateRows } from "@/lib/csv-import";
import { DOCUMENT_CSV_COLUMNS } from "@/lib/document-form";

/** The file editors fill in for the bulk import: the headers and one example row. */
export async function GET() {
  const actor = await routeActor("document.publish");
  if (actor instanceof Response) return actor;
  return csvResponse(csvDocument(csvTemplateRows(DOCUMENT_CSV_COLUMNS)), "mau-nhap-van-ban.csv");
}
