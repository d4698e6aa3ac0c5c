/** The worker by name once an introduction revealed who it is; otherwise as the WSP placed them. */
export function workerName(jobSeeker: {
  firstName?: string | null;
  lastName?: string | null;
}): string {
  return jobSeeker.firstName && jobSeeker.lastName
    ? `${jobSeeker.firstName} ${jobSeeker.lastName}`
    : 'Medewerker via WSP';
}
