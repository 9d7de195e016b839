// The request message exists only for organizations that require approval; its absence is an
// answer, not an error.
import { selectors } from '../selectors.ts';
import { textField } from './text-field.ts';

export const requestMessageField = textField(selectors.requestMessage, 'the request message field');
