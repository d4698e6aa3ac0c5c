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
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { COMPETENCE_REQUIREMENT_LABELS } from '@werkbrug/domain-rules';
import { formatNumber } from '@werkbrug/ui';
import { graphql } from '../../../gql/index.js';
import type { MatchExplanation_ExplanationFragment, TransportMode } from '../../../gql/graphql.js';
import { formatHours, formatHoursRange, formatKm } from '../../common/format.js';

export const MatchExplanationFragment = graphql(`
  fragment MatchExplanation_explanation on MatchExplanation {
    score
    distanceKm
    travelMinutes
    transport
    maxTravelKm
    maxTravelMinutes
    hoursAvailable
    hoursMin
    hoursMax
    sectorPreferred
    jobSeekerRegionCode
    vacancyRegionCode
    factors {
      factor
      label
      weight
      fit
      points
    }
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
`);

/** "ongeveer 20 minuten {lopend | met de fiets | ...}". */
const TRAVEL_BY: Record<TransportMode, string> = {
  WALK: 'lopend',
  BICYCLE: 'met de fiets',
  PUBLIC_TRANSPORT: 'met het openbaar vervoer',
  CAR: 'met de auto',
  MOPED: 'met de scooter of brommer',
};

const percent = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 });

function gapText(gap: MatchExplanation_ExplanationFragment['gaps'][number]): string {
  const size =
    gap.level === 0
      ? `ontbreekt (gevraagd niveau ${gap.minLevel})`
      : `niveau ${gap.level}, gevraagd ${gap.minLevel}: ${gap.gap} ${gap.gap === 1 ? 'niveau' : 'niveaus'} te laag`;
  const notes = [
    COMPETENCE_REQUIREMENT_LABELS[gap.requirement].toLowerCase(),
    gap.trainable ? 'aan te leren op het werk of met een korte cursus' : 'niet snel aan te leren',
  ];
  return `${gap.label}: ${size} (${notes.join('; ')})`;
}

export interface MatchExplanationProps {
  explanation: MatchExplanation_ExplanationFragment;
  /** Level of the explanation's own headings. */
  headingLevel: 4 | 5;
}

/** Why a pair scores what it scores: factor points, competences met, gaps, travel and hours. */
export function MatchExplanation({ explanation, headingLevel }: MatchExplanationProps) {
  const otherRegion = explanation.jobSeekerRegionCode !== explanation.vacancyRegionCode;
  return (
    <div className="werkbrug-explanation">
      <Table className="werkbrug-table">
        <TableCaption>
          Opbouw van de score ({formatNumber(explanation.score, 1)} van 100)
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Onderdeel</TableHeaderCell>
            <TableHeaderCell scope="col">Punten</TableHeaderCell>
            <TableHeaderCell scope="col">Maximaal</TableHeaderCell>
            <TableHeaderCell scope="col">Hoe goed het past</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {explanation.factors.map((factor) => (
            <TableRow key={factor.factor}>
              <TableHeaderCell scope="row">{factor.label}</TableHeaderCell>
              <TableCell>{formatNumber(factor.points, 1)}</TableCell>
              <TableCell>{formatNumber(factor.weight, 1)}</TableCell>
              <TableCell>{percent.format(factor.fit)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>

      <Heading level={headingLevel}>
        Competenties die passen ({explanation.competencesMet.length})
      </Heading>
      {explanation.competencesMet.length === 0 ? (
        <Paragraph>Geen van de gevraagde competenties.</Paragraph>
      ) : (
        <UnorderedList>
          {explanation.competencesMet.map((met) => (
            <UnorderedListItem key={met.code}>
              {met.label}: niveau {met.level}, gevraagd {met.minLevel} (
              {COMPETENCE_REQUIREMENT_LABELS[met.requirement].toLowerCase()})
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}

      <Heading level={headingLevel}>Wat nog ontbreekt ({explanation.gaps.length})</Heading>
      {explanation.gaps.length === 0 ? (
        <Paragraph>Niets: alle gevraagde competenties zijn er op het gevraagde niveau.</Paragraph>
      ) : (
        <UnorderedList>
          {explanation.gaps.map((gap) => (
            <UnorderedListItem key={gap.code}>{gapText(gap)}</UnorderedListItem>
          ))}
        </UnorderedList>
      )}

      <Heading level={headingLevel}>Reizen en uren</Heading>
      <UnorderedList>
        <UnorderedListItem>
          Afstand {formatKm(explanation.distanceKm)}, ongeveer{' '}
          {Math.round(explanation.travelMinutes)} minuten {TRAVEL_BY[explanation.transport]} (wil
          maximaal {formatKm(explanation.maxTravelKm)} en {Math.round(explanation.maxTravelMinutes)}{' '}
          minuten reizen)
        </UnorderedListItem>
        <UnorderedListItem>
          Beschikbaar {formatHours(explanation.hoursAvailable)} per week; de vacature vraagt{' '}
          {formatHoursRange(explanation.hoursMin, explanation.hoursMax)}
        </UnorderedListItem>
        <UnorderedListItem>
          Voorkeur voor de sector van de vacature:{' '}
          {explanation.sectorPreferred === null
            ? 'geen voorkeur opgegeven'
            : explanation.sectorPreferred
              ? 'ja'
              : 'nee'}
        </UnorderedListItem>
        {otherRegion && (
          <UnorderedListItem>
            Woont in een andere arbeidsmarktregio ({explanation.jobSeekerRegionCode})
          </UnorderedListItem>
        )}
      </UnorderedList>
    </div>
  );
}
