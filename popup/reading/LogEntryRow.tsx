// One page of the log: chosen for a digest or not, its title (a link to it), outlet, dates, and Forget.
import type { LogEntry } from '../../src/core/reading-log/log';
import { formatDate, t } from '../i18n';

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export interface LogEntryRowProps {
  entry: LogEntry;
  chosen: boolean;
  onChoose(url: string, chosen: boolean): void;
  onForget(url: string): void;
}

export function LogEntryRow({ entry, chosen, onChoose, onForget }: LogEntryRowProps) {
  const meta = [entry.outlet, formatDate(entry.published), t('logRead', formatDate(day(entry.readAt)))]
    .filter(Boolean)
    .join(' · ');
  return (
    <li class="log-entry" data-log-entry={entry.url}>
      <input
        type="checkbox"
        checked={chosen}
        aria-label={t('logSelect', entry.title)}
        onChange={(event) => onChoose(entry.url, event.currentTarget.checked)}
      />
      <span class="log-entry-text">
        <a href={entry.url} target="_blank" rel="noreferrer" class="log-entry-title">
          {entry.title}
        </a>
        <span class="muted log-entry-meta">{meta}</span>
      </span>
      <button
        type="button"
        class="forget"
        aria-label={t('logForgetOne', entry.title)}
        onClick={() => onForget(entry.url)}
      >
        {t('logForget')}
      </button>
    </li>
  );
}
