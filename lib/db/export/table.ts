// What `npm run export` needs of a table: its rows read a page at a time in id order, and its CSV columns.
import type { Prisma } from "@/lib/db/generated/client";
import type { CsvValue } from "@/lib/web/csv";

export type ExportTable<Row> = {
  name: string;
  /** Rows with ids above `afterId`, at most `limit`, in id order: the export never holds the whole table. */
  readPage(tx: Prisma.TransactionClient, afterId: number, limit: number): Promise<Array<{ id: number; row: Row }>>;
  columns: string[];
  /** One CSV line's cells, in the order of `columns`; lists are joined with "; ". */
  csvRow(row: Row): CsvValue[];
};
