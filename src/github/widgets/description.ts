import { selectors } from '../selectors.ts';
import { textField } from './text-field.ts';

export const descriptionField = textField(selectors.descriptionInput, 'the Description field');
