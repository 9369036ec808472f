// A composed digest's problems in the reader's words.

import { SUMMARY_WORDS } from '../../src/core/dataset/rules';
import type { ComposeProblem } from '../../src/core/reading-log/compose';
import { t } from '../i18n';

export function problemText(problem: ComposeProblem): string {
  switch (problem.kind) {
    case 'no-items':
      return t('problemNoItems');
    case 'publisher':
      return t('problemPublisher');
    case 'date':
      return t('problemDate');
    case 'headline':
      return t('problemHeadline', problem.item);
    case 'outlet':
      return t('problemOutlet', problem.item);
    case 'summary':
      return t('problemSummary', problem.item, problem.words, SUMMARY_WORDS.min, SUMMARY_WORDS.max);
    case 'topics':
      return t('problemTopics', problem.item);
    case 'published-after':
      return t('problemPublishedAfter', problem.item);
  }
}
