// The world the synthetic articles report on: countries with their capitals, organizations built from
// word pools, outlets, venues and topics. Country and city names are facts; every organization is invented.

export type Country = { name: string; demonym: string; capital: string };

export const COUNTRIES: readonly Country[] = [
  { name: "Argentina", demonym: "Argentine", capital: "Buenos Aires" },
  { name: "Australia", demonym: "Australian", capital: "Canberra" },
  { name: "Austria", demonym: "Austrian", capital: "Vienna" },
  { name: "Belgium", demonym: "Belgian", capital: "Brussels" },
  { name: "Brazil", demonym: "Brazilian", capital: "Brasilia" },
  { name: "Canada", demonym: "Canadian", capital: "Ottawa" },
  { name: "Chile", demonym: "Chilean", capital: "Santiago" },
  { name: "Colombia", demonym: "Colombian", capital: "Bogota" },
  { name: "Denmark", demonym: "Danish", capital: "Copenhagen" },
  { name: "Egypt", demonym: "Egyptian", capital: "Cairo" },
  { name: "Ethiopia", demonym: "Ethiopian", capital: "Addis Ababa" },
  { name: "Finland", demonym: "Finnish", capital: "Helsinki" },
  { name: "France", demonym: "French", capital: "Paris" },
  { name: "Germany", demonym: "German", capital: "Berlin" },
  { name: "Ghana", demonym: "Ghanaian", capital: "Accra" },
  { name: "Greece", demonym: "Greek", capital: "Athens" },
  { name: "Hungary", demonym: "Hungarian", capital: "Budapest" },
  { name: "India", demonym: "Indian", capital: "New Delhi" },
  { name: "Indonesia", demonym: "Indonesian", capital: "Jakarta" },
  { name: "Ireland", demonym: "Irish", capital: "Dublin" },
  { name: "Italy", demonym: "Italian", capital: "Rome" },
  { name: "Japan", demonym: "Japanese", capital: "Tokyo" },
  { name: "Jordan", demonym: "Jordanian", capital: "Amman" },
  { name: "Kenya", demonym: "Kenyan", capital: "Nairobi" },
  { name: "Mexico", demonym: "Mexican", capital: "Mexico City" },
  { name: "Morocco", demonym: "Moroccan", capital: "Rabat" },
  { name: "Netherlands", demonym: "Dutch", capital: "Amsterdam" },
  { name: "Nigeria", demonym: "Nigerian", capital: "Abuja" },
  { name: "Norway", demonym: "Norwegian", capital: "Oslo" },
  { name: "Peru", demonym: "Peruvian", capital: "Lima" },
  { name: "Poland", demonym: "Polish", capital: "Warsaw" },
  { name: "Portugal", demonym: "Portuguese", capital: "Lisbon" },
  { name: "Senegal", demonym: "Senegalese", capital: "Dakar" },
  { name: "South Korea", demonym: "South Korean", capital: "Seoul" },
  { name: "Spain", demonym: "Spanish", capital: "Madrid" },
  { name: "Sweden", demonym: "Swedish", capital: "Stockholm" },
  { name: "Thailand", demonym: "Thai", capital: "Bangkok" },
  { name: "Turkey", demonym: "Turkish", capital: "Ankara" },
  { name: "Vietnam", demonym: "Vietnamese", capital: "Hanoi" },
  { name: "Zambia", demonym: "Zambian", capital: "Lusaka" },
];

/** Offices a country's official can hold, written as a title before the name. */
export const STATE_TITLES = [
  "Foreign Minister",
  "Defense Minister",
  "Finance Minister",
  "Trade Minister",
  "Energy Minister",
  "Interior Minister",
  "Health Minister",
  "Prime Minister",
  "President",
  "Ambassador",
  "National Security Adviser",
  "Deputy Foreign Minister",
  "Agriculture Minister",
  "Environment Minister",
] as const;

/** Offices in an organization, written after the name ("X, the director of Y"). */
export const ORGANIZATION_TITLES = ["director", "chief executive", "chairman", "chairwoman", "spokesperson", "president", "secretary general", "chief economist", "senior analyst", "deputy director"] as const;

const ORGANIZATION_WORDS = ["Northern", "Coastal", "Continental", "Atlantic", "Eastern", "Highland", "Meridian", "Central", "Pacific", "Southern", "River", "Harbor", "Summit", "Frontier", "Capital", "Western"];
const ORGANIZATION_FIELDS = ["Grain", "Energy", "Water", "Shipping", "Health", "Trade", "Rail", "Fisheries", "Mining", "Labor", "Climate", "Textile", "Aviation", "Security", "Development", "Housing"];
const ORGANIZATION_FORMS = ["Council", "Institute", "Authority", "Union", "Alliance", "Agency", "Fund", "Commission", "Federation", "Association", "Bank", "Forum"];

/** Every invented organization name, in a fixed order. */
export function organizationNames(): string[] {
  const names: string[] = [];
  for (const form of ORGANIZATION_FORMS) for (const field of ORGANIZATION_FIELDS) for (const word of ORGANIZATION_WORDS) names.push(`${word} ${field} ${form}`);
  return names;
}

export const OUTLETS = [
  { name: "The Harbor Ledger", domain: "harborledger.example" },
  { name: "Northern Dispatch", domain: "northerndispatch.example" },
  { name: "Capital Wire", domain: "capitalwire.example" },
  { name: "The Evening Courier", domain: "eveningcourier.example" },
  { name: "Meridian Post", domain: "meridianpost.example" },
  { name: "The Daily Register", domain: "dailyregister.example" },
  { name: "Continental Review", domain: "continentalreview.example" },
  { name: "The Observer Desk", domain: "observerdesk.example" },
] as const;

export const VENUES = ["the foreign ministry", "the presidential palace", "a hotel near the airport", "the parliament building", "the embassy", "a conference center", "the prime minister's office", "the central bank"] as const;

/** Subjects talks are about: each is a noun phrase that reads after "the". */
export const TOPICS = [
  "grain corridor", "water-sharing agreement", "border crossing", "fishing quota", "pipeline project", "tariff dispute",
  "ceasefire proposal", "refugee program", "debt restructuring", "power grid link", "vaccine supply", "port expansion",
  "rail link", "mining license", "drought relief plan", "election observer mission", "cybersecurity pact", "fuel subsidy",
  "housing program", "teachers' strike", "customs union", "airspace agreement", "prisoner exchange", "climate fund",
] as const;

export const ADJECTIVES = ["constructive", "frank", "difficult", "productive", "long overdue", "premature", "unacceptable", "historic", "serious", "encouraging", "disappointing", "reckless", "balanced", "fragile"] as const;

export const EVENTS = ["the vote in parliament", "a dispute over the agenda", "the storm", "protests in the capital", "a cabinet reshuffle", "the collapse of the coalition", "a security alert", "the strike at the port"] as const;

export const REPORTERS = ["Tom Varenko", "Lina Delgard", "Omar Sellund", "Eva Korrez", "Paul Mardal", "Nina Halski", "Jonas Tornik", "Rita Faberg"] as const;
