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
import type { CompetenceGroup } from '@werkbrug/domain-rules';
import { useId, useState, type CSSProperties } from 'react';
import { byGroup, groupLabel, levelLabel, MAX_LEVEL } from '../levels.js';

export interface ScoredCompetence {
  code: string;
  label: string;
  group: CompetenceGroup;
  level: number;
}

export interface CompetenceProfileChartProps {
  /** What the chart shows, e.g. "Competentieprofiel van Jan de Vries". */
  title: string;
  competences: readonly ScoredCompetence[];
  /** Level of the chart's heading; its groups get the next level. */
  headingLevel?: 2 | 3;
}

/**
 * The competence profile as horizontal bars per group. Every bar carries its level as text, so the
 * chart needs no colour or shape to be read; the same data is available as a table.
 */
export function CompetenceProfileChart({
  title,
  competences,
  headingLevel = 2,
}: CompetenceProfileChartProps) {
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  const groups = byGroup(competences);
  const groupHeadingLevel = (headingLevel + 1) as 3 | 4;

  return (
    <section className="werkbrug-competence-profile" aria-labelledby={`${id}-title`}>
      <Heading level={headingLevel} id={`${id}-title`}>
        {title}
      </Heading>
      {competences.length === 0 ? (
        <Paragraph>Er zijn nog geen competenties gescoord.</Paragraph>
      ) : (
        <>
          <Button
            appearance="subtle-button"
            aria-pressed={asTable}
            onClick={() => setAsTable((current) => !current)}
          >
            Toon als tabel
          </Button>
          {asTable ? (
            <Table>
              <TableCaption>{title}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Groep</TableHeaderCell>
                  <TableHeaderCell scope="col">Competentie</TableHeaderCell>
                  <TableHeaderCell scope="col">Niveau (1 tot en met 5)</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {groups.flatMap(({ group, items }) =>
                  items.map((item) => (
                    <TableRow key={item.code}>
                      <TableCell>{groupLabel(group)}</TableCell>
                      <TableHeaderCell scope="row">{item.label}</TableHeaderCell>
                      <TableCell>{levelLabel(item.level)}</TableCell>
                    </TableRow>
                  )),
                )}
              </TableBody>
            </Table>
          ) : (
            groups.map(({ group, items }) => (
              <div key={group} className="werkbrug-bar-chart">
                <Heading level={groupHeadingLevel}>{groupLabel(group)}</Heading>
                <ul className="werkbrug-bar-chart__list">
                  {items.map((item) => (
                    <li key={item.code} className="werkbrug-bar-chart__item">
                      <span className="werkbrug-bar-chart__label">{item.label}</span>
                      <span
                        className="werkbrug-bar-chart__track"
                        aria-hidden="true"
                        style={{ '--werkbrug-bar-size': item.level / MAX_LEVEL } as CSSProperties}
                      >
                        <span className="werkbrug-bar-chart__bar" />
                      </span>
                      <span className="werkbrug-bar-chart__value">
                        niveau {item.level} van {MAX_LEVEL}
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            ))
          )}
        </>
      )}
    </section>
  );
}
