// A DATE column and its precision column as the partial date they mean: YYYY, YYYY-MM or YYYY-MM-DD, else NULL.
import { Prisma } from "@/lib/db/generated/client";

/** `date` and `precision` are column names written in this code, never input. */
export const partialDateSql = (date: string, precision: string) =>
  Prisma.raw(`CASE ${precision} WHEN 'day' THEN to_char(${date}, 'YYYY-MM-DD') WHEN 'month' THEN to_char(${date}, 'YYYY-MM') WHEN 'year' THEN to_char(${date}, 'YYYY') END`);
