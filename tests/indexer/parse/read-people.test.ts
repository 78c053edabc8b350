import { describe, expect, it } from 'vitest';
import { cleanPersonName, mayBePerson, splitNames } from '../../../indexer/parse/name-parts.ts';
import { readPeople } from '../../../indexer/parse/read-people.ts';

describe('cleanPersonName', () => {
  it.each([
    ['Tom Hartvigsen', 'Tom Hartvigsen'],
    ['Hartvigsen, Tom', 'Tom Hartvigsen'],
    ['Prof. Pál Erdős', 'Pál Erdős'],
    ['Dr Tomas Reyes', 'Tomas Reyes'],
    ['Lena Park, Ph.D.', 'Lena Park'],
    ['  "Irene Bassi" ', 'Irene Bassi'],
    ['**Marco Gatti**', 'Marco Gatti'],
    ['TBA', undefined],
    ['Speaker TBA', undefined],
    ['to be announced', undefined],
    ['', undefined],
    ['https://example.org', undefined],
    ['The GraphML group', undefined],
    ['group', undefined],
    ['Mit Kotak', 'Mit Kotak'],
    ['Qiyan (Apple) Ye', 'Qiyan (Apple) Ye'],
    ['Leo Celi, MD, MPH', 'Leo Celi'],
    ['Sandeep Krishna, NCBS.', 'Sandeep Krishna, NCBS.'],
    ['IAIFI Interim Director', undefined],
    // A school or its news desk as a post's author.
    ['EMAp', undefined],
    ['IAIFI', undefined],
    ['FGV Noticia', undefined],
    ['Seema', 'Seema'],
    ['YJ Choe', 'YJ Choe'],
    ['TVH Prathamesh', 'TVH Prathamesh'],
    // A group of a lab's people page, or an event written where the speaker goes.
    ['Former Visitors', undefined],
    ['Former Junior Investigators', undefined],
    ['Virtual Conference', undefined],
  ])('%j → %j', (raw, name) => {
    expect(cleanPersonName(raw)).toBe(name);
  });
});

describe('splitNames', () => {
  it.each([
    ['Nora Quinn and Paul Weber', [{ name: 'Nora Quinn' }, { name: 'Paul Weber' }]],
    ['Ana Lima, Bo Chen and Cy Diaz', [{ name: 'Ana Lima' }, { name: 'Bo Chen' }, { name: 'Cy Diaz' }]],
    ['Ana Lima & Bo Chen', [{ name: 'Ana Lima' }, { name: 'Bo Chen' }]],
    [
      'Omar Haddad (Bosphorus University, Istanbul, Turkey)',
      [{ name: 'Omar Haddad', affiliation: 'Bosphorus University, Istanbul, Turkey' }],
    ],
    ['Wen Zhou (UPenn)', [{ name: 'Wen Zhou', affiliation: 'UPenn' }]],
    [
      'Ines Moreau (UPC) and Pablo Ruiz-Soto (ICMAT)',
      [
        { name: 'Ines Moreau', affiliation: 'UPC' },
        { name: 'Pablo Ruiz-Soto', affiliation: 'ICMAT' },
      ],
    ],
    [
      'Kai Lenz and Ola Berg (University of Luebeck)',
      [
        { name: 'Kai Lenz', affiliation: 'University of Luebeck' },
        { name: 'Ola Berg', affiliation: 'University of Luebeck' },
      ],
    ],
    ['Prof. Ravi Menon University of Leeds, UK', [{ name: 'Ravi Menon', affiliation: 'University of Leeds, UK' }]],
    ['Sam Ortiz, MIT', [{ name: 'Sam Ortiz', affiliation: 'MIT' }]],
    ['Talk: Jonas Berg (Berkeley)', [{ name: 'Jonas Berg', affiliation: 'Berkeley' }]],
    ['[Mei Lin](https://meilin.example.org/home)', [{ name: 'Mei Lin', homepage: 'https://meilin.example.org/home' }]],
    ['<a href="https://a.org/">Ada Lovelace</a>', [{ name: 'Ada Lovelace', homepage: 'https://a.org/' }]],
    ['TBD', []],
    [
      'Organized by Rosa Vidal (Fellow); speakers including Tim Osei (Tufts), and Lea Kahn (MIT)',
      [
        { name: 'Rosa Vidal', affiliation: 'Fellow' },
        { name: 'Tim Osei', affiliation: 'Tufts' },
        { name: 'Lea Kahn', affiliation: 'MIT' },
      ],
    ],
    [
      'Dana Korel (Harvard), Luis Pena (MIT), Ken J. Wu (Tufts)',
      [
        { name: 'Dana Korel', affiliation: 'Harvard' },
        { name: 'Luis Pena', affiliation: 'MIT' },
        { name: 'Ken J. Wu', affiliation: 'Tufts' },
      ],
    ],
    [
      'Arjun Rao (IAS (Princeton), MIT (Boston); Cambridge, UK)',
      [{ name: 'Arjun Rao', affiliation: 'IAS (Princeton), MIT (Boston); Cambridge, UK' }],
    ],
    [
      'Jean-Luc Martin Université Pierre et Marie Curie Paris 6',
      [{ name: 'Jean-Luc Martin', affiliation: 'Université Pierre et Marie Curie Paris 6' }],
    ],
    [
      'Kiran Das, (Ph.D., Indian Statistical Institute, Kolkata)',
      [{ name: 'Kiran Das', affiliation: 'Indian Statistical Institute, Kolkata' }],
    ],
    ['Fulano Silva e Ciclano Souza', [{ name: 'Fulano Silva' }, { name: 'Ciclano Souza' }]],
    ['A. Lima e B. Souza', [{ name: 'A. Lima' }, { name: 'B. Souza' }]],
    // "e", "y" inside one name, before a surname that is no one on its own.
    [
      'Lia Moreira e Sá, Rui Costa Neves and Ana Lima',
      [{ name: 'Lia Moreira e Sá' }, { name: 'Rui Costa Neves' }, { name: 'Ana Lima' }],
    ],
    ['Rui Costa, Lia Moreira e Sá', [{ name: 'Rui Costa' }, { name: 'Lia Moreira e Sá' }]],
    ['Luis Navarro y Baena', [{ name: 'Luis Navarro y Baena' }]],
    [
      'Lia Moreira e Sá (IMPA) and Rui Costa (FGV)',
      [
        { name: 'Lia Moreira e Sá', affiliation: 'IMPA' },
        { name: 'Rui Costa', affiliation: 'FGV' },
      ],
    ],
    ['Prof. Lia Moreira e Sá, IMPA', [{ name: 'Lia Moreira e Sá', affiliation: 'IMPA' }]],
    // An English "and" is never inside a name.
    ['Ana Lima and Bo', [{ name: 'Ana Lima' }, { name: 'Bo' }]],
    // A given name alone before the connective: two people sharing a surname, as written.
    ['Ana e Bo Chen', [{ name: 'Ana' }, { name: 'Bo Chen' }]],
    ['Nikos Pappas/Ama Diallo', [{ name: 'Nikos Pappas' }, { name: 'Ama Diallo' }]],
    ['Special Seminar: Ji-Won Seo', [{ name: 'Ji-Won Seo' }]],
    ['Boston University / Anthropic', []],
    ['Brenner, Ruth', [{ name: 'Ruth Brenner' }]],
    ['Kenji Sato Osaka City University, Japan', [{ name: 'Kenji Sato', affiliation: 'Osaka City University, Japan' }]],
    ['Walter H. Grant Texas A & M University', [{ name: 'Walter H. Grant', affiliation: 'Texas A & M University' }]],
    ['Vikram Lal Mehta HRI', [{ name: 'Vikram Lal Mehta', affiliation: 'HRI' }]],
    ['Amos Nevo Technion', [{ name: 'Amos Nevo', affiliation: 'Technion' }]],
    ['D. W. Stroock M.I.T', [{ name: 'D. W. Stroock', affiliation: 'M.I.T' }]],
    // An organisation named after someone, its kind last.
    ['Pollica Physics Center', []],
    ['Galileo Galilei Institute', []],
    ['Dr. Rohit Kumar Jain IISER Pune', [{ name: 'Rohit Kumar Jain', affiliation: 'IISER Pune' }]],
    ['Lima, Ana Maria', [{ name: 'Ana Maria Lima' }]],
    ['Ana Lima, Bo Chen', [{ name: 'Ana Lima' }, { name: 'Bo Chen' }]],
    ['o aluno Bruno Teixeira', [{ name: 'Bruno Teixeira' }]],
    // A title before the first name only: one person and where they work (iisc-math).
    ['Prof. Dennis Sullivan, Stony Brook.', [{ name: 'Dennis Sullivan', affiliation: 'Stony Brook.' }]],
    [
      'Dr. Ayan Mahalanobis, Stevens institute, New Jersey',
      [{ name: 'Ayan Mahalanobis', affiliation: 'Stevens institute, New Jersey' }],
    ],
    ['Prof. Sriram Abhyankar, Purdue Universtiy', [{ name: 'Sriram Abhyankar', affiliation: 'Purdue Universtiy' }]],
    ['Dr.K. Srinivasa Rao, IMSc', [{ name: 'K. Srinivasa Rao', affiliation: 'IMSc' }]],
    ['Dr. Ana Lima, Dr. Bo Chen', [{ name: 'Ana Lima' }, { name: 'Bo Chen' }]],
    // People apart by semicolons, each with what they are and where (iaifi).
    [
      'Mara Voss, Professor, MIT; Di Luo, Assistant Professor, UCLA; Alex Ito, Postdoc, Harvard',
      [
        { name: 'Mara Voss', affiliation: 'Professor, MIT' },
        { name: 'Di Luo', affiliation: 'Assistant Professor, UCLA' },
        { name: 'Alex Ito', affiliation: 'Postdoc, Harvard' },
      ],
    ],
    [
      'Hana Sato, Group Leader, CBS-NTT Program; Bo Chen',
      [{ name: 'Hana Sato', affiliation: 'Group Leader, CBS-NTT Program' }, { name: 'Bo Chen' }],
    ],
    [
      'Ana Lima, Professor of Physics, Yale; and Bo Chen, Professor of Physics',
      [
        { name: 'Ana Lima', affiliation: 'Professor of Physics, Yale' },
        { name: 'Bo Chen', affiliation: 'Professor of Physics' },
      ],
    ],
    [
      'Rui Braga, Université Paris Cité, Paris, France and Fil Nuccio, Université Jean Monnet, St. Etienne, France',
      [
        { name: 'Rui Braga', affiliation: 'Université Paris Cité, Paris, France' },
        { name: 'Fil Nuccio', affiliation: 'Université Jean Monnet, St. Etienne, France' },
      ],
    ],
    [
      'Lisa Barr/Nik Mukund (MIT), Jo Lee (MIT), Ann Gold (MIT)',
      [
        { name: 'Lisa Barr' },
        { name: 'Nik Mukund', affiliation: 'MIT' },
        { name: 'Jo Lee', affiliation: 'MIT' },
        { name: 'Ann Gold', affiliation: 'MIT' },
      ],
    ],
    ['Led by Alex Gagliano and Sam Bright-Thonney', [{ name: 'Alex Gagliano' }, { name: 'Sam Bright-Thonney' }]],
    ['Alessio Martini Universitaet zu Kiel', [{ name: 'Alessio Martini', affiliation: 'Universitaet zu Kiel' }]],
    ['Luz Roncal Universidad de La Rioja', [{ name: 'Luz Roncal', affiliation: 'Universidad de La Rioja' }]],
    [
      'Johnny Guzman Division of Applied Mathematics',
      [{ name: 'Johnny Guzman', affiliation: 'Division of Applied Mathematics' }],
    ],
    // ", and" after a parenthesis ends a list: the last person, not an affiliation (iaifi).
    [
      'Ryan Lopez (MIT), Teddy Koker (MIT), and Zhuo Chen (MIT)',
      [
        { name: 'Ryan Lopez', affiliation: 'MIT' },
        { name: 'Teddy Koker', affiliation: 'MIT' },
        { name: 'Zhuo Chen', affiliation: 'MIT' },
      ],
    ],
    [
      'Kevin Buzzard (Imperial College, London, UK), Viraj Kumar (IISc), and others',
      [
        { name: 'Kevin Buzzard', affiliation: 'Imperial College, London, UK' },
        { name: 'Viraj Kumar', affiliation: 'IISc' },
      ],
    ],
    // An acronym after the comma is where they work, not a second person or a first name.
    ['Jesse Thaler, IAIFI Director', [{ name: 'Jesse Thaler', affiliation: 'IAIFI Director' }]],
    ['Anne Baanen, Lean FRO', [{ name: 'Anne Baanen', affiliation: 'Lean FRO' }]],
    ['Sandeep Krishna, NCBS.', [{ name: 'Sandeep Krishna', affiliation: 'NCBS.' }]],
    ['Wei ZHANG, Li WANG', [{ name: 'Wei ZHANG' }, { name: 'Li WANG' }]],
    ['Prof. Michael Hutchings, U.C.Berkeley.', [{ name: 'Michael Hutchings', affiliation: 'U.C.Berkeley.' }]],
    // A title and one word: a person known by one name.
    ['Dr. Seema University of Pune, Pune', [{ name: 'Seema', affiliation: 'University of Pune, Pune' }]],
    // What they are ends the name: "Scientific Director", "Professor".
    [
      'Prof. E. Zuazua Scientific Director BCAM - Basque Center for Applied Mathematics, Spain',
      [{ name: 'E. Zuazua', affiliation: 'Scientific Director BCAM - Basque Center for Applied Mathematics, Spain' }],
    ],
    ['Jeff Dean', [{ name: 'Jeff Dean' }]],
    [
      'Dr. Ramarathnam Venkatesan Principal Researcher Microsoft Research',
      [{ name: 'Ramarathnam Venkatesan', affiliation: 'Principal Researcher Microsoft Research' }],
    ],
    // An "and" inside the organisation a titled speaker named first is no second person.
    [
      'Professor S. S. Sritharan, Director, Center for Decision, Risk, Controls and Signals Intelligence (DRCSI), Monterey, CA',
      [
        {
          name: 'S. S. Sritharan',
          affiliation: 'Director, Center for Decision, Risk, Controls and Signals Intelligence (DRCSI), Monterey, CA',
        },
      ],
    ],
    // A titled name, then an acronym no surname is spelled like, then a place.
    ['Prof Malabika Pramanik UBC, Canada', [{ name: 'Malabika Pramanik', affiliation: 'UBC, Canada' }]],
    ['Prof. T.R. Ramadas ICTP, Trieste', [{ name: 'T.R. Ramadas', affiliation: 'ICTP, Trieste' }]],
    ['Prof. Michael Grabchak UNC Charlotte', [{ name: 'Michael Grabchak', affiliation: 'UNC Charlotte' }]],
    ['Prof. Xiao Ming WANG, Peking University', [{ name: 'Xiao Ming WANG', affiliation: 'Peking University' }]],
    ['Prof. Min Jun KIM, Seoul', [{ name: 'Min Jun KIM', affiliation: 'Seoul' }]],
    ['Edward McFowland III, Harvard', [{ name: 'Edward McFowland III', affiliation: 'Harvard' }]],
  ])('%j', (text, people) => {
    expect(splitNames(text)).toEqual(people);
  });
});

describe('mayBePerson (hosts and organisers)', () => {
  it.each([
    ['Benedikt Maier', true],
    ['Carol Cuesta-Lazaro', true],
    ['AstroAI', false],
    ['Harvard', false],
    ['PDT Partners', false],
    ['NAIRR Pilot', false],
  ])('%j → %j', (name, ok) => {
    expect(mayBePerson(name)).toBe(ok);
  });
});

describe('readPeople', () => {
  const lookup = (slug: string) => (slug === 'ana_lopez' ? { name: 'Ana Lopez', affiliation: 'Waterloo' } : undefined);
  it.each([
    ['a string', 'Tom Hartvigsen', [{ name: 'Tom Hartvigsen' }]],
    ['a list of strings', ['Anna Machens', 'Karel Kroeze'], [{ name: 'Anna Machens' }, { name: 'Karel Kroeze' }]],
    [
      'a {name, affil, url} map',
      { name: 'Karl Vogt', affil: 'Lake University', url: 'https://karlvogt.example.org/' },
      [{ name: 'Karl Vogt', affiliation: 'Lake University', homepage: 'https://karlvogt.example.org/' }],
    ],
    [
      'name as [last, first, middle]',
      [{ name: ['Novak', 'Petra', 'J'], affiliation: 'HCDE' }],
      [{ name: 'Petra J Novak', affiliation: 'HCDE' }],
    ],
    ['first and last fields', { firstname: 'Felix', lastname: 'Marsh' }, [{ name: 'Felix Marsh' }]],
    ['a slug joined to a people file', ['ana_lopez'], [{ name: 'Ana Lopez', affiliation: 'Waterloo' }]],
    ['an unknown slug, spelled out', ['bram_devries'], [{ name: 'Bram Devries' }]],
    ['a javascript: homepage is dropped', { name: 'Ada Byron', url: 'javascript:alert(1)' }, [{ name: 'Ada Byron' }]],
    ['empty', null, []],
    ['placeholder map', { name: 'TBA', affiliation: 'TBA' }, []],
  ])('%s', (_, value, people) => {
    expect(readPeople(value, lookup)).toEqual(people);
  });
});
