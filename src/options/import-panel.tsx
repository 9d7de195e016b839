// Import: paste a recipe's JSON or choose its file. The store refuses anything invalid with
// messages, which stay under the text until the next try; the pasted text is kept to mend.
import { useState } from 'preact/hooks';
import { words } from '../model/i18n.ts';
import { maxImportCharacters } from '../recipe/store.ts';
import { TextField } from './field.tsx';

interface ImportPanelProps {
  /** Resolves with the problems, none when the recipe was imported. */
  readonly onImport: (text: string, source: string) => Promise<readonly string[]>;
}

export function ImportPanel({ onImport }: ImportPanelProps) {
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<readonly string[]>([]);

  const run = async (candidate: string, source: string): Promise<void> => {
    const found = await onImport(candidate, source);
    setProblems(found);
    if (!found.length) setText('');
    else if (candidate.length <= maxImportCharacters) setText(candidate);
  };
  const chooseFile = async (event: Event): Promise<void> => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) await run(await file.text(), file.name);
  };

  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{words('import_heading')}</h2>
      <form onSubmit={(event) => { event.preventDefault(); void run(text, words('import_pastedText')); }}>
        <TextField
          id="import-text"
          label={words('import_label')}
          value={text}
          onInput={(value) => { setText(value); setProblems([]); }}
          errors={problems}
          hint={words('import_hint')}
          multiline
          rows={6}
          mono
        />
        <div class="actions">
          <button type="submit" class="btn btn-primary">{words('import_submit')}</button>
          <label class="btn file-button">
            {words('import_chooseFile')}
            <input type="file" accept=".json,application/json" class="visually-hidden" onChange={(event) => void chooseFile(event)} />
          </label>
        </div>
      </form>
    </section>
  );
}
