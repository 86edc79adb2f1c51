// The words scale content is built from: a small, original vocabulary of the
// housing sector in English and Dutch. Sentences are subject + verb + object
// + qualifier, so a few dozen entries per list give millions of combinations.
// No entry contains &, < or > (the HTML is generated straight from the words;
// it is escaped anyway) and none needs Markdown escaping.

export interface Vocabulary {
  subjects: readonly string[];
  verbs: readonly string[];
  objects: readonly string[];
  qualifiers: readonly string[];
  headings: readonly string[];
  titleOpeners: readonly string[];
  titleTopics: readonly string[];
  standfirstOpeners: readonly string[];
  commentOpeners: readonly string[];
  commentRemarks: readonly string[];
}

export const ENGLISH: Vocabulary = {
  subjects: [
    "The repairs team", "Our tenants' panel", "The estate caretaker", "A neighbourhood officer", "The board",
    "Every new resident", "The retrofit crew", "Our income advisers", "The lettings desk", "A local councillor",
    "The residents' association", "Our surveyors", "The youth forum", "A housing officer", "The complaints team",
    "Our older tenants", "The community garden group", "The damp and mould taskforce", "Our apprentices",
    "The energy advice line", "A visiting inspector", "The tenancy sustainment team", "Our contact centre",
    "The scrutiny committee", "A family on the third floor",
  ],
  verbs: [
    "reviewed", "rebuilt", "questioned", "measured", "mapped", "welcomed", "repainted", "insulated",
    "listened to", "visited", "tracked", "rewrote", "shared", "improved", "tested", "checked", "planned",
    "funded", "photographed", "explained", "surveyed", "replaced", "repaired", "celebrated", "recorded",
  ],
  objects: [
    "the boiler schedule", "every void property", "the service charge letters", "the lift rota",
    "the loft insulation", "the shared gardens", "the rent statements", "the stairwell lighting",
    "the damp readings", "the repair backlog", "the welcome pack", "the bin stores", "the window seals",
    "the heat pump trial", "the fire doors", "the tenancy agreements", "the allotment plots",
    "the cavity walls", "the ventilation fans", "the car park", "the estate noticeboards",
    "the handover checklist", "the complaint records", "the solar panels", "the communal hallways",
    "the play area", "the meter readings", "the arrears figures", "the sheltered scheme", "the mould reports",
  ],
  qualifiers: [
    "before the winter", "with the residents", "on a wet Tuesday", "for the third time this year",
    "without a single complaint", "across the whole estate", "in under a week", "with fresh eyes",
    "after the spring survey", "door by door", "with a clipboard and a kettle", "ahead of the inspection",
    "alongside the council", "at the community hub", "on the first floor", "over several months",
    "with patience", "street by street", "in plain language", "before anyone asked", "as promised",
    "with a small budget", "in the evening", "from the ground up", "to a higher standard",
  ],
  headings: [
    "What the residents told us", "Where the money goes", "The numbers behind the repairs",
    "Lessons from the estate", "What changes next", "A closer look at damp", "How the pilot worked",
    "Why the timing matters", "What we got wrong", "The view from the front door", "Keeping homes warm",
    "Behind the service charge", "A year of retrofit", "Listening before acting", "What the inspector saw",
    "Room for improvement", "The long view", "Small fixes that add up", "Who pays for it", "Next steps",
  ],
  titleOpeners: [
    "Why", "How", "What", "Notes on", "In defence of", "The case for", "Rethinking", "A week with",
    "Learning from", "Getting serious about", "Counting", "Fixing",
  ],
  titleTopics: [
    "the repair backlog", "damp and mould", "resident scrutiny", "estate caretaking", "heat pumps",
    "service charges", "empty homes", "fire safety", "rent arrears", "loft insulation", "shared ownership",
    "the lettings queue", "tenant voice", "sheltered housing", "new build standards", "regeneration",
    "community gardens", "window replacements", "the complaints process", "neighbourhood walkabouts",
  ],
  standfirstOpeners: [
    "A look at", "What we learned about", "Field notes on", "Straight answers about", "Residents on",
    "A frank account of", "Some hard questions about", "Progress and setbacks in",
  ],
  commentOpeners: [
    "Thank you for writing this.", "I live on this estate and", "Good to read.", "Speaking as a tenant,",
    "Interesting piece.", "I would add that", "Agreed.", "Not sure about this, but", "Very helpful.",
    "As a neighbour,",
  ],
  commentRemarks: [
    "the repairs did get faster this year", "the lift still breaks every month", "the caretaker is brilliant",
    "the letters are much clearer now", "my flat is warmer since the insulation", "the bins need more attention",
    "the panel meetings are worth joining", "nobody told us about the survey", "the garden looks lovely",
    "the rent statement finally makes sense", "the damp came back after a month", "the hub is a good idea",
  ],
};

export const DUTCH: Vocabulary = {
  subjects: [
    "Het reparatieteam", "Onze huurdersraad", "De huismeester", "Een wijkconsulent", "Het bestuur",
    "Elke nieuwe bewoner", "De renovatieploeg", "Onze budgetcoaches", "De verhuurbalie", "Een gemeenteraadslid",
    "De bewonerscommissie", "Onze opzichters", "Het jongerenpanel", "Een woonconsulent", "Het klachtenteam",
    "Onze oudere huurders", "De buurttuinclub", "Het vochtteam", "Onze leerlingen", "Het energieloket",
  ],
  verbs: [
    "bekeek", "herbouwde", "bevroeg", "mat", "bracht in kaart", "verwelkomde", "schilderde", "isoleerde",
    "luisterde naar", "bezocht", "volgde", "herschreef", "deelde", "verbeterde", "testte", "controleerde",
    "plande", "financierde", "verving", "repareerde",
  ],
  objects: [
    "het ketelschema", "elke leegstaande woning", "de servicekostenbrieven", "het liftrooster",
    "de dakisolatie", "de gedeelde tuinen", "de huuroverzichten", "de trapverlichting", "de vochtmetingen",
    "de reparatieachterstand", "het welkomstpakket", "de containerruimtes", "de raamkozijnen",
    "de warmtepomppilot", "de branddeuren", "de huurcontracten", "de spouwmuren", "de ventilatie",
    "de galerijen", "het speelveld",
  ],
  qualifiers: [
    "voor de winter", "samen met de bewoners", "op een natte dinsdag", "voor de derde keer dit jaar",
    "zonder een enkele klacht", "in de hele wijk", "binnen een week", "met een frisse blik",
    "na de voorjaarsschouw", "deur voor deur", "met een klembord en koffie", "voor de inspectie",
    "samen met de gemeente", "in het buurthuis", "stap voor stap", "in gewone taal", "zoals beloofd",
    "met een klein budget", "in de avonduren", "vanaf de basis",
  ],
  headings: [
    "Wat de bewoners ons vertelden", "Waar het geld heen gaat", "De cijfers achter de reparaties",
    "Lessen uit de wijk", "Wat er nu verandert", "Vocht van dichtbij", "Hoe de proef verliep",
    "Waarom de timing telt", "Wat we fout deden", "Het zicht vanaf de voordeur", "Warme woningen",
    "Volgende stappen",
  ],
  titleOpeners: ["Waarom", "Hoe", "Wat", "Over", "Pleidooi voor", "Opnieuw kijken naar", "Een week met", "Leren van"],
  titleTopics: [
    "de reparatieachterstand", "vocht en schimmel", "huurdersinspraak", "wijkbeheer", "warmtepompen",
    "servicekosten", "leegstand", "brandveiligheid", "huurachterstand", "dakisolatie", "de wachtlijst",
    "seniorenwoningen", "nieuwbouw", "wijkvernieuwing", "buurttuinen",
  ],
  standfirstOpeners: ["Een blik op", "Wat we leerden over", "Aantekeningen over", "Eerlijke antwoorden over", "Bewoners over"],
  commentOpeners: ["Dank voor dit stuk.", "Ik woon in deze wijk en", "Goed om te lezen.", "Als huurder", "Mee eens.", "Interessant."],
  commentRemarks: [
    "de reparaties gaan echt sneller", "de lift is nog vaak kapot", "de huismeester doet het prima",
    "de brieven zijn nu veel duidelijker", "mijn woning is warmer sinds de isolatie", "het buurthuis is een goed idee",
  ],
};

/** Topics and facets the ~200 scale tags are combined from (English names). */
export const TAG_TOPICS = [
  "Retrofit", "Damp", "Repairs", "Lettings", "Rent", "Service charges", "Fire safety", "Heat pumps",
  "Insulation", "Tenant voice", "Scrutiny", "Regeneration", "New homes", "Empty homes", "Caretaking",
  "Estates", "Gardens", "Older residents", "Young people", "Homelessness", "Arrears", "Energy",
  "Flooding", "Ventilation", "Lifts", "Complaints", "Apprentices", "Partnerships", "Shared ownership",
  "Sheltered housing", "Supported housing", "Planning", "Budgets", "Inspections", "Neighbourhoods",
  "Community hubs", "Volunteering", "Data", "Surveys", "Governance",
] as const;

export const TAG_FACETS = ["", "policy", "in practice", "funding", "data"] as const;

export const FIRST_NAMES = [
  "Alex", "Bea", "Cas", "Dilys", "Emeka", "Fenna", "Gareth", "Hanna", "Idris", "Jolien", "Kofi", "Lotte",
  "Marek", "Nadia", "Owen", "Priya", "Quinn", "Rosa", "Sipho", "Tess", "Umar", "Vera", "Wim", "Yara", "Zeynep",
];

export const LAST_NAMES = [
  "Ashby", "Brouwer", "Castell", "Dekker", "Evans", "Farah", "Greaves", "Hendriks", "Iqbal", "Jansen",
  "Kowalski", "Llewellyn", "Mensah", "Nowak", "Osei", "Pritchard", "Quist", "Rahman", "Smit", "Thorne",
  "Visser", "Whitlock", "Yilmaz", "Zwart",
];

export const JOB_TITLES = [
  "Housing officer", "Head of repairs", "Resident involvement lead", "Retrofit coordinator", "Tenant board member",
  "Neighbourhood manager", "Policy adviser", "Energy adviser", "Communications officer", "Chief executive",
];

export const ORGANISATIONS = [
  "Riverside Homes", "Millbrook Tenants' Federation", "Northvale Housing Trust", "Woonstichting De Linde",
  "Harbourside Community Land Trust", "The Retrofit Collective",
];

export const SECTION_NAMES = ["Homes", "Neighbourhoods", "Repairs", "Energy", "Governance"] as const;
