/**
 * Irregular English verb forms -> base form, as plain data.
 *
 * Origin: written for gainsay from the common irregular verb tables of English grammars
 * (past tense and past participle of the ~100 most frequent irregular verbs). The Porter
 * stemmer handles regular inflection ("tries"/"tried"/"try"); these are the forms it cannot
 * reach ("said"/"say", "told"/"tell", "shot"/"shoot").
 *
 * @since 0.1.0
 */
export const IRREGULAR_VERBS: ReadonlyArray<readonly [string, string]> = [
  ['arose', 'arise'], ['arisen', 'arise'], ['awoke', 'awake'], ['bore', 'bear'], ['borne', 'bear'],
  ['beat', 'beat'], ['beaten', 'beat'], ['became', 'become'], ['began', 'begin'], ['begun', 'begin'],
  ['bent', 'bend'], ['bet', 'bet'], ['bid', 'bid'], ['bound', 'bind'], ['bit', 'bite'], ['bitten', 'bite'],
  ['bled', 'bleed'], ['blew', 'blow'], ['blown', 'blow'], ['broke', 'break'], ['broken', 'break'],
  ['bred', 'breed'], ['brought', 'bring'], ['built', 'build'], ['burnt', 'burn'], ['burst', 'burst'],
  ['bought', 'buy'], ['caught', 'catch'], ['chose', 'choose'], ['chosen', 'choose'], ['came', 'come'],
  ['cost', 'cost'], ['crept', 'creep'], ['cut', 'cut'], ['dealt', 'deal'], ['dug', 'dig'], ['drew', 'draw'],
  ['drawn', 'draw'], ['dreamt', 'dream'], ['drank', 'drink'], ['drunk', 'drink'], ['drove', 'drive'],
  ['driven', 'drive'], ['ate', 'eat'], ['eaten', 'eat'], ['fell', 'fall'], ['fallen', 'fall'], ['fed', 'feed'],
  ['felt', 'feel'], ['fought', 'fight'], ['found', 'find'], ['fled', 'flee'], ['flew', 'fly'], ['flown', 'fly'],
  ['forbade', 'forbid'], ['forbidden', 'forbid'], ['forgot', 'forget'], ['forgotten', 'forget'],
  ['forgave', 'forgive'], ['forgiven', 'forgive'], ['froze', 'freeze'], ['frozen', 'freeze'], ['got', 'get'],
  ['gotten', 'get'], ['gave', 'give'], ['given', 'give'], ['went', 'go'], ['gone', 'go'], ['grew', 'grow'],
  ['grown', 'grow'], ['hung', 'hang'], ['heard', 'hear'], ['hid', 'hide'], ['hidden', 'hide'], ['hit', 'hit'],
  ['held', 'hold'], ['hurt', 'hurt'], ['kept', 'keep'], ['knew', 'know'], ['known', 'know'], ['laid', 'lay'],
  ['led', 'lead'], ['left', 'leave'], ['lent', 'lend'], ['let', 'let'], ['lay', 'lie'], ['lain', 'lie'],
  ['lost', 'lose'], ['made', 'make'], ['meant', 'mean'], ['met', 'meet'], ['paid', 'pay'], ['put', 'put'],
  ['quit', 'quit'], ['read', 'read'], ['rode', 'ride'], ['ridden', 'ride'], ['rang', 'ring'], ['rung', 'ring'],
  ['rose', 'rise'], ['risen', 'rise'], ['ran', 'run'], ['said', 'say'], ['saw', 'see'], ['seen', 'see'],
  ['sought', 'seek'], ['sold', 'sell'], ['sent', 'send'], ['set', 'set'], ['shook', 'shake'],
  ['shaken', 'shake'], ['shot', 'shoot'], ['shut', 'shut'], ['sang', 'sing'], ['sung', 'sing'], ['sank', 'sink'],
  ['sunk', 'sink'], ['sat', 'sit'], ['slept', 'sleep'], ['slid', 'slide'], ['spoke', 'speak'],
  ['spoken', 'speak'], ['spent', 'spend'], ['spun', 'spin'], ['split', 'split'], ['spread', 'spread'],
  ['stood', 'stand'], ['stole', 'steal'], ['stolen', 'steal'], ['stuck', 'stick'], ['struck', 'strike'],
  ['stricken', 'strike'], ['strove', 'strive'], ['swore', 'swear'], ['sworn', 'swear'], ['swept', 'sweep'],
  ['swam', 'swim'], ['swum', 'swim'], ['took', 'take'], ['taken', 'take'], ['taught', 'teach'],
  ['tore', 'tear'], ['torn', 'tear'], ['told', 'tell'], ['thought', 'think'], ['threw', 'throw'],
  ['thrown', 'throw'], ['understood', 'understand'], ['undertook', 'undertake'], ['woke', 'wake'],
  ['woken', 'wake'], ['wore', 'wear'], ['worn', 'wear'], ['won', 'win'], ['withdrew', 'withdraw'],
  ['withdrawn', 'withdraw'], ['wrote', 'write'], ['written', 'write'], ['overcame', 'overcome'],
  ['overtook', 'overtake'], ['overthrew', 'overthrow'], ['overthrown', 'overthrow'], ['underwent', 'undergo'],
  ['undergone', 'undergo'], ['foresaw', 'foresee'], ['foreseen', 'foresee'], ['mistook', 'mistake'],
  ['mistaken', 'mistake'], ['shone', 'shine'], ['sped', 'speed'], ['upheld', 'uphold'], ['withheld', 'withhold']
]
