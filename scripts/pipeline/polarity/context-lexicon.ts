/**
 * The context half of the lexicon: scope, method and background, the sentences annotation.md labels context
 * (how the inspection was done, earlier ratings, plans not yet judged, a council's own response, the regime's rules).
 */
import { e, type LexiconEntry } from "./lexicon-entry.ts";

/** Scope, method and background: what a context sentence says. */
export const CONTEXT: LexiconEntry[] = [
  e(/^(?:inspectors|they|we|the inspection team|the inspectors|hmi|the (?:[\w-]+ ){0,3}(?:inspection|visit)|ofsted)\b.{0,60}\b(?:looked at|considered|reviewed|evaluated|talked|spoke|met|visited|sampled|tracked|scrutinised|examined|observed|focused on|gathered)\b/, "context", 2.5, "context"),
  e(/\bthis letter summarises\b|\binspectors for this visit\b|\bmajesty's inspectors? (?:for|were)\b|\blead inspector\b/, "context", 3, "context"),
  e(/\b(?:this|the) (?:[\w-]+ ){0,3}(?:visit|inspection) was (?:carried out|conducted|undertaken)\b|\bcarried out in line with\b|\bin line with the (?:ilacs|inspection)/, "context", 3, "context"),
  // An earlier rating is background; the rating a news report announces is its judgement ("was rated inadequate after
  // inspectors found …"), and a count of ratings is a statistic ("five were rated good").
  e(/\blast (?:fully |formally )?inspected\b|\b(?:report|inspection|visit) in (?:19|20)\d\d,? (?:which|that|when it) (?:rated|judged|graded|found)\b|\bwill take the findings\b|\b(?:was|were) (?:previously|last|also previously|then|first) (?:judged|rated|graded)\b|\b(?:judged|rated|graded) (?:as |to be )?['"]?(?:good|outstanding|inadequate|requir\w*(?: improvement)?(?: to be good)?)['"]? (?:in|at|after its|following its|when it was) (?:its |their |the |an? )?(?:\d{4}|last|previous|earlier)\b|\b(?:rated|judged|graded) (?:as |to be )?['"]?(?:good|outstanding|inadequate|requir\w*(?: improvement)?(?: to be good)?)['"]? (?:since|every year since|ever since)\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|a third|a quarter|two thirds|three quarters) (?:of (?:them|these|those|the \w+|(?:all )?(?:local )?(?:authorities|councils)(?: in england)?) )?(?:were|was|are|have been|had been) (?:currently |now |still )?(?:rated|judged|graded)\b|\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:\w+ ){0,2}since (?:it|they|the \w+) (?:was|were|had been) (?:judged|rated|graded|found)\b|\b(?:second|third|fourth|fifth|sixth) (?:consecutive )?time (?:in (?:\w+ ){1,3})?(?:that )?(?:\w+ ){1,4}(?:has|have|had) been (?:rated|judged|graded|found)\b/, "context", 2.5, "context"),
  e(/\bthe purpose of (?:the|this) (?:inspection|visit)\b|\b(?:regulates and inspects|this inspection was carried out under|inspection was carried out (?:under|in accordance))\b/, "context", 3, "context"),
  e(/\bthere (?:have|has) been (?:some )?(?:changes?|an increasing number|an increase)\b|\binspectors considered\b|\bthe (?:local authority|council) (?:has|have) (?:a|an) (?:population|area)\b/, "context", 2, "context"),
  e(/\b(?:is|are) to ensure\b|\bthis is to\b/, "context", 2, "context"),
  // Plans and work begun, whose impact is not yet judged, are context (annotation.md, "actions taken, impact not yet judged").
  e(/\btoo (?:soon|early) to\b|\bearly days\b|\bnot yet possible to (?:see|judge|assess|measure|evaluate)\b/, "context", 2.5, "context"),
  e(/\b(?:is|are) (?:being |to be )?(?:piloted|scheduled|planned)\b|\bplans (?:are|were) (?:now |already )?(?:under ?way|in train)\b|\b(?:is|are) due to (?:be|start|begin|open|launch|complete|take)\b|\bplans? (?:is|are) in place to\b|\b(?:has|have) (?:a |detailed |clear )?plans? (?:in place )?to\b|\bwork has (?:begun|started)\b|\bin the process of\b|\bintends? to\b|\bwill be (?:monitored|reviewed|launched|introduced|implemented|rolled out|piloted)\b/, "context", 2, "context"),
  // A past shortfall told as background ("Historically, the threshold was too high") is context (annotation.md).
  e(/^(?:historically|until recently|previously|in the past|at the (?:time of the )?(?:last|previous) inspection|in (?:19|20)\d\d),/, "context", 2.5, "context"),
  // An earlier inspection told as the start of the story ("When Ofsted rated the borough inadequate in 2017, …").
  e(/^when (?:ofsted|inspectors|the (?:inspectorate|watchdog)|(?:ofsted|the watchdog)['’]s inspectors)\b[^,;]{0,100}\b(?:19|20)\d\d\b/, "context", 2.5, "context"),
  // How a service is organised, said without a judgement ("strategy meetings are chaired by …"), describes.
  e(/\b(?:is|are|was|were|has been|have been|had been) (?:jointly |currently |also )?(?:led|chaired|managed|run|provided|commissioned|held|located|based|co-located|delivered|hosted|authorised|discussed|overseen|funded|staffed) (?:by|in|at|on|through|within|from)\b/, "context", 1, "context"),
  // How the inspection was done, wherever the sentence opens ("In total, inspectors reviewed 92 children's cases").
  e(/\binspectors? (?:\w+ ){0,2}(?:reviewed|looked at|spoke (?:to|with)|met|visited|sampled|tracked|examined|observed|audited|scrutinised) (?!(?:\w+ ){0,2}(?:well|effectively|carefully)\b)|\b(?:carried out|conducted|undertook|led) (?:the|a|an|this|its) (?:\w+ ){0,2}(?:inspection|visit)\b|\b(?:inspection|visit),? (?:was )?(?:carried out|conducted|undertaken|led) (?:jointly )?by\b|\binspection team (?:included|comprised|consisted|was made up)\b/, "context", 2, "context"),
  // That a council or service was inspected, and for how long, is method ("children were visited" is practice).
  e(/\b(?:council|authority|services?|trust|partnership|area|county|borough|city|children['’]s services)\b[^.]{0,60}\b(?:was|were|has been|have been|had been) inspected\b|\binspected (?:over|for|during|across) (?:\w+ ){0,2}(?:days?|weeks?|months?)\b/, "context", 2, "context"),
  // When and how long the inspection was, as a news report tells it ("inspectors spent two weeks in the county").
  e(/\b(?:inspectors|they|ofsted|the (?:inspection )?team|the watchdog['’]s (?:\w+ )?inspectors|the inspectors) (?:\w+ )?(?:spent|were in) (?:\w+ ){0,3}(?:days?|weeks?)\b|\bpublished (?:its|their|the|a) (?:\w+ )?(?:report|findings|letter)\b|\b(?:inspection|visit|inspections|visits) took place\b|\b(?:report|letter|findings) (?:was|were) (?:published|sent to)\b|\b(?:read|see|view|download) the (?:full )?(?:\w+ )?(?:report|letter)\b|\b(?:report|letter) (?:is|are|can be) (?:now )?(?:available|read|found|seen|downloaded)\b/, "context", 2.5, "context"),
  e(/\b(?:council|councils|authority|authorities|trust|partnership|partners) (?:has |have )?(?:said|says|say) (?:it|they) (?:would|will|is|are|was|were|had|has|have|accepted|welcomed)\b/, "context", 2.5, "context"),
  // Anyone's statement of what they will do next ("the Department for Education said it would continue to …") reports an intention.
  e(/\b(?:said|says|say) (?:it|they|the (?:regulator|inspectorate|watchdog|council|department|government|trust)) (?:would|will) (?:now |also )?(?:continue|work|publish|appoint|consider|respond|study|review|take|look|support|build|act|address|be working|invest|set up|meet)\b/, "context", 2.5, "context"),
  // Who holds a post and since when is background ("The DCS has been in post since March 2016").
  e(/\b(?:has|have|had) been in (?:post|(?:the|their|her|his) (?:role|post))(?: \w+)? since\b/, "context", 2.5, "context"),
  // Where and when inspectors went, and what an earlier inspection found, is background.
  e(/\bvisited (?:the )?(?:county|borough|city|area|council|authority|district|trust|service)\b|\b(?:previous|last|earlier) (?:full |ofsted |standard |short )?(?:inspection|visit)\b[^.]{0,40}\b(?:rated|judged|graded|found (?:them|it|services) to be)\b/, "context", 2.5, "context"),
  // What the inspectorate does next ("monitoring visits will continue until the authority is reinspected") is process.
  e(/\b(?:will|would) (?:be )?(?:continue|return|reinspect\w*|re-inspect\w*|revisit\w*|monitor\w*)\b[^.]{0,60}\b(?:visits?|inspect\w*|reinspect\w*|re-inspect\w*)|\buntil (?:the|it|its) (?:\w+ )?(?:is|are) (?:re-?inspected|reinspected)\b/, "context", 2, "context"),
  // Plans announced, not yet carried out ("The government has announced plans to reform children's social care").
  e(/\b(?:announced|unveiled|set out|outlined|published|launched) (?:\w+ ){0,2}(?:plans?|proposals?|consultation|strategy|review) (?:to|for|on)\b/, "context", 2, "context"),
  // Government statements of policy in a news report ("the minister said the government was committed to …").
  e(/\b(?:minister|secretary of state|the government|government spokes\w+|department for education|dfe)\b[^.]{0,60}\b(?:said|says)\b/, "context", 1.5, "context"),
  // When a report came, told against other news ("The report comes a year after the director resigned").
  e(/\b(?:report|inspection|visit|verdict|rating|findings|letter|judgement)s? (?:comes?|came) (?:\w+ ){0,3}(?:after|as|amid|weeks|months|days|just|shortly)\b/, "context", 2, "context"),
  // Which inspection this is ("the first full inspection of the council's services since 2019"), and a figure stated
  // with nothing to judge it by ("is 22%"), are background.
  e(/\b(?:is|was|marks|marked) (?:the|its|their|the (?:council|authority|trust)['’]s) (?:first|second|third|latest|last) (?:full |standard |short |graded |ofsted )?(?:inspection|visit)\b[^.]{0,60}\bsince (?:19|20)\d\d\b|\b(?:is|was|are|were|stands? at|stood at) (?:about |around |approximately |nearly |almost |just over |just under )?\d[\d,.]*(?:%| per cent| per 10,000(?: children)?)?\.?$/, "context", 1.5, "context"),
  // A count that went from one figure to another, or rose or fell to one, said without a judgement ("has risen from
  // 900 to 1,150", "has risen to more than 83,000").
  e(/\bfrom (?:about |around )?\d[\d,.]*%? (?:in \d{4} )?to \d[\d,.]*%?|\b(?:risen|rose|fallen|fell|increased|decreased|grown|dropped) to (?:more than |over |almost |nearly |about |around |under |fewer than |just )?\d/, "context", 1.5, "context"),
  // How an inspection regime works, said of inspections in general ("Focused visits do not result in a judgement"),
  // and what the government may do after one, is background, not a judgement of anyone.
  e(/^(?:ofsted['’]s )?(?:focused visits|monitoring visits|joint targeted area inspections|jtais|ilacs inspections|(?:standard |short |full )?inspections|these visits|such visits|such inspections)\b (?:do|are|can|may|will|usually|typically|normally|look|focus|result|take|happen|assess|examine|involve|check|follow)\b|\b(?:do|does|did|will) not (?:result in|lead to|give|produce|carry|include) (?:a |an )?(?:graded |overall |new |single-word )?(?:judgement|grade|rating)s?\b|\b(?:can|may|could|will) (?:appoint|send in|issue|impose) (?:a |an )?(?:children['’]s )?(?:commissioner|statutory direction|improvement notice)\b/, "context", 3, "context"),
  // The inspectorate's routine and framework ("Ofsted inspects every council at least once every three years"), and
  // its next step ("Inspectors will return in six months").
  e(/^(?:ofsted|the inspectorate|the watchdog) (?:inspects|visits|rates|grades|carries out)\b[^.]{0,80}\b(?:every|each|all|at least)\b|\b(?:inspection )?framework (?:changed|was (?:introduced|updated|changed)|came into (?:force|effect))\b|\b(?:inspectors|ofsted|the inspectorate|the watchdog|they) will (?:now )?(?:return|revisit|re-?inspect|come back)\b/, "context", 2.5, "context"),
  // A council's money, and its own account of it ("has set aside an extra £2m …, its leader said").
  e(/\b(?:budget|spending|spend|funding)\b[^.]{0,40}\b(?:has |have |had |was |were )?(?:risen|increased|grown|fallen|been cut|reduced|gone up|gone down|rose|fell)\b|,\s*(?:its|the council['’]s|the trust['’]s|a|the) (?:leader|chief executive|director(?: of children['’]s services)?|spokes(?:person|man|woman)|cabinet member|portfolio holder|mayor) (?:has )?said\b/, "context", 2.5, "context"),
  // A count of the children a council serves, said without a judgement ("The authority looks after about 600 children").
  e(/\b(?:looks? after|is responsible for|cares? for|is caring for|is looking after) (?:about |around |approximately |some |nearly |almost |over |more than |fewer than )?\d[\d,]* (?:children|young people|care leavers|families)\b/, "context", 2, "context"),
  // Anyone's reaction to the report ("Humberside Police said it welcomed the report", "accepted the findings in full").
  e(/\b(?:welcomed|welcomes|accepted|accepts|acknowledged|acknowledges) (?:the|this|its|their|ofsted['’]s) (?:\w+ )?(?:report|findings|letter|judgement|verdict|recommendations|feedback)\b|\bspokes(?:person|man|woman)\b[^.]{0,80}\bsaid\b|\bsaid (?:a |an |the )?(?:\w+ ){0,3}spokes(?:person|man|woman)\b/, "context", 2.5, "context"),
  // A council's own response in a news report is context, however pleased it sounds (annotation.md).
  e(/\bwe (?:welcome|are (?:pleased|delighted|proud|committed|determined)|accept|acknowledge|will (?:continue|now|be working))\b|\b(?:council|authority) spokes(?:person|man|woman)\b|\bsaid (?:he|she|they|it|we) (?:was|were|is|are|felt|had been) (?:\w+ )?(?:disappointed|pleased|delighted|proud|saddened|encouraged|heartened|thrilled)\b|\b(?:cabinet member|lead member|portfolio holder|council leader|leader of the council|(?:the council['’]s|its) leader|director of children['’]s services|councill?or|chief executive|managing director|chief officer|chair of the (?:trust|board|council|company))\b[^.]{0,80}\bsaid\b/, "context", 2.5, "context"),
];
