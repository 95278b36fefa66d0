// Reads the tables, columns and indexes that prisma/schema.prisma declares, in PostgreSQL's terms, so the
// drift test can compare them with a migrated database. Covers the schema features Readout uses.
import fs from "node:fs";

export type ExpectedColumn = { table: string; column: string; type: string; nullable: boolean };
export type ExpectedSchema = { enums: Map<string, string[]>; columns: ExpectedColumn[]; indexes: string[] };

const SCALAR_TYPES: Record<string, string> = {
  Int: "int4",
  BigInt: "int8",
  String: "text",
  Boolean: "bool",
  Float: "float8",
  Decimal: "numeric",
  Json: "jsonb",
  Bytes: "bytea",
  DateTime: "timestamp",
};

const NATIVE_TYPES: Record<string, string> = { Date: "date", Timestamptz: "timestamptz", Timestamp: "timestamp", Uuid: "uuid", Text: "text" };

type Block = { kind: "model" | "enum"; name: string; lines: string[] };

function blocks(source: string): Block[] {
  const stripped = source.replace(/\/\/.*$/gm, "");
  return [...stripped.matchAll(/^(model|enum)\s+(\w+)\s*\{([^}]*)\}/gm)].map((match) => ({
    kind: match[1] as "model" | "enum",
    name: match[2] ?? "",
    lines: (match[3] ?? "").split("\n").map((line) => line.trim()).filter(Boolean),
  }));
}

const snake = (columns: string[]) => columns.join("_");

export function readPrismaSchema(file: string): ExpectedSchema {
  const all = blocks(fs.readFileSync(file, "utf8"));
  const enums = new Map(all.filter((block) => block.kind === "enum").map((block) => [block.name, block.lines]));
  const models = new Set(all.filter((block) => block.kind === "model").map((block) => block.name));
  const columns: ExpectedColumn[] = [];
  const indexes: string[] = [];

  for (const model of all.filter((block) => block.kind === "model")) {
    const table = model.lines.map((line) => line.match(/^@@map\("(\w+)"\)/)?.[1]).find(Boolean) ?? model.name;
    const columnOf = new Map<string, string>();
    for (const line of model.lines.filter((candidate) => !candidate.startsWith("@@"))) {
      const [field, rawType = ""] = line.split(/\s+/);
      if (!field) continue;
      const base = rawType.replace(/[?[\]]/g, "").replace(/\(.*$/, "");
      if (models.has(base)) continue; // a relation, not a column
      const column = line.match(/@map\("(\w+)"\)/)?.[1] ?? field;
      columnOf.set(field, column);
      const native = line.match(/@db\.(\w+)/)?.[1];
      const unsupported = rawType.match(/^Unsupported\("(\w+)"\)/)?.[1];
      let type = unsupported ?? (native ? NATIVE_TYPES[native] : undefined) ?? SCALAR_TYPES[base] ?? base;
      const list = rawType.endsWith("[]");
      if (list) type = `_${type}`;
      // Prisma creates list columns without NOT NULL.
      columns.push({ table, column, type, nullable: list || rawType.endsWith("?") });
      if (/@id\b/.test(line)) indexes.push(`${table}_pkey`);
      if (/@unique\b/.test(line)) indexes.push(`${table}_${column}_key`);
    }
    for (const line of model.lines.filter((candidate) => candidate.startsWith("@@"))) {
      const attribute = line.match(/^@@(id|unique|index)\(\[([^\]]*)\]/);
      if (!attribute) continue;
      const fields = (attribute[2] ?? "").split(",").map((part) => part.trim().replace(/\(.*$/, ""));
      const cols = fields.map((field) => columnOf.get(field) ?? field);
      const suffix = attribute[1] === "id" ? "pkey" : attribute[1] === "unique" ? "key" : "idx";
      indexes.push(attribute[1] === "id" ? `${table}_pkey` : `${table}_${snake(cols)}_${suffix}`);
    }
  }
  return { enums, columns, indexes: indexes.sort() };
}
