// Slug allocation for a batch of loads held in memory: the same first-free rule as freeSlug (lib/ingest/slugs.ts),
// answered from the live slugs read in a few queries and the batch's own changes, plus the slug-history
// changes the batch makes, reduced to their final state.
import type { Prisma, SlugOwner } from "@/lib/db/generated/client";

type Tx = Prisma.TransactionClient;

/** A row of the record; a row the batch creates has id 0 until ids are allocated. */
export type Ref = { id: number };

const sameRef = (a: Ref, b: Ref) => a === b || (a.id > 0 && a.id === b.id);
const TABLES: Record<SlugOwner, string> = { actor: "actor", meeting: "meeting", article: "article" };
// How many numbered candidates to read at once: collisions past base-9 are rare, and read lazily.
const WINDOW = 9;

export class SlugBook {
  private readonly owners = new Map<string, Ref>();
  private readonly checked = new Set<string>();

  constructor(
    private readonly tx: Tx,
    readonly owner: SlugOwner,
  ) {}

  private candidates(root: string, variant: string | undefined, from: number): string[] {
    const numbered = Array.from({ length: WINDOW }, (_, index) => `${root}-${from + index}`);
    return from === 2 ? [root, ...(variant ? [`${root}-${variant}`] : []), ...numbered] : numbered;
  }

  private async read(slugs: string[]): Promise<void> {
    const unread = [...new Set(slugs)].filter((slug) => !this.checked.has(slug));
    if (unread.length === 0) return;
    const rows = await this.tx.$queryRawUnsafe<Array<{ slug: string; id: number }>>(`SELECT slug, id FROM "${TABLES[this.owner]}" WHERE slug = ANY($1::text[])`, unread);
    for (const slug of unread) this.checked.add(slug);
    for (const row of rows) if (!this.owners.has(row.slug)) this.owners.set(row.slug, { id: row.id });
  }

  /** Reads, in one query, the slugs these bases are likely to need. */
  async prefetch(bases: Array<{ base: string; variant?: string }>): Promise<void> {
    await this.read(bases.flatMap(({ base, variant }) => this.candidates(base || this.owner, variant, 2)));
  }

  /** The first of base, base-<variant>, base-2, base-3... that no other row holds. */
  async allocate(base: string, self: Ref | null, variant?: string): Promise<string> {
    const root = base || this.owner;
    for (let from = 2; ; from += WINDOW) {
      const candidates = this.candidates(root, variant, from);
      await this.read(candidates);
      const free = candidates.find((slug) => {
        const holder = this.owners.get(slug);
        return !holder || (self !== null && sameRef(holder, self));
      });
      if (free) return free;
    }
  }

  take(slug: string, ref: Ref): void {
    this.owners.set(slug, ref);
  }

  release(slug: string): void {
    this.owners.delete(slug);
  }
}

type HistoryEntry = { owner: SlugOwner; slug: string; target: Ref | null };

/** forgetSlug and rememberSlug calls, in order, kept as the state each (owner, slug) ends in. */
export class SlugHistory {
  private readonly entries = new Map<string, HistoryEntry>();

  forget(owner: SlugOwner, slug: string): void {
    this.entries.set(`${owner}\u0000${slug}`, { owner, slug, target: null });
  }

  remember(owner: SlugOwner, slug: string, target: Ref): void {
    this.entries.set(`${owner}\u0000${slug}`, { owner, slug, target });
  }

  async write(tx: Tx): Promise<void> {
    const entries = [...this.entries.values()];
    const gone = entries.filter((entry) => entry.target === null);
    const kept = entries.flatMap((entry) => (entry.target ? [{ ...entry, targetId: entry.target.id }] : []));
    if (gone.length > 0) {
      await tx.$executeRaw`
        DELETE FROM "slug_history" h USING unnest(${gone.map((entry) => entry.owner)}::text[], ${gone.map((entry) => entry.slug)}::text[]) AS g(owner, slug)
        WHERE h."owner" = g.owner::"SlugOwner" AND h."slug" = g.slug`;
    }
    if (kept.length > 0) {
      await tx.$executeRaw`
        INSERT INTO "slug_history" ("owner", "slug", "target_id")
        SELECT k.owner::"SlugOwner", k.slug, k.target_id
        FROM unnest(${kept.map((entry) => entry.owner)}::text[], ${kept.map((entry) => entry.slug)}::text[], ${kept.map((entry) => entry.targetId)}::int[]) WITH ORDINALITY AS k(owner, slug, target_id, ord)
        ORDER BY k.ord
        ON CONFLICT ("owner", "slug") DO UPDATE SET "target_id" = EXCLUDED."target_id"`;
    }
  }
}
