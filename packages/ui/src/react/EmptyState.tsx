import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: ReactNode;
  /** What the list will hold, or why it is empty. */
  children?: ReactNode;
  /** The way to fill it: a link or a button. */
  action?: ReactNode;
}

/**
 * What a list shows while it has nothing: what would be here, and the way to add the first.
 *
 * @example
 * <EmptyState title="Belum ada permohonan." action={<Link to="baru">Ajukan permohonan</Link>} />
 */
export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <div className="bas-empty">
      <p className="bas-empty-title">{title}</p>
      {children}
      {action !== undefined && <p>{action}</p>}
    </div>
  );
}
