import type { PopupText } from './popup-text';
import { PopupSection } from './PopupSection';

export interface PopupGistProps {
  sentences: readonly string[];
  text: PopupText;
}

/** The gist: a few of the article's own sentences, in its order. */
export function PopupGist({ sentences, text }: PopupGistProps) {
  return (
    <PopupSection id="gist" title={text.gistHeading}>
      <ol class="gist">
        {sentences.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ol>
      <p class="meta">{text.gistNote}</p>
    </PopupSection>
  );
}
