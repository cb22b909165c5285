import type { ComponentChildren } from 'preact';

export interface PopupSectionProps {
  /** The heading's id, unique in the popup. */
  id: string;
  title: string;
  children: ComponentChildren;
}

/** One section of the popup, named by its heading for screen readers' landmarks. */
export function PopupSection({ id, title, children }: PopupSectionProps) {
  return (
    <section class="section" aria-labelledby={id} data-section={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
