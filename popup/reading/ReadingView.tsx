// "My reading": the private log's settings, the log by story (choose pages, forget one or all), the digest
// drafts, and composing a digest from the pages chosen.
import { useState } from 'preact/hooks';
import { MAX_DRAFT_ITEMS, newDraft } from '../../src/core/reading-log/compose';
import { siteOf } from '../../src/core/reading-log/log';
import { addDraft, forgetAll, forgetEntry } from '../../src/reading-log';
import type { PopupData } from '../data/load';
import { t } from '../i18n';
import { useNavigation } from '../navigation';
import { CardSkeleton } from '../views/ItemCard';
import { ViewHeading } from '../views/ViewHeading';
import { DraftList } from './DraftList';
import { LogSettings } from './LogSettings';
import { LogStatus } from './LogStatus';
import { ReadingStories } from './ReadingStories';
import { useDrafts } from './use-drafts';
import { useReadingByStory, useReadingLog } from './use-reading-log';
import { useSettings } from './use-settings';

type Message = { error: boolean; text: string } | null;

/** Today in the reader's time zone, as the digest's date. */
function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

export function ReadingView({ url, data }: { url: string | null; data: PopupData | null }) {
  const { open } = useNavigation();
  const { settings } = useSettings();
  const { log, failure } = useReadingLog();
  const grouped = useReadingByStory(data, log);
  const drafts = useDrafts();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const site = url ? siteOf(url) : null;

  const choose = (entryUrl: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(entryUrl);
      else next.delete(entryUrl);
      return next;
    });
  const say = (result: { ok: boolean; error?: string }, done: string) =>
    setMessage(result.ok ? { error: false, text: done } : { error: true, text: t('storeFailed', result.error ?? '') });
  const forget = async (entryUrl: string) => {
    choose(entryUrl, false);
    say(await forgetEntry(entryUrl), t('logForgotten'));
  };
  const forgetEverything = async () => {
    setConfirming(false);
    setChosen(new Set());
    say(await forgetAll(), t('logAllForgotten'));
  };
  const compose = async () => {
    if (!grouped) return;
    // In the order the view lists them: story by story.
    const listed = [...grouped.stories.flatMap((story) => story.entries), ...grouped.alone];
    const picked = listed.filter((entry) => chosen.has(entry.url));
    const draft = newDraft(picked, `d${Date.now().toString(36)}`, today(), Date.now());
    const added = await addDraft(draft);
    if (!added.ok) return say(added, '');
    setChosen(new Set());
    if (picked.length > MAX_DRAFT_ITEMS) setMessage({ error: false, text: t('composeTooMany', MAX_DRAFT_ITEMS) });
    open({ name: 'compose', draftId: draft.id });
  };

  const count = log?.entries.length ?? 0;
  return (
    <div class="reading-view">
      <ViewHeading>{t('readingHeading')}</ViewHeading>
      <LogSettings site={site} />
      <div aria-live="polite">
        {message && (
          <p class={message.error ? 'error' : 'done'} role={message.error ? 'alert' : 'status'} data-log-message>
            {message.text}
          </p>
        )}
      </div>
      {log && settings && <LogStatus log={log} failure={failure} on={settings.readingLog} />}
      {drafts && <DraftList drafts={drafts} onError={(text) => setMessage({ error: true, text })} />}
      {count > 0 && (
        <section class="section" aria-labelledby="reading-list" aria-busy={grouped ? undefined : 'true'}>
          <h2 id="reading-list">{t('readingByStory')}</h2>
          <p class="compose-bar">
            <button
              type="button"
              class="primary"
              data-action="compose-digest"
              disabled={chosen.size === 0}
              onClick={() => void compose()}
            >
              {t('composeSelected', chosen.size)}
            </button>
          </p>
          {grouped && data ? (
            <ReadingStories
              grouped={grouped}
              data={data}
              chosen={chosen}
              onChoose={choose}
              onForget={(u) => void forget(u)}
            />
          ) : (
            <CardSkeleton />
          )}
          <p class="actions">
            {confirming ? (
              <span class="confirm">
                <span>{t('logForgetAllConfirm', count)}</span>{' '}
                <button type="button" data-action="forget-all-confirm" onClick={() => void forgetEverything()}>
                  {t('logForgetAll')}
                </button>{' '}
                <button type="button" onClick={() => setConfirming(false)}>
                  {t('cancel')}
                </button>
              </span>
            ) : (
              <button type="button" data-action="forget-all" onClick={() => setConfirming(true)}>
                {t('logForgetAll')}
              </button>
            )}
          </p>
        </section>
      )}
    </div>
  );
}
