import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { COMPETENCE_REQUIREMENT_LABELS, PLACEMENT_INSTRUMENT_LABELS } from '@werkbrug/domain-rules';
import { formatNumber } from '@werkbrug/ui';
import type { ReactNode } from 'react';
import { graphql } from '../../../gql/index.js';
import type { CandidateCard_MatchFragment } from '../../../gql/graphql.js';

export const CandidateCardFragment = graphql(`
  fragment CandidateCard_match on AnonymousCandidateMatch {
    rank
    score
    candidateLabel
    candidateNumber
    inDoelgroepregister
    startPerspectiveLabel
    instruments
    explanation {
      distanceBand
      hoursAvailable
      hoursMin
      hoursMax
      competencesMet {
        code
        label
        level
        minLevel
        requirement
      }
      gaps {
        code
        label
        level
        minLevel
        gap
        requirement
        trainable
      }
    }
  }
`);

interface CompetenceRow {
  code: string;
  label: string;
  level: number;
  minLevel: number;
  requirement: 'REQUIRED' | 'WISHED';
  gap?: number;
  trainable?: boolean;
}

/** A small bar of the candidate's level out of 5; the numbers next to it say the same in text. */
function LevelBar({ level, met }: { level: number; met: boolean }) {
  return (
    <span className="werkbrug-level-bar" aria-hidden="true">
      <span
        className={
          met
            ? 'werkbrug-level-bar__fill'
            : 'werkbrug-level-bar__fill werkbrug-level-bar__fill--gap'
        }
        style={{ inlineSize: `${(level / 5) * 100}%` }}
      />
    </span>
  );
}

function verdict(row: CompetenceRow): string {
  if (row.gap === undefined) return 'Voldoet';
  const short =
    row.level === 0
      ? 'Nog niet aanwezig'
      : `${row.gap} ${row.gap === 1 ? 'niveau' : 'niveaus'} te kort`;
  return row.trainable ? `${short}; te leren op het werk of met een korte cursus` : short;
}

/** One anonymous candidate: how well they fit, never who they are. */
export interface CandidateCardProps {
  match: CandidateCard_MatchFragment;
  /** E.g. "20 tot 32". */
  vacancyHours: string;
  /** A control to pick this candidate (the page's checkbox), shown under the heading. */
  selection?: ReactNode;
}

export function CandidateCard({ match, vacancyHours, selection }: CandidateCardProps) {
  const { explanation } = match;
  const rows: CompetenceRow[] = [...explanation.competencesMet, ...explanation.gaps].sort((a, b) =>
    a.label.localeCompare(b.label, 'nl'),
  );
  const headingId = `kandidaat-${match.candidateNumber}`;

  return (
    <article className="werkbrug-card werkbrug-stack" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {match.candidateLabel}
      </Heading>
      {selection}
      <Paragraph>
        <strong>Past {formatNumber(Math.round(match.score))} van 100</strong> (nummer {match.rank}{' '}
        van de suggesties)
      </Paragraph>
      <Paragraph>
        Beschikbaar {formatNumber(explanation.hoursAvailable)} uur per week; u vraagt {vacancyHours}{' '}
        uur. Woont {explanation.distanceBand} van de vestiging.
        {match.inDoelgroepregister === true && ' Komt in aanmerking voor deze garantiebaan.'}
      </Paragraph>
      <Paragraph>
        <strong>Start:</strong> {match.startPerspectiveLabel}.{' '}
        {match.instruments.length > 0 ? (
          <>
            <strong>Mogelijke ondersteuning:</strong>{' '}
            {match.instruments
              .map((code) => PLACEMENT_INSTRUMENT_LABELS[code].toLowerCase())
              .join(', ')}{' '}
            (in overleg met het werkgeversservicepunt).
          </>
        ) : (
          'Het werkgeversservicepunt bespreekt met u welke ondersteuning mogelijk is.'
        )}
      </Paragraph>
      {rows.length > 0 && (
        <Table>
          <TableCaption>Competenties van {match.candidateLabel}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Competentie</TableHeaderCell>
              <TableHeaderCell scope="col">Gevraagd</TableHeaderCell>
              <TableHeaderCell scope="col">Kandidaat</TableHeaderCell>
              <TableHeaderCell scope="col">Oordeel</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.code}>
                <TableHeaderCell scope="row">
                  {row.label} ({COMPETENCE_REQUIREMENT_LABELS[row.requirement].toLowerCase()})
                </TableHeaderCell>
                <TableCell>niveau {row.minLevel}</TableCell>
                <TableCell>
                  <LevelBar level={row.level} met={row.gap === undefined} />
                  {row.level === 0 ? 'geen' : `niveau ${row.level}`}
                </TableCell>
                <TableCell>{verdict(row)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </article>
  );
}
