// One digest item: headline, outlet and date, author, summary, the digest that reviewed it, and why it is shown.
import type { AssetDigest, AssetItem } from '../../src/core/dataset/asset';
import type { Reason } from '../../src/core/ranking';
import { formatDate, t, tCount } from '../i18n';
import { DigestLine } from './DigestLine';
import { Marked } from './Marked';
import { MatchedOn } from './MatchedOn';

export interface ItemCardProps {
  item: AssetItem;
  digestById: ReadonlyMap<string, AssetDigest>;
  reasons?: readonly Reason[];
  reviewed?: boolean;
  /** Search terms to mark in the headline and summary. */
  terms?: readonly string[];
  /** Heading level inside its section. */
  level?: 3 | 4;
  highlighted?: boolean;
  /** The digest whose view shows this card. */
  inDigest?: string;
  /** The reader's logged pages that tell this item's story, besides its own article. */
  othersRead?: number;
}

export function ItemCard(props: ItemCardProps) {
  const { item, digestById, reasons, reviewed, terms, level = 3, highlighted, inDigest, othersRead } = props;
  const Heading = level === 3 ? 'h3' : 'h4';
  const meta = [item.outlet, formatDate(item.published), item.author].filter(Boolean).join(' · ');
  return (
    <article
      class={`card${reviewed ? ' card-reviewed' : ''}${highlighted ? ' card-highlighted' : ''}`}
      data-item={item.id}
      data-reviewed={reviewed ? 'true' : undefined}
    >
      {reviewed && <p class="badge">{t('thisArticle')}</p>}
      <Heading class="card-headline">
        <Marked text={item.headline ?? item.outlet} terms={terms} />
      </Heading>
      <p class="card-meta">
        <Marked text={meta} terms={terms} />
      </p>
      <p class="card-summary">
        <Marked text={item.summary} terms={terms} />
      </p>
      <DigestLine item={item} digestById={digestById} current={inDigest} />
      {othersRead ? (
        <p class="card-read" data-others-read={othersRead}>
          {tCount('readOthers', othersRead)}
        </p>
      ) : null}
      {reasons && <MatchedOn reasons={reasons} />}
    </article>
  );
}

/** The space a card takes while its data loads, so nothing moves when it arrives. */
export function CardSkeleton() {
  return (
    <div class="card card-skeleton" aria-hidden="true">
      <div class="bone bone-title" />
      <div class="bone bone-meta" />
      <div class="bone" />
      <div class="bone" />
      <div class="bone bone-short" />
    </div>
  );
}
