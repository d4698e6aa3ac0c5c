import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { usePageTitle } from '@werkbrug/ui';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useHasRole } from '../../app/RequireRole.js';
import { graphql } from '../../gql/index.js';
import { Loading } from '../../modules/common/components/Loading.js';
import { LoadError } from '../../modules/common/components/LoadError.js';
import { todayIso } from '../../modules/common/dates.js';
import { isAvailabilityStale } from '../../modules/job-seeker/availability.js';
import { JobSeekerFilterForm } from '../../modules/job-seeker/components/JobSeekerFilterForm.js';
import { JobSeekerTable } from '../../modules/job-seeker/components/JobSeekerTable.js';
import {
  filtersFromSearchParams,
  hasFilters,
  queryArgumentsFrom,
  searchParamsFromFilters,
} from '../../modules/job-seeker/filters.js';

export const JobSeekerListPageQuery = graphql(`
  query JobSeekerListPage(
    $first: Int!
    $after: String
    $search: String
    $regionCode: String
    $municipalityCode: String
    $consentStatus: ConsentStatus
    $earningCapacityBand: EarningCapacityBand
    $doelgroepregister: Boolean
    $indicatieBeschutWerk: Boolean
  ) {
    jobSeekers(
      first: $first
      after: $after
      search: $search
      regionCode: $regionCode
      municipalityCode: $municipalityCode
      consentStatus: $consentStatus
      earningCapacityBand: $earningCapacityBand
      doelgroepregister: $doelgroepregister
      indicatieBeschutWerk: $indicatieBeschutWerk
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...JobSeekerTable_jobSeeker
      }
    }
  }
`);

export const JobSeekerListPageRegionsQuery = graphql(`
  query JobSeekerListPageRegions {
    viewer {
      id
      regionCodes
    }
    labourMarketRegions(active: true) {
      code
      name
    }
  }
`);

export const JobSeekerListPageMunicipalitiesQuery = graphql(`
  query JobSeekerListPageMunicipalities($regionCode: String!) {
    municipalities(regionCode: $regionCode, first: 100) {
      nodes {
        code
        name
      }
    }
  }
`);

/** Page size; larger when availability is filtered here rather than by the API. */
const PAGE_SIZE = 25;
const STALE_PAGE_SIZE = 100;

export function JobSeekerListPage() {
  usePageTitle('Inwoners');
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearchParams(searchParams);
  const staleOnly = filters.availability === 'verlopen';
  const canConfirm = useHasRole('CONSULTANT');
  const today = todayIso();
  const [announcement, setAnnouncement] = useState('');
  // Files confirmed on this page stay in the follow-up list, so nobody loses their place.
  const [confirmedHere, setConfirmedHere] = useState<ReadonlySet<string>>(new Set());

  const regionsResult = useQuery(JobSeekerListPageRegionsQuery);
  const viewerRegions = regionsResult.data?.viewer?.regionCodes ?? [];
  const regions = (regionsResult.data?.labourMarketRegions ?? [])
    .filter((region) => viewerRegions.includes(region.code))
    .map((region) => ({ value: region.code, label: region.name }));
  const municipalityRegion =
    filters.regionCode || (viewerRegions.length === 1 ? viewerRegions[0] : '');
  const municipalitiesResult = useQuery(JobSeekerListPageMunicipalitiesQuery, {
    variables: { regionCode: municipalityRegion },
    skip: !municipalityRegion,
  });
  const municipalities = (municipalitiesResult.data?.municipalities.nodes ?? []).map((m) => ({
    value: m.code,
    label: m.name,
  }));

  const { data, error, networkStatus, refetch, fetchMore } = useQuery(JobSeekerListPageQuery, {
    variables: {
      first: staleOnly ? STALE_PAGE_SIZE : PAGE_SIZE,
      after: null,
      ...queryArgumentsFrom(filters),
    },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.jobSeekers;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const shown = (connection?.nodes ?? []).filter(
    (jobSeeker) =>
      !staleOnly ||
      confirmedHere.has(jobSeeker.id) ||
      isAvailabilityStale(jobSeeker.availabilityConfirmedAt, today),
  );

  function loadMore() {
    if (!connection?.pageInfo.endCursor) return;
    void fetchMore({
      variables: { after: connection.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        jobSeekers: {
          ...fetchMoreResult.jobSeekers,
          nodes: [...previous.jobSeekers.nodes, ...fetchMoreResult.jobSeekers.nodes],
        },
      }),
    });
  }

  function renderResults() {
    if (error && !connection) return <LoadError error={error} onRetry={() => refetch()} />;
    if (!connection) return <Loading />;
    const loaded = connection.nodes.length;
    const summary = staleOnly
      ? `${shown.length} van de ${loaded} geladen dossiers ${shown.length === 1 ? 'heeft' : 'hebben'} een verlopen beschikbaarheid (${connection.totalCount} dossiers in totaal).`
      : `${connection.totalCount} ${connection.totalCount === 1 ? 'dossier' : 'dossiers'} gevonden.`;
    return (
      <>
        <Paragraph role="status">{summary}</Paragraph>
        {shown.length === 0 ? (
          <Paragraph>
            {hasFilters(filters)
              ? 'Er zijn geen dossiers die passen bij uw zoekopdracht. Pas de filters aan of wis ze.'
              : 'Er zijn nog geen dossiers in uw regio.'}
          </Paragraph>
        ) : (
          <JobSeekerTable
            caption={staleOnly ? 'Dossiers om op te volgen: beschikbaarheid verlopen' : 'Dossiers'}
            jobSeekers={shown}
            today={today}
            canConfirm={canConfirm}
            onAnnounce={(message) => {
              setAnnouncement(message);
            }}
            onConfirmed={(id) => setConfirmedHere((current) => new Set(current).add(id))}
          />
        )}
        {connection.pageInfo.hasNextPage && (
          <Button appearance="secondary-action-button" busy={loadingMore} onClick={loadMore}>
            {loadingMore ? 'Bezig met laden…' : 'Meer dossiers laden'}
          </Button>
        )}
        {error && <LoadError error={error} />}
      </>
    );
  }

  return (
    <>
      <Heading level={1}>Inwoners</Heading>
      <Paragraph>
        Zoek dossiers van inwoners in uw regio. Dossiers waarvan de beschikbaarheid langer dan 90
        dagen niet is bevestigd, zijn gemarkeerd als verlopen.
      </Paragraph>
      <JobSeekerFilterForm
        key={searchParams.toString()}
        filters={filters}
        regions={regions}
        municipalities={municipalities}
        onApply={(next) => {
          setAnnouncement('');
          setSearchParams(searchParamsFromFilters(next));
        }}
      />
      <div role="status" className="werkbrug-announcement">
        {announcement}
      </div>
      <section aria-labelledby="resultaten">
        <Heading level={2} id="resultaten">
          Resultaten
        </Heading>
        {renderResults()}
      </section>
    </>
  );
}
