import { selectors } from '../selectors.ts';
import { textField } from './text-field.ts';

/** The classic form's "Note", what the token is for; GitHub lists the token by it. */
export const noteField = textField(selectors.noteInput, 'the Note field');
