import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useLocation } from 'react-router';
import { noticeFrom } from './notice.js';

/** Shows what the previous page reported (e.g. "De vacature is gepubliceerd."). */
export function NoticeAlert() {
  const notice = noticeFrom(useLocation().state);
  if (!notice) return null;
  return (
    <Alert type={notice.type}>
      <Paragraph>{notice.text}</Paragraph>
    </Alert>
  );
}
