/** A message a page hands to the next one through the router's location state. */
export interface Notice {
  type: 'ok' | 'warning';
  text: string;
}

export interface NoticeState {
  notice?: Notice;
}

export function noticeFrom(state: unknown): Notice | null {
  const notice = (state as NoticeState | null)?.notice;
  return notice && typeof notice.text === 'string' ? notice : null;
}
