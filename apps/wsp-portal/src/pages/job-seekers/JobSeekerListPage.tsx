import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import {
  Button,
  Heading,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { LoadError, LoadingState, usePageTitle } from '@werkbrug/ui';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useHasRole } from '../../app/RequireRole.js';
import { graphql } from '../../gql/index.js';
import { todayIso } from '../../modules/common/dates.js';
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
    $availabilityStale: Boolean
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
      availabilityStale: $availabilityStale
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

/** How many files need their availability confirmed: the badge on the follow-up tab. */
export const JobSeekerListPageFollowUpQuery = graphql(`
  query JobSeekerListPageFollowUp {
    jobSeekerCount(availabilityStale: true)
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

const PAGE_SIZE = 25;

export function JobSeekerListPage() {
  usePageTitle('Inwoners');
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearchParams(searchParams);
  const staleOnly = filters.availability === 'verlopen';
  const canConfirm = useHasRole('CONSULTANT');
  const today = todayIso();
  const [announcement, setAnnouncement] = useState('');

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
      first: PAGE_SIZE,
      after: null,
      ...queryArgumentsFrom(filters),
    },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.jobSeekers;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  // The API selects the files to follow up; one confirmed here keeps its row (now marked as
  // confirmed), so nobody loses their place in the list.
  const shown = connection?.nodes ?? [];
  const followUp = useQuery(JobSeekerListPageFollowUpQuery);
  const followUpCount = followUp.data?.jobSeekerCount;

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
    if (!connection) return <LoadingState />;
    const summary = staleOnly
      ? `${connection.totalCount} ${connection.totalCount === 1 ? 'dossier' : 'dossiers'} om op te volgen: beschikbaarheid langer dan 90 dagen niet bevestigd.`
      : `${connection.totalCount} ${connection.totalCount === 1 ? 'dossier' : 'dossiers'} gevonden.`;
    return (
      <>
        <Paragraph role="status">{summary}</Paragraph>
        {shown.length === 0 ? (
          <Paragraph>
            {staleOnly && !hasFilters({ ...filters, availability: '' })
              ? 'Er zijn geen dossiers om op te volgen: van alle inwoners is de beschikbaarheid bevestigd.'
              : hasFilters(filters)
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
            onConfirmed={() => void followUp.refetch()}
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
      <nav aria-label="Weergave">
        <UnorderedList>
          <UnorderedListItem>
            <Link
              href={`?${searchParamsFromFilters({ ...filters, availability: '' }).toString()}`}
              aria-current={staleOnly ? undefined : 'page'}
              onClick={(event) => {
                event.preventDefault();
                setSearchParams(searchParamsFromFilters({ ...filters, availability: '' }));
              }}
            >
              Alle dossiers
            </Link>
          </UnorderedListItem>
          <UnorderedListItem>
            <Link
              href={`?${searchParamsFromFilters({ ...filters, availability: 'verlopen' }).toString()}`}
              aria-current={staleOnly ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                setSearchParams(searchParamsFromFilters({ ...filters, availability: 'verlopen' }));
              }}
            >
              Opvolgen{followUpCount === undefined ? '' : ` (${followUpCount})`}
            </Link>
          </UnorderedListItem>
        </UnorderedList>
      </nav>
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
