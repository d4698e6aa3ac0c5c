import { useQuery } from '@apollo/client/react';
import {
  Button,
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
import { formatNumber, LoadError, LoadingState, RouterLink, usePageTitle } from '@werkbrug/ui';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql/index.js';
import type { ResultsOverviewPageQuery as OverviewData } from '../../gql/graphql.js';
import { formatDate } from '../../modules/common/dates.js';
import { PeriodSelector } from '../../modules/results/components/PeriodSelector.js';
import { RegionMap } from '../../modules/results/components/RegionMap.js';
import { csvFileName, downloadCsv, toCsv } from '../../modules/results/csv.js';
import {
  periodFromParams,
  periodLabel,
  periodToParams,
  quarterLabel,
  type ResultsPeriod,
} from '../../modules/results/period.js';
import '../../modules/results/results.css';

export const ResultsOverviewPageQuery = graphql(`
  query ResultsOverviewPage($quarter: String, $year: Int) {
    nationalOverview(quarter: $quarter, year: $year) {
      quarter
      countDate
      regions {
        regionCode
        regionName
        active
        inScope
        extraJobs {
          value
          display
        }
        targetJobs
        percentOfTarget {
          value
          display
        }
      }
    }
  }
`);

type Region = OverviewData['nationalOverview']['regions'][number];

/** The variables of the overview for a period: a quarter, or a year (to its last completed quarter). */
export function overviewVariables(period: ResultsPeriod) {
  return period.quarter === null
    ? { quarter: null, year: period.year }
    : { quarter: `${period.year}-Q${period.quarter}`, year: null };
}

const cells = (region: Region) => ({
  extraJobs: region.extraJobs?.display ?? '–',
  target: region.targetJobs === null ? '–' : formatNumber(region.targetJobs, 1),
  percent: !region.percentOfTarget
    ? '–'
    : region.percentOfTarget.value === null
      ? region.percentOfTarget.display
      : `${region.percentOfTarget.display} %`,
});

function NationalTable({ regions, search }: { regions: readonly Region[]; search: string }) {
  return (
    <Table className="werkbrug-table">
      <TableCaption>
        Banenafspraak per arbeidsmarktregio (– : geen cijfers of geen doel)
      </TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Regio</TableHeaderCell>
          <TableHeaderCell scope="col">Extra banen</TableHeaderCell>
          <TableHeaderCell scope="col">Doel</TableHeaderCell>
          <TableHeaderCell scope="col">% van het doel</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {regions.map((region) => {
          const row = cells(region);
          return (
            <TableRow key={region.regionCode}>
              <TableHeaderCell scope="row">
                {region.inScope ? (
                  <RouterLink to={`/resultaten/${region.regionCode}${search}`}>
                    {region.regionName}
                  </RouterLink>
                ) : (
                  region.regionName
                )}
              </TableHeaderCell>
              <TableCell>{row.extraJobs}</TableCell>
              <TableCell>{row.target}</TableCell>
              <TableCell>{row.percent}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

function downloadNational(data: OverviewData['nationalOverview']) {
  const rows = data.regions.map((region) => {
    const row = cells(region);
    return [region.regionCode, region.regionName, row.extraJobs, row.target, row.percent];
  });
  downloadCsv(
    csvFileName(`banenafspraak per regio ${data.quarter}`),
    toCsv({ header: ['Regiocode', 'Regio', 'Extra banen', 'Doel', '% van het doel'], rows }),
  );
}

/** The banenafspraak of every region on a map and in a table, for the board, account managers and admins. */
export function ResultsOverviewPage() {
  usePageTitle('Resultaten');
  const [params, setParams] = useSearchParams();
  const today = new Date();
  const period = periodFromParams(params, today);
  const { data, loading, error, refetch } = useQuery(ResultsOverviewPageQuery, {
    variables: overviewVariables(period),
  });
  const search = `?${new URLSearchParams(periodToParams(period)).toString()}`;
  const overview = data?.nationalOverview;

  return (
    <>
      <Heading level={1}>Resultaten</Heading>
      <Paragraph>
        Hoe ver de arbeidsmarktregio&apos;s zijn met de banenafspraak: extra banen (van 25,5 uur per
        week) ten opzichte van de nulmeting van 1 januari 2013, als percentage van het doel van de
        regio. Kies een regio voor beschut werk, uitstroom naar werk en de voortgang van
        plaatsingen.
      </Paragraph>
      <PeriodSelector
        key={search}
        period={period}
        today={today}
        onChange={(next) => setParams(periodToParams(next))}
      />
      {loading && !overview && <LoadingState />}
      {error && !overview && <LoadError error={error} onRetry={() => refetch()} />}
      {overview && (
        <>
          <Heading level={2}>Kaart, {quarterLabel(overview.quarter)}</Heading>
          <Paragraph>
            Geteld op {formatDate(overview.countDate)} ({periodLabel(period)}). Regio&apos;s waarvan
            u de cijfers niet mag zien, of zonder doel, zijn gearceerd.
          </Paragraph>
          {overview.regions.some((region) => region.inScope) ? null : (
            <Paragraph>U heeft geen toegang tot de cijfers van een regio.</Paragraph>
          )}
          <RegionMap regions={overview.regions} linkTo={(code) => `/resultaten/${code}${search}`} />
          <Heading level={2}>Alle regio&apos;s</Heading>
          <NationalTable regions={overview.regions} search={search} />
          <Button appearance="secondary-action-button" onClick={() => downloadNational(overview)}>
            Download als CSV
            <span className="werkbrug-visually-hidden">: banenafspraak per regio</span>
          </Button>
        </>
      )}
    </>
  );
}
