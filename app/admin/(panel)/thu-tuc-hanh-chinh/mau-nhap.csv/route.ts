import { PROCEDURE_CSV_COLUMNS } from "@/db/procedures";
import { routeActor } from "@/auth/guard";
import { csvDocument, csvResponse } from "@/lib/csv";
import { csvTemplateRows } from "@/lib/csv-import";

/** The import template: the columns (required ones starred) and one example row. */
export async function GET() {
  const actor = await routeActor("procedure.manage");
  if (actor instanceof Response) return actor;
  return csvResponse(csvDocument(csvTemplateRows(PROCEDURE_CSV_COLUMNS)), "mau-nhap-thu-tuc-hanh-chinh.csv");
}
