import { describe, expect, it } from 'vitest';
import { cleanPersonName, splitNames } from '../../../indexer/parse/name-parts.ts';
import { readPeople } from '../../../indexer/parse/read-people.ts';

describe('cleanPersonName', () => {
  it.each([
    ['Tom Hartvigsen', 'Tom Hartvigsen'],
    ['Hartvigsen, Tom', 'Tom Hartvigsen'],
    ['Prof. Pál Erdős', 'Pál Erdős'],
    ['Dr Miguel Lurgi', 'Miguel Lurgi'],
    ['Hao Chen, Ph.D.', 'Hao Chen'],
    ['  "Veronica Lachi" ', 'Veronica Lachi'],
    ['**Andrea Cini**', 'Andrea Cini'],
    ['TBA', undefined],
    ['Speaker TBA', undefined],
    ['to be announced', undefined],
    ['', undefined],
    ['https://example.org', undefined],
    ['The GraphML group', undefined],
    ['group', undefined],
  ])('%j → %j', (raw, name) => {
    expect(cleanPersonName(raw)).toBe(name);
  });
});

describe('splitNames', () => {
  it.each([
    ['Ben Barad and James Fraser', [{ name: 'Ben Barad' }, { name: 'James Fraser' }]],
    ['Ana Lima, Bo Chen and Cy Diaz', [{ name: 'Ana Lima' }, { name: 'Bo Chen' }, { name: 'Cy Diaz' }]],
    ['Ana Lima & Bo Chen', [{ name: 'Ana Lima' }, { name: 'Bo Chen' }]],
    ['Mohan Ravichandran (Bogazici University, Istanbul, Turkey)', [{ name: 'Mohan Ravichandran', affiliation: 'Bogazici University, Istanbul, Turkey' }]],
    ['Ziyang Li (UPenn)', [{ name: 'Ziyang Li', affiliation: 'UPenn' }]],
    ['Eva Miranda (UPC) and Daniel Peralta-Salas (ICMAT)', [{ name: 'Eva Miranda', affiliation: 'UPC' }, { name: 'Daniel Peralta-Salas', affiliation: 'ICMAT' }]],
    ['Jan Lell and Jo Bost (University of Luebeck)', [{ name: 'Jan Lell', affiliation: 'University of Luebeck' }, { name: 'Jo Bost', affiliation: 'University of Luebeck' }]],
    ['Prof. Mokshay Madiman University of Yale, USA', [{ name: 'Mokshay Madiman', affiliation: 'University of Yale, USA' }]],
    ['Alex Gu, MIT', [{ name: 'Alex Gu', affiliation: 'MIT' }]],
    ['Talk: Jacob Andreas (Berkeley)', [{ name: 'Jacob Andreas', affiliation: 'Berkeley' }]],
    ['[Xiao Wu](https://scholar.harvard.edu/xiaowu/home)', [{ name: 'Xiao Wu', homepage: 'https://scholar.harvard.edu/xiaowu/home' }]],
    ['<a href="https://a.org/">Ada Lovelace</a>', [{ name: 'Ada Lovelace', homepage: 'https://a.org/' }]],
    ['TBD', []],
    ['Aizhan Akhmetzhanova (Harvard), Jose Munoz (MIT), Peter Y. Lu (Tufts)', [{ name: 'Aizhan Akhmetzhanova', affiliation: 'Harvard' }, { name: 'Jose Munoz', affiliation: 'MIT' }, { name: 'Peter Y. Lu', affiliation: 'Tufts' }]],
    ['Dhruv Ranganathan (IAS (Princeton), MIT (Boston); Cambridge, UK)', [{ name: 'Dhruv Ranganathan', affiliation: 'IAS (Princeton), MIT (Boston); Cambridge, UK' }]],
    ['Jean-Pierre Raymond Université Pierre et Marie Curie Paris 6', [{ name: 'Jean-Pierre Raymond', affiliation: 'Université Pierre et Marie Curie Paris 6' }]],
    ['Mithun Bhowmik, (Ph.D., Indian Statistical Institute, Kolkata)', [{ name: 'Mithun Bhowmik', affiliation: 'Indian Statistical Institute, Kolkata' }]],
    ['Fulano Silva e Ciclano Souza', [{ name: 'Fulano Silva' }, { name: 'Ciclano Souza' }]],
    ['George Barbastathis/Demba Ba', [{ name: 'George Barbastathis' }, { name: 'Demba Ba' }]],
    ['Special Seminar: Eun-Ah Kim', [{ name: 'Eun-Ah Kim' }]],
    ['Boston University / Anthropic', []],
    ['Thaler, Jesse', [{ name: 'Jesse Thaler' }]],
    ['Mikiya Masuda Osaka City University, Japan', [{ name: 'Mikiya Masuda', affiliation: 'Osaka City University, Japan' }]],
    ['Ronald G. Douglas Texas A & M University', [{ name: 'Ronald G. Douglas', affiliation: 'Texas A & M University' }]],
    ['Chandan Singh Dalwat HRI', [{ name: 'Chandan Singh Dalwat', affiliation: 'HRI' }]],
    ['Dr. Anupam Kumar Singh IISER Pune', [{ name: 'Anupam Kumar Singh', affiliation: 'IISER Pune' }]],
    ['Lima, Ana Maria', [{ name: 'Ana Maria Lima' }]],
    ['Ana Lima, Bo Chen', [{ name: 'Ana Lima' }, { name: 'Bo Chen' }]],
    ['o aluno Arthur Carneiro', [{ name: 'Arthur Carneiro' }]],
  ])('%j', (text, people) => {
    expect(splitNames(text)).toEqual(people);
  });
});

describe('readPeople', () => {
  const lookup = (slug: string) => (slug === 'ruodu_wang' ? { name: 'Ruodu Wang', affiliation: 'Waterloo' } : undefined);
  it.each([
    ['a string', 'Tom Hartvigsen', [{ name: 'Tom Hartvigsen' }]],
    ['a list of strings', ['Anna Machens', 'Karel Kroeze'], [{ name: 'Anna Machens' }, { name: 'Karel Kroeze' }]],
    ['a {name, affil, url} map', { name: 'Jim Dai', affil: 'CUHK-Shenzhen', url: 'https://people.orie.cornell.edu/jdai/' }, [{ name: 'Jim Dai', affiliation: 'CUHK-Shenzhen', homepage: 'https://people.orie.cornell.edu/jdai/' }]],
    ['name as [last, first, middle]', [{ name: ['Kientz', 'Julie', 'A'], affiliation: 'HCDE' }], [{ name: 'Julie A Kientz', affiliation: 'HCDE' }]],
    ['first and last fields', { firstname: 'Roland', lastname: 'Andrews' }, [{ name: 'Roland Andrews' }]],
    ['a slug joined to a people file', ['ruodu_wang'], [{ name: 'Ruodu Wang', affiliation: 'Waterloo' }]],
    ['an unknown slug, spelled out', ['tudor_manole'], [{ name: 'Tudor Manole' }]],
    ['a javascript: homepage is dropped', { name: 'Ada Byron', url: 'javascript:alert(1)' }, [{ name: 'Ada Byron' }]],
    ['empty', null, []],
    ['placeholder map', { name: 'TBA', affiliation: 'TBA' }, []],
  ])('%s', (_, value, people) => {
    expect(readPeople(value, lookup)).toEqual(people);
  });
});
