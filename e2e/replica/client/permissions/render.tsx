/** @jsxImportSource react */
import type { PermissionPartialProps } from '../../shared/permission-props.ts';
import { PermissionsPicker } from './PermissionsPicker.tsx';

export const renderPermissionsPicker = (props: PermissionPartialProps) => <PermissionsPicker {...props} />;
