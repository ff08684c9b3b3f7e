import { memo } from 'react';
import type { ReactNode } from 'react';

interface WhileHiddenProps {
  /** True while nobody can see the content (a closed drawer). */
  hidden: boolean;
  /**
   * What the content shows other than the run's progress (its configuration, what it was told):
   * a change in any of these (compared with Object.is) renders it even while hidden.
   */
  inputs: readonly unknown[];
  children: ReactNode;
}

/**
 * Content that need not follow the run while it cannot be seen: while `hidden` and its `inputs`
 * stay the same, React skips it, so the page's work per snapshot does not include it (issue 16:
 * the closed settings drawer re-rendered its tables on every frame). It stays mounted, so nothing
 * typed or in progress is lost, and renders with the latest props the moment it is shown again.
 * Store subscriptions inside it (useSyncExternalStore) still render it when they change.
 */
export const WhileHidden = memo(function WhileHidden({ children }: WhileHiddenProps) {
  return children;
}, skipsRender);

/** Whether React may skip the content: hidden before and after, with the same inputs. */
export function skipsRender(
  before: Omit<WhileHiddenProps, 'children'>,
  after: Omit<WhileHiddenProps, 'children'>,
): boolean {
  return (
    before.hidden &&
    after.hidden &&
    before.inputs.length === after.inputs.length &&
    before.inputs.every((input, k) => Object.is(input, after.inputs[k]))
  );
}
