// Reads the whole classic form at once: what GitHub would receive if the person clicked Generate now.
import type { ClassicSnapshot } from '../model/classic-snapshot.ts';
import { expirationWidget } from './widgets/expiration.ts';
import { classicGenerateButton } from './widgets/generate.ts';
import { noteField } from './widgets/note.ts';
import { scopesWidget } from './widgets/scopes.ts';

export const readClassicSnapshot = (document: Document): ClassicSnapshot => ({
  note: noteField.read(document),
  expiration: expirationWidget.read(document),
  scopes: scopesWidget.read(document),
  generateLabel: classicGenerateButton.readLabel(document),
});
