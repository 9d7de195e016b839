// The classic token form (settings/tokens/new) as a guided form: a note, the same expiration menu
// as the fine-grained form, and scope boxes, where a ticked parent ticks and disables its children.
import { readClassicSnapshot } from '../github/classic-snapshot.ts';
import { classicGenerateButton } from '../github/widgets/generate.ts';
import { noteField } from '../github/widgets/note.ts';
import { scopesWidget } from '../github/widgets/scopes.ts';
import { checkClassicCompliance } from '../guide/classic-compliance.ts';
import { classicRemovals, planClassic, type ClassicStepState } from '../guide/classic-plan.ts';
import type { ClassicStepId } from '../guide/classic-steps.ts';
import { submittedClassicToken, summarizeClassic } from '../guide/classic-summary.ts';
import { classicTarget } from '../guide/classic-target.ts';
import { classicStepWords } from '../guide/step-words.ts';
import type { ClassicRecipe } from '../recipe/schema.ts';
import { classicTemplateUrl } from '../recipe/template-url.ts';
import { lookOnChange, type GuidedForm } from './guided-form.ts';
import { expirationStep } from './step-actions.ts';

export function classicForm(document: Document, recipe: ClassicRecipe, now: Date): GuidedForm<ClassicStepId, ClassicStepState> {
  const target = classicTarget(recipe, now);
  return {
    words: classicStepWords(target),
    actions: {
      note: { locate: noteField.locate, endsWhenDone: true, fill: (context) => noteField.fill(context, target.note) },
      expiration: expirationStep(target, now),
      scopes: { locate: scopesWidget.locate, endsWhenDone: true, fill: (context) => scopesWidget.fill(context, target.scopes) },
      // The overview is PAT Pilot's; the Generate button is where the person reviews it.
      review: { locate: classicGenerateButton.locate },
      generate: { locate: classicGenerateButton.locate },
    },
    look: lookOnChange(() => readClassicSnapshot(document), (snapshot) => ({
      plan: planClassic(target, snapshot),
      findings: checkClassicCompliance(target, snapshot),
      summary: summarizeClassic(snapshot, now),
      generateLabel: snapshot.generateLabel,
      submitted: (at) => submittedClassicToken(snapshot, at),
    })),
    removals: classicRemovals,
    generate: classicGenerateButton,
    prefilledUrl: classicTemplateUrl(recipe, now),
  };
}
