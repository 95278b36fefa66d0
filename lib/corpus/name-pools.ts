// Synthetic people: given names common in many languages, family names built from syllables so that no
// generated person is a real one. The generator combines them; nothing here is copied from any text.
import { createRandom } from "./random";

export const GIVEN_NAMES = {
  male: [
    "Adam", "Adrian", "Ahmed", "Alan", "Alexander", "Ali", "Anders", "Andre", "Anton", "Arjun", "Bruno", "Carlos", "Daniel",
    "David", "Diego", "Dmitri", "Edward", "Elias", "Emil", "Erik", "Felix", "Fernando", "Gabriel", "George", "Hassan", "Henry",
    "Hugo", "Ibrahim", "Ivan", "Jakob", "James", "Javier", "John", "Jonas", "Jorge", "Joseph", "Julian", "Karim", "Kenji",
    "Leon", "Lucas", "Luis", "Marco", "Mark", "Martin", "Mateo", "Michael", "Miguel", "Mohammed", "Nikolai", "Oliver", "Omar",
    "Oscar", "Pablo", "Patrick", "Paul", "Pedro", "Peter", "Rafael", "Ravi", "Richard", "Robert", "Samuel", "Sergei", "Simon",
    "Stefan", "Thomas", "Tobias", "Victor", "Viktor", "William", "Yusuf",
  ],
  female: [
    "Ada", "Aisha", "Alice", "Amelia", "Ana", "Anna", "Beatriz", "Camila", "Carmen", "Caroline", "Chloe", "Clara", "Daniela",
    "Elena", "Elisa", "Emma", "Eva", "Fatima", "Helen", "Ines", "Ingrid", "Irene", "Isabel", "Julia", "Karin", "Katarina",
    "Laila", "Laura", "Leila", "Lena", "Lina", "Lucia", "Maria", "Marta", "Maya", "Mei", "Miriam", "Nadia", "Natalia", "Nina",
    "Nora", "Olga", "Paula", "Priya", "Rachel", "Rita", "Rosa", "Ruth", "Sara", "Sarah", "Sofia", "Sonia", "Tanya", "Teresa",
    "Valentina", "Vera", "Yasmin", "Zainab",
  ],
} as const;

const ONSETS = ["Ba", "Bel", "Cor", "Da", "Del", "Dor", "Fa", "Fen", "Gal", "Gor", "Ha", "Hol", "Ka", "Kel", "Kor", "La", "Lin", "Mar", "Mel", "Mor", "Na", "Nor", "Pa", "Pel", "Ra", "Ren", "Sa", "Sel", "Tal", "Tor", "Va", "Vel", "Wen", "Za", "Zor"];
const MIDDLES = ["", "", "", "ra", "li", "do", "ve", "mi", "sa", "no", "ta", "ri"];
const CODAS = ["berg", "dal", "ek", "enko", "ez", "ford", "gard", "ian", "ic", "ini", "ler", "lund", "ma", "nik", "off", "ova", "quist", "rez", "ski", "son", "stad", "ter", "vic", "well", "wick", "yan", "zadeh"];

/** `count` distinct family names, the same for a given seed. */
export function familyNames(count: number, seed: number): string[] {
  const random = createRandom(seed);
  const names = new Set<string>();
  const limit = ONSETS.length * MIDDLES.length * CODAS.length;
  while (names.size < Math.min(count, limit)) names.add(`${random.pick(ONSETS)}${random.pick(MIDDLES)}${random.pick(CODAS)}`);
  return [...names];
}
