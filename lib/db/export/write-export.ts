// Writes one table of the record as JSON (an array, one row per line) or CSV, a page of rows at a time, from one
// snapshot: rows an ingest commits meanwhile are either all in the export or all out of it.
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { csvCell } from "@/lib/web/csv";
import type { ExportTable } from "./table";

export const EXPORT_FORMATS = ["json", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Rows read per query: few round trips, and memory that stays flat however large the record. */
export const EXPORT_PAGE_SIZE = 1000;

/** Where the text goes; resolves when it may take more (a pipe's back-pressure). */
export type Sink = (text: string) => Promise<void>;

const csvLine = (cells: Parameters<typeof csvCell>[0][]) => cells.map(csvCell).join(",") + "\r\n";

/** Returns the number of rows written. */
export async function writeExport<Row>(db: Db, table: ExportTable<Row>, format: ExportFormat, write: Sink, pageSize = EXPORT_PAGE_SIZE): Promise<number> {
  return db.$transaction(
    async (tx) => {
      let count = 0;
      // The header is Readout's own column names, written as is (as the pages' CSV downloads write it).
      await write(format === "json" ? "[" : table.columns.join(",") + "\r\n");
      for (let afterId = 0; ; ) {
        const page = await table.readPage(tx, afterId, pageSize);
        const lines = page.map(({ row }, index) => (format === "json" ? `${count + index === 0 ? "" : ","}\n${JSON.stringify(row)}` : csvLine(table.csvRow(row))));
        if (lines.length > 0) await write(lines.join(""));
        count += page.length;
        afterId = page.at(-1)?.id ?? afterId;
        if (page.length < pageSize) break;
      }
      if (format === "json") await write(count === 0 ? "]\n" : "\n]\n");
      return count;
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, maxWait: 60_000, timeout: 3_600_000 },
  );
}
