/**
 * A MiniSearch index that grows a term shard at a time (./search-shards.ts). Rebuilding one from all the
 * loaded terms at every shard (`MiniSearch.loadJS`) cost more as a page loaded more: 165–180 ms in Node
 * after typing "service in" on the real corpus, blocking the main thread when the keystroke's shard
 * arrived. This adds only the new shard's terms, through the fields MiniSearch keeps protected for
 * subclasses, in the shape `loadJS` gives them. Pure: no fetch, no DOM.
 */
import MiniSearch, { type Options } from 'minisearch';
import type { SearchDocument, StoredDocument } from './search-model';
import type { SearchManifest, TermShard } from './search-shards';

type Counts = Pick<SearchManifest, 'documentCount' | 'nextId' | 'fieldIds' | 'averageFieldLength'>;

export class GrowingIndex extends MiniSearch<SearchDocument> {
  /** Bumped by each shard added: what was searched before may find more now. */
  version = 0;

  /** The whole index's counts, so what is loaded scores a query as the whole index does. */
  constructor(options: Options<SearchDocument>, counts: Counts) {
    super(options);
    this._documentCount = counts.documentCount;
    this._nextId = counts.nextId;
    this._fieldIds = { ...counts.fieldIds };
    this._avgFieldLength = [...counts.averageFieldLength];
  }

  /**
   * A shard's terms and their postings. `kindOf` gives a document's kind, all a question's ranking reads
   * of it before its stored fields arrive.
   */
  addShard(shard: TermShard, kindOf: (id: number) => StoredDocument['kind']): void {
    for (const [term, postings] of shard) {
      const fields = new Map<number, Map<number, number>>();
      for (const [field, flat] of Object.entries(postings)) {
        const fieldId = Number(field);
        const frequencies = new Map<number, number>();
        let id = 0;
        for (let at = 0; at < flat.length; at += 3) {
          id += flat[at] ?? 0;
          frequencies.set(id, flat[at + 1] ?? 0);
          this.addDocument(id, kindOf)[fieldId] = flat[at + 2] ?? 0;
        }
        fields.set(fieldId, frequencies);
      }
      this._index.set(term, fields);
    }
    this.version += 1;
  }

  /** A document seen for the first time; its field lengths, to fill in. */
  private addDocument(id: number, kindOf: (id: number) => StoredDocument['kind']): number[] {
    let lengths = this._fieldLength.get(id);
    if (!lengths) {
      lengths = [];
      this._fieldLength.set(id, lengths);
      this._documentIds.set(id, id);
      this._idToShortId.set(id, id);
      this._storedFields.set(id, { kind: kindOf(id) });
    }
    return lengths;
  }
}
