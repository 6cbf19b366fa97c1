import { describe, expect, it } from 'vitest';
import type { Me } from '../../api/auth';
import { idFactsOf, personalInput } from './identity';

const fromId: Me['profile'] = {
  gender: 'F',
  age: 35,
  birthDate: '1990-12-04',
  idNumberMasked: '110105********002X',
  fromId: true,
  jobCategory: null,
  address: null,
  language: null,
};
const typed: Me['profile'] = { ...fromId, birthDate: null, idNumberMasked: null, fromId: false, age: 41 };

describe('我的信息 and the apply form take birth date, gender and age from the ID', () => {
  it('reads them when the ID gives them, and nothing when it does not', () => {
    expect(idFactsOf(fromId)).toEqual({
      birthDate: '1990-12-04',
      gender: 'F',
      age: 35,
      idNumberMasked: '110105********002X',
    });
    expect(idFactsOf(typed)).toBeNull();
    expect(idFactsOf({ ...fromId, gender: null })).toBeNull();
  });

  it('sends gender and age only when no ID gives them', () => {
    const values = { displayName: ' 李四 ', gender: 'M' as const, age: 20, address: ' 北京 ' };
    expect(personalInput(values, idFactsOf(fromId))).toEqual({
      displayName: '李四',
      jobCategory: null,
      address: '北京',
    });
    expect(personalInput(values, idFactsOf(typed))).toEqual({
      displayName: '李四',
      gender: 'M',
      age: 20,
      jobCategory: null,
      address: '北京',
    });
    expect(personalInput({ displayName: '王五' }, null)).toMatchObject({ gender: null, age: null });
  });
});
