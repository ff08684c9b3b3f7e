import { useEffect, useState } from 'react';
import type { RealDatasetId, TableResult } from '../../data/realDatasets';
import { fetchRealTable, REAL_DATASETS } from '../../data/realDatasets';

/**
 * Each data set's file is fetched once per page: the menu's choice fetches it, and the chooser
 * shown afterwards reads the same answer. A failure is not kept, so choosing again retries.
 */
const loads = new Map<RealDatasetId, Promise<TableResult>>();

/** The data set's table, from the app's base URL (base './' makes it work from any sub-path). */
export function loadRealTable(id: RealDatasetId): Promise<TableResult> {
  let load = loads.get(id);
  if (!load) {
    load = fetchRealTable(REAL_DATASETS[id], import.meta.env.BASE_URL, (url) => fetch(url));
    loads.set(id, load);
    void load.then((result) => {
      if (!result.ok) loads.delete(id);
    });
  }
  return load;
}

export type RealTableState = { readonly id: RealDatasetId } & (
  { readonly status: 'loading' } | { readonly status: 'done'; readonly result: TableResult }
);

/** The table of data set `id` as it loads. */
export function useRealTable(id: RealDatasetId): RealTableState {
  const [state, setState] = useState<RealTableState>({ id, status: 'loading' });
  useEffect(() => {
    let current = true;
    void loadRealTable(id).then((result) => {
      if (current) setState({ id, status: 'done', result });
    });
    return () => {
      current = false;
    };
  }, [id]);
  // A state left from the previous id reads as loading until this id's answer arrives.
  return state.id === id ? state : { id, status: 'loading' };
}
