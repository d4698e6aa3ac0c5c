import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export interface Fact {
  label: string;
  value: ReactNode;
}

/** Label-value pairs (a description list), e.g. the facts of a file. */
export function Facts({ facts }: { facts: readonly Fact[] }) {
  return (
    <DataList>
      {facts.map((fact) => (
        <DataListItem key={fact.label}>
          <DataListKey>{fact.label}</DataListKey>
          <DataListValue>{fact.value}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}
