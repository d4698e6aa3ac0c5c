import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { COMPETENCE_REQUIREMENT_LABELS } from '@werkbrug/domain-rules';
import { formatNumber } from '@werkbrug/ui';
import type { MatchExplanation_ExplanationFragment } from '../../../gql/graphql.js';
import { formatHours, formatHoursRange, formatKm } from '../../common/format.js';

export interface ComparedMatch {
  id: string;
  /** Column header: the person's name. */
  name: string;
  score: number;
  explanation: MatchExplanation_ExplanationFragment;
}

interface AskedCompetence {
  code: string;
  label: string;
  minLevel: number;
  requirement: MatchExplanation_ExplanationFragment['gaps'][number]['requirement'];
}

/** Every competence the vacancy asks for, required ones first, as the explanations name them. */
export function askedCompetences(matches: readonly ComparedMatch[]): AskedCompetence[] {
  const byCode = new Map<string, AskedCompetence>();
  for (const { explanation } of matches) {
    for (const asked of [...explanation.competencesMet, ...explanation.gaps]) {
      if (!byCode.has(asked.code)) {
        byCode.set(asked.code, {
          code: asked.code,
          label: asked.label,
          minLevel: asked.minLevel,
          requirement: asked.requirement,
        });
      }
    }
  }
  return [...byCode.values()].sort(
    (a, b) =>
      Number(b.requirement === 'REQUIRED') - Number(a.requirement === 'REQUIRED') ||
      a.label.localeCompare(b.label, 'nl'),
  );
}

/** One person on one asked competence: met, short by some levels, or missing. */
export function competenceCell(
  explanation: MatchExplanation_ExplanationFragment,
  code: string,
): string {
  const met = explanation.competencesMet.find((competence) => competence.code === code);
  if (met) return `Voldoet: niveau ${met.level}`;
  const gap = explanation.gaps.find((competence) => competence.code === code);
  if (!gap) return 'Onbekend';
  if (gap.level === 0) return 'Ontbreekt';
  return `Niveau ${gap.level}: ${gap.gap} ${gap.gap === 1 ? 'niveau' : 'niveaus'} te laag`;
}

/** 2-3 suggestions side by side: a column per person, a row per score part, competence, travel and hours. */
export function MatchComparison({ matches }: { matches: readonly ComparedMatch[] }) {
  const factors = matches[0]?.explanation.factors ?? [];
  return (
    <div className="werkbrug-scroll">
      <Table className="werkbrug-table">
        <TableCaption>
          Vergelijking van {matches.map((match) => match.name).join(', ')}
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Onderdeel</TableHeaderCell>
            {matches.map((match) => (
              <TableHeaderCell scope="col" key={match.id}>
                {match.name}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          <TableRow>
            <TableHeaderCell scope="row">Score (van 100)</TableHeaderCell>
            {matches.map((match) => (
              <TableCell key={match.id}>{formatNumber(match.score, 1)}</TableCell>
            ))}
          </TableRow>
          {factors.map((factor) => (
            <TableRow key={factor.factor}>
              <TableHeaderCell scope="row">
                {factor.label} (punten, max. {formatNumber(factor.weight, 1)})
              </TableHeaderCell>
              {matches.map((match) => (
                <TableCell key={match.id}>
                  {formatNumber(
                    match.explanation.factors.find((own) => own.factor === factor.factor)?.points ??
                      0,
                    1,
                  )}
                </TableCell>
              ))}
            </TableRow>
          ))}
          {askedCompetences(matches).map((asked) => (
            <TableRow key={asked.code}>
              <TableHeaderCell scope="row">
                {asked.label} ({COMPETENCE_REQUIREMENT_LABELS[asked.requirement].toLowerCase()},
                minimaal niveau {asked.minLevel})
              </TableHeaderCell>
              {matches.map((match) => (
                <TableCell key={match.id}>
                  {competenceCell(match.explanation, asked.code)}
                </TableCell>
              ))}
            </TableRow>
          ))}
          <TableRow>
            <TableHeaderCell scope="row">Reisafstand</TableHeaderCell>
            {matches.map((match) => (
              <TableCell key={match.id}>
                {formatKm(match.explanation.distanceKm)}, ongeveer{' '}
                {Math.round(match.explanation.travelMinutes)} minuten reizen
              </TableCell>
            ))}
          </TableRow>
          <TableRow>
            <TableHeaderCell scope="row">Uren per week</TableHeaderCell>
            {matches.map((match) => (
              <TableCell key={match.id}>
                {formatHours(match.explanation.hoursAvailable)} beschikbaar; gevraagd{' '}
                {formatHoursRange(match.explanation.hoursMin, match.explanation.hoursMax)}
              </TableCell>
            ))}
          </TableRow>
        </TableBody>
      </Table>
    </div>
  );
}
