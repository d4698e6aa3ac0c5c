import { Heading, Paragraph } from '@utrecht/component-library-react';
import {
  beschutWerkTable,
  funnelRows,
  funnelTable,
  instrumentRows,
  instrumentTable,
  municipalityRows,
  timeToPlacementTable,
  trendRows,
  trendTable,
  uitstroomTable,
  type RegionReportData,
} from '../report.js';
import { ChartSection } from './ChartSection.js';
import { CountBarChart } from './CountBarChart.js';
import { DataTableView } from './DataTableView.js';
import { TargetBarChart } from './TargetBarChart.js';
import { TrendChart } from './TrendChart.js';

const lastOf = <T,>(items: readonly T[]) => items[items.length - 1];

/** The region's charts, each with its table and CSV, in the order of the printed report. */
export function RegionReportSections({
  data,
  fileSuffix,
}: {
  data: RegionReportData;
  fileSuffix: string;
}) {
  const {
    banenafspraakResults: banen,
    beschutWerkResults: beschut,
    uitstroomResults: uitstroom,
    pipelineResults: pipeline,
  } = data;
  const latest = lastOf(banen.quarters);
  const funnel = funnelRows(pipeline);
  return (
    <>
      <ChartSection
        table={trendTable(banen)}
        fileSuffix={fileSuffix}
        empty="Er zijn geen kwartalen in deze periode."
        summary={
          latest
            ? `Staafdiagram van de extra banen per kwartaal, markt en overheid gestapeld, met het doel als lijn. ` +
              `In het laatste kwartaal (${trendRows(banen).at(-1)?.label}) ${latest.extraJobs.total.display} extra banen` +
              (latest.percentOfTarget.total
                ? `, ${latest.percentOfTarget.total.display} % van het doel.`
                : ', zonder doel.')
            : 'Geen gegevens.'
        }
      >
        <TrendChart rows={trendRows(banen)} />
      </ChartSection>
      <ChartSection
        table={beschutWerkTable(beschut)}
        fileSuffix={fileSuffix}
        summary={`Staafdiagram van de gerealiseerde beschutte werkplekken per gemeente tegen de taakstelling. Regio totaal: ${beschut.total.realised.display} van ${beschut.total.target ?? 'geen'} taakstelling.`}
      >
        <TargetBarChart rows={municipalityRows(beschut.municipalities)} targetName="Taakstelling" />
      </ChartSection>
      <ChartSection
        table={uitstroomTable(uitstroom)}
        fileSuffix={fileSuffix}
        summary={`Staafdiagram van de uitstroom naar werk per gemeente tegen het doel. Regio totaal: ${uitstroom.total.realised.display} personen (volledig ${uitstroom.total.full.display}, gedeeltelijk ${uitstroom.total.partial.display}), doel ${uitstroom.total.target ?? 'niet vastgesteld'}.`}
      >
        <TargetBarChart rows={municipalityRows(uitstroom.municipalities)} targetName="Doel" />
      </ChartSection>
      <ChartSection
        table={funnelTable(pipeline)}
        fileSuffix={fileSuffix}
        summary={`Trechter van voordracht tot plaatsing: ${funnel.map((step) => `${step.label} ${step.display}`).join(', ')}.`}
      >
        <CountBarChart rows={funnel} />
      </ChartSection>
      <ChartSection
        table={instrumentTable(pipeline)}
        fileSuffix={fileSuffix}
        empty="In deze periode is geen instrument ingezet."
        summary={`Staafdiagram van de ingezette instrumenten: ${instrumentRows(pipeline)
          .map((row) => `${row.label} ${row.display}`)
          .join(', ')}.`}
      >
        <CountBarChart rows={instrumentRows(pipeline)} />
      </ChartSection>
      <section className="werkbrug-chart" aria-labelledby="doorlooptijd-titel">
        <Heading level={2} id="doorlooptijd-titel">
          Plaatsingen, doorlooptijd en nazorg
        </Heading>
        <Paragraph>
          Doorlooptijd: van het openen van een vacature tot de start van de plaatsing. Nazorg op
          tijd: binnen 7 dagen na de geplande datum.
        </Paragraph>
        <DataTableView table={timeToPlacementTable(pipeline)} />
      </section>
    </>
  );
}
