import { App } from '../ui/app/App';
import { OfflineStatus } from './OfflineStatus';
import { PageNotices } from './PageNotices';

/** The app and what belongs to the page around it: its offline state and page-level notices. */
export function Shell() {
  return (
    <>
      <App />
      <OfflineStatus />
      <PageNotices />
    </>
  );
}
