import { useSearchParams } from 'react-router';
import { keepOriginal } from '../../../domain/original-param';
import { parseUrlInput } from '../../../domain/url-input/parse';

/** Whether this wizard URL shows the English originals, and its links' queries that keep them so. */
export function useKeepOriginal() {
  const [params] = useSearchParams();
  const on = parseUrlInput('wizard', { search: params }).params.original === '1';
  return { originalOn: on, keep: (search: string) => keepOriginal(search, on) };
}
