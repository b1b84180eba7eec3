import { Fragment, type ReactNode } from 'react';

/**
 * A translated sentence with React nodes in its `{{name}}` slots (a cloud name with its own `lang`, a
 * link). Get the template with `t(key, { skipInterpolation: true })`. Nothing is parsed as markup: the
 * template's other text and every slot value stay text.
 */
export function Slotted({ template, slots }: { template: string; slots: Record<string, ReactNode> }) {
  const parts = template.split(/\{\{\s*([\w-]+)\s*\}\}/);
  return (
    <>
      {parts.map((part, index) => (index % 2 === 1 ? <Fragment key={index}>{slots[part]}</Fragment> : part))}
    </>
  );
}
