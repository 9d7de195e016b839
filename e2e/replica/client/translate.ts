// Plays a translation userscript (page-drift suite): visible text is rewritten into French as it
// appears, including what React renders later. Attributes and values are left alone, as such
// scripts usually do.
const phrases: Record<string, string> = {
  'Token name': 'Nom du jeton',
  Description: 'Descriptif',
  'Resource owner': 'Propriétaire de la ressource',
  Expiration: 'Date d’expiration',
  'No expiration': 'Pas d’expiration',
  'Request message': 'Message de demande',
  'Repository access': 'Accès aux dépôts',
  'Public repositories': 'Dépôts publics',
  'All repositories': 'Tous les dépôts',
  'Only select repositories': 'Uniquement les dépôts sélectionnés',
  'Select repositories': 'Sélectionner des dépôts',
  Permissions: 'Autorisations',
  Repositories: 'Dépôts',
  Account: 'Compte',
  Organization: 'Organisation',
  'Add permissions': 'Ajouter des autorisations',
  'Access:': 'Accès :',
  'No access': 'Aucun accès',
  'Read-only': 'Lecture seule',
  'Read and write': 'Lecture et écriture',
  Contents: 'Contenu',
  Metadata: 'Métadonnées',
  Issues: 'Tickets',
  'Generate token': 'Générer le jeton',
  'Generate token and request access': 'Générer le jeton et demander l’accès',
  Cancel: 'Annuler',
};

function translateText(node: Text): void {
  const text = node.data.trim();
  const translated = phrases[text] ?? text.replace(/^(\d+) days\b/, '$1 jours');
  if (translated !== text) node.data = node.data.replace(text, translated);
}

function translateUnder(root: Node): void {
  if (root instanceof Text) return translateText(root);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) translateText(node as Text);
}

export function translateAsTheTextAppears(): void {
  translateUnder(document.body);
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') translateText(record.target as Text);
      record.addedNodes.forEach(translateUnder);
    }
  }).observe(document.documentElement, { subtree: true, childList: true, characterData: true });
}
