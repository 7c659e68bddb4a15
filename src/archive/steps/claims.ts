/** The claims ledger: each claim with the articles carrying and denying it, and the ledger by year. */
import type { Claim } from '../../types.js';
import { refOf } from '../entities.js';
import { linkClaims } from '../claims.js';
import type { LedgerEntry, LedgerRef } from '../types.js';
import type { ArchiveRun } from './run.js';

/** Links the articles' claims across the archive into ledger entries, each article's claim linked to its sentence. */
export function claimLedger(run: ArchiveRun): void {
  const { byId } = run;
  const anchorOfClaim = (articleId: string, claim: Claim) => {
    const a = byId.get(articleId);
    if (!a) return null;
    const i = a.claims.indexOf(claim);
    return i >= 0 ? a.facts.claims[i].anchor : null;
  };
  const ledgerRef = (r: { articleId: string; claim: Claim }): LedgerRef => ({
    article: refOf(byId.get(r.articleId)!),
    claimant: r.claim.claimant,
    stance: r.claim.stance,
    text: r.claim.text,
    anchor: anchorOfClaim(r.articleId, r.claim),
  });
  run.claims = linkClaims(run.articles).map((g) => ({
    id: g.id,
    claimant: g.claimant,
    stance: g.stance,
    ...(g.subject ? { subject: g.subject } : {}),
    text: g.text,
    carriedBy: g.carriedBy.map(ledgerRef),
    deniedBy: (g.deniedBy ?? []).map(ledgerRef),
    answers: g.answers ?? [],
  }));
}

/** Files each ledger entry under the year the earliest article carrying it was published: newest year first, undated last. */
export function claimYears(run: ArchiveRun): void {
  const claimYears = new Map<string, LedgerEntry[]>();
  for (const g of run.claims) {
    const dates = g.carriedBy
      .map((r) => r.article.published)
      .filter((d): d is string => !!d)
      .sort();
    const year = dates.length ? dates[0].slice(0, 4) : 'undated';
    let list = claimYears.get(year);
    if (!list) claimYears.set(year, (list = []));
    list.push(g);
  }
  run.claimYears = [...claimYears]
    .map(([year, entries]) => ({ year, entries }))
    .sort((a, b) => (a.year === 'undated' ? 1 : b.year === 'undated' ? -1 : b.year.localeCompare(a.year)));
}
