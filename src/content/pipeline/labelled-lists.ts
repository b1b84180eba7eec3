/** Reads the "Applies to" and "Appropriate roles" lines out of the body, in any of their shapes. */
import type { Block, Inline, LabelledList, ListedValue } from '../../domain/article';
import { plainTextOf } from '../../domain/article-text';
import { trimInlines } from './inlines';
import { collapseWhitespace, inlinesForSide, plainTextOfBlocks } from './plain-text';

type LabelledField = 'appliesTo' | 'roles';

/** Detected by the English label, whatever the translation did to bold and colons. */
const ENGLISH_LABELS: Record<LabelledField, string> = { appliesTo: 'applies to', roles: 'appropriate roles' };

interface LabelledParagraph {
  field: LabelledField;
  label: string;
  englishLabel: string;
  englishValues: string[];
  translatedValues: string[];
}

/**
 * Moves the applies-to and roles lines out of the body, in any of their shapes: one segment
 * `**Label**: v1 | v2`, or a label paragraph (bold inside or outside the segment) followed by a list.
 * In files without spans the "English" side is the text itself: right for English files, and for other
 * locales it only matches when the label was left in English (then english = text, by assumption).
 */
export function extractLabelledLists(blocks: readonly Block[]): {
  blocks: Block[];
  appliesTo: LabelledList | null;
  roles: LabelledList | null;
} {
  const found: Record<LabelledField, LabelledList | null> = { appliesTo: null, roles: null };
  const kept: Block[] = [];
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index];
    if (block === undefined) continue;
    const labelled = block.type === 'paragraph' ? labelledParagraphOf(block.children) : null;
    if (labelled && found[labelled.field] === null) {
      const next = blocks[index + 1];
      if (labelled.englishValues.length > 0) {
        found[labelled.field] = { label: labelled.label, values: pairValues(labelled) };
        continue;
      }
      if (next?.type === 'list') {
        found[labelled.field] = { label: labelled.label, values: listValuesOf(next.items) };
        index += 1;
        continue;
      }
    }
    kept.push(block);
  }
  return { blocks: kept, appliesTo: found.appliesTo, roles: found.roles };
}

function labelledParagraphOf(inlines: readonly Inline[]): LabelledParagraph | null {
  const english = splitLabel(inlinesForSide(inlines, 'english'));
  const field = (Object.keys(ENGLISH_LABELS) as LabelledField[]).find(
    (candidate) => ENGLISH_LABELS[candidate] === english.label.toLowerCase(),
  );
  if (!field) return null;
  const translated = splitLabel(inlinesForSide(inlines, 'translation'));
  return {
    field,
    label: translated.label || english.label,
    englishLabel: english.label,
    englishValues: splitValues(english.rest),
    translatedValues: splitValues(translated.rest),
  };
}

/**
 * Label = the leading bold text, or (when a translator moved the bold) the text before the first colon.
 * Colons may sit inside or outside the bold, ASCII or full-width.
 */
function splitLabel(inlines: readonly Inline[]): { label: string; rest: string } {
  const view = trimInlines(inlines);
  const full = plainTextOf(view);
  const first = view[0];
  const boldText = first?.type === 'strong' ? plainTextOf(first.children) : null;
  const colonIn = (text: string) => text.search(/[:：]/);
  const splitAt =
    boldText !== null
      ? colonIn(boldText) >= 0
        ? colonIn(boldText)
        : boldText.length
      : colonIn(full) >= 0
        ? colonIn(full)
        : full.length;
  return {
    label: collapseWhitespace(full.slice(0, splitAt)).replace(/[\s:：]+$/, ''),
    rest: collapseWhitespace(full.slice(splitAt).replace(/^[\s:：]+/, '')),
  };
}

function splitValues(text: string): string[] {
  return text
    .split(/[|｜]/)
    .map(collapseWhitespace)
    .filter((value) => value !== '');
}

/** Values pair by index; a translated value missing for an English one falls back to the English text. */
function pairValues(labelled: LabelledParagraph): ListedValue[] {
  return labelled.englishValues.map((english, index) => ({
    english,
    text: labelled.translatedValues[index] ?? english,
  }));
}

function listValuesOf(items: readonly Block[][]): ListedValue[] {
  return items
    .map((item) => {
      const english = collapseWhitespace(plainTextOfBlocks(item, 'english'));
      return { english, text: collapseWhitespace(plainTextOfBlocks(item)) || english };
    })
    .filter((value) => value.english !== '');
}
