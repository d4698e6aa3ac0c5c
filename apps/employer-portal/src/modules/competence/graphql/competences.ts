import { graphql } from '../../../gql/index.js';

export const CompetencePickerFragment = graphql(`
  fragment CompetencePicker_competence on Competence {
    code
    label
    description
    group
    sector
    levels {
      level
      description
    }
  }
`);

/** Finds competences for the picker; `first` bounds the list a user has to read through. */
export const CompetenceSearchQuery = graphql(`
  query CompetenceSearch($search: String, $group: CompetenceGroup, $first: Int!) {
    competences(search: $search, group: $group, first: $first) {
      totalCount
      nodes {
        ...CompetencePicker_competence
      }
    }
  }
`);

/** One competence's level descriptions; answered from the cache when it came from a search. */
export const CompetenceLevelsQuery = graphql(`
  query CompetenceLevels($code: String!) {
    competence(code: $code) {
      ...CompetencePicker_competence
    }
  }
`);
