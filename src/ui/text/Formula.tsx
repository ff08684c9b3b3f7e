import type { ReactNode } from 'react';

/** A short inline formula in running text, kept on one line so it never breaks at an operator. */
export function Formula({ children }: { children: ReactNode }) {
  return <span className="formula">{children}</span>;
}
