import type { ReactNode } from 'react';
import type { EntityType } from '../generated/graphql';
import { ENTITY_TYPE_LABEL } from '../common/entityTypes';
import { entityHref } from '../routing';

export interface TextRange {
  start: number;
  end: number;
}

export interface PlacedMention extends TextRange {
  entity: { id: string; name: string; type: EntityType };
}

/** The blocks of an article's plain text (headline, standfirst, headings, paragraphs: separated by blank lines). */
export function paragraphRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  const separator = /\n\s*\n/g;
  let start = 0;
  for (let match = separator.exec(text); match; match = separator.exec(text)) {
    ranges.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  ranges.push({ start, end: text.length });
  return ranges.filter((r) => r.end > r.start);
}

/**
 * The part `range` of `text` with each mention in it as a link to its entity, coloured by type.
 * Offsets are UTF-16 code units, as JavaScript strings index, so they slice the text directly.
 */
export function MentionedText({ text, range, mentions }: { text: string; range: TextRange; mentions: readonly PlacedMention[] }) {
  const inRange = mentions
    .filter((m) => m.start >= range.start && m.end <= range.end && m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: ReactNode[] = [];
  let at = range.start;
  for (const mention of inRange) {
    if (mention.start < at) continue; // overlaps the previous mention
    if (mention.start > at) parts.push(text.slice(at, mention.start));
    parts.push(
      <a
        key={mention.start}
        className={`mention type-${mention.entity.type}`}
        href={entityHref(mention.entity.id)}
        data-entity-id={mention.entity.id}
        data-entity-type={mention.entity.type}
        title={`${mention.entity.name} (${ENTITY_TYPE_LABEL[mention.entity.type]})`}
      >
        {text.slice(mention.start, mention.end)}
      </a>,
    );
    at = mention.end;
  }
  if (at < range.end) parts.push(text.slice(at, range.end));
  return <>{parts}</>;
}
