import type { Block, CellAlign } from '../../../src/domain/article';

/** The tables among these blocks, in the order a page shows them. */
export function tablesIn(blocks: readonly Block[]): Extract<Block, { type: 'table' }>[] {
  return blocks.flatMap((block) => {
    switch (block.type) {
      case 'table':
        return [block];
      case 'list':
        return block.items.flatMap(tablesIn);
      case 'alert':
      case 'blockquote':
        return tablesIn(block.children);
      default:
        return [];
    }
  });
}

/** Each page table's rows of cells, as their computed `text-align` (run in the page). */
export function shownAlignments(tables: Element[]): string[][][] {
  return tables.map((table) =>
    [...(table as HTMLTableElement).rows].map((row) =>
      [...row.cells].map((cell) => getComputedStyle(cell).textAlign),
    ),
  );
}

/** The cells of aligned columns that the page does not show aligned as the source says. */
export function misalignedCells(shown: string[][][], aligns: CellAlign[][]): string[] {
  return shown.flatMap((rows, table) =>
    rows.flatMap((cells, row) =>
      cells.flatMap((textAlign, column) => {
        const align = aligns[table]?.[column];
        return align && textAlign !== align
          ? [`table ${table + 1}, row ${row + 1}, column ${column + 1}: ${textAlign}, not ${align}`]
          : [];
      }),
    ),
  );
}
