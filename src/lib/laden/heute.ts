import { tagInBerlin } from '../schema/werte.ts';

/**
 * Today's date as JJJJ-MM-TT in German local time: the limit for a "Stand". Tests and
 * reproducible builds can pin it with the environment variable HEUTE.
 */
export function heute(): string {
  const fest = process.env.HEUTE;
  if (fest) return fest;
  return tagInBerlin(new Date());
}
