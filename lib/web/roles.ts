// Chooses the role to show for an actor at a given moment from the roles articles gave them.

export type DatedRole = { title: string; affiliation: string | null; articleId: number; publishedAt: Date | null };

/**
 * The role stated by one of `sourceArticleIds` (the articles that report the event) if any; otherwise the one
 * from the latest article published on or before `at`; otherwise the earliest one after it.
 */
export function roleAtTime<R extends DatedRole>(roles: R[], sourceArticleIds: number[], at: Date | null): R | null {
  const fromSource = roles.find((role) => sourceArticleIds.includes(role.articleId));
  if (fromSource) return fromSource;
  const time = (role: R) => role.publishedAt?.getTime() ?? Number.NaN;
  const dated = roles.filter((role) => !Number.isNaN(time(role))).sort((a, b) => time(a) - time(b));
  if (at) {
    const before = dated.filter((role) => time(role) <= at.getTime());
    const latest = before[before.length - 1];
    if (latest) return latest;
  }
  return dated[0] ?? roles[0] ?? null;
}
