/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment CompetenceScanEditor_competence on Competence {\n    code\n    label\n    description\n    group\n    sector\n    levels {\n      level\n      description\n    }\n  }\n': typeof types.CompetenceScanEditor_CompetenceFragmentDoc;
  '\n  fragment EmployerTable_employer on Employer {\n    id\n    name\n    kvkNumber\n    sector\n    regionCode\n    accountManager {\n      id\n      displayName\n    }\n    locations {\n      id\n      city\n    }\n  }\n': typeof types.EmployerTable_EmployerFragmentDoc;
  '\n  fragment IntroductionCard_introduction on Introduction {\n    id\n    status\n    matchScore\n    nextStatuses\n    jobSeeker {\n      id\n      candidateLabel\n      firstName\n      lastName\n    }\n    vacancy {\n      id\n      title\n      employer {\n        id\n        name\n      }\n    }\n    history {\n      changedAt\n      fromStatus\n      toStatus\n      note\n      changedBy {\n        displayName\n      }\n    }\n  }\n': typeof types.IntroductionCard_IntroductionFragmentDoc;
  '\n  mutation ChangeIntroductionStatus($id: ID!, $status: IntroductionStatus!, $note: String) {\n    changeIntroductionStatus(id: $id, status: $status, note: $note) {\n      id\n      ...IntroductionCard_introduction\n    }\n  }\n': typeof types.ChangeIntroductionStatusDocument;
  '\n  fragment AvailabilityPanel_jobSeeker on JobSeeker {\n    id\n    firstName\n    lastName\n    hoursAvailable\n    availabilityConfirmedAt\n    maxTravelKm\n    maxTravelMinutes\n    transportModes\n    hasDrivingLicence\n    archivedAt\n  }\n': typeof types.AvailabilityPanel_JobSeekerFragmentDoc;
  '\n  mutation ConfirmJobSeekerAvailability($id: ID!) {\n    confirmJobSeekerAvailability(id: $id) {\n      id\n      availabilityConfirmedAt\n      updatedAt\n    }\n  }\n': typeof types.ConfirmJobSeekerAvailabilityDocument;
  '\n  fragment ConsentPanel_jobSeeker on JobSeeker {\n    id\n    consentStatus\n    consentUpdatedAt\n    archivedAt\n  }\n': typeof types.ConsentPanel_JobSeekerFragmentDoc;
  '\n  mutation RecordJobSeekerConsent($id: ID!, $status: ConsentStatus!) {\n    recordJobSeekerConsent(id: $id, status: $status) {\n      id\n      ...ConsentPanel_jobSeeker\n    }\n  }\n': typeof types.RecordJobSeekerConsentDocument;
  '\n  fragment JobSeekerFile_jobSeeker on JobSeeker {\n    id\n    firstName\n    lastName\n    candidateNumber\n    bsnMasked\n    birthDate\n    email\n    phone\n    postcode\n    municipality {\n      code\n      name\n    }\n    regionCode\n    consultant {\n      id\n      displayName\n    }\n    participationStep\n    earningCapacityPercent\n    earningCapacityBand\n    loonwaardePercent\n    clientProfile\n    perspectiveGroup\n    doelgroepregister\n    indicatieBeschutWerk\n    wswOud\n    statushouder\n    jongere\n    sectorPreferences\n    workLimitations\n    archivedAt\n    competences {\n      level\n      assessedAt\n      competence {\n        code\n        label\n        group\n      }\n    }\n    ...AvailabilityPanel_jobSeeker\n    ...ConsentPanel_jobSeeker\n  }\n': typeof types.JobSeekerFile_JobSeekerFragmentDoc;
  '\n  fragment JobSeekerTable_jobSeeker on JobSeeker {\n    id\n    firstName\n    lastName\n    candidateNumber\n    municipality {\n      code\n      name\n    }\n    earningCapacityBand\n    consentStatus\n    doelgroepregister\n    indicatieBeschutWerk\n    wswOud\n    statushouder\n    jongere\n    availabilityConfirmedAt\n  }\n': typeof types.JobSeekerTable_JobSeekerFragmentDoc;
  '\n  fragment ProfileForm_jobSeeker on JobSeeker {\n    id\n    participationStep\n    earningCapacityPercent\n    loonwaardePercent\n    clientProfile\n    perspectiveGroup\n    doelgroepregister\n    indicatieBeschutWerk\n    wswOud\n    statushouder\n    hoursAvailable\n    maxTravelKm\n    maxTravelMinutes\n    transportModes\n    hasDrivingLicence\n    sectorPreferences\n    postcode\n    email\n    phone\n    workLimitations\n  }\n': typeof types.ProfileForm_JobSeekerFragmentDoc;
  '\n  fragment MatchExplanation_explanation on MatchExplanation {\n    score\n    distanceKm\n    travelMinutes\n    transport\n    maxTravelKm\n    maxTravelMinutes\n    hoursAvailable\n    hoursMin\n    hoursMax\n    sectorPreferred\n    jobSeekerRegionCode\n    vacancyRegionCode\n    factors {\n      factor\n      label\n      weight\n      fit\n      points\n    }\n    competencesMet {\n      code\n      label\n      level\n      minLevel\n      requirement\n    }\n    gaps {\n      code\n      label\n      level\n      minLevel\n      gap\n      requirement\n      trainable\n    }\n  }\n': typeof types.MatchExplanation_ExplanationFragmentDoc;
  '\n  fragment SuggestionCard_match on VacancyMatch {\n    rank\n    score\n    jobSeeker {\n      id\n      candidateLabel\n      firstName\n      lastName\n      regionCode\n    }\n    explanation {\n      ...MatchExplanation_explanation\n    }\n  }\n': typeof types.SuggestionCard_MatchFragmentDoc;
  '\n  mutation ProposeIntroduction($input: ProposeIntroductionInput!) {\n    proposeIntroduction(input: $input) {\n      id\n      status\n      jobSeeker {\n        id\n      }\n    }\n  }\n': typeof types.ProposeIntroductionDocument;
  '\n  fragment Viewer_viewer on Viewer {\n    id\n    email\n    displayName\n    roles\n    organisationName\n    employerId\n    regionCodes\n  }\n': typeof types.Viewer_ViewerFragmentDoc;
  '\n  query Session {\n    viewer {\n      ...Viewer_viewer\n    }\n  }\n': typeof types.SessionDocument;
  '\n  mutation Logout {\n    logout\n  }\n': typeof types.LogoutDocument;
  '\n  fragment VacancyTable_vacancy on Vacancy {\n    id\n    title\n    kind\n    status\n    hoursMin\n    hoursMax\n    openings\n    employer {\n      id\n      name\n    }\n    location {\n      id\n      city\n    }\n  }\n': typeof types.VacancyTable_VacancyFragmentDoc;
  '\n  mutation LoginPage_Login($input: LoginInput!) {\n    login(input: $input) {\n      ...Viewer_viewer\n    }\n  }\n': typeof types.LoginPage_LoginDocument;
  '\n  query EmployerListPage(\n    $first: Int!\n    $after: String\n    $search: String\n    $sector: EmployerSector\n    $accountManagerId: ID\n  ) {\n    employers(\n      first: $first\n      after: $after\n      search: $search\n      sector: $sector\n      accountManagerId: $accountManagerId\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...EmployerTable_employer\n      }\n    }\n  }\n': typeof types.EmployerListPageDocument;
  '\n  query EmployerPage($id: ID!) {\n    employer(id: $id) {\n      id\n      name\n      kvkNumber\n      sector\n      sbiCode\n      regionCode\n      archivedAt\n      accountManager {\n        id\n        displayName\n        email\n      }\n      locations {\n        id\n        name\n        street\n        postcode\n        city\n      }\n      contacts {\n        id\n        name\n        jobTitle\n        email\n        phone\n      }\n    }\n    vacancies(employerId: $id, first: 100) {\n      totalCount\n      nodes {\n        ...VacancyTable_vacancy\n      }\n    }\n  }\n': typeof types.EmployerPageDocument;
  '\n  query StartPage {\n    viewer {\n      id\n      displayName\n      roles\n      organisationName\n    }\n  }\n': typeof types.StartPageDocument;
  '\n  query CompetenceScanPage($id: ID!) {\n    jobSeeker(id: $id) {\n      id\n      firstName\n      lastName\n      archivedAt\n      competences {\n        level\n        assessedAt\n        competence {\n          code\n          label\n          group\n        }\n      }\n    }\n  }\n': typeof types.CompetenceScanPageDocument;
  '\n  query CompetenceScanPageTaxonomy($after: String) {\n    competences(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CompetenceScanEditor_competence\n      }\n    }\n  }\n': typeof types.CompetenceScanPageTaxonomyDocument;
  '\n  mutation SetJobSeekerCompetences($id: ID!, $competences: [JobSeekerCompetenceInput!]!) {\n    setJobSeekerCompetences(id: $id, competences: $competences) {\n      id\n      updatedAt\n      competences {\n        level\n        assessedAt\n        competence {\n          code\n          label\n          group\n        }\n      }\n    }\n  }\n': typeof types.SetJobSeekerCompetencesDocument;
  '\n  query JobSeekerListPage(\n    $first: Int!\n    $after: String\n    $search: String\n    $regionCode: String\n    $municipalityCode: String\n    $consentStatus: ConsentStatus\n    $earningCapacityBand: EarningCapacityBand\n    $doelgroepregister: Boolean\n    $indicatieBeschutWerk: Boolean\n  ) {\n    jobSeekers(\n      first: $first\n      after: $after\n      search: $search\n      regionCode: $regionCode\n      municipalityCode: $municipalityCode\n      consentStatus: $consentStatus\n      earningCapacityBand: $earningCapacityBand\n      doelgroepregister: $doelgroepregister\n      indicatieBeschutWerk: $indicatieBeschutWerk\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...JobSeekerTable_jobSeeker\n      }\n    }\n  }\n': typeof types.JobSeekerListPageDocument;
  '\n  query JobSeekerListPageRegions {\n    viewer {\n      id\n      regionCodes\n    }\n    labourMarketRegions(active: true) {\n      code\n      name\n    }\n  }\n': typeof types.JobSeekerListPageRegionsDocument;
  '\n  query JobSeekerListPageMunicipalities($regionCode: String!) {\n    municipalities(regionCode: $regionCode, first: 100) {\n      nodes {\n        code\n        name\n      }\n    }\n  }\n': typeof types.JobSeekerListPageMunicipalitiesDocument;
  '\n  query JobSeekerPage($id: ID!) {\n    jobSeeker(id: $id) {\n      id\n      ...JobSeekerFile_jobSeeker\n    }\n    introductions(jobSeekerId: $id, first: 100) {\n      totalCount\n      nodes {\n        ...IntroductionCard_introduction\n      }\n    }\n  }\n': typeof types.JobSeekerPageDocument;
  '\n  query JobSeekerProfilePage($id: ID!) {\n    jobSeeker(id: $id) {\n      id\n      firstName\n      lastName\n      archivedAt\n      consultant {\n        id\n      }\n      ...ProfileForm_jobSeeker\n    }\n  }\n': typeof types.JobSeekerProfilePageDocument;
  '\n  mutation UpdateJobSeekerProfile($id: ID!, $input: UpdateJobSeekerInput!) {\n    updateJobSeeker(id: $id, input: $input) {\n      id\n      updatedAt\n      earningCapacityBand\n      jongere\n      pc4\n      ...ProfileForm_jobSeeker\n    }\n  }\n': typeof types.UpdateJobSeekerProfileDocument;
  '\n  query PlacementListPage($first: Int!, $after: String, $active: Boolean) {\n    placements(first: $first, after: $after, active: $active) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        active\n        contractType\n        hoursPerWeek\n        startDate\n        endDate\n        instruments\n        banenafspraakJobs\n        jobSeeker {\n          id\n          candidateLabel\n          firstName\n          lastName\n        }\n        employer {\n          id\n          name\n        }\n        vacancy {\n          id\n          title\n        }\n      }\n    }\n  }\n': typeof types.PlacementListPageDocument;
  '\n  query RegisterPlacementPage($introductionId: ID!) {\n    introduction(id: $introductionId) {\n      id\n      status\n      nextStatuses\n      jobSeeker {\n        id\n        candidateLabel\n        firstName\n        lastName\n      }\n      vacancy {\n        id\n        title\n        kind\n        employer {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.RegisterPlacementPageDocument;
  '\n  query RegisterPlacementPageVacancy($vacancyId: ID!) {\n    vacancy(id: $vacancyId) {\n      id\n      hoursMax\n    }\n  }\n': typeof types.RegisterPlacementPageVacancyDocument;
  '\n  mutation CreatePlacement($input: CreatePlacementInput!) {\n    createPlacement(input: $input) {\n      id\n      introductionId\n    }\n  }\n': typeof types.CreatePlacementDocument;
  '\n  query MatchingPage($first: Int!, $after: String, $search: String, $kind: VacancyKind) {\n    vacancies(first: $first, after: $after, search: $search, kind: $kind, status: OPEN) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...VacancyTable_vacancy\n      }\n    }\n  }\n': typeof types.MatchingPageDocument;
  '\n  query MatchingWorkbenchPage($vacancyId: ID!) {\n    vacancy(id: $vacancyId) {\n      id\n      title\n      kind\n      status\n      hoursMin\n      hoursMax\n      openings\n      employer {\n        id\n        name\n      }\n      location {\n        id\n        city\n      }\n    }\n    introductions(vacancyId: $vacancyId, first: 100) {\n      nodes {\n        id\n        status\n        jobSeeker {\n          id\n        }\n      }\n    }\n  }\n': typeof types.MatchingWorkbenchPageDocument;
  '\n  query MatchingWorkbenchSuggestions($vacancyId: ID!, $first: Int!, $filters: VacancyMatchFilters) {\n    vacancyMatches(vacancyId: $vacancyId, first: $first, filters: $filters) {\n      __typename\n      ... on VacancyMatch {\n        ...SuggestionCard_match\n      }\n    }\n  }\n': typeof types.MatchingWorkbenchSuggestionsDocument;
  '\n  query VacancyListPage(\n    $first: Int!\n    $after: String\n    $search: String\n    $status: VacancyStatus\n    $kind: VacancyKind\n  ) {\n    vacancies(first: $first, after: $after, search: $search, status: $status, kind: $kind) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...VacancyTable_vacancy\n      }\n    }\n  }\n': typeof types.VacancyListPageDocument;
  '\n  query VacancyPage($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      description\n      kind\n      status\n      contractType\n      sector\n      hoursMin\n      hoursMax\n      openings\n      startsOn\n      closesOn\n      wageMinCents\n      wageMaxCents\n      employer {\n        id\n        name\n      }\n      location {\n        id\n        name\n        postcode\n        city\n      }\n      competences {\n        minLevel\n        requirement\n        weight\n        competence {\n          code\n          label\n          group\n        }\n      }\n    }\n    introductions(vacancyId: $id, first: 100) {\n      totalCount\n      nodes {\n        ...IntroductionCard_introduction\n      }\n    }\n  }\n': typeof types.VacancyPageDocument;
};
const documents: Documents = {
  '\n  fragment CompetenceScanEditor_competence on Competence {\n    code\n    label\n    description\n    group\n    sector\n    levels {\n      level\n      description\n    }\n  }\n':
    types.CompetenceScanEditor_CompetenceFragmentDoc,
  '\n  fragment EmployerTable_employer on Employer {\n    id\n    name\n    kvkNumber\n    sector\n    regionCode\n    accountManager {\n      id\n      displayName\n    }\n    locations {\n      id\n      city\n    }\n  }\n':
    types.EmployerTable_EmployerFragmentDoc,
  '\n  fragment IntroductionCard_introduction on Introduction {\n    id\n    status\n    matchScore\n    nextStatuses\n    jobSeeker {\n      id\n      candidateLabel\n      firstName\n      lastName\n    }\n    vacancy {\n      id\n      title\n      employer {\n        id\n        name\n      }\n    }\n    history {\n      changedAt\n      fromStatus\n      toStatus\n      note\n      changedBy {\n        displayName\n      }\n    }\n  }\n':
    types.IntroductionCard_IntroductionFragmentDoc,
  '\n  mutation ChangeIntroductionStatus($id: ID!, $status: IntroductionStatus!, $note: String) {\n    changeIntroductionStatus(id: $id, status: $status, note: $note) {\n      id\n      ...IntroductionCard_introduction\n    }\n  }\n':
    types.ChangeIntroductionStatusDocument,
  '\n  fragment AvailabilityPanel_jobSeeker on JobSeeker {\n    id\n    firstName\n    lastName\n    hoursAvailable\n    availabilityConfirmedAt\n    maxTravelKm\n    maxTravelMinutes\n    transportModes\n    hasDrivingLicence\n    archivedAt\n  }\n':
    types.AvailabilityPanel_JobSeekerFragmentDoc,
  '\n  mutation ConfirmJobSeekerAvailability($id: ID!) {\n    confirmJobSeekerAvailability(id: $id) {\n      id\n      availabilityConfirmedAt\n      updatedAt\n    }\n  }\n':
    types.ConfirmJobSeekerAvailabilityDocument,
  '\n  fragment ConsentPanel_jobSeeker on JobSeeker {\n    id\n    consentStatus\n    consentUpdatedAt\n    archivedAt\n  }\n':
    types.ConsentPanel_JobSeekerFragmentDoc,
  '\n  mutation RecordJobSeekerConsent($id: ID!, $status: ConsentStatus!) {\n    recordJobSeekerConsent(id: $id, status: $status) {\n      id\n      ...ConsentPanel_jobSeeker\n    }\n  }\n':
    types.RecordJobSeekerConsentDocument,
  '\n  fragment JobSeekerFile_jobSeeker on JobSeeker {\n    id\n    firstName\n    lastName\n    candidateNumber\n    bsnMasked\n    birthDate\n    email\n    phone\n    postcode\n    municipality {\n      code\n      name\n    }\n    regionCode\n    consultant {\n      id\n      displayName\n    }\n    participationStep\n    earningCapacityPercent\n    earningCapacityBand\n    loonwaardePercent\n    clientProfile\n    perspectiveGroup\n    doelgroepregister\n    indicatieBeschutWerk\n    wswOud\n    statushouder\n    jongere\n    sectorPreferences\n    workLimitations\n    archivedAt\n    competences {\n      level\n      assessedAt\n      competence {\n        code\n        label\n        group\n      }\n    }\n    ...AvailabilityPanel_jobSeeker\n    ...ConsentPanel_jobSeeker\n  }\n':
    types.JobSeekerFile_JobSeekerFragmentDoc,
  '\n  fragment JobSeekerTable_jobSeeker on JobSeeker {\n    id\n    firstName\n    lastName\n    candidateNumber\n    municipality {\n      code\n      name\n    }\n    earningCapacityBand\n    consentStatus\n    doelgroepregister\n    indicatieBeschutWerk\n    wswOud\n    statushouder\n    jongere\n    availabilityConfirmedAt\n  }\n':
    types.JobSeekerTable_JobSeekerFragmentDoc,
  '\n  fragment ProfileForm_jobSeeker on JobSeeker {\n    id\n    participationStep\n    earningCapacityPercent\n    loonwaardePercent\n    clientProfile\n    perspectiveGroup\n    doelgroepregister\n    indicatieBeschutWerk\n    wswOud\n    statushouder\n    hoursAvailable\n    maxTravelKm\n    maxTravelMinutes\n    transportModes\n    hasDrivingLicence\n    sectorPreferences\n    postcode\n    email\n    phone\n    workLimitations\n  }\n':
    types.ProfileForm_JobSeekerFragmentDoc,
  '\n  fragment MatchExplanation_explanation on MatchExplanation {\n    score\n    distanceKm\n    travelMinutes\n    transport\n    maxTravelKm\n    maxTravelMinutes\n    hoursAvailable\n    hoursMin\n    hoursMax\n    sectorPreferred\n    jobSeekerRegionCode\n    vacancyRegionCode\n    factors {\n      factor\n      label\n      weight\n      fit\n      points\n    }\n    competencesMet {\n      code\n      label\n      level\n      minLevel\n      requirement\n    }\n    gaps {\n      code\n      label\n      level\n      minLevel\n      gap\n      requirement\n      trainable\n    }\n  }\n':
    types.MatchExplanation_ExplanationFragmentDoc,
  '\n  fragment SuggestionCard_match on VacancyMatch {\n    rank\n    score\n    jobSeeker {\n      id\n      candidateLabel\n      firstName\n      lastName\n      regionCode\n    }\n    explanation {\n      ...MatchExplanation_explanation\n    }\n  }\n':
    types.SuggestionCard_MatchFragmentDoc,
  '\n  mutation ProposeIntroduction($input: ProposeIntroductionInput!) {\n    proposeIntroduction(input: $input) {\n      id\n      status\n      jobSeeker {\n        id\n      }\n    }\n  }\n':
    types.ProposeIntroductionDocument,
  '\n  fragment Viewer_viewer on Viewer {\n    id\n    email\n    displayName\n    roles\n    organisationName\n    employerId\n    regionCodes\n  }\n':
    types.Viewer_ViewerFragmentDoc,
  '\n  query Session {\n    viewer {\n      ...Viewer_viewer\n    }\n  }\n': types.SessionDocument,
  '\n  mutation Logout {\n    logout\n  }\n': types.LogoutDocument,
  '\n  fragment VacancyTable_vacancy on Vacancy {\n    id\n    title\n    kind\n    status\n    hoursMin\n    hoursMax\n    openings\n    employer {\n      id\n      name\n    }\n    location {\n      id\n      city\n    }\n  }\n':
    types.VacancyTable_VacancyFragmentDoc,
  '\n  mutation LoginPage_Login($input: LoginInput!) {\n    login(input: $input) {\n      ...Viewer_viewer\n    }\n  }\n':
    types.LoginPage_LoginDocument,
  '\n  query EmployerListPage(\n    $first: Int!\n    $after: String\n    $search: String\n    $sector: EmployerSector\n    $accountManagerId: ID\n  ) {\n    employers(\n      first: $first\n      after: $after\n      search: $search\n      sector: $sector\n      accountManagerId: $accountManagerId\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...EmployerTable_employer\n      }\n    }\n  }\n':
    types.EmployerListPageDocument,
  '\n  query EmployerPage($id: ID!) {\n    employer(id: $id) {\n      id\n      name\n      kvkNumber\n      sector\n      sbiCode\n      regionCode\n      archivedAt\n      accountManager {\n        id\n        displayName\n        email\n      }\n      locations {\n        id\n        name\n        street\n        postcode\n        city\n      }\n      contacts {\n        id\n        name\n        jobTitle\n        email\n        phone\n      }\n    }\n    vacancies(employerId: $id, first: 100) {\n      totalCount\n      nodes {\n        ...VacancyTable_vacancy\n      }\n    }\n  }\n':
    types.EmployerPageDocument,
  '\n  query StartPage {\n    viewer {\n      id\n      displayName\n      roles\n      organisationName\n    }\n  }\n':
    types.StartPageDocument,
  '\n  query CompetenceScanPage($id: ID!) {\n    jobSeeker(id: $id) {\n      id\n      firstName\n      lastName\n      archivedAt\n      competences {\n        level\n        assessedAt\n        competence {\n          code\n          label\n          group\n        }\n      }\n    }\n  }\n':
    types.CompetenceScanPageDocument,
  '\n  query CompetenceScanPageTaxonomy($after: String) {\n    competences(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CompetenceScanEditor_competence\n      }\n    }\n  }\n':
    types.CompetenceScanPageTaxonomyDocument,
  '\n  mutation SetJobSeekerCompetences($id: ID!, $competences: [JobSeekerCompetenceInput!]!) {\n    setJobSeekerCompetences(id: $id, competences: $competences) {\n      id\n      updatedAt\n      competences {\n        level\n        assessedAt\n        competence {\n          code\n          label\n          group\n        }\n      }\n    }\n  }\n':
    types.SetJobSeekerCompetencesDocument,
  '\n  query JobSeekerListPage(\n    $first: Int!\n    $after: String\n    $search: String\n    $regionCode: String\n    $municipalityCode: String\n    $consentStatus: ConsentStatus\n    $earningCapacityBand: EarningCapacityBand\n    $doelgroepregister: Boolean\n    $indicatieBeschutWerk: Boolean\n  ) {\n    jobSeekers(\n      first: $first\n      after: $after\n      search: $search\n      regionCode: $regionCode\n      municipalityCode: $municipalityCode\n      consentStatus: $consentStatus\n      earningCapacityBand: $earningCapacityBand\n      doelgroepregister: $doelgroepregister\n      indicatieBeschutWerk: $indicatieBeschutWerk\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...JobSeekerTable_jobSeeker\n      }\n    }\n  }\n':
    types.JobSeekerListPageDocument,
  '\n  query JobSeekerListPageRegions {\n    viewer {\n      id\n      regionCodes\n    }\n    labourMarketRegions(active: true) {\n      code\n      name\n    }\n  }\n':
    types.JobSeekerListPageRegionsDocument,
  '\n  query JobSeekerListPageMunicipalities($regionCode: String!) {\n    municipalities(regionCode: $regionCode, first: 100) {\n      nodes {\n        code\n        name\n      }\n    }\n  }\n':
    types.JobSeekerListPageMunicipalitiesDocument,
  '\n  query JobSeekerPage($id: ID!) {\n    jobSeeker(id: $id) {\n      id\n      ...JobSeekerFile_jobSeeker\n    }\n    introductions(jobSeekerId: $id, first: 100) {\n      totalCount\n      nodes {\n        ...IntroductionCard_introduction\n      }\n    }\n  }\n':
    types.JobSeekerPageDocument,
  '\n  query JobSeekerProfilePage($id: ID!) {\n    jobSeeker(id: $id) {\n      id\n      firstName\n      lastName\n      archivedAt\n      consultant {\n        id\n      }\n      ...ProfileForm_jobSeeker\n    }\n  }\n':
    types.JobSeekerProfilePageDocument,
  '\n  mutation UpdateJobSeekerProfile($id: ID!, $input: UpdateJobSeekerInput!) {\n    updateJobSeeker(id: $id, input: $input) {\n      id\n      updatedAt\n      earningCapacityBand\n      jongere\n      pc4\n      ...ProfileForm_jobSeeker\n    }\n  }\n':
    types.UpdateJobSeekerProfileDocument,
  '\n  query PlacementListPage($first: Int!, $after: String, $active: Boolean) {\n    placements(first: $first, after: $after, active: $active) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        active\n        contractType\n        hoursPerWeek\n        startDate\n        endDate\n        instruments\n        banenafspraakJobs\n        jobSeeker {\n          id\n          candidateLabel\n          firstName\n          lastName\n        }\n        employer {\n          id\n          name\n        }\n        vacancy {\n          id\n          title\n        }\n      }\n    }\n  }\n':
    types.PlacementListPageDocument,
  '\n  query RegisterPlacementPage($introductionId: ID!) {\n    introduction(id: $introductionId) {\n      id\n      status\n      nextStatuses\n      jobSeeker {\n        id\n        candidateLabel\n        firstName\n        lastName\n      }\n      vacancy {\n        id\n        title\n        kind\n        employer {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.RegisterPlacementPageDocument,
  '\n  query RegisterPlacementPageVacancy($vacancyId: ID!) {\n    vacancy(id: $vacancyId) {\n      id\n      hoursMax\n    }\n  }\n':
    types.RegisterPlacementPageVacancyDocument,
  '\n  mutation CreatePlacement($input: CreatePlacementInput!) {\n    createPlacement(input: $input) {\n      id\n      introductionId\n    }\n  }\n':
    types.CreatePlacementDocument,
  '\n  query MatchingPage($first: Int!, $after: String, $search: String, $kind: VacancyKind) {\n    vacancies(first: $first, after: $after, search: $search, kind: $kind, status: OPEN) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...VacancyTable_vacancy\n      }\n    }\n  }\n':
    types.MatchingPageDocument,
  '\n  query MatchingWorkbenchPage($vacancyId: ID!) {\n    vacancy(id: $vacancyId) {\n      id\n      title\n      kind\n      status\n      hoursMin\n      hoursMax\n      openings\n      employer {\n        id\n        name\n      }\n      location {\n        id\n        city\n      }\n    }\n    introductions(vacancyId: $vacancyId, first: 100) {\n      nodes {\n        id\n        status\n        jobSeeker {\n          id\n        }\n      }\n    }\n  }\n':
    types.MatchingWorkbenchPageDocument,
  '\n  query MatchingWorkbenchSuggestions($vacancyId: ID!, $first: Int!, $filters: VacancyMatchFilters) {\n    vacancyMatches(vacancyId: $vacancyId, first: $first, filters: $filters) {\n      __typename\n      ... on VacancyMatch {\n        ...SuggestionCard_match\n      }\n    }\n  }\n':
    types.MatchingWorkbenchSuggestionsDocument,
  '\n  query VacancyListPage(\n    $first: Int!\n    $after: String\n    $search: String\n    $status: VacancyStatus\n    $kind: VacancyKind\n  ) {\n    vacancies(first: $first, after: $after, search: $search, status: $status, kind: $kind) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...VacancyTable_vacancy\n      }\n    }\n  }\n':
    types.VacancyListPageDocument,
  '\n  query VacancyPage($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      description\n      kind\n      status\n      contractType\n      sector\n      hoursMin\n      hoursMax\n      openings\n      startsOn\n      closesOn\n      wageMinCents\n      wageMaxCents\n      employer {\n        id\n        name\n      }\n      location {\n        id\n        name\n        postcode\n        city\n      }\n      competences {\n        minLevel\n        requirement\n        weight\n        competence {\n          code\n          label\n          group\n        }\n      }\n    }\n    introductions(vacancyId: $id, first: 100) {\n      totalCount\n      nodes {\n        ...IntroductionCard_introduction\n      }\n    }\n  }\n':
    types.VacancyPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CompetenceScanEditor_competence on Competence {\n    code\n    label\n    description\n    group\n    sector\n    levels {\n      level\n      description\n    }\n  }\n',
): (typeof documents)['\n  fragment CompetenceScanEditor_competence on Competence {\n    code\n    label\n    description\n    group\n    sector\n    levels {\n      level\n      description\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EmployerTable_employer on Employer {\n    id\n    name\n    kvkNumber\n    sector\n    regionCode\n    accountManager {\n      id\n      displayName\n    }\n    locations {\n      id\n      city\n    }\n  }\n',
): (typeof documents)['\n  fragment EmployerTable_employer on Employer {\n    id\n    name\n    kvkNumber\n    sector\n    regionCode\n    accountManager {\n      id\n      displayName\n    }\n    locations {\n      id\n      city\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment IntroductionCard_introduction on Introduction {\n    id\n    status\n    matchScore\n    nextStatuses\n    jobSeeker {\n      id\n      candidateLabel\n      firstName\n      lastName\n    }\n    vacancy {\n      id\n      title\n      employer {\n        id\n        name\n      }\n    }\n    history {\n      changedAt\n      fromStatus\n      toStatus\n      note\n      changedBy {\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment IntroductionCard_introduction on Introduction {\n    id\n    status\n    matchScore\n    nextStatuses\n    jobSeeker {\n      id\n      candidateLabel\n      firstName\n      lastName\n    }\n    vacancy {\n      id\n      title\n      employer {\n        id\n        name\n      }\n    }\n    history {\n      changedAt\n      fromStatus\n      toStatus\n      note\n      changedBy {\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangeIntroductionStatus($id: ID!, $status: IntroductionStatus!, $note: String) {\n    changeIntroductionStatus(id: $id, status: $status, note: $note) {\n      id\n      ...IntroductionCard_introduction\n    }\n  }\n',
): (typeof documents)['\n  mutation ChangeIntroductionStatus($id: ID!, $status: IntroductionStatus!, $note: String) {\n    changeIntroductionStatus(id: $id, status: $status, note: $note) {\n      id\n      ...IntroductionCard_introduction\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AvailabilityPanel_jobSeeker on JobSeeker {\n    id\n    firstName\n    lastName\n    hoursAvailable\n    availabilityConfirmedAt\n    maxTravelKm\n    maxTravelMinutes\n    transportModes\n    hasDrivingLicence\n    archivedAt\n  }\n',
): (typeof documents)['\n  fragment AvailabilityPanel_jobSeeker on JobSeeker {\n    id\n    firstName\n    lastName\n    hoursAvailable\n    availabilityConfirmedAt\n    maxTravelKm\n    maxTravelMinutes\n    transportModes\n    hasDrivingLicence\n    archivedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfirmJobSeekerAvailability($id: ID!) {\n    confirmJobSeekerAvailability(id: $id) {\n      id\n      availabilityConfirmedAt\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation ConfirmJobSeekerAvailability($id: ID!) {\n    confirmJobSeekerAvailability(id: $id) {\n      id\n      availabilityConfirmedAt\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ConsentPanel_jobSeeker on JobSeeker {\n    id\n    consentStatus\n    consentUpdatedAt\n    archivedAt\n  }\n',
): (typeof documents)['\n  fragment ConsentPanel_jobSeeker on JobSeeker {\n    id\n    consentStatus\n    consentUpdatedAt\n    archivedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordJobSeekerConsent($id: ID!, $status: ConsentStatus!) {\n    recordJobSeekerConsent(id: $id, status: $status) {\n      id\n      ...ConsentPanel_jobSeeker\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordJobSeekerConsent($id: ID!, $status: ConsentStatus!) {\n    recordJobSeekerConsent(id: $id, status: $status) {\n      id\n      ...ConsentPanel_jobSeeker\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment JobSeekerFile_jobSeeker on JobSeeker {\n    id\n    firstName\n    lastName\n    candidateNumber\n    bsnMasked\n    birthDate\n    email\n    phone\n    postcode\n    municipality {\n      code\n      name\n    }\n    regionCode\n    consultant {\n      id\n      displayName\n    }\n    participationStep\n    earningCapacityPercent\n    earningCapacityBand\n    loonwaardePercent\n    clientProfile\n    perspectiveGroup\n    doelgroepregister\n    indicatieBeschutWerk\n    wswOud\n    statushouder\n    jongere\n    sectorPreferences\n    workLimitations\n    archivedAt\n    competences {\n      level\n      assessedAt\n      competence {\n        code\n        label\n        group\n      }\n    }\n    ...AvailabilityPanel_jobSeeker\n    ...ConsentPanel_jobSeeker\n  }\n',
): (typeof documents)['\n  fragment JobSeekerFile_jobSeeker on JobSeeker {\n    id\n    firstName\n    lastName\n    candidateNumber\n    bsnMasked\n    birthDate\n    email\n    phone\n    postcode\n    municipality {\n      code\n      name\n    }\n    regionCode\n    consultant {\n      id\n      displayName\n    }\n    participationStep\n    earningCapacityPercent\n    earningCapacityBand\n    loonwaardePercent\n    clientProfile\n    perspectiveGroup\n    doelgroepregister\n    indicatieBeschutWerk\n    wswOud\n    statushouder\n    jongere\n    sectorPreferences\n    workLimitations\n    archivedAt\n    competences {\n      level\n      assessedAt\n      competence {\n        code\n        label\n        group\n      }\n    }\n    ...AvailabilityPanel_jobSeeker\n    ...ConsentPanel_jobSeeker\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment JobSeekerTable_jobSeeker on JobSeeker {\n    id\n    firstName\n    lastName\n    candidateNumber\n    municipality {\n      code\n      name\n    }\n    earningCapacityBand\n    consentStatus\n    doelgroepregister\n    indicatieBeschutWerk\n    wswOud\n    statushouder\n    jongere\n    availabilityConfirmedAt\n  }\n',
): (typeof documents)['\n  fragment JobSeekerTable_jobSeeker on JobSeeker {\n    id\n    firstName\n    lastName\n    candidateNumber\n    municipality {\n      code\n      name\n    }\n    earningCapacityBand\n    consentStatus\n    doelgroepregister\n    indicatieBeschutWerk\n    wswOud\n    statushouder\n    jongere\n    availabilityConfirmedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProfileForm_jobSeeker on JobSeeker {\n    id\n    participationStep\n    earningCapacityPercent\n    loonwaardePercent\n    clientProfile\n    perspectiveGroup\n    doelgroepregister\n    indicatieBeschutWerk\n    wswOud\n    statushouder\n    hoursAvailable\n    maxTravelKm\n    maxTravelMinutes\n    transportModes\n    hasDrivingLicence\n    sectorPreferences\n    postcode\n    email\n    phone\n    workLimitations\n  }\n',
): (typeof documents)['\n  fragment ProfileForm_jobSeeker on JobSeeker {\n    id\n    participationStep\n    earningCapacityPercent\n    loonwaardePercent\n    clientProfile\n    perspectiveGroup\n    doelgroepregister\n    indicatieBeschutWerk\n    wswOud\n    statushouder\n    hoursAvailable\n    maxTravelKm\n    maxTravelMinutes\n    transportModes\n    hasDrivingLicence\n    sectorPreferences\n    postcode\n    email\n    phone\n    workLimitations\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MatchExplanation_explanation on MatchExplanation {\n    score\n    distanceKm\n    travelMinutes\n    transport\n    maxTravelKm\n    maxTravelMinutes\n    hoursAvailable\n    hoursMin\n    hoursMax\n    sectorPreferred\n    jobSeekerRegionCode\n    vacancyRegionCode\n    factors {\n      factor\n      label\n      weight\n      fit\n      points\n    }\n    competencesMet {\n      code\n      label\n      level\n      minLevel\n      requirement\n    }\n    gaps {\n      code\n      label\n      level\n      minLevel\n      gap\n      requirement\n      trainable\n    }\n  }\n',
): (typeof documents)['\n  fragment MatchExplanation_explanation on MatchExplanation {\n    score\n    distanceKm\n    travelMinutes\n    transport\n    maxTravelKm\n    maxTravelMinutes\n    hoursAvailable\n    hoursMin\n    hoursMax\n    sectorPreferred\n    jobSeekerRegionCode\n    vacancyRegionCode\n    factors {\n      factor\n      label\n      weight\n      fit\n      points\n    }\n    competencesMet {\n      code\n      label\n      level\n      minLevel\n      requirement\n    }\n    gaps {\n      code\n      label\n      level\n      minLevel\n      gap\n      requirement\n      trainable\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SuggestionCard_match on VacancyMatch {\n    rank\n    score\n    jobSeeker {\n      id\n      candidateLabel\n      firstName\n      lastName\n      regionCode\n    }\n    explanation {\n      ...MatchExplanation_explanation\n    }\n  }\n',
): (typeof documents)['\n  fragment SuggestionCard_match on VacancyMatch {\n    rank\n    score\n    jobSeeker {\n      id\n      candidateLabel\n      firstName\n      lastName\n      regionCode\n    }\n    explanation {\n      ...MatchExplanation_explanation\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProposeIntroduction($input: ProposeIntroductionInput!) {\n    proposeIntroduction(input: $input) {\n      id\n      status\n      jobSeeker {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ProposeIntroduction($input: ProposeIntroductionInput!) {\n    proposeIntroduction(input: $input) {\n      id\n      status\n      jobSeeker {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment Viewer_viewer on Viewer {\n    id\n    email\n    displayName\n    roles\n    organisationName\n    employerId\n    regionCodes\n  }\n',
): (typeof documents)['\n  fragment Viewer_viewer on Viewer {\n    id\n    email\n    displayName\n    roles\n    organisationName\n    employerId\n    regionCodes\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Session {\n    viewer {\n      ...Viewer_viewer\n    }\n  }\n',
): (typeof documents)['\n  query Session {\n    viewer {\n      ...Viewer_viewer\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Logout {\n    logout\n  }\n',
): (typeof documents)['\n  mutation Logout {\n    logout\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment VacancyTable_vacancy on Vacancy {\n    id\n    title\n    kind\n    status\n    hoursMin\n    hoursMax\n    openings\n    employer {\n      id\n      name\n    }\n    location {\n      id\n      city\n    }\n  }\n',
): (typeof documents)['\n  fragment VacancyTable_vacancy on Vacancy {\n    id\n    title\n    kind\n    status\n    hoursMin\n    hoursMax\n    openings\n    employer {\n      id\n      name\n    }\n    location {\n      id\n      city\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LoginPage_Login($input: LoginInput!) {\n    login(input: $input) {\n      ...Viewer_viewer\n    }\n  }\n',
): (typeof documents)['\n  mutation LoginPage_Login($input: LoginInput!) {\n    login(input: $input) {\n      ...Viewer_viewer\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EmployerListPage(\n    $first: Int!\n    $after: String\n    $search: String\n    $sector: EmployerSector\n    $accountManagerId: ID\n  ) {\n    employers(\n      first: $first\n      after: $after\n      search: $search\n      sector: $sector\n      accountManagerId: $accountManagerId\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...EmployerTable_employer\n      }\n    }\n  }\n',
): (typeof documents)['\n  query EmployerListPage(\n    $first: Int!\n    $after: String\n    $search: String\n    $sector: EmployerSector\n    $accountManagerId: ID\n  ) {\n    employers(\n      first: $first\n      after: $after\n      search: $search\n      sector: $sector\n      accountManagerId: $accountManagerId\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...EmployerTable_employer\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EmployerPage($id: ID!) {\n    employer(id: $id) {\n      id\n      name\n      kvkNumber\n      sector\n      sbiCode\n      regionCode\n      archivedAt\n      accountManager {\n        id\n        displayName\n        email\n      }\n      locations {\n        id\n        name\n        street\n        postcode\n        city\n      }\n      contacts {\n        id\n        name\n        jobTitle\n        email\n        phone\n      }\n    }\n    vacancies(employerId: $id, first: 100) {\n      totalCount\n      nodes {\n        ...VacancyTable_vacancy\n      }\n    }\n  }\n',
): (typeof documents)['\n  query EmployerPage($id: ID!) {\n    employer(id: $id) {\n      id\n      name\n      kvkNumber\n      sector\n      sbiCode\n      regionCode\n      archivedAt\n      accountManager {\n        id\n        displayName\n        email\n      }\n      locations {\n        id\n        name\n        street\n        postcode\n        city\n      }\n      contacts {\n        id\n        name\n        jobTitle\n        email\n        phone\n      }\n    }\n    vacancies(employerId: $id, first: 100) {\n      totalCount\n      nodes {\n        ...VacancyTable_vacancy\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StartPage {\n    viewer {\n      id\n      displayName\n      roles\n      organisationName\n    }\n  }\n',
): (typeof documents)['\n  query StartPage {\n    viewer {\n      id\n      displayName\n      roles\n      organisationName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CompetenceScanPage($id: ID!) {\n    jobSeeker(id: $id) {\n      id\n      firstName\n      lastName\n      archivedAt\n      competences {\n        level\n        assessedAt\n        competence {\n          code\n          label\n          group\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CompetenceScanPage($id: ID!) {\n    jobSeeker(id: $id) {\n      id\n      firstName\n      lastName\n      archivedAt\n      competences {\n        level\n        assessedAt\n        competence {\n          code\n          label\n          group\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CompetenceScanPageTaxonomy($after: String) {\n    competences(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CompetenceScanEditor_competence\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CompetenceScanPageTaxonomy($after: String) {\n    competences(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CompetenceScanEditor_competence\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetJobSeekerCompetences($id: ID!, $competences: [JobSeekerCompetenceInput!]!) {\n    setJobSeekerCompetences(id: $id, competences: $competences) {\n      id\n      updatedAt\n      competences {\n        level\n        assessedAt\n        competence {\n          code\n          label\n          group\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetJobSeekerCompetences($id: ID!, $competences: [JobSeekerCompetenceInput!]!) {\n    setJobSeekerCompetences(id: $id, competences: $competences) {\n      id\n      updatedAt\n      competences {\n        level\n        assessedAt\n        competence {\n          code\n          label\n          group\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query JobSeekerListPage(\n    $first: Int!\n    $after: String\n    $search: String\n    $regionCode: String\n    $municipalityCode: String\n    $consentStatus: ConsentStatus\n    $earningCapacityBand: EarningCapacityBand\n    $doelgroepregister: Boolean\n    $indicatieBeschutWerk: Boolean\n  ) {\n    jobSeekers(\n      first: $first\n      after: $after\n      search: $search\n      regionCode: $regionCode\n      municipalityCode: $municipalityCode\n      consentStatus: $consentStatus\n      earningCapacityBand: $earningCapacityBand\n      doelgroepregister: $doelgroepregister\n      indicatieBeschutWerk: $indicatieBeschutWerk\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...JobSeekerTable_jobSeeker\n      }\n    }\n  }\n',
): (typeof documents)['\n  query JobSeekerListPage(\n    $first: Int!\n    $after: String\n    $search: String\n    $regionCode: String\n    $municipalityCode: String\n    $consentStatus: ConsentStatus\n    $earningCapacityBand: EarningCapacityBand\n    $doelgroepregister: Boolean\n    $indicatieBeschutWerk: Boolean\n  ) {\n    jobSeekers(\n      first: $first\n      after: $after\n      search: $search\n      regionCode: $regionCode\n      municipalityCode: $municipalityCode\n      consentStatus: $consentStatus\n      earningCapacityBand: $earningCapacityBand\n      doelgroepregister: $doelgroepregister\n      indicatieBeschutWerk: $indicatieBeschutWerk\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...JobSeekerTable_jobSeeker\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query JobSeekerListPageRegions {\n    viewer {\n      id\n      regionCodes\n    }\n    labourMarketRegions(active: true) {\n      code\n      name\n    }\n  }\n',
): (typeof documents)['\n  query JobSeekerListPageRegions {\n    viewer {\n      id\n      regionCodes\n    }\n    labourMarketRegions(active: true) {\n      code\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query JobSeekerListPageMunicipalities($regionCode: String!) {\n    municipalities(regionCode: $regionCode, first: 100) {\n      nodes {\n        code\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query JobSeekerListPageMunicipalities($regionCode: String!) {\n    municipalities(regionCode: $regionCode, first: 100) {\n      nodes {\n        code\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query JobSeekerPage($id: ID!) {\n    jobSeeker(id: $id) {\n      id\n      ...JobSeekerFile_jobSeeker\n    }\n    introductions(jobSeekerId: $id, first: 100) {\n      totalCount\n      nodes {\n        ...IntroductionCard_introduction\n      }\n    }\n  }\n',
): (typeof documents)['\n  query JobSeekerPage($id: ID!) {\n    jobSeeker(id: $id) {\n      id\n      ...JobSeekerFile_jobSeeker\n    }\n    introductions(jobSeekerId: $id, first: 100) {\n      totalCount\n      nodes {\n        ...IntroductionCard_introduction\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query JobSeekerProfilePage($id: ID!) {\n    jobSeeker(id: $id) {\n      id\n      firstName\n      lastName\n      archivedAt\n      consultant {\n        id\n      }\n      ...ProfileForm_jobSeeker\n    }\n  }\n',
): (typeof documents)['\n  query JobSeekerProfilePage($id: ID!) {\n    jobSeeker(id: $id) {\n      id\n      firstName\n      lastName\n      archivedAt\n      consultant {\n        id\n      }\n      ...ProfileForm_jobSeeker\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateJobSeekerProfile($id: ID!, $input: UpdateJobSeekerInput!) {\n    updateJobSeeker(id: $id, input: $input) {\n      id\n      updatedAt\n      earningCapacityBand\n      jongere\n      pc4\n      ...ProfileForm_jobSeeker\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateJobSeekerProfile($id: ID!, $input: UpdateJobSeekerInput!) {\n    updateJobSeeker(id: $id, input: $input) {\n      id\n      updatedAt\n      earningCapacityBand\n      jongere\n      pc4\n      ...ProfileForm_jobSeeker\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlacementListPage($first: Int!, $after: String, $active: Boolean) {\n    placements(first: $first, after: $after, active: $active) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        active\n        contractType\n        hoursPerWeek\n        startDate\n        endDate\n        instruments\n        banenafspraakJobs\n        jobSeeker {\n          id\n          candidateLabel\n          firstName\n          lastName\n        }\n        employer {\n          id\n          name\n        }\n        vacancy {\n          id\n          title\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PlacementListPage($first: Int!, $after: String, $active: Boolean) {\n    placements(first: $first, after: $after, active: $active) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        active\n        contractType\n        hoursPerWeek\n        startDate\n        endDate\n        instruments\n        banenafspraakJobs\n        jobSeeker {\n          id\n          candidateLabel\n          firstName\n          lastName\n        }\n        employer {\n          id\n          name\n        }\n        vacancy {\n          id\n          title\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegisterPlacementPage($introductionId: ID!) {\n    introduction(id: $introductionId) {\n      id\n      status\n      nextStatuses\n      jobSeeker {\n        id\n        candidateLabel\n        firstName\n        lastName\n      }\n      vacancy {\n        id\n        title\n        kind\n        employer {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RegisterPlacementPage($introductionId: ID!) {\n    introduction(id: $introductionId) {\n      id\n      status\n      nextStatuses\n      jobSeeker {\n        id\n        candidateLabel\n        firstName\n        lastName\n      }\n      vacancy {\n        id\n        title\n        kind\n        employer {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegisterPlacementPageVacancy($vacancyId: ID!) {\n    vacancy(id: $vacancyId) {\n      id\n      hoursMax\n    }\n  }\n',
): (typeof documents)['\n  query RegisterPlacementPageVacancy($vacancyId: ID!) {\n    vacancy(id: $vacancyId) {\n      id\n      hoursMax\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreatePlacement($input: CreatePlacementInput!) {\n    createPlacement(input: $input) {\n      id\n      introductionId\n    }\n  }\n',
): (typeof documents)['\n  mutation CreatePlacement($input: CreatePlacementInput!) {\n    createPlacement(input: $input) {\n      id\n      introductionId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MatchingPage($first: Int!, $after: String, $search: String, $kind: VacancyKind) {\n    vacancies(first: $first, after: $after, search: $search, kind: $kind, status: OPEN) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...VacancyTable_vacancy\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MatchingPage($first: Int!, $after: String, $search: String, $kind: VacancyKind) {\n    vacancies(first: $first, after: $after, search: $search, kind: $kind, status: OPEN) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...VacancyTable_vacancy\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MatchingWorkbenchPage($vacancyId: ID!) {\n    vacancy(id: $vacancyId) {\n      id\n      title\n      kind\n      status\n      hoursMin\n      hoursMax\n      openings\n      employer {\n        id\n        name\n      }\n      location {\n        id\n        city\n      }\n    }\n    introductions(vacancyId: $vacancyId, first: 100) {\n      nodes {\n        id\n        status\n        jobSeeker {\n          id\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MatchingWorkbenchPage($vacancyId: ID!) {\n    vacancy(id: $vacancyId) {\n      id\n      title\n      kind\n      status\n      hoursMin\n      hoursMax\n      openings\n      employer {\n        id\n        name\n      }\n      location {\n        id\n        city\n      }\n    }\n    introductions(vacancyId: $vacancyId, first: 100) {\n      nodes {\n        id\n        status\n        jobSeeker {\n          id\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MatchingWorkbenchSuggestions($vacancyId: ID!, $first: Int!, $filters: VacancyMatchFilters) {\n    vacancyMatches(vacancyId: $vacancyId, first: $first, filters: $filters) {\n      __typename\n      ... on VacancyMatch {\n        ...SuggestionCard_match\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MatchingWorkbenchSuggestions($vacancyId: ID!, $first: Int!, $filters: VacancyMatchFilters) {\n    vacancyMatches(vacancyId: $vacancyId, first: $first, filters: $filters) {\n      __typename\n      ... on VacancyMatch {\n        ...SuggestionCard_match\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VacancyListPage(\n    $first: Int!\n    $after: String\n    $search: String\n    $status: VacancyStatus\n    $kind: VacancyKind\n  ) {\n    vacancies(first: $first, after: $after, search: $search, status: $status, kind: $kind) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...VacancyTable_vacancy\n      }\n    }\n  }\n',
): (typeof documents)['\n  query VacancyListPage(\n    $first: Int!\n    $after: String\n    $search: String\n    $status: VacancyStatus\n    $kind: VacancyKind\n  ) {\n    vacancies(first: $first, after: $after, search: $search, status: $status, kind: $kind) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...VacancyTable_vacancy\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VacancyPage($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      description\n      kind\n      status\n      contractType\n      sector\n      hoursMin\n      hoursMax\n      openings\n      startsOn\n      closesOn\n      wageMinCents\n      wageMaxCents\n      employer {\n        id\n        name\n      }\n      location {\n        id\n        name\n        postcode\n        city\n      }\n      competences {\n        minLevel\n        requirement\n        weight\n        competence {\n          code\n          label\n          group\n        }\n      }\n    }\n    introductions(vacancyId: $id, first: 100) {\n      totalCount\n      nodes {\n        ...IntroductionCard_introduction\n      }\n    }\n  }\n',
): (typeof documents)['\n  query VacancyPage($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      description\n      kind\n      status\n      contractType\n      sector\n      hoursMin\n      hoursMax\n      openings\n      startsOn\n      closesOn\n      wageMinCents\n      wageMaxCents\n      employer {\n        id\n        name\n      }\n      location {\n        id\n        name\n        postcode\n        city\n      }\n      competences {\n        minLevel\n        requirement\n        weight\n        competence {\n          code\n          label\n          group\n        }\n      }\n    }\n    introductions(vacancyId: $id, first: 100) {\n      totalCount\n      nodes {\n        ...IntroductionCard_introduction\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
