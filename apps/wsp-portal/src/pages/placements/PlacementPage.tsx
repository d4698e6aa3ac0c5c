import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import {
  CONTRACT_TYPE_LABELS,
  JOBCOACH_HOURS_UNIT_LABELS,
  PLACEMENT_ARRANGEMENT_LABELS,
  PLACEMENT_END_REASON_LABELS,
  PLACEMENT_INSTRUMENT_LABELS,
} from '@werkbrug/domain-rules';
import { formatNumber, RouterLink, usePageTitle } from '@werkbrug/ui';
import { useRef, useState } from 'react';
import { useParams } from 'react-router';
import { graphql } from '../../gql/index.js';
import type {
  PlacementEndReason,
  PlacementPageQuery as PlacementPageData,
} from '../../gql/graphql.js';
import { AftercareSchedule } from '../../modules/aftercare/components/AftercareSchedule.js';
import { Facts } from '../../modules/common/components/Facts.js';
import { LoadingPage, QueryErrorPage } from '../../modules/common/components/PageStates.js';
import { formatDate, todayIso } from '../../modules/common/dates.js';
import { actionErrorFrom } from '../../modules/common/errors.js';
import { formatHours, personName } from '../../modules/common/format.js';
import { EndPlacementForm } from '../../modules/placement/components/EndPlacementForm.js';

export const PlacementPageQuery = graphql(`
  query PlacementPage($id: ID!) {
    placement(id: $id) {
      id
      active
      arrangement
      arrangementExtended
      contractType
      hoursPerWeek
      hourlyWage
      startDate
      endDate
      limitDate
      warning
      instruments
      loonwaardePercentage
      jobcoachHours
      jobcoachHoursUnit
      banenafspraakJobs
      endReason
      endNote
      atRisk
      atRiskReason
      archivedAt
      jobSeeker {
        id
        candidateLabel
        firstName
        lastName
      }
      employer {
        id
        name
      }
      vacancy {
        id
        title
      }
      ...AftercareSchedule_placement
    }
  }
`);

export const EndPlacementMutation = graphql(`
  mutation EndPlacement($id: ID!, $endDate: String!, $reason: PlacementEndReason!, $note: String) {
    endPlacement(id: $id, endDate: $endDate, reason: $reason, note: $note) {
      id
      active
      endDate
      endReason
      endNote
      warning
      atRisk
      atRiskReason
      aftercareCheckIns {
        id
        status
        overdue
        daysOverdue
      }
    }
  }
`);

const TITLE = 'Plaatsing';

type Placement = PlacementPageData['placement'];

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

function terms(placement: Placement) {
  const instruments = placement.instruments.map((instrument) => {
    const label = PLACEMENT_INSTRUMENT_LABELS[instrument];
    if (instrument === 'LOONKOSTENSUBSIDIE' && placement.loonwaardePercentage !== null) {
      return `${label} (loonwaarde ${placement.loonwaardePercentage} %)`;
    }
    if (
      instrument === 'JOBCOACH' &&
      placement.jobcoachHours !== null &&
      placement.jobcoachHoursUnit
    ) {
      return `${label} (${formatHours(placement.jobcoachHours)} ${JOBCOACH_HOURS_UNIT_LABELS[placement.jobcoachHoursUnit]})`;
    }
    return label;
  });
  return [
    {
      label: 'Werkgever',
      value: (
        <RouterLink to={`/werkgevers/${placement.employer.id}`}>
          {placement.employer.name}
        </RouterLink>
      ),
    },
    { label: 'Functie', value: placement.vacancy?.title ?? 'Geen vacature' },
    {
      label: 'Soort plaatsing',
      value: `${PLACEMENT_ARRANGEMENT_LABELS[placement.arrangement]}${placement.arrangementExtended ? ' (verlengd)' : ''}`,
    },
    { label: 'Contract', value: CONTRACT_TYPE_LABELS[placement.contractType] },
    { label: 'Uren per week', value: formatHours(placement.hoursPerWeek) },
    {
      label: 'Bruto uurloon',
      value: placement.hourlyWage === null ? 'Geen (onbetaald)' : euro.format(placement.hourlyWage),
    },
    {
      label: 'Periode',
      value: `${formatDate(placement.startDate)} tot ${placement.endDate ? `en met ${formatDate(placement.endDate)}` : 'nu'}`,
    },
    ...(placement.limitDate
      ? [{ label: 'Uiterlijk tot en met', value: formatDate(placement.limitDate) }]
      : []),
    { label: 'Instrumenten', value: instruments.join(', ') || 'Geen' },
    { label: 'Banen (banenafspraak)', value: formatNumber(placement.banenafspraakJobs, 1) },
    ...(placement.endReason
      ? [
          {
            label: 'Reden einde',
            value: `${PLACEMENT_END_REASON_LABELS[placement.endReason]}${placement.endNote ? `: ${placement.endNote}` : ''}`,
          },
        ]
      : []),
  ];
}

function Loaded({ placement }: { placement: Placement }) {
  const name = personName(placement.jobSeeker);
  usePageTitle(`Plaatsing van ${name}`);
  const today = todayIso();
  const [ending, setEnding] = useState(false);
  const [ended, setEnded] = useState('');
  const endedRef = useRef<HTMLDivElement>(null);
  const [end, { loading }] = useMutation(EndPlacementMutation, {
    update(cache) {
      cache.evict({ fieldName: 'aftercareTasks' });
      cache.evict({ fieldName: 'placements' });
    },
  });
  const canEnd =
    placement.archivedAt === null && (placement.endDate === null || placement.endDate >= today);

  async function handleEnd(ending: {
    endDate: string;
    reason: PlacementEndReason;
    note: string | null;
  }) {
    try {
      await end({ variables: { id: placement.id, ...ending } });
      setEnding(false);
      setEnded(`De plaatsing is beëindigd per ${formatDate(ending.endDate)}.`);
      endedRef.current?.focus();
      return null;
    } catch (error) {
      return actionErrorFrom(error);
    }
  }

  return (
    <>
      <Heading level={1}>Plaatsing van {name}</Heading>
      <Paragraph>
        {placement.jobSeeker.id && (
          <RouterLink to={`/inwoners/${placement.jobSeeker.id}`}>Naar het dossier</RouterLink>
        )}
        {' · '}
        <RouterLink to="/plaatsingen">Alle plaatsingen</RouterLink>
      </Paragraph>
      {placement.archivedAt && (
        <Alert type="info">
          <Paragraph>Deze plaatsing is gearchiveerd en kan niet meer worden gewijzigd.</Paragraph>
        </Alert>
      )}
      {placement.warning && (
        <Alert type="warning">
          <Paragraph>{placement.warning}</Paragraph>
        </Alert>
      )}
      {placement.atRisk && (
        <Alert type="error">
          <Paragraph>
            <strong>Plaatsing in gevaar.</strong> {placement.atRiskReason}
          </Paragraph>
        </Alert>
      )}
      <div role="status" ref={endedRef} tabIndex={-1}>
        {ended && <Paragraph>{ended}</Paragraph>}
      </div>
      <section aria-labelledby="afspraken">
        <Heading level={2} id="afspraken">
          Afspraken
        </Heading>
        <Facts facts={terms(placement)} />
      </section>
      <AftercareSchedule placement={placement} today={today} />
      {canEnd && (
        <section aria-labelledby="beeindigen">
          <Heading level={2} id="beeindigen">
            Plaatsing beëindigen
          </Heading>
          {ending ? (
            <EndPlacementForm
              startDate={placement.startDate}
              today={today}
              saving={loading}
              onSubmit={handleEnd}
              onCancel={() => setEnding(false)}
            />
          ) : (
            <>
              <Paragraph>Stopt het werk? Leg de laatste werkdag en de reden vast.</Paragraph>
              <Button appearance="secondary-action-button" onClick={() => setEnding(true)}>
                Plaatsing beëindigen
              </Button>
            </>
          )}
        </section>
      )}
    </>
  );
}

/** One placement: its terms and limits, the aftercare schedule with check-ins, and ending it. */
export function PlacementPage() {
  const { placementId = '' } = useParams();
  const { data, error, refetch } = useQuery(PlacementPageQuery, { variables: { id: placementId } });
  if (data) return <Loaded placement={data.placement} />;
  if (error) return <QueryErrorPage title={TITLE} error={error} onRetry={() => refetch()} />;
  return <LoadingPage title={TITLE} />;
}
