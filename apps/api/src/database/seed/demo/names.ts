import type { Random } from './prng.js';

// Common Dutch given names and surnames, combined at random: plausible, but not real people.
const FIRST_NAMES = [
  'Anna', 'Emma', 'Sanne', 'Lisa', 'Fleur', 'Iris', 'Lotte', 'Noor', 'Julia', 'Eva', 'Sophie', 'Anouk',
  'Femke', 'Marloes', 'Esther', 'Linda', 'Monique', 'Petra', 'Ingrid', 'Marieke', 'Kim', 'Demi', 'Naomi',
  'Chantal', 'Wendy', 'Yvonne', 'Karin', 'Miranda', 'Sandra', 'Jolanda', 'Tessa', 'Romy', 'Mila', 'Zoë',
  'Bo', 'Lieke', 'Roos', 'Jasmijn', 'Annemiek', 'Hanneke', 'Gerda', 'Wilma', 'Bianca', 'Manon', 'Nicole',
  'Daan', 'Sem', 'Lucas', 'Milan', 'Jesse', 'Thijs', 'Bram', 'Ruben', 'Tim', 'Stijn', 'Jeroen', 'Bas',
  'Mark', 'Dennis', 'Patrick', 'Erik', 'Martijn', 'Sander', 'Kevin', 'Niels', 'Rick', 'Jeffrey', 'Marco',
  'Peter', 'Hans', 'Kees', 'Gerrit', 'Henk', 'Jan', 'Willem', 'Pieter', 'Koen', 'Joost', 'Wouter', 'Roel',
  'Jelle', 'Sietse', 'Hidde', 'Tom', 'Luuk', 'Finn', 'Noah', 'Levi', 'Thomas', 'Robin', 'Sven', 'Ricardo',
  'Mohamed', 'Yusuf', 'Mehmet', 'Ayoub', 'Samira', 'Fatima', 'Yasmina', 'Elif', 'Zeynep', 'Nadia', 'Priya',
  'Kofi', 'Ashanti', 'Dewi', 'Rayan', 'Ilias', 'Soufiane', 'Meryem',
] as const;

const LAST_NAMES = [
  'de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit',
  'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker',
  'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'van der Linden', 'Kok', 'Jacobs',
  'de Haan', 'Vermeulen', 'van den Heuvel', 'van der Veen', 'van den Broek', 'de Bruijn', 'de Bruin',
  'van der Heijden', 'Schouten', 'van Beek', 'Willems', 'van Vliet', 'van de Ven', 'Hoekstra', 'Maas',
  'Verhoeven', 'Koster', 'van Dam', 'van der Wal', 'Prins', 'Blom', 'Huisman', 'Peeters', 'de Leeuw',
  'Kuipers', 'Veenstra', 'Post', 'Kuiper', 'Veldhuis', 'Zijlstra', 'Wijnberg', 'Postma', 'Boersma',
  'Bosma', 'Mulders', 'Hofman', 'Timmermans', 'Groen', 'Gerritsen', 'Wolters', 'Bouwman', 'Kramer',
  'Haverkamp', 'Nijboer', 'Scholten', 'Oosterhuis', 'Wiersma', 'Hoogendoorn', 'Lammers', 'Brink',
  'Eenhoorn', 'Ter Horst', 'Kamphuis', 'Lubbers', 'Stam', 'Kroeze', 'Nijenhuis', 'Jonker', 'Steenbergen',
  'Yilmaz', 'El Amrani', 'Bakkali', 'Kaya', 'Demir', 'Öztürk', 'Ramdin', 'Soekhoe', 'Martina', 'Pinas',
] as const;

// Names common among refugees with a residence permit (statushouders) in the Netherlands.
const NEWCOMER_FIRST_NAMES = [
  'Ahmad', 'Mohammad', 'Omar', 'Khaled', 'Hussein', 'Rami', 'Yonas', 'Dawit', 'Tesfay', 'Abdi', 'Hamid',
  'Rania', 'Lina', 'Aya', 'Nour', 'Senait', 'Helen', 'Selam', 'Amina', 'Farah', 'Maryam', 'Zahra', 'Ali',
] as const;

const NEWCOMER_LAST_NAMES = [
  'Al-Hassan', 'Haddad', 'Khalil', 'Ibrahim', 'Al-Ali', 'Mansour', 'Haile', 'Tesfamariam', 'Gebremedhin',
  'Kidane', 'Rahimi', 'Ahmadi', 'Hosseini', 'Mohamud', 'Nasser', 'Darwish', 'Saleh', 'Yousef',
] as const;

export interface PersonName {
  readonly firstName: string;
  readonly lastName: string;
}

export function randomPersonName(rng: Random, options: { newcomer?: boolean } = {}): PersonName {
  if (options.newcomer) {
    return { firstName: rng.pick(NEWCOMER_FIRST_NAMES), lastName: rng.pick(NEWCOMER_LAST_NAMES) };
  }
  return { firstName: rng.pick(FIRST_NAMES), lastName: rng.pick(LAST_NAMES) };
}

export function fullName(name: PersonName): string {
  return `${name.firstName} ${name.lastName}`;
}

/** 'Zoë de Vries' → 'zoe.devries': lower-case ASCII, for e-mail addresses. */
export function emailLocalPart(name: PersonName): string {
  const slug = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z]/g, '');
  return `${slug(name.firstName)}.${slug(name.lastName)}`;
}

/** A fictitious mobile number: the demo data keeps to the 06-00 range. */
export function fictitiousPhoneNumber(rng: Random): string {
  return `06-00${rng.digits(6)}`;
}
