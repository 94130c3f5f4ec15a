/**
 * The few hand-kept facts the alias generator and matcher need, each table keyed by
 * the authority's short name (its ONS name without ", City of"). The build fails if an
 * entry names no authority, so a renamed authority cannot silently drop out.
 */

/** Councils that style themselves a city: "<Name> City Council", "City of <Name>". */
export const CITY_COUNCILS: readonly string[] = [
  "Birmingham", "Bradford", "Brighton and Hove", "Bristol", "Coventry", "Derby", "Doncaster",
  "Kingston upon Hull", "Leeds", "Leicester", "Liverpool", "Manchester", "Milton Keynes",
  "Newcastle upon Tyne", "Nottingham", "Peterborough", "Plymouth", "Portsmouth", "Salford",
  "Sheffield", "Southampton", "Southend-on-Sea", "Stoke-on-Trent", "Sunderland", "Wakefield",
  "Westminster", "Wolverhampton", "York",
];

/** Royal boroughs: "Royal Borough of <Name>". */
export const ROYAL_BOROUGHS: readonly string[] = [
  "Greenwich", "Kensington and Chelsea", "Kingston upon Thames", "Windsor and Maidenhead",
];

/**
 * Unitary authorities that are, or succeeded, a county council, so documents say
 * "<Name> County Council" (Rutland still does; the others did before reorganisation).
 */
export const COUNTY_COUNCIL_UNITARIES: readonly string[] = [
  "Buckinghamshire", "Cornwall", "Dorset", "Isle of Wight", "North Yorkshire", "Northumberland",
  "Rutland", "Shropshire", "Somerset", "Wiltshire",
];

/**
 * Abbreviations and short forms documents use that no rule derives. Only forms that name
 * no other authority and are not everyday words; "Bournemouth" and "Poole" are the
 * predecessors merged into BCP in 2019. Deliberately left out: "Bath" (a city inside
 * B&NES, not its name), "Windsor", "Christchurch" (also New Zealand), "Cumbria" and
 * "Northamptonshire" (each split between two current authorities).
 */
export const SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  "Barking and Dagenham": ["LBBD"],
  "Bath and North East Somerset": ["B&NES", "BANES", "BaNES"],
  "Blackburn with Darwen": ["Blackburn"],
  "Bournemouth, Christchurch and Poole": ["BCP", "BCP Council", "Bournemouth", "Poole"],
  "Brighton and Hove": ["Brighton"],
  "Cheshire West and Chester": ["Cheshire West"],
  "City of London": ["City of London Corporation", "Corporation of London", "London Corporation"],
  "County Durham": ["Durham", "Durham County Council"],
  "East Riding of Yorkshire": ["East Riding"],
  "Hammersmith and Fulham": ["LBHF"],
  "Isles of Scilly": ["Council of the Isles of Scilly"],
  "Kensington and Chelsea": ["RBKC"],
  "Kingston upon Hull": ["Hull", "Hull City Council"],
  "Kingston upon Thames": ["Kingston"],
  "Newcastle upon Tyne": ["Newcastle"],
  "Redcar and Cleveland": ["Redcar"],
  "Richmond upon Thames": ["Richmond"],
  "Southend-on-Sea": ["Southend"],
  "St. Helens": ["St Helens"],
  "Stockton-on-Tees": ["Stockton"],
  "Stoke-on-Trent": ["Stoke"],
  "Telford and Wrekin": ["Telford"],
  "Tower Hamlets": ["LBTH"],
  "Windsor and Maidenhead": ["RBWM"],
  // Companies and trusts that run an authority's children's services under a name without the place's.
  Reading: ["Brighter Futures for Children"],
  Sunderland: ["Together for Children"],
};

/**
 * Names of one body serving several authorities, each mention naming all of them: "Northamptonshire Children's
 * Trust" runs the services of North and West Northamptonshire. Left out: "Achieving for Children", which runs
 * three boroughs' services but is inspected, and written about, borough by borough.
 */
export const SHARED_NAMES: Readonly<Record<string, readonly string[]>> = {
  "Northamptonshire Children's Trust": ["North Northamptonshire", "West Northamptonshire"],
};

/**
 * Single-word aliases that are also English words which commonly open a sentence
 * ("Reading the files, inspectors…"). These match at the start of a sentence only when
 * possessive ("Reading's"); elsewhere capitalisation is enough. Words that are rarely a
 * sentence's first word in this domain ("Bury", "Stoke", "Hull") are left out, so
 * "Bury has improved" still counts.
 */
export const SENTENCE_START_AMBIGUOUS: readonly string[] = ["Reading"];

/**
 * Places that contain an alias but are not that authority. The matcher matches them like
 * aliases (so the longest match wins) and then drops them.
 */
export const NOT_AUTHORITIES: readonly string[] = [
  "Greater Manchester", "Sutton Coldfield", "Bury St Edmunds", "Stoke Newington",
  "Stoke Mandeville", "Newcastle-under-Lyme", "New York", "Old Kent Road",
];
