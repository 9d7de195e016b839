/** @jsxImportSource react */
// Primer React's Button and IconButton markup: prc-Button-* classes, data-variant, data-size.
import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import type { IconName } from '../../shared/icon-shapes.ts';
import { Icon } from './Icon.tsx';
import styles from './styles/Button.module.css';
import tooltipStyles from './styles/TooltipV2.module.css';

interface BaseProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  readonly variant?: 'default' | 'invisible';
  readonly size?: 'small' | 'medium';
  readonly ref?: Ref<HTMLButtonElement>;
}

export interface ButtonProps extends BaseProps {
  readonly leadingVisual?: ReactNode;
  readonly trailingVisual?: ReactNode;
}

export function Button({ variant = 'default', size = 'medium', leadingVisual, trailingVisual, children, ref, ...rest }: ButtonProps) {
  return (
    <button ref={ref} type="button" {...rest} className={styles.ButtonBase} data-variant={variant} data-size={size}>
      <span className={styles.ButtonContent}>
        {leadingVisual && <span className={styles.Visual}>{leadingVisual}</span>}
        <span className={styles.Label}>{children}</span>
      </span>
      {trailingVisual && <span className={styles.Visual} data-component="trailingVisual">{trailingVisual}</span>}
    </button>
  );
}

/** An icon-only button named by aria-label, with a tooltip repeating the name. */
export function IconButton({ icon, variant = 'invisible', size = 'medium', ...rest }: BaseProps & { readonly icon: IconName; readonly 'aria-label': string }) {
  return (
    <>
      <button type="button" {...rest} className={`${styles.ButtonBase} ${styles.IconButton}`} data-variant={variant} data-size={size}>
        <Icon name={icon} />
      </button>
      <span className={tooltipStyles.Tooltip} aria-hidden="true">{rest['aria-label']}</span>
    </>
  );
}
