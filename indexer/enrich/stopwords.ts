/**
 * Words too common in talk archives to be a topic: English function words and
 * the vocabulary of seminar announcements themselves (and of their web pages and refreshments).
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `about above after again against also among amongst another because been before being below between both
  cannot could does doing down during each either enough even ever every from further have having here hers
  herself himself into itself just last least less like made make makes making many more most much must
  myself neither never next none nothing often once only other others ought ours ourselves over own perhaps
  quite rather same several shall should since some such than that their theirs them themselves then there
  these they this those though through thus together too toward towards under until upon very what when where
  whether which while whom whose with within without would your yours yourself yourselves will well were
  also able across already although always anyone anything around away back become becomes best better
  come comes done first given gives good great however include includes including know known large later
  long mainly mostly need needs new show shows shown small take takes three used uses using various ways
  want work works year years talk talks seminar seminars speaker speakers abstract bio lecture lectures
  present presents presented presentation discuss discussed discussion join joined joining room zoom
  online meeting meetings university department professor phd student students research researcher
  researchers paper papers joint based recent recently time times part parts problem problems result
  results question questions approach approaches study studies method methods introduce introduced
  propose proposed provide provides show showed novel case cases order general particular important
  tba tbd title january february march april june july august september october november december
  nous dans pour avec sont cette leurs entre plus tout tous aussi leur être fait faire comme très
  concernant dire donner sera seront ainsi selon après avant chez sans sous vers notre votre celle celui ceux dont peut
  para como sobre pelo pela será também seus suas este esta essa isso entre mais pode
  della sono nella degli delle anche questo questa
  monday tuesday wednesday thursday friday saturday sunday pm am http https www com html
  click page website link links slides video recording week weekly hour hours coffee lunch snacks
  refreshments served provided welcome everyone guests members please today tomorrow details visit
  recommended manually`
    .split(/\s+/)
    .filter(Boolean),
);
