import { useQuery } from '@apollo/client/react';
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { LoadingState, RouterLink, usePageTitle } from '@werkbrug/ui';
import { lazy, Suspense } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { graphql } from '../../gql/index.js';
import { LoadingPage, QueryErrorPage } from '../../modules/common/components/PageStates.js';
import { formatDate } from '../../modules/common/dates.js';
import { PeriodSelector } from '../../modules/results/components/PeriodSelector.js';
import { csvFileName, downloadCsv, toCsv } from '../../modules/results/csv.js';
import {
  periodFromParams,
  periodLabel,
  periodToParams,
  trendQuarters,
  type ResultsPeriod,
} from '../../modules/results/period.js';
import { reportCsv, reportTables } from '../../modules/results/report.js';
import '../../modules/results/results.css';

// The charts (and their chart library) load only when someone opens a region's results.
const RegionReportSections = lazy(() =>
  import('../../modules/results/components/RegionReportSections.js').then((module) => ({
    default: module.RegionReportSections,
  })),
);

export const RegionResultsPageQuery = graphql(`
  query RegionResultsPage(
    $regionCode: String!
    $year: Int!
    $fromQuarter: String!
    $toQuarter: String!
  ) {
    banenafspraakResults(
      regionCode: $regionCode
      fromQuarter: $fromQuarter
      toQuarter: $toQuarter
    ) {
      ...RegionReport_Banenafspraak
    }
    beschutWerkResults(regionCode: $regionCode, year: $year) {
      ...RegionReport_BeschutWerk
    }
    uitstroomResults(regionCode: $regionCode, year: $year) {
      ...RegionReport_Uitstroom
    }
    pipelineResults(regionCode: $regionCode, year: $year) {
      ...RegionReport_Pipeline
    }
  }
`);

/** The variables of a region's report for a period. */
export function regionReportVariables(regionCode: string, period: ResultsPeriod, today: Date) {
  return { regionCode, year: period.year, ...trendQuarters(period, today) };
}

const TITLE = 'Resultaten van de regio';

/** One region's results: banenafspraak trend, beschut werk, uitstroom, funnel and instruments. */
export function RegionResultsPage() {
  const { regionCode = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const today = new Date();
  const period = periodFromParams(params, today);
  const { data, error, refetch } = useQuery(RegionResultsPageQuery, {
    variables: regionReportVariables(regionCode, period, today),
  });
  const regionName = data?.banenafspraakResults.regionName;
  usePageTitle(regionName ? `Resultaten ${regionName}` : TITLE);
  const search = `?${new URLSearchParams(periodToParams(period)).toString()}`;

  if (error && !data)
    return <QueryErrorPage title={TITLE} error={error} onRetry={() => refetch()} />;
  if (!data) return <LoadingPage title={TITLE} />;

  const fileSuffix = `${data.banenafspraakResults.regionName} ${periodLabel(period)}`;
  return (
    <>
      <Paragraph>
        <RouterLink to={`/resultaten${search}`}>Terug naar alle regio&apos;s</RouterLink>
      </Paragraph>
      <Heading level={1}>Resultaten {data.banenafspraakResults.regionName}</Heading>
      <Paragraph>
        {periodLabel(period)}. Beschut werk geteld op{' '}
        {formatDate(data.beschutWerkResults.countDate)}; uitstroom en plaatsingen van{' '}
        {formatDate(data.uitstroomResults.from)} tot en met {formatDate(data.uitstroomResults.to)}.
        Aantallen onder de 5 personen tonen we als &quot;&lt;5&quot;, cijfers waaruit die zijn af te
        leiden als &quot;x&quot;.
      </Paragraph>
      <PeriodSelector
        key={search}
        period={period}
        today={today}
        onChange={(next) => setParams(periodToParams(next))}
      />
      <ButtonGroup>
        <Button
          appearance="secondary-action-button"
          onClick={() =>
            downloadCsv(
              csvFileName(`resultaten ${fileSuffix}`),
              toCsv(reportCsv(reportTables(data))),
            )
          }
        >
          Download het hele rapport als CSV
        </Button>
        <RouterLink to={`/resultaten/${regionCode}/rapport${search}`}>
          Printbare versie van het rapport
        </RouterLink>
      </ButtonGroup>
      <Suspense fallback={<LoadingState>Grafieken laden…</LoadingState>}>
        <RegionReportSections data={data} fileSuffix={fileSuffix} />
      </Suspense>
    </>
  );
}
