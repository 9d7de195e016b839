// The page makes one kind of token and the active recipe the other: nothing is filled here, and
// the panel says where the recipe's kind of token is made.
import { githubTexts } from '../model/github-texts.ts';
import { words, type MessageKey } from '../model/i18n.ts';
import { Panel } from './panel.tsx';
import type { OtherKindView, PanelActions } from './view.ts';

// Where is GitHub's own menu path, in GitHub's words.
const pages = {
  classic: { heading: 'otherKind_fineGrainedPage', recipe: 'otherKind_classicRecipe', where: githubTexts.classicTokenPath },
  'fine-grained': { heading: 'otherKind_classicPage', recipe: 'otherKind_fineGrainedRecipe', where: githubTexts.fineGrainedTokenPath },
} as const satisfies Record<string, { heading: MessageKey; recipe: MessageKey; where: string }>;

export function OtherKindPanel({ view, actions }: { view: OtherKindView; actions: PanelActions }) {
  const page = pages[view.recipeKind];
  return (
    <Panel subtitle={view.recipeLabel} close={actions.close}>
      <div class="panel-body" role="status" data-testid="other-kind">
        <h2 class="section-title">{words(page.heading)}</h2>
        <p>{words(page.recipe, view.recipeLabel)}</p>
        <p>{words('otherKind_openBefore')}<a class="link" href={view.url}>{page.where}</a>{words('otherKind_openAfter')}</p>
      </div>
    </Panel>
  );
}
