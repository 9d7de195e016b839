// Deleting asks once more in place (no modal): focus moves to the confirmation and back to
// Delete when the user keeps the recipe, so a keyboard user never loses their place.
import { useEffect, useRef, useState } from 'preact/hooks';
import { words } from '../model/i18n.ts';

interface DeleteButtonProps {
  readonly describedBy: string;
  readonly onConfirm: () => void;
}

export function DeleteButton({ describedBy, onConfirm }: DeleteButtonProps) {
  const [asking, setAsking] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const answered = useRef(false);
  useEffect(() => {
    if (asking) confirmButton.current?.focus();
    else if (answered.current) deleteButton.current?.focus();
  }, [asking]);

  if (!asking) {
    return <button type="button" class="btn btn-danger" ref={deleteButton} aria-describedby={describedBy} onClick={() => setAsking(true)}>{words('delete')}</button>;
  }
  return (
    <span class="confirm" role="group" aria-label={words('delete_confirm')}>
      <button type="button" class="btn btn-danger" ref={confirmButton} aria-describedby={describedBy} onClick={onConfirm}>{words('delete_forGood')}</button>
      <button type="button" class="btn" onClick={() => { answered.current = true; setAsking(false); }}>{words('delete_keep')}</button>
    </span>
  );
}
