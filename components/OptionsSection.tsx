import type { ComponentChildren } from 'preact';

export interface OptionsSectionProps {
  id: string;
  title: string;
  children: ComponentChildren;
}

/** A titled section of the options page, named for screen readers by its heading. */
export function OptionsSection({ id, title, children }: OptionsSectionProps) {
  return (
    <section class="section" data-section={id} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}
