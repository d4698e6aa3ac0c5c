import { useQuery } from '@apollo/client/react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { RouterLink, usePageTitle } from '@werkbrug/ui';
import { useParams, useSearchParams } from 'react-router';
import { graphql } from '../../gql/index.js';
import { LoadingPage, QueryErrorPage } from '../../modules/common/components/PageStates.js';
import { formatDate } from '../../modules/common/dates.js';
import { DataTableView } from '../../modules/results/components/DataTableView.js';
import { periodFromParams, periodLabel, periodToParams } from '../../modules/results/period.js';
import { reportTables } from '../../modules/results/report.js';
import { regionReportVariables } from './RegionResultsPage.js';
import '../../modules/results/results.css';

export const RegionReportPageQuery = graphql(`
  query RegionReportPage(
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

const TITLE = 'Rapport resultaten';
const today = () => new Date();
const dateOf = (moment: Date) =>
  moment.toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });

/** The region's results as tables, one section a page when printed, with the period and the date made. */
export function RegionReportPage() {
  const { regionCode = '' } = useParams();
  const [params] = useSearchParams();
  const now = today();
  const period = periodFromParams(params, now);
  const { data, error, refetch } = useQuery(RegionReportPageQuery, {
    variables: regionReportVariables(regionCode, period, now),
  });
  const regionName = data?.banenafspraakResults.regionName;
  usePageTitle(regionName ? `Rapport resultaten ${regionName}` : TITLE);

  if (error && !data)
    return <QueryErrorPage title={TITLE} error={error} onRetry={() => refetch()} />;
  if (!data) return <LoadingPage title={TITLE} />;

  const search = `?${new URLSearchParams(periodToParams(period)).toString()}`;
  return (
    <article className="werkbrug-report">
      <Paragraph className="werkbrug-no-print">
        <RouterLink to={`/resultaten/${regionCode}${search}`}>Terug naar de resultaten</RouterLink>
      </Paragraph>
      <Heading level={1}>Rapport resultaten {data.banenafspraakResults.regionName}</Heading>
      <Paragraph>
        Periode: {periodLabel(period)}. Gemaakt op {formatDate(dateOf(now))}. Aantallen onder de 5
        personen staan als &quot;&lt;5&quot;, cijfers waaruit die zijn af te leiden als
        &quot;x&quot;.
      </Paragraph>
      <Button
        className="werkbrug-no-print"
        appearance="primary-action-button"
        onClick={() => window.print()}
      >
        Afdrukken
      </Button>
      {reportTables(data).map((table) => (
        <section
          key={table.id}
          className="werkbrug-report__section"
          aria-labelledby={`rapport-${table.id}`}
        >
          <Heading level={2} id={`rapport-${table.id}`}>
            {table.title}
          </Heading>
          <DataTableView table={table} caption={`${table.title}, ${periodLabel(period)}`} />
        </section>
      ))}
    </article>
  );
}
