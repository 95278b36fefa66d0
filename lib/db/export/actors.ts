// Every actor of the record with the names it goes by and the roles articles give it.
import type { ExportTable } from "./table";

export type ExportedActor = { name: string; kind: string; aliases: string[]; slug: string; roles: Array<{ title: string; affiliation: string | null }> };

type Row = ExportedActor & { id: number };

export const actorsTable: ExportTable<ExportedActor> = {
  name: "actors",
  async readPage(tx, afterId, limit) {
    const rows = await tx.$queryRaw<Row[]>`
      SELECT a.id, a.name, a.kind::text AS kind,
             coalesce((SELECT array_agg(al.alias ORDER BY al.id) FROM actor_alias al WHERE al.actor_id = a.id), '{}') AS aliases,
             a.slug,
             coalesce((SELECT json_agg(json_build_object('title', r.title, 'affiliation', r.affiliation) ORDER BY r.title, r.affiliation)
                       FROM (SELECT DISTINCT title, affiliation FROM role WHERE actor_id = a.id) r), '[]') AS roles
      FROM actor a WHERE a.id > ${afterId} ORDER BY a.id LIMIT ${limit}`;
    return rows.map(({ id, ...actor }) => ({ id, row: actor }));
  },
  columns: ["name", "kind", "aliases", "slug", "roles"],
  csvRow: (actor) => [actor.name, actor.kind, actor.aliases.join("; "), actor.slug, actor.roles.map(roleText).join("; ")],
};

const roleText = (role: { title: string; affiliation: string | null }) => (role.affiliation ? `${role.title} (${role.affiliation})` : role.title);
