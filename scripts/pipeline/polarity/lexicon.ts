/**
 * The domain lexicon of inspection writing (research-nlp.md §4.1, domain.md "How inspectors write"):
 * evaluative words and phrases, hedges, quantifiers, modals and scope patterns. Patterns run over
 * a lower-cased sentence with plain quotes and hyphens. No generic sentiment lists. The context
 * patterns (scope, method, background) are in context-lexicon.ts.
 */
import { e, type LexiconEntry } from "./lexicon-entry.ts";

export type { LexiconEntry } from "./lexicon-entry.ts";
export { CONTEXT } from "./context-lexicon.ts";

// Measures of harm or delay: down is progress, up (or high) is a shortfall. One list for every pattern that reads them.
const HARM_MEASURES = String.raw`waiting|wait|delays?|caseloads?|turnover|vacanc(?:y|ies)|agency|re-referrals?|drift|(?:placement )?moves|exclusions?|absences?|backlogs?|(?:second|repeat|subsequent) (?:child protection )?plans?`;

/** Words and phrases that judge practice good. */
export const POSITIVE: LexiconEntry[] = [
  e(/\b(?:highly |very |consistently |increasingly )?effective(?:ly|ness)?\b/, "strength", 1.2, "lexicon"),
  e(/\befficient(?:ly)?\b|\befficiency\b/, "strength", 1, "lexicon"),
  e(/\bstrong(?:ly)?\b|\bstrengths?\b|\bstrengthen(?:ed|ing)\b|\bstronger\b/, "strength", 1.2, "lexicon"),
  e(/\brobust(?:ly)?\b|\brigorous(?:ly)?\b|\bthorough(?:ly)?\b|\bcomprehensive(?:ly)?\b/, "strength", 1.1, "lexicon"),
  e(/\btimely\b|\bprompt(?:ly)?\b|\bswift(?:ly)?\b|\bquickly\b|\bwithout delay\b|\bin a timely (?:way|manner|fashion)\b/, "strength", 1, "lexicon"),
  e(/\b(?:appropriate|appropriately|proportionate(?:ly)?)\b/, "strength", 0.9, "lexicon"),
  e(/\b(?:good|very good|excellent|outstanding|exceptional|impressive|exemplary)\b|\b(?:high|highest) standards?\b/, "strength", 1, "lexicon"),
  e(/\bhigh[- ]quality\b|\bof (?:a )?(?:high|good) (?:quality|standard)\b|\bhighest quality\b/, "strength", 1.2, "lexicon"),
  e(
    /\bwell[- ](?:understood|considered|organised|organized|attended|supported|established|embedded|managed|coordinated|co-ordinated|planned|developed|written|set out|engaged|led|placed|informed|received|focused|targeted|run|resourced|used|known|trained|recorded|evidenced|documented|matched|prepared|implemented|integrated|judged|sequenced)\b/,
    "strength",
    1.3,
    "lexicon",
  ),
  e(/\b(?:know|knows|understand|understands|use|uses|used|work|works|worked|implemented|considered|managed|met) (?:\w+ ){0,3}(?:very |really )?well\b/, "strength", 1, "lexicon"),
  e(/\b(?:do|does|did) (?:this|it|that|so) (?:very |really |particularly )?well\b/, "strength", 1, "lexicon"),
  e(/\bclear(?:ly)?\b|\bclarity\b/, "strength", 0.7, "lexicon"),
  e(/\bchild[- ](?:centred|centered|focused|friendly)\b/, "strength", 1, "lexicon"),
  e(/\b(?:deeply|firmly|fully|securely|well) (?:embedded|established|rooted)\b|\b(?:treated|listened to|spoken to) with (?:respect|dignity|kindness|compassion|warmth|sensitivity)\b/, "strength", 1.2, "lexicon"),
  e(/\b(?:creative(?:ly)?|persistent(?:ly)?|tenacious(?:ly)?|innovative|purposeful(?:ly)?|sensitive(?:ly)?|respectful(?:ly)?|thoughtful(?:ly)?|skilled|skilful(?:ly)?|knowledgeable|experienced|dedicated|committed|passionate|confident(?:ly)?|responsive|proactive(?:ly)?|forward[- ]thinking|reflective|nurturing|compassionate|ambitious|aspirational|generous(?:ly)?)\b/, "strength", 0.9, "lexicon"),
  e(/\b(?:positive(?:ly)?|helpful|valu(?:e|es|ed|able)|benefit(?:s|ed|ted|ing)?|empower(?:ed|s|ing)?|successful(?:ly)?|pride|proud|enjoy|enjoys)\b/, "strength", 0.9, "lexicon"),
  e(/\b(?:stable|stability|manageable|accessible|visible|consistent(?:ly)?|regular(?:ly)?|routine(?:ly)?|detailed|comprehensive|secure|safer|suitable|settled|decisive(?:ly)?|closely)\b/, "strength", 0.7, "lexicon"),
  e(/\b(?:makes?|making|made) a (?:real |positive |significant |tangible |big |huge |marked )?difference\b|\bamong the (?:best|strongest|most effective)\b/, "strength", 1.3, "lexicon"),
  e(/\b(?:ensures?|enables?|enabling|supports?|supported|helps|helped|helping|informed by|sought|understanding of|awareness)\b/, "strength", 0.5, "lexicon"),
  e(/\bright (?:help|support|service|response)s? at the right time\b/, "strength", 1.2, "lexicon"),
  e(/\b(?:strong|clear|good|shared|detailed|thorough|accurate) (?:understanding|grip|overview|oversight|knowledge|awareness)\b/, "strength", 0.8, "lexicon"),
  e(/\blearning culture\b|\bfirm focus\b|\bacted on\b|\bcommitment\b|\binvest(?:ment|ed)\b|\bincreased (?:\w+ ){0,3}capacity\b|\bextensive\b/, "strength", 0.8, "lexicon"),
  e(/\b(?:is|are) a strength\b|\bexamples? of (?:good|innovative|effective|excellent|strong|creative|best) (?:practice|work|delivery)\b/, "strength", 2, "lexicon"),
  // A journalist's reporting verbs carry the inspectors' judgement ("inspectors praised the council's …").
  e(/\b(?:praised?|praises|praising|commended|commends|hailed|lauded|applauded|congratulated|(?:were|was) impressed (?:by|with))\b/, "strength", 1.2, "lexicon"),
  e(/\bhave (?:access to|opportunities)\b|\bopportunities to\b/, "strength", 0.6, "lexicon"),
  e(/\bbetter (?:informed|understanding|outcomes|support)\b|\bnow (?:better|more|receive|have)\b/, "strength", 0.8, "trajectory"),
  e(/\b(?:has|have|had|been|is|are|was|were|has been|have been)\s+(?:\w+\s+)?(?:improved|improving|strengthened|enhanced|progressed|embedded|sustained|developed|established|implemented)\b/, "strength", 1.2, "trajectory"),
  // Cutting or countering a measure of harm or delay is progress ("challenging drift"); cutting a service is not ("short breaks had been reduced").
  e(new RegExp(String.raw`\b(?:reduc(?:e|ed|es|ing)|cut|lower(?:ed|ing)?|decreas(?:e|ed|ing)|halv(?:e|ed|ing)|tackl(?:e|ed|ing)|challeng(?:ed|ing)|challenges?(?= (?:the|their|its) )|prevent(?:s|ed|ing)?|avoid(?:s|ed|ing)?|minimis(?:e|ed|es|ing)) (?:the |their |its )?(?:\w+ ){0,3}(?:${HARM_MEASURES}|reliance|risks?|harm|isolation|escalation)\b`), "strength", 1.2, "trajectory"),
  e(/\b(?:improved|improving|improvements?['"]? (?:made|achieved|seen|in))\b/, "strength", 0.8, "trajectory"),
  // More of a good outcome ("increased the number of care leavers in education, employment or training").
  e(/\b(?:increas(?:e|ed|es|ing)|rais(?:e|ed|es|ing)|boost(?:s|ed|ing)?|doubl(?:e|ed|ing)) (?:the )?(?:number|proportion|percentage|rate|numbers) of (?:\w+ ){0,4}(?:in (?:education|employment|training|work|university|higher education|stable|permanent|long-term)|attending|achieving|adopted|returning home safely|with (?:a )?permanen)/, "strength", 1.2, "trajectory"),
  e(/\b(?:marked|significant|considerable|substantial|notable|sustained|rapid|real|steady|demonstrable) improvements?\b/, "strength", 1.2, "trajectory"),
  // A measure of harm or delay that has gone down ("the number of children waiting for adoption has fallen") is progress.
  e(new RegExp(String.raw`\b(?:${HARM_MEASURES})\b[^.;]{0,60}?\b(?:has|have|had|is|are|was|were) (?:\w+ )?(?:fallen|dropped|decreased|reduced|halved|come down|declined|falling|reducing|decreasing)\b`), "strength", 1.4, "trajectory"),
  e(/\bcontinued to (?:focus|improve|develop|embed|strengthen|make progress)\b|\bearly signs\b/, "strength", 0.8, "trajectory"),
  e(/\b(?:is|are|was|were) (?:now |also )?making (?:good |real |steady |significant |considerable |sustained |strong |rapid |clear )?progress\b|\b(?:has|have|had) (?:now |also )?made (?:good|real|steady|significant|considerable|sustained|strong|rapid|clear|demonstrable|tangible) progress\b/, "strength", 1.2, "trajectory"),
  // Change under way is progress ("is beginning to reduce", annotation.md).
  e(/\b(?:beginning|starting|begun|started) to (?:improve|reduce|make a (?:\w+ )?difference|have an? (?:\w+ )?(?:impact|effect)|show|strengthen|take effect|embed|pay off)\b/, "strength", 1.2, "trajectory"),
  e(/\bat the (?:centre|center|heart) of\b/, "strength", 1, "lexicon"),
  // A shortfall that is getting better, said last, carries the sentence ("remains a challenge, but it is reducing").
  e(/\b(?:but|although|though) (?:it |this |they |these |that |the (?:\w+ ){1,2})?(?:is|are|has|have) (?:now |slowly |gradually |steadily |already )?(?:reducing|falling|decreasing|declining|coming down|improving|begun to (?:reduce|fall|improve))\b/, "strength", 1.6, "trajectory"),
  // A shortfall no child met ("no children were living in unsuitable accommodation"); openness; effort that pays off.
  e(/\b(?:no|none of the) (?:children|child|young people|care leavers|families)\b[^.;]{0,40}\b(?:unsuitable|unsafe|inappropriate|unregistered|unregulated|bed and breakfast|waiting|left without|at risk|missing)\b/, "strength", 2, "negation"),
  e(/\bfeel(?:s)? (?:valued|respected|listened to|heard|well supported)\b|\bflourish(?:es|ed|ing)?\b|\bthriv(?:e|es|ed|ing)\b|\bopen(?:,| and) honest\b|\bhonest and open\b|\btransparent\b|\bwilling to (?:listen|learn|challenge|change)\b|\b(?:is|are|was|were|has|have|had) (?:now |already |really |clearly )?(?:paying|paid) off\b/, "strength", 1.1, "lexicon"),
  // A journalist's idioms of progress ("has turned a corner", "on the right track").
  e(/\btransform(?:ed|ing)\b|\bturned (?:\w+ ){0,3}around\b|\bturn(?:ed|s|ing)? (?:a|the) corner\b|\bon the right (?:track|path)\b|\bheading in the right direction\b|\bfrom strength to strength\b|\ba step change\b/, "strength", 1.3, "trajectory"),
  // Getting better, in the reporter's words ("outcomes were described as 'improving'").
  e(/\b(?:is|are|was|were|been|being) (?:described as|said to be|judged to be|seen to be|found to be) ['"‘“]?(?:improving|getting better)\b/, "strength", 1.2, "trajectory"),
];

/** Words and phrases that judge practice not good enough. */
export const NEGATIVE: LexiconEntry[] = [
  e(/\binconsisten(?:t|tly|cy|cies)\b|\bvariab(?:le|ility|ly)\b|\buneven(?:ly)?\b|\bpatchy\b|\bsporadic\b/, "improvement", 1.5, "hedge"),
  e(/\bweak(?:ness|nesses|er|ly)?\b|\bpoor(?:ly|er)?\b|\bineffective(?:ly)?\b|\binadequa(?:te|tely|cies)\b|\binsufficient(?:ly)?\b|\bunsafe\b|\bsuperficial\b/, "improvement", 1.5, "lexicon"),
  e(/\bdrift\b|\bdelays?\b|\bdelayed\b|\bslow(?:ly|er)?\b|\boverdue\b|\blate\b|\blengthy\b|\bbacklogs?\b|\bunallocated\b|\bslippage\b/, "improvement", 1.2, "lexicon"),
  e(/\black(?:s|ing)?\b|\bshortages?\b|\blimited\b|\bgaps?\b|\babsence of\b|\bno evidence\b|\blittle evidence\b|\bnot evident\b|\bshortfalls?\b|\bshortcomings?\b/, "improvement", 1.3, "lexicon"),
  // "Too" before a word says there is too much of it ("too vague", "too slowly"), except a judgement put off ("too soon to").
  e(/\btoo (?!(?:soon|early) to\b)(?:high|many|long|slow|variable|often|few|late|little|much|narrow|low|great|wide|[a-z]{3,}(?:ly|ed|ic|al|ive|ent|ant|ous|ful|ble|ue|ex|ry|gh|ld|ng|ck|ht|ow))\b/, "improvement", 1.5, "quantifier"),
  e(/\bunclear\b|\bnot clear\b|\b(?:difficult|hard|harder|more difficult) to \w+|\bmakes? it (?:harder|more difficult)\b/, "improvement", 1.3, "lexicon"),
  e(/\bover[- ]?optimistic\b|\bover[- ]?reliance\b|\breliance on agency\b|\bstruggl(?:e|es|ed|ing)\b|\bnot (?:yet )?up to scratch\b/, "improvement", 1.3, "lexicon"),
  e(/\b(?:raised|raises|raising|serious|significant|ongoing|remaining|continuing|some) concerns?\b|\bconcerns? (?:over|remain)\b|\bthere (?:is|are|was|were|remain) (?:also |still |some |serious |continuing |ongoing )*concerns?\b/, "improvement", 1.2, "lexicon"),
  e(/\bfall(?:s|ing)? (?:well |far |a long way )?short\b|\b(?:significant|considerable|major|serious) (?:challenges?|weakness(?:es)?|deficits?)\b|\bfrequent changes? (?:of|in) (?:social workers?|workers?|placements?|staff)\b/, "improvement", 1.4, "lexicon"),
  e(/\bmore (?:work )?(?:could|should|needs to|is needed|is required)\b|\bmore work (?:is )?(?:needed|required|to do)\b/, "improvement", 1.5, "trajectory"),
  e(/\bcriticis(?:e|ed|es|ing)\b|\bcriticiz(?:e|ed|es|ing)\b|\bcriticisms?\b|\bcritical of\b|\bslammed\b|\bcondemned\b|\bfailings\b|\bwarn(?:s|ed|ing)? (?:that|of|about)\b/, "improvement", 1.3, "lexicon"),
  // How long children wait, said as a span of time ("had waited months for an assessment"), is a delay.
  e(/\bwait(?:s|ed|ing)? (?:for )?(?:many |several |up to |more than |over |almost |nearly |well over )?(?:(?:\d+ |two |three |four |six )?(?:days|weeks|months|years)|(?:a|an|one) (?:year|month|week))\b/, "improvement", 1.2, "lexicon"),
  e(/\b(?:is|are|was|were|been|be) (?:only |judged |judged to be )?adequate\b/, "improvement", 1, "lexicon"),
  e(/\b(?:rated|judged|graded|found to be|deemed)(?: as)? ['‘"“]?inadequate\b|\binadequate rating\b/, "improvement", 1.5, "lexicon"),
  e(/\bdeteriorat\w*|\bdeclin(?:e|ed|ing)\b|\bworsen\w*|\bfail(?:s|ed|ing|ure|ures)?\b|\bmissed\b|\bout of date\b/, "improvement", 1.2, "lexicon"),
  e(/\bless than (?:half|a third|a quarter|effective|robust|consistent)\b|\bonly (?:a )?(?:minority|few|small|third|quarter|fifth|half)\b|\bonly (?:one|two) in (?:\w+)\b/, "improvement", 1.2, "quantifier"),
  e(/\bremains? (?:a |an )?(?:challenge|concern|weakness|area|priority|inconsistent|variable)\b|\bmore (?:still )?to do\b|\bfurther (?:work|progress|improvement)s? (?:is |are )?(?:needed|required)\b/, "improvement", 1.7, "trajectory"),
  e(/\brequir(?:es?|ing|ed) improvement(?: to be good)?\b/, "improvement", 1.5, "lexicon"),
  e(/\bunder[- ]?developed\b|\bnot (?:yet )?(?:well )?developed\b|\bin its infancy\b|\b(?:is|are|was|were|remains?|remained|still|only) at an (?:early|initial) stage\b|\boverly\b|\bunnecessar(?:y|ily)\b|\bpersistently absent\b/, "improvement", 1.3, "lexicon"),
  // Not inside a relative clause that only describes a group ("staff who do not want to become managers").
  // Nor a negated shortfall ("do not experience unnecessary delay", "are not disadvantaged"): that is praise.
  e(
    /(?<!\b(?:who|which|that) )\b(?:do|does|did|has|have|had|is|are|was|were|can|could|will|would|may|might)(?: (?:therefore|also|still|currently|often|however|yet))?(?: not|n't) (?!only\b)(?!(?:\w+ ){0,2}(?:unnecessar\w*|delay\w*|disadvantaged|lesser|drift\w*|harm\w*|worse)\b)(?:yet |always |consistently )?(?:\w+)/,
    "improvement",
    1,
    "negation",
  ),
  e(/\bimpact(?:s|ed)? (?:on|upon) (?:\S+ ){0,4}ability\b|\bhigh caseloads\b|\bcaseloads (?:are|were|remain|have been|have at times been) (?:too )?high\b|\bvacanc(?:y|ies)\b|\bturnover\b/, "improvement", 1.2, "lexicon"),
  e(/\bwithout (?:a |an |the |any |sufficient |clear |appropriate |effective |timely )?(?!delay\b|exception\b|fail\b)[a-z]+/, "improvement", 0.8, "lexicon"),
  e(/\btask[- ](?:focused|orientated|oriented|driven)\b|\bcompliance[- ](?:focused|driven)\b|\bprocess[- ]driven\b/, "improvement", 1, "lexicon"),
  e(/\bnot (?:always|consistently|sufficiently|fully|routinely|yet|all|effectively|adequately|clearly|well|regularly|timely|robustly|thoroughly|systematically|rigorously|in place|evident|embedded)\b/, "improvement", 1.5, "negation"),
  e(/\b(?:has|have|had|is|are|was|were) not (?:been )?(?:addressed|resolved|completed|followed|updated|reviewed|sustained|progressed|considered|recorded|taken|met|seen|effective)\b/, "improvement", 1.3, "negation"),
  // What is not yet done, what still remains, and what a shortfall holds back: the genre's other ways of saying "not good enough".
  e(/\b(?:has|have|had|is|are|was|were) (?:still )?yet to\b|\byet to be\b/, "improvement", 1.5, "trajectory"),
  e(/\bwork['"]? (?:still )?remains\b|\b(?:still )?requires? (?:further |urgent )?attention\b|\b(?:pressures?|challenges|difficulties|weaknesses|gaps|shortfalls) (?:still )?remain\b|\bpressure (?:still )?remains\b/, "improvement", 1.5, "trajectory"),
  // What something limits is its object ("This limits its effectiveness"): the match runs over it, so the praise word
  // in it is not praise. A change for the worse, so a trajectory.
  e(/(?:\b(?:this|which|it|these|that|they) (?:\w+ )?(?:limited|hindered|hampered|undermined|compromised|restricted)|\b(?:limits|hinders|hampers|impedes|undermines|compromises|restricts|weakens|detracts from|diminishes|reduces(?= (?:the |its |their )?(?:effectiveness|quality|impact|understanding|ability|capacity|clarity|timeliness|rigour|oversight)\b)))\b(?: (?:the |a |an |its |their |this |these )?(?:[\w'’-]+ ){0,2}[\w'’-]+)?/, "improvement", 1.5, "trajectory"),
  // Hard going, ongoing difficulty, uneven quality, stretched capacity.
  e(/\bmak(?:es|e|ing) it (?:more |very |particularly )?(?:hard|harder|difficult|more difficult|challenging|impossible)\b|\b(?:is|was|are|were) (?:more |very |particularly )?(?:difficult|hard) for\b|\bongoing (?:challenge|difficult(?:y|ies)|issue|problem)s?\b|\bvar(?:y|ies|ied) (?:in (?:quality|standard|consistency|timeliness|effectiveness)|considerably|widely|greatly|significantly)\b|\bcapacity (?:issues|problems|constraints|pressures)\b|\bstrained\b|\blegacy (?:issues|problems)\b/, "improvement", 1.4, "lexicon"),
  // Something that held children's progress back ("workforce instability had affected the progress of some plans").
  e(/\b(?:has|have|had) (?:\w+ )?(?:adversely |negatively |significantly )?(?:affected|impacted(?: on)?|hampered|hindered|slowed|undermined|disrupted) (?:the |their |its |some )?(?:\w+ ){0,2}(?:progress|quality|timeliness|consistency|stability|ability|experiences?|outcomes|plans|work)\b/, "improvement", 1.3, "lexicon"),
  e(/\bless (?:well[- ])?(?:developed|effective|consistent|robust|established|embedded|timely|clear|evident|secure|strong|good|confident|focused|rigorous|thorough|mature|successful|able)\b/, "improvement", 2, "lexicon"),
  e(/\b(?:longer|later|slower|more slowly) than (?:is |was )?(?:necessary|needed|expected|required|planned|it should|they should)\b/, "improvement", 1.5, "lexicon"),
  e(/\bshould have (?:been|\w+ed)\b|\bcould have been (?:avoided|prevented|identified|done)\b/, "improvement", 1.5, "lexicon"),
  e(/\b(?:has|have|had|offers?|provides?|gives?|there (?:is|are|was|were)) (?:no|little)\b(?! (?:doubt|need|longer|children|child|young people)\b)/, "improvement", 1.3, "negation"),
  e(/\b(?:unable|not able) to\b|\bunhappy\b|\bdissatisf\w+|\bomissions?\b|\b(?:relatively|very|too) few\b|\bonly \d+(?:\.\d+)?%/, "improvement", 1.3, "lexicon"),
  e(/\b(?:rarely|seldom|infrequent(?:ly)?|sparse|scant)\b|\b(?:overlooked|disregarded)\b/, "improvement", 1.3, "hedge"),
  e(/\bhigh (?:number|level|rate)s? of (?:moves|placement moves|changes|turnover|vacancies|agency (?:staff|workers|social workers)|re-referrals|absence|exclusions|placement breakdowns?)\b/, "improvement", 1.3, "lexicon"),
  // A measure of harm or delay that has gone up is a shortfall ("turnover has risen").
  e(new RegExp(String.raw`\b(?:${HARM_MEASURES})\b[^.;]{0,60}?(?:\b(?:has|have|had|is|are|was|were) (?:\w+ )?(?:risen|increased|grown|rising|increasing|doubled|gone up)|\b(?:remains?|remained|are|is|were|was) (?:still |too |very |relatively |consistently )?high)\b`), "improvement", 1.4, "trajectory"),
  e(/\b(?:is|are|was|were|been|being) left (?:in|without|at risk|alone|waiting|unsupported|unprotected)\b|\b(?:is|are|was|were) missing from (?!education\b|home\b|care\b|school\b)\w+/, "improvement", 1.3, "lexicon"),
  e(/\b(?:unreliable|unmanageable|unacceptabl[ey]|unsuitable|inappropriate(?:ly)?|unstable|instability|inaccurate|incomplete|unrealistic|unsustainable|unmet|unresolved|unaddressed|unsupported|unprotected|ill-equipped|not fit for purpose)\b/, "improvement", 1.3, "lexicon"),
  e(/\b(?:not|never|fail(?:s|ed|ing)? to) (?:always |fully |consistently )?(?:meet|met|meeting) (?:their|his|her|the|children['’]s|young people['’]s|the child['’]s|families['’]) (?:\w+ ){0,2}needs\b/, "improvement", 1.5, "negation"),
  // What could be better, said as such ("could be clearer in some cases"); what was lost; what was done "late or not at all".
  e(/\bcould (?:still |also )?be (?:made )?(?:much |even |a little |further )?(?:clearer|stronger|better|sharper|quicker|faster|timelier|tighter|improved|strengthened|more \w+)\b/, "improvement", 1.5, "hedge"),
  e(/\b(?:is|are|was|were|been|being) (?:often |sometimes |also )?lost\b|\blost (?:touch|contact|track|sight)\b|\bnot at all\b/, "improvement", 1.3, "lexicon"),
  // A measure of harm above the average ("a second child protection plan … higher than the national average"); low morale; oversight absent.
  e(new RegExp(String.raw`\b(?:${HARM_MEASURES})\b[^.;]{0,60}?\b(?:higher than|above) (?:in |that (?:of|in) |those (?:of|in) )?(?:the )?(?:national|regional|england|statistical neighbours?['’]?|similar (?:local )?(?:authorities|areas|councils)|comparators?|comparator (?:authorities|areas)|average)\b`), "improvement", 1.4, "lexicon"),
  e(/\b(?:little|no|limited|insufficient|minimal) (?:improvement|progress)\b|\boverwhelmed\b/, "improvement", 1.5, "trajectory"),
  // What a news report names as the areas for improvement ("The only area for improvement identified was …").
  e(/\bareas? (?:for|of|requiring|needing) (?:improvement|development)\b(?: \w+){0,2} (?:was|were|is|are|included|includes|related to|concerned)\b/, "improvement", 1.5, "lexicon"),
  e(/\b(?:low|poor) morale\b|\bmorale (?:is|was|remains|remained|has been) (?:described as )?(?:low|poor|fragile)\b|\b(?:largely|often|mostly|wholly|entirely|completely|frequently|conspicuously|notably) absent\b/, "improvement", 1.4, "lexicon"),
  // A service near its limit ("fragile", "under severe pressure"), too little of something, and how often children's workers or homes changed.
  e(/\b(?:fragile|precarious|over-?stretched|at breaking point|in crisis|chaotic)\b|\bunder (?:severe |significant |considerable |intense |huge )?(?:pressure|strain)\b|\bput(?:s|ting)? (?:\w+ )?(?:pressure|strain) on\b|\bnot enough\b/, "improvement", 1.4, "lexicon"),
  e(/\bas many as (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:different )?(?:social workers|placements|moves|changes|homes|carers|workers|schools|foster (?:homes|placements))\b/, "improvement", 1.3, "lexicon"),
  e(/\bnot (?:been |yet been )?(?:fully|properly|adequately|thoroughly|robustly|sufficiently) (?:\w+ed)\b/, "improvement", 1.3, "negation"),
  // Placements outside regulation, and emergency housing, are a shortfall in themselves ("living in unregistered homes").
  e(/\bun(?:registered|regulated) (?:children['’]s )?(?:homes?|placements?|provision|settings?|accommodation)\b|\b(?:homes?|placements?|provision|settings?|accommodation) (?:that|which) (?:were|was|are|is) not (?:registered|regulated)\b|\btemporary accommodation\b|\bbed and breakfast\b|\badult hostels?\b/, "improvement", 1.3, "lexicon"),
  // Long waits, and what the writer calls worrying ("it was 'concerning' that …").
  e(/\blong (?:waits?|waiting (?:times|lists)|delays?)\b|\b(?:is|was|are|were|it is|it was|deeply|very|particularly|especially|most) ['"‘“]?(?:concerning|worrying|troubling|alarming)\b/, "improvement", 1.4, "lexicon"),
  // How children say they felt ("felt abandoned after turning 18").
  e(/\b(?:feel|feels|felt|feeling) (?:\w+ )?['"‘“]?(?:abandoned|isolated|let down|ignored|forgotten|unheard|alone|scared|frightened|rushed|blamed|unsupported|overwhelmed|stressed|exhausted|burnt out|burned out)\b/, "improvement", 1.3, "lexicon"),
  e(/\btoo often\b|\bin (?:a )?(?:small )?minority of\b|\ba (?:small )?minority of\b|\ba few\b|\bnot all\b|\btoo many\b/, "improvement", 1, "quantifier"),
];

/** Hedges that weaken a positive reading without making it a shortfall. */
export const HEDGES: LexiconEntry[] = [
  e(/\bapart from\b|\bexcept for\b|\bwith the exception of\b/, "improvement", 1.2, "contrast"),
  e(/\bin some (?:cases|instances|areas)\b|\bon occasions?\b|\bat times\b|\bsometimes\b|\boccasionally\b|\bsome\b/, "improvement", 0.4, "hedge"),
];

/** Quantifiers that make a positive judgement broad ("most children receive…"). */
export const HIGH_QUANTIFIERS =
  /\b(?:most|the majority of|the vast majority of|nearly all|almost all|(?<!\bat )all|generally|mostly|in most cases|in the majority of cases|overwhelmingly)\b/g;

/** Modals and verbs that direct what should be done next. */
export const RECOMMENDATION: LexiconEntry[] = [
  // Not a counterfactual ("this should have been avoided" is a shortfall, below).
  // Nor a comparison with what is expected ("not always held when they should be", "as quickly as it should").
  e(/(?<!\b(?:as|when|where|than|how) (?:they|it|he|she|we|this|these|that|those) )\bshould\b(?! have (?:been|\w+ed)\b)|\bmust\b|\bought to\b|\bshould consider\b/, "recommendation", 2, "modal"),
  // Not a noun ("their needs to be met", "the need to") nor a relative clause ("the help they need to", "children who may need to").
  e(/(?<!(?:'s|\btheir|\bhis|\bher|\bown|\bof|\bthe|\ba|\bno|\bwhose|\bthey|\bwe|\byou|\bwho|\bwhich|\bthat)(?: may| might| will| would| also| still)? |\b(?:where|what|how|whether) (?:\w+ ){1,2})\bneeds? to (?!be met\b)\w+/, "recommendation", 2, "modal"),
  e(/(?<!\b(?:where|what|how|whether) (?:\w+ ){1,2})\bneeds? (?:focus|attention|improvement|improving|strengthening|addressing|to improve)\b/, "recommendation", 2, "modal"),
  // A writer's own call to act, opening its clause ("We need to value social workers …").
  e(/(?:^|[,;:] (?:and |but )?)we (?:all |now |urgently |still |really |also )?(?:need|have|ought) to (?!be (?:met|seen)\b)\w+/, "recommendation", 2, "modal"),
  e(/(?<!\b(?:what|that|which|where|as|if|when|whatever) )\b(?:is|are|was|were) (?:also |still |urgently )?(?:needed|required)\b/, "recommendation", 1.6, "modal"),
  e(/\brecommends?\b|\brecommended (?:that|the|a)\b|\b(?:further |other |its )?recommendations? (?:include|are|is|were|was)\b|\bfurther recommendations?\b/, "recommendation", 2.2, "modal"),
  e(/\b(?:been|were|was|is|are|being) (?:\w+ )?(?:told|ordered|instructed|directed) to (?!be\b)[a-z]+/, "recommendation", 2, "modal"),
  e(/\b(?:told|ordered|instructed|directed)(?: (?:the|its|their) (?:\w+ ){0,3}| (?:it|them|him|her|leaders|managers|councillors|\w+ council) )to (?!be\b|inspectors\b)[a-z]+/, "recommendation", 2, "modal"),
  // … a body told by its name ("Ofsted has told Slough Children First to address …"), not what someone told inspectors.
  e(/\b(?:has|have|had) (?:told|ordered|instructed|directed) (?:(?!(?:inspectors|that|they|we|he|she|i|how|what|about|us|me)\b)[\w'’-]+ ){1,4}to (?!be\b)[a-z]+/, "recommendation", 2, "modal"),
  e(/\b(?:said|says|found|added|concluded) (?:that )?(?:\w+ ){1,4}needed to (?!be met\b)\w+|\basked (?:the|its) (?:council|authority|trust|partnership|local authority|leaders|government) to\b|\bwe (?:urgently |now |also |still |really )?need (?:a|an|more|better|greater|proper|real|long-term|sustained)\b/, "recommendation", 2, "modal"),
  e(/\b(?:calls?|called|calling) (?:for|on (?:the |its )?(?:\w+ ){0,3}to)\b|\burg(?:es|ed|ing)\b|\b(?:wants?|would like|wishes|wished) to see\b|\b(?:wants?|wanted) (?:the|its) (?:council|authority|trust|local authority|leaders|partnership|government) to\b|\bmay (?:want|wish) to\b/, "recommendation", 1.8, "modal"),
  e(/\b(?:is|are) (?:also )?(?:vital|essential|crucial|critical|integral|imperative|key to)\b|\b(?:is|are) an? (?:important|essential|vital|key|integral) (?:part|element|aspect|step)\b|\bit is (?:important|essential|vital|crucial)\b/, "recommendation", 1.6, "modal"),
  e(/\bin order to improve\b|\bto improve practice\b/, "recommendation", 0.8, "modal"),
];

/** Phrases that hold practice up as an example for others. */
export const GOOD_PRACTICE =
  /\bexamples? of (?:innovative|good|effective|excellent|best|strong|creative|outstanding) (?:practice|work|delivery|front door delivery)\b|\b(?:another|an) example of effective\b|\b(?:sector[- ]leading|exemplary|exemplar|beacon of|model of good practice)\b|\b(?:see|seen) (?:it |this |them )?(?:shared|replicated|mirrored|adopted)\b|\binnovat(?:ive|ion|ions|ively)\b|\bgood practice (?:example|award)s?\b|\b(?:nationally|internationally|externally) (?:recognised|recognized|acclaimed|accredited)\b|\b(?:award[- ]winning|won (?:a |an )?(?:\w+ )?award)\b|\b(?:others|other (?:local )?authorities|the sector) (?:could|can|might|would) learn\b|\bbest practice\b|\bpioneer(?:ed|ing)?\b/g;
