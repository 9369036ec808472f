// Why a page has no digest items, in one line, and what the popup offers instead.

import { whyUnread } from '../data/why-unread';
import { type MessageKey, t } from '../i18n';
import { SiteAccessButton, useSiteAccess } from './SiteAccess';
import type { Verdict } from './VerdictHeader';

const REASONS: Record<ReturnType<typeof whyUnread>, MessageKey> = {
  'browser-page': 'whyBrowserPage',
  pdf: 'whyPdf',
  restricted: 'whyRestricted',
  'no-access': 'whyNoAccess',
  'not-run': 'whyNotRun',
};

export function NoVerdict({ verdict, url, access }: { verdict: Verdict; url: string | null; access: boolean }) {
  const [granted, request] = useSiteAccess(access);
  const reason = verdict === 'none' ? null : whyUnread(url, granted);
  return (
    <>
      <p class="why" data-why={reason ?? 'not-about'}>
        {reason ? t(REASONS[reason]) : t('whyNotAbout')} {t('offerInstead')}
      </p>
      {reason === 'no-access' && <SiteAccessButton onRequest={request} />}
    </>
  );
}
