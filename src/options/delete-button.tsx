// Deleting asks once more in place (no modal): focus moves to the confirmation and back to
// Delete when the user keeps the recipe, so a keyboard user never loses their place.
import { useEffect, useRef, useState } from 'preact/hooks';

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
    return <button type="button" class="btn btn-danger" ref={deleteButton} aria-describedby={describedBy} onClick={() => setAsking(true)}>Delete</button>;
  }
  return (
    <span class="confirm" role="group" aria-label="Confirm delete">
      <button type="button" class="btn btn-danger" ref={confirmButton} aria-describedby={describedBy} onClick={onConfirm}>Delete for good</button>
      <button type="button" class="btn" onClick={() => { answered.current = true; setAsking(false); }}>Keep it</button>
    </span>
  );
}
