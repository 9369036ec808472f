// What the reader should know about the log as a whole: how full it is, what the limit pushed out, and a
// page the browser refused to store.
import { LOG_LIMIT, LOG_NEARLY_FULL, type ReadingLog } from '../../src/core/reading-log/log';
import type { LogFailure } from '../../src/reading-log';
import { t } from '../i18n';

export function LogStatus({ log, failure, on }: { log: ReadingLog; failure: LogFailure | null; on: boolean }) {
  const count = log.entries.length;
  return (
    <div class="log-status">
      {!on && <p class="note">{t('logOff')}</p>}
      {count === 0 ? (
        on && <p class="note">{t('logEmpty')}</p>
      ) : (
        <p class="note" data-log-count={count}>
          {t('logCount', count.toLocaleString(), LOG_LIMIT.toLocaleString())}
        </p>
      )}
      {log.dropped > 0 ? (
        <p class="note" role="status" data-log-dropped={log.dropped}>
          {t('logDropped', LOG_LIMIT.toLocaleString(), log.dropped.toLocaleString())}
        </p>
      ) : (
        count >= LOG_NEARLY_FULL && <p class="note">{t('logNearlyFull', LOG_LIMIT.toLocaleString())}</p>
      )}
      {failure && (
        <p class="error" role="alert" data-log-failure>
          {t('logFailed', failure.error)}
        </p>
      )}
    </div>
  );
}
