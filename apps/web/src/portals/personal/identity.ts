import type { Gender } from '@policyhub/domain';
import type { Me } from '../../api/auth';
import type { ProfileInput } from '../../api/me';

/** What the ID document fixes: read from the number by packages/domain when the account was made. */
export type IdFacts = { birthDate: string; gender: Gender; age: number; idNumberMasked: string | null };

/**
 * Birth date, gender and age the user's ID gives (the server counts the age on Beijing's today,
 * as the premium is rated), or null when no ID gives them and the user types gender and age.
 */
export function idFactsOf(profile: Me['profile']): IdFacts | null {
  if (!profile.fromId || !profile.birthDate || !profile.gender || profile.age === null) return null;
  return {
    birthDate: profile.birthDate,
    gender: profile.gender,
    age: profile.age,
    idNumberMasked: profile.idNumberMasked,
  };
}

export type PersonalValues = {
  displayName: string;
  gender?: Gender;
  age?: number;
  jobCategory?: string;
  address?: string;
};

/**
 * The profile update of 我的信息 and of the apply form's first step: gender and age are sent only
 * when no ID gives them (the server refuses to change what the ID fixes).
 */
export function personalInput(values: PersonalValues, facts: IdFacts | null): ProfileInput {
  const input: ProfileInput = {
    displayName: values.displayName.trim(),
    jobCategory: values.jobCategory ?? null,
    address: values.address?.trim() || null,
  };
  if (!facts) {
    input.gender = values.gender ?? null;
    input.age = values.age ?? null;
  }
  return input;
}
