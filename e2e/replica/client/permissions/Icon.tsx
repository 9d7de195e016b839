/** @jsxImportSource react */
import { iconShapes, type IconName } from '../../shared/icon-shapes.ts';

export function Icon({ name, className }: { readonly name: IconName; readonly className?: string }) {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16" fill="currentColor" className={`octicon octicon-${name} ${className ?? ''}`.trim()}>
      <path d={iconShapes[name]} />
    </svg>
  );
}
