// Import: paste a recipe's JSON or choose its file. The store refuses anything invalid with
// messages, which stay under the text until the next try; the pasted text is kept to mend.
import { useState } from 'preact/hooks';
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
      <h2 id="import-heading">Import a recipe</h2>
      <form onSubmit={(event) => { event.preventDefault(); void run(text, 'the pasted text'); }}>
        <TextField
          id="import-text"
          label="Recipe JSON"
          value={text}
          onInput={(value) => { setText(value); setProblems([]); }}
          errors={problems}
          hint="Paste one recipe, as PAT Pilot exports it, or choose its file. Nothing is stored unless the whole recipe is valid."
          multiline
          rows={6}
          mono
        />
        <div class="actions">
          <button type="submit" class="btn btn-primary">Import</button>
          <label class="btn file-button">
            Choose a file…
            <input type="file" accept=".json,application/json" class="visually-hidden" onChange={(event) => void chooseFile(event)} />
          </label>
        </div>
      </form>
    </section>
  );
}
