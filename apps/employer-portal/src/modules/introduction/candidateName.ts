interface IntroductionNaming {
  candidateLabel: string;
  candidate?: { firstName: string; lastName: string } | null;
}

/** The name once the API reveals it (after consent and the introduction), else "Kandidaat 4711". */
export function candidateName({ candidateLabel, candidate }: IntroductionNaming): string {
  return candidate ? `${candidate.firstName} ${candidate.lastName}` : candidateLabel;
}
