// One item of a digest being composed: headline, outlet, date, the summary with its word count, the topics.

import { SUMMARY_WORDS } from '../../src/core/dataset/rules';
import { countWords } from '../../src/core/dataset/text';
import { TOPICS, type Topic } from '../../src/core/dataset/topics';
import { type DraftEdit, type DraftItem, summaryFits } from '../../src/core/reading-log/compose';
import { type MessageKey, t } from '../i18n';
import { Field } from './Field';

const topicLabel = (topic: Topic) => t(`topic_${topic.replace('-', '_')}` as MessageKey);

export function ComposeItem({
  item,
  index,
  onEdit,
}: {
  item: DraftItem;
  index: number;
  onEdit(edit: DraftEdit): void;
}) {
  const { url } = item;
  const words = countWords(item.summary);
  const id = `item-${index}`;
  const toggleTopic = (topic: Topic, on: boolean) =>
    onEdit({
      url,
      field: 'topics',
      value: on ? [...item.topics, topic] : item.topics.filter((known) => known !== topic),
    });
  return (
    <li class="compose-item" data-compose-item={url}>
      <h3 class="compose-item-heading">{t('composeItem', index + 1)}</h3>
      <Field
        label={t('composeHeadline')}
        name="headline"
        value={item.headline}
        onValue={(value) => onEdit({ url, field: 'headline', value })}
      />
      <div class="compose-pair">
        <Field
          label={t('composeOutlet')}
          name="outlet"
          value={item.outlet}
          onValue={(value) => onEdit({ url, field: 'outlet', value })}
        />
        <Field
          label={t('composePublished')}
          name="published"
          type="date"
          value={item.published ?? ''}
          onValue={(value) => onEdit({ url, field: 'published', value: value || null })}
        />
      </div>
      <label class="field" for={`${id}-summary`}>
        {t('composeSummary')}
      </label>
      <textarea
        id={`${id}-summary`}
        name="summary"
        rows={5}
        aria-describedby={`${id}-words`}
        value={item.summary}
        onInput={(event) => onEdit({ url, field: 'summary', value: event.currentTarget.value })}
      />
      <p id={`${id}-words`} class={`word-count${summaryFits(words) ? ' word-count-fits' : ''}`} data-words={words}>
        {t('composeWords', words, SUMMARY_WORDS.min, SUMMARY_WORDS.max)}
      </p>
      <details class="compose-topics">
        <summary>{t('composeTopics', item.topics.map(topicLabel).join(', ') || t('composeNoTopics'))}</summary>
        <fieldset class="topic-choices">
          <legend class="sr-only">{t('filterTopic')}</legend>
          {TOPICS.map((topic) => (
            <label key={topic} class="toggle">
              <input
                type="checkbox"
                name={`topic-${topic}`}
                checked={item.topics.includes(topic)}
                onChange={(event) => toggleTopic(topic, event.currentTarget.checked)}
              />
              {topicLabel(topic)}
            </label>
          ))}
        </fieldset>
      </details>
      <button type="button" class="link-button" onClick={() => onEdit({ url, field: 'remove' })}>
        {t('composeRemoveItem', index + 1)}
      </button>
    </li>
  );
}
