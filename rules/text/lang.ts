import type { Lang } from '../types';
import type { Token } from './tokenize';

/** Frequent function words; a text's language is the one whose words it uses most. */
const NL = new Set(
  'de het een en ik u je jij we wij is zijn niet van dat die dit er met op te voor naar bij ook maar als om aan uw kan kunt wordt heb hebt heeft dan nog wel geen mijn jouw ons onze hier daar wat hoe waarom groet beste hoi bedankt alvast graag even'.split(
    ' ',
  ),
);
const EN = new Set(
  'the a an and i you we is are not of that this it with on to for at by be have has will can could would your our my no yes if but so as from what how why thanks regards dear hi please just been was were do does'.split(
    ' ',
  ),
);

export function detectLang(tokens: readonly Token[], fallback: Lang = 'nl'): Lang {
  let nl = 0;
  let en = 0;
  for (const t of tokens) {
    if (NL.has(t.key)) nl++;
    if (EN.has(t.key)) en++;
  }
  if (en > nl) return 'en';
  if (nl > en) return 'nl';
  return fallback;
}
