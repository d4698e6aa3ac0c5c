import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { IntroductionCard_IntroductionFragment } from '../../../gql/graphql.js';
import { ENDED_STATUSES } from '../labels.js';
import { IntroductionCard } from './IntroductionCard.js';

export interface PipelineProps {
  introductions: readonly IntroductionCard_IntroductionFragment[];
  subject: 'jobSeeker' | 'vacancy';
  empty: string;
}

/** The introductions of a vacancy or a file: those still running, then those that ended. */
export function Pipeline({ introductions, subject, empty }: PipelineProps) {
  if (introductions.length === 0) return <Paragraph>{empty}</Paragraph>;
  const running = introductions.filter((i) => !ENDED_STATUSES.includes(i.status));
  const ended = introductions.filter((i) => ENDED_STATUSES.includes(i.status));
  return (
    <>
      <Heading level={3}>Lopend ({running.length})</Heading>
      {running.length === 0 && <Paragraph>Er lopen geen introducties.</Paragraph>}
      {running.map((introduction) => (
        <IntroductionCard
          key={introduction.id}
          introduction={introduction}
          subject={subject}
          headingLevel={4}
        />
      ))}
      {ended.length > 0 && (
        <>
          <Heading level={3}>Afgerond ({ended.length})</Heading>
          {ended.map((introduction) => (
            <IntroductionCard
              key={introduction.id}
              introduction={introduction}
              subject={subject}
              headingLevel={4}
            />
          ))}
        </>
      )}
    </>
  );
}
