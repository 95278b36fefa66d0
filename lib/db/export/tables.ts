// The tables `npm run export` can write, by the name a person types.
import type { Db } from "@/lib/db/client";
import { actorsTable } from "./actors";
import { meetingsTable } from "./meetings";
import { quotesTable } from "./quotes";
import type { ExportTable } from "./table";
import { writeExport, type ExportFormat, type Sink } from "./write-export";

/** `pageSize` is for tests: how many rows each query reads. */
export type TableExport = (db: Db, format: ExportFormat, write: Sink, pageSize?: number) => Promise<number>;

const exporter =
  <Row>(table: ExportTable<Row>): TableExport =>
  (db, format, write, pageSize) =>
    writeExport(db, table, format, write, pageSize);

export const EXPORT_TABLES: Record<string, TableExport> = {
  actors: exporter(actorsTable),
  meetings: exporter(meetingsTable),
  quotes: exporter(quotesTable),
};

export const exportTableNames = () => Object.keys(EXPORT_TABLES);
