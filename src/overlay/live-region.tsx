// Screen readers hear step changes and progress through one polite live region; dangers are
// announced by their own role="alert" elements.
export function LiveRegion({ message }: { message: string }) {
  return (
    <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="live-region">
      {message}
    </div>
  );
}
