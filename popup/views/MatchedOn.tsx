// The "matched on" chips of a ranked item: why it is there, in the reader's language.
import type { Reason } from '../../src/core/ranking';
import { noteOf } from '../data/load';
import { type MessageKey, t } from '../i18n';

const MAX_ENTITIES = 4;

function label(reason: Reason): string {
  switch (reason.kind) {
    case 'article':
      return reason.via === 'url' ? t('reasonSameAddress') : t('reasonSameHeadline');
    case 'entity':
      return noteOf(reason.id)?.name ?? reason.id;
    case 'topic':
      return t(`topic_${reason.topic.replace('-', '_')}` as MessageKey);
    case 'wording':
      return t('reasonWording');
    case 'date':
      return reason.days === 0 ? t('reasonSameDay') : t('reasonDaysApart', reason.days);
  }
}

export function MatchedOn({ reasons }: { reasons: readonly Reason[] }) {
  let entities = 0;
  const shown = reasons.filter((reason) => reason.kind !== 'entity' || ++entities <= MAX_ENTITIES);
  if (shown.length === 0) return null;
  return (
    <p class="matched-on">
      <span class="muted">{t('matchedOn')}</span>
      <span class="sr-only">: </span>
      <span class="reason-list">
        {shown.map((reason, index) => (
          <span key={index} class={`reason reason-${reason.kind}`} data-reason={reason.kind}>
            {label(reason)}
          </span>
        ))}
      </span>
    </p>
  );
}
