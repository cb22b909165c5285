import type { PackProblem } from '../lib/knowledge/pack-problem';
import type { Language } from '../lib/knowledge/pack-types';
import type { PackRow } from '../lib/packs/installed-packs';
import type { OptionsText } from './options-text';
import { OptionsSection } from './OptionsSection';

/** What the last import did. */
export type ImportState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; title: string; ms: number }
  | { kind: 'failed'; file: string; problems: PackProblem[] };

export interface OptionsPacksProps {
  text: OptionsText;
  language: Language;
  packs: readonly PackRow[];
  importState: ImportState;
  onEnable: (id: string, enabled: boolean) => void;
  onImport: (file: File) => void;
  onExport: (id: string) => void;
  onRemove: (id: string) => void;
}

/** The installed packs, each on or off, exportable, removable if imported; and importing one. */
export function OptionsPacks(props: OptionsPacksProps) {
  const { text, language, importState } = props;
  return (
    <OptionsSection id="packs" title={text.packsHeading}>
      <p class="meta">{text.packsHint}</p>
      <ul class="packs">
        {props.packs.map((row) => {
          const title = row.title[language];
          return (
            <li key={row.id} class="pack" data-pack={row.id} data-source={row.source}>
              <label>
                <input
                  type="checkbox"
                  name="pack"
                  value={row.id}
                  checked={row.enabled}
                  aria-label={text.packOn(title)}
                  onChange={(event) => props.onEnable(row.id, event.currentTarget.checked)}
                />{' '}
                <strong>{title}</strong>
              </label>
              <p class="meta">
                {text.packMeta(row.entities, row.asOf, row.version)} ·{' '}
                {row.source === 'bundled' ? text.bundled : text.imported}
              </p>
              <p class="actions">
                <button type="button" data-action="export" onClick={() => props.onExport(row.id)}>
                  {text.exportPack(title)}
                </button>
                {row.source === 'imported' && (
                  <button type="button" data-action="remove" onClick={() => props.onRemove(row.id)}>
                    {text.removePack(title)}
                  </button>
                )}
              </p>
            </li>
          );
        })}
      </ul>
      <p>
        <label for="import-pack">{text.importLabel}</label>{' '}
        <input
          id="import-pack"
          type="file"
          accept=".json,application/json"
          disabled={importState.kind === 'busy'}
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (file) props.onImport(file);
            // The same file may be chosen again after it was fixed.
            input.value = '';
          }}
        />
      </p>
      <div
        role="status"
        aria-live="polite"
        data-import={importState.kind}
        data-ms={importState.kind === 'done' ? Math.round(importState.ms) : undefined}
      >
        {importState.kind === 'busy' && <p>{text.importing}</p>}
        {importState.kind === 'done' && <p>{text.imported_(importState.title, importState.ms)}</p>}
        {importState.kind === 'failed' && (
          <div class="problems">
            <p>{text.importFailed(importState.file, importState.problems.length)}</p>
            <ul>
              {importState.problems.map((problem, index) => (
                <li key={index}>
                  <code>{problem.path}</code> {problem.message}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </OptionsSection>
  );
}
